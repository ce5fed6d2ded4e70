import Foundation

/// Words as UTF-8 bytes, each with a number (its position), looked up by their bytes: how the collector counts a
/// page's words and learns new ones without making a String and hashing it per word. With
/// `DutchTokenizer.forEachToken` (bytes, not a `DutchToken` per word) this took the analysis of the 10,000-page
/// bench site's pages from 1.67 s to 0.41 s of CPU time (perf, docs/SEARCH.md "Building fast"): it pays for a
/// hash table of our own. A slot holds the word's hash next to its number, and words are hashed and compared
/// 8 bytes at a time (`hash`, `equal`), not byte by byte (FNV-1a, `memcmp`): the 868,000 look-ups of the tokens of
/// the 2,000-page bench site went from 189 to about 65 million instructions (callgrind; before, a third of them
/// added a word to a new table per page, see `PageWordCounter`).
struct WordTable {
    /// The words one after the other.
    private var bytes: [UInt8] = []
    /// Where each word ends in `bytes`.
    private var ends: [Int] = []
    /// Open addressing: in the slot a word's hash points to (or the next free one), the hash in the high 32 bits and
    /// the word's number + 1 in the low ones; 0 for none.
    private var slots: [UInt64]

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    var count: Int { ends.count }

    /// The number of `word`, which is added when it is new. Inlined where words are counted (a call cost about 15
    /// instructions a word); adding one is not.
    @inline(__always)
    mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(word)
        let (slot, found) = find(word, hash: hash)
        if let found { return found }
        return add(word, hash: hash, in: slot)
    }

    @inline(never)
    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32, in slot: Int) -> Int {
        let number = ends.count
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
        if ends.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of `word`; nil when it is not in the table.
    func existingNumber(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(word, hash: Self.hash(word)).number
    }

    func string(_ number: Int) -> String {
        withWord(number) { String(decoding: $0, as: UTF8.self) }
    }

    func withWord<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = number == 0 ? 0 : ends[number - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[number]])) }
    }

    /// The slot that holds `word` with its number, or the free slot where it goes.
    ///
    /// Over the arrays' buffers, without bounds checks: a slot is under the mask, and a slot's number is a word's.
    /// This took reading and counting the bench site's 868,000 tokens from 169 to 162 million instructions (callgrind).
    @inline(__always)
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, number: Int?) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return (slot, nil) }
                if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                    let number = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    if equals(number, word) { return (slot, number) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = ends.withUnsafeBufferPointer { ends in
            let start = number == 0 ? 0 : ends[number - 1]
            return ends[number] - start == word.count ? start : nil
        }
        guard let start else { return false }
        guard word.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer {
            Self.equal($0.baseAddress! + start, word.baseAddress!, count: word.count)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    // MARK: Bytes 8 at a time

    /// A hash of 32 bits, over 8 bytes at a time: a word of 8 bytes or more as 8-byte words, the last one
    /// overlapping the one before it; a shorter word as two overlapping 4-byte words (4–7 bytes) or its first,
    /// middle and last byte (1–3), so that no byte outside the word is read and every byte of it counts.
    /// Each step is a multiplication to 128 bits whose halves are folded into each other (as wyhash does), so that
    /// every bit of the input moves the low bits, which pick the slot: folding only the high 32 bits of a 64-bit
    /// product into its low ones gave 131,072 words like "buurthuis1234" only 34,000 slots.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = word.count
        guard let bytes = word.baseAddress else { return 0 }
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        func mix(_ value: UInt64) {
            let product = (hash ^ value).multipliedFullWidth(by: multiplier)
            hash = product.high ^ product.low
        }
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                mix(load8(bytes + offset))
                offset += 8
            }
            mix(load8(bytes + count - 8))
        } else if count >= 4 {
            mix(UInt64(load4(bytes)) << 32 | UInt64(load4(bytes + count - 4)))
        } else if count > 0 {
            mix(UInt64(bytes[0]) << 16 | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1]))
        }
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }

    /// Whether the `count` bytes at `a` and at `b` are the same, read as `hash` reads them (every byte is in one of
    /// the loads compared).
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                if load8(a + offset) != load8(b + offset) { return false }
                offset += 8
            }
            return load8(a + count - 8) == load8(b + count - 8)
        }
        if count >= 4 { return load4(a) == load4(b) && load4(a + count - 4) == load4(b + count - 4) }
        if count > 0 { return a[0] == b[0] && a[count >> 1] == b[count >> 1] && a[count - 1] == b[count - 1] }
        return true
    }

    /// An odd constant with well-mixed bits (2^64 / the golden ratio).
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    private static func load8(_ bytes: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
    }

    @inline(__always)
    private static func load4(_ bytes: UnsafePointer<UInt8>) -> UInt32 {
        UnsafeRawPointer(bytes).loadUnaligned(as: UInt32.self)
    }
}
