import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

/// An object's members in the order given, with absent values left out: HSDS's types allow no null, so a value
/// that is not there is not written, and neither is an empty text.
struct HSDSObject {
    private(set) var members: [(String, JSONValue)] = []

    mutating func add(_ key: String, _ value: JSONValue?) {
        if let value { members.append((key, value)) }
    }

    mutating func add(_ key: String, _ text: String?) {
        if let text, !text.isEmpty { members.append((key, .string(text))) }
    }

    var value: JSONValue { .object(members) }
}

/// The taxonomies of the kaart's terms: the municipality's categories and audiences, the kind of help and the
/// channels (how to get help without going to a location).
enum KaartTaxonomy: String, CaseIterable, Hashable, Sendable {
    case categories, audiences, kind, channels

    /// What the term says about a service: an attribute's `link_type`.
    var linkType: String {
        switch self {
        case .categories: return "category"
        case .audiences: return "audience"
        case .kind: return "kind"
        case .channels: return "channel"
        }
    }

    var dutchName: String {
        switch self {
        case .categories: return "onderwerpen"
        case .audiences: return "doelgroepen"
        case .kind: return "soort hulp"
        case .channels: return "kanalen"
        }
    }

    var dutchDescription: String {
        switch self {
        case .categories: return "De onderwerpen waarin de gemeente hulp en activiteiten indeelt."
        case .audiences: return "Voor wie de hulp of activiteit is."
        case .kind: return "Hulp van beroepskrachten of van buurtgenoten en vrijwilligers."
        case .channels: return "Hoe je hulp krijgt zonder naar een adres te gaan: online, telefonisch of aan huis."
        }
    }

    /// Every value, in the order shown.
    func values(_ settings: KaartSettings) -> [String] {
        switch self {
        case .categories: return settings.categories.map(\.value)
        case .audiences: return settings.audiences.map(\.value)
        case .kind: return HelpKind.allCases.map(\.rawValue)
        case .channels: return KaartChannel.allCases.map(\.rawValue)
        }
    }

    func label(of value: String, _ settings: KaartSettings) -> String {
        switch self {
        case .categories: return settings.label(for: value, in: .categories) ?? value
        case .audiences: return settings.label(for: value, in: .audiences) ?? value
        case .kind: return HelpKind(rawValue: value).map(settings.kinds.label(for:)) ?? value
        case .channels: return KaartChannel(rawValue: value)?.dutchLabel ?? value
        }
    }

    /// The term's description: from site.yml for categories and audiences (their label when it has none), the
    /// kaart's own for kinds and channels.
    func description(of value: String, _ settings: KaartSettings) -> String {
        switch self {
        case .categories, .audiences:
            let terms = self == .categories ? settings.categories : settings.audiences
            let term = terms.first { $0.value == value }
            return term?.description ?? term?.label ?? value
        case .kind:
            return value == HelpKind.informeel.rawValue
                ? "Hulp van buurtgenoten en vrijwilligers." : "Hulp van beroepskrachten: organisaties en de gemeente."
        case .channels:
            switch KaartChannel(rawValue: value) {
            case .online: return "Hulp via internet: een website, chat of videogesprek."
            case .telefoon: return "Hulp via de telefoon."
            case .aanHuis: return "Hulp bij je thuis."
            case nil: return value
            }
        }
    }
}

/// A value of one of the kaart's taxonomies, as open data shows it.
struct KaartTerm: Hashable, Sendable {
    var taxonomy: KaartTaxonomy
    var value: String
    var label: String
    var description: String
}

/// The organizations of a kaart, one per id. Each entry names its organization itself, and entries of the same
/// organization (the same name, however written) may each give a description or website: the first entry in file
/// order that gives one decides, and `government` holds when any entry says so. So every service and the
/// organization's own file show the same organization, whatever the order of the build.
struct KaartOrganizations: Sendable {
    private let byID: [String: KaartOrganization]
    /// Source path of an entry → the id of its organization, worked out once.
    private let idBySource: [String: String]
    let ids: KaartStableID

    init(_ entries: [KaartEntry], ids: KaartStableID) {
        self.ids = ids
        var byID: [String: KaartOrganization] = [:]
        var idBySource: [String: String] = [:]
        for entry in entries.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            let given = entry.organization
            let id = ids.organization(named: given.name)
            idBySource[entry.sourcePath] = id
            guard var known = byID[id] else {
                byID[id] = given
                continue
            }
            known.description = known.description ?? given.description
            known.website = known.website ?? given.website
            known.government = known.government || given.government
            byID[id] = known
        }
        self.byID = byID
        self.idBySource = idBySource
    }

    func id(of entry: KaartEntry) -> String {
        idBySource[entry.sourcePath] ?? ids.organization(named: entry.organization.name)
    }

    /// The organization as the kaart knows it; the entry's own for an entry the kaart does not hold.
    func organization(of entry: KaartEntry) -> KaartOrganization {
        byID[id(of: entry)] ?? entry.organization
    }
}
