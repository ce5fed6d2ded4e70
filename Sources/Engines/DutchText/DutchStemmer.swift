import CStemmer

/// Snowball's Porter-based Dutch stemmer, from Debian's libstemmer 2.2 (`dutch` there; `dutch_porter` in
/// Snowball 3 and PyPI `snowballstemmer` 3.x), followed by two steps of our own (docs/SEARCH.md, "Stems"): the
/// devoicing of a final z or v ("buurthuizen" → buurthuiz → buurthuis, the stem of "buurthuis") and four
/// exceptions.
///
/// `dutch-text.js` in the default theme follows the same algorithm, written by hand; the parity test runs both
/// on Debian's whole Dutch word list. A stemmer is not safe to share between threads: make one per task.
public final class DutchStemmer {
    private let stemmer: OpaquePointer
    /// Stems already made: text repeats its words (Zipf), and the C call costs more than a lookup.
    private var cache: [String: String] = [:]
    private static let cacheLimit = 100_000

    /// The algorithm libstemmer was asked for: "dutch_porter" where it has that name (Snowball 3), else "dutch"
    /// (libstemmer 2.x, where "dutch" is the Porter-based algorithm).
    public let algorithm: String

    public init() {
        // libstemmer 2.2 (Debian 12, 13) has "dutch"; a libstemmer 3 names Porter's "dutch_porter", and its
        // "dutch" is Kraaij-Pohlmann, which strips ge- ("gezin" → "zin"), so that name is asked for only after.
        for name in ["dutch_porter", "dutch"] {
            if let stemmer = sb_stemmer_new(name, "UTF_8") {
                self.stemmer = stemmer
                self.algorithm = name
                return
            }
        }
        fatalError("libstemmer has no Dutch stemmer: install Debian's libstemmer-dev (make deps-build)")
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// Words Porter joins to words of another meaning that a resident looks for apart, with the stem they get
    /// instead (docs/SEARCH.md, "Stems"): "ouderen" (the elderly) and "ouders" (parents) both become "ouder";
    /// "weten" (to know, on many pages) and "wet" (a law) both "wet".
    public static let exceptions: [String: String] = [
        "oudere": "oudere", "ouderen": "oudere", "weet": "weten", "weten": "weten",
    ]

    /// The stem the index and queries use: an exception's, or Porter's followed by a final z → s and v → f.
    public func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        let stem = Self.exceptions[word] ?? Self.devoiced(porterStem(word))
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = stem
        return stem
    }

    /// Snowball's Porter-based Dutch stem, exactly: what the reference (`dutch_porter`) gives.
    public func porterStem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, bytes.count > 0,
                let result = sb_stemmer_stem(stemmer, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }

    /// Our step after Porter's: a stem of three or more characters that ends in z or v after another character
    /// than z or v ends in s or f instead, as the singular does: huiz → huis (huizen, huis), prijz → prijs,
    /// bedrijv → bedrijf, actiev → actief, dakloz → daklos (dakloze, dakloos; Porter makes "oo" one "o").
    public static func devoiced(_ stem: String) -> String {
        guard let final = stem.unicodeScalars.last, final == "z" || final == "v" else { return stem }
        var scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3 else { return stem }
        let last = scalars[scalars.count - 1]
        let before = scalars[scalars.count - 2]
        guard before != "z" && before != "v" else { return stem }
        scalars[scalars.count - 1] = last == "z" ? "s" : "f"
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
