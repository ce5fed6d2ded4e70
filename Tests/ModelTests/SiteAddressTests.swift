import Model
import Testing
import YAML

/// `base_url` is read once into a SiteAddress: normalised for links, as written for messages.
@Suite struct SiteAddressTests {
    @Test func theAddressGetsExactlyOneTrailingSlash() {
        #expect(SiteAddress("https://x.nl/buurten/oost").absolute == "https://x.nl/buurten/oost/")
        #expect(SiteAddress("https://x.nl/buurten/oost///").absolute == "https://x.nl/buurten/oost/")
        #expect(SiteAddress("https://x.nl/").absolute == "https://x.nl/")
        #expect(SiteAddress("https://x.nl/").description == "https://x.nl/")
    }

    @Test func theWrittenTextIsKept() {
        #expect(SiteAddress("https://x.nl/oost//").written == "https://x.nl/oost//")
        #expect(SiteAddress("geen adres").written == "geen adres")
    }

    @Test func thePathPartStartsAfterTheHost() {
        #expect(SiteAddress("https://www.lindeveen.nl/buurten/oosterhof").path == "/buurten/oosterhof/")
        #expect(SiteAddress("https://samenoosterhof.nl").path == "/")
        #expect(SiteAddress("samenoosterhof.nl/oost").path == "/")
    }

    @Test func anyTextDecodesSoTheValidatorCanReportIt() throws {
        let node = try #require(try YAMLParser.parse("base_url: 'niet: een adres'\n", file: "buurt.yml"))
        let decoded = try YAMLDecoder().decode([String: SiteAddress].self, from: node)
        #expect(decoded["base_url"]?.written == "niet: een adres")
        #expect(decoded["base_url"]?.absolute == "niet: een adres/")
    }
}
