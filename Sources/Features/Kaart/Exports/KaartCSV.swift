import BuurtCalendar
import Foundation

/// The kaart as a spreadsheet: one row per entry, Dutch column names, UTF-8 with a byte-order mark
/// (so Excel reads the accents right), RFC 4180 quoting and CRLF line ends.
public enum KaartCSV {
    /// Column names, in order.
    public static let header = [
        "naam", "samenvatting", "soort", "onderwerpen", "doelgroepen", "organisatie", "website organisatie",
        "telefoon", "e-mail", "website", "adressen", "kanalen", "openingstijden", "kosten", "talen", "voorwaarden",
        "buurten", "gecontroleerd op", "beheerder", "adres van de pagina",
    ]

    /// The file's bytes. `pageURL`: the address of an entry's page; `areas`: names of the buurten it serves.
    public static func data(
        _ entries: [KaartEntry], settings: KaartSettings, today: Day,
        pageURL: (KaartEntry) -> String? = { _ in nil },
        areas: (KaartEntry) -> [String] = { _ in [] }
    ) -> Data {
        Data([0xEF, 0xBB, 0xBF])
            + Data(text(entries, settings: settings, today: today, pageURL: pageURL, areas: areas).utf8)
    }

    /// The text without the byte-order mark.
    public static func text(
        _ entries: [KaartEntry], settings: KaartSettings, today: Day,
        pageURL: (KaartEntry) -> String? = { _ in nil },
        areas: (KaartEntry) -> [String] = { _ in [] }
    ) -> String {
        let separator = separator(settings)
        var text = headerLine(separator: separator)
        for entry in entries {
            text += line(
                row(entry, settings: settings, today: today, pageURL: pageURL(entry), areas: areas(entry)),
                separator: separator)
        }
        return text
    }

    /// The separator between cells: ";" unless the settings ask for ",".
    static func separator(_ settings: KaartSettings) -> String {
        settings.csvSeparator == "," ? "," : ";"
    }

    /// The first line, with the column names.
    static func headerLine(separator: String) -> String {
        line(header, separator: separator)
    }

    /// One line: the cells quoted where needed, with the separator between them, and CRLF.
    static func line(_ cells: [String], separator: String) -> String {
        cells.map { cell($0, separator: separator) }.joined(separator: separator) + "\r\n"
    }

    static func row(_ entry: KaartEntry, settings: KaartSettings, today: Day, pageURL: String?, areas: [String])
        -> [String]
    {
        [
            entry.name,
            entry.summary,
            settings.kinds.label(for: entry.kind),
            entry.categories.map { settings.label(for: $0, in: .categories) ?? $0 }.joined(separator: ", "),
            entry.audiences.map { settings.label(for: $0, in: .audiences) ?? $0 }.joined(separator: ", "),
            entry.organization.name,
            entry.organization.website ?? "",
            entry.contact.phone ?? "",
            entry.contact.email ?? "",
            entry.contact.website ?? "",
            entry.locations.map { "\($0.name), \($0.oneLine)" }.joined(separator: "; "),
            entry.channels.map(\.dutchLabel).joined(separator: ", "),
            entry.dutchOpeningTimes(today: today),
            entry.cost ?? "",
            entry.languages.map(KaartLanguage.dutchName(for:)).joined(separator: ", "),
            entry.eligibility ?? "",
            areas.joined(separator: ", "),
            entry.reviewed.description,
            entry.owner,
            pageURL ?? "",
        ]
    }

    /// One cell: a leading ' before = + - @ (and tab or carriage return) so spreadsheets never run it
    /// as a formula; quoted when it holds the separator, a quote or a line break, with quotes doubled.
    static func cell(_ value: String, separator: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
