import Foundation

/// schema.org data for search engines, written so that it is safe inside `<script type="application/ld+json">`:
/// titles from content can never close the script element.
enum JSONLD {
    static func script(_ object: [String: Any]) -> String {
        var data = object
        data["@context"] = "https://schema.org"
        guard let json = try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        var text = ""
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
