import BuurtCore

/// Turns cmark's positions (1-based line, 1-based byte column) into the file positions people
/// see: lines shifted past the front matter, columns counted in characters like editors do.
struct SourceLocator {
    let source: String
    let file: String
    let firstLine: Int
    /// Byte offset where each line starts; built on the first diagnostic only, since most
    /// pages have none.
    private var lineStarts: [Int]?

    init(source: String, file: String, firstLine: Int) {
        self.source = source
        self.file = file
        self.firstLine = firstLine
    }

    mutating func location(line: Int32, byteColumn: Int32) -> SourceLocation {
        let line = Int(line), byteColumn = Int(byteColumn)
        guard line >= 1 else { return SourceLocation(file: file) }
        let fileLine = line + firstLine - 1
        guard byteColumn >= 1 else { return SourceLocation(file: file, line: fileLine) }
        let starts = lineStarts ?? Self.lineStarts(of: source)
        lineStarts = starts
        guard line <= starts.count else { return SourceLocation(file: file, line: fileLine, column: byteColumn) }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[line - 1])
        var column = 1
        for byte in utf8[start...].prefix(byteColumn - 1) where byte & 0xC0 != 0x80 {
            column += 1
        }
        return SourceLocation(file: file, line: fileLine, column: column)
    }

    /// Line starts as cmark counts lines: after "\n", "\r\n" or a lone "\r".
    private static func lineStarts(of source: String) -> [Int] {
        var starts = [0]
        var previous: UInt8 = 0
        for (offset, byte) in source.utf8.enumerated() {
            if previous == 0x0D && byte != 0x0A { starts.append(offset) }
            if byte == 0x0A { starts.append(offset + 1) }
            previous = byte
        }
        if previous == 0x0D { starts.append(source.utf8.count) }
        return starts
    }
}
