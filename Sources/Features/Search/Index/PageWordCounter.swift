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
    /// Longer than the known words (room made by `add`), zeros past them.
    private var pageWeights: [Float] = []
    /// The known words that stand on the current page, in the order they first stand there: the first
    /// `onPageCount`. As long as `pageWeights`, the room for every known word.
    private var onPage: [Int32] = []
    private var onPageCount = 0
    /// The number of words of the current page's body.
    private var length = 0

    /// Counts the words of `text` for the current page, each token with `weight`; a body's (`counts`) also for its
    /// length.
    ///
    /// A text of n bytes brings at most one new word per byte, but for characters that fold to several words
    /// ("\u{FDFA}"): with room made for n first, a token is counted in the arrays' buffers, without the checks of
    /// appending to and writing in the arrays of `self` per token; the tokens from the first one past the room on are
    /// counted afterwards (`late`). This took the counting of the bench site's 868,000 tokens (the closure below,
    /// with the table's look-up) from 132 to 113 million instructions (callgrind).
    mutating func add(_ text: String, _ weight: Float, counts: Bool = false) {
        makeRoom(for: known.count + text.utf8.count)
        var tokens = 0
        var onPageCount = self.onPageCount
        var late: [Int] = []
        pageWeights.withUnsafeMutableBufferPointer { pageWeights in
            onPage.withUnsafeMutableBufferPointer { onPage in
                // Every known word is under `room` and so is `onPageCount`: pointers without bounds checks.
                var room = pageWeights.count
                let pageWeights = pageWeights.baseAddress!
                let onPage = onPage.baseAddress!
                DutchTokenizer.forEachToken(in: text) { word, _, _, _ in
                    tokens += 1
                    let number = known.number(of: word)
                    guard number < room else {
                        room = 0
                        late.append(number)
                        return
                    }
                    if pageWeights[number] == 0 {
                        onPage[onPageCount] = Int32(truncatingIfNeeded: number)
                        onPageCount += 1
                    }
                    pageWeights[number] += weight
                }
            }
        }
        self.onPageCount = onPageCount
        if !late.isEmpty { makeRoom(for: known.count) }
        for number in late {
            if pageWeights[number] == 0 {
                onPage[self.onPageCount] = Int32(truncatingIfNeeded: number)
                self.onPageCount += 1
            }
            pageWeights[number] += weight
        }
        if counts { length += tokens }
    }

    /// `pageWeights` and `onPage` made `count` long at least (zeros appended).
    private mutating func makeRoom(for count: Int) {
        guard pageWeights.count < count else { return }
        pageWeights.append(contentsOf: repeatElement(0, count: count - pageWeights.count))
        onPage.append(contentsOf: repeatElement(0, count: count - onPage.count))
    }

    /// Whether words were met for the first time since the last `numberNewWords`.
    var hasNewWords: Bool { firstUnnumbered < known.count }

    /// Gives the words met for the first time their numbers in the vocabulary: `number` is asked once per word, in
    /// the order the words were met.
    mutating func numberNewWords(_ number: (UnsafeBufferPointer<UInt8>) -> UInt32) {
        if vocabularyNumbers.count < known.count {
            vocabularyNumbers.append(contentsOf: repeatElement(0, count: known.count - vocabularyNumbers.count))
        }
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
        let (words, weights) = onPage[..<onPageCount].withUnsafeBufferPointer { onPage in
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
            onPageCount = 0
            self.length = 0
        }
        return (words, weights, length)
    }
}
