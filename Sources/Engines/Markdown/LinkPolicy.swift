/// What a link destination or image source points at, judged the way a browser reads it.
enum LinkTarget: Equatable {
    /// Nothing written: `[x]()`.
    case empty
    /// A file of the site, relative to the page: goes through the resolver.
    case relative
    /// `#kop` on the same page.
    case fragment
    /// `/pad` from the site root.
    case siteAbsolute
    /// Another site or application: `https://…`, `mailto:…`, `//host/…`.
    case external
    /// A scheme that runs code or reads local data; never written to a page.
    case dangerous(scheme: String)
}

enum LinkPolicy {
    static let dangerousSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    static func classify(_ destination: String) -> LinkTarget {
        let cleaned = browserView(of: destination)
        guard let first = cleaned.first else { return .empty }
        if let scheme = scheme(of: cleaned) {
            return dangerousSchemes.contains(scheme) ? .dangerous(scheme: scheme) : .external
        }
        switch first {
        case UInt8(ascii: "#"):
            return .fragment
        case UInt8(ascii: "/"), UInt8(ascii: "\\"):
            // Browsers read "\" as "/" in web URLs, so "/\host" is another site too.
            if cleaned.count > 1, cleaned[1] == UInt8(ascii: "/") || cleaned[1] == UInt8(ascii: "\\") {
                return .external
            }
            return .siteAbsolute
        default:
            return .relative
        }
    }

    /// The destination as a URL parser sees it: leading and trailing controls and spaces
    /// trimmed, tabs and line breaks removed everywhere (" java\tscript:" is "javascript:").
    private static func browserView(of destination: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(destination.utf8.count)
        for byte in destination.utf8 where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            if bytes.isEmpty && byte <= 0x20 { continue }
            bytes.append(byte)
        }
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        return bytes
    }

    /// The lowercased scheme before the first ":", or nil when the text before it is not a
    /// scheme (a relative path such as "a/b:c" or "hulp.md").
    private static func scheme(of url: [UInt8]) -> String? {
        guard let first = url.first, isLetter(first) else { return nil }
        var scheme: [UInt8] = []
        for byte in url {
            if byte == UInt8(ascii: ":") { return String(decoding: scheme, as: UTF8.self) }
            guard
                isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return nil }
            scheme.append(isLetter(byte) ? byte | 0x20 : byte)
        }
        return nil
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
