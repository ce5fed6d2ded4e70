import BuurtCore

public struct BuildOptions: Sendable {
    /// Folder holding site.yml, content/ and themes/.
    public var root: String
    /// Folder the sites are written to; replaced as a whole after a successful build.
    public var output: String
    /// Build only these buurt platforms (folder names); empty means all.
    public var neighbourhoods: [String]
    /// Treat warnings as errors.
    public var strict: Bool

    public init(root: String = ".", output: String = "public", neighbourhoods: [String] = [], strict: Bool = false) {
        self.root = root
        self.output = output
        self.neighbourhoods = neighbourhoods
        self.strict = strict
    }
}

/// What a build did, for the one-line summary and the exit code.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var neighbourhoods: Int
    public var pages: Int
    public var seconds: Double
    public var output: String
    /// True when the output folder was replaced with the new sites.
    public var published: Bool

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    public var summary: String {
        let time = String(format: "%.2f", seconds)
        if published {
            return "built \(neighbourhoods) buurt \(neighbourhoods == 1 ? "site" : "sites"), \(pages) pages in \(time) s → \(output)"
                + (warningCount > 0 ? " (\(warningCount) \(warningCount == 1 ? "warning" : "warnings"))" : "")
        }
        return "build failed: \(errorCount) \(errorCount == 1 ? "error" : "errors"), \(warningCount) \(warningCount == 1 ? "warning" : "warnings") in \(time) s; \(output) was left as it was"
    }
}

import Foundation
