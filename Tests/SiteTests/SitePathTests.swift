import Foundation
import Model
import Testing

@testable import Site

@Suite struct SitePathTests {
    @Test func linksBetweenPagesAreRelativeSoASiteWorksAtAnyAddress() {
        #expect(SitePath.relative(from: "initiatieven/aed/", to: "over-ons/") == "../../over-ons/")
        #expect(SitePath.relative(from: "over-ons/", to: "") == "../")
        #expect(SitePath.relative(from: "", to: "") == "./")
        #expect(SitePath.relative(from: "", to: "assets/site.css") == "assets/site.css")
    }

    @Test func encodesWhatCannotStandInAPath() {
        #expect(SitePath.encode("media/pages/foto's zomer.jpg") == "media/pages/foto%27s%20zomer.jpg")
        #expect(SitePath.encode("over-ons/") == "over-ons/")
    }

    @Test func theNotFoundPageUsesTheSitesOwnPath() {
        #expect(SiteAddress("https://www.lindeveen.nl/buurten/oosterhof/").path == "/buurten/oosterhof/")
        #expect(SiteAddress("https://samenoosterhof.nl/").path == "/")
    }

    @Test func jsonLDCannotCloseItsScriptElement() {
        let script = JSONLD.script(["name": "</script><script>alert(1)</script> & co"])
        #expect(!script.contains("<"))
        #expect(!script.contains(">"))
        #expect(script.contains("\\u003c/script\\u003e"))
        #expect(script.contains("\"@context\":\"https://schema.org\""))
    }
}

@Suite struct JSONLDTests {
    @Test func writesValidJSONWithSortedKeysAndEscapes() throws {
        let script = JSONLD.script([
            "name": "Café \"De Hoek\"\n", "isPartOf": ["@type": "WebSite", "url": "https://x.nl/"],
        ])
        #expect(
            script
                == #"{"@context":"https://schema.org","isPartOf":{"@type":"WebSite","url":"https://x.nl/"},"#
                + #""name":"Café \"De Hoek\"\n"}"#
        )
        let parsed = try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any]
        #expect(parsed?["name"] as? String == "Café \"De Hoek\"\n")
        #expect(JSONLD.script(["name": "a\u{2028}b\u{01}"]).contains(#""a\u2028b\u0001""#))
    }
}
