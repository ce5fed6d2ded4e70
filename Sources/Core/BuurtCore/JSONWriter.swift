/// The program's one JSON writer: the schema.org data in every page and the features' open-data exports.
///
/// Our own small writer rather than JSONSerialization or JSONEncoder, for three reasons:
/// - Same input, same bytes: objects from dictionaries are written with their keys sorted, `JSONValue` objects in
///   the order given.
/// - Safe inside HTML: strings escape `<`, `>`, `&`, DEL and U+2028/U+2029 too (see `appendString`), so no value
///   can close a `<script>` element.
/// - Speed: it writes UTF-8 bytes straight into one buffer. A 10,000-page site writes a JSON-LD script per page,
///   and open data is megabytes per site; appending to a String scalar by scalar was most of the exports' cost.
///
/// Two formats: `.compact` has no whitespace at all (`{"a":[1,true]}`); `.indented` puts every member and item on
/// a line of its own, two spaces deeper than its object or list, with `": "` after keys and `[]` or `{}` when empty.
/// Numbers: integers in decimal, doubles as Swift writes them (`52.0825`, `1e-05`), `null` when not finite.
public struct JSONWriter {
    public enum Format: Sendable {
        case compact
        case indented
    }

    public let format: Format
    /// What was written, as UTF-8. Callers may take it, or append to it (a final newline).
    public var bytes: [UInt8] = []
    /// Offsets in `bytes` of the `JSONValue.slot`s written, in order.
    public private(set) var slots: [Int] = []

    public init(_ format: Format = .compact, reservingCapacity capacity: Int = 0) {
        self.format = format
        bytes.reserveCapacity(capacity)
    }

    /// `bytes` as text.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Values

