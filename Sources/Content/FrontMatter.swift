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
        // Split on any line break: "\r\n" is a single Character in Swift, so splitting on "\n" alone would miss it.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).makeIterator()
        guard let first = lines.next(), first == "---" else {
            throw .error(at: SourceLocation(file: file.path, line: 1, column: 1), "page has no front matter",
                         hint: "start the file with a line '---', then 'title: …', then a closing '---'")
        }
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if line == "---" || line == "..." {
                let yaml = text[text.index(after: first.endIndex)..<line.startIndex]
                let bodyStart = line.endIndex < text.endIndex ? text.index(after: line.endIndex) : text.endIndex
                return FrontMatterSplit(yaml: String(yaml), yamlLineOffset: 1, body: text[bodyStart...], bodyFirstLine: lineNumber + 1)
            }
        }
        throw .error(at: SourceLocation(file: file.path, line: 1, column: 1), "front matter is not closed",
                     hint: "add a line '---' after the last front matter field, before the text")
    }
}
