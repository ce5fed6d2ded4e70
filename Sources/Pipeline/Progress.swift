import Foundation

/// A progress line on a terminal for long builds: "pagina's 4.200/10.000". Silent for short builds and pipes.
public final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0, done = 0
    private var lastDraw = ContinuousClock.now
    private var drawn = false
    private let started = ContinuousClock.now

    public init() {}

    func start(total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.total = total
    }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = ContinuousClock.now
        // Only builds that take a while get a progress line, redrawn at most ten times a second.
        guard now - started > .milliseconds(500), now - lastDraw > .milliseconds(100) || done == total else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data("\rrendering pages \(done)/\(total)\u{1B}[K".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
