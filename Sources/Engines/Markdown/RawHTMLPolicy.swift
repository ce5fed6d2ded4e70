/// The one check on raw HTML when `allowRawHTML` is on. Raw HTML is trusted content then
/// (cmark's tagfilter still escapes `<script>`, `<iframe>` and the like); this only catches
/// `javascript:` addresses, which pasted embed code sometimes carries.
enum RawHTMLPolicy {
    /// Whether the HTML holds a `javascript:` or `vbscript:` address, also when written with
    /// character references (`&#106;`, `&colon;`). A safety net, not a sanitizer.
    static func hasScriptAddress(_ html: UnsafePointer<CChar>) -> Bool {
        var normalised: [UInt8] = []
        var pointer = UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self)
        var sawColon = false
        while pointer.pointee != 0 {
            var byte = pointer.pointee
            pointer += 1
            if byte == UInt8(ascii: "&"), let (decoded, length) = characterReference(after: pointer) {
                byte = decoded
                pointer += length
            }
            // URL parsers drop tabs and line breaks anywhere, so "java&#9;script:" runs too.
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: ":") { sawColon = true }
            normalised.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        guard sawColon else { return false }
        return contains(normalised, "javascript:") || contains(normalised, "vbscript:")
    }

    /// Decodes a character reference that stands for an ASCII character: `&#106;`, `&#x6A`
    /// (browsers accept numeric ones without ";"), `&colon;`, `&tab;`, `&newline;`.
    /// `start` points just after the "&"; returns the character and the bytes read.
    private static func characterReference(after start: UnsafePointer<UInt8>) -> (UInt8, Int)? {
        var length = 0
        if start[0] == UInt8(ascii: "#") {
            length = 1
            let hex = start[1] | 0x20 == UInt8(ascii: "x")
            if hex { length += 1 }
            var value: UInt32 = 0
            var digits = 0
            while let digit = hexDigit(start[length]), hex || digit < 10 {
                value = min(value * (hex ? 16 : 10) + UInt32(digit), 0x110000)
                digits += 1
                length += 1
            }
            guard digits > 0, value < 0x80 else { return nil }
            if start[length] == UInt8(ascii: ";") { length += 1 }
            return (UInt8(value), length)
        }
        var name: [UInt8] = []
        while length < 8, LinkPolicy.isLetter(start[length]) {
            name.append(start[length] | 0x20)
            length += 1
        }
        guard start[length] == UInt8(ascii: ";") else { return nil }
        switch String(decoding: name, as: UTF8.self) {
        case "colon": return (UInt8(ascii: ":"), length + 1)
        case "tab": return (0x09, length + 1)
        case "newline": return (0x0A, length + 1)
        default: return nil
        }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46, 0x61...0x66: return (byte | 0x20) - 0x61 + 10
        default: return nil
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
