import Testing

@testable import Toolkit

@Suite struct ContractTests {
    @Test func defaultSettingsPutTheToolkitUnderToolkit() {
        #expect(ToolkitSettings.default.segment == "toolkit")
    }
}
