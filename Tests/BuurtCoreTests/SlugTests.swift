import Testing

@testable import BuurtCore

@Suite struct SlugTests {
    @Test func foldsDutchDiacriticsAndLigatures() {
        #expect(Slug.make(from: "Café de Ĳssel") == "cafe-de-ijssel")
        #expect(Slug.make(from: "Hôtel Ëlzenhof") == "hotel-elzenhof")
        #expect(Slug.make(from: "ĲSSELMONDE") == "ijsselmonde")
    }

    @Test func collapsesPunctuationAndKeepsApostrophesTogether() {
        #expect(Slug.make(from: "  Buurt's  beste -- tips!  ") == "buurts-beste-tips")
        #expect(Slug.make(from: "Wat doen we? (2026)") == "wat-doen-we-2026")
        #expect(Slug.make(from: "¿?!") == "")
    }

    @Test func validSlugsCannotLeaveTheirFolder() {
        #expect(Slug.isValid("over-ons"))
        #expect(!Slug.isValid(".."))
        #expect(!Slug.isValid("../etc"))
        #expect(!Slug.isValid("a/b"))
        #expect(!Slug.isValid("Over"))
        #expect(!Slug.isValid(""))
    }
}
