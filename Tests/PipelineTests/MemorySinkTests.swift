import BuurtCalendar
import Features
import Foundation
import Pipeline
import Site
import Testing
import YAML

/// Where the suite builds the example to disk, once for all its tests.
private let memorySinkDisk = FileManager.default.temporaryDirectory.appendingPathComponent(
    "buurtsite-memory-\(UUID().uuidString)")

/// Rendering into memory, and only chosen paths: what a preview server needs. The bytes are those the full
/// build writes to disk.
@Suite(.removedAfterwards(memorySinkDisk)) struct MemorySinkTests {
    static func options(_ output: String) -> BuildOptions {
        BuildOptions(root: TestSite.repository.path, output: output, today: Day("2026-11-22")!)
    }
    static let disk = memorySinkDisk
    static let diskReport = SiteBuilder(options: options(disk.path), features: Features.all).build()

    func onDisk(_ path: String) throws -> Data {
        #expect(Self.diskReport.published, "\(Self.diskReport.errorLines)")
        return try Data(contentsOf: Self.disk.appendingPathComponent(path))
    }

    func inMemory(_ paths: Set<String>) -> (MemorySink, BuildReport) {
        let sink = MemorySink()
        let report = SiteBuilder(options: Self.options(""), features: Features.all).render(into: sink, only: paths)
        return (sink, report)
    }

    @Test(arguments: [
        "molenkamp/wegwijzer/digicafe/index.html",  // a kaart entry
        "molenkamp/over-ons/index.html",  // a page of the buurt
        "beekdal/privacy/index.html",  // a municipality-wide page on a buurt site
        "index.html",  // the portal
        "molenkamp/toolkit/index.html",  // the toolkit's home
        "molenkamp/wegwijzer/open-data/hsds.json",  // an export
        "molenkamp/wegwijzer/open-data/services/index.json",  // a list of the static HSDS API
        "wegwijzer/open-data/dcat.jsonld",  // the portal's dataset description
    ])
    func oneChosenPathRendersAloneWithTheBytesOfTheFullBuild(_ path: String) throws {
        let (sink, report) = inMemory([path])
        #expect(report.errorLines.isEmpty, "\(report.errorLines)")
        #expect(Array(sink.files.keys) == [path], "only the chosen file is made")
        #expect(sink[path] == (try onDisk(path)))
    }

    @Test func filesKnownOnlyAfterRenderingComeOutTheSameToo() throws {
        // A sitemap is made of every page; an image becomes known when the page showing it renders.
        let paths: Set<String> = ["molenkamp/sitemap.xml", "molenkamp/media/pages/images/wijkhuiskamer.svg"]
        let (sink, report) = inMemory(paths)
        #expect(report.errorLines.isEmpty, "\(report.errorLines)")
        #expect(Set(sink.files.keys) == paths)
        for path in paths { #expect(sink[path] == (try onDisk(path)), "\(path)") }
    }

    @Test func aPathThatIsNoFileOfTheBuildRendersNothing() throws {
        let (sink, report) = inMemory(["molenkamp/bestaat-niet/index.html"])
        #expect(sink.files.isEmpty)
        #expect(report.pages == 0)
        #expect(report.errorLines.isEmpty)
    }

    @Test func theWholeBuildInMemoryIsTheBuildOnDisk() throws {
        let (sink, report) = inMemory([])
        #expect(sink.files.isEmpty, "an empty choice makes nothing")
        #expect(report.pages == 0)
        let whole = MemorySink()
        let wholeReport = SiteBuilder(options: Self.options(""), features: Features.all).render(into: whole)
        #expect(wholeReport.pages == Self.diskReport.pages)
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: Self.disk.path).filter { path in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: Self.disk.appendingPathComponent(path).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }
        #expect(Set(whole.files.keys) == Set(onDisk))
        for path in onDisk { #expect(whole[path] == (try self.onDisk(path)), "\(path)") }
    }

    @Test func thePlanKnowsEveryFileBeforeRenderingButThoseThePagesUse() throws {
        let (plan, problems) = SiteBuilder(options: Self.options(""), features: Features.all).plan()
        #expect(problems.filter { $0.severity == .error }.isEmpty)
        let planned = try #require(plan)
        // A collected path ending in "/" is a folder of files named after their content (the search index).
        let folders = planned.collectedPaths.filter { $0.hasSuffix("/") }
        let listed = Set(planned.outputs.map(\.path) + planned.collectedPaths.filter { !$0.hasSuffix("/") })
        _ = try onDisk("index.html")
        // Files only: a folder's name may hold a dot too (.well-known), a file none (_headers).
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: Self.disk.path).filter { path in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: Self.disk.appendingPathComponent(path).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }
        #expect(onDisk.contains { path in folders.contains { path.hasPrefix($0) } }, "the search index is written")
        let unplanned = onDisk.filter { path in !listed.contains(path) && !folders.contains { path.hasPrefix($0) } }
        #expect(
            !unplanned.isEmpty && unplanned.allSatisfy { $0.split(separator: "/").contains("media") },
            "only files that pages link to or show are found while rendering: \(unplanned)")
        #expect(listed.isSubset(of: Set(onDisk)), "nothing planned is left unwritten")
    }

    @Test func eachOutputKnowsTheContentFilesItIsMadeFrom() throws {
        let plan = try #require(SiteBuilder(options: Self.options(""), features: Features.all).plan().plan)
        let entry = "content/kaart/taal/digicafe.md"
        let touched = Set(plan.outputs(touchedBy: [entry]).map(\.path))
        #expect(touched.contains("molenkamp/wegwijzer/digicafe/index.html"))
        #expect(touched.contains("molenkamp/wegwijzer/index.html"), "the kaart's home lists it")
        #expect(touched.contains("molenkamp/index.html"), "the buurt's home counts it")
        #expect(!touched.contains("molenkamp/over-ons/index.html"))
        #expect(!touched.contains("molenkamp/toolkit/index.html"))
        let buurtConfig = Set(plan.outputs(touchedBy: ["content/buurten/molenkamp/buurt.yml"]).map(\.path))
        #expect(buurtConfig.contains("molenkamp/over-ons/index.html"), "every page of a site shows its name")
        #expect(!buurtConfig.contains { $0.hasPrefix("beekdal/") })
    }
}
