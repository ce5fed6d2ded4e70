import BuurtCore
import Foundation
import YAML

extension ToolkitLoader {
    /// Folder under which attachments must lie: the site's content, never site.yml, themes or hidden files.
    static let attachmentArea = "content/"

    /// The attachments that exist, with their sizes; each one that cannot be used is reported at its `file:`.
    func loadAttachments(
        _ entries: [ArticleFrontMatter.AttachmentEntry], node: YAMLNode?, folder: String,
        articlePath: String, diagnostics: DiagnosticCollector
    ) -> [ToolkitAttachment] {
        var attachments: [ToolkitAttachment] = []
        var namesTaken: [String: String] = [:]  // file name in the output → the `file:` that took it
        for (index, entry) in entries.enumerated() {
            let location =
                node?[index]?["file"]?.location ?? node?[index]?.location ?? SourceLocation(file: articlePath)
            do throws(Diagnostic) {
                let attachment = try resolveAttachment(entry, folder: folder, articlePath: articlePath, at: location)
                if let earlier = namesTaken[attachment.fileName] {
                    throw .error(
                        at: location,
                        "attachment '\(entry.file)' would be published as '\(attachment.fileName)', like '\(earlier)'",
                        hint: "rename one of the two files; attachments of one article are published side by side")
                }
                namesTaken[attachment.fileName] = entry.file
                attachments.append(attachment)
            } catch {
                diagnostics.add(error)
            }
        }
        return attachments
    }

    /// Checks one `file:` and measures the file it names.
    func resolveAttachment(
        _ entry: ArticleFrontMatter.AttachmentEntry, folder: String, articlePath: String,
        at location: SourceLocation
    ) throws(Diagnostic) -> ToolkitAttachment {
        let written = entry.file
        let articleName = String(articlePath.pathName)
        if written.contains("://") || written.lowercased().hasPrefix("mailto:") {
            throw .error(
                at: location, "attachment '\(written)' is a web address, not a file",
                hint: "put the file next to \(articleName), or link to the web page in the text")
        }
        if written.hasPrefix("/") || written.allSatisfy(\.isWhitespace) {
            throw .error(
                at: location, "attachment '\(written)' is not a path relative to the article",
                hint: "write the file's name as it is next to \(articleName), e.g. 'file: poster.pdf'")
        }
        guard let path = root.normalise(folder.isEmpty ? written : folder + "/" + written),
            path.hasPrefix(Self.attachmentArea),
            !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else {
            throw .error(
                at: location, "attachment '\(written)' lies outside the content folder",
                hint: "put the file next to \(articleName) (or in a folder beside it) and give its path from there")
        }
        let fileName = Self.publishedName(of: path)
        let fileExtension = FileKind.fileExtension(of: path)
        if FileKind.refused.contains(fileExtension) {
            throw .error(
                at: location, "attachment '\(written)' is a web page or script, which could act as a page of the site",
                hint: "offer it as a PDF, or put its text in the article")
        }
        if root.isDirectory(path) {
            throw .error(
                at: location, "attachment '\(written)' is a folder, not a file",
                hint:
                    "name one file in the folder, e.g. '\(written.hasSuffix("/") ? written : written + "/")poster.pdf'")
        }
        guard root.isFile(path) else {
            if isSymlinkLeavingRoot(path) {
                throw .error(
                    at: location,
                    "attachment '\(written)' is a symlink that leads outside the site's folder or to a missing file",
                    hint: "copy the file into the repository instead of linking to it")
            }
            let parent = String(path.pathFolder)
            let name = String(path.pathName)
            let suggestion = Suggestion.didYouMean(
                name, among: root.entries(of: parent).filter { root.isFile(parent + "/" + $0) })
            throw .error(
                at: location, "attachment '\(written)' not found next to \(articlePath)" + suggestion,
                hint: "put the file in \(parent)/ or correct its name; the path is relative to the article's file")
        }
        guard let byteCount = fileSize(path) else {
            throw .error(
                at: location, "attachment '\(written)' cannot be read", hint: "check that the file is readable")
        }
        return ToolkitAttachment(file: path, fileName: fileName, title: entry.title, byteCount: byteCount)
    }

    /// A name safe in a web address, keeping the extension: "Poster lift (A4).PDF" → "poster-lift-a4.pdf".
    static func publishedName(of path: String) -> String {
        let name = String(path.pathName)
        let fileExtension = FileKind.fileExtension(of: name)
        let stem = fileExtension.isEmpty ? name : String(name.dropLast(fileExtension.count + 1))
        let slug = Slug.make(from: stem).isEmpty ? "bijlage" : Slug.make(from: stem)
        let cleanExtension = Slug.make(from: fileExtension)
        return cleanExtension.isEmpty ? slug : slug + "." + cleanExtension
    }

    /// Size in bytes of a file inside the root (following a symlink that stays inside).
    func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(root.absolute(path), &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Whether the path is a symlink whose target lies outside the root or does not exist.
    func isSymlinkLeavingRoot(_ path: String) -> Bool {
        var info = stat()
        return lstat(root.absolute(path), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }
}
