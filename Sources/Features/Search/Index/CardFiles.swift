import BuurtCore
import Foundation
import Site

/// The result cards, in blocks of consecutive documents: what a result shows (title, link, kind, the text to quote
/// from, on the portal its platforms). A query fetches only the blocks of the results it shows.
enum CardBlocks {
    static func make(_ input: SearchIndexInput) -> [(first: Int, bytes: [UInt8])] {
        let kinds = FacetFile.kinds(of: input.documents)
        let kindNumber = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let excerptLength = min(
            max(SearchIndexLimits.excerptBudget / max(input.documents.count, 1), SearchIndexLimits.shortestExcerpt),
            SearchIndexLimits.longestExcerpt)
        var packer = FilePacker(target: SearchIndexLimits.cardFileBytes)
        var firsts: [Int] = []
        for (number, document) in input.documents.enumerated() {
            var card: [UInt8] = [UInt8(ascii: "[")]
            JSONWriter.appendString(document.title, to: &card)
            card.append(UInt8(ascii: ","))
            JSONWriter.appendString(input.hrefs[number], to: &card)
            card += Array(",\(kindNumber[FacetFile.kind(of: document)]!),".utf8)
            JSONWriter.appendString(excerpt(document.words.excerpt, length: excerptLength), to: &card)
            if let platforms = input.platforms?[number] {
                card.append(UInt8(ascii: ","))
                appendStrings(platforms, to: &card)
            }
            card.append(UInt8(ascii: "]"))
            packer.add(card, key: String(number))
        }
        firsts = packer.finishedFirsts()
        return zip(firsts, packer.files).map { ($0, $1.bytes) }
    }

    /// The text cut to about `length` bytes of UTF-8 at a space, with spaces and line breaks run together.
    /// Byte by byte over the text's buffer: Character's whitespace test is slow, and the cut falls on an ASCII space
    /// anyway; through `String.UTF8View` and `Array.append` this was half of the cards' time.
    static func excerpt(_ text: String, length: Int) -> String {
        var text = text
        var cut = false
        let kept = text.withUTF8 { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { output, count in
                var lastSpace = 0
                var pendingSpace = false
                for byte in source {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        if count >= length {
                            (count, cut) = (lastSpace, true)
                            return
                        }
                        lastSpace = count
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    output[count] = byte
                    count += 1
                }
                if count > length + 40, lastSpace > 0 { (count, cut) = (lastSpace, true) }
            }
        }
        return String(decoding: kept, as: UTF8.self) + (cut ? " …" : "")
    }
}

/// The filters of one index: each document's kind (pagina, Wegwijzer, Toolkit), and for every filter of its items
/// (the kaart's, the portal's platforms) one bitset per value, so that counts and narrowing need no more files.
struct FacetFile {
    /// The kinds in the order of their numbers: the site's own pages first, then the features' names A–Z.
    let kinds: [String]
    let bytes: [UInt8]

    static let pageKind = "Pagina"
    static let platformFilter = PageFilter(field: "platform", label: "Buurtplatform")

    static func kind(of document: SearchDocument) -> String { document.section ?? pageKind }

    static func kinds(of documents: [SearchDocument]) -> [String] {
        let sections = Set(documents.compactMap(\.section))
        let pages = documents.contains { $0.section == nil } ? [pageKind] : []
        return pages + sections.sorted { Slug.fold($0) < Slug.fold($1) }
    }

    init(_ input: SearchIndexInput) {
        let documents = input.documents
        kinds = Self.kinds(of: documents)
        let kindNumber = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        var bytes = Array(#"{"kinds":""#.utf8)
        for document in documents { bytes.append(IndexCoding.alphabet[kindNumber[Self.kind(of: document)]!]) }
        bytes += Array(#"","filters":["#.utf8)

        var filters: [PageFilter] = []
        for document in documents {
            for filter in document.filters where !filters.contains(filter) { filters.append(filter) }
        }
        var columns: [(filter: PageFilter, values: [(String, [Int])])] = filters.map { filter in
            var members: [String: [Int]] = [:]
            for (number, document) in documents.enumerated() {
                for value in document.filterValues[filter.field] ?? [] { members[value, default: []].append(number) }
            }
            return (filter, members.sorted { Slug.fold($0.key) < Slug.fold($1.key) }.map { ($0.key, $0.value) })
        }
        if let platforms = input.platforms {
            var members: [String: [Int]] = [:]
            var order: [String] = []
            for (number, names) in platforms.enumerated() {
                for name in names {
                    if members[name] == nil { order.append(name) }
                    members[name, default: []].append(number)
                }
            }
            columns.append((Self.platformFilter, order.map { ($0, members[$0]!) }))
        }
        for (index, column) in columns.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            JSONWriter.appendString(column.filter.field, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONWriter.appendString(column.filter.label, to: &bytes)
            bytes += Array(",[".utf8)
            for (position, (value, members)) in column.values.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                appendStrings([value, Self.bitset(members, count: documents.count)], to: &bytes)
            }
            bytes += Array("]]".utf8)
        }
        bytes += Array("]}".utf8)
        self.bytes = bytes
    }

    /// Bit n (of byte n / 8, lowest bit first) for each document number, in base64.
    static func bitset(_ members: [Int], count: Int) -> String {
        var bits = [UInt8](repeating: 0, count: (count + 7) / 8)
        for member in members { bits[member >> 3] |= 1 << (member & 7) }
        return Data(bits).base64EncodedString()
    }
}
