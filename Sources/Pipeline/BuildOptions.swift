import BuurtCalendar
import BuurtCore
import Foundation
import Site

public struct BuildOptions: Sendable {
    /// Folder holding site.yml, content/ and themes/.
    public var root: String
    /// Folder the sites are written to; replaced as a whole after a successful build.
    public var output: String
    /// Build only these buurt platforms (folder names); empty means all.
    public var buurten: [String]
    /// Treat warnings as errors.
    public var strict: Bool
    /// The date the build is for: which items are current or overdue, the date on printed pages.
    public var today: Day
    /// Also print the pages features print (booklets) to PDF with headless Chromium.
    public var pdf: Bool
    /// Also render Markdown pages marked `draft: true` (only `serve --drafts` does, with a "concept" marker).
    public var drafts: Bool
    /// Build only this shard's buurt sites (and with shard 1 the portal), for `buurtsite merge` to complete.
    public var shard: Shard?

    public init(
        root: String = ".", output: String = "public", buurten: [String] = [], strict: Bool = false,
        today: Day = BuildOptions.currentDay(), pdf: Bool = false, shard: Shard? = nil,
        drafts: Bool = false
    ) {
        self.root = root
        self.output = output
        self.buurten = buurten
        self.strict = strict
        self.today = today
        self.pdf = pdf
        self.drafts = drafts
        self.shard = shard
    }

    /// Today in the Netherlands; with SOURCE_DATE_EPOCH set (reproducible builds), that moment's date.
    public static func currentDay(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        let moment =
            environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
            ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// What a build did, for the one-line summary and the exit code.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var buurten: Int
    public var pages: Int
    public var seconds: Double
    public var output: String
    /// True when the output folder was replaced with the new sites.
    public var published: Bool
    /// What features report beside problems (items past their review date), each under its heading.
    public var sections: [ReportSection] = []
    /// Notes for the person building that are not problems with the content (a skipped PDF step).
    public var notes: [String] = []
    /// The old addresses (aliases) the build wrote redirect pages for, and where they lead (`BuildPlan.redirects`).
    public var redirects: [SiteRedirect] = []

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Whether a build with these problems fails: any error, or with `strict` any warning.
    public func failed(strict: Bool) -> Bool {
        errorCount > 0 || (strict && !diagnostics.isEmpty)
    }

    public var summary: String {
        let time = String(format: "%.2f", seconds)
        if published {
            return "built \(buurten) buurt \(buurten == 1 ? "site" : "sites"), \(pages) pages in \(time) s"
                + " → \(output)"
                + (warningCount > 0 ? " (\(warningCount) \(warningCount == 1 ? "warning" : "warnings"))" : "")
        }
        return
            "build failed: \(errorCount) \(errorCount == 1 ? "error" : "errors"), \(warningCount) "
            + "\(warningCount == 1 ? "warning" : "warnings") in \(time) s; \(output) was left as it was"
    }
}
