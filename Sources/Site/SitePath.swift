import BuurtCore
import Foundation

/// Paths inside one generated site. Pages live at "over-ons/" (written as over-ons/index.html);
/// links between pages are relative, so a site works at any address: a domain root or a sub-path.
public enum SitePath {
    /// "../../" for "initiatieven/aed/", "" for the home page.
    public static func rootPrefix(from urlPath: String) -> String {
        var depth = 0, inPart = false
        for byte in urlPath.utf8 {
            if byte == 0x2F {
                inPart = false
            } else if !inPart {
                inPart = true
                depth += 1
            }
        }
        return String(repeating: "../", count: depth)
    }

    /// A relative link from the page at `from` to the site path `to` ("" is the home page).
    public static func relative(from: String, to: String) -> String {
        let link = rootPrefix(from: from) + to
        return link.isEmpty ? "./" : link
    }

    /// The output file of a page: "over-ons/" → "over-ons/index.html".
    public static func outputFile(for urlPath: String) -> String {
        urlPath + "index.html"
    }

    /// Percent-encodes what may not stand in a URL path as written (spaces, quotes, non-ASCII).
    public static func encode(_ path: String) -> String {
        // Slugs are already plain: skip Foundation's encoder, which is slow, for them.
        let plain = path.allUTF8Bytes { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
        }
        return plain ? path : path.addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? path
    }

    private static let pathCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~/")
        return set
    }()
}
