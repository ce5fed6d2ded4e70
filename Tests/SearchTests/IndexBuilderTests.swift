import DutchText
import Foundation
import Site
import Testing

@testable import Search

/// Documents made by hand, indexed, and the files read back as search.js reads them.
@Suite struct IndexBuilderTests {
    let analysis = SearchAnalysis()

    /// A document of `site` whose title and body are analysed as the collector does.
    func document(
        _ urlPath: String, title: String, body: String, section: String? = nil, site: String = "noord/",
        source: String? = nil, filters: [String: [String]] = [:], vocabulary: inout [String]
    ) -> SearchDocument {
        var weights: [String: Float] = [:]
        for word in analysis.words(in: title) { weights[word, default: 0] += SearchWeights.title }
        for word in analysis.words(in: body) { weights[word, default: 0] += SearchWeights.body }
        let sorted = weights.sorted { $0.key < $1.key }
        let ids = sorted.map { word, _ -> UInt32 in
            if let id = vocabulary.firstIndex(of: word) { return UInt32(id) }
            vocabulary.append(word)
            return UInt32(vocabulary.count - 1)
        }
        let words = AnalyzedWords(
            words: ids, weights: sorted.map(\.value), length: analysis.words(in: body).count, excerpt: body)
        return SearchDocument(
            site: site, urlPath: urlPath, title: title, section: section, summary: "", filterValues: filters,
            filters: filters.keys.sorted().map { PageFilter(field: $0, label: $0.capitalized) }, source: source,
            words: words)
    }

    func build(_ documents: [SearchDocument], words: [String], platforms: [[String]]? = nil)
        -> [String: Any]
    {
        let builder = SearchIndexBuilder(
            analysis: analysis, words: words, stems: analysis.stems(of: words), synonyms: [["dokter", "huisarts"]])
        let input = SearchIndexInput(
            documents: documents, hrefs: documents.map { "../" + $0.urlPath }, platforms: platforms,
            municipality: "Testdorp")
        let index = builder.build(input)
        var files: [String: Any] = [:]
        for file in index.files {
            files[file.name] = try! JSONSerialization.jsonObject(with: Data(file.text.utf8), options: [])
        }
        files["meta"] = files[index.metaFile]
        return files
    }

    /// The postings of the stem of `word` as (document, weight) pairs, read from the term files like search.js does.
    func postings(_ word: String, in files: [String: Any]) -> [(Int, Int)] {
        let term = DutchStemmer().stem(word)
        let meta = files["meta"] as! [String: Any]
        var found: [(Int, Int)] = []
        for (number, shard) in (meta["terms"] as! [[String]]).enumerated() where shard[0] <= term && term <= shard[1] {
            for entry in files["t\(number).\(shard[2]).json"] as! [[Any]] where entry[0] as! String == term {
                let documents = IndexCoding.decode(Array((entry[1] as! String).utf8))
                var previous = -1
                let numbers = documents.map { gap -> Int in
                    previous += gap + 1
                    return previous
                }
                let weights = (entry[2] as! String).utf8.map { IndexCoding.alphabet.firstIndex(of: $0)! }
                found += zip(numbers, weights).map { ($0, $1) }
            }
        }
        return found
    }

    @Test func aWordInTheTitleWeighsMoreThanInTheBody() {
        var words: [String] = []
        let documents = [
            document("a/", title: "Voedselbank", body: "Eten voor wie het nodig heeft.", vocabulary: &words),
            document("b/", title: "Koffie", body: "Na de koffie gaan we naar de voedselbank.", vocabulary: &words),
            document("c/", title: "Wandelen", body: "Samen wandelen in het park.", vocabulary: &words),
        ]
        let files = build(documents, words: words)
        let found = postings("voedselbank", in: files)
        #expect(found.map(\.0) == [0, 1], "the documents that hold the word, in order")
        #expect(found[0].1 > found[1].1, "title above body: \(found)")
        #expect(postings("park", in: files).map(\.0) == [2])
        #expect(postings("fiets", in: files).isEmpty)
        #expect((files["meta"] as! [String: Any])["documents"] as! Int == 3)
    }

