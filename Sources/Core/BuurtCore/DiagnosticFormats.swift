import Foundation

/// A diagnostic as a machine reads it: one JSON object per line (`buurtsite check --format json`), or a GitHub
/// Actions workflow command that annotates the file at its line in a merge request (`--format github`).
extension Diagnostic {
    /// One JSON object on one line, members in this order: file, line, column, severity, message, hint. What is
    /// not known (a problem without a file, a line or a hint) is `null`.
    public var jsonLine: String {
        var writer = JSONWriter(.compact)
        writer.write(
            .object([
                ("file", .text(location?.file)),
                ("line", location?.line.map(JSONValue.int) ?? .null),
                ("column", location?.column.map(JSONValue.int) ?? .null),
                ("severity", .string(severity.rawValue)),
                ("message", .string(message)),
                ("hint", .text(hint)),
            ]))
        return writer.text
    }

    /// `::error file=…,line=…,col=…,title=…::message` (`::warning` for a warning): the message is the title,
    /// the text below it the message with its hint on a line of its own. Escaped as GitHub's runner does: `%`, CR and
    /// LF in the text, and also `:` and `,` in the properties.
    public var githubAnnotation: String {
        var properties: [String] = []
        if let location {
            properties.append("file=" + Self.githubProperty(location.file))
            if let line = location.line { properties.append("line=\(line)") }
            if let column = location.column { properties.append("col=\(column)") }
        }
        properties.append("title=" + Self.githubProperty(message))
        let text = message + (hint.map { "\nhint: " + $0 } ?? "")
        return "::\(severity.rawValue) " + properties.joined(separator: ",") + "::" + Self.githubData(text)
    }

    /// The message of a workflow command: `%`, CR and LF escaped.
    static func githubData(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A property of a workflow command: as the message, and `:` and `,` too, which separate properties.
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
