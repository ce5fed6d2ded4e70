import FlyingFox
import FlyingSocks
import Foundation

/// One browser's Server-Sent Events connection: what the store's changes mean for the page it has open. It sends
/// `reload` when that page's bytes changed, and `problems` (a JSON list, empty when the build is good again) when
/// the build's problems changed; a comment every 15 seconds finds closed connections.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let chunks: AsyncStream<Data>

    /// Follows `store` for the page at `key`, which the browser has at `version`.
    init(store: PreviewStore, key: String, version: String) {
        let (chunks, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .unbounded)
        self.chunks = chunks
        let state = Watched(store: store, key: key, version: version)
        continuation.yield(Data("retry: 500\n\n".utf8))
        continuation.yield(state.messages(initial: true))
        let id = store.listen {
            let message = state.messages(initial: false)
            if !message.isEmpty { continuation.yield(message) }
        }
        let ping = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                continuation.yield(Data(": ping\n\n".utf8))
            }
        }
        continuation.onTermination = { _ in
            store.stopListening(id)
            ping.cancel()
        }
    }

    /// What the page last saw: its version and the problems shown.
    final class Watched: @unchecked Sendable {
        let store: PreviewStore
        let key: String
        let lock = NSLock()
        var version: String
        var problems: [PreviewStore.Problem]?

        init(store: PreviewStore, key: String, version: String) {
            self.store = store
            self.key = key
            self.version = version
        }

        /// The events for what changed since the page last heard; `initial`: always say which problems there are.
        func messages(initial: Bool) -> Data {
            let current = store.version(of: key), problems = store.problems
            return lock.withLock {
                var text = ""
                // A page served before anything had built (version "…-0") has nothing to fall back on: once the
                // problems are gone it reloads to get its content.
                if problems.isEmpty, self.problems?.isEmpty == false,
                    version.split(separator: "-").dropFirst().first == "0"
                {
                    version = ""
                }
                if initial || problems != self.problems {
                    self.problems = problems
                    let json = (try? JSONEncoder().encode(problems)).map { String(decoding: $0, as: UTF8.self) }
                    text += "event: problems\ndata: \(json ?? "[]")\n\n"
                }
                if current != version {
                    version = current
                    text += "event: reload\ndata: \(current)\n\n"
                }
                return Data(text.utf8)
            }
        }
    }

    func makeAsyncIterator() -> Iterator { Iterator(chunks: chunks.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = Array(await chunks.next() ?? Data()) }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            guard let chunk = await chunks.next() else { return nil }
            return Array(chunk)
        }
    }
}
