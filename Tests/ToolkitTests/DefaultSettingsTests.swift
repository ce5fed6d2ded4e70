import Testing

@testable import Toolkit

@Suite struct DefaultSettingsTests {
    @Test func defaultSettingsPutTheToolkitUnderToolkit() {
        #expect(ToolkitSettings.default.segment == "toolkit")
    }
}
