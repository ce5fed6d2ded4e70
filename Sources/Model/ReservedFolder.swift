import BuurtCore

/// A top-level folder a feature takes in every buurt site ("agenda/"), and possibly in the portal too.
/// The whole-site check (`ContentValidator`) makes sure no page, buurt or other feature takes it as well.
public struct ReservedFolder: Sendable, Hashable {
    /// The folder's name: "agenda".
    public var segment: String
    /// The feature's name in messages: "agenda" ("the folder of the agenda").
    public var owner: String
    /// The setting that names the folder, for hints: "agenda.segment".
    public var setting: String
    /// Where the folder's name is set (or the feature's section, or site.yml, when it is the default).
    public var location: SourceLocation
    /// What the portal keeps in this folder ("the agenda's feed"), or nil when the portal has no such folder.
    public var portalUse: String?

    public init(segment: String, owner: String, setting: String, location: SourceLocation, portalUse: String? = nil) {
        self.segment = segment
        self.owner = owner
        self.setting = setting
        self.location = location
        self.portalUse = portalUse
    }
}
