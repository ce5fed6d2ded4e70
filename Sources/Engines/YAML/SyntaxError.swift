import BuurtCore
import CYAML

/// Turns libyaml's error state into one diagnostic with a hint for the mistakes people actually make.
enum SyntaxError {
    static func diagnostic(
        for parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int
    ) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error(at: SourceLocation(file: file), "out of memory while reading YAML")
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark.
            let (line, column) = lineAndColumn(ofByte: parser.problem_offset, in: bytes)
            var message = "YAML syntax error: \(problem)"
            if parser.problem_value >= 0 { message += " (U+\(hex(parser.problem_value)))" }
            return .error(
                at: SourceLocation(file: file, line: line + lineOffset, column: column), message,
                hint: "remove the invisible character; it often comes along when text is copied from another program")
        default:
            let context = parser.context.map { String(cString: $0) }
            // libyaml notices a missing ':' only on the line after the key (sometimes past the end); the key is the
            // useful spot.
            let mark =
                problem == "could not find expected ':'" && context != nil ? parser.context_mark : parser.problem_mark
            var message = "YAML syntax error: \(problem)"
            if let context {
                message += " (\(context) that starts at line \(Int(parser.context_mark.line) + 1 + lineOffset))"
            }
            let lineText = line(Int(mark.line), in: bytes)
            let hint = hint(problem: problem, context: context, lineText: lineText, column: Int(mark.column))
            return .error(
                at: SourceLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1),
                message, hint: hint)
        }
    }

    static func hint(problem: String, context: String?, lineText: String, column: Int) -> String? {
        let scalars = Array(lineText.unicodeScalars)
        let character = scalars.indices.contains(column) ? scalars[column] : nil
        let indentation = scalars.prefix { $0 == " " || $0 == "\t" }
        if problem.contains("tab") || character == "\t" || indentation.contains("\t") {
            return "indent with spaces, not tabs"
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return "put quotes around text that contains ': '"
        case "found character that cannot start any token":
            if let character, character == "@" || character == "`" || character == "%" {
                return "put quotes around text that starts with '\(character)'"
            }
            return nil
        case "found unexpected end of stream" where context?.contains("quoted scalar") == true:
            return "close the quote; to use a quote inside text, put the other kind of quote around it"
        case "could not find expected ':'":
            return "write 'key: value' with a space after the ':', or close the quote of an earlier value"
        case "did not find expected key", "did not find expected '-' indicator":
            return
                "check the indentation: the keys of one mapping, and the '-' items of one list, must start in the "
                + "same column"
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return "close the brackets, or put quotes around text that contains ',' or brackets"
        case "block sequence entries are not allowed in this context":
            return "start a list on the line below its key, indented, with '- ' before every item"
        case "found undefined tag handle":
            return "put quotes around text that starts with '!'"
        case "did not find expected alphabetic or numeric character":
            return "put quotes around text that starts with '*' or '&'"
        case "did not find expected <document start>":
            return "a line with '...' ends the document; remove it"
        default:
            return nil
        }
    }

    /// The text of a 0-based line, without its line break.
    private static func line(_ number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var current = 0, start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if current == number { return text(bytes[start..<offset]) }
            current += 1
            start = offset + 1
        }
        return current == number ? text(bytes[start...]) : ""
    }

    private static func text(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var text = String(decoding: slice, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// 1-based line and column (counting characters) of a byte offset.
    private static func lineAndColumn(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private static func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
