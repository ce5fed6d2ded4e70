import BuurtCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a build's files go: a folder on disk (`DiskSink`, inside the staging folder that is swapped into place)
/// or memory (`MemorySink`, for a preview). Paths are relative to the output folder: "molenkamp/index.html".
/// Written from many threads at once.
public protocol OutputSink: Sendable {
    func write(_ text: String, to path: String) throws(Diagnostic)
    func write(_ data: Data, to path: String) throws(Diagnostic)
}

/// Keeps every file in memory, by path: what a preview server serves, and what a test reads.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Data] = [:]

    public init() {}

    public func write(_ text: String, to path: String) throws(Diagnostic) {
        let data = Data(text.utf8)
        lock.withLock { stored[path] = data }
    }

    public func write(_ data: Data, to path: String) throws(Diagnostic) {
        lock.withLock { stored[path] = data }
    }

    /// Every file written so far, by path.
    public var files: [String: Data] { lock.withLock { stored } }

    public subscript(path: String) -> Data? { lock.withLock { stored[path] } }
}

/// Takes every file and keeps none: `buurtsite check` renders every page to find its problems and writes nothing.
struct DiscardSink: OutputSink {
    func write(_ text: String, to path: String) throws(Diagnostic) {}
    func write(_ data: Data, to path: String) throws(Diagnostic) {}
}

/// Writes files under a folder (the staging folder); safe to call from many threads at once.
/// Plain POSIX calls: a build writes tens of thousands of files, and Foundation's checks per path
/// component cost more than the writing itself.
struct DiskSink: OutputSink {
    /// Absolute path of the folder written to.
    let base: String

    func write(_ text: String, to relative: String) throws(Diagnostic) {
        var text = text
        if let problem = text.withUTF8({ write(UnsafeRawBufferPointer($0), to: relative) }) { throw problem }
    }

    func write(_ data: Data, to relative: String) throws(Diagnostic) {
        if let problem = data.withUnsafeBytes({ write($0, to: relative) }) { throw problem }
    }

    /// Returns the problem, if any, rather than throwing: it is called from inside buffer closures.
    private func write(_ bytes: UnsafeRawBufferPointer, to relative: String) -> Diagnostic? {
        let path = base + "/" + relative
        // Most files are a page in a folder of its own ("over-ons/index.html"): make that folder first.
        if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")),
            mkdir(base + "/" + relative[..<slash], 0o755) != 0,
            errno == ENOENT
        {
            if let problem = makeFolders(for: relative) { return problem }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return failure(relative) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return failure(relative)
            }
            offset += written
        }
        return nil
    }

    /// Creates the folders of a file's path, one level at a time, tolerating folders made meanwhile by other threads.
    private func makeFolders(for relative: String) -> Diagnostic? {
        var path = base
        for part in relative.split(separator: "/").dropLast() {
            path += "/" + part
            if mkdir(path, 0o755) != 0 && errno != EEXIST { return failure(relative) }
        }
        return nil
    }

    private func failure(_ relative: String) -> Diagnostic {
        .error(at: SourceLocation(file: relative), "cannot write output file: \(String(cString: strerror(errno)))")
    }
}

/// The C library's `write`, which `DiskSink.write` hides by its name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
