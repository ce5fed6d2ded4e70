import Testing

@testable import Search

/// The term files and the vocabulary are sorted as JavaScript's `<` compares (UTF-16 code units): search.js looks
/// terms up by binary search, so a term sorted elsewhere would never be found.
@Suite struct JavaScriptOrderTests {
    /// Sorted by the strings' UTF-16 code units, one comparison at a time.
    func byUTF16(_ strings: [String]) -> [String] {
        strings.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
    }

    @Test func sortsAsUTF16WithoutCharactersFromE000() {
        // Letters, accents, the ĳ ligature, digits and a character from U+10000: UTF-8 bytes sort the same here.
        let strings = [
            "zorg", "Zorg", "café", "cafe", "cafés", "ĳs", "ijs", "10", "9", "", "a", "ab", "b", "𝔞", "ß",
        ]
        #expect(JavaScriptOrder.sorted(strings) == byUTF16(strings))
    }

    @Test func sortsAsUTF16WithCharactersFromE000() {
        // U+FB01 (ﬁ) comes before U+1D51E (𝔞) as code points and in UTF-8, after it in UTF-16 (D835 DD1E).
        let strings = ["\u{FB01}le", "𝔞", "a", "\u{E000}", "zz", "é"]
        let sorted = JavaScriptOrder.sorted(strings)
        #expect(sorted == byUTF16(strings))
        #expect(sorted.firstIndex(of: "𝔞")! < sorted.firstIndex(of: "\u{FB01}le")!)
    }

    @Test func givesThePositionsOfTheSortedStrings() {
        #expect(JavaScriptOrder.sortedIndices(["wijk", "buurt", "zorg"]) == [1, 0, 2])
    }
}
