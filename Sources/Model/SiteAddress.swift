/// The absolute web address where a site (a buurt platform or the portal) is published: `base_url` in site.yml
/// and buurt.yml. Normalised once, when read, so that every link, canonical address and sitemap agrees on it.
public struct SiteAddress: Decodable, Sendable, CustomStringConvertible {
    /// The text as the editor wrote it, for messages that quote the file.
    public let written: String
    /// The address with exactly one trailing slash: "https://x.nl/buurten/oost/".
    public let absolute: String

    public init(_ written: String) {
        self.written = written
        var url = written
        while url.hasSuffix("/") { url.removeLast() }
        absolute = url + "/"
    }

    /// Any text is accepted: whether it is a web address is the validator's to report, with the file's location.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// The path part of the address: "https://x.nl/buurten/oost/" → "/buurten/oost/"; "/" when there is none.
    public var path: String {
        guard let scheme = absolute.range(of: "://") else { return "/" }
        let rest = absolute[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// Whether the address is the root of its host ("https://beekdalverbindt.nl/"), where crawlers look for
    /// robots.txt and finders of security problems for `/.well-known/security.txt`.
    public var isHostRoot: Bool { path == "/" }

    /// The scheme and host without a path: "https://x.nl/buurten/oost/" → "https://x.nl".
    public var origin: String { String(absolute.dropLast(path.count)) }

    public var description: String { absolute }
}
