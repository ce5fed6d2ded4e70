import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Markdown pages as read before, by path, with the size, change time and inode their file had: a preview
/// (`buurtsite serve`) reads again only the pages whose files changed, not all 10,000 for one edit. A file that
/// is a different file now (replaced, a symlink put in its place) has another inode or change time.
public final class PageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: (stamp: Stamp, page: Page)] = [:]

    public init() {}

    struct Stamp: Equatable {
        var size: Int64
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
    }

    /// The file's own stamp (lstat: a symlink is not followed); nil when it cannot be read.
    static func stamp(of absolute: String) -> Stamp? {
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return nil }
        #if canImport(Glibc)
            let changed = info.st_ctim
        #else
            let changed = info.st_ctimespec
        #endif
        return Stamp(
            size: Int64(info.st_size), inode: UInt64(info.st_ino), seconds: changed.tv_sec,
            nanoseconds: changed.tv_nsec)
    }

    func page(at path: String, stamp: Stamp) -> Page? {
        lock.withLock { pages[path].flatMap { $0.stamp == stamp ? $0.page : nil } }
    }

    func keep(_ page: Page, stamp: Stamp) {
        lock.withLock { pages[page.sourcePath] = (stamp, page) }
    }
}
