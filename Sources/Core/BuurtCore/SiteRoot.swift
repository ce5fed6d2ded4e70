import Foundation

/// The site's root folder. Every read goes through here, so nothing outside the root is ever read:
/// not through `..` in a path, and not through a symlink that points elsewhere.
public struct SiteRoot: Sendable {
    /// Absolute path with symlinks resolved, without a trailing slash.
    public let path: String
    /// Folders already resolved: a build asks about thousands of files in a few folders.
    private let folders = FolderCache()

    public init(path: String) throws(Diagnostic) {
        guard let resolved = SiteRoot.realPath(path), SiteRoot.isDirectory(resolved) else {
            throw .error(
                at: SourceLocation(file: path), "site root is not a folder",
                hint: "pass the folder that holds site.yml with --root")
        }
        self.path = resolved
    }

    /// Joins a root-relative path, normalising `.` and `..`; nil when the result would leave the root.
    public func normalise(_ relative: String) -> String? {
        if Self.isNormal(relative) { return relative }
        var parts: [Substring] = []
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// True when a path has no empty, "." or ".." parts and no leading or trailing slash: nothing to normalise.
    private static func isNormal(_ path: String) -> Bool {
        var previous: UInt8 = 0x2F  // as if after a slash, so a leading "/" or "." counts
        var dotsSinceSlash = 0, lengthSinceSlash = 0
        for byte in path.utf8 {
            if byte == 0x2F {
                if previous == 0x2F || dotsSinceSlash == lengthSinceSlash { return false }
                dotsSinceSlash = 0
                lengthSinceSlash = 0
            } else {
                lengthSinceSlash += 1
                if byte == 0x2E { dotsSinceSlash += 1 }
            }
            previous = byte
        }
        return previous != 0x2F && dotsSinceSlash != lengthSinceSlash
    }

    /// Absolute path of a root-relative path, without resolving anything.
    public func absolute(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    /// Whether `relative` exists inside the root, following symlinks only when they stay inside.
    public func containsItem(_ relative: String) -> Bool {
        resolve(relative) != nil
    }

    public func isDirectory(_ relative: String) -> Bool {
        resolve(relative)?.isDirectory == true
    }

    public func isFile(_ relative: String) -> Bool {
        resolve(relative)?.isDirectory == false
    }

    /// The real path of an item inside the root, or nil when it does not exist or lies outside.
    /// Only the item itself is checked with lstat; its folder's real path comes from the cache.
    private func resolve(_ relative: String) -> (path: String, isDirectory: Bool)? {
        guard let normal = normalise(relative) else { return nil }
        if normal.isEmpty { return (path, true) }
        guard let folder = realFolder(String(normal.pathFolder)) else { return nil }
        let item = folder + "/" + normal.pathName
        var info = stat()
        guard lstat(item, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let real = SiteRoot.realPath(item), isInside(real) else { return nil }
            return (real, SiteRoot.isDirectory(real))
        }
        return (item, info.st_mode & S_IFMT == S_IFDIR)
    }

    /// Real path of a root-relative folder, when it exists inside the root.
    private func realFolder(_ relative: String) -> String? {
        if relative.isEmpty { return path }
        return folders.value(for: relative) {
            guard let real = SiteRoot.realPath(absolute(relative)), isInside(real), SiteRoot.isDirectory(real) else {
                return nil
            }
            return real
        }
    }

    /// Reads a root-relative file as UTF-8 text, with an error naming the file when it is missing,
    /// outside the root (a symlink), unreadable or not UTF-8.
    public func read(_ relative: String) throws(Diagnostic) -> SourceFile {
        try SourceFile.decode(readData(relative), path: relative)
    }

    /// Reads a root-relative file's bytes under the same rules as `read`.
    public func readData(_ relative: String) throws(Diagnostic) -> Data {
        let location = SourceLocation(file: relative)
        guard let normal = normalise(relative) else {
            throw .error(at: location, "path leaves the site root", hint: "keep every file inside the site's folder")
        }
        guard let real = resolve(normal)?.path else {
            // Tell a symlink that leads out of the root from a file that is simply missing.
            if let outside = SiteRoot.realPath(absolute(normal)), !isInside(outside) {
                throw .error(
                    at: location, "symlink points outside the site root, to '\(outside)'",
                    hint: "copy the file into the repository instead of linking to it")
            }
            // A listed name that is not UTF-8 comes back with U+FFFD in it, and then cannot be found under it.
            if normal.unicodeScalars.contains("\u{FFFD}") {
                throw .error(
                    at: location, "file name is not valid UTF-8",
                    hint: "rename the file; use letters, digits and hyphens")
            }
            throw .error(at: location, "file not found")
        }
        guard let data = FileManager.default.contents(atPath: real) else {
            throw .error(at: location, "file cannot be read")
        }
        return data
    }

    /// Names of the entries of a root-relative folder, sorted; empty when the folder does not exist.
    /// Hidden entries (".git", ".DS_Store") are skipped.
    public func entries(of relative: String) -> [String] {
        listing(of: relative).map(\.name)
    }

    /// Root-relative paths of all files under a folder, recursively and sorted.
    /// Symlinks that lead outside the root are returned too, so that reading them reports the problem.
    public func files(under relative: String) -> [String] {
        var result: [String] = []
        for entry in listing(of: relative) {
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isFolder ?? isDirectory(child) {
                result += files(under: child)
            } else {
                result.append(child)
            }
        }
        return result
    }

    /// The entries of a folder, sorted by name, hidden ones skipped, with whether each is a folder when the
    /// folder listing says so (a plain file or folder); nil for a symlink, which must be resolved to know.
    /// A folder of 10,000 pages is listed without asking about each file.
    private func listing(of relative: String) -> [(name: String, isFolder: Bool?)] {
        guard isDirectory(relative), let folder = opendir(absolute(relative)) else { return [] }
        defer { closedir(folder) }
        var result: [(name: String, isFolder: Bool?)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let type = Int32(entry.pointee.d_type)
            result.append((name, type == Int32(DT_DIR) ? true : type == Int32(DT_REG) ? false : nil))
        }
        return result.sorted { $0.name < $1.name }
    }

    private func isInside(_ real: String) -> Bool {
        real == path || real.hasPrefix(path == "/" ? "/" : path + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Root-relative folder → real path, shared by all threads of a build; folders that are missing
/// or lie outside the root are remembered as such too.
private final class FolderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String: String] = [:]
    private var missing: Set<String> = []

    func value(for key: String, compute: () -> String?) -> String? {
        let known: (String?, Bool) = lock.withLock { (found[key], missing.contains(key)) }
        if let path = known.0 { return path }
        if known.1 { return nil }
        let value = compute()
        lock.withLock {
            if let value { found[key] = value } else { missing.insert(key) }
        }
        return value
    }
}
