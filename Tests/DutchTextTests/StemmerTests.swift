import Testing

@testable import DutchText

@Suite struct StemmerTests {
    let stemmer = DutchStemmer()

    @Test func theStemmerIsSnowballsPorterBasedDutchNotKraaijPohlmann() {
        // Kraaij-Pohlmann (Snowball 3's "dutch") strips ge-: gezin → zin. Porter's keeps it.
        #expect(["dutch", "dutch_porter"].contains(stemmer.algorithm))
        #expect(stemmer.porterStem("gezin") == "gezin")
        #expect(stemmer.porterStem("gewoon") == "gewon")
    }

    @Test func porterStemsAsTheReferenceDoes() {
        // Snowball's own examples (snowballstem.org/algorithms/dutch/stemmer.html) and the rules one by one.
        let cases = [
            "lichamelijk": "licham", "lichamelijke": "licham", "lichamelijkheden": "licham",
            "opheffen": "opheff", "opheffing": "opheff", "mogelijkheden": "mogelijk",
            "vrijwilligers": "vrijwilliger", "activiteiten": "activiteit", "vragen": "vrag", "vraag": "vrag",
            "maan": "man", "kinderen": "kinder", "gemeenten": "gemeent", "gemeente": "gemeent",
            "ideeën": "ideeen", "café": "caf", "zaaiuien": "zaaiui",
        ]
        for (word, stem) in cases { #expect(stemmer.porterStem(word) == stem, "\(word)") }
    }

    @Test func aFinalZOrVBecomesSOrFAsInTheSingular() {
        #expect(stemmer.stem("buurthuizen") == stemmer.stem("buurthuis"))
        #expect(stemmer.stem("prijzen") == stemmer.stem("prijs"))
        #expect(stemmer.stem("bedrijven") == stemmer.stem("bedrijf"))
        #expect(stemmer.stem("actieve") == stemmer.stem("actief"))
        #expect(stemmer.stem("daklozen") == stemmer.stem("dakloos"))
        #expect(DutchStemmer.devoiced("jazz") == "jazz")
        #expect(DutchStemmer.devoiced("uv") == "uv")
    }

    /// The pairs of the issue and of docs/SEARCH.md: precision counts as much as recall.
    @Test func unrelatedWordsKeepApartStems() {
        let apart = [
            ("gezin", "zin"), ("gewoon", "woning"), ("begeleiding", "beleid"), ("gezondheid", "zon"),
            ("gemeente", "mening"), ("genieten", "niet"), ("vorige", "voor"), ("huidige", "huid"),
            ("armoede", "arm"),
        ]
        for (first, second) in apart {
            #expect(stemmer.stem(first) != stemmer.stem(second), "\(first) / \(second)")
        }
    }

    @Test func formsOfOneWordShareAStem() {
        let together = [
            ("buurthuis", "buurthuizen"), ("vrijwilliger", "vrijwilligers"), ("vraag", "vragen"),
            ("woning", "woningen"), ("activiteit", "activiteiten"), ("oudere", "ouderen"), ("school", "scholen"),
            ("straat", "straten"), ("jaar", "jaren"), ("week", "weken"), ("afspraak", "afspraken"),
            ("regeling", "regelingen"), ("bijeenkomst", "bijeenkomsten"), ("ouders", "ouder"),
        ]
        for (first, second) in together {
            #expect(stemmer.stem(first) == stemmer.stem(second), "\(first) / \(second)")
        }
    }

    @Test func exceptionsKeepTheElderlyApartFromParentsAndKnowingFromTheLaw() {
        #expect(stemmer.porterStem("ouderen") == stemmer.porterStem("ouders"))
        #expect(stemmer.stem("ouderen") == stemmer.stem("oudere"))
        #expect(stemmer.stem("ouderen") != stemmer.stem("ouders"))
        #expect(stemmer.stem("weten") == stemmer.stem("weet"))
        #expect(stemmer.stem("weten") != stemmer.stem("wet"))
        #expect(stemmer.stem("wetten") == stemmer.stem("wet"))
    }

    /// What Porter does not merge, and the search must make up for otherwise (prefixes, typos).
    @Test func porterLeavesSomeFormsApart() {
        #expect(stemmer.stem("financieel") != stemmer.stem("financiele"))
        #expect(stemmer.stem("sociaal") != stemmer.stem("sociale"))
        #expect(stemmer.stem("organisatie") != stemmer.stem("organisaties"))
        // Porter takes the s off "grens" but keeps the z of "grenzen": gren, grens.
        #expect(stemmer.stem("grens") != stemmer.stem("grenzen"))
    }

    @Test func numbersAndShortWordsStayAsTheyAre() {
        #expect(stemmer.stem("2026") == "2026")
        #expect(stemmer.stem("wmo") == "wmo")
        #expect(stemmer.stem("") == "")
    }

    @Test func theAnalyzerGivesEveryTokenItsStem() {
        let terms = DutchAnalyzer().terms(in: "De buurthuizen van Wmo-loketten")
        #expect(terms.map(\.token.text) == ["de", "buurthuizen", "van", "wmoloketten", "wmo", "loketten"])
        #expect(terms.map(\.stem) == ["de", "buurthuis", "van", "wmoloket", "wmo", "loket"])
    }
}
