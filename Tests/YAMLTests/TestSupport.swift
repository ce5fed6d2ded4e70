import BuurtCore

@testable import YAML

/// Decodes and returns the problems as `line:column: message`, the way a user reads them
/// (the file name is always "t.yml").
func problems<T: Decodable>(_ type: T.Type, _ yaml: String, lineOffset: Int = 0) -> [String] {
    do {
        _ = try YAMLDecoder().decode(T.self, from: yaml, file: "t.yml", lineOffset: lineOffset)
        return []
    } catch {
        return error.diagnostics.map(brief)
    }
}

/// The hints of the problems, in the same order.
func hints<T: Decodable>(_ type: T.Type, _ yaml: String) -> [String?] {
    do {
        _ = try YAMLDecoder().decode(T.self, from: yaml, file: "t.yml")
        return []
    } catch {
        return error.diagnostics.map(\.hint)
    }
}

/// The syntax error of a document that should not parse, or nil when it parses.
func syntaxError(_ yaml: String, lineOffset: Int = 0) -> Diagnostic? {
    do {
        _ = try YAMLParser.parse(yaml, file: "t.yml", lineOffset: lineOffset)
        return nil
    } catch {
        return error
    }
}

func brief(_ diagnostic: Diagnostic) -> String {
    let location =
        diagnostic.location.map { "\($0.line.map(String.init) ?? "-"):\($0.column.map(String.init) ?? "-")" } ?? "-"
    return "\(location): \(diagnostic.message)"
}

func parse(_ yaml: String) throws -> YAMLNode {
    guard let node = try YAMLParser.parse(yaml, file: "t.yml") else { throw Diagnostic.error(at: nil, "empty") }
    return node
}
