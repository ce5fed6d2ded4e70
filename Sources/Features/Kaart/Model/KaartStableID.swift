import BuurtCore

/// Identifiers for open data that stay the same from build to build: name-based UUIDs (version 5, RFC 9562),
/// so the same entry, location or schedule gets the same id every time and consumers can follow changes.
/// The name of each id starts with the municipality's CBS code ("buurtsite:GM9999:kaart:"), so that two
/// municipalities with an entry of the same name never share an id: UUIDs are meant to be unique everywhere.
public struct KaartStableID: Sendable {
    /// The RFC 9562 URL namespace.
    private static let namespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1,
        0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]

    /// "buurtsite:GM9999:kaart:"
    let prefix: String

    /// The ids of the municipality with this CBS code ("GM9999").
    public init(municipality cbsCode: String) {
        prefix = "buurtsite:\(cbsCode):kaart:"
    }

    /// An id for one part of an entry ("service", "location/1", "schedule/2"), unique across the kaart:
    /// entries with the same slug in two buurt folders get different ids.
    public func id(for entry: KaartEntry, part: String) -> String {
        Self.uuid(prefix + "\(entry.buurtSlug ?? "-")/\(entry.slug)#\(part)")
    }

    /// The organization with this name, however it is written (case, accents, spaces): one id for every entry of
    /// that organization.
    public func organization(named name: String) -> String {
        Self.uuid(prefix + "organization:" + Slug.foldedKey(name))
    }

    /// A taxonomy: the values of one field ("categories", "audiences", "kind", "channels").
    public func taxonomy(_ field: String) -> String {
        Self.uuid(prefix + "taxonomy:" + field)
    }

    /// A term of a taxonomy: a value of that field ("categories", "zorg"). Labels and descriptions may change;
    /// the id stays.
    public func term(_ field: String, value: String) -> String {
        Self.uuid(prefix + "term:" + field + "/" + value)
    }

    /// "1b4e28ba-2fa1-51d2-883f-0016d3cca427" for any name, always the same for the same name.
    public static func uuid(_ name: String) -> String {
        uuid(namespace: namespace, name: name)
    }

    /// UUID version 5: SHA-1 of namespace + name, with the version and variant bits set.
    static func uuid(namespace: [UInt8], name: String) -> String {
        var digest = SHA1.hash(namespace + Array(name.utf8))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = digest.prefix(16).map { byte in
            let text = String(byte, radix: 16)
            return byte < 0x10 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(
            separator: "-")
    }
}

/// SHA-1 (FIPS 180-4), only for name-based UUIDs: not for anything that needs to be secure.
enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                let base = chunk + i * 4
                w[i] =
                    UInt32(data[base]) << 24 | UInt32(data[base + 1]) << 16 | UInt32(data[base + 2]) << 8
                    | UInt32(data[base + 3])
            }
            for i in 16..<80 { w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = rotate(a, 5) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, rotate(b, 30), a, temp)
            }
            h[0] = h[0] &+ a
            h[1] = h[1] &+ b
            h[2] = h[2] &+ c
            h[3] = h[3] &+ d
            h[4] = h[4] &+ e
        }
        return h.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> UInt32(24 - $0 * 8)) } }
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        value << count | value >> (32 - count)
    }
}

extension Slug {
    /// Folded text with spaces made single, for grouping the same name written in two ways.
    static func foldedKey(_ text: String) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
