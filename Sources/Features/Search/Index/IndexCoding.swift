import BuurtCore

/// How numbers are written in the index files: one character per 5 bits, in an alphabet of 64 characters that need
/// no escaping in JSON. The first 32 end a number, the other 32 say that more follows, so a small number (a gap
/// between document numbers, a weight) is one character, and gzip's Huffman coding squeezes frequent ones into a
/// few bits. search.js reads them back with the same alphabet.
enum IndexCoding {
    static let alphabet: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// Appends `value` (≥ 0), most significant group first.
    static func append(_ value: Int, to output: inout [UInt8]) {
        precondition(value >= 0)
        var groups = 1
        while value >> (5 * groups) > 0 { groups += 1 }
        for group in stride(from: groups - 1, through: 1, by: -1) {
            output.append(alphabet[32 + (value >> (5 * group)) & 31])
        }
        output.append(alphabet[value & 31])
    }

    /// The numbers in `text`, for tests.
    static func decode(_ text: [UInt8]) -> [Int] {
        var values: [Int] = []
        var value = 0
        for character in text {
            guard let digit = alphabet.firstIndex(of: character) else { continue }
            if digit >= 32 {
                value = value << 5 | (digit - 32)
            } else {
                values.append(value << 5 | digit)
                value = 0
            }
        }
        return values
    }

    /// A short name for a file's content (`ContentHash`, as the hashed assets have): a changed file gets a new
    /// name, so browsers and caches may keep index files for as long as they like.
    static func contentHash(_ bytes: [UInt8]) -> String { ContentHash.hex8(bytes) }
}
