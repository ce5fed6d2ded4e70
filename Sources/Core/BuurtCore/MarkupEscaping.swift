extension String {
    /// The text for HTML and XML, in content and in attribute values: & < > " ' become `&amp;` `&lt;` `&gt;`
    /// `&quot;` `&#39;` (as Mustache escapes them), and the text is returned untouched when it holds none of them,
    /// as most text does. The one escaping of the project: templates, sitemaps, redirect pages and serve's overlay.
    /// Over UTF-8 bytes: the walk over Characters cost a large part of each page's render time.
    public var markupEscaped: String {
        guard anyUTF8Byte({ $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return self
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
