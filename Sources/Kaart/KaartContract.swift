import BuurtCore
import YAML

// CONTRACT between the Kaart module and the rest of the build (Content loads, Render renders, Build reports).
// The names and signatures in this file are used outside the module: keep them. The settings and entry
// fields live in KaartSettings.swift and KaartEntry.swift; loading, checking and exports in their own files.

/// A buurt platform as the kaart needs to know it: which entries serve it.
public struct KaartBuurt: Sendable {
    public var slug: String
    public var name: String
    /// CBS buurtcodes (BU + 8 digits) from buurt.yml.
    public var cbsCodes: [String]

    public init(slug: String, name: String, cbsCodes: [String]) {
        self.slug = slug
        self.name = name
        self.cbsCodes = cbsCodes
    }
}
