/// A site's `/.well-known/security.txt` (RFC 9116), with every value checked: how finders of a security problem reach
/// the municipality, until when the file holds, and the file's own address.
public struct SecurityTxtFile: Sendable, Equatable {
    /// `mailto:`, `https://` or `tel:` URIs, at least one.
    public var contact: [String]
    /// RFC 3339: "2028-12-31T23:59:00+01:00".
    public var expires: String
    public var encryption: [String] = []
    public var acknowledgments: [String] = []
    public var preferredLanguages: [String] = ["nl", "en"]
    /// The file's own address: "https://beekdalverbindt.nl/.well-known/security.txt".
    public var canonical: String
    public var policy: [String] = []
    public var hiring: [String] = []

    public init(contact: [String], expires: String, canonical: String) {
        self.contact = contact
        self.expires = expires
        self.canonical = canonical
    }

    /// Where the file stands in its site's folder.
    public static let path = ".well-known/security.txt"

    /// The file: one field a line, LF line ends (RFC 9116 allows CRLF or LF), in the order of the RFC's examples.
    public var text: String {
        var lines = ["# Een beveiligingsprobleem gevonden? Meld het ons. (RFC 9116)"]
        lines += contact.map { "Contact: " + $0 }
        lines.append("Expires: " + expires)
        lines += encryption.map { "Encryption: " + $0 }
        lines += acknowledgments.map { "Acknowledgments: " + $0 }
        lines.append("Preferred-Languages: " + preferredLanguages.joined(separator: ", "))
        lines.append("Canonical: " + canonical)
        lines += policy.map { "Policy: " + $0 }
        lines += hiring.map { "Hiring: " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
