import Foundation

/// URL slugs and heading ids that read well in Dutch: "Café de Ĳssel" → "cafe-de-ijssel".
public enum Slug {
    /// Letters that compatibility decomposition does not split into a base letter.
    private static let extraFoldings: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th",
    ]

    /// Folds diacritics and ligatures (é → e, ĳ → ij, ß → ss) and lowercases; keeps everything else.
    public static func fold(_ text: String) -> String {
        // Most titles and headings are plain ASCII: nothing to fold but capitals.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var mapped = ""
        mapped.reserveCapacity(text.utf8.count)
        for character in text {
            if let replacement = extraFoldings[character] { mapped += replacement } else { mapped.append(character) }
        }
        var scalars = String.UnicodeScalarView()
        for scalar in mapped.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }

    /// A slug of ASCII letters, digits and single hyphens; empty when `text` has no letters or digits.
    public static func make(from text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in fold(text).unicodeScalars {
            let isWordCharacter = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" {
                // "buurt's" → "buurts", not "buurt-s"
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether `text` is already a clean slug: no slashes, dots, spaces or capitals, so it cannot leave its folder.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(from: text) == text
    }
}
