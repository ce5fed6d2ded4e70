import BuurtCore
import YAML

/// Checks that need the whole site at once: unique names, slugs and URLs, well-formed codes and addresses.
public struct ContentValidator {
    let content: SiteContent
    let diagnostics: DiagnosticCollector
    /// The folders the features take, in the order the features are registered.
    let reservedFolders: [ReservedFolder]

    public init(content: SiteContent, diagnostics: DiagnosticCollector, reservedFolders: [ReservedFolder] = []) {
        self.content = content
        self.diagnostics = diagnostics
        self.reservedFolders = reservedFolders
    }

    public func validate() {
        checkMunicipality()
        checkSharedLists()
        checkUniquePlatforms()
        for buurt in content.buurten {
            checkBuurt(buurt)
            checkUniqueURLs(of: buurt)
        }
        checkUniqueURLs(among: content.sharedPages)
        checkPortalFolders()
        checkFeatureFolders()
    }

    /// Each feature takes folders of every buurt site (and some of the portal): no page, no buurt and no other
    /// feature may use the same name.
    func checkFeatureFolders() {
        var owners: [String: ReservedFolder] = [:]
        for folder in reservedFolders {
            if let first = owners[folder.segment] {
                diagnostics.add(
                    .error(
                        at: folder.location,
                        "the \(folder.owner) and the \(first.owner) both use the folder '\(folder.segment)/'",
                        hint: "give \(first.setting) and \(folder.setting) different names"))
            } else {
                owners[folder.segment] = folder
            }
            if ContentLayout.reservedSlugs.contains(folder.segment) {
                diagnostics.add(
                    .error(
                        at: folder.location, "'\(folder.segment)' is reserved for the build's own files",
                        hint: "choose another \(folder.setting)"))
            }
        }
        for page in content.sharedPages + content.buurten.flatMap(\.pages) {
            let top = String(page.urlPath.split(separator: "/").first ?? "")
            if let folder = reservedFolders.first(where: { $0.segment == top }) {
                diagnostics.add(
                    .error(
                        at: page.slugLocation,
                        "page '\(page.urlPath)' would take the folder of the \(folder.owner) ('\(top)/')",
                        hint: "rename the page or give it another 'slug:', or change \(folder.setting) in site.yml"))
            }
        }
        for folder in reservedFolders {
            guard let use = folder.portalUse else { continue }
            for buurt in content.buurten where buurt.slug == folder.segment {
                diagnostics.add(
                    .error(
                        at: SourceLocation(file: buurt.folder),
                        "buurt folder '\(buurt.slug)' would take the portal's folder of \(use)",
                        hint: "rename the buurt's folder, or change \(folder.setting) in site.yml"))
            }
        }
    }

