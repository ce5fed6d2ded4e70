import Foundation
import Testing

/// A suite trait that removes a folder once every test of the suite has run: for what a suite builds once and shares
/// between its tests (a static output folder), which no single test may remove.
struct RemovedAfterwards: SuiteTrait, TestScoping {
    let folder: URL

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try await function()
    }
}

extension Trait where Self == RemovedAfterwards {
    /// `@Suite(.removedAfterwards(Self.output))`: the folder goes when the suite is done.
    static func removedAfterwards(_ folder: URL) -> Self { RemovedAfterwards(folder: folder) }
}
