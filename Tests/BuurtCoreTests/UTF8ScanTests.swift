import BuurtCore
import Testing

@Suite struct UTF8ScanTests {
    @Test func findsBytesInPlainAndAccentedText() {
        #expect("Café <b>".anyUTF8Byte { $0 == UInt8(ascii: "<") })
        #expect(!"Café de Ĳssel".anyUTF8Byte { $0 == UInt8(ascii: "<") })
        #expect("buurt-noord".allUTF8Bytes { $0 < 0x80 })
        #expect(!"Café".allUTF8Bytes { $0 < 0x80 }, "é is two bytes above 0x7F")
        #expect("".allUTF8Bytes { _ in false } && !"".anyUTF8Byte { _ in true })
        let slice = "xx<yy".dropFirst(3)
        #expect(
            !String(slice).anyUTF8Byte { $0 == UInt8(ascii: "<") }, "a string made from a slice has only its own bytes")
    }
}

@Suite struct PathPartsTests {
    @Test func splitsARootRelativePathAtItsLastSlash() {
        #expect("content/kaart/taal/café.md".pathFolder == "content/kaart/taal")
        #expect("content/kaart/taal/café.md".pathName == "café.md")
        #expect("site.yml".pathFolder == "" && "site.yml".pathName == "site.yml", "no slash: no folder, the whole name")
        #expect("a/\u{301}b.md".pathName == "\u{301}b.md", "split by byte, even before a combining accent")
    }
}