    /// `categories:` and `audiences:`: values that work in a web address, each once, with a label.
    func checkSharedLists() {
        let node = content.municipalityNode
        for (key, terms) in [
            ("categories", content.municipality.categories), ("audiences", content.municipality.audiences),
        ] {
            var seen: [String: Int] = [:]
            for (index, term) in terms.enumerated() {
                let here: NodePath = [.key(key), .index(index)]
                let value = here + [.key("value")]
                let at = node.node(at: value).location
                if !Slug.isValid(term.value) {
                    let slug = Slug.make(from: term.value)
                    diagnostics.add(
                        .error(
                            at: at, "\(value) '\(term.value)' cannot be used in a web address",
                            hint: "use lowercase letters, digits and hyphens, for example "
                                + "'\(slug.isEmpty ? "zorg" : slug)'; the label can be any text"))
                } else if let first = seen[term.value] {
                    diagnostics.add(
                        .error(
                            at: at, "\(key): value '\(term.value)' is listed twice (also at position \(first + 1))",
                            hint: "each value may appear once; give the second one another value"))
                } else {
                    seen[term.value] = index
                }
                if term.label.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.add(
                        .error(
                            at: node.node(at: here).location, "\(here) has an empty label",
                            hint: "write the text people see, for example 'label: Zorg en gezondheid'"))
                }
                if let description = term.description, description.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.add(
                        .error(
                            at: node.node(at: here + [.key("description")]).location,
                            "\(here) has an empty description",
                            hint: "say in a sentence what it covers, or leave 'description:' out"))
                }
            }
        }
    }

    /// The portal holds a folder per buurt and the municipality-wide pages: their names may not clash.
    func checkPortalFolders() {
        let buurten = Set(content.buurten.map(\.slug))
        for page in content.sharedPages {
            let top = String(page.urlPath.split(separator: "/").first ?? "")
            if buurten.contains(top) || top == "media" {
                diagnostics.add(
                    .error(
                        at: page.slugLocation,
                        "page '\(page.urlPath)' would take the portal's folder of the buurt '\(top)'",
                        hint: "rename the page or give it another 'slug:'"))
            }
        }
    }

    func checkMunicipality() {
        let config = content.municipality, node = content.municipalityNode
        if !config.cbsCode.matches(prefix: "GM", digits: 4) {
            diagnostics.add(
                .error(
                    at: location(of: "cbs_code", in: node, file: ContentLayout.siteConfig),
                    "'\(config.cbsCode)' is not a CBS gemeentecode",
                    hint: "write GM followed by the four digits of the municipality, e.g. GM0363"))
        }
        checkBaseURL(config.baseURL.written, key: "base_url", in: node, file: ContentLayout.siteConfig)
        if !Slug.isValid(config.language.replacingOccurrences(of: "-", with: "")) {
            diagnostics.add(
                .error(
                    at: location(of: "language", in: node, file: ContentLayout.siteConfig),
                    "'\(config.language)' is not a language code", hint: "write a code such as 'nl' or 'en'"))
        }
        checkRegion()
        checkOpenData()
    }

    /// `country:` is an ISO 3166-1 code; `province:` in the Netherlands one of its twelve provinces.
    func checkRegion() {
        let config = content.municipality, node = content.municipalityNode
        let country = config.country
        let isCode = country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }
        if !isCode {
            diagnostics.add(
                .error(
                    at: location(of: "country", in: node, file: ContentLayout.siteConfig),
                    "country '\(country)' is not a two-letter country code",
                    hint: "write the ISO 3166-1 code in capitals: 'NL' for the Netherlands (the default)"))
        }
        guard let province = config.province else { return }
        if province.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.add(
                .error(
                    at: location(of: "province", in: node, file: ContentLayout.siteConfig), "province is empty",
                    hint: "write the province of the municipality, for example 'province: Gelderland'"))
        } else if country == "NL" && !MunicipalityConfig.dutchProvinces.contains(province) {
            let suggestion = Suggestion.didYouMean(province, among: MunicipalityConfig.dutchProvinces)
            diagnostics.add(
                .error(
                    at: location(of: "province", in: node, file: ContentLayout.siteConfig),
                    "'\(province)' is not a province of the Netherlands\(suggestion)",
                    hint: "write one of "
                        + MunicipalityConfig.dutchProvinces.filter { $0 != "Friesland" }.joined(separator: ", ")))
        }
    }

    /// `open_data: contact:` is an e-mail address or a web address; the licence is checked as it is read.
    func checkOpenData() {
        guard let contact = content.municipality.openData.contact else { return }
        if !AddressCheck.isEmail(contact) && !AddressCheck.isWebAddress(contact) {
            let node = content.municipalityNode
            diagnostics.add(
                .error(
                    at: node.node(at: [.key("open_data"), .key("contact")]).location,
                    "open_data.contact: '\(contact)' is neither an e-mail address nor a web address",
                    hint: "write the address for questions about the data, for example 'opendata@lindeveen.nl' or "
                        + "the address of a contact form (https://…)"))
        }
    }

    func checkBuurt(_ buurt: Buurt) {
        let file = buurt.configPath, node = buurt.configNode, config = buurt.config
        checkBaseURL(config.baseURL.written, key: "base_url", in: node, file: file)
        let municipalityDigits = content.municipality.cbsCode.dropFirst(2)
        for (index, code) in config.cbsCodes.enumerated() {
            let at =
                node["cbs_codes"]?.sequence?[safe: index]?.location ?? location(of: "cbs_codes", in: node, file: file)
            if !code.matches(prefix: "BU", digits: 8) {
                diagnostics.add(
                    .error(
                        at: at, "'\(code)' is not a CBS buurtcode",
                        hint:
                            "write BU followed by eight digits: the gemeentecode's four, then the wijk and buurt, "
                            + "e.g. BU03630001"
                    ))
            } else if !code.dropFirst(2).hasPrefix(municipalityDigits) {
                diagnostics.add(
                    .warning(
                        at: at, "buurtcode '\(code)' is not in gemeente \(content.municipality.cbsCode)",
                        hint: "the first four digits of a buurtcode are those of its gemeente"))
            }
        }
        for (index, connector) in config.connectors.enumerated() {
            if let email = connector.email, !email.allSatisfy(\.isWhitespace), !AddressCheck.isEmail(email) {
                let at =
                    node["connectors"]?.sequence?[safe: index]?["email"]?.location
                    ?? location(of: "connectors", in: node, file: file)
                diagnostics.add(
                    .error(at: at, "'\(email)' is not an e-mail address", hint: "write it as naam@voorbeeld.nl"))
            }
        }
        if let logo = config.theme?.logo {
            let path = root.normalise(buurt.folder + "/" + logo)
            if path == nil || !root.isFile(path!) || !path!.hasPrefix(buurt.folder + "/") {
                let at = node["theme"]?["logo"]?.location ?? location(of: "theme", in: node, file: file)
                diagnostics.add(
                    .error(
                        at: at, "logo '\(logo)' not found in \(buurt.folder)/",
                        hint: "put the logo file in the buurt's folder and give its path relative to buurt.yml"))
            }
        }
    }

    /// Two platforms may not share a name (compared without case and accents), nor an address.
    func checkUniquePlatforms() {
        checkUnique("name", what: "platform name", hint: "every buurt platform needs its own name") {
            Slug.fold($0.name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        } shown: {
            $0.name
        }
        checkUnique("base_url", what: "address", hint: "give every buurt platform its own base_url") {
            $0.baseURL.absolute.lowercased()
        } shown: {
            $0.baseURL.written
        }
    }

    /// Reports every platform whose `key` (compared as `normalised`) an earlier platform already has, naming both
    /// files.
    private func checkUnique(
        _ key: String, what: String, hint: String, normalised: (BuurtConfig) -> String,
        shown: (BuurtConfig) -> String
    ) {
        var owners: [String: Buurt] = [:]
        for buurt in content.buurten {
            let value = normalised(buurt.config)
            guard let first = owners[value] else {
                owners[value] = buurt
                continue
            }
            diagnostics.add(
                .error(
                    at: location(of: key, in: buurt.configNode, file: buurt.configPath),
                    "\(what) '\(shown(buurt.config))' is already used by "
                        + "\(location(of: key, in: first.configNode, file: first.configPath))",
                    hint: hint))
        }
    }

    /// A buurt site holds its own pages and the municipality-wide ones: no two may share a URL.
    func checkUniqueURLs(of buurt: Buurt) {
        checkUniqueURLs(among: content.sharedPages + buurt.pages, skipSharedPairs: true)
    }

    func checkUniqueURLs(among pages: [Page], skipSharedPairs: Bool = false) {
        var seen: [String: Page] = [:]
        for page in pages {
            if let first = seen[page.urlPath] {
                if skipSharedPairs && first.owner == .municipality && page.owner == .municipality { continue }
                // Point at the page whose own `slug:` caused the clash, when there is one.
                let (culprit, other) =
                    first.frontMatter.slug != nil && page.frontMatter.slug == nil ? (first, page) : (page, first)
                diagnostics.add(
                    .error(
                        at: culprit.slugLocation,
                        "page '\(page.urlPath)' is also made from \(other.sourcePath)",
                        hint: "two pages cannot share one web address: rename one file or give it another 'slug:'"))
            } else {
                seen[page.urlPath] = page
            }
        }
    }

    func checkBaseURL(_ url: String, key: String, in node: YAMLNode, file: String) {
        let lowered = url.lowercased()
        let rest =
            lowered.hasPrefix("https://")
            ? lowered.dropFirst(8) : lowered.hasPrefix("http://") ? lowered.dropFirst(7) : nil
        let host = rest?.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let allowed = "abcdefghijklmnopqrstuvwxyz0123456789.-:[]"
        if rest == nil || host.isEmpty || !host.allSatisfy({ allowed.contains($0) })
            || url.contains(where: { $0.isWhitespace || "\"'<>\\`{}|^#?".contains($0) })
        {
            diagnostics.add(
                .error(
                    at: location(of: key, in: node, file: file), "'\(url)' is not a web address",
                    hint:
                        "write the full address where the site will be published, e.g. https://www.example.nl/buurten/")
            )
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
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
