import DutchText

/// Counts the words of pages, one page after the other: each distinct word of a page once, with the sum of its
/// weights and its number in the collector's vocabulary, and the number of words of its body.
///
/// A counter serves one thread at a time and is kept for the next page (`SearchCollector` keeps the idle ones). The
/// words it has met stay in its own table with their vocabulary numbers, and a page's weights are summed in an
/// array by the table's numbers: a token is one look-up in a table no other thread touches, and only the words a
/// counter meets for the first time go to the collector's vocabulary, behind its lock. Before, a table was made for
/// every page and each of its words was looked up again in the vocabulary: counting the 868,000 tokens of the
/// 2,000-page bench site took 246 million instructions, and the vocabulary 54 million more; now 131 million in all,
/// and the vocabulary is asked a few thousand times (callgrind).
struct PageWordCounter {
    /// A counter that knows more words than this starts afresh before its next page, so that it holds about 8 MB at
    /// most (its table, slots and arrays); a site's vocabulary is seldom that large.
    static let mostKnownWords = 1 << 17

    /// Every word this counter has met.
    private var known = WordTable()
    /// The vocabulary's number of each known word; `numberNewWords` gives those from `firstUnnumbered` on theirs.
    private var vocabularyNumbers: [UInt32] = []
    private var firstUnnumbered = 0
    /// Each known word's weight on the current page: 0 where it does not stand on it, as every weight is positive.
    private var pageWeights: [Float] = []
    /// The known words that stand on the current page, in the order they first stand there.
    private var onPage: [Int32] = []
    /// The number of words of the current page's body.
    private var length = 0

    /// Counts the words of `text` for the current page, each token with `weight`; a body's (`counts`) also for its
    /// length.
    mutating func add(_ text: String, _ weight: Float, counts: Bool = false) {
        var tokens = 0
        DutchTokenizer.forEachToken(in: text) { word, _, _, _ in
            let number = known.number(of: word)
            if number == pageWeights.count {
                pageWeights.append(0)
                vocabularyNumbers.append(0)
            }
            if pageWeights[number] == 0 { onPage.append(Int32(truncatingIfNeeded: number)) }
            pageWeights[number] += weight
            tokens += 1
        }
        if counts { length += tokens }
    }

    /// Whether words were met for the first time since the last `numberNewWords`.
    var hasNewWords: Bool { firstUnnumbered < known.count }

    /// Gives the words met for the first time their numbers in the vocabulary: `number` is asked once per word, in
    /// the order the words were met.
    mutating func numberNewWords(_ number: (UnsafeBufferPointer<UInt8>) -> UInt32) {
        for word in firstUnnumbered..<known.count { vocabularyNumbers[word] = known.withWord(word, number) }
        firstUnnumbered = known.count
    }

    /// The vocabulary's number of a word of the current page; nil when it is not on it.
    func vocabularyNumber(of word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let number = known.existingNumber(of: word), number < firstUnnumbered, pageWeights[number] > 0
        else { return nil }
        return vocabularyNumbers[number]
    }

    /// The current page's words (by their vocabulary numbers, after `numberNewWords`) in the order they first stand,
    /// their weights and the length of its body; the counter is ready for the next page.
    mutating func finishPage() -> (words: [UInt32], weights: [Float], length: Int) {
        precondition(!hasNewWords, "numberNewWords first")
        // Over the buffers: `map` and a loop of subscripts took 63 instructions per word of a page.
        let (words, weights) = onPage.withUnsafeBufferPointer { onPage in
            pageWeights.withUnsafeMutableBufferPointer { pageWeights in
                vocabularyNumbers.withUnsafeBufferPointer { vocabularyNumbers in
                    let words = [UInt32](unsafeUninitializedCapacity: onPage.count) { words, count in
                        for (index, word) in onPage.enumerated() { words[index] = vocabularyNumbers[Int(word)] }
                        count = onPage.count
                    }
                    let weights = [Float](unsafeUninitializedCapacity: onPage.count) { weights, count in
                        for (index, word) in onPage.enumerated() {
                            weights[index] = pageWeights[Int(word)]
                            pageWeights[Int(word)] = 0
                        }
                        count = onPage.count
                    }
                    return (words, weights)
                }
            }
        }
        let length = self.length
        if known.count > Self.mostKnownWords {
            self = PageWordCounter()
        } else {
            onPage.removeAll(keepingCapacity: true)
            self.length = 0
        }
        return (words, weights, length)
    }
}
