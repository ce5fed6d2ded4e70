import BuurtCore
import Foundation

/// The output folder is written in a staging folder beside it and swapped into place only when
/// the whole build succeeded, so a failed build never damages the last good output.
struct OutputFolder {
    /// Absolute path of the output folder.
    let path: String
    /// Absolute path of the staging folder the build writes into.
    let staging: String

    init(path output: String, root: SiteRoot) throws(Diagnostic) {
        let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let resolvedParent = URL(fileURLWithPath: parent).resolvingSymlinksInPath().path
        let resolved = (resolvedParent as NSString).appendingPathComponent(name)
        // Never let a swap replace the repository itself or its content.
        let isRootOrAbove = resolved == root.path || root.path.hasPrefix(resolved + "/")
        let isInSources = ["content", "themes"].map(root.absolute).contains {
            resolved == $0 || resolved.hasPrefix($0 + "/")
        }
        if isRootOrAbove || isInSources || FileManager.default.fileExists(atPath: resolved + "/site.yml") {
            throw .error(
                at: SourceLocation(file: output), "output folder would overwrite the site's own files",
                hint: "choose a separate folder such as 'public'")
        }
        // The swap replaces the whole folder: never one that holds files of something else.
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: resolved), !entries.isEmpty,
            !entries.contains(where: Self.signsOfABuild.contains)
        {
            throw .error(
                at: SourceLocation(file: output),
                "output folder is not empty and holds no earlier build; building would delete its \(entries.count) "
                    + "files and folders",
                hint: "choose a new or empty folder such as 'public', or empty this one yourself")
        }
        if FileManager.default.fileExists(atPath: resolved + "/.git") {
            throw .error(
                at: SourceLocation(file: output),
                "output folder holds a git repository (.git), which building would delete with the rest",
                hint: "build into a folder of its own, such as 'public', and copy it into the repository to publish")
        }
        path = resolved
        staging = (resolvedParent as NSString).appendingPathComponent(".buurtsite-staging-\(name)-\(getpid())")
    }

    /// Names one of which every build leaves at the top of its output: the portal's robots.txt and 404 page, the
    /// host files, or a shard's records for the merge.
    static let signsOfABuild: Set<String> = ["robots.txt", "404.html", ".htaccess", "_headers", ShardRecords.folder]

    func prepareStaging() throws(Diagnostic) {
        removeAbandonedStaging()
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .error(
                at: SourceLocation(file: staging), "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Staging folders left by builds that were killed (their process is gone) are removed.
    private func removeAbandonedStaging() {
        let parent = (staging as NSString).deletingLastPathComponent
        let prefix = ".buurtsite-staging-\((path as NSString).lastPathComponent)-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(name))
        }
    }

    func discardStaging() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Replaces the whole output folder with the staging folder.
    func publishAll() throws(Diagnostic) {
        try replace(path, with: staging)
    }

    /// Replaces only the entries the staging folder holds (a partial build with --buurt),
    /// leaving the other buurt sites of the previous build in place.
    func publishEntries() throws(Diagnostic) {
        guard FileManager.default.fileExists(atPath: path) else { return try publishAll() }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []).sorted()
        for name in names {
            try replace(
                (path as NSString).appendingPathComponent(name),
                with: (staging as NSString).appendingPathComponent(name))
        }
        discardStaging()
    }

    private func replace(_ target: String, with source: String) throws(Diagnostic) {
        let manager = FileManager.default
        let old = target + ".buurtsite-old-\(getpid())"
        do {
            if manager.fileExists(atPath: target) { try manager.moveItem(atPath: target, toPath: old) }
            try manager.moveItem(atPath: source, toPath: target)
            try? manager.removeItem(atPath: old)
        } catch {
            if manager.fileExists(atPath: old), !manager.fileExists(atPath: target) {
                try? manager.moveItem(atPath: old, toPath: target)
            }
            throw .error(
                at: SourceLocation(file: target), "cannot move the new output into place: \(error.localizedDescription)"
            )
        }
    }
}
