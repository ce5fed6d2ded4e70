/// Changes to an article's rendered HTML so that several articles fit in one booklet page:
/// their headings sit one level lower (under the article's title) and their ids get the article's slug
/// in front, so that two articles with a "Stap 1" heading do not share an id.
///
/// The HTML comes from cmark-gfm, which writes text with `"`, `<` and `>` escaped: ` id="`, `href="#`
/// and `<h2` only ever occur in tags.
enum ToolkitHTML {
    /// The HTML of one article inside a booklet.
    /// `prefix`: put in front of every id and every link to an id in the article ("liftkoffie--");
    /// links starting with "#_" point at the booklet's own anchors and are left alone.
    /// `headingShift`: levels to move every heading down (h2 → h3 for 1); h6 stays h6.
    static func forBooklet(_ html: String, prefix: String, headingShift: Int) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: ">") else { break }
            result += tag(rest[...close], prefix: prefix, headingShift: headingShift)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// One tag, `<…>`, changed where needed.
    private static func tag(_ tag: Substring, prefix: String, headingShift: Int) -> String {
        var text = String(tag)
        let bytes = Array(tag.utf8.prefix(4))
        // <h2 … > or </h2>
        let nameStart = bytes.count > 1 && bytes[1] == UInt8(ascii: "/") ? 2 : 1
        if bytes.count > nameStart + 1, bytes[nameStart] == UInt8(ascii: "h"),
           let level = Int(String(UnicodeScalar(bytes[nameStart + 1]))), (1...6).contains(level) {
            let after = tag.utf8.dropFirst(nameStart + 2).first
            if after == UInt8(ascii: ">") || after == UInt8(ascii: " ") {
                let shifted = min(6, level + headingShift)
                let head = nameStart == 2 ? "</h" : "<h"
                text = head + String(shifted) + String(tag.dropFirst(nameStart + 2))
            }
        }
        if text.contains(" id=\"") {
            text = text.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
        }
        if text.contains("href=\"#") {
            text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
                .replacingOccurrences(of: "href=\"#" + prefix + "_", with: "href=\"#_")
        }
        return text
    }

    /// The start of the label the Markdown renderer gives the scrollable region around every table: "Tabel",
    /// or "Tabel 2" in an article with several tables.
    private static let tableRegion = #"role="region" tabindex="0" aria-label="Tabel"#

    /// How many tables the HTML holds.
    static func tableCount(_ html: String) -> Int {
        html.components(separatedBy: tableRegion).count - 1
    }

    /// Numbers the tables' regions ("Tabel 1", "Tabel 2", …), continuing from `counter`: landmarks on one page
    /// need names of their own, and a booklet holds the tables of many articles.
    static func numberingTables(_ html: String, counter: inout Int) -> String {
        guard html.contains(tableRegion) else { return html }
        var parts = html.components(separatedBy: tableRegion)
        for index in 1..<parts.count {
            counter += 1
            // Drop the article's own number (" 2") up to the label's closing quote.
            let rest = parts[index].drop { $0 != "\"" }
            parts[index] = tableRegion + " \(counter)" + rest
        }
        return parts.joined()
    }
}
