/// One word of a text, folded: what the index stores and a query looks up.
public struct DutchToken: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A word as written, without its joiners: "wmoloket", "autos", "informatieavond".
        case word
        /// A piece of a joined word: "wmo" and "loket" of "Wmo-loket", "auto" of "auto's".
        case part
    }

    /// Lowercase, without diacritics: "cafe" for "Café".
    public let text: String
    public let kind: Kind
    /// Where it stands in the text it came from (the word as written, for a snippet or an exact-form bonus).
    public let range: Range<String.Index>

    public init(text: String, kind: Kind, range: Range<String.Index>) {
        self.text = text
        self.kind = kind
        self.range = range
    }
}

/// Splits a text into folded words, exactly as `DutchText.tokens` in `dutch-text.js` does (docs/SEARCH.md,
/// "Words"):
/// - a word is a run of word characters; a single hyphen, apostrophe, soft hyphen or zero-width character
///   between two word characters joins them, every other character (and a second joiner in a row) ends it;
/// - a word without joiners gives one token; a joined word gives the whole (its joiners left out) and then, for
///   each part between hyphens, soft hyphens and zero-width characters (when there are several), the part, and
///   for a part with an apostrophe, what comes before the first one: "auto's-wasstraat" → autoswasstraat,
///   autos, auto, wasstraat.
public enum DutchTokenizer {
    public static func tokens(in text: String) -> [DutchToken] {
        var tokens: [DutchToken] = []
        let utf8 = text.utf8
        forEachToken(in: text) { folded, kind, start, end in
            let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            tokens.append(DutchToken(text: String(decoding: folded, as: UTF8.self), kind: kind, range: range))
        }
        return tokens
    }

