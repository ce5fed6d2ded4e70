/// Collects text with runs of whitespace collapsed to one space and no space at either end.
/// Works on UTF-8 bytes straight from cmark, so it costs one pass over each text node.
struct PlainText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends the text of a NUL-terminated cmark literal.
    mutating func append(_ literal: UnsafePointer<CChar>) {
        var pointer = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        while pointer.pointee != 0 {
            append(byte: pointer.pointee)
            pointer += 1
        }
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
