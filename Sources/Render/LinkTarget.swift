import BuurtCore
import Foundation

/// What every link resolver (pages, kaart entries, toolkit articles) does first with a Markdown destination:
/// split off the fragment and find the repository file it names, relative to the file it is written in.
enum LinkTarget {
    /// "agenda.md#zomer" → ("agenda.md", "#zomer").
    static func split(_ destination: String) -> (path: String, fragment: String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }

    /// Root-relative path of `path` as written in a file of `folder` (percent-escapes decoded);
    /// nil when it leads out of the root.
    static func resolve(_ path: String, inFolder folder: Substring, root: SiteRoot) -> String? {
        let decoded = path.contains("%") ? path.removingPercentEncoding ?? path : path
        return root.normalise(folder + "/" + decoded)
    }

    /// The folder of a root-relative file path: "content/kaart/taal/x.md" → "content/kaart/taal".
    static func folder(of path: String) -> Substring {
        path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
    }
}
