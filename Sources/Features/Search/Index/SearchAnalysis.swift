import Foundation

/// The text analysis the index is made with; `search-text.js` does the same in the browser, so that a query's
/// words become the index's terms.
///
/// A stand-in until the Dutch analysis module lands: folding and words only (no stemming, no compound parts).
struct SearchAnalysis: Sendable {
    /// The folded words of a text, in order: lowercase, without diacritics.
    func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The term a word is indexed under.
    func stem(_ word: String) -> String { word }

    func isStopWord(_ word: String) -> Bool { Self.stopWords.contains(word) }

    /// The parts of a closed compound, found in the index's own words; empty when it is none.
    func parts(of word: String, frequency: (String) -> Int) -> [String] { [] }

    static let stopWords: Set<String> = [
        "de", "het", "een", "en", "van", "in", "op", "met", "voor", "ik", "je", "is", "te", "aan", "er", "dat", "die",
    ]
}
