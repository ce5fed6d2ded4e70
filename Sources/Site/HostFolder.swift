/// A folder of a site that the host serves in a way of its own, as a feature says (`FeatureModel.hostFolders`):
/// the host configuration (`_headers`, `.htaccess`, nginx) writes a rule for it.
public struct HostFolder: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Open data that any website may read from a browser: `Access-Control-Allow-Origin: *`. The folder holds
        /// the static HSDS API, whose addresses without `.json` the host answers with its files.
        case openData
        /// Every file is named after its content (a search index): browsers may keep them for a year.
        case contentNamed
    }

    /// Inside the site, with a final "/": "wegwijzer/open-data/".
    public var path: String
    public var kind: Kind

    public init(_ path: String, _ kind: Kind) {
        self.path = path
        self.kind = kind
    }
}
