/// One word of a text, folded: what the index stores and a query looks up.
public struct DutchToken: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A word as written, without its joiners: "wmoloket", "autos", "informatieavond".
        case word
        /// A piece of a joined word: "wmo" and "loket" of "Wmo-loket", "auto" of "auto's".
        case part
    }

    /// Lowercase, without diacritics: "cafe" for "Café".
    public let text: String
    public let kind: Kind
    /// Where it stands in the text it came from (the word as written, for a snippet or an exact-form bonus).
    public let range: Range<String.Index>

    public init(text: String, kind: Kind, range: Range<String.Index>) {
        self.text = text
        self.kind = kind
        self.range = range
    }
}

/// Splits a text into folded words, exactly as `DutchText.tokens` in `dutch-text.js` does (docs/SEARCH.md,
/// "Words"):
/// - a word is a run of word characters; a single hyphen, apostrophe, soft hyphen or zero-width character
///   between two word characters joins them, every other character (and a second joiner in a row) ends it;
/// - a word without joiners gives one token; a joined word gives the whole (its joiners left out) and then, for
///   each part between hyphens, soft hyphens and zero-width characters (when there are several), the part, and
///   for a part with an apostrophe, what comes before the first one: "auto's-wasstraat" → autoswasstraat,
///   autos, auto, wasstraat.
public enum DutchTokenizer {
    public static func tokens(in text: String) -> [DutchToken] {
        var tokens: [DutchToken] = []
        var word = WordBuilder()
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let value = scalar.value
            if value < 0x80 {
                if let joiner = DutchFolding.joiner(value) {
                    word.add(.joiner(joiner), tokens: &tokens)
                } else {
                    word.add(DutchFolding.asciiUnit(value), from: index, to: next, tokens: &tokens)
                }
            } else {
                for unit in DutchFolding.units(of: scalar) {
                    word.add(unit, from: index, to: next, tokens: &tokens)
                }
            }
            index = next
        }
        word.finish(tokens: &tokens)
        return tokens
    }
}

/// The word being read: its pieces (the runs between joiners) and the joiners between them.
private struct WordBuilder {
    var pieces: [String.UnicodeScalarView] = []
    var ranges: [Range<String.Index>] = []
    var joiners: [Joiner] = []
    var current = String.UnicodeScalarView()
    var start: String.Index?
    var end: String.Index?
    /// A joiner after a word character, waiting for the word character that makes it one.
    var pending: Joiner?

    mutating func add(_ unit: FoldedUnit, from: String.Index, to: String.Index, tokens: inout [DutchToken]) {
        switch unit {
        case .wordCharacter(let scalar):
            if let joiner = pending {
                pieces.append(current)
                ranges.append(start!..<end!)
                joiners.append(joiner)
                current = String.UnicodeScalarView()
                start = from
                pending = nil
            } else if start == nil {
                start = from
            }
            current.append(scalar)
            end = to
        case .joiner(let joiner):
            add(.joiner(joiner), tokens: &tokens)
        case .boundary:
            finish(tokens: &tokens)
        }
    }

    mutating func add(_ unit: FoldedUnit, tokens: inout [DutchToken]) {
        guard case .joiner(let joiner) = unit else { return }
        if start != nil && pending == nil {
            pending = joiner
        } else {
            finish(tokens: &tokens)
        }
    }

    mutating func finish(tokens: inout [DutchToken]) {
        guard let start, let end else {
            pending = nil
            return
        }
        pieces.append(current)
        ranges.append(start..<end)
        defer {
            pieces.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            joiners.removeAll(keepingCapacity: true)
            current = String.UnicodeScalarView()
            self.start = nil
            self.end = nil
            pending = nil
        }
        if pieces.count == 1 {
            tokens.append(DutchToken(text: String(pieces[0]), kind: .word, range: start..<end))
            return
        }
        var whole = String.UnicodeScalarView()
        for piece in pieces { whole.append(contentsOf: piece) }
        tokens.append(DutchToken(text: String(whole), kind: .word, range: ranges[0].lowerBound..<end))
        // The parts: runs of pieces between hyphens and invisible joiners.
        let partCount = 1 + joiners.count(where: { $0 != .apostrophe })
        var first = 0
        while first < pieces.count {
            var last = first
            while last < joiners.count && joiners[last] == .apostrophe { last += 1 }
            if partCount > 1 {
                var part = String.UnicodeScalarView()
                for piece in pieces[first...last] { part.append(contentsOf: piece) }
                tokens.append(
                    DutchToken(
                        text: String(part), kind: .part, range: ranges[first].lowerBound..<ranges[last].upperBound))
            }
            if last > first {
                tokens.append(DutchToken(text: String(pieces[first]), kind: .part, range: ranges[first]))
            }
            first = last + 1
        }
    }
}
