import BuurtCalendar
import BuurtCore
import Foundation
import YAML

/// One value of a setting, where it is written: a URI of security.txt, a language tag.
public struct LocatedText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
}

/// `security_txt:` of site.yml, or of buurt.yml for a buurt at the root of a host of its own, as written. Every field
/// is optional here: a buurt's section overrides the municipality's field by field (`merged(over:)`), and what a
/// file needs is checked for each host that gets one (`SecurityTxtPlan`).
public struct SecurityTxtSettings: Decodable, Sendable {
    /// Where finders report a problem: e-mail addresses (with or without `mailto:`), https pages, `tel:` numbers.
    public var contact: [LocatedText]?
    /// Until when the file holds: a date (valid through that day in the Netherlands) or an RFC 3339 date and time.
    public var expires: SecurityTxtExpiry?
    public var encryption: [LocatedText]?
    public var policy: [LocatedText]?
    public var acknowledgments: [LocatedText]?
    public var hiring: [LocatedText]?
    /// Language tags; `nl, en` when not given.
    public var preferredLanguages: [LocatedText]?
    /// Where the section is written, for messages about what it lacks.
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey, CaseIterable {
        case contact, expires, encryption, policy, acknowledgments, hiring
        case preferredLanguages = "preferred_languages"
    }

    public init(from decoder: any Decoder) throws {
        location = try decoder.singleValueContainer().decode(YAMLNode.self).location
        let container = try decoder.container(keyedBy: CodingKeys.self)
        contact = try container.decodeIfPresent(LocatedList.self, forKey: .contact)?.items
        expires = try container.decodeIfPresent(SecurityTxtExpiry.self, forKey: .expires)
        encryption = try container.decodeIfPresent(LocatedList.self, forKey: .encryption)?.items
        policy = try container.decodeIfPresent(LocatedList.self, forKey: .policy)?.items
        acknowledgments = try container.decodeIfPresent(LocatedList.self, forKey: .acknowledgments)?.items
        hiring = try container.decodeIfPresent(LocatedList.self, forKey: .hiring)?.items
        preferredLanguages = try container.decodeIfPresent(LocatedList.self, forKey: .preferredLanguages)?.items
    }

    /// This section's fields, and the other's where this one has none.
    public func merged(over base: SecurityTxtSettings) -> SecurityTxtSettings {
        var merged = self
        merged.contact = contact ?? base.contact
        merged.expires = expires ?? base.expires
        merged.encryption = encryption ?? base.encryption
        merged.policy = policy ?? base.policy
        merged.acknowledgments = acknowledgments ?? base.acknowledgments
        merged.hiring = hiring ?? base.hiring
        merged.preferredLanguages = preferredLanguages ?? base.preferredLanguages
        return merged
    }
}

/// One text or a list of texts, each with its location: `contact: mailto:a@b.nl` or `contact: [a@b.nl, https://…]`.
struct LocatedList: Decodable {
    var items: [LocatedText]

    init(from decoder: any Decoder) throws {
        let node = try decoder.singleValueContainer().decode(YAMLNode.self)
        let nodes = node.sequence ?? [node]
        items = try nodes.map { item in
            guard let text = item.string, !text.isEmpty else {
                throw Diagnostic.error(
                    at: item.location, "expected a text or a list of texts",
                    hint: "write one value, or a list: [mailto:security@gemeente.nl, https://www.gemeente.nl/melden]")
            }
            return LocatedText(text: text, location: item.location)
        }
    }
}

/// `expires:` a date ("2028-12-31": valid through that day in Europe/Amsterdam) or an RFC 3339 date and time.
public struct SecurityTxtExpiry: Decodable, Sendable {
    /// As the file writes it: "2028-12-31T23:59:00+01:00".
    public var text: String
    /// The day it expires, for the warning that it is near.
    public var day: Day
    public var location: SourceLocation

    public init(from decoder: any Decoder) throws {
        let node = try decoder.singleValueContainer().decode(YAMLNode.self)
        guard let written = node.string, let expiry = Self.parse(written) else {
            throw Diagnostic.error(
                at: node.location, "expected a date (2028-12-31) or a date and time (2028-12-31T23:00:00Z)",
                hint: "security.txt holds until this moment (RFC 9116 'Expires'); write a date at most a year ahead")
        }
        (text, day, location) = (expiry.text, expiry.day, node.location)
    }

    nonisolated(unsafe) static let dateTime = /^(\d{4}-\d{2}-\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

    /// The text for the file and the day, or nil when it is neither a date nor an RFC 3339 date and time.
    static func parse(_ written: String) -> (text: String, day: Day)? {
        if let day = Day(written), written.count == 10 {
            let end = LocalDateTime(day: day, time: TimeOfDay(hour: 23, minute: 59)!)
            return (end.iso8601(in: .europeAmsterdam), day)
        }
        guard let match = written.wholeMatch(of: dateTime), let day = Day(String(match.1)) else { return nil }
        return (written, day)
    }
}
