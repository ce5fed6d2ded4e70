/// The two word lists of the analysis. This file is their one source: the browser gets them from the build as
/// JSON (`json`, which the search index writes for `dutch-text.js`), never as a copy by hand.
public struct DutchWordLists: Sendable, Equatable {
    /// Words that carry almost no meaning in a query ("ik zoek hulp met boodschappen": ik, met): Snowball's Dutch
    /// stop list (snowballstem.org, algorithms/dutch/stop.txt), most frequent first, without three words it marks
    /// as homonyms that residents search for: "was" (de was doen), "haar" (de kapper) and "wezen" (orphans).
    public let stopWords: [String]
    /// Suffixes and words of at least four letters that a compound is never split into, besides the stop words
    /// ("vrijheid" is not vrij + heid, "onderwijs" not onder + wijs).
    public let boundMorphemes: [String]

    private let stopWordSet: Set<String>
    /// The stop words and the bound morphemes: what `CompoundSplitter` never takes as a part.
    let nonParts: Set<String>

    public init(stopWords: [String], boundMorphemes: [String]) {
        self.stopWords = stopWords
        self.boundMorphemes = boundMorphemes
        stopWordSet = Set(stopWords)
        nonParts = stopWordSet.union(boundMorphemes)
    }

    public static func == (lhs: DutchWordLists, rhs: DutchWordLists) -> Bool {
        lhs.stopWords == rhs.stopWords && lhs.boundMorphemes == rhs.boundMorphemes
    }

    /// Whether a folded word is a stop word.
    public func isStopWord(_ word: String) -> Bool { stopWordSet.contains(word) }

    /// `{"stopWords":[…],"boundMorphemes":[…]}` in list order: what `DutchText.wordLists(json)` reads.
    public var json: String {
        // Plain lowercase ASCII words (checked by the tests), so no character needs escaping.
        func array(_ words: [String]) -> String { "[" + words.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
        return "{\"stopWords\":\(array(stopWords)),\"boundMorphemes\":\(array(boundMorphemes))}"
    }

    public static let standard = DutchWordLists(
        stopWords: [
            "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "op", "aan",
            "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men", "dit",
            "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der", "daar", "naar", "heb",
            "hoe", "heeft", "hebben", "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat",
            "iets", "worden", "toch", "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan",
            "hun", "dus", "alles", "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "kunnen",
            "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
        ],
        boundMorphemes: [
            "heid", "heden", "baar", "bare", "lijk", "lijke", "schap", "schappen", "achtig", "achtige", "loos", "loze",
            "zaam", "zame", "erij", "isch", "ische", "isme", "iteit", "atie", "aties", "ling", "lingen", "tjes",
            "erop",
        ])
}
