import Foundation

/// Words as UTF-8 bytes, each with a number (its position), looked up by their bytes: how the collector counts a
/// page's words and learns new ones without making a String and hashing it per word. With
/// `DutchTokenizer.forEachToken` (bytes, not a `DutchToken` per word) this took the analysis of the 10,000-page
/// bench site's pages from 1.67 s to 0.41 s of CPU time (perf, docs/SEARCH.md "Building fast"): it pays for a
/// hash table of our own.
struct WordTable {
    /// The words one after the other.
    private var bytes: [UInt8] = []
    /// Where each word ends in `bytes`.
    private var ends: [Int] = []
    private var hashes: [UInt32] = []
    /// Open addressing: a word's number + 1 in the slot its hash points to (or the next free one), 0 for none.
    private var slots: [Int32]

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    var count: Int { ends.count }

    /// The number of `word`, which is added when it is new.
    mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if hashes[number] == hash, equals(number, word) { return number }
            slot = (slot + 1) & mask
        }
        let number = ends.count
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(number + 1)
        if ends.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of word `number` of `other` here, added when new.
    mutating func number(of number: Int, in other: WordTable) -> Int {
        other.withWord(number) { self.number(of: $0) }
    }

    func string(_ number: Int) -> String {
        withWord(number) { String(decoding: $0, as: UTF8.self) }
    }

    func withWord<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = number == 0 ? 0 : ends[number - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[number]])) }
    }

    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == word.count else { return false }
        guard let base = word.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, word.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// FNV-1a, 32 bits.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
