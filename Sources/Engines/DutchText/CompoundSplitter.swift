/// One part of a closed compound: a word of the vocabulary and the linking letters written after it.
public struct CompoundPart: Hashable, Sendable, CustomStringConvertible {
    /// The part as the vocabulary knows it: "insect" in "insectenhotel" when the vocabulary has "insect".
    public let word: String
    /// "", "s", "e" or "en": the link between this part and the next ("en" in "insect|en|hotel").
    public let link: String

    public init(word: String, link: String = "") {
        self.word = word
        self.link = link
    }

    /// "insect(en)", "hotel".
    public var description: String { link.isEmpty ? word : "\(word)(\(link))" }
}

/// Splits a closed compound into words of a vocabulary (the site's own words), exactly as
/// `DutchText.CompoundSplitter` in `dutch-text.js` does (docs/SEARCH.md, "Compounds"):
/// "energiearmoede" → energie + armoede, "mantelzorgondersteuning" → mantelzorg + ondersteuning,
/// "insectenhotel" → insect(en) + hotel.
/// - Every part is a word of the vocabulary of at least four letters, and neither a stop word nor a bound
///   morpheme (`DutchWordLists`); between two parts may stand a linking -s-, -e- or -en-.
/// - Only words of letters, of 8 to 60 of them, are split; a word is split even when the vocabulary has it
///   whole (the site's own compounds are in it).
/// - Of all the ways to split a word, the one with the fewest parts; among those, the one with the longest
///   last part (the head of a Dutch compound), then the longest part before it, and so on towards the front
///   ("insecten" + "hotel" before "insect(en)" + "hotel" when the vocabulary has both); when two still tie
///   (parts of the same lengths, links in other places), the one whose parts end later, from the last one on.
///   A part can be split again by calling `split` on it.
public struct CompoundSplitter: Sendable {
    public static let minimumPartLength = 4
    public static let maximumWordLength = 60
    /// The links, shortest first.
    static let links: [[Unicode.Scalar]] = [[], ["s"], ["e"], ["e", "n"]]

    private let vocabulary: Set<String>
    private let nonParts: Set<String>
    /// The longest word of the vocabulary, in characters: no part is longer.
    private let longestWord: Int
    /// The first four characters of every word of the vocabulary: where no part can start, no part is looked up.
    private let beginnings: Set<String>

    public init(vocabulary: Set<String>, wordLists: DutchWordLists = .standard) {
        self.vocabulary = vocabulary
        nonParts = wordLists.nonParts
        longestWord = vocabulary.reduce(0) { max($0, $1.unicodeScalars.count) }
        var beginnings = Set<String>()
        beginnings.reserveCapacity(vocabulary.count)
        for word in vocabulary {
            // The first four letters cut from the word's UTF-8 at once: appended one by one, this function took
            // 7.6 M instructions per index of the 2,000-page bench site, 1.6 M so (callgrind).
            let scalars = word.unicodeScalars
            guard
                let end = scalars.index(
                    scalars.startIndex, offsetBy: Self.minimumPartLength, limitedBy: scalars.endIndex)
            else { continue }
            beginnings.insert(String(scalars[..<end]))
        }
        self.beginnings = beginnings
    }

    /// A part: where it starts and ends, and how many linking letters follow it.
    private struct Piece {
        var start: Int
        var end: Int
        var link: Int
    }

    /// The parts of a folded word, or nil when it does not split into at least two.
    public func split(_ word: String) -> [CompoundPart]? {
        let scalars = Array(word.unicodeScalars)
        let count = scalars.count
        let minimum = Self.minimumPartLength
        guard count >= 2 * minimum, count <= Self.maximumWordLength, scalars.allSatisfy(Self.isLetter)
        else { return nil }
        // A part is cut from the word's UTF-8 at once, where its letters start: appended letter by letter, the
        // splits took 7.9 M instructions per index of the 2,000-page bench site, 2.7 M so (callgrind).
        let utf8 = Array(word.utf8)
        var starts = [0]
        starts.reserveCapacity(count + 1)
        for scalar in scalars { starts.append(starts.last! + UTF8.width(scalar)) }
        func text(_ range: Range<Int>) -> String {
            String(decoding: utf8[starts[range.lowerBound]..<starts[range.upperBound]], as: UTF8.self)
        }
        // best[i]: the best split of scalars[i...] into one or more parts (for i = 0, two or more).
        var best = [[Piece]?](repeating: nil, count: count + 1)
        for start in stride(from: count - minimum, through: 0, by: -1) {
            var chosen: [Piece]?
            let lastEnd = min(count, start + longestWord)
            guard start + minimum <= lastEnd, beginnings.contains(text(start..<start + minimum)) else { continue }
            for end in (start + minimum)...lastEnd {
                let part = text(start..<end)
                guard vocabulary.contains(part), !nonParts.contains(part) else { continue }
                if end == count {
                    if start > 0 { chosen = Self.better(chosen, [Piece(start: start, end: end, link: 0)]) }
                    continue
                }
                for link in Self.links {
                    let next = end + link.count
                    guard next + minimum <= count, let rest = best[next],
                        link.indices.allSatisfy({ scalars[end + $0] == link[$0] })
                    else { continue }
                    chosen = Self.better(chosen, [Piece(start: start, end: end, link: link.count)] + rest)
                }
            }
            best[start] = chosen
        }
        return best[0]?.map { CompoundPart(word: text($0.start..<$0.end), link: text($0.end..<$0.end + $0.link)) }
    }

    /// `DutchFolding.isLetter`, with an answer of its own for ASCII: A–Z and a–z are its only letters there.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return DutchFolding.isLetter(scalar) }
        return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
    }

    /// The better of two splits of the same letters: fewer parts; then, from the last part to the first, the
    /// longer part, and at equal length the one ending later (a shorter link after it).
    private static func better(_ current: [Piece]?, _ candidate: [Piece]) -> [Piece] {
        guard let current else { return candidate }
        if candidate.count != current.count { return candidate.count < current.count ? candidate : current }
        for (old, new) in zip(current.reversed(), candidate.reversed()) {
            let oldLength = old.end - old.start
            let newLength = new.end - new.start
            if newLength != oldLength { return newLength > oldLength ? candidate : current }
            if new.end != old.end { return new.end > old.end ? candidate : current }
        }
        return current
    }
}
