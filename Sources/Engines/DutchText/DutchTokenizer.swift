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
    ///
    /// Inlined where it is called, with `body`: most words of a Dutch text are ASCII letters and digits followed by
    /// a space or punctuation, handed over from the text itself (or lowercased at once) without a call per word;
    /// the others are read by `readWord`. Inlined into `PageWordCounter.add` of the search, reading and counting
    /// the 868,000 tokens of the 2,000-page bench site went from 235 to 180 million instructions (callgrind).
    @inlinable
    public static func forEachToken(
        in text: String, _ body: (UnsafeBufferPointer<UInt8>, DutchToken.Kind, Int, Int) -> Void
    ) {
        var text = text
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return }
            DutchFolding.byteClasses.withUnsafeBufferPointer { classes in
                // Every index below is under `bytes.count`, and a byte is under 256, the table's size: pointers
                // without bounds checks.
                let classes = classes.baseAddress!
                var offset = 0
                while offset < bytes.count {
                    let kind = classes[Int(start[offset])].bits
                    if kind == ByteClass.boundary.bits {
                        offset += 1
                        continue
                    }
                    if kind & ByteClass.wordBit != 0 {
                        var end = offset + 1
                        var seen = kind
                        // Eight bytes at a time up to the first that is not a lowercase letter (the rest of most
                        // words), then byte by byte.
                        while end + 8 <= bytes.count {
                            let others = notLowercase(UnsafeRawPointer(start + end).loadUnaligned(as: UInt64.self))
                            guard others == 0 else {
                                end += others.trailingZeroBitCount >> 3
                                break
                            }
                            end += 8
                        }
                        while end < bytes.count {
                            let next = classes[Int(start[end])].bits
                            guard next & ByteClass.wordBit != 0 else { break }
                            seen |= next
                            end += 1
                        }
                        if end == bytes.count || classes[Int(start[end])].bits == ByteClass.boundary.bits {
                            let word = UnsafeBufferPointer(start: start + offset, count: end - offset)
                            if seen == ByteClass.wordByte.bits {
                                body(word, .word, offset, end)
                            } else {
                                // On the stack: appending to a buffer and lowercasing there took about 140
                                // instructions a word.
                                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lowered in
                                    for (index, byte) in word.enumerated() {
                                        lowered[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                                    }
                                    body(UnsafeBufferPointer(lowered), .word, offset, end)
                                }
                            }
                            offset = end
                            continue
                        }
                        // Followed by a joiner or a letter outside ASCII: read by `readWord` from its start.
                    }
                    offset = readWord(bytes, from: offset, body)
                }
            }
        }
    }

    /// The high bit of each of the 8 bytes (in the order of memory) that is not a lowercase ASCII letter, a-z: per
    /// byte, whether its low 7 bits reach 0x61 and 0x7B is the carry of an addition into its high bit, which no
    /// byte passes to the next. Words found this way instead of a table look-up per byte: 11 million instructions
    /// fewer for the 6.3 MB of text of the 2,000-page bench site (callgrind).
    @inlinable
    static func notLowercase(_ bytes: UInt64) -> UInt64 {
        let value = UInt64(littleEndian: bytes)
        let high: UInt64 = 0x8080_8080_8080_8080
        let low = value & ~high
        let fromA = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & high
        let pastZ = (low &+ 0x0505_0505_0505_0505) & high
        return ~(fromA & ~pastZ & ~value) & high
    }

    /// Reads the word that starts at `first` (a word character, a joiner or a character outside ASCII) character
    /// by character with a `WordReader`, up to where no word is being read; gives where that is.
    @usableFromInline
    static func readWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int,
        _ body: (UnsafeBufferPointer<UInt8>, DutchToken.Kind, Int, Int) -> Void
    ) -> Int {
        DutchFolding.byteClasses.withUnsafeBufferPointer { classes in
            var word = WordReader()
            var offset = first
            while offset < bytes.count {
                if offset > first && word.isIdle { return offset }
                let byte = bytes[offset]
                let kind = classes[Int(byte)]
                if kind == .boundary {
                    word.finish(body)
                    return offset
                }
                if byte < 0x80 {
                    switch kind {
                    case .wordByte: word.add(byte, from: offset, to: offset + 1, body)
                    case .uppercase: word.add(byte + 0x20, from: offset, to: offset + 1, body)
                    default: word.add(DutchFolding.joiner(UInt32(byte))!, body)
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
            return offset
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
