import Testing
@testable import Kaart

@Suite struct ContractTests {
    @Test func defaultSettingsPutTheKaartUnderKaart() {
        #expect(KaartSettings.default.segment == "kaart")
    }
}