    /// The tokens of `tokens(in:)`, in the same order, handed to `body` one by one without making a String of
    /// each: the folded word as UTF-8 (valid during the call only), its kind, and the UTF-8 offsets in `text`
    /// where the word as written starts and ends. The search's index reads every page's words this way, which pays
    /// for the second entry point: see `WordTable` in the search (docs/SEARCH.md, "Building fast").
    public static func forEachToken(
        in text: String, _ body: (UnsafeBufferPointer<UInt8>, DutchToken.Kind, Int, Int) -> Void
    ) {
        var text = text
        text.withUTF8 { bytes in
            var word = WordReader()
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if word.isIdle, let end = plainASCIIWord(in: bytes, from: offset) {
                        word.emit(UnsafeBufferPointer(rebasing: bytes[offset..<end]), from: offset, body)
                        offset = end
                        continue
                    }
                    // ASCII, most of a Dutch text: no table, no Unicode.Scalar.
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: word.add(byte, from: offset, to: offset + 1, body)
                    case 0x41...0x5A: word.add(byte + 0x20, from: offset, to: offset + 1, body)
                    default:
                        if let joiner = DutchFolding.joiner(UInt32(byte)) {
                            word.add(joiner, body)
                        } else {
                            word.finish(body)
                        }
                    }
                    offset += 1
                    continue
                }
                let (scalar, length) = decode(bytes, at: offset)
                for unit in DutchFolding.units(of: scalar) {
                    switch unit {
                    case .wordCharacter(let folded): word.add(folded, from: offset, to: offset + length, body)
                    case .joiner(let joiner): word.add(joiner, body)
                    case .boundary: word.finish(body)
                    }
                }
                offset += length
            }
            word.finish(body)
        }
    }

    /// Where the word that starts at `start` ends, when it is ASCII letters and digits only and what follows cannot
    /// continue it (the text's end, or an ASCII character that is neither a word character nor a joiner): most
    /// words of a Dutch text. Such a word is handed over from the text itself, without going through `WordReader`
    /// byte by byte: that took the tokenizer's own instructions for the 2,000-page bench site from 430 to 266
    /// million (callgrind).
    /// Any other word (a joiner, a letter with a diacritic) is read by `WordReader` from its start.
    @inline(__always)
    private static func plainASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < bytes.count, isASCIIWordByte(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        if end == bytes.count { return end }
        let next = bytes[end]
        return next < 0x80 && DutchFolding.joiner(UInt32(next)) == nil ? end : nil
    }

    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61...0x7A, 0x30...0x39, 0x41...0x5A: return true
        default: return false
        }
    }

    /// The character that starts at `offset` of valid UTF-8 (a String's), and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        func next(_ k: Int) -> UInt32 { UInt32(bytes[offset + k]) & 0x3F }
        let (value, length): (UInt32, Int)
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | next(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// The word being read: its folded pieces (the runs between joiners) one after the other in one buffer, where
/// each piece ends in it and in the text, and the joiners between them.
private struct WordReader {
    typealias Body = (UnsafeBufferPointer<UInt8>, DutchToken.Kind, Int, Int) -> Void

    var folded: [UInt8] = []
    /// Where each finished piece ends in `folded`.
    var pieceEnds: [Int] = []
    /// Where each finished piece stands in the text (UTF-8 offsets).
    var pieceRanges: [Range<Int>] = []
    var joiners: [Joiner] = []
    /// Where the current piece starts and ends in the text; nil between words.
    var start: Int?
    var end = 0
    /// A joiner after a word character, waiting for the word character that makes it one.
    var pending: Joiner?

    init() {
        folded.reserveCapacity(64)
    }

    /// Between words: no piece started, no joiner waiting.
    var isIdle: Bool { start == nil && pending == nil }

    /// A whole word of ASCII letters and digits, as it stands in the text (`plainASCIIWord`): one token, lowercased.
    mutating func emit(_ word: UnsafeBufferPointer<UInt8>, from offset: Int, _ body: Body) {
        guard word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else {
            body(word, .word, offset, offset + word.count)
            return
        }
        folded.append(contentsOf: word.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
        folded.withUnsafeBufferPointer { body($0, .word, offset, offset + word.count) }
        folded.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func add(_ byte: UInt8, from: Int, to: Int, _ body: Body) {
        startCharacter(from: from)
        folded.append(byte)
        end = to
    }

    mutating func add(_ scalar: Unicode.Scalar, from: Int, to: Int, _ body: Body) {
        startCharacter(from: from)
        UTF8.encode(scalar) { folded.append($0) }
        end = to
    }

    @inline(__always)
    private mutating func startCharacter(from: Int) {
        if let joiner = pending {
            pieceEnds.append(folded.count)
            pieceRanges.append(start!..<end)
            joiners.append(joiner)
            start = from
            pending = nil
        } else if start == nil {
            start = from
        }
    }

    mutating func add(_ joiner: Joiner, _ body: Body) {
        if start != nil && pending == nil {
            pending = joiner
        } else {
            finish(body)
        }
    }

    mutating func finish(_ body: Body) {
        guard let start else {
            pending = nil
            return
        }
        if pieceEnds.isEmpty {
            // A word without joiners, most words: one token.
            folded.withUnsafeBufferPointer { body($0, .word, start, end) }
        } else {
            pieceEnds.append(folded.count)
            pieceRanges.append(start..<end)
            finishJoined(body)
            pieceEnds.removeAll(keepingCapacity: true)
            pieceRanges.removeAll(keepingCapacity: true)
            joiners.removeAll(keepingCapacity: true)
        }
        folded.removeAll(keepingCapacity: true)
        self.start = nil
        pending = nil
    }

    /// The tokens of a word of several pieces: the whole, then its parts.
    private func finishJoined(_ body: Body) {
        folded.withUnsafeBufferPointer { buffer in
            func emit(pieces: ClosedRange<Int>, _ kind: DutchToken.Kind) {
                let from = pieces.lowerBound == 0 ? 0 : pieceEnds[pieces.lowerBound - 1]
                let slice = UnsafeBufferPointer(rebasing: buffer[from..<pieceEnds[pieces.upperBound]])
                body(slice, kind, pieceRanges[pieces.lowerBound].lowerBound, pieceRanges[pieces.upperBound].upperBound)
            }
            emit(pieces: 0...(pieceEnds.count - 1), .word)
            // The parts: runs of pieces between hyphens and invisible joiners.
            let partCount = 1 + joiners.count(where: { $0 != .apostrophe })
            var first = 0
            while first < pieceEnds.count {
                var last = first
                while last < joiners.count && joiners[last] == .apostrophe { last += 1 }
                if partCount > 1 { emit(pieces: first...last, .part) }
                if last > first { emit(pieces: first...first, .part) }
                first = last + 1
            }
        }
    }
}
