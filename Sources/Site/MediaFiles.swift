import BuurtCore
import Foundation
import Model

/// Files that pages and features' items link to or show (images, PDFs), gathered while they
/// render on many threads, then copied into the site (media/, or beside an item's page).
public final class MediaFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: String] = [:]

    public init() {}

    /// Records that the root-relative file `source` is to be copied to `sitePath` inside the site (the caller
    /// chose it, usually with `sitePath(for:owner:)`); a later source for the same path takes its place.
    public func add(source: String, sitePath: String) {
        lock.lock()
        defer { lock.unlock() }
        files[sitePath] = source
    }

    /// Site path → root-relative source path, sorted by site path.
    public var all: [(sitePath: String, source: String)] {
        lock.lock()
        defer { lock.unlock() }
        return files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Where a content file appears in a site: files of the buurt under media/, the municipality's
    /// shared files under media/gemeente/. Files of another buurt are not reachable.
    public static func sitePath(for source: String, owner: PageOwner) -> String? {
        let buurten = ContentLayout.buurten + "/"
        if case .buurt(let slug) = owner, source.hasPrefix(buurten + slug + "/") {
            return "media/" + source.dropFirst(buurten.count + slug.count + 1)
        }
        if source.hasPrefix("content/"), !source.hasPrefix(buurten) {
            return "media/gemeente/" + source.dropFirst("content/".count)
        }
        return nil
    }
}
