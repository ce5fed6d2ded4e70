import BuurtCore
import YAML

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
