import BuurtCore

/// Decodes `Decodable` types from YAML with messages for people who edit content, not code:
/// `content/buurten/oosterhof.yml:4:3: error: connectors[2]: unknown key 'emial' (did you mean 'email'?)`.
///
/// Every problem it can find is reported at once: type errors, unknown keys (keys that `init(from:)` never
/// asked for), missing keys, and errors thrown by a type's own `init(from:)`, each at the node it concerns.
/// To get past a bad value, `init(from:)` may run again with a stand-in for it ("", 0, false, [], nil, the
/// first case of an enum); these are values a file could hold too, so an `init(from:)` should throw, never trap.
/// Stateless, so one decoder can be used from many threads at once.
public struct YAMLDecoder: Sendable {
    /// Handed to every `init(from:)` as `decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    /// Decodes `node`; `path` is where the node sits in its document (`[.key("agenda")]` for a feature's section of
    /// site.yml, decoded on its own), so that messages name the whole path: `agenda.weeks: expected a number …`.
    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode, at path: NodePath = [])
        throws(DiagnosticList) -> T
    {
        do {
            let codingPath: [any CodingKey] = path.components.map { component in
                switch component {
                case .key(let name): YAMLKey(stringValue: name)
                case .index(let index): YAMLKey(index: index)
                }
            }
            return try NodeDecoder(node: node, codingPath: codingPath, userInfo: userInfo).decode(T.self)
        } catch let failure as DecodeFailure {
            throw DiagnosticList(YAMLDecoder.reportOrder(failure.diagnostics))
        } catch {
            throw DiagnosticList([.error(at: node.location, "\(error)")])
        }
    }

    /// Parse + decode. An empty document is an error "file is empty" (at the file) unless T can decode from null.
    /// With a `lineOffset` (front matter), the text is part of a file, so it says "front matter is empty" instead.
    public func decode<T: Decodable>(_ type: T.Type, from text: String, file: String, lineOffset: Int = 0)
        throws(DiagnosticList) -> T
    {
        let parsed: YAMLNode?
        do {
            parsed = try YAMLParser.parse(text, file: file, lineOffset: lineOffset)
        } catch {
            throw DiagnosticList([error])
        }
        if let parsed { return try decode(type, from: parsed) }
        let null = YAMLNode(.scalar("", plain: true), at: SourceLocation(file: file, line: lineOffset + 1, column: 1))
        if let value = try? decode(type, from: null) { return value }
        if lineOffset > 0 {
            throw DiagnosticList([.error(at: SourceLocation(file: file, line: lineOffset), "front matter is empty")])
        }
        throw DiagnosticList([.error(at: SourceLocation(file: file), "file is empty")])
    }

    /// Document order, without repeats (a value reached through two aliases fails twice in the same way).
    private static func reportOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }.sortedForReport()
    }
}
