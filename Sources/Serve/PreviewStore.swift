import BuurtCore
import Foundation
import Model

/// The preview's rendered files, by output path, with a version per path that changes only when the file's bytes
/// do; the problems of the last render (while they are there, the files are those of the last good render); and
/// what the server needs to know of each site. Read by the server's connections, written by the builds.
public final class PreviewStore: @unchecked Sendable {
    /// One problem as the browser shows it: `path:line:col: error: message` and its hint.
    public struct Problem: Codable, Equatable, Sendable {
        public var line: String
        public var hint: String?

        public init(_ diagnostic: Diagnostic) {
            var first = diagnostic
            first.hint = nil
            line = first.description
            hint = diagnostic.hint
        }
    }

    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var versions: [String: Int] = [:]
    /// By site folder: when a file of its assets/ (the theme's styles and scripts) last changed.
    private var assetVersions: [String: Int] = [:]
    private var counter = 0
    private var problemList: [Problem] = []
    private var draftPaths: Set<String> = []
    private var siteAddresses: [String: SiteAddress] = [:]
    private var waiting: [UUID: @Sendable () -> Void] = [:]
    /// Told apart from an earlier run of the server, so a page kept open across a restart reloads.
    private let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    public init() {}

    public subscript(key: String) -> Data? { lock.withLock { files[key] } }

    /// The version of the file at `key`: "k3x9-12"; changes whenever its bytes do, and for an HTML page also when
    /// its site's assets/ change (a page looks different with a new stylesheet): "k3x9-12-4".
    public func version(of key: String) -> String {
        lock.withLock {
            let own = "\(run)-\(versions[key] ?? 0)"
            guard ContentType.isHTML(key) else { return own }
            return own + "-\(assetVersions[RequestPath.site(of: key, among: siteAddresses.keys)] ?? 0)"
        }
    }

    public var problems: [Problem] { lock.withLock { problemList } }
    public var sites: [String] { lock.withLock { Array(siteAddresses.keys) } }
    public var addresses: [String: SiteAddress] { lock.withLock { siteAddresses } }
    public func isDraft(_ key: String) -> Bool { lock.withLock { draftPaths.contains(key) } }
    public var keys: Set<String> { lock.withLock { Set(files.keys) } }

    /// Takes in what a good render made: files whose bytes differ get a new version, files in `removed` go.
    /// Returns the paths whose bytes changed.
    @discardableResult
    public func update(
        with made: [String: Data], removing removed: Set<String> = [], drafts: Set<String>? = nil,
        addresses: [String: SiteAddress]? = nil
    ) -> [String] {
        let changed: [String] = lock.withLock {
            counter += 1
            var changed: [String] = []
            for (key, data) in made where files[key] != data {
                files[key] = data
                versions[key] = counter
                changed.append(key)
            }
            for key in removed where files.removeValue(forKey: key) != nil {
                versions[key] = counter
                changed.append(key)
            }
            if let drafts { draftPaths = drafts }
            if let addresses { siteAddresses = addresses }
            for key in changed {
                let site = RequestPath.site(of: key, among: siteAddresses.keys)
                if key.dropFirst(site.count).hasPrefix("assets/") { assetVersions[site] = counter }
            }
            return changed
        }
        notify()
        return changed
    }

    /// Sets the problems of the last render (none: it was good).
    public func setProblems(_ problems: [Problem]) {
        let differ = lock.withLock {
            defer { problemList = problems }
            return problemList != problems
        }
        if differ { notify() }
    }

    /// Calls `listener` after every change of files or problems, until `stopListening` with the id returned.
    public func listen(_ listener: @escaping @Sendable () -> Void) -> UUID {
        let id = UUID()
        lock.withLock { waiting[id] = listener }
        return id
    }

    public func stopListening(_ id: UUID) {
        _ = lock.withLock { waiting.removeValue(forKey: id) }
    }

    private func notify() {
        for listener in lock.withLock({ Array(waiting.values) }) { listener() }
    }
}
