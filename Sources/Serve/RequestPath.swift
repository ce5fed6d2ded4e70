import Foundation

/// What a request's path asks the preview server for, decided before anything is looked up. The server serves from
/// memory only: a path is a key into the rendered files, never a path on disk, and one that tries to climb out of
/// the root (`..`, `%2e%2e`), hides a slash or backslash in an escape (`%2f`, `%5c`) or holds a NUL is refused.
public enum RequestPath: Equatable, Sendable {
    /// The file at this key of the rendered output: "molenkamp/over-ons/index.html", "index.html".
    case file(String)
    /// Refused, with what is wrong (status 400).
    case refused(String)

    /// Reads the raw request target's path (still percent-encoded, without the query): "/molenkamp/over-ons/".
    public init(raw: String) {
        let bytes = Array(raw.utf8)
        guard bytes.first == UInt8(ascii: "/") else {
            self = .refused("the path must start with /")
            return
        }
        if bytes.contains(0) || bytes.contains(UInt8(ascii: "\\")) {
            self = .refused("the path holds a NUL or a backslash")
            return
        }
        let lowered = raw.lowercased()
        for escape in ["%00", "%2f", "%5c"] where lowered.contains(escape) {
            self = .refused("the path holds an encoded NUL, slash or backslash (\(escape))")
            return
        }
        guard let decoded = raw.removingPercentEncoding else {
            self = .refused("the path has a broken %-escape")
            return
        }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if parts.contains(where: { $0 == "." || $0 == ".." }) {
            self = .refused("the path climbs with . or ..")
            return
        }
        // "//" inside a path: no file of a build has an empty folder name.
        if parts.dropLast().contains(where: \.isEmpty) {
            self = .refused("the path has an empty folder name (//)")
            return
        }
        let key = parts.joined(separator: "/")
        self = .file(key.isEmpty || key.hasSuffix("/") ? key + "index.html" : key)
    }

    /// The site a key belongs to: its first folder when that is a buurt site ("molenkamp/"), else the portal ("").
    public static func site(of key: String, among sites: some Collection<String>) -> String {
        guard let slash = key.firstIndex(of: "/") else { return "" }
        let folder = String(key[...slash])
        return sites.contains(folder) ? folder : ""
    }
}

/// The Content-Type of a file by its name, for what a build makes (pages, styles, scripts, images, open data,
/// calendars, PDFs) and what editors put beside pages; text types in UTF-8.
public enum ContentType {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "jsonld": "application/ld+json",
        "csv": "text/csv; charset=utf-8",
        "ics": "text/calendar; charset=utf-8",
        "xml": "application/xml",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "mp3": "audio/mpeg",
        "mp4": "video/mp4",
        "webm": "video/webm",
        "zip": "application/zip",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt": "application/vnd.oasis.opendocument.text",
    ]

    /// "molenkamp/agenda/agenda.ics" → "text/calendar; charset=utf-8"; unknown kinds are plain bytes.
    public static func of(_ key: String) -> String {
        let name = key.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    public static func isHTML(_ key: String) -> Bool { of(key).hasPrefix("text/html") }
}
