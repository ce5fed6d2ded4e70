import Foundation
import Testing

@testable import Serve

/// The watcher hands over saved files as root-relative paths, in one batch per save, with inotify and polling.
@Suite struct FileWatcherTests {
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [ChangeBatch] = []
        func add(_ batch: ChangeBatch) { lock.withLock { batches.append(batch) } }
        var paths: Set<String> { lock.withLock { batches.reduce(into: Set<String>()) { $0.formUnion($1.paths) } } }

        /// Waits up to `seconds` until `path` has come.
        func wait(for path: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if paths.contains(path) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }
    }

    func makeRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("buurtsite-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content/buurten/noord/pages"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("themes/default"), withIntermediateDirectories: true)
        try Data("name: x\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        return root
    }

    @Test(arguments: [false, true])
    func savedFilesAndNewFoldersArrive(polling: Bool) throws {
        let root = try makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let batches = Batches()
        let watcher = FileWatcher(root: root.path) { batches.add($0) }
        watcher.start(polling: polling)
        defer { watcher.stop() }
        #if os(Linux)
            #expect(watcher.mechanism == (polling ? "polling" : "inotify"))
        #endif
        Thread.sleep(forTimeInterval: polling ? 0.7 : 0.1)

        try Data("---\ntitle: Over\n---\n".utf8).write(
            to: root.appendingPathComponent("content/buurten/noord/pages/over.md"))
        #expect(batches.wait(for: "content/buurten/noord/pages/over.md", seconds: 3))
        // A new folder is watched too: a page saved in it arrives.
        let folder = root.appendingPathComponent("content/buurten/noord/pages/initiatieven")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        Thread.sleep(forTimeInterval: polling ? 0.7 : 0.1)
        try Data("---\ntitle: AED\n---\n".utf8).write(to: folder.appendingPathComponent("aed.md"))
        #expect(batches.wait(for: "content/buurten/noord/pages/initiatieven/aed.md", seconds: 3))
        try Data("name: y\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        #expect(batches.wait(for: "site.yml", seconds: 3))
        // An editor's swap file is no change.
        try Data("x".utf8).write(to: root.appendingPathComponent("content/.over.md.swp"))
        Thread.sleep(forTimeInterval: polling ? 1.2 : 0.2)
        #expect(!batches.paths.contains("content/.over.md.swp"))
    }
}
