import Foundation

/// The site's root folder. Every read goes through here, so nothing outside the root is ever read:
/// not through `..` in a path, and not through a symlink that points elsewhere.
public struct SiteRoot: Sendable {
    /// Absolute path with symlinks resolved, without a trailing slash.
    public let path: String

    public init(path: String) throws(Diagnostic) {
        guard let resolved = SiteRoot.realPath(path), SiteRoot.isDirectory(resolved) else {
            throw .error(at: SourceLocation(file: path), "site root is not a folder", hint: "pass the folder that holds site.yml with --root")
        }
        self.path = resolved
    }

    /// Joins a root-relative path, normalising `.` and `..`; nil when the result would leave the root.
    public func normalise(_ relative: String) -> String? {
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

    /// Absolute path of a root-relative path, without resolving anything.
    public func absolute(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    /// Whether `relative` exists inside the root, following symlinks only when they stay inside.
    public func containsItem(_ relative: String) -> Bool {
        guard let normal = normalise(relative), let real = SiteRoot.realPath(absolute(normal)) else { return false }
        return isInside(real)
    }

    public func isDirectory(_ relative: String) -> Bool {
        guard containsItem(relative), let real = SiteRoot.realPath(absolute(relative)) else { return false }
        return SiteRoot.isDirectory(real)
    }

    public func isFile(_ relative: String) -> Bool {
        guard containsItem(relative), let real = SiteRoot.realPath(absolute(relative)) else { return false }
        return !SiteRoot.isDirectory(real)
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
        guard let real = SiteRoot.realPath(absolute(normal)) else {
            throw .error(at: location, "file not found")
        }
        guard isInside(real) else {
            throw .error(at: location, "symlink points outside the site root, to '\(real)'",
                         hint: "copy the file into the repository instead of linking to it")
        }
        guard let data = FileManager.default.contents(atPath: real) else {
            throw .error(at: location, "file cannot be read")
        }
        return data
    }

    /// Names of the entries of a root-relative folder, sorted; empty when the folder does not exist.
    /// Hidden entries (".git", ".DS_Store") are skipped.
    public func entries(of relative: String) -> [String] {
        guard isDirectory(relative), let names = try? FileManager.default.contentsOfDirectory(atPath: absolute(relative)) else {
            return []
        }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Root-relative paths of all files under a folder, recursively and sorted.
    /// Symlinks that lead outside the root are returned too, so that reading them reports the problem.
    public func files(under relative: String) -> [String] {
        var result: [String] = []
        for name in entries(of: relative) {
            let child = relative.isEmpty ? name : relative + "/" + name
            if isDirectory(child) {
                result += files(under: child)
            } else {
                result.append(child)
            }
        }
        return result
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
