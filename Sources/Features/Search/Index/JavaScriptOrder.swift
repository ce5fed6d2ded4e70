/// Strings in the order JavaScript's `<` puts them (UTF-16 code units), so that search.js can look terms up by
/// binary search.
func javaScriptOrder(_ a: String, _ b: String) -> Bool {
    a.utf16.lexicographicallyPrecedes(b.utf16)
}

/// Many strings sorted in JavaScript's order, by their UTF-8 bytes copied once into one buffer: through the strings'
/// UTF-16 views each comparison took about 500 instructions, and sorting a term table's terms and vocabulary was
/// 37 M instructions of the 2,000-page bench site's build (callgrind); by bytes 7 M.
///
/// UTF-8 bytes sort as code points do. UTF-16 code units sort differently only where a character of U+E000…U+FFFF
/// meets one from U+10000 on (written as a pair of units from U+D800): so without any character from U+E000 on
/// (UTF-8 lead bytes 0xEE and up) the two orders are the same, and with one the strings are sorted by UTF-16.
enum JavaScriptOrder {
    static func sorted(_ strings: [String]) -> [String] {
        sortedIndices(strings).map { strings[$0] }
    }

    /// The positions of `strings` in the order of their strings.
    static func sortedIndices(_ strings: [String]) -> [Int] {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(strings.count + 1)
        for string in strings {
            bytes += string.utf8
            starts.append(bytes.count)
        }
        guard !bytes.contains(where: { $0 >= 0xEE }) else {
            return strings.indices.sorted { javaScriptOrder(strings[$0], strings[$1]) }
        }
        return bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                strings.indices.sorted { a, b in
                    var (left, right) = (starts[a], starts[b])
                    let (leftEnd, rightEnd) = (starts[a + 1], starts[b + 1])
                    while left < leftEnd, right < rightEnd {
                        if bytes[left] != bytes[right] { return bytes[left] < bytes[right] }
                        left += 1
                        right += 1
                    }
                    return left == leftEnd && right < rightEnd
                }
            }
        }
    }
}
