import Site

/// What the index keeps of one page: how a result shows it, its filter values, and its words.
struct SearchDocument: Sendable {
    /// The site's folder in the output: "" for the portal, "molenkamp/".
    var site: String
    /// The page's path inside its site: "wegwijzer/taalcafe/".
    var urlPath: String
    /// The item's name: a result's link text.
    var title: String
    /// The feature's shown name ("Wegwijzer"); nil for the site's own pages.
    var section: String?
    var summary: String
    /// The values of its filters, by field.
    var filterValues: [String: [String]]
    var filters: [PageFilter]
    /// The content file it shows: one item on several sites is one result on the portal.
    var source: String?
    var words: AnalyzedWords
}

/// A page's words, analysed once (an item shown on twenty sites is analysed once): each distinct word with its
/// weight summed over the places it stands (a title counts more than the body), and the text results quote.
final class AnalyzedWords: Sendable {
    /// Numbers of the words in the collector's vocabulary, each once.
    let words: [UInt32]
    /// Weight of each word: how often it stands, times the weight of where it stands.
    let weights: [Float]
    /// The number of words of its text, for the length part of the ranking.
    let length: Int
    /// The words its title or name starts with (`SearchAnalysis.titleStart`), among `words`.
    let titleStart: [UInt32]
    /// The text a result quotes around the words found: the summary, then the body, cut to a length.
    let excerpt: String

    init(words: [UInt32], weights: [Float], length: Int, excerpt: String, titleStart: [UInt32] = []) {
        self.words = words
        self.weights = weights
        self.length = length
        self.titleStart = titleStart
        self.excerpt = excerpt
    }
}

/// How much a word counts where it stands, before the ranking's saturation: a title or an item's name most.
enum SearchWeights {
    static let title: Float = 5
    static let field: Float = 2
    /// A field's weight spread over its values, as BM25F spreads a field's over its length: an entry for "Ouderen"
    /// alone is more about ouderen than one for "Iedereen, Ouderen". In quarters (2, 1, 0.75, 0.5, …, at least
    /// 0.25), so that sums come out exactly the same in any order.
    static func field(sharedBy values: Int) -> Float {
        max((field * 4 / Float(max(values, 1))).rounded(), 1) / 4
    }
    static let heading: Float = 2
    static let summary: Float = 1.5
    static let body: Float = 1
    /// A part of a closed compound ("armoede" in "energiearmoede") counts half as much as the whole word.
    static let compoundPart: Float = 0.5
    /// Words that stand in a title or name at least once stay in the vocabulary for typos and compound parts.
    static let inTitle: Float = 5
}