    /// Writes `value`; `indent` is the indent of the line it starts on (only `.indented` uses it).
    public mutating func write(_ value: JSONValue, indent: Int = 0) {
        switch value {
        case .string(let text): Self.appendString(text, to: &bytes)
        case .int(let number): writeInt(number)
        case .double(let number): writeDouble(number)
        case .bool(let flag): writeBool(flag)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .slot: slots.append(bytes.count)
        case .raw(let written): bytes.append(contentsOf: written)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                separate(index, indent: indent)
                write(item, indent: indent + 2)
            }
            close(UInt8(ascii: "]"), count: items.count, indent: indent)
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                separate(index, indent: indent)
                writeKey(member.0)
                write(member.1, indent: indent + 2)
            }
            close(UInt8(ascii: "}"), count: members.count, indent: indent)
        }
    }

    /// Writes a value built of Swift's own types, as schema.org data is: `String`, `[String: Any]` (keys sorted),
    /// `[Any]` (any array), `Int`, `Bool` and `Double`; anything else as a string of its description.
    public mutating func write(any value: Any, indent: Int = 0) {
        // The order of the casts is a fast path: most values are text, so text is tried first, as every failed
        // cast costs time on every page.
        switch value {
        case let text as String:
            Self.appendString(text, to: &bytes)
        case let object as [String: Any]:
            writeSorted(object, indent: indent)
        case let list as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (index, item) in list.enumerated() {
                separate(index, indent: indent)
                write(any: item, indent: indent + 2)
            }
            close(UInt8(ascii: "]"), count: list.count, indent: indent)
        case let number as Int:
            writeInt(number)
        case let flag as Bool:
            writeBool(flag)
        case let number as Double:
            writeDouble(number)
        default:
            Self.appendString("\(value)", to: &bytes)
        }
    }

    /// Writes `object` with its keys sorted, after `first` when given: a member written before all others without
    /// copying the object to add it (JSON-LD's "@context"); a key of `object` equal to `first`'s is left out.
    public mutating func writeObject(
        _ object: [String: Any], first: (key: String, value: String)? = nil,
        indent: Int = 0
    ) {
        guard let first else { return writeSorted(object, indent: indent) }
        bytes.append(UInt8(ascii: "{"))
        separate(0, indent: indent)
        writeKey(first.key)
        Self.appendString(first.value, to: &bytes)
        var count = 1
        for key in object.keys.sorted() where key != first.key {
            separate(count, indent: indent)
            writeKey(key)
            write(any: object[key]!, indent: indent + 2)
            count += 1
        }
        close(UInt8(ascii: "}"), count: count, indent: indent)
    }

    /// `object` with its keys sorted.
    private mutating func writeSorted(_ object: [String: Any], indent: Int) {
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in object.keys.sorted().enumerated() {
            separate(index, indent: indent)
            writeKey(key)
            write(any: object[key]!, indent: indent + 2)
        }
        close(UInt8(ascii: "}"), count: object.count, indent: indent)
    }

    // MARK: Layout

    /// Before the item or member at `index` of a list or object whose first line is at `indent`.
    @inline(__always)
    private mutating func separate(_ index: Int, indent: Int) {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        if format == .indented {
            bytes.append(UInt8(ascii: "\n"))
            spaces(indent + 2)
        }
    }

    /// `"key":`, or `"key": ` when indented.
    @inline(__always)
    private mutating func writeKey(_ key: String) {
        Self.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if format == .indented { bytes.append(UInt8(ascii: " ")) }
    }

    /// Ends a list or object of `count` items that began on a line at `indent`.
    @inline(__always)
    private mutating func close(_ bracket: UInt8, count: Int, indent: Int) {
        if format == .indented && count > 0 {
            bytes.append(UInt8(ascii: "\n"))
            spaces(indent)
        }
        bytes.append(bracket)
    }

    @inline(__always)
    private mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private mutating func writeInt(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    private mutating func writeDouble(_ number: Double) {
        bytes.append(contentsOf: (number.isFinite ? "\(number)" : "null").utf8)
    }

    private mutating func writeBool(_ flag: Bool) {
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    // MARK: Strings

    /// Appends `text` as a quoted JSON string that is safe inside HTML too: besides what JSON requires, `<`, `>`,
    /// `&`, DEL and the line separators U+2028/U+2029 are escaped (as `\u003c` and so on), so that no value can
    /// close a `<script>` element or end a line in an older JavaScript parser.
    ///
    /// Works on UTF-8 bytes and copies runs that need no escape in one go: the open data of a large municipality
    /// is megabytes per site.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString(utf8: $0, to: &output) }
    }

    /// `appendString` for text that is UTF-8 already, such as bytes cut from a String at ASCII characters.
    public static func appendString(utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // `start` is where the current run of bytes that need no escape began.
        var start = 0
        var index = 0
        // Most bytes need no escape: skipped by a table, in a loop of their own. Through the `switch` below
        // alone, about 17 instructions a byte; this function was 72 M instructions of the 2,000-page bench site's
        // build, 11 M this way with the search's excerpts written without it (callgrind).
        Self.mayEscape.withUnsafeBufferPointer { mayEscape in
            while index < utf8.count {
                while index < utf8.count, mayEscape[Int(utf8[index])] == 0 { index += 1 }
                guard index < utf8.count else { break }
                let byte = utf8[index]
                var length = 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                    0..<0x20, 0x7F:
                    break
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                case 0xE2
                where index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    length = 3
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(length == 1 ? UInt32(byte) : utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
                index += length
                start = index
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        output.append(UInt8(ascii: "\""))
    }

    /// 1 for the bytes that are escaped or may start U+2028/U+2029 (0xE2), 0 for the rest: where none of a text's
    /// bytes is 1, `appendString` writes the text as it is between quotes.
    public static let mayEscape: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0..<0x20, 0x22, 0x26, 0x3C, 0x3E, 0x5C, 0x7F, 0xE2: 1
        default: 0
        }
    }

    /// The escape of `scalar`: `\n`, `\"` and the like, else "\u003c", always four lowercase hex digits, as every
    /// value escaped here is below U+10000. Not inlined: kept out of the loop above, the work on every byte.
    @inline(never)
    private static func appendEscape(_ scalar: UInt32, to output: inout [UInt8]) {
        let letter: UInt8
        switch scalar {
        case 0x22, 0x5C: letter = UInt8(scalar)
        case 0x0A: letter = UInt8(ascii: "n")
        case 0x0D: letter = UInt8(ascii: "r")
        case 0x09: letter = UInt8(ascii: "t")
        default:
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
                output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
            return
        }
        output.append(UInt8(ascii: "\\"))
        output.append(letter)
    }

    // MARK: Templates

    /// JSON written once with gaps (`JSONValue.slot`) for a string that differs from use to use, such as an address
    /// on each site: filling the gaps gives the same bytes as writing the whole value again, without the work.
    public struct Template: Sendable {
        /// The bytes between the gaps: one more than there are gaps.
        public let pieces: [[UInt8]]

        /// `value` as written in `format` at `indent` spaces (the indent of the line it starts on).
        public init(_ value: JSONValue, format: Format, indent: Int = 0) {
            var writer = JSONWriter(format)
            writer.write(value, indent: indent)
            var pieces: [[UInt8]] = []
            var start = 0
            for slot in writer.slots {
                pieces.append(Array(writer.bytes[start..<slot]))
                start = slot
            }
            pieces.append(Array(writer.bytes[start...]))
            self.pieces = pieces
        }

        /// Appends the JSON with `text` as the string in every gap.
        public func write(filling text: String, to output: inout [UInt8]) {
            for (index, piece) in pieces.enumerated() {
                if index > 0 { JSONWriter.appendString(text, to: &output) }
                output.append(contentsOf: piece)
            }
        }
    }
}
