import BuurtCore
import DutchText

/// The terms of one index with their postings: for every document that holds a term, its number, its weight
/// there (BM25's term part, with the document's length, in 15 steps, + 16 where the term starts its title) and
/// which of the term's written forms it holds (for the bonus of the exact form). A word counts for its stem, and
/// for the stems of its parts when it is a closed compound ("energiearmoede" also for "armoed", at half weight).
struct TermTable {
    /// BM25's saturation and length normalisation, as Pagefind and Lucene use them.
    static let k1: Float = 1.2
    static let b: Float = 0.75
    /// A term's weight in a document is written as 1…15.
    static let steps: Float = 15
    /// Added to a weight where the term starts the document's title or name (`SearchAnalysis.titleStart`): the
    /// weight and the flag are one character, as a weight alone is (below 32).
    static let titleStartFlag: UInt8 = 16
    /// A term remembers at most this many written forms for the exact-form bonus (one bit each).
    static let maxForms = 5

    /// In JavaScript's order.
    var terms: [String] = []
    /// The postings of every term one after the other, term by term: term t's are at `postingStarts[t]` up to
    /// `postingStarts[t + 1]`. Flat arrays, not an array per term: appending to nested arrays checked both for
    /// uniqueness at every posting, a third of the table's time.
    var postingStarts: [Int] = []
    var documents: [UInt32] = []
    var weights: [UInt8] = []
    /// Bit n: the document holds the term's nth form; 0 when the term has one form.
    var formBits: [UInt8] = []
    var forms: [[String]] = []
    /// Words of at least four letters with the number of documents holding them, in JavaScript's order.
    var vocabulary: [(word: String, documents: Int)] = []

