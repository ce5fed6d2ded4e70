import ArgumentParser
import Features
import Foundation
import Pipeline

/// `buurtsite merge`: the last step of a sharded build (docs/PUBLISHING.md).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Complete the outputs of `build --shard i/n` (i = 1…n), copied into one folder.",
        discussion:
            "Writes the portal's files made of every buurt site (the municipality-wide search) from the records the "
            + "shards left in .buurtsite-merge/, then removes that folder. The result is byte for byte a whole build. "
            + "Writes nothing when a shard is missing, the shards disagree or the content has errors."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/ (the same as the shards').")
    var root: String = "."

    @Option(name: .long, help: "Folder holding the union of the shards' outputs.")
    var output: String = "public"

    func run() throws {
        let report = ShardMerge(root: root, output: output, features: Features.all).merge()
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        print(report.summary)
        if !report.merged { throw ExitCode(1) }
    }
}
