import BuurtCalendar
import Features
import Foundation
import Pipeline
import Testing

/// Where the suite builds, once for all its tests: the whole example, its shards and their merges.
private let shardScratch = FileManager.default.temporaryDirectory.appendingPathComponent(
    "buurtsite-shards-\(UUID().uuidString)")

/// `build --shard i/n` and `merge`: CI machines build parts of a municipality side by side, and the union of their
/// outputs after the merge is exactly the whole build.
@Suite(.removedAfterwards(shardScratch)) struct ShardBuildTests {
    static let day = Day(year: 2026, month: 12, day: 1)!
    static let scratch = shardScratch

    /// The example municipality built whole, once for the suite.
    static let whole: URL = {
        let output = scratch.appendingPathComponent("whole")
        let report = build(TestSite.repository, into: output, shard: nil)
        precondition(report.published, "\(report.diagnostics)")
        return output
    }()

    static func build(_ root: URL, into output: URL, shard: Shard?, day: Day = day) -> BuildReport {
        SiteBuilder(
            options: BuildOptions(root: root.path, output: output.path, today: day, shard: shard),
            features: Features.all
        ).build()
    }

    /// Every file under a folder, by relative path, with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path + "/"
        let walker = FileManager.default.enumerator(
            at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.resolvingSymlinksInPath().path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// Builds every shard of `count` into a folder of its own, copies them all into one folder as a CI job would,
    /// and returns that folder.
    static func union(of count: Int, root: URL = TestSite.repository, name: String) throws -> URL {
        let union = scratch.appendingPathComponent(name)
        for index in 1...count {
            let output = scratch.appendingPathComponent("\(name)-shard-\(index)")
            let report = build(root, into: output, shard: Shard(index: index, count: count))
            #expect(report.published, "\(report.diagnostics)")
            try copyContents(of: output, into: union)
        }
        return union
    }

    static func copyContents(of folder: URL, into target: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: folder.path) {
            let source = folder.appendingPathComponent(name), destination = target.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: destination.path, isDirectory: &isFolder), isFolder.boolValue {
                try copyContents(of: source, into: destination)
            } else {
                try manager.copyItem(at: source, to: destination)
            }
        }
    }

    @Test(arguments: [1, 2, 3]) func theShardsAfterTheMergeAreByteForByteTheWholeBuild(count: Int) throws {
        let union = try Self.union(of: count, name: "union-\(count)")
        let report = ShardMerge(root: TestSite.repository.path, output: union.path, features: Features.all).merge()
        #expect(report.merged, "\(report.diagnostics)")
        let whole = try Self.tree(Self.whole), merged = try Self.tree(union)
        #expect(Set(merged.keys).subtracting(whole.keys).sorted() == [], "files a whole build does not make")
        #expect(Set(whole.keys).subtracting(merged.keys).sorted() == [], "files missing after the merge")
        let differing = whole.keys.filter { merged[$0] != nil && merged[$0] != whole[$0] }.sorted()
        #expect(differing == [], "files that differ from the whole build")
    }

    @Test func aBuurtKeepsItsShardWhenOthersAreAddedAndOnlyShardOneBuildsThePortal() throws {
        // The documented rule: FNV-1a (64 bits) of the slug, modulo n, plus 1; 0xcbf29ce484222325 for "".
        #expect(Shard.shard(of: "molenkamp", count: 3) == 1)
        #expect(Shard.shard(of: "oude-dorp", count: 4) == 3)
        let site = try TestSite()
        let second = Shard(index: Shard.shard(of: "noord", count: 2), count: 2)
        #expect(Self.build(site.root, into: site.output, shard: second).published)
        site.write(
            "content/buurten/zuid/buurt.yml",
            "name: Zuid\ntagline: Buren\nbase_url: https://www.testdorp.nl/buurten/zuid/")
        site.write("content/buurten/west/buurt.yml", "name: West\ntagline: Buren\nbase_url: https://west.nl/")
        let again = site.root.appendingPathComponent("again")
        #expect(Self.build(site.root, into: again, shard: second).published)
        #expect(FileManager.default.fileExists(atPath: again.appendingPathComponent("noord/index.html").path))
        let portalHome = again.appendingPathComponent("index.html").path
        #expect(FileManager.default.fileExists(atPath: portalHome) == second.buildsPortal)
    }

    @Test func aMergeWithAShardMissingWritesNothingAndSaysWhichShard() throws {
        let union = Self.scratch.appendingPathComponent("missing")
        let first = Self.scratch.appendingPathComponent("missing-shard-1")
        #expect(Self.build(TestSite.repository, into: first, shard: Shard(index: 1, count: 2)).published)
        try Self.copyContents(of: first, into: union)
        let before = try Self.tree(union)
        let report = ShardMerge(root: TestSite.repository.path, output: union.path, features: Features.all).merge()
        #expect(!report.merged)
        #expect(report.diagnostics.map(\.message) == ["shard 2/2 is missing"])
        #expect(report.diagnostics.first?.hint?.contains("buurtsite build --shard 2/2") == true)
        #expect(try Self.tree(union) == before, "the folder is left as it was")
    }

    @Test func shardsBuiltForDifferentDaysAreNotMerged() throws {
        let union = Self.scratch.appendingPathComponent("days")
        for index in 1...2 {
            let output = Self.scratch.appendingPathComponent("days-shard-\(index)")
            let day = index == 1 ? Self.day : Day(year: 2026, month: 12, day: 2)!
            let report = Self.build(TestSite.repository, into: output, shard: Shard(index: index, count: 2), day: day)
            #expect(report.published)
            try Self.copyContents(of: output, into: union)
        }
        let report = ShardMerge(root: TestSite.repository.path, output: union.path, features: Features.all).merge()
        #expect(!report.merged)
        #expect(report.diagnostics.map(\.message) == ["shard 2/2 was built for 2026-12-02, shard 1/2 for 2026-12-01"])
    }

    @Test(arguments: [
        ("0/2", "--shard '0/2': shards count from 1: write 1/2 to 2/2"),
        ("3/2", "--shard '3/2': there are only 2 shards: write a number from 1 to 2, e.g. 2/2"),
        ("x", "--shard 'x' is not a shard: write its number and the number of shards as i/n, e.g. 1/4"),
    ]) func aBadShardIsRefusedWithHowToWriteIt(value: String, message: String) throws {
        let site = try TestSite()
        let result = try BuurtsiteCommand.run(
            ["build", "--root", site.root.path, "--output", site.output.path, "--shard", value])
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "nothing built")
    }
}
