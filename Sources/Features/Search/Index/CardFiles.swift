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
        // The kinds' numbers written once, and one buffer for every card and one for every excerpt.
        let kindFields = kinds.map { Array(",\(kindNumber[$0]!),".utf8) }
        var card: [UInt8] = []
        var excerpt: [UInt8] = []
        for (number, document) in input.documents.enumerated() {
            card.removeAll(keepingCapacity: true)
            card.append(UInt8(ascii: "["))
            JSONWriter.appendString(document.title, to: &card)
            card.append(UInt8(ascii: ","))
            JSONWriter.appendString(input.hrefs[number], to: &card)
            card += kindFields[kindNumber[FacetFile.kind(of: document)]!]
            let cut = Self.writeExcerpt(document.words.excerpt, length: excerptLength, into: &excerpt)
            if cut.mayEscape {
                excerpt.withUnsafeBufferPointer {
                    JSONWriter.appendString(utf8: UnsafeBufferPointer(rebasing: $0[..<cut.count]), to: &card)
                }
            } else {
                card.append(UInt8(ascii: "\""))
                card += excerpt[..<cut.count]
                card.append(UInt8(ascii: "\""))
            }
            if let platforms = input.platforms?[number] {
                card.append(UInt8(ascii: ","))
                appendStrings(platforms, to: &card)
            }
            card.append(UInt8(ascii: "]"))
            packer.add(card, key: String(number))
        }
        let firsts = packer.finishedFirsts()
        return zip(firsts, packer.files).map { ($0, $1.bytes) }
    }

    /// The text cut to about `length` bytes of UTF-8 at a space, with spaces and line breaks run together.
    static func excerpt(_ text: String, length: Int) -> String {
        var buffer: [UInt8] = []
        let cut = writeExcerpt(text, length: length, into: &buffer)
        return String(decoding: buffer[..<cut.count], as: UTF8.self)
    }

    /// Writes `excerpt(text, length:)`'s bytes (UTF-8, as the text is cut at an ASCII space only) at the start of
    /// `buffer`, a buffer kept from card to card and grown when a text needs more: how many it wrote, and whether one
    /// of them may need an escape in JSON (`JSONWriter.mayEscape`), as most excerpts' do not.
    ///
    /// Byte by byte over the text's buffer, a table saying what each byte is: Character's whitespace test is slow,
    /// and the cut falls on an ASCII space anyway. Through `String.UTF8View` and `Array.append` this was half of the
    /// cards' time. The excerpt and then its JSON string were 42 + 42 M instructions of the 2,000-page bench site's
    /// build, this way 29 M for both, as none of its excerpts needs an escape (callgrind).
    static func writeExcerpt(_ text: String, length: Int, into buffer: inout [UInt8]) -> (count: Int, mayEscape: Bool) {
        var text = text
        return text.withUTF8 { source in
            // The whole text and " …" fit.
            let room = source.count + 4
            if buffer.count < room { buffer += repeatElement(0, count: room - buffer.count) }
            return buffer.withUnsafeMutableBufferPointer { output in
                Self.byteKinds.withUnsafeBufferPointer { kinds in
                    var count = 0
                    var cut = false
                    var mayEscape = false
                    var lastSpace = 0
                    var pendingSpace = false
                    for byte in source {
                        let kind = kinds[Int(byte)]
                        if kind != Self.other {
                            if kind == Self.space {
                                pendingSpace = count > 0
                                continue
                            }
                            mayEscape = true
                        }
                        if pendingSpace {
                            if count >= length {
                                (count, cut) = (lastSpace, true)
                                break
                            }
                            lastSpace = count
                            output[count] = 0x20
                            count &+= 1
                            pendingSpace = false
                        }
                        output[count] = byte
                        count &+= 1
                    }
                    if !cut, count > length + 40, lastSpace > 0 { (count, cut) = (lastSpace, true) }
                    if cut {
                        for byte in " …".utf8 {
                            output[count] = byte
                            count += 1
                        }
                    }
                    return (count, mayEscape)
                }
            }
        }
    }

    /// What each byte is to an excerpt: a space or line break, one that may need an escape in JSON, or other.
    private static let other: UInt8 = 0
    private static let space: UInt8 = 1
    private static let mayNeedEscape: UInt8 = 2
    private static let byteKinds: [UInt8] = (0...255).map { byte in
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { return space }
        return JSONWriter.mayEscape[byte] == 1 ? mayNeedEscape : other
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
