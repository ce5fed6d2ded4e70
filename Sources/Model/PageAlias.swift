import BuurtCore
import YAML

/// An old address of a page or item (`aliases:` in its front matter), where a small redirect page sends visitors on
/// to the new one. Written as a path inside the page's own site, from the site's address (`base_url`): for a site at
/// `https://www.lindeveen.nl/buurten/molenkamp/`, `oud-adres/` is `…/buurten/molenkamp/oud-adres/`. A leading "/"
/// means the same (the site's root, not the host's); a path without a file name gets its trailing "/"; an old
/// address of a file ends in `.html`.
public struct PageAlias: Decodable, Sendable, Hashable {
    /// The path inside the site, normalised: "oud-adres/", "nieuws/2019/bericht.html"; never starts with "/".
    public let path: String
    /// Where the alias is written, for messages.
    public let location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    public init(from decoder: any Decoder) throws {
        let node = try decoder.singleValueContainer().decode(YAMLNode.self)
        guard let text = node.string else {
            let found = node.mapping != nil ? "a mapping" : node.sequence != nil ? "a list" : "an empty value"
            throw Diagnostic.error(at: node.location, "an alias must be a path, found \(found)", hint: Self.formHint)
        }
        switch Self.normalise(text) {
        case .success(let path): self.init(path: path, location: node.location)
        case .failure(let problem):
            throw Diagnostic.error(at: node.location, "alias '\(text)' \(problem.message)", hint: problem.hint)
        }
    }

    /// The output file of the redirect page: "oud-adres/index.html", or the alias itself when it names a file.
    public var outputFile: String { path.hasSuffix("/") ? path + "index.html" : path }

    static let formHint =
        "write an old address as a path inside this site, from the site's own address: 'oud-adres/' "
        + "or 'nieuws/2019/bericht.html'"

    public struct Problem: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// The path of an alias as written, normalised, or what is wrong with it.
    public static func normalise(_ written: String) -> Result<String, Problem> {
        let lowered = written.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("//") {
            return .failure(
                Problem(
                    message: "is a full web address; an alias is a path inside this site",
                    hint: "write only the part after the site's address (its base_url): 'oud-adres/'"))
        }
        var path = Substring(written)
        if path.hasPrefix("/") { path = path.dropFirst() }
        if path.isEmpty {
            return .failure(
                Problem(message: "is the address of the site's home page", hint: "remove it, or " + formHint))
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            if part.isEmpty && isLast { continue }
            if part == ".." {
                return .failure(
                    Problem(
                        message: "leads outside the site ('..')",
                        hint: "an alias can only be an address inside the page's own site; " + formHint))
            }
            if part.isEmpty || part == "." {
                return .failure(Problem(message: "has an empty part ('//' or '/./')", hint: formHint))
            }
            if part.hasPrefix(".") {
                return .failure(
                    Problem(
                        message: "has a part that starts with '.' ('\(part)')",
                        hint: "hidden folders such as .well-known are the host's; " + formHint))
            }
            if let bad = part.unicodeScalars.first(where: { !isAllowed($0) }) {
                return .failure(
                    Problem(
                        message: "holds '\(bad)', which a static redirect page cannot have in its address",
                        hint:
                            "use letters, digits, '-', '_' and '.'; a '?query' or '#part' cannot be redirected "
                            + "by a page, only by the host"))
            }
        }
        if !path.hasSuffix("/") {
            let last = parts.last ?? ""
            if last.contains(".") {
                guard last.hasSuffix(".html") || last.hasSuffix(".htm") else {
                    return .failure(
                        Problem(
                            message: "names a file that is not a web page ('\(last)')",
                            hint: "a redirect page can stand at a folder ('oud-adres/') or an .html address"))
                }
                return .success(String(path))
            }
            return .success(String(path) + "/")
        }
        return .success(String(path))
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "~": true
        default: false
        }
    }
}
