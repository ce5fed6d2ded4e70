import Testing

@testable import Theme

@Suite struct ColorTests {
    @Test func readsHexAndRGBNotations() {
        #expect(RGB(css: "#fff") == RGB(red: 255, green: 255, blue: 255))
        #expect(RGB(css: "#00598A") == RGB(red: 0, green: 0x59, blue: 0x8a))
        #expect(RGB(css: "rgb(0 89 138)") == RGB(red: 0, green: 89, blue: 138))
        #expect(RGB(css: "rgb(0, 89, 138)") == RGB(red: 0, green: 89, blue: 138))
        #expect(RGB(css: "rgb(100% 0% 50%)") == RGB(red: 255, green: 0, blue: 127.5))
        #expect(RGB(css: "#00598a80")?.isOpaque == false)
        #expect(RGB(css: "rgb(0 0 0 / 50%)")?.alpha == 0.5)
        #expect(RGB(css: "rgba(0, 0, 0, 1)")?.isOpaque == true)
    }

    @Test func refusesWhatItCannotRead() {
        for value in ["white", "#ffff1", "#ggg", "rgb(1 2)", "rgb(nan 0 0)", "hsl(0 0% 0%)", "rgb(1, 2 3)", ""] {
            #expect(RGB(css: value) == nil, "\(value)")
        }
    }

    /// The reference values people quote: #767676 is the lightest grey that passes AA on white.
    @Test func wcagRatios() {
        let white = RGB(css: "#ffffff")!
        let pass = Contrast.ratio(RGB(css: "#767676")!, white)
        let fail = Contrast.ratio(RGB(css: "#777777")!, white)
        #expect(Contrast.format(pass) == "4.54")
        #expect(pass >= Contrast.minimumRatio)
        #expect(Contrast.format(fail) == "4.48")
        #expect(fail < Contrast.minimumRatio)
        #expect(Contrast.format(Contrast.ratio(RGB(css: "#000")!, white)) == "21.00")
        #expect(Contrast.ratio(white, RGB(css: "#000")!) == Contrast.ratio(RGB(css: "#000")!, white))
    }

    @Test func failingRatioIsNeverShownAsPassing() {
        #expect(Contrast.format(4.4999) == "4.49")
    }
}
