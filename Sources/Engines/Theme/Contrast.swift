import BuurtCore
import Foundation

/// Two colour tokens that are used together as text on a background.
public struct ContrastPair: Hashable, Sendable {
    public let text: String
    public let background: String
    /// Where the pair is listed (a theme's `contrast:`), for messages about the pair itself.
    public let location: SourceLocation?

    public init(text: String, background: String, location: SourceLocation? = nil) {
        self.text = text
        self.background = background
        self.location = location
    }
}

/// WCAG 2.1 contrast: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
public enum Contrast {
    /// Success criterion 1.4.3 (level AA) for normal-size text.
    public static let minimumRatio = 4.5

    /// Relative luminance of an opaque sRGB colour, 0 (black) … 1 (white).
    public static func relativeLuminance(_ color: RGB) -> Double {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            // WCAG 2.1 prints 0.03928; sRGB says 0.04045. No 8-bit value lies between them, so both agree.
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    /// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1 … 21, the same whichever way round.
    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let la = relativeLuminance(a), lb = relativeLuminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The ratio with two decimals, as people quote it. A failing ratio is never shown as "4.50",
    /// which would read as a pass.
    static func format(_ ratio: Double) -> String {
        var shown = (ratio * 100).rounded() / 100
        if ratio < minimumRatio && shown >= minimumRatio { shown = minimumRatio - 0.01 }
        return String(format: "%.2f", shown)
    }
}

extension DesignTokens {
    /// Errors for every pair below 4.5:1, and for pairs that cannot be checked (unknown token, a value that is
    /// not a colour, a transparent colour). Alias problems (missing target, cycles) are skipped here: they are
    /// reported where the tokens are validated, and once is enough.
    public func checkContrast(_ pairs: [ContrastPair]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for pair in pairs {
            var colors: [RGB] = []
            var written: [String] = []
            var involved: [DesignToken] = []
            for name in [pair.text, pair.background] {
                guard self[name] != nil else {
                    problems.append(
                        .error(
                            at: pair.location,
                            "contrast pair names unknown token '\(name)'" + Suggestion.didYouMean(name, among: names)))
                    continue
                }
                guard case .value(let final, let path) = resolve(name) else { continue }
                involved += path
                guard let color = RGB(css: final.value) else {
                    problems.append(
                        .error(
                            at: final.location,
                            "token '\(final.name)' is used in a contrast pair, but '\(final.value)' is not a colour "
                                + "that can be checked",
                            hint: "write it as #rrggbb or rgb(r g b)"))
                    continue
                }
                guard color.isOpaque else {
                    problems.append(
                        .error(
                            at: final.location,
                            "token '\(final.name)' is used in a contrast pair, but '\(final.value)' is transparent, "
                                + "so its contrast depends on what lies behind it",
                            hint: "use an opaque colour (#rrggbb) for text and background colours"))
                    continue
                }
                colors.append(color)
                written.append(final.value)
            }
            guard colors.count == 2 else { continue }
            let ratio = Contrast.ratio(colors[0], colors[1])
            guard ratio < Contrast.minimumRatio else { continue }
            // Blame the definition that came last (a buurt override over a child theme over its parent):
            // that is the change that broke the pair, so that is where the fix belongs.
            let blamed = involved.max { ($0.layer, $0.location) < ($1.layer, $1.location) }
            let listed = pair.location.map { " (pair listed at \($0))" } ?? ""
            problems.append(
                .error(
                    at: blamed?.location ?? pair.location,
                    "text colour '\(pair.text)' on background '\(pair.background)' has contrast "
                        + "\(Contrast.format(ratio)):1 (\(written[0]) on \(written[1])), below the 4.5:1 that WCAG AA "
                        + "requires",
                    hint: "make the text darker or the background lighter (or the other way round)\(listed)"))
        }
        return problems
    }
}
