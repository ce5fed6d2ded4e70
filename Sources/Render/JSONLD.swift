import Foundation

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
    /// Works on UTF-8 bytes: multi-byte letters pass through unchanged.
    private static func writeString(_ string: String, to text: inout String) {
        // Most values need no escaping at all.
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 && $0 != 0xE2 }) {
            text += "\""
            text += string
            text += "\""
            return
        }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(string.utf8.count + 8)
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case UInt8(ascii: "\n"): bytes += [0x5C, UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [0x5C, UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [0x5C, UInt8(ascii: "t")]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x00..<0x20:
                bytes += Array("\\u00".utf8) + hexDigits(byte)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        var escaped = String(decoding: bytes, as: UTF8.self)
        if bytes.contains(0xE2) {
            // U+2028 and U+2029 end a line in older JavaScript parsers.
            escaped = escaped.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        }
        text += escaped
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
