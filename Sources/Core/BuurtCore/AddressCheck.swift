import Foundation

/// Plain checks of e-mail addresses and web addresses, for everything editors write: buurtverbinders,
/// the contact details and sources of features' items.
public enum AddressCheck {
    /// "naam@domein.nl": one "@", no spaces, a domain with a dot and a top-level part of two or more letters.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let localAllowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard parts[0].unicodeScalars.allSatisfy(localAllowed.contains),
            !parts[0].hasPrefix("."), !parts[0].hasSuffix("."), !parts[0].contains("..")
        else { return false }
        return isHostName(String(parts[1]))
    }

    /// An absolute http or https address with a host name: "https://www.example.nl/aanmelden".
    public static func isWebAddress(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }), let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, components.user == nil
        else { return false }
        return isHostName(host) || host == "localhost"
    }

    /// "www.example.nl": labels of letters, digits and hyphens (or non-ASCII letters), a top-level part of letters.
    public static func isHostName(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}
