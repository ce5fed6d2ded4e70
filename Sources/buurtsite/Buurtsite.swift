import ArgumentParser
import BuurtCalendar
import BuurtCore
import Features
import Foundation
import Pipeline

@main
struct Buurtsite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buurtsite",
        abstract: "Builds a static website for every buurt platform of a municipality.",
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self,
            ListCommand.self, MergeCommand.self, SchemaCommand.self, HostingCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the portal and every buurt site from site.yml, content/ and themes/.",
        discussion:
            "Problems are reported as path:line:column: error: message. The output folder is replaced only when the "
            + "whole build succeeds."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: "Folder to write the sites to.")
    var output: String = "public"

    @Option(
        name: .customLong("buurt"),
        help: ArgumentHelp("Build only this buurt platform (its folder name); repeat for more.", valueName: "slug"))
    var buurten: [String] = []

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build as on this date (YYYY-MM-DD): the agenda's weeks, what is overdue or expired, the date on "
                + "booklets. Default: today.",
            valueName: "date"))
    var today: String?

    @Flag(
        name: .long, help: "Also make PDFs of the toolkit booklets with headless Chromium (chromium must be installed)."
    )
    var pdf = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build one of n parts of the buurt sites (shard 1 also the portal); then `buurtsite merge`.",
            valueName: "i/n"))
    var shard: String?

    func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today '\(today)' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01")
        }
        if let shard {
            if case .failure(let problem) = Shard.parse(shard) { throw ValidationError(problem.message) }
            if !buurten.isEmpty {
                throw ValidationError(
                    "--shard and --buurt cannot be combined: a shard's buurten follow from their slugs")
            }
        }
    }

    func run() throws {
        let options = BuildOptions(
            root: root, output: output, buurten: buurten, strict: strict,
            today: today.flatMap(Day.init) ?? BuildOptions.currentDay(), pdf: pdf,
            shard: shard.flatMap { try? Shard.parse($0).get() })
        let progress = isatty(STDERR_FILENO) != 0 ? Progress() : nil
        let report = SiteBuilder(options: options, features: Features.all, progress: progress).build()
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        for section in report.sections {
            print(section.heading)
            for line in section.lines.prefix(20) { print("  " + line) }
            if section.lines.count > 20 { print("  … and \(section.lines.count - 20) more") }
        }
        for note in report.notes { print("note: " + note) }
        print(report.summary)
        if !report.published { throw ExitCode(1) }
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every buurt platform: slug, name, base URL and output folder, for deploy scripts.",
        discussion: "With --json: one JSON array of objects with slug, name, output and base_url."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: "The output folder of the build, to name each buurt's folder in it.")
    var output: String = "public"

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let listing = BuurtListing(root: root, output: output, features: Features.all)
        for diagnostic in listing.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        if listing.diagnostics.hasErrors { throw ExitCode(1) }
        print(json ? listing.json : listing.text, terminator: "")
    }
}

/// What stops `new` or `init`, said in one line: printed as "error: …", and the program exits with code 1.
struct CommandProblem: Error {
    let message: String
}

/// A line on standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
