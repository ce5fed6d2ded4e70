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
}
