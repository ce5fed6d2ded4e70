/// The terms of each compound word's parts other than its own term, for all words of the collector's vocabulary
/// in one flat list: word w's are `terms[starts[w]..<starts[w + 1]]`. An array per word cost a retain and a release
/// of it at every posting.
struct PartTerms {
    private(set) var starts: [Int32]
    private(set) var terms: [Int32] = []

    /// `parts`: the words that have part terms, in the order of their numbers.
    init(wordCount: Int, parts: [(word: Int, terms: [Int])]) {
        starts = [Int32](repeating: 0, count: wordCount + 1)
        var filled = 0
        for (word, list) in parts {
            while filled <= word {
                starts[filled] = Int32(terms.count)
                filled += 1
            }
            terms += list.map { Int32($0) }
        }
        while filled <= wordCount {
            starts[filled] = Int32(terms.count)
            filled += 1
        }
    }
}

/// The postings of a term table (`TermTable`), made in two passes over every word of every document: one counts
/// each term's postings, so that the arrays are allocated at their exact size (a list that grows by doubling holds
/// up to twice its postings, a hundred megabytes on the portal of 100,000 pages), the other fills them document by
/// document, so that each term's list is in order.
///
/// The passes run over buffers, not arrays: an array written at every posting is checked for being shared at every
/// write, and a nested array retained and released. On the 2,000-page bench site (two indexes of 357,000 postings)
/// the term table took 342 M instructions that way, 164 M now, 94 M of them here (callgrind).
struct TermPostings {
    /// Term t's postings are at `starts[t]` up to `starts[t + 1]`.
    private(set) var starts: [Int] = [0]
    private(set) var documents: [UInt32] = []
    private(set) var weights: [UInt8] = []
    private(set) var formBits: [UInt8] = []

    init(
        documents input: [SearchDocument], termCount: Int, termOfWord: [Int32], partTerms: PartTerms,
        formBit: [UInt8], frequency: [Int32]
    ) {
        let counts = Self.count(
            input, termCount: termCount, termOfWord: termOfWord, partTerms: partTerms, frequency: frequency)
        starts.reserveCapacity(termCount + 1)
        for count in counts { starts.append(starts.last! + Int(count)) }
        let total = starts.last!
        documents = Array(repeating: 0, count: total)
        weights = Array(repeating: 0, count: total)
        formBits = Array(repeating: 0, count: total)
        let averageLength = Float(input.reduce(0) { $0 + $1.words.length }) / Float(max(input.count, 1))

        let next = Scratch<Int>(Array(starts.dropLast()))
        let frequencyInDocument = Scratch<Float>(repeating: 0, count: termCount)
        let bits = Scratch<UInt8>(repeating: 0, count: termCount)
        let startsTitle = Scratch<Bool>(repeating: false, count: termCount)
        let touched = Scratch<Int32>(repeating: 0, count: termCount)
        defer {
            next.free()
            frequencyInDocument.free()
            bits.free()
            startsTitle.free()
            touched.free()
        }
        let (tf, partStarts, parts) = (frequencyInDocument.buffer, partTerms.starts, partTerms.terms)
        documents.withUnsafeMutableBufferPointer { documents in
            weights.withUnsafeMutableBufferPointer { weights in
                formBits.withUnsafeMutableBufferPointer { formBits in
                    for (number, document) in input.enumerated() {
                        let analysed = document.words
                        for word in analysed.titleStart { startsTitle.buffer[Int(termOfWord[Int(word)])] = true }
                        var touchedCount = 0
                        analysed.forEachWord { word, weight in
                            let term = Int(termOfWord[word])
                            if tf[term] == 0 {
                                touched.buffer[touchedCount] = Int32(term)
                                touchedCount += 1
                            }
                            tf[term] += weight
                            bits.buffer[term] |= formBit[word]
                            for index in Int(partStarts[word])..<Int(partStarts[word + 1]) {
                                let part = Int(parts[index])
                                if tf[part] == 0 {
                                    touched.buffer[touchedCount] = Int32(part)
                                    touchedCount += 1
                                }
                                tf[part] += weight * SearchWeights.compoundPart
                            }
                        }
                        // A very short text (a topic's one sentence) counts as a quarter of the average, so that a
                        // word there does not outweigh the same word in a whole page about it.
                        let length = max(Float(analysed.length), averageLength / 4)
                        let norm = TermTable.k1 * (1 - TermTable.b + TermTable.b * length / max(averageLength, 1))
                        for index in 0..<touchedCount {
                            let term = Int(touched.buffer[index])
                            let weight = Self.step(tf[term], norm: norm)
                            let posting = next.buffer[term]
                            next.buffer[term] += 1
                            documents[posting] = UInt32(number)
                            weights[posting] = weight | (startsTitle.buffer[term] ? TermTable.titleStartFlag : 0)
                            formBits[posting] = bits.buffer[term]
                            tf[term] = 0
                            bits.buffer[term] = 0
                            startsTitle.buffer[term] = false
                        }
                    }
                }
            }
        }
    }

