import BuurtCore
import Foundation
import Testing

@Suite("Content hashes name files by their bytes")
struct ContentHashTests {
    @Test("FNV-1a 64's published values, first 8 hex digits, from an array, Data and a lazy sequence alike")
    func knownValues() {
        // FNV-1a 64 of "" is cbf29ce484222325, of "a" af63dc4c8601ec8c, of "foobar" 85944171f73967e8.
        #expect(ContentHash.hex8([UInt8]()) == "cbf29ce4")
        #expect(ContentHash.hex8(Array("a".utf8)) == "af63dc4c")
        #expect(ContentHash.hex8(Data("foobar".utf8)) == "85944171")
        #expect(ContentHash.hex8("foobar".utf8.lazy.map { $0 }) == "85944171")
    }

    @Test("A leading zero is kept: always 8 digits")
    func eightDigits() {
        // FNV-1a 64 of "park" is 03b10c0d…
        #expect(ContentHash.hex8(Array("park".utf8)) == "03b10c0d")
    }

    @Test("The hash goes before the extension")
    func names() {
        #expect(ContentHash.name("search/dutch-text.js", hash: "3f9a2c1e") == "search/dutch-text.3f9a2c1e.js")
        #expect(ContentHash.name("LICENSE", hash: "3f9a2c1e") == "LICENSE.3f9a2c1e")
    }
}
