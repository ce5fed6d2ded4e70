import BuurtCore
import YAML

/// Checks that need the whole site at once: unique names, slugs and URLs, well-formed codes and addresses.
public struct ContentValidator {
    let content: SiteContent
    let diagnostics: DiagnosticCollector

    public init(content: SiteContent, diagnostics: DiagnosticCollector) {
        self.content = content
        self.diagnostics = diagnostics
    }

    public func validate() {
        checkMunicipality()
        checkUniquePlatforms()
        for neighbourhood in content.neighbourhoods {
            checkNeighbourhood(neighbourhood)
            checkUniqueURLs(of: neighbourhood)
        }
        checkUniqueURLs(among: content.sharedPages)
        checkPortalFolders()
        checkFeatureFolders()
    }

    /// The kaart and the toolkit each take a folder of every buurt site (and the kaart one of the portal, for its
    /// open data): no page, no buurt and not the other feature may use the same name.
    func checkFeatureFolders() {
        let node = content.municipalityNode, file = ContentLayout.siteConfig
        let kaart = content.municipality.kaart.segment, toolkit = content.municipality.toolkit.segment
        let features = [(kaart, "kaart"), (toolkit, "toolkit")]
        if kaart == toolkit {
            diagnostics.add(.error(at: node["toolkit"]?["segment"]?.location ?? location(of: "toolkit", in: node, file: file),
                                   "the toolkit and the kaart both use the folder '\(kaart)/'",
                                   hint: "give kaart.segment and toolkit.segment different names"))
        }
        for (segment, key) in features where ContentLayout.reservedSlugs.contains(segment) {
            diagnostics.add(.error(at: node[key]?["segment"]?.location ?? location(of: key, in: node, file: file),
                                   "'\(segment)' is reserved for the build's own files", hint: "choose another \(key).segment"))
        }
        for page in content.sharedPages + content.neighbourhoods.flatMap(\.pages) {
            let top = String(page.urlPath.split(separator: "/").first ?? "")
            if let (_, key) = features.first(where: { $0.0 == top }) {
                diagnostics.add(.error(at: page.slugLocation, "page '\(page.urlPath)' would take the folder of the \(key) ('\(top)/')",
                                       hint: "rename the page or give it another 'slug:', or change \(key).segment in site.yml"))
            }
        }
        for neighbourhood in content.neighbourhoods where neighbourhood.slug == kaart {
            diagnostics.add(.error(at: SourceLocation(file: neighbourhood.folder),
                                   "buurt folder '\(neighbourhood.slug)' would take the portal's folder of the kaart's open data",
                                   hint: "rename the buurt's folder, or change kaart.segment in site.yml"))
        }
    }

    /// The portal holds a folder per buurt and the municipality-wide pages: their names may not clash.
    func checkPortalFolders() {
        let buurten = Set(content.neighbourhoods.map(\.slug))
        for page in content.sharedPages {
            let top = String(page.urlPath.split(separator: "/").first ?? "")
            if buurten.contains(top) || top == "media" {
                diagnostics.add(.error(at: page.slugLocation, "page '\(page.urlPath)' would take the portal's folder of the buurt '\(top)'",
                                       hint: "rename the page or give it another 'slug:'"))
            }
        }
    }

    func checkMunicipality() {
        let config = content.municipality, node = content.municipalityNode
        if !config.cbsCode.matches(prefix: "GM", digits: 4) {
            diagnostics.add(.error(at: location(of: "cbs_code", in: node, file: ContentLayout.siteConfig),
                                   "'\(config.cbsCode)' is not a CBS gemeentecode",
                                   hint: "write GM followed by the four digits of the municipality, e.g. GM0363"))
        }
        checkBaseURL(config.baseURL, key: "base_url", in: node, file: ContentLayout.siteConfig)
        if !Slug.isValid(config.language.replacingOccurrences(of: "-", with: "")) {
            diagnostics.add(.error(at: location(of: "language", in: node, file: ContentLayout.siteConfig),
                                   "'\(config.language)' is not a language code", hint: "write a code such as 'nl' or 'en'"))
        }
    }

