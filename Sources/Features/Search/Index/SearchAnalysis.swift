import BuurtCore
import DutchText

/// The Dutch analysis the index is made with (the DutchText module); `dutch-text.js` does the same in the browser,
/// so that a query's words become the index's terms (docs/SEARCH.md).
struct SearchAnalysis: Sendable {
    static let wordLists = DutchWordLists.standard

    /// The folded words of a text, in order: each word, and the parts of a joined one ("wmoloket", "wmo",
    /// "loket" for "Wmo-loket"; "informatieavond", "informatie", "avond" across a soft hyphen).
    func words(in text: String) -> [String] {
        DutchTokenizer.tokens(in: text).map(\.text)
    }

    func isStopWord(_ word: String) -> Bool { Self.wordLists.isStopWord(word) }

    /// The word a title or name starts with, the first that is not a stop word, and the parts of that word when it
    /// is joined: "Wijkhuiskamer De Molensteen" → wijkhuiskamer; "Het Wmo-loket" → wmoloket, wmo, loket. A name
    /// puts what a thing is first; "Sinterklaas in de wijkhuiskamer" is about Sinterklaas (docs/SEARCH.md,
    /// "Ranking").
    /// Read with `forEachToken`, making a String only of the words it looks at: 11 million instructions for the
    /// 2,000 titles of the bench site with `tokens(in:)`, about 4 million this way.
    func titleStart(of title: String) -> [String] {
        var start: [String] = []
        var finished = false
        DutchTokenizer.forEachToken(in: title) { folded, kind, _, _ in
            guard !finished else { return }
            if start.isEmpty {
                guard kind == .word else { return }
                let word = String(decoding: folded, as: UTF8.self)
                if !isStopWord(word) { start.append(word) }
            } else if kind == .part {
                start.append(String(decoding: folded, as: UTF8.self))
            } else {
                finished = true
            }
        }
        return start
    }

    /// The stem of each word, on all cores: a stemmer per run of words, as libstemmer's are not shared.
    func stems(of words: [String]) -> [String] {
        let runs = stride(from: 0, to: words.count, by: 4096).map { $0..<min($0 + 4096, words.count) }
        return runs.parallelMap { run -> [String] in
            let stemmer = DutchStemmer()
            return words[run].map { stemmer.stem($0) }
        }
        .flatMap { $0 }
    }

    /// What splits an index's closed compounds: its words of at least four letters and their stems (so that
    /// "kinderopvang" finds "kinder", the stem of "kinderen"). search.js splits a query word the same way.
    func compounds(words: some Sequence<String>, stems: some Sequence<String>) -> Compounds {
        var vocabulary = Set<String>(minimumCapacity: words.underestimatedCount * 2)
        for word in words where word.unicodeScalars.count >= CompoundSplitter.minimumPartLength {
            vocabulary.insert(word)
        }
        for stem in stems where stem.unicodeScalars.count >= CompoundSplitter.minimumPartLength {
            vocabulary.insert(stem)
        }
        return Compounds(
            splitter: CompoundSplitter(vocabulary: vocabulary, wordLists: Self.wordLists), vocabulary: vocabulary,
            nonParts: Set(Self.wordLists.stopWords + Self.wordLists.boundMorphemes))
    }

    /// The closed compounds of one index.
    struct Compounds {
        let splitter: CompoundSplitter
        let vocabulary: Set<String>
        let nonParts: Set<String>

        /// The parts of a closed compound, and the parts of a part that is one itself ("mantelzorgondersteuning"
        /// → mantelzorg, ondersteuning, mantel, zorg). A compound whose tail the site never uses alone
        /// ("energiearmoede" on a site that never says "armoede") is split after a head it does use, so that a
        /// query for the tail still finds it: every known head of four letters or more, with its link, and the
        /// rest when that has four letters or more. Empty when the word is none.
        func parts(of word: String) -> [String] {
            if let parts = splitter.split(word) {
                var found = parts.map(\.word)
                for part in parts { found += splitter.split(part.word)?.map(\.word) ?? [] }
                return found
            }
            let letters = Array(word.unicodeScalars)
            let minimum = CompoundSplitter.minimumPartLength
            // No word is split that the splitter would not split either: a head is tried at every letter, so a
            // text of one 50,000-letter "word" took a minute, and a longer one never finished.
            guard letters.count >= 2 * minimum, letters.count <= CompoundSplitter.maximumWordLength,
                letters.allSatisfy({ $0.properties.isAlphabetic })
            else { return [] }
            var found: [String] = []
            for end in minimum...(letters.count - minimum) {
                let head = String(String.UnicodeScalarView(letters[..<end]))
                guard vocabulary.contains(head), !nonParts.contains(head) else { continue }
                for link in ["", "s", "e", "en"] {
                    let rest = end + link.unicodeScalars.count
                    guard letters.count - rest >= minimum,
                        String(String.UnicodeScalarView(letters[end..<rest])) == link
                    else { continue }
                    let tail = String(String.UnicodeScalarView(letters[rest...]))
                    if !nonParts.contains(tail) { found += [head, tail] }
                }
            }
            return found
        }
    }
}
