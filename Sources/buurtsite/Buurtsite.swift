import ArgumentParser
import Build
import Foundation

@main
struct Buurtsite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buurtsite",
        abstract: "Builds a static website for every buurt platform of a municipality.",
        subcommands: [BuildCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the portal and every buurt site from site.yml, content/ and themes/.",
        discussion: "Problems are reported as path:line:column: error: message. The output folder is replaced only when the whole build succeeds."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: "Folder to write the sites to.")
    var output: String = "public"

    @Option(name: .customLong("buurt"), help: ArgumentHelp("Build only this buurt platform (its folder name); repeat for more.", valueName: "slug"))
    var neighbourhoods: [String] = []

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let options = BuildOptions(root: root, output: output, neighbourhoods: neighbourhoods, strict: strict)
        let progress = isatty(STDERR_FILENO) != 0 ? Progress() : nil
        let report = SiteBuilder(options: options, progress: progress).build()
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        print(report.summary)
        if !report.published { throw ExitCode(1) }
    }
}
