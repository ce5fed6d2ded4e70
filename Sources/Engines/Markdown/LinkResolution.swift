/// What to do with one relative link or image source.
public enum LinkResolution: Sendable, Equatable {
    /// Leave the destination as written.
    case keep
    /// Use this URL instead (for example `../speeltuinen/` for `speeltuinen.md`).
    case replace(String)
    /// The target does not exist; the message is reported as an error at the link.
    case missing(String)
}

/// Maps relative destinations in a page to URLs of the built site.
public protocol MarkdownLinkResolver: Sendable {
    /// Called for relative destinations only (no scheme, not `#…`, not `/…` or `//…`);
    /// the destination may end in `#fragment`.
    func resolveLink(_ destination: String) -> LinkResolution
    /// Called for relative image sources only.
    func resolveImage(_ source: String) -> LinkResolution
}
