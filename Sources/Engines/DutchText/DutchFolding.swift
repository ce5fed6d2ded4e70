import Foundation

/// A character that sits between two word characters and keeps them in one written word, with what it does
/// there (docs/SEARCH.md, "Words").
enum Joiner: Sendable {
    /// `-`, U+2010, U+2011: "Wmo-loket" is one word with the parts "wmo" and "loket".
    case hyphen
    /// `'`, `’`, `ʼ`, and the accents people type for one (`` ` ``, `´`): "auto's" is "autos", with "auto".
    case apostrophe
    /// The soft hyphen and the zero-width characters: "Informatie\u{AD}avond" is "informatieavond" with the
    /// parts "informatie" and "avond".
    case invisible
}

/// What a byte of UTF-8 is to the tokenizer, as bits: `wordBit` is set for the bytes of ASCII letters and digits.
/// Usable from the tokenizer's fast path, which is inlined where words are read (`DutchTokenizer.forEachToken`).
@usableFromInline
struct ByteClass: Equatable, Sendable {
    @usableFromInline let bits: UInt8

    @usableFromInline init(bits: UInt8) {
        self.bits = bits
    }

    @inlinable static var wordBit: UInt8 { 1 }
    /// Spaces, punctuation, symbols of ASCII.
    @inlinable static var boundary: ByteClass { ByteClass(bits: 0) }
    /// A lowercase letter or a digit: a word character as it stands.
    @inlinable static var wordByte: ByteClass { ByteClass(bits: wordBit) }
    /// A capital, folded by adding 0x20.
    static let uppercase = ByteClass(bits: wordBit | 2)
    /// `-`, `'` or `` ` ``.
    static let joiner = ByteClass(bits: 4)
    /// A byte of a character outside ASCII.
    static let nonASCII = ByteClass(bits: 8)
}

/// What one character of a text is to the tokenizer, once folded.
enum FoldedUnit: Equatable, Sendable {
    /// A letter, digit or spacing mark, lowercased and without diacritics.
    case wordCharacter(Unicode.Scalar)
    case joiner(Joiner)
    /// Anything else: spaces, punctuation, symbols.
    case boundary
}

/// The folding, one character at a time, exactly as `dutch-text.js` does it (docs/SEARCH.md, "Folding"):
/// compatibility decomposition (NFKD: ĳ → ij, ﬁ → fi, ² → 2, é → e + accent), nonspacing marks dropped,
/// lowercase (each character on its own, without context), the letters decomposition leaves whole folded as
/// in slugs (ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d, þ → th). Letters, digits and spacing or
/// enclosing marks are word characters; the joiners are looked up before anything else.
@usableFromInline
enum DutchFolding {
    /// The joiners, by code point.
    static func joiner(_ value: UInt32) -> Joiner? {
        switch value {
        case 0x2D, 0x2010, 0x2011: return .hyphen
        case 0x27, 0x60, 0xB4, 0x2BC, 0x2019: return .apostrophe
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .invisible
        default: return nil
        }
    }

    /// What each byte is to the tokenizer's fast path, one table look-up per byte instead of a switch and a
    /// `joiner` call (`ByteClass`; made from `asciiUnit` and `joiner`, so it cannot disagree with them).
    @usableFromInline static let byteClasses: [ByteClass] = (0..<256).map { (value: UInt32) -> ByteClass in
        if value >= 0x80 { return .nonASCII }
        if joiner(value) != nil { return .joiner }
        guard case .wordCharacter(let folded) = asciiUnit(value) else { return .boundary }
        return folded.value == value ? .wordByte : .uppercase
    }

    /// Lowercase letters that decomposition leaves whole, with what they fold to (as `Slug.fold` does).
    static let extraFoldings: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0x153: "oe", 0xF8: "o", 0x142: "l", 0x111: "d", 0xFE: "th",
    ]

    /// An ASCII character other than a joiner: letters lowercased, digits kept, the rest a boundary.
    @inline(__always)
    static func asciiUnit(_ value: UInt32) -> FoldedUnit {
        switch value {
        case 0x61...0x7A, 0x30...0x39: return .wordCharacter(Unicode.Scalar(value)!)
        case 0x41...0x5A: return .wordCharacter(Unicode.Scalar(value + 0x20)!)
        default: return .boundary
        }
    }

    /// What a character outside ASCII folds to; Latin-1 and Latin Extended-A/B from a table made once.
    static func units(of scalar: Unicode.Scalar) -> [FoldedUnit] {
        let value = scalar.value
        if value >= tableStart && value < tableEnd { return table[Int(value - tableStart)] }
        return computeUnits(of: scalar)
    }

    private static let tableStart: UInt32 = 0x80
    private static let tableEnd: UInt32 = 0x250
    private static let table: [[FoldedUnit]] = (tableStart..<tableEnd).map { computeUnits(of: Unicode.Scalar($0)!) }

    private static func computeUnits(of scalar: Unicode.Scalar) -> [FoldedUnit] {
        if let joiner = joiner(scalar.value) { return [.joiner(joiner)] }
        if scalar.value < 0x80 { return [asciiUnit(scalar.value)] }
        var units: [FoldedUnit] = []
        for decomposed in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        where !isNonspacingMark(decomposed) {
            if let joiner = joiner(decomposed.value) {
                units.append(.joiner(joiner))
            } else if decomposed.value < 0x80 {
                units.append(asciiUnit(decomposed.value))
            } else {
                for lower in decomposed.properties.lowercaseMapping.unicodeScalars where !isNonspacingMark(lower) {
                    units.append(contentsOf: unit(ofLowercase: lower))
                }
            }
        }
        return units
    }

    private static func unit(ofLowercase scalar: Unicode.Scalar) -> [FoldedUnit] {
        if let joiner = joiner(scalar.value) { return [.joiner(joiner)] }
        if scalar.value < 0x80 { return [asciiUnit(scalar.value)] }
        if let folded = extraFoldings[scalar.value] { return folded.unicodeScalars.map { .wordCharacter($0) } }
        return isWordCharacter(scalar) ? [.wordCharacter(scalar)] : [.boundary]
    }

    static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }

    /// Letters (L), numbers (N), spacing and enclosing marks (Mc, Me).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Letters only (L): what a compound's parts are made of.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
