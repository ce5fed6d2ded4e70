import BuurtCore
import DutchText
import Foundation
import Site

/// What one site's index is made of: its documents in order (a document's number is its position), the link to
/// each from the search page, and on the portal the platforms that show each.
struct SearchIndexInput: Sendable {
    var documents: [SearchDocument]
    var hrefs: [String]
    /// The names of the sites that show each document: the portal's filter by platform; nil on a buurt site.
    var platforms: [[String]]?
    /// The municipality's name: the platform of the portal's own pages.
    var municipality: String
}

/// Sizes the index keeps to: what one query downloads stays small (docs/SEARCH.md, "The index").
enum SearchIndexLimits {
    /// A file of terms, gzipped, aims at this size; a term with more postings is cut over several files.
    static let termFileBytes = 12 * 1024
    /// A block of result cards, gzipped: a query fetches the blocks of its first ten results.
    static let cardFileBytes = 2_600
    /// A file of the vocabulary (for typos and compound parts), gzipped.
    static let wordFileBytes = 12 * 1024
    /// No file a query fetches is larger, gzipped.
    static let largestFile = 32 * 1024
    /// The most text a card keeps to quote from; a large site keeps less per card (`excerptBudget`).
    static let longestExcerpt = 1_500
    static let shortestExcerpt = 160
    /// Text kept over all cards of one index, before gzip.
    static let excerptBudget = 1_200_000
    /// Below this many words of at least four letters, the whole vocabulary is kept for typos and compound parts;
    /// above, only words found in two documents or in a title.
    static let wholeVocabulary = 20_000
}

/// Builds one site's index: the terms (stems, and the parts of closed compounds) with their postings and weights,
/// the result cards, the filters as bitsets, the vocabulary, and the meta file that names them all.
struct SearchIndexBuilder: Sendable {
    static let folder = "index/"

    let analysis: SearchAnalysis
    /// The collector's vocabulary: a word's number is its position.
    let words: [String]
    /// The stem of each word of `words`.
    let stems: [String]
    let synonyms: [[String]]

    struct Index {
        /// Name of the meta file, inside `folder`.
        var metaFile: String
        /// Every file, meta included, by name inside `folder`.
        var files: [(name: String, text: String)]
    }

    func build(_ input: SearchIndexInput) -> Index {
        var files: [(name: String, text: String)] = []
        let metaFile = build(input) { name, text in files.append((name, text)) }
        return Index(metaFile: metaFile, files: files)
    }

    /// Builds the index and hands each file (its name inside `folder`, its text) to `write` as soon as it is made,
    /// so that the index of a whole municipality is never held in memory at once; returns the meta file's name.
    func build(_ input: SearchIndexInput, write: (_ name: String, _ text: String) -> Void) -> String {
        let documents = input.documents
        func add(_ prefix: String, _ number: Int, _ bytes: [UInt8]) -> String {
            let hash = IndexCoding.contentHash(bytes)
            write("\(prefix)\(number).\(hash).json", String(decoding: bytes, as: UTF8.self))
            return hash
        }

        var termFiles: [(first: String, last: String, hash: String)] = []
        var wordFiles: [(first: String, hash: String)] = []
        do {
            // The term table is the largest part of an index being made: it goes before the cards are made.
            let terms = TermTable(documents: documents, words: words, stems: stems, analysis: analysis)
            for (number, shard) in terms.shards(documentCount: documents.count).enumerated() {
                termFiles.append((shard.first, shard.last, add("t", number, shard.bytes)))
            }
            for (number, bucket) in terms.vocabularyFiles().enumerated() {
                wordFiles.append((bucket.first, add("w", number, bucket.bytes)))
            }
        }
        var cardFiles: [(first: Int, hash: String)] = []
        for (number, block) in CardBlocks.make(input).enumerated() {
            cardFiles.append((block.first, add("c", number, block.bytes)))
        }
        let facets = FacetFile(input)
        let facetHash = add("f", 0, facets.bytes)

        var meta: [UInt8] = []
        meta += Array(#"{"version":1,"documents":"#.utf8) + Array(String(documents.count).utf8)
        meta += Array(#","kinds":"#.utf8)
        appendStrings(facets.kinds, to: &meta)
        meta += Array(#","terms":["#.utf8)
        for (index, file) in termFiles.enumerated() {
            if index > 0 { meta.append(UInt8(ascii: ",")) }
            appendStrings([file.first, file.last, file.hash], to: &meta)
        }
        meta += Array(#"],"cards":["#.utf8)
        for (index, file) in cardFiles.enumerated() {
            if index > 0 { meta.append(UInt8(ascii: ",")) }
            meta += Array("[\(file.first),".utf8)
            JSONWriter.appendString(file.hash, to: &meta)
            meta.append(UInt8(ascii: "]"))
        }
        meta += Array(#"],"words":["#.utf8)
        for (index, file) in wordFiles.enumerated() {
            if index > 0 { meta.append(UInt8(ascii: ",")) }
            appendStrings([file.first, file.hash], to: &meta)
        }
        meta += Array(#"],"facets":"#.utf8)
        JSONWriter.appendString(facetHash, to: &meta)
        meta += Array(#","synonyms":["#.utf8)
        for (index, group) in synonymTerms().enumerated() {
            if index > 0 { meta.append(UInt8(ascii: ",")) }
            meta.append(UInt8(ascii: "["))
            for (member, stems) in group.enumerated() {
                if member > 0 { meta.append(UInt8(ascii: ",")) }
                appendStrings(stems, to: &meta)
            }
            meta.append(UInt8(ascii: "]"))
        }
        // The stop words and bound morphemes, for dutch-text.js: one list for the build and the browser.
        meta += Array(#"],"wordLists":"#.utf8) + Array(SearchAnalysis.wordLists.json.utf8)
        meta += Array("}".utf8)
        let metaName = "index.\(IndexCoding.contentHash(meta)).json"
        write(metaName, String(decoding: meta, as: UTF8.self))
        return metaName
    }

    /// Each synonym group as the terms of its members: "hulp thuis" → ["hulp", "thuis"].
    func synonymTerms() -> [[[String]]] {
        let stemmer = DutchStemmer()
        return synonyms.map { group in
            group.map { member in
                // The words of a joined member, not its parts: "hulp thuis" → hulp, thui.
                DutchTokenizer.tokens(in: member).filter { $0.kind == .word }.map { stemmer.stem($0.text) }
            }
            .filter { !$0.isEmpty }
        }
        .filter { $0.count >= 2 }
    }
}

/// `["a","b"]` in JSON.
func appendStrings(_ strings: [String], to output: inout [UInt8]) {
    output.append(UInt8(ascii: "["))
    for (index, string) in strings.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        JSONWriter.appendString(string, to: &output)
    }
    output.append(UInt8(ascii: "]"))
}
