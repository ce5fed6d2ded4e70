import BuurtCalendar
import BuurtCore
import Model

/// Which sites get a security.txt and what each says. A file stands only at the root of a host (RFC 9116: finders
/// look for `/.well-known/security.txt` there): in the folder of each buurt whose `base_url` is a host root, and in
/// the portal's when its own is. A site under a sub-path is covered by its host's own file.
struct SecurityTxtPlan {
    /// The file of each site that gets one, by site folder: "" for the portal, "beekdal/".
    var files: [String: SecurityTxtFile] = [:]
    /// Sites at the root of a host for which no `security_txt:` is set: they get no file (the build says so).
    var uncovered: [String] = []

    /// Expires that is nearer than this to the build's day is a warning.
    static let warningDays = 30

    init(
        municipality: SecurityTxtSettings?, buurten: [(buurt: Buurt, settings: SecurityTxtSettings?)],
        content: SiteContent, today: Day, diagnostics: DiagnosticCollector
    ) {
        var check = SecurityTxtCheck(today: today)
        if let municipality { check.check(municipality) }
        var sites: [(folder: String, address: SiteAddress, file: String, settings: SecurityTxtSettings?)] = []
        // An address that is no web address is the validator's to report; it has no host to stand at the root of.
        let atHostRoot = { (address: SiteAddress) in address.isHostRoot && AddressCheck.isWebAddress(address.absolute) }
        if atHostRoot(content.municipality.baseURL) {
            sites.append(("", content.municipality.baseURL, ContentLayout.siteConfig, municipality))
        }
        for (buurt, own) in buurten {
            if let own { check.check(own) }
            guard atHostRoot(buurt.config.baseURL) else {
                if let own {
                    let host = buurt.config.baseURL.origin
                    check.problems.append(
                        .warning(
                            at: own.location,
                            "security_txt has no effect here: \(buurt.config.baseURL) is not the root of a host",
                            hint: "remove it: finders look for security.txt only at \(host)/.well-known/security.txt, "
                                + "the host's own file"))
                }
                continue
            }
            let settings = own.map { municipality.map($0.merged(over:)) ?? $0 } ?? municipality
            sites.append((buurt.slug + "/", buurt.config.baseURL, buurt.configPath, settings))
        }
        for site in sites {
            guard let settings = site.settings else {
                uncovered.append(site.address.absolute)
                continue
            }
            if let file = check.file(for: site.address, settings: settings) { files[site.folder] = file }
        }
        diagnostics.add(contentsOf: check.problems)
    }
}

/// The checks of `security_txt:` values, each problem at its value.
struct SecurityTxtCheck {
    let today: Day
    var problems: [Diagnostic] = []

    /// Every value a section gives.
    mutating func check(_ settings: SecurityTxtSettings) {
        for value in settings.contact ?? [] where Self.contactURI(value.text) == nil {
            problems.append(
                .error(
                    at: value.location, "contact '\(value.text)' is no e-mail address, https:// address or tel: number",
                    hint: "write where finders report a problem: security@gemeente.nl, "
                        + "https://www.gemeente.nl/kwetsbaarheid-melden or tel:+31201234567"))
        }
        let pages = [
            ("encryption", settings.encryption), ("policy", settings.policy),
            ("acknowledgments", settings.acknowledgments), ("hiring", settings.hiring),
        ]
        for (name, values) in pages {
            for value in values ?? [] where !Self.isSecureWebAddress(value.text, field: name) {
                problems.append(
                    .error(
                        at: value.location, "\(name) '\(value.text)' is no https:// address",
                        hint: "RFC 9116 wants every web address in security.txt to start with https://"))
            }
        }
        for value in settings.preferredLanguages ?? [] where value.text.wholeMatch(of: Self.languageTag) == nil {
            problems.append(
                .error(
                    at: value.location, "preferred_languages: '\(value.text)' is no language tag",
                    hint: "write language tags such as nl, en or fy (RFC 5646)"))
        }
        if let expires = settings.expires {
            let days = expires.day.days(since: today)
            if days < 0 {
                problems.append(
                    .error(
                        at: expires.location, "expires \(expires.day) has passed (the build's day is \(today))",
                        hint: "set a date in the future, at most a year ahead, after checking that the contact "
                            + "details still work"))
            } else if days < SecurityTxtPlan.warningDays {
                problems.append(
                    .warning(
                        at: expires.location,
                        "expires \(expires.day) is \(days) \(days == 1 ? "day" : "days") after the build's day "
                            + "(\(today)): security.txt will soon no longer count",
                        hint: "set a later date, at most a year ahead, after checking that the contact details still "
                            + "work"))
            }
        }
    }

    /// The file of a site at this address, or nil (with the problem) when the settings lack what it needs.
    mutating func file(for address: SiteAddress, settings: SecurityTxtSettings) -> SecurityTxtFile? {
        let contact = (settings.contact ?? []).compactMap { Self.contactURI($0.text) }
        var missing: [String] = []
        if settings.contact?.isEmpty ?? true { missing.append("contact") }
        if settings.expires == nil { missing.append("expires") }
        if !missing.isEmpty {
            problems.append(
                .error(
                    at: settings.location,
                    "security_txt lacks \(missing.joined(separator: " and ")), which "
                        + "\(address)'s security.txt needs",
                    hint: "add contact: (an e-mail address or https:// page where finders report a problem) and "
                        + "expires: (a date at most a year ahead)"))
            return nil
        }
        guard address.absolute.hasPrefix("https://") else {
            problems.append(
                .error(
                    at: settings.location, "security.txt for \(address) needs an https:// address",
                    hint: "RFC 9116 wants security.txt served over https: make base_url start with https://"))
            return nil
        }
        guard contact.count == settings.contact?.count, let expires = settings.expires else { return nil }
        var file = SecurityTxtFile(
            contact: contact, expires: expires.text, canonical: address.absolute + SecurityTxtFile.path)
        file.encryption = settings.encryption?.map(\.text) ?? []
        file.acknowledgments = settings.acknowledgments?.map(\.text) ?? []
        file.policy = settings.policy?.map(\.text) ?? []
        file.hiring = settings.hiring?.map(\.text) ?? []
        if let languages = settings.preferredLanguages { file.preferredLanguages = languages.map(\.text) }
        return file
    }

    nonisolated(unsafe) static let languageTag = /[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*/
    nonisolated(unsafe) static let telephone = /tel:\+?[0-9][0-9-]*/

    /// The URI of a contact as security.txt writes it: an e-mail address becomes `mailto:`; nil when it is none.
    static func contactURI(_ text: String) -> String? {
        if text.hasPrefix("mailto:") { return AddressCheck.isEmail(String(text.dropFirst(7))) ? text : nil }
        if AddressCheck.isEmail(text) { return "mailto:" + text }
        if text.wholeMatch(of: telephone) != nil { return text }
        return isSecureWebAddress(text, field: "contact") ? text : nil
    }

    /// An https address; for `encryption` also an OpenPGP fingerprint or a DNS name (RFC 9116, section 2.5.4).
    static func isSecureWebAddress(_ text: String, field: String) -> Bool {
        if field == "encryption", text.hasPrefix("openpgp4fpr:") || text.hasPrefix("dns:") { return true }
        return text.hasPrefix("https://") && AddressCheck.isWebAddress(text)
    }
}
