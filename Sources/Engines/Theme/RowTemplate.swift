import BuurtCore
import Foundation
import Mustache

/// A partial the build renders once for every row of a long list: the search page's A–Z list, 10,000 rows on the
/// 10,000-page bench site. A row renders exactly as `Theme.render(name, values)` would render it, with the row's
/// texts as its only values (a value left out is absent), but much faster.
///
/// swift-mustache spends about 20,000 instructions on every value a template looks up (it splits the name at dots
/// and casts the value to half a dozen protocols), some 50,000 a row of the A–Z list. Here the partial goes through
/// Mustache once per shape of row (which values are present) with a stand-in for each value; the output is cut at
/// the stand-ins into text and places for values, escaped where the partial says `{{name}}` and as is where it says
/// `{{{name}}}`. A row then costs a few appends: the A–Z lists of the 2,000-page bench site's two search pages
/// (4,000 rows) took 207 M instructions in Mustache and take 13 M so (docs/SEARCH.md, "Building fast").
///
/// This is exact because every value is a `TemplateText`: Mustache cannot take it apart, transform it or treat an
/// empty one as false, so without transforms (`{{lowercased(name)}}`), partials and changed delimiters the output
/// depends only on which values are present. A partial with any of those, or whose output with sample texts
/// differs from the filled-in text, renders every row through Mustache.
public struct RowTemplate {
    private let library: MustacheLibrary
    private let name: String
    private let fields: [String]
    /// Whether the partial's tags leave a row's output to depend on which values are present only.
    private let isPlain: Bool
    /// Per shape of row (a bit per field that has a value): how its rows are made.
    private var plans: [Int: Plan] = [:]

    private enum Plan {
        case pieces([Piece])
        case mustache
    }

    private enum Piece {
        case text([UInt8])
        case value(field: Int, escaped: Bool)
    }

    init(library: MustacheLibrary, name: String, source: String, fields: [String]) {
        self.library = library
        self.name = name
        self.fields = fields
        isPlain = Self.tags(of: source).allSatisfy { tag in
            tag.hasPrefix("!") || !tag.contains("(") && !(tag.first.map { ">$<=".contains($0) } ?? false)
        }
    }

    /// The rows one after another: each row holds a text (or nil) for each field, in the order of `fields`.
    public mutating func render(_ rows: [[String?]]) -> String {
        var html: [UInt8] = []
        for values in rows {
            precondition(values.count == fields.count, "a value (or nil) for each field of \(name)")
            var shape = 0
            for (field, value) in values.enumerated() where value != nil { shape |= 1 << field }
            switch plans[shape] ?? makePlan(shape: shape) {
            case .pieces(let pieces): Self.fill(pieces, values, into: &html)
            case .mustache: html += render(values).utf8
            }
        }
        return String(decoding: html, as: UTF8.self)
    }

    private mutating func makePlan(shape: Int) -> Plan {
        func sample(_ text: (Int) -> String) -> [String?] {
            fields.indices.map { shape & (1 << $0) != 0 ? text($0) : nil }
        }
        // A stand-in holds `<`, so that its escaped form tells `{{name}}` from `{{{name}}}`.
        var plan = Plan.mustache
        if isPlain, let pieces = Self.pieces(of: render(sample { "\u{E000}\($0)<\u{E001}" }), fields: fields.count) {
            // Capitals, escapes and a non-ASCII letter: the check that no transform or lookup slipped through.
            let texts = sample { "Ab c<&\"'>é \($0)" }
            var filled: [UInt8] = []
            Self.fill(pieces, texts, into: &filled)
            if filled.elementsEqual(render(texts).utf8) { plan = .pieces(pieces) }
        }
        plans[shape] = plan
        return plan
    }

    private func render(_ values: [String?]) -> String {
        var texts: [String: String] = [:]
        for (field, value) in zip(fields, values) { texts[field] = value }
        return library.render(TemplateRow(texts), withTemplate: name) ?? ""
    }

    private static func fill(_ pieces: [Piece], _ values: [String?], into html: inout [UInt8]) {
        for piece in pieces {
            switch piece {
            case .text(let text): html += text
            case .value(let field, let escaped):
                let value = values[field] ?? ""
                html += (escaped ? value.markupEscaped : value).utf8
            }
        }
    }

    /// The output of the partial with stand-ins, cut into text and values; nil when a stand-in is not whole.
    private static func pieces(of output: String, fields: Int) -> [Piece]? {
        var pieces: [Piece] = []
        var parts = output.split(separator: "\u{E000}", omittingEmptySubsequences: false)[...]
        if let first = parts.popFirst(), !first.isEmpty { pieces.append(.text(Array(first.utf8))) }
        for part in parts {
            guard let end = part.firstIndex(of: "\u{E001}") else { return nil }
            let standIn = part[..<end]
            let escaped = standIn.hasSuffix("&lt;")
            guard let field = Int(standIn.dropLast(escaped ? 4 : 1)), fields > field, field >= 0,
                escaped || standIn.hasSuffix("<")
            else { return nil }
            pieces.append(.value(field: field, escaped: escaped))
            let rest = part[part.index(after: end)...]
            if !rest.isEmpty { pieces.append(.text(Array(rest.utf8))) }
        }
        return pieces
    }

    /// The text inside each `{{…}}` of a template, trimmed.
    private static func tags(of source: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            tags.append(rest[open.upperBound..<close.lowerBound].drop { $0 == " " || $0 == "{" || $0 == "&" })
            rest = rest[close.upperBound...]
        }
        return tags
    }
}

extension Theme {
    /// The partial `name` for rendering many rows with the texts named `fields` (see RowTemplate).
    public func rowTemplate(_ name: String, fields: [String]) throws(Diagnostic) -> RowTemplate {
        guard let template = templates.library.getTemplate(named: name) else {
            _ = try render(name, [:])  // throws the located "template not found"
            preconditionFailure("render finds no template \(name)")
        }
        return RowTemplate(library: templates.library, name: name, source: template.description, fields: fields)
    }
}
