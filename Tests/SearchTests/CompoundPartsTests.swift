import DutchText
import Testing

@testable import Search

@Suite struct CompoundPartsTests {
    let compounds = SearchAnalysis().compounds(words: ["energie", "huis", "wijkhuis"], stems: [])

    @Test func aTailTheSiteNeverUsesAloneIsFoundAfterAKnownHead() {
        #expect(compounds.parts(of: "energiearmoede") == ["energie", "armoede"])
    }

    @Test func aWordLongerThanAnyWordIsNotSplit() {
        // A run of letters in a page (a pasted hash, a hostile text): once this took time squared in its length.
        let long = "huis" + String(repeating: "a", count: CompoundSplitter.maximumWordLength)
        #expect(compounds.parts(of: long).isEmpty)
        let hostile = "wijkhuis" + String(repeating: "b", count: 200_000)
        #expect(compounds.parts(of: hostile).isEmpty)
    }
}
