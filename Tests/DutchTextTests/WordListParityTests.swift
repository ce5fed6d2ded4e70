import DutchText
import Foundation
import Testing

/// The package's root, three folders up from this file (Tests/DutchTextTests/…).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
/// Debian's wdutch: 413,288 Dutch words (make deps-test).
private let wordListPath = "/usr/share/dict/dutch"
private let inCI = ProcessInfo.processInfo.environment["CI"] != nil

/// Node.js (Debian's nodejs, make deps-test), found on the PATH.
private let node: URL? = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for folder in paths + ["/usr/bin"] {
        for name in ["node", "nodejs"] {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
    }
    return nil
}()

/// `make venv`'s python when it has snowballstemmer (Tests/e2e/requirements.txt), else nil.
private let referencePython: URL? = {
    let python = packageRoot.appendingPathComponent(".venv/bin/python")
    guard FileManager.default.isExecutableFile(atPath: python.path) else { return nil }
    return (try? run(python, ["-c", "import snowballstemmer.dutch_porter_stemmer"]))?.status == 0 ? python : nil
}()

/// Runs a program to its end; its output and errors together.
private func run(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// The lines of a UTF-8 file, split at line feeds only (a CR or U+2028 inside a line stays there).
private func lines(_ url: URL) throws -> [String] {
    let data = try Data(contentsOf: url)
    var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
}

private func write(_ lines: [String], to url: URL) throws {
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
}

/// SplitMix64: the same cases on every run and machine.
private struct SeededGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// One word's analysis as a line both sides write: Porter's stem of the word lowercased, a tab, then each term
/// as kind:text:porter-stem:stem.
private func analysisLine(_ word: String, stemmer: DutchStemmer) -> String {
    let terms = DutchTokenizer.tokens(in: word).map {
        "\($0.kind == .word ? "w" : "p"):\($0.text):\(stemmer.porterStem($0.text)):\(stemmer.stem($0.text))"
    }
    return stemmer.porterStem(word.lowercased()) + "\t" + terms.joined(separator: " ")
}

/// A split as both sides write it: "-" for none, else the parts as "energie armoede", "insect(en) hotel".
private func splitLine(_ parts: [CompoundPart]?) -> String {
    parts.map { $0.map(\.description).joined(separator: " ") } ?? "-"
}

/// Where the two sides differ, for the message: the first few lines.
private func differences(_ input: [String], _ swift: [String], _ javaScript: [String], limit: Int = 15) -> String {
    var shown: [String] = []
    for index in input.indices
    where index >= swift.count || index >= javaScript.count || swift[index] != javaScript[index] {
        let swiftLine = index < swift.count ? swift[index] : "(none)"
        let javaScriptLine = index < javaScript.count ? javaScript[index] : "(none)"
        shown.append("\(input[index].debugDescription)\n  Swift: \(swiftLine)\n  JS:    \(javaScriptLine)")
        if shown.count == limit { break }
    }
    return shown.joined(separator: "\n")
}

/// The project's rule for an algorithm of our own, and the search's promise: the browser (dutch-text.js) and the
/// build (DutchText) analyse every text alike. Swift writes the inputs and its answers; word_list_parity.js
/// answers the same inputs with dutch-text.js in Node (Debian's nodejs, the V8 engine of Chromium); the answers
/// must be equal line for line. Then reference_stems.py compares both sides' Porter stems with PyPI
/// snowballstemmer's `dutch_porter`, the reference the issue names.
///
/// Skipped without Node, wdutch or the venv (make deps-test, make venv), except in CI, where they must be there.
@Suite(.serialized) struct WordListParityTests {
    static let enabled = (node != nil && FileManager.default.fileExists(atPath: wordListPath)) || inCI

    @Test(.enabled(if: enabled, "needs node and \(wordListPath): make deps-test"))
    func swiftAndJavaScriptAgreeOnTheWholeWordListAndWithTheReference() throws {
        let node = try #require(node, "CI must have node (make deps-test)")
        let words = try lines(URL(fileURLWithPath: wordListPath))
        #expect(words.count > 400_000, "wdutch has its 413,288 words")

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("buurtsite-dutch-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

        // 1. Words and stems of every word of the list.
        let stemmer = DutchStemmer()
        let started = Date()
        let swiftWords = words.map { analysisLine($0, stemmer: stemmer) }
        let swiftSeconds = Date().timeIntervalSince(started)

        // 2. Texts: every line of the example site's content, and every character of Unicode 15.0 outside ASCII
        //    between two letters (the folding's tables against the browser's). Characters assigned later fold as
        //    each side's Unicode version has them (docs/SEARCH.md).
        var texts = try exampleContentLines()
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age <= (15, 0) else { continue }
            texts.append("a\(scalar)b Z\(scalar)")
        }
        // Each token with where it stands, in UTF-16 code units as JavaScript counts.
        let swiftTexts = texts.map { text in
            DutchTokenizer.tokens(in: text).map { token in
                let start = text.utf16.distance(from: text.startIndex, to: token.range.lowerBound)
                let end = text.utf16.distance(from: text.startIndex, to: token.range.upperBound)
                return "\(token.kind == .word ? "w" : "p"):\(token.text):\(start):\(end)"
            }.joined(separator: " ")
        }

        // 3. Compounds against a vocabulary: the example's words and every 8th word of the list; the candidates
        //    are every 3rd word of the list and the example's words.
        let contentWords = try exampleContentWords()
        var vocabulary = Set(contentWords)
        for (index, word) in words.enumerated() where index % 8 == 0 {
            for token in DutchTokenizer.tokens(in: word) { vocabulary.insert(token.text) }
        }
        var candidates = contentWords
        for (index, word) in words.enumerated() where index % 3 == 0 {
            candidates.append(contentsOf: DutchTokenizer.tokens(in: word).filter { $0.kind == .word }.map(\.text))
        }
        let splitStarted = Date()
        let splitter = CompoundSplitter(vocabulary: vocabulary)
        let swiftSplits = candidates.map { splitLine(splitter.split($0)) }
        let splitSeconds = Date().timeIntervalSince(splitStarted)

        // 4. Edit distances: words of the list against themselves with random edits, and against other words.
        let pairs = editDistancePairs(words)
        let swiftDistances = pairs.map { pair in
            TypoTolerance.editDistance(pair.0, pair.1, bound: pair.2).map(String.init) ?? "-"
        }
        let lengths = words.prefix(2000).map { String(TypoTolerance.maxEdits(for: $0)) }

        try write(words, to: file("words.txt"))
        try write(texts, to: file("texts.txt"))
        try write(vocabulary.sorted(), to: file("vocabulary.txt"))
        try write(candidates, to: file("candidates.txt"))
        try write(pairs.map { "\($0.0)\t\($0.1)\t\($0.2)" }, to: file("pairs.txt"))
        try Data(DutchWordLists.standard.json.utf8).write(to: file("word-lists.json"))
        try write(swiftWords, to: file("swift-words.txt"))
        try write(swiftTexts, to: file("swift-texts.txt"))

        let javaScript = try run(node, [testFolder.appendingPathComponent("word_list_parity.js").path, folder.path])
        try #require(
            javaScript.status == 0, "word_list_parity.js failed; inputs kept in \(folder.path)\n\(javaScript.output)")
        print(javaScript.output.trimmingCharacters(in: .whitespacesAndNewlines))

        let jsWords = try lines(file("js-words.txt"))
        let wordsDiffer = differences(words, swiftWords, jsWords)
        #expect(wordsDiffer.isEmpty, "words and stems differ (inputs in \(folder.path)):\n\(wordsDiffer)")
        let jsTexts = try lines(file("js-texts.txt"))
        let textsDiffer = differences(texts, swiftTexts, jsTexts)
        #expect(textsDiffer.isEmpty, "tokens of texts differ (inputs in \(folder.path)):\n\(textsDiffer)")
        let jsSplits = try lines(file("js-splits.txt"))
        let splitsDiffer = differences(candidates, swiftSplits, jsSplits)
        #expect(splitsDiffer.isEmpty, "compound splits differ (inputs in \(folder.path)):\n\(splitsDiffer)")
        let jsDistances = try lines(file("js-distances.txt"))
        let distancesDiffer = differences(pairs.map { "\($0.0) \($0.1) \($0.2)" }, swiftDistances, jsDistances)
        #expect(distancesDiffer.isEmpty, "edit distances differ (inputs in \(folder.path)):\n\(distancesDiffer)")
        #expect(try lines(file("js-lengths.txt")) == lengths, "maxEdits differs")

        let splitCount = swiftSplits.count { $0 != "-" }
        print(
            """
            word_list_parity: \(words.count) words, Swift and JavaScript equal in words and stems: \
            \(zip(swiftWords, jsWords).count { $0 == $1 }) (Swift \(String(format: "%.1f", swiftSeconds)) s); \
            \(texts.count) texts equal: \(zip(swiftTexts, jsTexts).count { $0 == $1 }); \
            \(candidates.count) compounds against \(vocabulary.count) words (\(splitCount) split) equal: \
            \(zip(swiftSplits, jsSplits).count { $0 == $1 }) (Swift \(String(format: "%.1f", splitSeconds)) s); \
            \(pairs.count) edit distances equal: \(zip(swiftDistances, jsDistances).count { $0 == $1 })
            """)

        // 5. Both sides' Porter stems against the reference.
        guard let python = referencePython else {
            #expect(!inCI, "CI must have .venv/bin/python with snowballstemmer (make venv)")
            print("word_list_parity: no .venv/bin/python with snowballstemmer (make venv): reference not compared")
            return
        }
        let reference = try run(
            python,
            [
                testFolder.appendingPathComponent("reference_stems.py").path, file("words.txt").path,
                file("swift-words.txt").path, file("js-words.txt").path,
            ])
        print(reference.output.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(reference.status == 0, "reference_stems.py failed (inputs in \(folder.path)):\n\(reference.output)")
        let equal = [wordsDiffer, textsDiffer, splitsDiffer, distancesDiffer].allSatisfy(\.isEmpty)
        if equal && reference.status == 0 { try FileManager.default.removeItem(at: folder) }
    }
}

/// Every line of the example municipality's content (content/**/*.md and *.yml), files in path order.
private func exampleContentLines() throws -> [String] {
    let content = packageRoot.appendingPathComponent("content")
    let enumerator = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
        if ["md", "yml"].contains(url.pathExtension) { files.append(url) }
    }
    var result: [String] = []
    for url in files.sorted(by: { $0.path < $1.path }) {
        result.append(contentsOf: try lines(url).filter { !$0.isEmpty })
    }
    return result
}

