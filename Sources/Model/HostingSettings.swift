import BuurtCore
import YAML

/// `hosting:` in site.yml, and in the buurt.yml of a buurt on a host of its own: how the web server answers, written
/// into the host configuration every build makes (`_headers`, `.htaccess`, `buurtsite hosting --nginx`). Every key
/// may be left out; `HostingSettings` has the defaults.
public struct HostingSection: Decodable, Sendable {
    public var hsts: HSTSSection?
    /// "strict-origin-when-cross-origin", "no-referrer", …
    public var referrerPolicy: String?
    /// Who may show the pages in a frame: "self" (the same host) or "none".
    public var frameAncestors: String?
    /// Seconds a browser may keep a page (HTML) and other files without a hash in their name.
    public var htmlMaxAge: Int?

    public struct HSTSSection: Decodable, Sendable {
        public var maxAge: Int?
        public var includeSubdomains: Bool?
        public var preload: Bool?

        enum CodingKeys: String, CodingKey {
            case maxAge = "max_age"
            case includeSubdomains = "include_subdomains"
            case preload
        }
    }

    enum CodingKeys: String, CodingKey {
        case hsts
        case referrerPolicy = "referrer_policy"
        case frameAncestors = "frame_ancestors"
        case htmlMaxAge = "html_max_age"
    }
}

/// How a host serves a site: the values of the headers the host configuration sets. Safe defaults: HSTS for a year
/// on this host only (not its subdomains, not on the browsers' preload list: both are a municipality's own choice
/// for its whole domain), pages shown in frames of the same host only, a page kept for 5 minutes.
public struct HostingSettings: Sendable, Equatable {
    /// `Strict-Transport-Security: max-age=…`: seconds a browser uses only HTTPS for the host. Default one year.
    public var hstsMaxAge = 31_536_000
    public var hstsIncludeSubdomains = false
    public var hstsPreload = false
    public var referrerPolicy = "strict-origin-when-cross-origin"
    /// CSP `frame-ancestors`: "self" or "none".
    public var frameAncestors = "self"
    /// `Cache-Control: public, max-age=…` of pages and other files without a hash in their name (feeds, open data).
    public var htmlMaxAge = 300

    public init() {}

    /// The values a browser knows for `Referrer-Policy`.
    public static let referrerPolicies = [
        "no-referrer", "no-referrer-when-downgrade", "origin", "origin-when-cross-origin", "same-origin",
        "strict-origin", "strict-origin-when-cross-origin", "unsafe-url",
    ]

    /// The settings of the municipality's host: site.yml's `hosting:` over the defaults.
    public static func portal(_ content: SiteContent, diagnostics: DiagnosticCollector) -> HostingSettings {
        HostingSettings().applying(
            content.municipality.hosting, node: content.municipalityNode["hosting"],
            file: ContentLayout.siteConfig, diagnostics: diagnostics)
    }

    /// The settings of a buurt's site: those of site.yml, then for a buurt on a host of its own its buurt.yml's
    /// `hosting:`. A buurt on the portal's host shares the portal's settings: a `hosting:` of its own is an error.
    public static func buurt(_ buurt: Buurt, _ content: SiteContent, diagnostics: DiagnosticCollector)
        -> HostingSettings
    {
        let portal = HostingSettings.portal(content, diagnostics: DiagnosticCollector())
        guard let own = buurt.config.hosting, let node = buurt.configNode["hosting"] else { return portal }
        let host = buurt.config.baseURL.origin
        if host == content.municipality.baseURL.origin {
            diagnostics.add(
                .error(
                    at: node.location,
                    "\(buurt.slug) is published on the portal's host (\(host)), whose settings are site.yml's; "
                        + "a buurt may only have 'hosting:' on a host of its own",
                    hint: "remove 'hosting:' from \(buurt.configPath), or change 'hosting:' in site.yml"))
            return portal
        }
        return portal.applying(own, node: node, file: buurt.configPath, diagnostics: diagnostics)
    }

    /// These settings with the section's values over them, checked; a bad value keeps the setting as it was.
    func applying(_ section: HostingSection?, node: YAMLNode?, file: String, diagnostics: DiagnosticCollector)
        -> HostingSettings
    {
        guard let section else { return self }
        var settings = self
        let at = { (path: [String]) -> SourceLocation in
            var current = node
            for key in path { current = current?[key] }
            return current?.location ?? node?.location ?? SourceLocation(file: file)
        }
        if let maxAge = section.hsts?.maxAge {
            if maxAge < 0 {
                diagnostics.add(
                    .error(
                        at: at(["hsts", "max_age"]), "hosting.hsts.max_age must be a number of seconds, 0 or more",
                        hint: "write 31536000 (one year), or 0 to let browsers forget the rule"))
            } else {
                settings.hstsMaxAge = maxAge
            }
        }
        if let include = section.hsts?.includeSubdomains { settings.hstsIncludeSubdomains = include }
        if let preload = section.hsts?.preload { settings.hstsPreload = preload }
        if settings.hstsPreload && (!settings.hstsIncludeSubdomains || settings.hstsMaxAge < 31_536_000) {
            diagnostics.add(
                .error(
                    at: at(["hsts", "preload"]),
                    "hosting.hsts.preload needs include_subdomains: true and a max_age of at least 31536000 "
                        + "(one year), as the browsers' preload list (hstspreload.org) demands",
                    hint: "set include_subdomains: true and max_age: 31536000 under hsts:, or leave preload out"))
            settings.hstsPreload = false
        }
        if let policy = section.referrerPolicy {
            if Self.referrerPolicies.contains(policy) {
                settings.referrerPolicy = policy
            } else {
                diagnostics.add(
                    .error(
                        at: at(["referrer_policy"]),
                        "unknown hosting.referrer_policy '\(policy)'"
                            + Suggestion.didYouMean(policy, among: Self.referrerPolicies),
                        hint: "use one of " + Self.referrerPolicies.joined(separator: ", ")))
            }
        }
        if let frames = section.frameAncestors {
            if ["self", "none"].contains(frames) {
                settings.frameAncestors = frames
            } else {
                diagnostics.add(
                    .error(
                        at: at(["frame_ancestors"]), "hosting.frame_ancestors is 'self' or 'none', not '\(frames)'",
                        hint: "self: only pages of the same host may show these pages in a frame; none: no page may"))
            }
        }
        if let maxAge = section.htmlMaxAge {
            if maxAge < 0 {
                diagnostics.add(
                    .error(
                        at: at(["html_max_age"]), "hosting.html_max_age must be a number of seconds, 0 or more",
                        hint: "write 300 (five minutes), or 0 to have browsers ask every time"))
            } else {
                settings.htmlMaxAge = maxAge
            }
        }
        return settings
    }
}
