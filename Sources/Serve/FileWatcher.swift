import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A batch of changed files, as the preview takes it in: root-relative paths ("content/buurten/molenkamp/buurt.yml"),
/// or `everything` when a folder went away (which files it held is not known); with when the first event came and
/// when the debounce let the batch go.
public struct ChangeBatch: Sendable {
    public var paths: Set<String>
    public var everything: Bool
    public var firstEvent: ContinuousClock.Instant
    public var released: ContinuousClock.Instant
}

/// Watches site.yml, content/ and themes/ of a root: inotify on Linux (every folder, new ones as they come), else
/// polling twice a second. Events are gathered until `quiet` passes without one (an editor's save is several
/// events), then handed over as one batch.
public final class FileWatcher: @unchecked Sendable {
    public static let watched = ["site.yml", "content", "themes"]
    let root: String
    let quiet: Duration
    let deliver: @Sendable (ChangeBatch) -> Void
    /// "inotify" or "polling", for the terminal.
    public private(set) var mechanism = "polling"
    private let lock = NSLock()
    private var stopped = false
    private var isStopped: Bool { lock.withLock { stopped } }

    public init(root: String, quiet: Duration = .milliseconds(20), deliver: @escaping @Sendable (ChangeBatch) -> Void) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.quiet = quiet
        self.deliver = deliver
    }

    /// Starts watching on a thread of its own; `polling` forces the fallback.
    public func start(polling: Bool = false) {
        #if canImport(Glibc)
            if !polling, let inotify = Inotify(root: root) {
                mechanism = "inotify"
                Thread.detachNewThread { [self] in run(inotify) }
                return
            }
        #endif
        mechanism = "polling"
        Thread.detachNewThread { [self] in poll() }
    }

    /// Stops watching within half a second; no batch is handed over after that.
    public func stop() {
        lock.withLock { stopped = true }
    }

    /// Whether a changed name is one an editor saves, not a swap or backup file next to it.
    static func matters(_ relative: String) -> Bool {
        guard let name = relative.split(separator: "/").last else { return false }
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") {
            return false
        }
        // Vim checks that it may write a folder with a file of this name.
        return name != "4913"
    }

    #if canImport(Glibc)
        private func run(_ inotify: Inotify) {
            var batch: ChangeBatch?
            defer { inotify.close() }
            while !isStopped {
                let timeout: Int32
                if let pending = batch {
                    let left = quiet - (ContinuousClock.now - pending.released)
                    if left <= .zero {
                        var ready = pending
                        ready.released = .now
                        deliver(ready)
                        batch = nil
                        continue
                    }
                    timeout = Int32(max(1, (left / .milliseconds(1)).rounded(.up)))
                } else {
                    timeout = 500
                }
                guard let events = inotify.read(timeout: timeout) else { continue }
                let now = ContinuousClock.now
                for event in events {
                    if event.everything || FileWatcher.matters(event.path) {
                        if batch == nil {
                            batch = ChangeBatch(paths: [], everything: false, firstEvent: now, released: now)
                        }
                        if event.everything { batch!.everything = true } else { batch!.paths.insert(event.path) }
                        // `released` marks the last event until the batch goes.
                        batch!.released = now
                    }
                }
            }
        }
    #endif

    /// The fallback: compares every file's size and change time twice a second.
    private func poll() {
        var known = snapshot()
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.5)
            let now = snapshot()
            let first = ContinuousClock.now
            var changed = Set<String>()
            for (path, stamp) in now where known[path] != stamp { changed.insert(path) }
            for path in known.keys where now[path] == nil { changed.insert(path) }
            known = now
            changed = changed.filter(FileWatcher.matters)
            if !changed.isEmpty && !isStopped {
                deliver(ChangeBatch(paths: changed, everything: false, firstEvent: first, released: .now))
            }
        }
    }

    private func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for top in FileWatcher.watched {
            let base = root + "/" + top
            var paths = [top]
            if let walker = manager.enumerator(atPath: base) {
                while let next = walker.nextObject() as? String { paths.append(top + "/" + next) }
            }
            for path in paths {
                guard let attributes = try? manager.attributesOfItem(atPath: root + "/" + path),
                    attributes[.type] as? FileAttributeType != .typeDirectory
                else { continue }
                let size = attributes[.size] as? Int ?? 0
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(size)-\(time)"
            }
        }
        return result
    }
}

#if canImport(Glibc)
    /// Linux's inotify on every folder under content/ and themes/, and on the root for site.yml.
    final class Inotify: @unchecked Sendable {
        struct Event {
            var path: String
            var everything: Bool
        }

        // From <sys/inotify.h>; the combined masks are not imported into Swift.
        static let modify: UInt32 = 0x2, attrib: UInt32 = 0x4, closeWrite: UInt32 = 0x8
        static let movedFrom: UInt32 = 0x40, movedTo: UInt32 = 0x80, create: UInt32 = 0x100
        static let delete: UInt32 = 0x200, deleteSelf: UInt32 = 0x400, moveSelf: UInt32 = 0x800
        static let ignored: UInt32 = 0x8000, isDir: UInt32 = 0x4000_0000, overflow: UInt32 = 0x4000
        static let mask = closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf | attrib

        let root: String
        let descriptor: Int32
        /// Watch descriptor → the folder it watches, relative to the root ("" is the root itself).
        var folders: [Int32: String] = [:]

        init?(root: String) {
            self.root = root
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            _ = add("", recursive: false)
            for top in ["content", "themes"] { _ = add(top, recursive: true) }
        }

        func close() {
            _ = Glibc.close(descriptor)
        }

        /// Watches a folder (and every folder under it); returns the files found under it.
        func add(_ folder: String, recursive: Bool) -> [String] {
            let path = folder.isEmpty ? root : root + "/" + folder
            let watch = inotify_add_watch(descriptor, path, Inotify.mask)
            guard watch >= 0 else { return [] }
            folders[watch] = folder
            guard recursive, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
            var files: [String] = []
            for name in names.sorted() {
                let child = folder + "/" + name
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + child, isDirectory: &isFolder),
                    isFolder.boolValue
                {
                    files += add(child, recursive: true)
                } else {
                    files.append(child)
                }
            }
            return files
        }

        /// The events that came within `timeout` milliseconds (-1: wait for one); nil when none came.
        func read(timeout: Int32) -> [Event]? {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&request, 1, timeout) > 0 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            var events: [Event] = []
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    (
                        bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                events += interpret(watch: watch, mask: mask, name: name)
            }
            return events
        }

        private func interpret(watch: Int32, mask: UInt32, name: String) -> [Event] {
            if mask & Inotify.overflow != 0 { return [Event(path: "", everything: true)] }
            if mask & Inotify.ignored != 0 {
                folders.removeValue(forKey: watch)
                return []
            }
            guard let folder = folders[watch] else { return [] }
            // A watched folder itself went away or moved: which files it held is not known here.
            if mask & (Inotify.deleteSelf | Inotify.moveSelf) != 0 { return [Event(path: folder, everything: true)] }
            guard !name.isEmpty else { return [] }
            let path = folder.isEmpty ? name : folder + "/" + name
            // On the root only site.yml, content/ and themes/ matter.
            if folder.isEmpty && !FileWatcher.watched.contains(name) { return [] }
            if mask & Inotify.isDir != 0 {
                if mask & (Inotify.create | Inotify.movedTo) != 0 {
                    return add(path, recursive: true).map { Event(path: $0, everything: false) }
                }
                if mask & Inotify.movedFrom != 0 { return [Event(path: path, everything: true)] }
                return []
            }
            return [Event(path: path, everything: false)]
        }
    }
#endif
