import BuurtCalendar
import BuurtCore
import Foundation

/// Prints pages to PDF with headless Chromium (`buurtsite build --pdf`), for features whose finish step asks
/// for it (booklets of articles): each page, already written to the staging folder, is opened from disk and
/// printed with the theme's print stylesheet. Two pages at a time: each Chromium uses several processes.
public struct PDFPrinter: Sendable {
    /// One page to print: both paths relative to the staging folder.
    public struct Job: Sendable, Hashable {
        /// What is printed, in messages: "PDF booklet".
        public var kind: String
        /// Shown in messages: "molenkamp: Samen tegen eenzaamheid".
        public var name: String
        /// The booklet page: "molenkamp/gids/afdrukken/index.html".
        public var page: String
        /// The PDF to write: "molenkamp/gids/afdrukken/gids.pdf".
        public var pdf: String

        public init(kind: String = "PDF", name: String, page: String, pdf: String) {
            self.kind = kind
            self.name = name
            self.page = page
            self.pdf = pdf
        }
    }

    /// Names of Chromium (and Chrome) on PATH, in the order they are tried.
    public static let binaryNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]
    /// Environment variable naming the Chromium binary to use, which then is the only one tried.
    public static let environmentKey = "BUURTSITE_CHROMIUM"

    /// Absolute path of the Chromium binary.
    public let chromium: String
    /// The date the build is for: written into the PDFs instead of the moment of printing, so that two builds
    /// of the same input give the same bytes.
    public let today: Day
    /// How long one page may take before it counts as failed.
    public var timeout: Duration = .seconds(120)

    public init(chromium: String, today: Day) {
        self.chromium = chromium
        self.today = today
    }

    /// The Chromium to use: $BUURTSITE_CHROMIUM when set (a path, or a name looked up on PATH), else the first of
    /// `binaryNames` found on PATH. Nil when there is none.
    public static func locateChromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        if let chosen = environment[environmentKey], !chosen.isEmpty {
            return executable(chosen, path: path)
        }
        return binaryNames.lazy.compactMap { executable($0, path: path) }.first
    }

    /// Where `locateChromium` looked, for the note that says PDFs were skipped.
    public static func searchDescription(environment: [String: String] = ProcessInfo.processInfo.environment) -> String
    {
        if let chosen = environment[environmentKey], !chosen.isEmpty {
            return "\(environmentKey) is '\(chosen)', which is not an executable file"
        }
        return "looked for " + binaryNames.joined(separator: ", ") + " on PATH"
    }

    /// `name` itself when it holds a "/", else the first executable file of that name in the PATH folders.
    private static func executable(_ name: String, path: String) -> String? {
        let manager = FileManager.default
        if name.contains("/") { return manager.isExecutableFile(atPath: name) ? name : nil }
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if manager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Prints every job, two at a time; returns one error per page that failed, naming it.
    public func render(_ jobs: [Job], in folder: String) -> [Diagnostic] {
        let problems = DiagnosticCollector()
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for job in jobs {
            queue.addOperation {
                if let problem = render(job, in: folder) { problems.add(problem) }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return problems.diagnostics
    }

    /// Prints one page; nil when the PDF was written.
    func render(_ job: Job, in folder: String) -> Diagnostic? {
        let manager = FileManager.default
        let page = URL(fileURLWithPath: folder).appendingPathComponent(job.page)
        let pdf = URL(fileURLWithPath: folder).appendingPathComponent(job.pdf)
        // Each Chromium gets a profile of its own: two at once may not share one.
        let profile = manager.temporaryDirectory.appendingPathComponent("buurtsite-chromium-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: profile) }
        do {
            try manager.createDirectory(at: profile, withIntermediateDirectories: true)
        } catch {
            return failure(job, "cannot make a temporary folder for Chromium: \(error.localizedDescription)")
        }
        let log = profile.appendingPathComponent("chromium.log")
        _ = manager.createFile(atPath: log.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--no-pdf-header-footer", "--user-data-dir=" + profile.path,
            "--print-to-pdf=" + pdf.path, page.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try? FileHandle(forWritingTo: log)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return failure(job, "cannot start \(chromium): \(error.localizedDescription)")
        }
        let seconds = Double(timeout.components.seconds)
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            finished.wait()
            return failure(job, "Chromium did not finish within \(Int(seconds)) seconds")
        }
        guard process.terminationStatus == 0, var data = try? Data(contentsOf: pdf),
            data.starts(with: Array("%PDF".utf8))
        else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lastLine =
                output.split(whereSeparator: \.isNewline).last { !$0.contains("dbus") }.map { ": " + $0 } ?? ""
            try? manager.removeItem(at: pdf)
            return failure(job, "Chromium exited with status \(process.terminationStatus) and wrote no PDF" + lastLine)
        }
        Self.setDates(in: &data, to: today)
        do {
            try data.write(to: pdf)
        } catch {
            return failure(job, "cannot write \(job.pdf): \(error.localizedDescription)")
        }
        return nil
    }

    private func failure(_ job: Job, _ message: String) -> Diagnostic {
        .error(
            at: nil, "\(job.kind) '\(job.name)' (\(job.pdf)) failed: \(message)",
            hint: "check that Chromium can print a page (\(chromium) --headless --no-sandbox --print-to-pdf=test.pdf "
                + "file:///path/to/page.html), or build without --pdf")
    }

    /// Replaces the moment of printing in the PDF's /CreationDate and /ModDate with `day` at midnight.
    /// The text keeps its length, so the offsets in the PDF's cross-reference table stay right.
    static func setDates(in data: inout Data, to day: Day) {
        let stamp = Array(String(format: "%04d%02d%02d000000", day.year, day.month, day.day).utf8)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let marker = Data(key.utf8)
            var searchStart = data.startIndex
            while let found = data.range(of: marker, in: searchStart..<data.endIndex) {
                let digits = found.upperBound..<min(found.upperBound + stamp.count, data.endIndex)
                if digits.count == stamp.count, data[digits].allSatisfy({ (0x30...0x39).contains($0) }) {
                    data.replaceSubrange(digits, with: stamp)
                }
                searchStart = found.upperBound
            }
        }
    }
}
