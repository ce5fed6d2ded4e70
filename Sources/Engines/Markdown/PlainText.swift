import Foundation

/// Collects text with runs of whitespace collapsed to one space and no space at either end.
/// Works on UTF-8 bytes straight from cmark, so it costs one pass over each text node.
struct PlainText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends the text of a NUL-terminated cmark literal.
    mutating func append(_ literal: UnsafePointer<CChar>) {
        // One pass over the bytes straight into the array's storage: this runs over every text
        // node of every page, and appending byte by byte or word by word was a measurable cost.
        let input = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        let length = strlen(literal)
        guard length > 0 else { return }
        // Most text nodes are words with single spaces between them: copied in one go.
        var simple = input[0] != 0x20 && input[length - 1] != 0x20
        if simple {
            for index in 0..<length where input[index] < 0x21 {
                if input[index] != 0x20 || input[index + 1] == 0x20 {
                    simple = false
                    break
                }
            }
        }
        if simple {
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(start: input, count: length))
            return
        }
        // Collapsed in a scratch buffer, then appended in one go: filling the array's new room with zeros first
        // and cutting it back afterwards was a fifth of this function's instructions (callgrind, 2,000-page bench
        // site).
        var pending = pendingSpace
        var leading = bytes.isEmpty
        // Room for every byte and one space before them.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { output in
            var written = 0
            for index in 0..<length {
                let byte = input[index]
                if byte <= 0x20 && Self.isWhitespace(byte) {
                    pending = true
                    continue
                }
                // A space between words; none before the first word of the text.
                if pending && !leading {
                    output[written] = 0x20
                    written += 1
                }
                leading = false
                pending = false
                output[written] = byte
                written += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: output[..<written]))
        }
        pendingSpace = pending
    }

    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte: byte) }
    }

    /// Separates words, as between two blocks or at a line break.
    mutating func breakWord() {
        pendingSpace = true
    }

    private mutating func append(byte: UInt8) {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
            pendingSpace = true
        default:
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
