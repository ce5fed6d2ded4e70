import Foundation

/// Collects text with runs of whitespace collapsed to one space and no space at either end.
/// Works on UTF-8 bytes straight from cmark, so it costs one pass over each text node.
struct PlainText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends the text of a NUL-terminated cmark literal.
    mutating func append(_ literal: UnsafePointer<CChar>) {
        // This runs over every text node of every page (31 MB of text on the 10,000-page bench site): one pass
        // over the bytes, and most nodes copied in one go.
        let input = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        let length = strlen(literal)
        var end = length
        var start = 0
        // Whitespace at either end only asks for a space between this text and its neighbours: a node before or
        // after a link or an emphasis ("de wijk ") then takes the fast path too. Half the nodes did not before:
        // with this, this function's instructions on the 2,000-page bench site went from 88 to 60 million
        // (callgrind).
        while start < end && Self.isWhitespace(input[start]) { start += 1 }
        if start == end {
            if end > 0 { pendingSpace = true }
            return
        }
        if start > 0 { pendingSpace = true }
        while Self.isWhitespace(input[end - 1]) { end -= 1 }
        let trailingSpace = end < length
        // Words with single spaces between them: copied as they are.
        if Self.hasOnlySingleSpaces(input, from: start, to: end) {
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: UnsafeBufferPointer(start: input + start, count: end - start))
            pendingSpace = trailingSpace
            return
        }
        // Runs of whitespace collapsed in a scratch buffer, then appended in one go: filling the array's new room
        // with zeros first and cutting it back afterwards was a fifth of this function's instructions.
        var pending = pendingSpace
        var leading = bytes.isEmpty
        // Room for every byte and one space before them.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 1) { output in
            var written = 0
            for index in start..<end {
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
        pendingSpace = trailingSpace
    }

    /// Whether every byte below 0x21 in `start..<end` is a space with no space after it (the text neither starts nor
    /// ends with whitespace).
    @inline(__always)
    private static func hasOnlySingleSpaces(_ input: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
        // Eight bytes at a time, with the classic bit tricks: a byte below 0x20, or a space whose next byte is a
        // space too (the same eight bytes read one further on). Byte by byte this scan was 32 of the 60 million
        // instructions of this function on the 2,000-page bench site; eight at a time the function takes 48 million
        // (callgrind).
        let raw = UnsafeRawPointer(input)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let spaces = ones &* 0x20
        var index = start
        while index + 9 <= end {
            let bytes = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: UInt64.self)
            let control = (bytes &- spaces) & ~bytes & highBits
            let bothSpaces = (bytes ^ spaces) | (next ^ spaces)
            let doubleSpace = (bothSpaces &- ones) & ~bothSpaces & highBits
            if control | doubleSpace != 0 { return false }
            index += 8
        }
        while index < end {
            if input[index] < 0x21 && (input[index] != 0x20 || input[index + 1] == 0x20) { return false }
            index += 1
        }
        return true
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
