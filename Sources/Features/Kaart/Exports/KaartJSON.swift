import BuurtCore

/// A JSON value with object keys in a fixed order, written the same way every build.
/// Our own small writer: output must be byte-for-byte deterministic, and the values are only text, numbers and lists.
/// It writes UTF-8 bytes straight away: the exports of a large kaart are megabytes per site, and appending to a
/// String scalar by scalar was most of their cost.
enum KaartJSON {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([KaartJSON])
    /// Keys in the order written.
    case object([(String, KaartJSON)])
    /// A string given later, when the value is used: see `Template`.
    case slot
    /// JSON written before (by a `Template`), at the indent it is used at.
    case raw([UInt8])

    /// A string, or null for nil.
    static func text(_ value: String?) -> KaartJSON {
        value.map(KaartJSON.string) ?? .null
    }

    /// Two-space indented JSON with a final newline.
    var pretty: String {
        String(decoding: prettyBytes, as: UTF8.self)
    }

    /// `pretty` as UTF-8.
    var prettyBytes: [UInt8] {
        var writer = Writer()
        writer.write(self, indent: 0)
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    /// JSON written once with gaps (`.slot`) for a string that differs from use to use, such as the address of an
    /// entry's page on each buurt site: filling the gaps gives the same bytes as writing the whole value again.
    struct Template: Sendable {
        /// The bytes between the gaps: one more than there are gaps.
        let pieces: [[UInt8]]

        /// `value` as written at `indent` spaces (the indent of the line it starts on).
        init(_ value: KaartJSON, indent: Int) {
            var writer = Writer()
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
        func write(filling text: String, to output: inout [UInt8]) {
            for (index, piece) in pieces.enumerated() {
                if index > 0 { JSONWriter.appendString(text, to: &output) }
                output.append(contentsOf: piece)
            }
        }
    }

    /// Writes values as bytes and remembers where the slots are.
    struct Writer {
        var bytes: [UInt8] = []
        /// Offsets in `bytes` of the slots, in order.
        var slots: [Int] = []

        mutating func write(_ value: KaartJSON, indent: Int) {
            switch value {
            case .string(let text): JSONWriter.appendString(text, to: &bytes)
            case .int(let number): bytes.append(contentsOf: String(number).utf8)
            case .double(let number): bytes.append(contentsOf: (number.isFinite ? "\(number)" : "null").utf8)
            case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
            case .null: bytes.append(contentsOf: "null".utf8)
            case .slot: slots.append(bytes.count)
            case .raw(let written): bytes.append(contentsOf: written)
            case .array(let items):
                guard !items.isEmpty else { bytes.append(contentsOf: "[]".utf8); return }
                bytes.append(contentsOf: "[\n".utf8)
                for (index, item) in items.enumerated() {
                    spaces(indent + 2)
                    write(item, indent: indent + 2)
                    bytes.append(contentsOf: (index < items.count - 1 ? ",\n" : "\n").utf8)
                }
                spaces(indent)
                bytes.append(UInt8(ascii: "]"))
            case .object(let members):
                guard !members.isEmpty else { bytes.append(contentsOf: "{}".utf8); return }
                bytes.append(contentsOf: "{\n".utf8)
                for (index, member) in members.enumerated() {
                    spaces(indent + 2)
                    JSONWriter.appendString(member.0, to: &bytes)
                    bytes.append(contentsOf: ": ".utf8)
                    write(member.1, indent: indent + 2)
                    bytes.append(contentsOf: (index < members.count - 1 ? ",\n" : "\n").utf8)
                }
                spaces(indent)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        mutating func spaces(_ count: Int) {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }
}
