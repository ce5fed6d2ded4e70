/// Collects text with runs of whitespace collapsed to one space and no space at either end.
/// Works on UTF-8 bytes straight from cmark, so it costs one pass over each text node.
struct PlainText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends the text of a NUL-terminated cmark literal.
    mutating func append(_ literal: UnsafePointer<CChar>) {
        // Copies whole runs between whitespace at once: this runs over every text node of every page.
        var pointer = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        while pointer.pointee != 0 {
            if Self.isWhitespace(pointer.pointee) {
                pendingSpace = true
                pointer += 1
                continue
            }
            var end = pointer
            while end.pointee != 0 && !Self.isWhitespace(end.pointee) { end += 1 }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: end - pointer))
            pointer = end
        }
    }

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
