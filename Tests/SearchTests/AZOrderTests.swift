import BuurtCore
import Testing

@testable import Search

/// The A–Z list's order is the one a String sort on `Slug.fold` gives, though it folds a Character at a time and
/// compares bytes.
@Suite struct AZOrderTests {
    /// Characters that fold in every way there is: capitals, accents precomposed and combining (also several, in
    /// an order the decomposition sorts), ligatures, ß, ø and ĳ, compatibility forms, Hangul, Greek, a flag, CR LF.
    static let pieces = [
        "a", "Z", " ", "-", "0", "'", "é", "E\u{301}", "a\u{316}\u{301}", "a\u{301}\u{316}", "ë", "Ĳ", "ĳ",
        "ß", "Æ", "ø", "Ø\u{301}", "ǿ", "ﬁ", "①", "¼", "Å", "ı", "İ", "한", "Σ", "ς", "ά", "🇳🇱",
        "\r\n", "\u{301}", "\u{AD}", "ŉ", "ǅ", "ẞ", "Ω", "K",
    ]

    /// Texts of one to six pieces, the same on every run.
    static func texts(_ count: Int) -> [String] {
        var seed: UInt64 = 12
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        return (0..<count).map { _ in (0...next(6)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func foldingACharacterAtATimeIsSlugFold() {
        var folder = TitleFolder()
        for text in Self.pieces + Self.texts(3_000) + ["Café De Brug", "Buurthuis 't Ĳsselhof", "STRAẞE"] {
            #expect(folder.fold(text) == Array(Slug.fold(text).utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Why folding a Character at a time is exact: the canonical reordering of a decomposition only moves
    /// characters of a combining class other than 0, and those are all marks, which the fold drops.
    @Test func everyCharacterThatReorderingMovesIsAMarkTheFoldDrops() {
        var moved: [Unicode.Scalar] = []
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass != .notReordered
            else { continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: moved.append(scalar)
            }
        }
        #expect(moved.isEmpty)
    }

    @Test func theOrderIsStringsOrderOfTheFoldedTitlesThenTheAddresses() {
        let titles = Self.texts(600) + ["Over ons", "over ons", "Over Ons", "Over", "Overleg", "Óver", ""]
        let hrefs = titles.indices.map { "../p\($0 % 7)/" + ($0 % 3 == 0 ? "é" : "") }
        let folded = titles.map(Slug.fold)
        let expected = titles.indices.sorted { a, b in
            folded[a] != folded[b] ? folded[a] < folded[b] : hrefs[a] < hrefs[b]
        }
        #expect(AZOrder(titles: titles, hrefs: hrefs).sorted(Array(titles.indices)) == expected)
    }
}
