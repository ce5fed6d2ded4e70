import BuurtCalendar
import BuurtCore
import YAML

/// The status of a website's accessibility statement, as the Dutch register (toegankelijkheidsverklaring.nl) has
/// it: from A (meets every requirement) to E (no statement).
public enum AccessibilityStatus: String, CaseIterable, Decodable, Sendable {
    case a = "A", b = "B", c = "C", d = "D", e = "E"

    /// The register's own words for the status, in Dutch.
    public var label: String {
        switch self {
        case .a: "voldoet volledig"
        case .b: "voldoet gedeeltelijk"
        case .c: "eerste maatregelen genomen"
        case .d: "verklaring zonder maatregelen"
        case .e: "geen verklaring"
        }
    }

    /// A and B say how far a website meets the requirements, which only an audit can tell.
    var needsAudit: Bool { self == .a || self == .b }
}

/// `accessibility:` of site.yml (the portal, and every buurt site without a section of its own) or of a buurt.yml:
/// the data of that website's accessibility statement.
public struct AccessibilitySettings: Decodable, Sendable {
    public var status: AccessibilityStatus
    /// The day of the last audit (onderzoek) against WCAG.
    public var audited: Day?
    /// The statement's entry in the register: "https://www.toegankelijkheidsverklaring.nl/register/1234".
    public var register: String?
    /// The municipality-wide page that is the statement, root-relative (site.yml only).
    public var page: String?
    /// Where the section and its values are written, for messages.
    var locations: [String: SourceLocation]

    enum CodingKeys: String, CodingKey, CaseIterable { case status, audited, register, page }

    public init(from decoder: any Decoder) throws {
        let node = try decoder.singleValueContainer().decode(YAMLNode.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(AccessibilityStatus.self, forKey: .status)
        audited = try container.decodeIfPresent(Day.self, forKey: .audited)
        register = try container.decodeIfPresent(String.self, forKey: .register)
        page = try container.decodeIfPresent(String.self, forKey: .page)
        locations = ["": node.location]
        for key in CodingKeys.allCases { locations[key.rawValue] = node[key.rawValue]?.location }
    }

    func location(of key: String) -> SourceLocation { locations[key] ?? locations[""]! }

    /// Months after an audit that a build warns it is old.
    static let auditMonths = 36

    /// Problems with the values on their own: an old audit, a status without the audit it needs, a register link
    /// that is no https address.
    func problems(today: Day) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let audited {
            let due = Day(
                year: audited.year + Self.auditMonths / 12, month: audited.month,
                day: min(audited.day, Day.daysIn(month: audited.month, year: audited.year + Self.auditMonths / 12)))!
            if due < today {
                problems.append(
                    .warning(
                        at: location(of: "audited"),
                        "the last audit (\(audited)) is more than \(Self.auditMonths) months before the build's day "
                            + "(\(today))",
                        hint: "have the website audited again against WCAG 2.1 AA, then set the new date and status"))
            }
        } else if status.needsAudit {
            problems.append(
                .warning(
                    at: location(of: "status"),
                    "status \(status.rawValue) (\(status.label)) rests on an audit, but 'audited' is not given",
                    hint: "add the day of the last audit: 'audited: 2026-01-12'"))
        }
        if let register, !(register.hasPrefix("https://") && AddressCheck.isWebAddress(register)) {
            problems.append(
                .error(
                    at: location(of: "register"), "register '\(register)' is no https:// address",
                    hint: "copy the address of the statement in the register: "
                        + "https://www.toegankelijkheidsverklaring.nl/register/…"))
        }
        return problems
    }
}
