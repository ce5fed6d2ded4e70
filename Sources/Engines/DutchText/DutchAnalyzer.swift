/// A word of a text with its stem: what the index stores.
public struct DutchTerm: Hashable, Sendable {
    public let token: DutchToken
    /// `DutchStemmer.stem` of the token's text.
    public let stem: String

    public init(token: DutchToken, stem: String) {
        self.token = token
        self.stem = stem
    }
}

/// Words and stems of a text, exactly as `DutchText.terms` in `dutch-text.js`: `DutchTokenizer.tokens`, each
/// with its `DutchStemmer.stem`. Holds a stemmer, so like it, one per thread.
public final class DutchAnalyzer {
    public let stemmer = DutchStemmer()

    public init() {}

    public func terms(in text: String) -> [DutchTerm] {
        DutchTokenizer.tokens(in: text).map { DutchTerm(token: $0, stem: stemmer.stem($0.text)) }
    }
}
