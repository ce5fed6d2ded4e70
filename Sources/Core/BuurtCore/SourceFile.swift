import Foundation

/// The text of one input file, checked to be UTF-8, with the path people should see in messages.
public struct SourceFile: Sendable {
    /// Path relative to the site root, with `/` separators: what error messages show.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Decodes `data` as UTF-8 (a leading byte-order mark is dropped) or throws an error at the first bad byte.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> SourceFile {
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // The standard library validates while it makes the string; our own scan runs only to say where a bad byte is.
        let text = data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) {
                String(validating: UnsafeBufferPointer(rebasing: $0[bom...]), as: UTF8.self)
            }
        }
        if let text { return SourceFile(path: path, text: text) }
        let bytes = [UInt8](data.dropFirst(bom))
        guard let offset = firstInvalidUTF8Offset(bytes) else {
            return SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
        }
        let (line, column) = lineAndColumn(of: offset, in: bytes)
        throw .error(
            at: SourceLocation(file: path, line: line, column: column),
            "file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))",
            hint: "save the file as UTF-8 in your editor")
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowerBound: UInt8 = 0x80, upperBound: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upperBound = 0x9F
            case 0xF0:
                length = 4
                lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upperBound = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for k in 1..<length {
                let byte = bytes[index + k]
                let low: UInt8 = k == 1 ? lowerBound : 0x80
                let high: UInt8 = k == 1 ? upperBound : 0xBF
                if byte < low || byte > high { return index }
            }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in characters, counting a multi-byte letter once) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
