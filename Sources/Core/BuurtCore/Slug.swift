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
        if text.allUTF8Bytes({ $0 < 0x80 }) { return text.lowercased() }
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
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        // Plain ASCII (most headings and file names) needs no folding, only lowercasing, done here byte by byte.
        let isASCII = text.allUTF8Bytes { $0 < 0x80 }
        for var byte in isASCII ? Array(text.utf8) : Array(fold(text).utf8) {
            if (0x41...0x5A).contains(byte) { byte += 0x20 }
            let isWordCharacter = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug.append(0x2D) }
                pendingHyphen = false
                slug.append(byte)
            } else if byte != 0x27 && byte != 0x80 && byte != 0x99 && byte != 0xE2 {
                // An apostrophe, straight or curly (U+2019 is E2 80 99 in UTF-8), joins: "buurt's" → "buurts".
                pendingHyphen = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Whether `text` is already a clean slug: no slashes, dots, spaces or capitals, so it cannot leave its folder.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(from: text) == text
    }
}
