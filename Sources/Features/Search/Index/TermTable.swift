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
        for document in input {
            let analysed = document.words
            for (word, weight) in zip(analysed.words, analysed.weights) {
                frequency[Int(word)] += 1
                if weight >= SearchWeights.inTitle { inTitle[Int(word)] = true }
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
        terms = termNames.sorted(by: javaScriptOrder)
        let termNumber = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, $0) })
        var termOfWord = [Int32](repeating: -1, count: words.count)
        for word in used { termOfWord[word] = Int32(termNumber[stems[word]]!) }
        var partTerms = [[Int]](repeating: [], count: words.count)
        for (word, list) in parts {
            let own = Int(termOfWord[word])
            partTerms[word] = Set(list.map { termNumber[$0]! }).subtracting([own]).sorted()
        }

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

        // The postings, document by document (so each term's list is in order).
        let averageLength = Float(input.reduce(0) { $0 + $1.words.length }) / Float(max(input.count, 1))
        var frequencyInDocument = [Float](repeating: 0, count: terms.count)
        var bits = [UInt8](repeating: 0, count: terms.count)
        // Counted first, so that the arrays hold exactly the postings: a list that grows by doubling holds up to
        // twice its postings, which on the portal of 100,000 pages is a hundred megabytes.
        var postings = [Int32](repeating: 0, count: terms.count)
        var lastDocument = [Int32](repeating: -1, count: terms.count)
        for (number, document) in input.enumerated() {
            func count(_ term: Int) {
                guard lastDocument[term] != Int32(number) else { return }
                lastDocument[term] = Int32(number)
                postings[term] += 1
            }
            for word in document.words.words {
                count(Int(termOfWord[Int(word)]))
                for part in partTerms[Int(word)] { count(part) }
            }
        }
        postingStarts = [0]
        postingStarts.reserveCapacity(terms.count + 1)
        for count in postings { postingStarts.append(postingStarts.last! + Int(count)) }
        let total = postingStarts.last!
        documents = Array(repeating: 0, count: total)
        weights = Array(repeating: 0, count: total)
        formBits = Array(repeating: 0, count: total)
        var next = Array(postingStarts.dropLast())
        var startsTitle = [Bool](repeating: false, count: terms.count)
        var touched: [Int] = []
        for (number, document) in input.enumerated() {
            let analysed = document.words
            for word in analysed.titleStart { startsTitle[Int(termOfWord[Int(word)])] = true }
            for (word, weight) in zip(analysed.words, analysed.weights) {
                let term = Int(termOfWord[Int(word)])
                if frequencyInDocument[term] == 0 { touched.append(term) }
                frequencyInDocument[term] += weight
                bits[term] |= formBit[Int(word)]
                for part in partTerms[Int(word)] {
                    if frequencyInDocument[part] == 0 { touched.append(part) }
                    frequencyInDocument[part] += weight * SearchWeights.compoundPart
                }
            }
            // A very short text (a topic's one sentence) counts as a quarter of the average, so that a word there
            // does not outweigh the same word in a whole page about it.
            let length = max(Float(analysed.length), averageLength / 4)
            let norm = Self.k1 * (1 - Self.b + Self.b * length / max(averageLength, 1))
            for term in touched {
                let tf = frequencyInDocument[term]
                let weight = tf * (Self.k1 + 1) / (tf + norm)
                let step = min(max((weight / (Self.k1 + 1) * Self.steps).rounded(.up), 1), Self.steps)
                let posting = next[term]
                next[term] += 1
                documents[posting] = UInt32(number)
                weights[posting] = UInt8(step) | (startsTitle[term] ? Self.titleStartFlag : 0)
                formBits[posting] = bits[term]
                frequencyInDocument[term] = 0
                bits[term] = 0
                startsTitle[term] = false
            }
            touched.removeAll(keepingCapacity: true)
        }

        let keepAll = used.count(where: { words[$0].count >= 4 }) <= SearchIndexLimits.wholeVocabulary
        vocabulary = used.filter { word in
            words[word].count >= 4 && (keepAll || frequency[word] >= 2 || inTitle[word])
        }
        .map { (words[$0], Int(frequency[$0])) }
        .sorted { javaScriptOrder($0.word, $1.word) }
    }

    // MARK: Files

    /// The term files: runs of terms in order, each about `termFileBytes` gzipped; a term with more postings than
    /// fit is cut into runs of documents over several files.
    func shards(documentCount: Int) -> [(first: String, last: String, bytes: [UInt8])] {
        var packer = FilePacker(target: SearchIndexLimits.termFileBytes)
        for term in terms.indices {
            let count = postingStarts[term + 1] - postingStarts[term]
            // Postings take about three characters each before gzip; cut a long list into runs that fit a file.
            let perRun = max(64, Int(Double(SearchIndexLimits.termFileBytes) * packer.ratio / 3))
            var start = 0
            while start < count {
                let end = count - start > perRun * 3 / 2 ? start + perRun : count
                packer.add(entry(term, from: start, to: end), key: terms[term])
                start = end
            }
        }
        return packer.finish()
    }

    /// `["term","documents","weights"]`, with `"form bits",["form",…]` when the term has several forms.
    private func entry(_ term: Int, from start: Int, to end: Int) -> [UInt8] {
        let postings = postingStarts[term] + start..<postingStarts[term] + end
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        JSONWriter.appendString(terms[term], to: &bytes)
        bytes += Array(",\"".utf8)
        var previous = -1
        for document in documents[postings] {
            // The first is the document number itself (previous -1 → +1), the rest the gaps between them.
            IndexCoding.append(Int(document) - previous - 1, to: &bytes)
            previous = Int(document)
        }
        bytes += Array("\",\"".utf8)
        for weight in weights[postings] { bytes.append(IndexCoding.alphabet[Int(weight)]) }
        bytes.append(UInt8(ascii: "\""))
        if !forms[term].isEmpty {
            bytes += Array(",\"".utf8)
            for bits in formBits[postings] { bytes.append(IndexCoding.alphabet[Int(bits)]) }
            bytes += Array("\",".utf8)
            appendStrings(forms[term], to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
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
        // was; still 3 % of the 2,000-page bench site's instructions with one file in eight): the first few files
        // teach the ratio, then one file in sixteen keeps it up to date. A ratio a little off moves a file's size a
        // little from the target, far below the largest a query may fetch.
        if files.count < 4 || files.count % 16 == 0 {
            let compressed = max(Gzip.size(of: current), 1)
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
