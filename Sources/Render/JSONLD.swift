/// schema.org data for search engines, written so that it is safe inside `<script type="application/ld+json">`:
/// titles from content can never close the script element.
///
/// A small writer of our own rather than JSONSerialization: the data is only strings and nested
/// objects, keys are written sorted (same input, same bytes), and it runs once per page.
enum JSONLD {
    static func script(_ object: [String: Any]) -> String {
        var data = object
        data["@context"] = "https://schema.org"
        var text = ""
        write(data, to: &text)
        return text
    }

    private static func write(_ value: Any, to text: inout String) {
        switch value {
        case let object as [String: Any]:
            text += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                writeString(key, to: &text)
                text += ":"
                write(object[key]!, to: &text)
            }
            text += "}"
        case let list as [Any]:
            text += "["
            for (index, item) in list.enumerated() {
                if index > 0 { text += "," }
                write(item, to: &text)
            }
            text += "]"
        case let number as Int:
            text += String(number)
        case let flag as Bool:
            text += flag ? "true" : "false"
        default:
            writeString("\(value)", to: &text)
        }
    }

    /// A JSON string in which `<`, `>` and `&` are escaped too, so HTML parsers never see a tag.
    private static func writeString(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
