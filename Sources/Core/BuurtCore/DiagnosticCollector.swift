import Foundation

/// Gathers the problems of a whole build, from any thread, so that all of them are reported at once; and the
/// drafts the build checked and left out, so that it can say so.
public final class DiagnosticCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []
    private var draftPaths: Set<String> = []

    /// A content file marked `draft: true`: checked, but not published.
    public func addDraft(_ path: String) {
        lock.withLock { _ = draftPaths.insert(path) }
    }

    /// The root-relative paths of the drafts left out, sorted.
    public var drafts: [String] { lock.withLock { draftPaths.sorted() } }

    public init() {}

    public func add(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        items.append(diagnostic)
    }

    public func add(contentsOf diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        items.append(contentsOf: diagnostics)
    }

    /// Records what `body` throws (a `Diagnostic` or `DiagnosticList`) and returns nil in that case.
    @discardableResult
    public func capture<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            add(diagnostic)
        } catch let list as DiagnosticList {
            add(contentsOf: list.diagnostics)
        } catch {
            add(.error(at: nil, "\(error)"))
        }
        return nil
    }

    /// Everything collected so far, without duplicates, in report order.
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items.filter { seen.insert($0).inserted }.sortedForReport()
    }

    public var hasErrors: Bool { diagnostics.hasErrors }
}
