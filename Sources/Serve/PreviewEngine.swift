import BuurtCore
import Foundation
import Pipeline

/// Keeps the preview's store up to date: one complete render at the start, then for each batch of changed files
/// only the outputs that read them (`SiteBuilder.renderPreview`), then, once nothing has changed for a moment, a
/// complete render for what needs every page (the search index, sitemaps, files pages link to). One render runs
/// at a time. The terminal gets the same diagnostics as `build`; with `timing`, one JSON line per render.
public final class PreviewEngine: @unchecked Sendable {
    let builder: SiteBuilder
    public let store: PreviewStore
    let timing: Bool
    /// How long the sources must stay unchanged before the complete render that follows a change.
    let followUpDelay: Duration
    private let queue = DispatchQueue(label: "buurtsite.preview")
    private let cache = PreviewCache()
    private let lock = NSLock()
    /// The plan of the last good render; nil before the first.
    private var plan: BuildPlan?
    /// Files changed since the last good render (renders with errors keep them here).
    private var pending: Set<String> = []
    private var renderedEverything = false
    private var changesSeen = 0

    public init(builder: SiteBuilder, store: PreviewStore, timing: Bool, followUpDelay: Duration = .milliseconds(300)) {
        var builder = builder
        builder.previewCache = cache
        self.builder = builder
        self.store = store
        self.timing = timing
        self.followUpDelay = followUpDelay
    }

    /// The first render, waited for. Returns the report.
    @discardableResult
    public func renderAll() -> BuildReport {
        queue.sync { render(changed: nil, batch: nil) }
    }

    /// Takes a batch of changes from the watcher; renders it on the engine's queue.
    public func submit(_ batch: ChangeBatch) {
        let number = lock.withLock {
            changesSeen += 1
            return changesSeen
        }
        queue.async { [self] in
            let changed: Set<String>? = batch.everything ? nil : batch.paths
            render(changed: changed, batch: batch)
            // The complete render waits until no change has come for a moment.
            DispatchQueue.global().asyncAfter(deadline: .now() + followUpDelay.seconds) { [self] in
                guard lock.withLock({ changesSeen == number }) else { return }
                queue.async { [self] in
                    if !renderedEverything { render(changed: nil, batch: nil, followUp: true) }
                }
            }
        }
    }

    @discardableResult
    func render(changed: Set<String>?, batch: ChangeBatch?, followUp: Bool = false) -> BuildReport {
        let started = ContinuousClock.now
        if let changed { pending.formUnion(changed) }
        let incremental = plan != nil && changed != nil
        if let batch { cache.forget(after: batch.everything ? nil : batch.paths) }
        let sink = MemorySink()
        let result = builder.renderPreview(into: sink, changed: incremental ? pending : nil, previous: plan)
        let report = result.report
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        for note in report.notes where batch == nil && !followUp { say("note: " + note) }
        let errors = report.diagnostics.filter { $0.severity == .error }
        let changedPaths: [String]
        if errors.isEmpty, let newPlan = result.plan {
            // A complete render made every file: what it did not make is gone (an old search index file too).
            let removed =
                result.isComplete
                ? store.keys.subtracting(sink.files.keys)
                : Set(plan?.outputs.map(\.path) ?? []).subtracting(result.planned)
            // Problems go first, so that a page reloading for its new bytes no longer gets the overlay.
            store.setProblems([])
            changedPaths = store.update(
                with: sink.files, removing: removed, drafts: result.drafts, addresses: result.addresses)
            plan = newPlan
            pending = []
            renderedEverything = result.isComplete
        } else {
            store.setProblems(errors.map(PreviewStore.Problem.init))
            changedPaths = []
            renderedEverything = false
        }
        let ready = ContinuousClock.now
        if let batch {
            let files = batch.everything ? "a folder" : batch.paths.sorted().joined(separator: ", ")
            say(
                errors.isEmpty
                    ? "changed: \(files): \(changedPaths.count) files updated in \(milliseconds(ready - started)) ms"
                    : "changed: \(files): \(errors.count) \(errors.count == 1 ? "error" : "errors"); "
                        + "the preview shows the last good version with the problems over it")
        }
        if timing {
            var line: [String: Any] = [
                "kind": batch != nil ? "change" : followUp ? "complete" : "initial",
                "ok": errors.isEmpty, "rendered": result.rendered.count, "changed": changedPaths.count,
                "prepare_ms": result.timings.prepare * 1000, "plan_ms": result.timings.plan * 1000,
                "render_ms": result.timings.render * 1000,
                "work_ms": milliseconds(ready - started),
            ]
            if let batch {
                line["debounce_ms"] = milliseconds(batch.released - batch.firstEvent)
                // From the debounce letting the batch go (the engine may still have been busy) to new bytes.
                line["latency_ms"] = milliseconds(ready - batch.released)
                line["total_ms"] = milliseconds(ready - batch.firstEvent)
                line["files"] = batch.paths.sorted()
            }
            if let json = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
                say("serve-timing " + String(decoding: json, as: UTF8.self))
            }
        }
        return report
    }

    private func milliseconds(_ duration: Duration) -> Double {
        (duration / .milliseconds(1) * 10).rounded() / 10
    }
}

extension Duration {
    var seconds: Double { self / .seconds(1) }
}

/// A line on standard output, written at once (the bench reads the timing lines as they come).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
