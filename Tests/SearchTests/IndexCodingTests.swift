import Testing

@testable import Search

@Suite struct IndexCodingTests {
    @Test func numbersComeBackInOrder() {
        var bytes: [UInt8] = []
        let numbers = [0, 1, 31, 32, 1023, 1024, 123_456]
        for number in numbers { IndexCoding.append(number, to: &bytes) }
        #expect(IndexCoding.decode(bytes) == numbers)
        #expect(bytes.count == 1 + 1 + 1 + 2 + 2 + 3 + 4, "five bits per character")
    }

    @Test func gapsAndDigitsAreWrittenAsNumberByNumber() {
        let documents: [UInt32] = [0, 1, 2, 40, 41, 1_000, 70_000, 4_000_000_000]
        var expected: [UInt8] = []
        var previous = -1
        for document in documents {
            IndexCoding.append(Int(document) - previous - 1, to: &expected)
            previous = Int(document)
        }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        IndexCoding.appendGaps(documents[...], to: &bytes)
        #expect(bytes == [UInt8(ascii: "[")] + expected)

        var digits: [UInt8] = []
        IndexCoding.appendDigits((0..<64).map { UInt8($0) }[...], to: &digits)
        #expect(digits == IndexCoding.alphabet)
    }
}
