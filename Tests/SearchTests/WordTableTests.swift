import Testing

@testable import Search

@Suite struct WordTableTests {
    func number(_ word: String, in table: inout WordTable) -> Int {
        var word = word
        return word.withUTF8 { table.number(of: $0) }
    }

    @Test func aWordKeepsItsNumberAndTheTableGivesItBack() {
        var table = WordTable(capacity: 2)
        let words = (0..<1_000).map { "woord\($0)" } + ["café", "", "ideeën"]
        let numbers = words.map { number($0, in: &table) }
        #expect(numbers == Array(0..<words.count))
        #expect(words.map { number($0, in: &table) } == numbers, "the same words, the same numbers")
        #expect(table.count == words.count)
        #expect((0..<table.count).map { table.string($0) } == words)
    }

    @Test func theEmptyWordIsAWordToo() {
        var table = WordTable()
        #expect(number("", in: &table) == 0)
        #expect(number("", in: &table) == 0)
        #expect(number("a", in: &table) == 1)
        #expect(number("", in: &table) == 0)
    }

    @Test func aWordNotInTheTableHasNoNumberAndIsNotAdded() {
        var table = WordTable()
        _ = number("buurthuis", in: &table)
        var known = "buurthuis"
        var unknown = "buurthuizen"
        #expect(known.withUTF8 { table.existingNumber(of: $0) } == 0)
        #expect(unknown.withUTF8 { table.existingNumber(of: $0) } == nil)
        #expect(table.count == 1)
    }

    /// The hash and the comparison read words of up to 8 bytes in overlapping pieces: a word that differs from
    /// another in any one byte, at any length, is another word.
    @Test func wordsThatDifferInOneByteAreDifferentWordsAtEveryLength() {
        var table = WordTable()
        var words: [String] = []
        for length in 1...24 {
            let word = String((0..<length).map { Character(UnicodeScalar(UInt8(0x61 + $0 % 26))) })
            words.append(word)
            for position in 0..<length {
                var bytes = Array(word.utf8)
                bytes[position] = 0x7A - bytes[position] % 8
                words.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        words = Array(Set(words)).sorted()
        let numbers = words.map { number($0, in: &table) }
        #expect(numbers == Array(0..<words.count), "each word is new once")
        #expect(words.map { number($0, in: &table) } == numbers)
        #expect((0..<table.count).map { table.string($0) } == words)
    }

    /// Words like a site's, which differ in a few letters or a digit, spread over the slots: the table stays fast.
    @Test func theHashSpreadsSimilarWordsOverTheSlots() {
        let words = (0..<65_536).map { "buurthuis\($0)" } + (0..<65_536).map { "w\($0)k" }
        let slots = 1 << 18
        var used = Set<Int>()
        for word in words {
            var word = word
            used.insert(word.withUTF8 { Int(WordTable.hash($0)) & (slots - 1) })
        }
        // Random slots would give 131,072 words about 103,000 different ones of 262,144 (1 - e^-0.5 of them).
        #expect(used.count > 100_000)
    }
}