    /// BM25's term part for a term's summed weight `tf` in a document, in 15 steps.
    @inline(__always)
    private static func step(_ tf: Float, norm: Float) -> UInt8 {
        let (k1, steps) = (TermTable.k1, TermTable.steps)
        let weight = tf * (k1 + 1) / (tf + norm)
        return UInt8(min(max((weight / (k1 + 1) * steps).rounded(.up), 1), steps))
    }

    /// The number of documents that hold each term. A term of one word, which is part of no compound, is in as
    /// many documents as that word (`frequency`, each document holds a word once): only the words of other terms
    /// and the compounds are counted document by document. On the 2,000-page bench site, where nearly every term is
    /// one word, that took the postings from 94 M to 82 M instructions (callgrind).
    private static func count(
        _ input: [SearchDocument], termCount: Int, termOfWord: [Int32], partTerms: PartTerms, frequency: [Int32]
    ) -> [Int32] {
        let (partStarts, parts) = (partTerms.starts, partTerms.terms)
        // How many words a term is made of, as their own term or as a part.
        var sources = [Int32](repeating: 0, count: termCount)
        for term in termOfWord where term >= 0 { sources[Int(term)] += 1 }
        for part in parts { sources[Int(part)] += 1 }
        var counts = [Int32](repeating: 0, count: termCount)
        // The words counted document by document: a word of a term of several words, or a compound.
        var counted = [Bool](repeating: false, count: termOfWord.count)
        for (word, term) in termOfWord.enumerated() where term >= 0 {
            if sources[Int(term)] == 1 { counts[Int(term)] = frequency[word] } else { counted[word] = true }
            if partStarts[word] < partStarts[word + 1] { counted[word] = true }
        }
        let (termSources, countedWords) = (sources, counted)
        let lastDocument = Scratch<Int32>(repeating: -1, count: termCount)
        defer { lastDocument.free() }
        counts.withUnsafeMutableBufferPointer { counts in
            for (number, document) in input.enumerated() {
                let number = Int32(number)
                func count(_ term: Int) {
                    guard lastDocument.buffer[term] != number else { return }
                    lastDocument.buffer[term] = number
                    counts[term] += 1
                }
                document.words.forEachWord { word, _ in
                    guard countedWords[word] else { return }
                    let term = Int(termOfWord[word])
                    if termSources[term] > 1 { count(term) }
                    for index in Int(partStarts[word])..<Int(partStarts[word + 1]) { count(Int(parts[index])) }
                }
            }
        }
        return counts
    }
}

/// A buffer the passes above write at every posting, freed by its user.
private struct Scratch<Element> {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: value)
    }

    init(_ values: [Element]) {
        buffer = .allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
    }

    func free() { buffer.deallocate() }
}

extension AnalyzedWords {
    /// Calls `body` with each word's number and weight, over the arrays' buffers.
    @inline(__always)
    func forEachWord(_ body: (_ word: Int, _ weight: Float) -> Void) {
        words.withUnsafeBufferPointer { words in
            weights.withUnsafeBufferPointer { weights in
                for index in 0..<min(words.count, weights.count) { body(Int(words[index]), weights[index]) }
            }
        }
    }
}
