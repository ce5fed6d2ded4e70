import BuurtCore
import Foundation
import Site

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a shard build leaves for `buurtsite merge`, in the folder `.buurtsite-merge/` of its output: per shard a
/// manifest (`shard-2-of-4.json`: the shard, the build's day, its buurten) and the records of the pages it rendered
/// (`shard-2-of-4.jsonl`: one `PageRecord` with its content as JSON per line), which the collectors that gather
/// every site's pages into the portal's files (the municipality-wide search) read again. The merge removes the folder:
/// it is no part of the published sites.
enum ShardRecords {
    static let folder = ".buurtsite-merge"

    static func name(of shard: Shard) -> String { "shard-\(shard.index)-of-\(shard.count)" }

    /// What one shard built.
    struct Manifest: Codable, Equatable {
        var shard: Int
        var shards: Int
        /// The day the shard was built for (`--today`): all shards must agree.
        var today: String
        /// The slugs of its buurten, in order.
        var buurten: [String]
    }

    static func writeManifest(_ manifest: Manifest, shard: Shard, in output: String) throws(Diagnostic) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let path = output + "/" + folder + "/" + name(of: shard) + ".json"
        do {
            try FileManager.default.createDirectory(
                atPath: output + "/" + folder, withIntermediateDirectories: true)
            try encoder.encode(manifest).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .error(at: SourceLocation(file: path), "cannot write the shard's manifest: \(error)")
        }
    }
}

/// Appends page records to a shard's records file from many threads; buffered, so that the file is written in large
/// pieces, and nothing is kept once written (a shard of 25,000 pages holds no more than the buffer).
final class RecordWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    let path: String
    private var failure: Diagnostic?

    init(path: String) throws(Diagnostic) {
        self.path = path
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .error(
                at: SourceLocation(file: path), "cannot write the shard's records: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(1 << 20)
    }

    func record(_ record: PageRecord) {
        guard var line = try? JSONEncoder().encode(record) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.withLock {
            buffer += line
            if buffer.count >= 1 << 20 { flush() }
        }
    }

    /// Writes what is left and closes the file; the first problem writing, if any.
    func close() -> Diagnostic? {
        lock.withLock {
            flush()
            #if canImport(Glibc)
                Glibc.close(descriptor)
            #else
                Darwin.close(descriptor)
            #endif
            return failure
        }
    }

    /// Called with the lock held.
    private func flush() {
        var offset = 0
        while offset < buffer.count, failure == nil {
            let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, buffer.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = .error(
                    at: SourceLocation(file: path),
                    "cannot write the shard's records: \(String(cString: strerror(errno)))")
            } else {
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
