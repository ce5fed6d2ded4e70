import Testing

@testable import DutchText

/// The tokens of a text as "text" for a word and "~text" for a part, in order.
func words(_ text: String) -> [String] {
    DutchTokenizer.tokens(in: text).map { $0.kind == .word ? $0.text : "~" + $0.text }
}

@Suite struct FoldingTests {
    @Test func lettersAreLowercasedAndLoseTheirDiacritics() {
        #expect(words("Café") == ["cafe"])
        #expect(words("ideeën") == ["ideeen"])
        #expect(words("ÉÉN Zoë Curaçao Müller") == ["een", "zoe", "curacao", "muller"])
    }

    @Test func theIJLigatureIsTwoLetters() {
        #expect(words("Ĳsselmeer ĳs bĳeenkomst") == ["ijsselmeer", "ijs", "bijeenkomst"])
    }

    @Test func compatibilityFormsBecomeTheirPlainLetters() {
        // Ligatures, full-width letters, superscripts: what a copied PDF or a phone keyboard gives.
        #expect(words("ﬁets Ｗｍｏ m²") == ["fiets", "wmo", "m2"])
        #expect(words("½") == ["1", "2"])
    }

    @Test func lettersDecompositionLeavesWholeFoldAsInSlugs() {
        #expect(words("Straße Søren Łódź Æbleskiver") == ["strasse", "soren", "lodz", "aebleskiver"])
    }

    @Test func otherScriptsStayWords() {
        #expect(words("Ελλάδα Türkiye İstanbul") == ["ελλαδα", "turkiye", "istanbul"])
        #expect(words("مرحبا") == ["مرحبا"])
    }

    @Test func digitsAreWordCharacters() {
        #expect(words("Covid19, 3D-printer, 2026") == ["covid19", "3dprinter", "~3d", "~printer", "2026"])
    }

    @Test func punctuationAndSymbolsSeparateWords() {
        #expect(words("hulp.bij/formulieren: ja!") == ["hulp", "bij", "formulieren", "ja"])
        #expect(words("10:30–12:00 uur") == ["10", "30", "12", "00", "uur"])
        #expect(words("info@buurt.nl") == ["info", "buurt", "nl"])
        #expect(words("") == [])
        #expect(words(" ,.- ") == [])
    }

    @Test func longWordsEndAtTheirFirstOtherCharacter() {
        #expect(
            words("Verkeersveiligheidsmaatregelen, informatieavondbijeenkomst2026 Buurthuiszaal:kelderdeur")
                == ["verkeersveiligheidsmaatregelen", "informatieavondbijeenkomst2026", "buurthuiszaal", "kelderdeur"])
        #expect(
            words("zwembadkantine-éénrichtingsverkeer") == [
                "zwembadkantineeenrichtingsverkeer", "~zwembadkantine", "~eenrichtingsverkeer",
            ])
        #expect(
            words("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == [
                "abcdefghijklmnopqrstuvwxyz" + "abcdefghijklmnopqrstuvwxyz"
            ])
    }

    /// Every byte value at every place of 8 bytes: marked when it is not a lowercase letter, a-z.
    @Test func eightBytesAtATimeMarkWhatIsNotALowercaseLetter() {
        for place in 0..<8 {
            for byte in 0...255 {
                var bytes = [UInt8](repeating: 0x6D, count: 8)
                bytes[place] = UInt8(byte)
                let value = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let expected: UInt64 = (0x61...0x7A).contains(byte) ? 0 : 0x80 << (8 * place)
                #expect(DutchTokenizer.notLowercase(value) == expected, "byte \(byte) at \(place)")
            }
        }
    }

    @Test func tokensKnowWhereTheyStand() {
        let text = "Het Wmo-loket"
        let tokens = DutchTokenizer.tokens(in: text)
        #expect(tokens.map { String(text[$0.range]) } == ["Het", "Wmo-loket", "Wmo", "loket"])
        let cafe = "Café’s"
        #expect(DutchTokenizer.tokens(in: cafe).map { String(cafe[$0.range]) } == ["Café’s", "Café"])
    }
}

@Suite struct JoinerTests {
    @Test func apostropheGivesTheJoinedWordAndWhatComesBefore() {
        #expect(words("auto's") == ["autos", "~auto"])
        #expect(words("auto’s foto´s baby`s") == ["autos", "~auto", "fotos", "~foto", "babys", "~baby"])
        #expect(words("zo'n") == ["zon", "~zo"])
    }

    @Test func anApostropheAtTheEdgeOfAWordIsNotPartOfIt() {
        #expect(words("'s avonds") == ["s", "avonds"])
        #expect(words("Kees' fiets") == ["kees", "fiets"])
    }

    @Test func hyphenGivesTheJoinedWordAndItsParts() {
        #expect(words("Wmo-loket") == ["wmoloket", "~wmo", "~loket"])
        #expect(words("e-mail") == ["email", "~e", "~mail"])
        #expect(words("zorg‑ en welzijn") == ["zorg", "en", "welzijn"])
        #expect(
            words("sociaal-maatschappelijk‐werk") == [
                "sociaalmaatschappelijkwerk", "~sociaal", "~maatschappelijk", "~werk",
            ])
    }

    @Test func softHyphenAndZeroWidthCharactersAreBoundariesInsideOneWord() {
        #expect(words("Informatie\u{AD}avond") == ["informatieavond", "~informatie", "~avond"])
        for invisible in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"] {
            #expect(words("buurt\(invisible)huis") == ["buurthuis", "~buurt", "~huis"])
        }
    }

    @Test func apostropheAndHyphenTogether() {
        #expect(words("auto's-wasstraat") == ["autoswasstraat", "~autos", "~auto", "~wasstraat"])
    }

    @Test func twoJoinersInARowEndTheWord() {
        #expect(words("a--b") == ["a", "b"])
        #expect(words("zorg- en welzijn") == ["zorg", "en", "welzijn"])
        #expect(words("-loket") == ["loket"])
    }
}
