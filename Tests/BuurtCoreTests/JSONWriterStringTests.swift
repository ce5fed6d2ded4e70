import Testing

@testable import BuurtCore

@Suite struct JSONWriterStringTests {
    func json(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func plainTextIsOnlyQuoted() {
        #expect(json("Repair Café Beekdal") == "\"Repair Café Beekdal\"")
    }

    @Test func nothingInAValueCanCloseAScriptElement() {
        #expect(json("</script><b>&") == #""\u003c/script\u003e\u003cb\u003e\u0026""#)
    }

    @Test func quotesControlCharactersAndLineSeparatorsAreEscaped() {
        #expect(json("a\"b\\c\nd\te\u{7F}f\u{2028}g\u{2029}") == #""a\"b\\c\nd\te\u007ff\u2028g\u2029""#)
        #expect(json("\u{01}") == #""\u0001""#)
    }
}
