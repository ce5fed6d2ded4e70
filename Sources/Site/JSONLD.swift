import BuurtCore
import Foundation

/// schema.org data for search engines, written so that it is safe inside `<script type="application/ld+json">`:
/// titles from content can never close the script element.
///
/// A small writer of our own rather than JSONSerialization: the data is only strings and nested
/// objects, keys are written sorted (same input, same bytes), and it runs once per page.
public enum JSONLD {
    public static func script(_ object: [String: Any]) -> String {
        // "@context" sorts before every other key: written first, without copying the object to add it.
        var bytes = Array(#"{"@context":"https://schema.org""#.utf8)
        bytes.reserveCapacity(512)
        for key in object.keys.sorted() where key != "@context" {
            bytes.append(UInt8(ascii: ","))
            JSONWriter.appendString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            write(object[key]!, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ value: Any, to bytes: inout [UInt8]) {
        switch value {
        case let text as String:
            // Most values are text: checked first, because every failed cast costs time on every page.
            JSONWriter.appendString(text, to: &bytes)
        case let object as [String: Any]:
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONWriter.appendString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                write(object[key]!, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case let list as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (index, item) in list.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(item, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case let number as Int:
            bytes += String(number).utf8
        case let flag as Bool:
            bytes += (flag ? "true" : "false").utf8
        default:
            JSONWriter.appendString("\(value)", to: &bytes)
        }
    }
}
