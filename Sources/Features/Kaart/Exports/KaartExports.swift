import BuurtCore
import Foundation

// The exports of every site at once. Each buurt site has its own hsds.json, kaart.csv and static API, but an entry
// shared by twenty buurten is written the same way in all of them except for the address of its page: so each entry
// is written once per build (ids, Dutch texts, escaping) and its bytes are reused, with only that address filled in.

extension KaartCatalogue {
    /// HSDS 3.0 JSON of `entries` (entries of this catalogue, in the order to list them); `pageURL` gives
    /// the absolute address of an entry's page on the site (nil: none). The same bytes as `KaartHSDS.json`
    /// with the buurten the entries serve as service areas.
    public func hsdsData(_ entries: [KaartEntry], pageURL: (KaartEntry) -> String?) -> Data {
        var size = 0
        let services = entries.map { entry -> JSONValue in
            guard let url = pageURL(entry) else {
                return hsds.service(entry, page: nil, areas: areaNames(of: entry))
            }
            var bytes: [UInt8] = []
            export(of: entry).service.write(filling: url, to: &bytes)
            size += bytes.count
            return .raw(bytes)
        }
        // The services and room for the page around them: a file of 9 MB then takes 9 MB, not the 16 MB that
        // doubling the buffer as it grows would take.
        return Data(KaartHSDS.file(hsds.page(services), capacity: size + 8 * services.count + 4096))
    }

    /// One service on its own (`services/<id>.json`): the same object as in hsds.json.
    func serviceData(_ entry: KaartEntry, pageURL: String?) -> Data {
        guard let pageURL else {
            return Data(KaartHSDS.file(hsds.service(entry, page: nil, areas: areaNames(of: entry))))
        }
        var bytes: [UInt8] = []
        export(of: entry).service.write(filling: pageURL, to: &bytes)
        // The object was written to stand in a page's `contents`: its lines are that much deeper. JSON strings hold
        // no line breaks (they are escaped), so every line break is one between members.
        var file: [UInt8] = []
        file.reserveCapacity(bytes.count)
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { file.append(UInt8(ascii: "\n")) }
            file.append(contentsOf: index > 0 ? line.dropFirst(KaartHSDS.itemIndent) : line)
        }
        file.append(UInt8(ascii: "\n"))
        return Data(file)
    }

    /// A service as a `/services` list shows it, written to stand in a page's `contents`.
    func listedService(_ entry: KaartEntry, pageURL: String?) -> JSONValue {
        guard let pageURL else { return hsds.listedService(entry, page: nil) }
        var bytes: [UInt8] = []
        export(of: entry).listedService.write(filling: pageURL, to: &bytes)
        return .raw(bytes)
    }

    /// The CSV export (with byte-order mark) of `entries`, as `KaartCSV.data` with the buurten they serve.
    public func csvData(_ entries: [KaartEntry], pageURL: (KaartEntry) -> String?) -> Data {
        let separator = KaartCSV.separator(settings)
        var text = KaartCSV.headerLine(separator: separator)
        for entry in entries {
            text +=
                export(of: entry).csvCells + separator + KaartCSV.cell(pageURL(entry) ?? "", separator: separator)
                + "\r\n"
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// The names of the buurten whose sites show the entry: HSDS service areas and the CSV's "buurten".
    func areaNames(of entry: KaartEntry) -> [String] {
        servedBuurtInfo(of: entry).map(\.config.name)
    }

    /// The entry's export, from the cache when it is an entry of the catalogue.
    private func export(of entry: KaartEntry) -> KaartEntryExport {
        exportCache.export(of: entry) { [self] in
            Dictionary(
                all.map { ($0.sourcePath, KaartEntryExport($0, catalogue: self)) },
                uniquingKeysWith: { first, _ in first })
        } ?? KaartEntryExport(entry, catalogue: self)
    }
}

/// What the exports say about one entry, the same on every site that shows it.
struct KaartEntryExport: Sendable {
    /// The HSDS service as it stands in `contents`, with a slot for the address of the entry's page.
    let service: JSONWriter.Template
    /// The service as a list page of the static API shows it, in `contents`, with the same slot.
    let listedService: JSONWriter.Template
    /// The CSV row without its last cell (the page's address): cells quoted and joined with the separator.
    let csvCells: String

    init(_ entry: KaartEntry, catalogue: KaartCatalogue) {
        let (hsds, settings, today) = (catalogue.hsds, catalogue.settings, catalogue.today)
        let areas = catalogue.areaNames(of: entry)
        service = JSONWriter.Template(
            hsds.service(entry, page: .slot, areas: areas), format: .indented, indent: KaartHSDS.itemIndent)
        listedService = JSONWriter.Template(
            hsds.listedService(entry, page: .slot), format: .indented, indent: KaartHSDS.itemIndent)
        let separator = KaartCSV.separator(settings)
        csvCells = KaartCSV.row(entry, settings: settings, today: today, pageURL: nil, areas: areas).dropLast()
            .map { KaartCSV.cell($0, separator: separator) }.joined(separator: separator)
    }
}

/// The exports of all of a catalogue's entries, made by the first export job that needs them; the other jobs,
/// on other threads, wait for them instead of doing the same work at the same time.
final class KaartExportCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Source path → export; nil until first asked.
    private var exports: [String: KaartEntryExport]?

    /// The export of `entry` from the table `make` gives the first time; nil for an entry not in the table.
    func export(of entry: KaartEntry, make: () -> [String: KaartEntryExport]) -> KaartEntryExport? {
        lock.lock()
        defer { lock.unlock() }
        if exports == nil { exports = make() }
        return exports?[entry.sourcePath]
    }
}