    @Test func aLongPostingListIsCutOverFilesThatStaySmall() {
        var words: [String] = []
        let count = 30_000
        let documents = (0..<count).map { number in
            document(
                "p\(number)/", title: "Pagina", body: "buurt \(number % 7 == 0 ? "tuin" : "straat")", vocabulary: &words
            )
        }
        let files = build(documents, words: words)
        #expect(postings("buurt", in: files).map(\.0) == Array(0..<count), "every document, once, in order")
        #expect(postings("tuin", in: files).count == (count + 6) / 7)
        let terms = (files["meta"] as! [String: Any])["terms"] as! [[String]]
        #expect(terms.filter { $0[0] <= "buurt" && "buurt" <= $0[1] }.count > 1, "buurt's postings span files")
        for (number, shard) in terms.enumerated() {
            let data = try! JSONSerialization.data(withJSONObject: files["t\(number).\(shard[2]).json"]!)
            #expect(Gzip.size(of: Array(data)) <= SearchIndexLimits.largestFile)
        }
    }

    @Test func cardsHoldTitleLinkKindAndExcerptInBlocks() {
        var words: [String] = []
        let documents = (0..<300).map { number in
            document(
                "p\(number)/", title: "Pagina \(number)", body: String(repeating: "woord ", count: 400),
                section: number % 2 == 0 ? nil : "Wegwijzer", vocabulary: &words)
        }
        let files = build(documents, words: words)
        let meta = files["meta"] as! [String: Any]
        #expect(meta["kinds"] as! [String] == ["Pagina", "Wegwijzer"])
        let blocks = meta["cards"] as! [[Any]]
        #expect(blocks.count > 1, "several blocks")
        var cards: [[Any]] = []
        for (number, block) in blocks.enumerated() {
            #expect(block[0] as! Int == cards.count, "a block starts where the one before ended")
            cards += files["c\(number).\(block[1] as! String).json"] as! [[Any]]
        }
        #expect(cards.count == 300)
        #expect(cards[7][0] as! String == "Pagina 7" && cards[7][1] as! String == "../p7/" && cards[7][2] as! Int == 1)
        let excerpt = cards[7][3] as! String
        #expect(excerpt.count <= SearchIndexLimits.longestExcerpt + 2 && excerpt.hasSuffix("…"))
    }

    @Test func filtersAreBitsetsPerValue() throws {
        var words: [String] = []
        let documents = [
            document("a/", title: "Taalcafé", body: "", filters: ["categories": ["Taal"]], vocabulary: &words),
            document(
                "b/", title: "Repair", body: "", filters: ["categories": ["Repareren", "Taal"]], vocabulary: &words),
            document("c/", title: "Over ons", body: "", vocabulary: &words),
        ]
        let files = build(documents, words: words, platforms: [["Noord"], ["Noord", "Zuid"], ["Testdorp"]])
        let meta = files["meta"] as! [String: Any]
        let facets = files["f0.\(meta["facets"] as! String).json"] as! [String: Any]
        #expect(facets["kinds"] as! String == "000")
        let filters = facets["filters"] as! [[Any]]
        #expect(filters.map { $0[0] as! String } == ["categories", "platform"])
        let values = filters[0][2] as! [[String]]
        #expect(values.map { $0[0] } == ["Repareren", "Taal"])
        let taal = try #require(Data(base64Encoded: values[1][1]))
        #expect(Array(taal) == [0b011], "documents 0 and 1")
        let platforms = (filters[1][2] as! [[String]]).map { $0[0] }
        #expect(platforms == ["Noord", "Zuid", "Testdorp"])
    }

    @Test func theSameInputGivesTheSameFilesAndAChangeAnotherName() {
        var words: [String] = []
        let one = [document("a/", title: "Buurthuis", body: "Open op maandag.", vocabulary: &words)]
        let first = build(one, words: words), again = build(one, words: words)
        #expect(Set(first.keys) == Set(again.keys))
        var other: [String] = []
        let changed = [document("a/", title: "Buurthuis", body: "Open op dinsdag.", vocabulary: &other)]
        #expect(Set(build(changed, words: other).keys) != Set(first.keys))
    }

    @Test func synonymGroupsAreWrittenAsTerms() {
        var words: [String] = []
        let files = build([document("a/", title: "Huisarts", body: "", vocabulary: &words)], words: words)
        let meta = files["meta"] as! [String: Any]
        let stemmer = DutchStemmer()
        #expect(meta["synonyms"] as! [[[String]]] == [[[stemmer.stem("dokter")], [stemmer.stem("huisarts")]]])
    }

    @Test func numbersTakeOneCharacterPerFiveBits() {
        var bytes: [UInt8] = []
        for number in [0, 31, 32, 100_000] { IndexCoding.append(number, to: &bytes) }
        #expect(IndexCoding.decode(bytes) == [0, 31, 32, 100_000])
    }
}
