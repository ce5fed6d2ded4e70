/// JSON strings that are safe inside HTML too: besides what JSON requires, `<`, `>`, `&`, DEL and the line
/// separators U+2028/U+2029 are escaped, so that no value can close a `<script>` element or end a line in an
/// older JavaScript parser. Shared by the JSON-LD in pages and the features' open-data exports.
public enum JSONString {
    /// Appends `text` as a quoted JSON string. Works on UTF-8 bytes and copies runs that need no escape
    /// in one go: the open data of a large municipality is megabytes per site.
    public static func append(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // `start` is where the current run of bytes that need no escape began.
            var start = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var length = 1
                let escape: String
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20, 0x7F:
                    escape = unicodeEscape(UInt32(byte))
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape = unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    length = 3
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                output.append(contentsOf: escape.utf8)
                index += length
                start = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// "\u003c": always four lowercase hex digits, as every value escaped here is below U+10000.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
