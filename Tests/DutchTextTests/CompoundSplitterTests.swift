import Testing

@testable import DutchText

@Suite struct CompoundSplitterTests {
    /// The parts as "energie armoede", "insect(en) hotel"; "-" for no split.
    func split(_ word: String, _ vocabulary: Set<String>) -> String {
        CompoundSplitter(vocabulary: vocabulary).split(word).map { $0.map(\.description).joined(separator: " ") }
            ?? "-"
    }

    @Test func aCompoundSplitsIntoWordsTheSiteKnows() {
        let site: Set = ["energie", "armoede", "energiearmoede", "zorg", "mantel", "mantelzorg", "ondersteuning"]
        #expect(split("energiearmoede", site) == "energie armoede")
        #expect(split("mantelzorgondersteuning", site) == "mantelzorg ondersteuning")
    }

    @Test func partsMayBeLinkedBySEOrEn() {
        #expect(split("insectenhotel", ["insect", "hotel"]) == "insect(en) hotel")
        #expect(split("vrijwilligerswerk", ["vrijwilliger", "werk"]) == "vrijwilliger(s) werk")
        #expect(split("gemeentehuis", ["gemeente", "huis"]) == "gemeente huis")
        #expect(split("paardebloem", ["paard", "bloem"]) == "paard(e) bloem")
        // Any other letters between the parts: no split.
        #expect(split("kinderopvang", ["kind", "opvang"]) == "-")
    }

    @Test func noPartIsShorterThanFourLetters() {
        #expect(split("beleid", ["bel", "eid"]) == "-")
        #expect(split("verzekering", ["ver", "zeker", "ring", "verzeker"]) == "-")
        #expect(split("zorgverzekering", ["zorg", "verzekering"]) == "zorg verzekering")
    }

    @Test func stopWordsAndBoundMorphemesAreNeverParts() {
        #expect(split("vrijheid", ["vrij", "heid"]) == "-")
        #expect(split("onderwijs", ["onder", "wijs"]) == "-")
        #expect(split("leerling", ["leer", "ling"]) == "-")
    }

    @Test func fewestPartsFirst() {
        let vocabulary: Set = ["mantel", "zorg", "mantelzorg", "ondersteuning"]
        #expect(split("mantelzorgondersteuning", vocabulary) == "mantelzorg ondersteuning")
        #expect(split("mantelzorgondersteuning", ["mantel", "zorg", "ondersteuning"]) == "mantel zorg ondersteuning")
    }

    @Test func thenTheLongestLastPart() {
        let vocabulary: Set = ["schuld", "schuldhulp", "hulpverlening", "verlening", "hulp"]
        #expect(split("schuldhulpverlening", vocabulary) == "schuld hulpverlening")
        // A part can be split again.
        #expect(split("hulpverlening", vocabulary) == "hulp verlening")
    }

    @Test func thenTheLongestPartBeforeIt() {
        #expect(split("insectenhotel", ["insect", "insecten", "hotel"]) == "insecten hotel")
    }

    @Test func onlyWordsOfEightToSixtyLettersSplit() {
        #expect(split("huishuis", ["huis"]) == "huis huis")
        #expect(split("huisbus", ["huis", "bus"]) == "-")
        #expect(split("covid19test", ["covid", "test"]) == "-")
        let long = String(repeating: "huis", count: 16)
        #expect(split(long, ["huis"]) == "-")
    }

    @Test func aWordOfOnePartIsNotACompound() {
        #expect(split("buurthuis", ["buurthuis"]) == "-")
        #expect(split("buurthuis", ["buurt", "huis", "buurthuis"]) == "buurt huis")
    }
}

@Suite struct TypoToleranceTests {
    @Test func editsAllowedGrowWithTheWord() {
        #expect((1...12).map { TypoTolerance.maxEdits(length: $0) } == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
        #expect(TypoTolerance.maxEdits(for: "buurthuis") == 2)
        #expect(TypoTolerance.maxEdits(for: "café") == 0)
    }

    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect(TypoTolerance.editDistance("buurthius", "buurthuis", bound: 2) == 1)
        #expect(TypoTolerance.editDistance("ab", "ba", bound: 1) == 1)
    }

    @Test func insertionsDeletionsAndChangesCountOneEach() {
        #expect(TypoTolerance.editDistance("tuiszorg", "thuiszorg", bound: 1) == 1)
        #expect(TypoTolerance.editDistance("voedselbenk", "voedselbank", bound: 2) == 1)
        #expect(TypoTolerance.editDistance("voedselbnk", "voedselbank", bound: 2) == 1)
        #expect(TypoTolerance.editDistance("vrijwilger", "vrijwilliger", bound: 2) == 2)
        #expect(TypoTolerance.editDistance("zorg", "zorg", bound: 0) == 0)
    }

    @Test func restrictedDamerauEditsNoPartTwice() {
        // Optimal string alignment: "ca" → "abc" is 3 (a true Damerau–Levenshtein distance would say 2).
        #expect(TypoTolerance.editDistance("ca", "abc", bound: 3) == 3)
    }

    @Test func moreThanTheBoundIsNil() {
        #expect(TypoTolerance.editDistance("gezin", "zin", bound: 1) == nil)
        #expect(TypoTolerance.editDistance("buurthuis", "buurtbus", bound: 1) == nil)
        #expect(TypoTolerance.editDistance("buurthuis", "buurtbus", bound: 2) == 2)
        #expect(TypoTolerance.editDistance("a", "b", bound: -1) == nil)
    }

    @Test func charactersNotBytesAreCounted() {
        #expect(TypoTolerance.editDistance("cafe", "café", bound: 1) == 1)
        #expect(TypoTolerance.editDistance("", "abc", bound: 3) == 3)
    }
}

@Suite struct WordListsTests {
    @Test func stopWordsAreFoldedWordsAndAFewHomonymsAreLeftOut() {
        let lists = DutchWordLists.standard
        #expect(lists.isStopWord("de") && lists.isStopWord("met") && lists.isStopWord("bij"))
        #expect(!lists.isStopWord("was") && !lists.isStopWord("haar") && !lists.isStopWord("wezen"))
        #expect(!lists.isStopWord("zoek") && !lists.isStopWord("hulp"))
        #expect(lists.stopWords.count == 98)
        for word in lists.stopWords + lists.boundMorphemes {
            #expect(DutchTokenizer.tokens(in: word).map(\.text) == [word], "\(word) is one folded word")
            #expect(word.allSatisfy { $0.isASCII && $0.isLetter }, "\(word): plain letters, nothing to escape in JSON")
        }
        #expect(Set(lists.stopWords).count == lists.stopWords.count)
    }

    @Test func jsonForTheBrowserHoldsBothListsInOrder() {
        let lists = DutchWordLists(stopWords: ["de", "en"], boundMorphemes: ["heid"])
        #expect(lists.json == #"{"stopWords":["de","en"],"boundMorphemes":["heid"]}"#)
    }
}
