import ArgumentParser
import BuurtCalendar
import BuurtCore
import Features
import Foundation
import Pipeline

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check everything a build checks, without writing any file.",
        discussion:
            "Every page is made and thrown away; no output or staging folder is made. Exit code 0 when a build "
            + "would succeed, 1 when it would fail."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// path:line:column: error: message, with the hint below it, as `build` prints them.
        case text
        /// One JSON object per line: file, line, column, severity, message, hint.
        case json
        /// GitHub Actions annotations: ::error file=…,line=…,col=…,title=…::message.
        case github
    }

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Check as on this date (YYYY-MM-DD): the agenda's weeks, what is overdue or expired. Default: today.",
            valueName: "date"))
    var today: String?

    @Option(
        name: .long,
        help: "How to print the problems: text (for people), json (one object per line) or github (annotations).")
    var format: Format = .text

    func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today '\(today)' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01")
        }
    }

    func run() throws {
        let options = BuildOptions(
            root: root, strict: strict, today: today.flatMap(Day.init) ?? BuildOptions.currentDay())
        let report = SiteBuilder(options: options, features: Features.all).check()
        let failed = report.failed(strict: strict)
        // Text goes where build puts it; the machine formats keep standard output for the problems alone.
        switch format {
        case .text:
            for diagnostic in report.diagnostics { printError(diagnostic.description) }
            for section in report.sections {
                print(section.heading)
                for line in section.lines.prefix(20) { print("  " + line) }
                if section.lines.count > 20 { print("  … and \(section.lines.count - 20) more") }
            }
            for note in report.notes { print("note: " + note) }
            print(summary(report, failed: failed))
        case .json:
            for diagnostic in report.diagnostics { print(diagnostic.jsonLine) }
            for note in report.notes { printError("note: " + note) }
            printError(summary(report, failed: failed))
        case .github:
            // GitHub finds a file from the repository's folder, where the job runs: a site in a subfolder
            // (--root site) has its paths start with that folder.
            for var diagnostic in report.diagnostics {
                if let file = diagnostic.location?.file, root != ".", !file.hasPrefix("/") {
                    diagnostic.location?.file = (root.hasSuffix("/") ? root : root + "/") + file
                }
                print(diagnostic.githubAnnotation)
            }
            for note in report.notes { printError("note: " + note) }
            printError(summary(report, failed: failed))
        }
        if failed { throw ExitCode(1) }
    }

    func summary(_ report: BuildReport, failed: Bool) -> String {
        let errors = report.errorCount, warnings = report.warningCount
        let problems =
            "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        if failed { return "check failed: " + problems + "; nothing was written" }
        return "checked \(report.buurten) buurt \(report.buurten == 1 ? "site" : "sites"), \(report.pages) pages: "
            + (errors + warnings == 0 ? "no problems" : problems) + "; nothing was written"
    }
}
