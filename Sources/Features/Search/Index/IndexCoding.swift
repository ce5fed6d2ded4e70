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

    /// Appends `documents` (ascending) as the first number and then the gaps between them (each minus one: a run
    /// of consecutive documents is a run of zeros), as `append` does one by one. Written over a buffer: number by
    /// number through `append`, the term files' postings took 57 M instructions of the 2,000-page bench site's
    /// build, 12 M this way (callgrind).
    static func appendGaps(_ documents: ArraySlice<UInt32>, to output: inout [UInt8]) {
        // A 32-bit number takes at most 7 characters of 5 bits.
        appendWritten(upTo: documents.count * 7, to: &output) { out, alphabet in
            var written = 0
            var previous = -1
            for document in documents {
                let value = Int(document) - previous - 1
                previous = Int(document)
                if value >= 32 {
                    var groups = 1
                    while value >> (5 * groups) > 0 { groups += 1 }
                    for group in stride(from: groups - 1, through: 1, by: -1) {
                        out[written] = alphabet[32 + (value >> (5 * group)) & 31]
                        written += 1
                    }
                }
                out[written] = alphabet[value & 31]
                written += 1
            }
            return written
        }
    }

    /// Appends one character for each value (below 64): a weight, form bits.
    static func appendDigits(_ values: ArraySlice<UInt8>, to output: inout [UInt8]) {
        appendWritten(upTo: values.count, to: &output) { out, alphabet in
            for (index, value) in values.enumerated() { out[index] = alphabet[Int(value)] }
            return values.count
        }
    }

    /// Lets `body` write up to `count` bytes, with the alphabet at hand, and appends the number it says it wrote.
    @inline(__always)
    private static func appendWritten(
        upTo count: Int, to output: inout [UInt8],
        _ body: (UnsafeMutableBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int
    ) {
        let written = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = alphabet.withUnsafeBufferPointer { body(buffer, $0) }
        }
        output += written
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
