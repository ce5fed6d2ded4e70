import Foundation
import Testing

@testable import BuurtCore

@Suite struct JSONWriterTests {
    func compact(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.write(value)
        return writer.text
    }

    func indented(_ value: JSONValue, indent: Int = 0) -> String {
        var writer = JSONWriter(.indented)
        writer.write(value, indent: indent)
        return writer.text
    }

    func compact(any value: Any) -> String {
        var writer = JSONWriter()
        writer.write(any: value)
        return writer.text
    }

    // MARK: Strings

    @Test func nothingInAStringCanCloseAScriptElement() {
        let text = compact(any: ["name": "</script><script>alert(1)</script> & <!-- co -->"])
        #expect(
            text == #"{"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"#
                + #" \u0026 \u003c!-- co --\u003e"}"#)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    }

    @Test func keysAreEscapedLikeValues() {
        #expect(compact(.object([("</script>", .string("x"))])) == #"{"\u003c/script\u003e":"x"}"#)
        #expect(compact(any: ["a\"b": 1]) == #"{"a\"b":1}"#)
    }

    @Test func lineSeparatorsAreEscaped() {
        #expect(compact(.string("a\u{2028}b\u{2029}c")) == #""a\u2028b\u2029c""#)
        // Other characters with the same first bytes are left alone: U+2027 and U+2030.
        #expect(compact(.string("\u{2027}\u{2030}€")) == "\"\u{2027}\u{2030}€\"")
        // At the very end of a string, and after a character with the same first two bytes (U+2020).
        #expect(compact(.string("\u{2020}\u{2028}")) == #""†\u2028""#)
    }

    @Test func controlCharactersAreEscaped() {
        var text = ""
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let expected = (0..<0x20).map { value -> String in
            switch value {
            case 0x0A: return "\\n"
            case 0x0D: return "\\r"
            case 0x09: return "\\t"
            default: return "\\u00" + (value < 0x10 ? "0" : "") + String(value, radix: 16)
            }
        }.joined()
        #expect(compact(.string(text)) == "\"" + expected + "\"")
        #expect(compact(.string("\u{7F}\u{1F}\u{0B}")) == #""\u007f\u001f\u000b""#)
        #expect(compact(.string("\"\\/")) == #""\"\\/""#)
    }

    @Test func escapedStringsReadBackAsTheyWere() throws {
        let text = "Café \"De Hoek\" </script> & \u{2028}\u{2029}\u{01}\u{7F}\n\t\r 👋🏽 ïj"
        let json = compact(.array([.string(text)]))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed == [text])
    }

    // MARK: Values and numbers

    @Test func numbersFlagsAndNull() {
        #expect(compact(.array([.int(0), .int(-42), .int(Int.max)])) == "[0,-42,9223372036854775807]")
        #expect(
            compact(.array([.double(52.0825), .double(5.0), .double(-0.5), .double(1e-05), .double(1e16)]))
                == "[52.0825,5.0,-0.5,1e-05,1e+16]")
        #expect(compact(.array([.double(.nan), .double(.infinity), .double(-.infinity)])) == "[null,null,null]")
        #expect(
            compact(.array([.bool(true), .bool(false), .null, .text(nil), .text("a")]))
                == #"[true,false,null,null,"a"]"#)
    }

    @Test func swiftValuesAreWrittenByTheirType() {
        #expect(compact(any: [1, true, 2.5, "x", ["y"], ["k": "v"]] as [Any]) == #"[1,true,2.5,"x",["y"],{"k":"v"}]"#)
        // Anything else is written as the string of its description.
        #expect(compact(any: ["day": Substring("3 <maart>")]) == #"{"day":"3 \u003cmaart\u003e"}"#)
    }

    // MARK: Nesting and key order

    @Test func objectsInOrderGivenAndDictionariesSorted() {
        #expect(
            compact(.object([("z", .int(1)), ("a", .int(2)), ("m", .object([("y", .null), ("b", .null)]))]))
                == #"{"z":1,"a":2,"m":{"y":null,"b":null}}"#)
        let object: [String: Any] = [
            "zeta": 1, "alpha": ["b": 2, "a": [["d": 4, "c": 3]]], "Beta": "x", "@type": "T",
        ]
        #expect(compact(any: object) == #"{"@type":"T","Beta":"x","alpha":{"a":[{"c":3,"d":4}],"b":2},"zeta":1}"#)
    }

    @Test func aFirstMemberComesBeforeTheSortedKeysAndReplacesItsNamesake() {
        var writer = JSONWriter()
        writer.writeObject(
            ["!": 1, "0": 2, "@context": "other", "b": ["@context": "kept"]],
            first: ("@context", "https://schema.org"))
        #expect(writer.text == #"{"@context":"https://schema.org","!":1,"0":2,"b":{"@context":"kept"}}"#)
        var empty = JSONWriter()
        empty.writeObject([:], first: ("@context", "https://schema.org"))
        #expect(empty.text == #"{"@context":"https://schema.org"}"#)
    }

    @Test func nestedEmptyListsAndObjects() {
        #expect(compact(.array([.array([]), .object([]), .array([.array([.int(1)])])])) == "[[],{},[[1]]]")
        #expect(compact(any: [[:] as [String: Any], [] as [Any]] as [Any]) == "[{},[]]")
    }

    // MARK: Indented

    @Test func indentedPutsEveryMemberOnItsOwnLine() {
        let value = JSONValue.object([
            ("name", .string("Taalcafé")),
            ("list", .array([.int(1), .object([("a", .bool(true))])])),
            ("empty", .array([])),
            ("none", .object([])),
        ])
        #expect(
            indented(value) == """
                {
                  "name": "Taalcafé",
                  "list": [
                    1,
                    {
                      "a": true
                    }
                  ],
                  "empty": [],
                  "none": {}
                }
                """)
        #expect(indented(.array([.int(1)]), indent: 4) == "[\n      1\n    ]")
        #expect(indented(.string("x")) == #""x""#)
    }

    @Test func indentedDictionariesToo() {
        var writer = JSONWriter(.indented)
        writer.write(any: ["b": [1, 2], "a": [:] as [String: Any]] as [String: Any])
        #expect(writer.text == "{\n  \"a\": {},\n  \"b\": [\n    1,\n    2\n  ]\n}")
    }

    // MARK: Templates, slots and raw bytes

    @Test func aFilledTemplateIsTheValueWrittenWithTheString() {
        func value(_ url: JSONValue) -> JSONValue {
            .object([("id", .string("1")), ("url", url), ("more", .array([.object([("url", url)])]))])
        }
        for format in [JSONWriter.Format.compact, .indented] {
            let template = JSONWriter.Template(value(.slot), format: format, indent: 4)
            #expect(template.pieces.count == 3)
            var filled: [UInt8] = []
            template.write(filling: "https://x.nl/?a=1&b=<2>", to: &filled)
            var writer = JSONWriter(format)
            writer.write(value(.string("https://x.nl/?a=1&b=<2>")), indent: 4)
            #expect(filled == writer.bytes)
        }
    }

    @Test func rawBytesAreWrittenAsTheyAre() {
        var inner = JSONWriter(.indented)
        inner.write(.object([("a", .int(1))]), indent: 2)
        #expect(indented(.array([.raw(inner.bytes), .null])) == "[\n  {\n    \"a\": 1\n  },\n  null\n]")
    }

    @Test func slotsAreRememberedWhereTheyStand() {
        var writer = JSONWriter()
        writer.write(.array([.slot, .int(1), .slot]))
        #expect(writer.text == "[,1,]")
        #expect(writer.slots == [1, 4])
    }
}
