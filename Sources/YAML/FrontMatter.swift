import BuurtCore

/// Splits a Markdown file into its YAML front matter and its body, remembering line numbers
/// so that errors in either part point at the right line of the file.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    /// Number of lines before the YAML starts (the opening `---`).
    public var yamlLineOffset: Int
    public var body: Substring
    /// Line of the file on which the body starts.
    public var bodyFirstLine: Int

    public static func split(_ file: SourceFile) throws(Diagnostic) -> FrontMatterSplit {
        let text = file.text
        if text.allSatisfy(\.isWhitespace) {
            throw .error(at: SourceLocation(file: file.path, line: 1, column: 1), "file is empty",
                         hint: "start a page with front matter: a line '---', then 'title: …', then '---', then the text")
        }
        // Scan bytes for the delimiter lines rather than splitting the whole file into Characters:
        // this runs for every page, and the body can be long.
        let bytes = text.utf8
        guard let firstEnd = lineEnd(in: bytes, from: bytes.startIndex), isDelimiter(bytes[bytes.startIndex..<firstEnd]) else {
            throw .error(at: SourceLocation(file: file.path, line: 1, column: 1), "page has no front matter",
                         hint: "start the file with a line '---', then 'title: …', then a closing '---'")
        }
        let yamlStart = nextLine(in: bytes, after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < bytes.endIndex, let end = lineEnd(in: bytes, from: lineStart) {
            if isDelimiter(bytes[lineStart..<end]) {
                let bodyStart = nextLine(in: bytes, after: end)
                return FrontMatterSplit(yaml: String(text[yamlStart..<lineStart]), yamlLineOffset: 1,
                                        body: text[bodyStart...], bodyFirstLine: lineNumber + 1)
            }
            lineStart = nextLine(in: bytes, after: end)
            lineNumber += 1
        }
        throw .error(at: SourceLocation(file: file.path, line: 1, column: 1), "front matter is not closed",
                     hint: "add a line '---' after the last front matter field, before the text")
    }

    /// The end of the line starting at `start`: the index of its "\n" or "\r\n", or the end of the text.
    private static func lineEnd(in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        guard start <= bytes.endIndex else { return nil }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        if end > start, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
        return end
    }

    private static func nextLine(in bytes: String.UTF8View, after end: String.Index) -> String.Index {
        var index = end
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\r") { index = bytes.index(after: index) }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") { index = bytes.index(after: index) }
        return index
    }

    /// "---" (or "..." closing), with trailing spaces allowed.
    private static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8)
    }
}
