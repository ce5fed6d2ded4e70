/// Changes to an article's rendered HTML so that several articles fit in one booklet page:
/// their headings sit one level lower (under the article's title) and their ids get the article's slug
/// in front, so that two articles with a "Stap 1" heading do not share an id.
///
/// The HTML comes from cmark-gfm, which writes text with `"`, `<` and `>` escaped: ` id="`, `href="#`
/// and `<h2` only ever occur in tags. A booklet holds hundreds of articles, so the HTML is scanned
/// as UTF-8 bytes, in one pass.
enum ToolkitHTML {
    /// The HTML of one article inside a booklet.
    /// `prefix`: put in front of every id and every link to an id in the article ("liftkoffie--");
    /// links starting with "#_" point at the booklet's own anchors and are left alone.
    /// `headingShift`: levels to move every heading down (h2 → h3 for 1); h6 stays h6.
    static func forBooklet(_ html: String, prefix: String, headingShift: Int) -> String {
        let prefix = Array(prefix.utf8)
        return HTMLBytes.rewrite(html) { source, output in
            var position = 0
            while let open = source.firstIndex(of: UInt8(ascii: "<"), from: position),
                let close = source.firstIndex(of: UInt8(ascii: ">"), from: open)
            {
                output.append(contentsOf: source[position..<open])
                tag(source[open...close], prefix: prefix, headingShift: headingShift, into: &output)
                position = close + 1
            }
            output.append(contentsOf: source[position...])
        }
    }

    /// One tag, `<…>`, changed where needed: the heading's level, ids and links to ids.
    private static func tag(
        _ tag: Slice<UnsafeBufferPointer<UInt8>>, prefix: [UInt8], headingShift: Int,
        into output: inout [UInt8]
    ) {
        var position = tag.startIndex
        // <h2 … > or </h2>
        let nameStart = position + (tag.count > 1 && tag[position + 1] == UInt8(ascii: "/") ? 2 : 1)
        if nameStart + 2 < tag.endIndex, tag[nameStart] == UInt8(ascii: "h"),
            let level = headingLevel(tag[nameStart + 1]),
            tag[nameStart + 2] == UInt8(ascii: ">") || tag[nameStart + 2] == UInt8(ascii: " ")
        {
            output.append(contentsOf: tag[position...nameStart])
            output.append(contentsOf: String(min(6, level + headingShift)).utf8)
            position = nameStart + 2
        }
        while position < tag.endIndex {
            if tag.hasPrefix(idAttribute, at: position) {
                output.append(contentsOf: idAttribute)
                output.append(contentsOf: prefix)
                position += idAttribute.count
            } else if tag.hasPrefix(fragmentLink, at: position) {
                output.append(contentsOf: fragmentLink)
                position += fragmentLink.count
                if position == tag.endIndex || tag[position] != UInt8(ascii: "_") { output.append(contentsOf: prefix) }
            } else {
                output.append(tag[position])
                position += 1
            }
        }
    }

    private static let idAttribute = Array(#" id=""#.utf8)
    private static let fragmentLink = Array(##"href="#"##.utf8)

    /// 1…6 for the digit after `<h`, nil for anything else.
    private static func headingLevel(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// The start of the label the Markdown renderer gives the scrollable region around every table: "Tabel",
    /// or "Tabel 2" in an article with several tables.
    private static let tableRegion = Array(#"role="region" tabindex="0" aria-label="Tabel"#.utf8)

    /// How many tables the HTML holds.
    static func tableCount(_ html: String) -> Int {
        var html = html
        return html.withUTF8 { $0.occurrences(of: tableRegion).count }
    }

    /// Numbers the tables' regions ("Tabel 1", "Tabel 2", …), continuing from `counter`: landmarks on one page
    /// need names of their own, and a booklet holds the tables of many articles.
    static func numberingTables(_ html: String, counter: inout Int) -> String {
        guard tableCount(html) > 0 else { return html }
        return HTMLBytes.rewrite(html) { source, output in
            let regions = source.occurrences(of: tableRegion)
            output.append(contentsOf: source[..<regions[0]])
            for (number, start) in regions.enumerated() {
                counter += 1
                output.append(contentsOf: tableRegion)
                output.append(contentsOf: " \(counter)".utf8)
                // Drop the article's own number (" 2") up to the label's closing quote.
                let end = number + 1 < regions.count ? regions[number + 1] : source.endIndex
                let label = start + tableRegion.count
                if let quote = source.firstIndex(of: UInt8(ascii: "\""), from: label), quote < end {
                    output.append(contentsOf: source[quote..<end])
                }
            }
        }
    }
}

/// Byte-level helpers for rewriting HTML.
private enum HTMLBytes {
    /// A new string written by `write` from the UTF-8 bytes of `html`.
    static func rewrite(_ html: String, _ write: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void) -> String {
        var html = html
        return html.withUTF8 { source in
            var output: [UInt8] = []
            output.reserveCapacity(source.count + source.count / 8)
            write(source, &output)
            return String(decoding: output, as: UTF8.self)
        }
    }
}

private extension UnsafeBufferPointer<UInt8> {
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        self[start...].firstIndex(of: byte)
    }

    /// Where `pattern` starts, left to right, not overlapping.
    func occurrences(of pattern: [UInt8]) -> [Int] {
        var found: [Int] = []
        var position = 0
        while let start = firstIndex(of: pattern[0], from: position) {
            if self[...].hasPrefix(pattern, at: start) {
                found.append(start)
                position = start + pattern.count
            } else {
                position = start + 1
            }
        }
        return found
    }
}

private extension Slice<UnsafeBufferPointer<UInt8>> {
    func hasPrefix(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= endIndex else { return false }
        for offset in 0..<pattern.count where self[position + offset] != pattern[offset] { return false }
        return true
    }
}
