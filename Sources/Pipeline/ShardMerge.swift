import BuurtCalendar
import BuurtCore
import Foundation
import Model
import Site

/// `buurtsite merge`: completes the union of the outputs of `buurtsite build --shard i/n` for i = 1…n, copied into
/// one folder. The shards left their manifests and page records in `.buurtsite-merge/`; the merge loads and checks
/// the content as a build does, hands every shard's records to the collectors that gather every site into the
/// portal's files (the municipality-wide search), writes those files, and removes `.buurtsite-merge/`. The folder is
/// then byte for byte what a whole build writes. Nothing is written when a shard is missing, the shards disagree
/// (their number, their day), the content no longer assigns the buurten as the shards did, or the content has errors.
public struct ShardMerge {
    let root: String
    let output: String
    let features: [any SiteFeature]

    public init(root: String, output: String, features: [any SiteFeature]) {
        self.root = root
        self.output = output
        self.features = features
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var shards = 0
        /// The portal's files the merge wrote.
        public var files = 0
        public var seconds = 0.0
        public var output: String
        public var merged = false

        public var summary: String {
            let time = String(format: "%.2f", seconds)
            guard merged else {
                let errors = diagnostics.filter { $0.severity == .error }.count
                return "merge failed: \(errors) \(errors == 1 ? "error" : "errors") in \(time) s; "
                    + "\(output) was left as it was"
            }
            return "merged \(shards) \(shards == 1 ? "shard" : "shards"): \(files) files of the portal in \(time) s"
                + " → \(output)"
        }
    }

    public func merge() -> Report {
        let clock = ContinuousClock.now
        let diagnostics = DiagnosticCollector()
        var report = Report(output: output)
        func finish(_ merged: Bool) -> Report {
            // Warnings about the content were reported by the shard builds; the merge reports what stops it.
            report.diagnostics = diagnostics.diagnostics.filter { $0.severity == .error }
            report.merged = merged
            report.seconds = clock.secondsSince
            return report
        }
        guard let siteRoot = diagnostics.capture({ try SiteRoot(path: root) }),
            let folder = diagnostics.capture({ try OutputFolder(path: output, root: siteRoot) })
        else { return finish(false) }
        let recordsFolder = folder.path + "/" + ShardRecords.folder
        guard let manifests = readManifests(in: recordsFolder, diagnostics: diagnostics),
            let today = Day(manifests[0].today)
        else { return finish(false) }
        report.shards = manifests.count

        let builder = SiteBuilder(options: BuildOptions(root: root, output: output, today: today), features: features)
        var ignored = BuildReport(diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: "", published: false)
        guard let site = builder.prepare(root: siteRoot, diagnostics: diagnostics, report: &ignored, printsPDF: false)
        else { return finish(false) }
        let buurtFolders = site.selected.map { $0.slug + "/" }
        checkAssignment(of: site.selected.map(\.slug), to: manifests, diagnostics: diagnostics)
        guard !diagnostics.hasErrors else { return finish(false) }

        let gathering = site.collectors.filter(\.gathersSites)
        for manifest in manifests where !gathering.isEmpty {
            let shard = Shard(index: manifest.shard, count: manifest.shards)
            let path = recordsFolder + "/" + ShardRecords.name(of: shard) + ".jsonl"
            replay(path, into: gathering, diagnostics: diagnostics)
        }
        // Into a folder beside the records first: nothing of the output changes unless every file could be made.
        let staging = recordsFolder + "/files"
        try? FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        let sink = DiskSink(base: staging)
        let made = MergedFiles()
        for collector in gathering {
            collector.makeFiles(forSites: [""]) { path, text in
                guard !buurtFolders.contains(where: { path.hasPrefix($0) }) else { return }
                made.add(path)
                diagnostics.capture { try sink.write(text, to: path) }
            }
            diagnostics.add(contentsOf: collector.problems)
        }
        guard !diagnostics.hasErrors else {
            try? FileManager.default.removeItem(atPath: staging)
            return finish(false)
        }
        for path in made.paths {
            diagnostics.capture { try move(staging + "/" + path, to: folder.path + "/" + path) }
        }
        guard !diagnostics.hasErrors else { return finish(false) }
        try? FileManager.default.removeItem(atPath: recordsFolder)
        report.files = made.paths.count
        return finish(true)
    }

