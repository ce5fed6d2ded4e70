import BuurtCore
import Mustache

/// HTML escaping for `{{value}}`, as swift-mustache's own (& < > " ' become entities), but over
/// UTF-8 bytes, returning the text untouched when it holds none of them. The library's escaper
/// looks every Character up in a dictionary, which made escaping a large part of each page's
/// render time.
struct FastHTMLContentType: MustacheContentType {
    static let name = "BUURTSITE_HTML"

    /// Every template starts with this pragma on a line of its own (added when it is loaded, after the theme's own
    /// text was checked for pragmas), so every template and partial escapes this way.
    static let pragma = "{{%CONTENT_TYPE:\(name)}}"

    /// Registered once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard text.anyUTF8Byte({ $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
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

/// A text value for templates. Mustache shows it exactly as it shows a String (escaped with `{{x}}`, as is
/// with `{{{x}}}`), but finds out what it is with one check instead of several: the values every page
/// renders (its title, content and links) use it, which makes rendering a page about a tenth faster.
public struct TemplateText: MustacheCustomRenderable, CustomStringConvertible, @unchecked Sendable {
    public let renderText: String
    public var isNull: Bool { false }
    public var description: String { renderText }

    public init(_ text: String) {
        renderText = text
    }
}