    init(documents input: [SearchDocument], words: [String], stems: [String], analysis: SearchAnalysis) {
        // How many documents of this index hold each word, and whether it stands in a title.
        var frequency = [Int32](repeating: 0, count: words.count)
        var inTitle = [Bool](repeating: false, count: words.count)
        frequency.withUnsafeMutableBufferPointer { frequency in
            inTitle.withUnsafeMutableBufferPointer { inTitle in
                for document in input {
                    document.words.forEachWord { word, weight in
                        frequency[word] += 1
                        if weight >= SearchWeights.inTitle { inTitle[word] = true }
                    }
                }
            }
        }
        let used = frequency.indices.filter { frequency[$0] > 0 }
        let compounds = analysis.compounds(words: used.lazy.map { words[$0] }, stems: used.lazy.map { stems[$0] })
        let stemmer = DutchStemmer()
        let parts: [Int: [String]] = Dictionary(
            uniqueKeysWithValues: used.compactMap { word -> (Int, [String])? in
                let found = compounds.parts(of: words[word])
                return found.isEmpty ? nil : (word, found.map { stemmer.stem($0) })
            })

        var termNames = Set(used.map { stems[$0] })
        for list in parts.values { termNames.formUnion(list) }
        terms = JavaScriptOrder.sorted(Array(termNames))
        let termNumber = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, $0) })
        var termOfWord = [Int32](repeating: -1, count: words.count)
        for word in used { termOfWord[word] = Int32(termNumber[stems[word]]!) }
        let partTerms = PartTerms(
            wordCount: words.count,
            parts: parts.keys.sorted().map { word in
                let own = Int(termOfWord[word])
                return (word, Set(parts[word]!.map { termNumber[$0]! }).subtracting([own]).sorted())
            })

        // Each term's forms, most frequent first; the first few get a bit.
        var formsOfTerm = [[Int]](repeating: [], count: terms.count)
        for word in used { formsOfTerm[Int(termOfWord[word])].append(word) }
        var formBit = [UInt8](repeating: 0, count: words.count)
        forms = formsOfTerm.map { list in
            guard list.count > 1 else { return [] }
            let ordered = list.sorted { a, b in
                frequency[a] != frequency[b] ? frequency[a] > frequency[b] : javaScriptOrder(words[a], words[b])
            }
            for (position, word) in ordered.prefix(Self.maxForms).enumerated() { formBit[word] = 1 << position }
            return ordered.prefix(Self.maxForms).map { words[$0] }
        }

        let postings = TermPostings(
            documents: input, termCount: terms.count, termOfWord: termOfWord, partTerms: partTerms, formBit: formBit,
            frequency: frequency)
        postingStarts = postings.starts
        documents = postings.documents
        weights = postings.weights
        formBits = postings.formBits

        // Character counts, once per word: `String.count` walks the word's graphemes.
        let long = used.filter { words[$0].count >= 4 }
        let keepAll = long.count <= SearchIndexLimits.wholeVocabulary
        let kept = long.filter { word in keepAll || frequency[word] >= 2 || inTitle[word] }
        vocabulary = JavaScriptOrder.sortedIndices(kept.map { words[$0] }).map {
            (words[kept[$0]], Int(frequency[kept[$0]]))
        }
    }

    // MARK: Files

    /// The term files: runs of terms in order, each about `termFileBytes` gzipped; a term with more postings than
    /// fit is cut into runs of documents over several files.
    func shards(documentCount: Int) -> [(first: String, last: String, bytes: [UInt8])] {
        var packer = FilePacker(target: SearchIndexLimits.termFileBytes)
        // One buffer for every entry: an array per entry was an allocation and a copy more.
        var entry: [UInt8] = []
        for term in terms.indices {
            let count = postingStarts[term + 1] - postingStarts[term]
            // Postings take about three characters each before gzip; cut a long list into runs that fit a file.
            let perRun = max(64, Int(Double(SearchIndexLimits.termFileBytes) * packer.ratio / 3))
            var start = 0
            while start < count {
                let end = count - start > perRun * 3 / 2 ? start + perRun : count
                entry.removeAll(keepingCapacity: true)
                append(term, from: start, to: end, to: &entry)
                packer.add(entry, key: terms[term])
                start = end
            }
        }
        return packer.finish()
    }

    /// `["term","documents","weights"]`, with `"form bits",["form",…]` when the term has several forms.
    private func append(_ term: Int, from start: Int, to end: Int, to bytes: inout [UInt8]) {
        let postings = postingStarts[term] + start..<postingStarts[term] + end
        bytes.append(UInt8(ascii: "["))
        JSONWriter.appendString(terms[term], to: &bytes)
        bytes.append(UInt8(ascii: ","))
        bytes.append(UInt8(ascii: "\""))
        // The first is the document number itself, the rest the gaps between them.
        IndexCoding.appendGaps(documents[postings], to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ","))
        bytes.append(UInt8(ascii: "\""))
        IndexCoding.appendDigits(weights[postings], to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        if !forms[term].isEmpty {
            bytes += Array(",\"".utf8)
            IndexCoding.appendDigits(formBits[postings], to: &bytes)
            bytes += Array("\",".utf8)
            appendStrings(forms[term], to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The vocabulary for typos and compound parts, `["word",documents,…]`, in files of about `wordFileBytes`.
    func vocabularyFiles() -> [(first: String, bytes: [UInt8])] {
        var packer = FilePacker(target: SearchIndexLimits.wordFileBytes)
        for (word, count) in vocabulary {
            var bytes: [UInt8] = []
            JSONWriter.appendString(word, to: &bytes)
            bytes += Array(",\(count)".utf8)
            packer.add(bytes, key: word)
        }
        return packer.finish().map { ($0.first, $0.bytes) }
    }
}

/// Packs JSON entries in order into arrays of about `target` bytes gzipped, learning the gzip ratio from some of
/// the files it closes.
struct FilePacker {
    let target: Int
    /// Bytes before gzip per byte after, as measured so far.
    private(set) var ratio: Double = 3
    private(set) var files: [(first: String, last: String, bytes: [UInt8])] = []
    private var current: [UInt8] = []
    private let sizer = GzipSizer()
    private var first = ""
    private var last = ""

    init(target: Int) {
        self.target = target
    }

    mutating func add(_ entry: [UInt8], key: String) {
        if !current.isEmpty, Double(current.count + entry.count) > Double(target) * ratio { close() }
        if current.isEmpty {
            current.append(UInt8(ascii: "["))
            first = key
        } else {
            current.append(UInt8(ascii: ","))
        }
        current += entry
        last = key
    }

    private mutating func close() {
        current.append(UInt8(ascii: "]"))
        // Compressing takes time (half a second of CPU for the 10,000-page bench site's 900 files when every file
        // was; 248 M instructions, 1.6 % of that build, with the first four files and one in sixteen): the first two
        // files teach the ratio, then one file in thirty-two keeps it up to date. A ratio a little off moves a file's
        // size a little from the target, far below the largest a query may fetch.
        if files.count < 2 {
            let compressed = max(sizer.size(of: current), 1)
            ratio = (ratio + Double(current.count) / Double(compressed)) / 2
        } else if files.count % 32 == 0 {
            let compressed = max(sizer.size(of: current), 1)
            // Learn slowly: files differ (a run of one long term squeezes better than many short ones).
            ratio = (ratio * 2 + Double(current.count) / Double(compressed)) / 3
        }
        files.append((first, last, current))
        current = []
    }

    mutating func finish() -> [(first: String, last: String, bytes: [UInt8])] {
        if !current.isEmpty { close() }
        return files
    }

    /// For blocks keyed by a number: the first key of each file, once packing is done.
    mutating func finishedFirsts() -> [Int] {
        finish().map { Int($0.first)! }
    }
}
