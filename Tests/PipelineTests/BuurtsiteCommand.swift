import Foundation
import Testing

/// The `buurtsite` executable SwiftPM built next to this test bundle, run as people run it.
enum BuurtsiteCommand {
    static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("buurtsite")
    }

    /// Runs it with `arguments` in `folder` (where the tests run when nil) and returns its exit status and output.
    static func run(
        _ arguments: [String], in folder: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.path), "built executable at \(executable.path)",
            sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(),
            stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }
}
