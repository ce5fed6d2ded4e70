import Model

/// The response headers every host configuration sets, with their values from `HostingSettings`.
enum HostHeaders {
    /// The policy every page and script works under: everything from the site's own host, nothing inline, no eval;
    /// no plug-ins, no other `<base>`, forms only to the site itself, frames as the settings say. JSON-LD
    /// (`<script type="application/ld+json">`) is data, which browsers do not run, so the policy allows it.
    static func contentSecurityPolicy(_ settings: HostingSettings) -> String {
        [
            "default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
            "frame-ancestors '\(settings.frameAncestors)'",
        ].joined(separator: "; ")
    }

    static func strictTransportSecurity(_ settings: HostingSettings) -> String {
        "max-age=\(settings.hstsMaxAge)" + (settings.hstsIncludeSubdomains ? "; includeSubDomains" : "")
            + (settings.hstsPreload ? "; preload" : "")
    }

    /// Browser features no page uses, switched off for them and for anything they might show.
    static let permissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()"

    /// The headers of every answer, in this order.
    static func security(_ settings: HostingSettings) -> [(name: String, value: String)] {
        [
            ("Strict-Transport-Security", strictTransportSecurity(settings)),
            ("Content-Security-Policy", contentSecurityPolicy(settings)),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", settings.referrerPolicy),
            ("Permissions-Policy", permissionsPolicy),
        ]
    }

    /// Files named after their content never change: a year, and browsers need not ask again.
    static let immutable = "public, max-age=31536000, immutable"

    /// Pages and other files that keep their name when they change (feeds, open data, sitemaps).
    static func shortCache(_ settings: HostingSettings) -> String {
        "public, max-age=\(settings.htmlMaxAge)"
    }

    /// Content types the hosts' defaults lack or get wrong, by file extension.
    static let contentTypes: [(extension: String, type: String)] = [
        ("ics", "text/calendar; charset=utf-8"),
        ("csv", "text/csv; charset=utf-8"),
        ("json", "application/json"),
        ("jsonld", "application/ld+json"),
        ("txt", "text/plain; charset=utf-8"),
    ]

    /// The static HSDS API's lists, which clients ask for without `.json` (README "Open data").
    static let apiLists = ["services", "organizations", "taxonomy_terms"]
}