    /// Moves a made file into place (one rename, on the same file system), making its folders.
    private func move(_ source: String, to target: String) throws(Diagnostic) {
        do {
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if rename(source, target) != 0 { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        } catch {
            throw .error(at: SourceLocation(file: target), "cannot move the merged file into place: \(error)")
        }
    }

    /// Every shard's manifest, in shard order; nil (with the problems reported) unless all n shards of one build are
    /// there, built for the same day.
    private func readManifests(in folder: String, diagnostics: DiagnosticCollector) -> [ShardRecords.Manifest]? {
        let at = SourceLocation(file: output + "/" + ShardRecords.folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("shard-") && $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else {
            diagnostics.add(
                .error(
                    at: at, "no shard builds to merge in \(output)",
                    hint: "build every shard with `buurtsite build --shard i/n` and copy all their output folders into "
                        + "\(output) first (hidden folder included: \(ShardRecords.folder))"))
            return nil
        }
        var manifests: [ShardRecords.Manifest] = []
        for name in names {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path),
                let manifest = try? JSONDecoder().decode(ShardRecords.Manifest.self, from: data)
            else {
                diagnostics.add(
                    .error(
                        at: SourceLocation(file: output + "/" + ShardRecords.folder + "/" + name),
                        "not a shard manifest of buurtsite build --shard",
                        hint: "build the shards again with this version of buurtsite"))
                continue
            }
            manifests.append(manifest)
        }
        guard manifests.count == names.count else { return nil }
        let count = manifests[0].shards
        if let other = manifests.first(where: { $0.shards != count }) {
            diagnostics.add(
                .error(
                    at: at, "shards of different builds: 1 of \(count) beside one of \(other.shards)",
                    hint: "merge the outputs of one build, all with the same --shard i/n count"))
            return nil
        }
        manifests.sort { $0.shard < $1.shard }
        let present = Set(manifests.map(\.shard))
        for index in 1...max(count, 1) where !present.contains(index) {
            diagnostics.add(
                .error(
                    at: at, "shard \(index)/\(count) is missing",
                    hint: "copy the output of `buurtsite build --shard \(index)/\(count)` into \(output) too"))
        }
        if let other = manifests.first(where: { $0.today != manifests[0].today }) {
            diagnostics.add(
                .error(
                    at: at,
                    "shard \(other.shard)/\(count) was built for \(other.today), shard \(manifests[0].shard)/\(count) "
                        + "for \(manifests[0].today)",
                    hint: "build every shard for the same day: pass the same --today to each"))
        }
        return diagnostics.hasErrors ? nil : manifests
    }

    /// Each shard built exactly the buurten the content assigns to it now.
    private func checkAssignment(
        of slugs: [String], to manifests: [ShardRecords.Manifest], diagnostics: DiagnosticCollector
    ) {
        for manifest in manifests {
            let expected = slugs.filter { Shard.shard(of: $0, count: manifest.shards) == manifest.shard }
            guard manifest.buurten != expected else { continue }
            let missing = expected.filter { !manifest.buurten.contains($0) }
            let extra = manifest.buurten.filter { !expected.contains($0) }
            diagnostics.add(
                .error(
                    at: SourceLocation(file: output + "/" + ShardRecords.folder),
                    "shard \(manifest.shard)/\(manifest.shards) was built from other content"
                        + (missing.isEmpty ? "" : ": it lacks " + missing.joined(separator: ", "))
                        + (extra.isEmpty ? "" : ": it has " + extra.joined(separator: ", ") + ", no buurt now"),
                    hint: "build every shard and merge from the same commit of the content"))
        }
    }

    /// Hands every record of a shard's records file to the collectors, on all cores.
    private func replay(_ path: String, into collectors: [any PageCollector], diagnostics: DiagnosticCollector) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            diagnostics.add(
                .error(
                    at: SourceLocation(file: path), "cannot read the shard's page records",
                    hint: "copy the whole output of every shard, hidden folder \(ShardRecords.folder) included"))
            return
        }
        var lines: [Range<Int>] = []
        data.withUnsafeBytes { bytes in
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                lines.append(start..<offset)
                start = offset + 1
            }
        }
        let batches = stride(from: 0, to: lines.count, by: 256).map { lines[$0..<min($0 + 256, lines.count)] }
        let failed = batches.parallelMap { batch -> Int in
            let decoder = JSONDecoder()
            var failures = 0
            for line in batch {
                guard let record = try? decoder.decode(PageRecord.self, from: data[line]) else {
                    failures += 1
                    continue
                }
                for collector in collectors { collector.collect(record) }
            }
            return failures
        }
        let failures = failed.reduce(0, +)
        if failures > 0 {
            diagnostics.add(
                .error(
                    at: SourceLocation(file: path), "\(failures) page records cannot be read",
                    hint: "build the shards again with this version of buurtsite, and copy their files unchanged"))
        }
    }
}

/// The paths of the files a merge made, handed over from several threads.
private final class MergedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String] = []

    func add(_ path: String) { lock.withLock { made.append(path) } }

    var paths: [String] { lock.withLock { made.sorted() } }
}