/// The folded words of the example's content, each once, sorted.
private func exampleContentWords() throws -> [String] {
    var words = Set<String>()
    for line in try exampleContentLines() {
        for token in DutchTokenizer.tokens(in: line) { words.insert(token.text) }
    }
    return words.sorted()
}

/// Pairs of words with a bound: a word against itself after one to three random edits (insert, delete, change,
/// swap), and against another word of the list.
private func editDistancePairs(_ words: [String]) -> [(String, String, Int)] {
    var random = SeededGenerator(seed: 20_261_206)
    let alphabet = Array("aeiouybcdfghjklmnpqrstvwxzéëĳ".unicodeScalars)
    var pairs: [(String, String, Int)] = []
    for index in stride(from: 0, to: words.count, by: 40) {
        let word = words[index]
        for edits in 1...3 {
            var scalars = Array(word.unicodeScalars)
            for _ in 0..<edits {
                let position = random.below(scalars.count + 1)
                switch random.below(4) {
                case 0: scalars.insert(alphabet[random.below(alphabet.count)], at: position)
                case 1 where position < scalars.count: scalars.remove(at: position)
                case 2 where position < scalars.count: scalars[position] = alphabet[random.below(alphabet.count)]
                case 3 where position + 1 < scalars.count: scalars.swapAt(position, position + 1)
                default: break
                }
            }
            var edited = String.UnicodeScalarView()
            edited.append(contentsOf: scalars)
            pairs.append((word, String(edited), random.below(4)))
        }
        pairs.append((word, words[random.below(words.count)], 2))
    }
    return pairs
}
