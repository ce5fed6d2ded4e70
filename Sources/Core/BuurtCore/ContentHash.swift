/// A short name for a file's content: FNV-1a over its bytes, 64 bits, the first 8 hex digits. A changed file gets a
/// new name, so browsers and caches may keep a file so named for as long as they like (hashed assets, the search
/// index's files).
public enum ContentHash {
    public static func hex8<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        // Over a buffer, not through the generic sequence: an unspecialised iterator costs a call per byte, which
        // was 8 % of a 10,000-page build's CPU time with search (the index's files are hashed).
        let hash =
            bytes.withContiguousStorageIfAvailable { fnv1a(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { fnv1a($0) }
        let hex = String(hash >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The file name with the hash before its extension: "search/dutch-text.js" → "search/dutch-text.3f9a2c1e.js";
    /// a name without an extension gets the hash at its end.
    public static func name(_ path: String, hash: String) -> String {
        let name = path.pathName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "." + hash }
        let folder = path.dropLast(name.count)
        return folder + name[..<dot] + "." + hash + name[dot...]
    }
}
