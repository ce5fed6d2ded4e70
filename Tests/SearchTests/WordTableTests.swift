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

    @Test func wordsOfAnotherTableAreLookedUpByTheirBytes() {
        var page = WordTable()
        var site = WordTable()
        _ = number("buurthuis", in: &site)
        _ = number("koffie", in: &page)
        _ = number("buurthuis", in: &page)
        #expect(site.number(of: 1, in: page) == 0)
        #expect(site.number(of: 0, in: page) == 1)
        #expect(site.string(1) == "koffie")
    }
}