    func checkNeighbourhood(_ neighbourhood: Neighbourhood) {
        let file = neighbourhood.configPath, node = neighbourhood.configNode, config = neighbourhood.config
        checkBaseURL(config.baseURL, key: "base_url", in: node, file: file)
        let municipalityDigits = content.municipality.cbsCode.dropFirst(2)
        for (index, code) in config.cbsCodes.enumerated() {
            let at = node["cbs_codes"]?.sequence?[safe: index]?.location ?? location(of: "cbs_codes", in: node, file: file)
            if !code.matches(prefix: "BU", digits: 8) {
                diagnostics.add(.error(at: at, "'\(code)' is not a CBS buurtcode",
                                       hint: "write BU followed by eight digits: the gemeentecode's four, then the wijk and buurt, e.g. BU03630001"))
            } else if !code.dropFirst(2).hasPrefix(municipalityDigits) {
                diagnostics.add(.warning(at: at, "buurtcode '\(code)' is not in gemeente \(content.municipality.cbsCode)",
                                         hint: "the first four digits of a buurtcode are those of its gemeente"))
            }
        }
        for (index, connector) in config.connectors.enumerated() {
            if let email = connector.email, !email.allSatisfy(\.isWhitespace), !AddressCheck.isEmail(email) {
                let at = node["connectors"]?.sequence?[safe: index]?["email"]?.location ?? location(of: "connectors", in: node, file: file)
                diagnostics.add(.error(at: at, "'\(email)' is not an e-mail address", hint: "write it as naam@voorbeeld.nl"))
            }
        }
        if let logo = config.theme?.logo {
            let path = root.normalise(neighbourhood.folder + "/" + logo)
            if path == nil || !root.isFile(path!) || !path!.hasPrefix(neighbourhood.folder + "/") {
                let at = node["theme"]?["logo"]?.location ?? location(of: "theme", in: node, file: file)
                diagnostics.add(.error(at: at, "logo '\(logo)' not found in \(neighbourhood.folder)/",
                                       hint: "put the logo file in the buurt's folder and give its path relative to buurt.yml"))
            }
        }
    }

    /// Two platforms may not share a name (compared without case and accents), nor an address.
    func checkUniquePlatforms() {
        checkUnique("name", what: "platform name", hint: "every buurt platform needs its own name") {
            Slug.fold($0.name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        } shown: { $0.name }
        checkUnique("base_url", what: "address", hint: "give every buurt platform its own base_url") {
            $0.baseURL.normalisedBaseURL.lowercased()
        } shown: { $0.baseURL }
    }

    /// Reports every platform whose `key` (compared as `normalised`) an earlier platform already has, naming both files.
    private func checkUnique(_ key: String, what: String, hint: String, normalised: (NeighbourhoodConfig) -> String,
                             shown: (NeighbourhoodConfig) -> String) {
        var owners: [String: Neighbourhood] = [:]
        for neighbourhood in content.neighbourhoods {
            let value = normalised(neighbourhood.config)
            guard let first = owners[value] else {
                owners[value] = neighbourhood
                continue
            }
            diagnostics.add(.error(at: location(of: key, in: neighbourhood.configNode, file: neighbourhood.configPath),
                                   "\(what) '\(shown(neighbourhood.config))' is already used by \(location(of: key, in: first.configNode, file: first.configPath))",
                                   hint: hint))
        }
    }

    /// A buurt site holds its own pages and the municipality-wide ones: no two may share a URL.
    func checkUniqueURLs(of neighbourhood: Neighbourhood) {
        checkUniqueURLs(among: content.sharedPages + neighbourhood.pages, skipSharedPairs: true)
    }

    func checkUniqueURLs(among pages: [Page], skipSharedPairs: Bool = false) {
        var seen: [String: Page] = [:]
        for page in pages {
            if let first = seen[page.urlPath] {
                if skipSharedPairs && first.owner == .municipality && page.owner == .municipality { continue }
                // Point at the page whose own `slug:` caused the clash, when there is one.
                let (culprit, other) = first.frontMatter.slug != nil && page.frontMatter.slug == nil ? (first, page) : (page, first)
                diagnostics.add(.error(at: culprit.slugLocation,
                                       "page '\(page.urlPath)' is also made from \(other.sourcePath)",
                                       hint: "two pages cannot share one web address: rename one file or give it another 'slug:'"))
            } else {
                seen[page.urlPath] = page
            }
        }
    }

    func checkBaseURL(_ url: String, key: String, in node: YAMLNode, file: String) {
        let lowered = url.lowercased()
        let rest = lowered.hasPrefix("https://") ? lowered.dropFirst(8) : lowered.hasPrefix("http://") ? lowered.dropFirst(7) : nil
        let host = rest?.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let allowed = "abcdefghijklmnopqrstuvwxyz0123456789.-:[]"
        if rest == nil || host.isEmpty || !host.allSatisfy({ allowed.contains($0) })
            || url.contains(where: { $0.isWhitespace || "\"'<>\\`{}|^#?".contains($0) }) {
            diagnostics.add(.error(at: location(of: key, in: node, file: file), "'\(url)' is not a web address",
                                   hint: "write the full address where the site will be published, e.g. https://www.example.nl/buurten/"))
        }
    }

    var root: SiteRoot { content.root }

    func location(of key: String, in node: YAMLNode, file: String) -> SourceLocation {
        node[key]?.location ?? node.location
    }
}

extension String {
    func matches(prefix: String, digits: Int) -> Bool {
        hasPrefix(prefix) && count == prefix.count + digits && dropFirst(prefix.count).allSatisfy(\.isASCIIDigit)
    }

    /// The address with exactly one trailing slash.
    public var normalisedBaseURL: String {
        var url = self
        while url.hasSuffix("/") { url.removeLast() }
        return url + "/"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

