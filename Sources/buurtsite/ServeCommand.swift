import ArgumentParser
import BuurtCalendar
import BuurtCore
import Features
import Foundation
import Pipeline
import Serve

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the sites in a browser while you edit: they update as you save.",
        discussion:
            "Builds into memory and serves the portal at / and every buurt site at /<slug>/. Watches site.yml, "
            + "content/ and themes/; a change re-renders only the pages it touches, and open pages reload by "
            + "themselves. When a change breaks the build, every page shows the problems (path:line:column) over "
            + "the last good version, until they are fixed. Nothing is written to disk."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: "Port to listen on.")
    var port: UInt16 = 8000

    @Option(
        name: .long,
        help: "Address to listen on. The default only answers this computer; 0.0.0.0 answers the whole network.")
    var host: String = "127.0.0.1"

    @Option(
        name: .customLong("buurt"),
        help: ArgumentHelp("Preview only this buurt platform (its folder name); repeat for more.", valueName: "slug"))
    var buurten: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Preview as on this date (YYYY-MM-DD): the agenda's weeks, what is overdue or expired. Default: today.",
            valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Also show pages marked draft: true, with a 'concept' marker.")
    var drafts = false

    @Flag(name: .long, help: "Print how long each render took, as one JSON line each (for scripts/bench.py).")
    var timing = false

    @Flag(name: .long, help: "Look for changes twice a second instead of with inotify.")
    var poll = false

    func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today '\(today)' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01")
        }
    }

    func run() throws {
        let options = BuildOptions(
            root: root, buurten: buurten, today: today.flatMap(Day.init) ?? BuildOptions.currentDay(),
            drafts: drafts)
        let timing = timing || ProcessInfo.processInfo.environment["BUURTSITE_SERVE_TIMING"] == "1"
        let engine = PreviewEngine(
            builder: SiteBuilder(options: options, features: Features.all), store: PreviewStore(), timing: timing)
        let report = engine.renderAll()
        let watcher = FileWatcher(root: root) { engine.submit($0) }
        watcher.start(polling: poll)
        do {
            try PreviewServer(host: host, port: port, store: engine.store).start()
        } catch {
            printError("error: cannot listen on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
        let shown = host.contains(":") ? "[\(host)]" : host
        let address = "http://\(shown):\(port)/"
        let sites = engine.store.sites.filter { !$0.isEmpty }.sorted()
        say(
            report.errorCount == 0
                ? "serving \(sites.count) buurt \(sites.count == 1 ? "site" : "sites") and the portal at \(address)"
                : "serving at \(address); the build has \(report.errorCount) "
                    + "\(report.errorCount == 1 ? "error" : "errors"): pages show them until they are fixed")
        for site in sites.prefix(10) { say("  \(address)\(site)") }
        say("watching site.yml, content/ and themes/ (\(watcher.mechanism)); press Ctrl-C to stop")
        dispatchMain()
    }
}

/// A line on standard output, written at once (scripts read it while the server runs).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
