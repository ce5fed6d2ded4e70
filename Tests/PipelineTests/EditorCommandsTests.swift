import BuurtCalendar
import Features
import Foundation
import Pipeline
import Testing

/// The editors' commands as people run them: `check` (writes nothing), `new` (a draft that builds), `init` (a
/// municipality that builds at once).
@Suite struct EditorCommandsTests {
    /// Runs the `buurtsite` executable in `folder` (where the tests run when nil).
    @discardableResult
    func run(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try BuurtsiteCommand.run(arguments, in: folder)
    }

    /// Every file under `folder`, with its bytes.
    static func files(under folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            files[path] = (try? Data(contentsOf: folder.appendingPathComponent(path))) ?? Data()
        }
        return files
    }

    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtsite-cwd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Today as `new` writes it into front matter.
    static var today: String { BuildOptions.currentDay().description }

    // MARK: check

    @Test func checkPassesTheExampleMunicipality() throws {
        let cwd = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let root = TestSite.repository.path
        let text = try run(["check", "--root", root, "--today", "2026-11-22", "--strict"], in: cwd)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.split(separator: "\n").last?.hasPrefix("checked 4 buurt sites, ") == true, "\(text.stdout)")
        let json = try run(["check", "--root", root, "--today", "2026-11-22", "--format", "json"], in: cwd)
        #expect(json.status == 0 && json.stdout.isEmpty, "\(json.stdout)")
        #expect(Self.files(under: cwd).isEmpty, "check wrote into the folder it ran in")
    }

    /// A line of `--format json`, back to the line `build` prints ("path:line:col: error: message").
    static func textLine(ofJSON line: Substring) throws -> String {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not an object: \(line)")
        #expect(Set(object.keys) == ["file", "line", "column", "severity", "message", "hint"])
        var text = (object["file"] as? String).map { $0 } ?? ""
        if let number = object["line"] as? Int {
            text += ":\(number)"
            if let column = object["column"] as? Int { text += ":\(column)" }
        }
        return text + (text.isEmpty ? "" : ": ") + "\(object["severity"]!): \(object["message"]!)"
    }

    /// A line of `--format github`, unescaped and back to the line `build` prints.
    static func textLine(ofAnnotation line: Substring) throws -> String {
        func unescape(_ text: Substring) -> String {
            text.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
                .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
                .replacingOccurrences(of: "%25", with: "%")
        }
        let command = try #require(line.firstMatch(of: #/^::(error|warning) ([^:]*)::(.*)$/#), "not a command: \(line)")
        var properties: [String: String] = [:]
        for property in command.2.split(separator: ",") {
            let parts = property.split(separator: "=", maxSplits: 1)
            properties[String(parts[0])] = unescape(parts[1])
        }
        let message = unescape(command.3).components(separatedBy: "\nhint: ")[0]
        #expect(properties["title"] == message)
        var text = properties["file"] ?? ""
        if let number = properties["line"] {
            text += ":" + number
            if let column = properties["col"] { text += ":" + column }
        }
        return text + (text.isEmpty ? "" : ": ") + "\(command.1): \(message)"
    }

    /// Every bad input of the build's own tests fails `check` too, at the same place in each format, and nothing is
    /// written: not in the site, not beside it (no staging folder), not where the command runs.
    @Test(arguments: BadInputTests.cases)
    func checkFailsOnEveryBadInputAndWritesNothing(_ example: BadInputTests.Case) throws {
        let site = try TestSite()
        let cwd = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: cwd) }
        example.change(site)
        let before = Self.files(under: site.root)
        let besideBefore = try FileManager.default.contentsOfDirectory(
            atPath: site.folder.path
        )
        .filter { $0.hasPrefix(".buurtsite-staging") }

        let text = try run(["check", "--root", site.root.path], in: cwd)
        #expect(text.status == 1)
        #expect(text.stderr.split(separator: "\n").contains { $0.hasPrefix(example.expected) }, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("check failed: "), "\(text.stdout)")

        let json = try run(["check", "--root", site.root.path, "--format", "json"], in: cwd)
        #expect(json.status == 1)
        let fromJSON = try json.stdout.split(separator: "\n").map(Self.textLine(ofJSON:))
        #expect(fromJSON.contains { $0.hasPrefix(example.expected) }, "\(fromJSON)")

        let github = try run(["check", "--root", site.root.path, "--format", "github"], in: cwd)
        #expect(github.status == 1)
        // Paths start with the root as given, so that GitHub finds them from the folder the job runs in.
        let fromGitHub = try github.stdout.split(separator: "\n").map(Self.textLine(ofAnnotation:))
            .map { $0.replacingOccurrences(of: site.root.path + "/", with: "") }
        #expect(fromGitHub.contains { $0.hasPrefix(example.expected) }, "\(fromGitHub)")
        #expect(github.stderr.contains("check failed: "))

        #expect(Self.files(under: site.root) == before, "check changed the site's folder")
        #expect(Self.files(under: cwd).isEmpty, "check wrote into the folder it ran in")
        let besideAfter = try FileManager.default.contentsOfDirectory(
            atPath: site.folder.path
        )
        .filter { $0.hasPrefix(".buurtsite-staging") }
        #expect(besideAfter == besideBefore, "check made a staging folder")
    }

    @Test func strictCheckFailsOnWarnings() throws {
        let site = try TestSite.withKaart()
        // Checked as on a day before the entries were reviewed: a review date after the build date is a warning.
        let early = ["check", "--root", site.root.path, "--today", "2025-01-01"]
        let loose = try run(early)
        #expect(loose.status == 0, "\(loose.stderr)")
        #expect(loose.stderr.contains(": warning: "), "\(loose.stderr)")
        let folder = site.root.lastPathComponent
        let strict = try run(
            ["check", "--root", folder, "--today", "2025-01-01", "--strict", "--format", "github"],
            in: site.folder)
        #expect(strict.status == 1)
        #expect(
            strict.stdout.split(separator: "\n").contains { $0.hasPrefix("::warning file=\(folder)/content/kaart/") },
            "\(strict.stdout)")
    }

    // MARK: new

    /// A site with kaart categories and toolkit topics, as `new` needs them.
    static func siteForNew() throws -> TestSite {
        let site = try TestSite()
        site.writeSiteConfig(
            """
            open_data: {license: CC0-1.0, contact: opendata@testdorp.nl}
            categories:
              - {value: taal, label: Taal}
              - {value: zorg, label: Zorg}
            audiences:
              - {value: iedereen, label: Iedereen}
            kaart:
              name: Wegwijzer
              segment: wegwijzer
              intro: Hulp bij jou in de buurt.
            toolkit:
              name: Toolkit
              segment: toolkit
              intro: Lees wat werkt.
              topics:
                - {slug: ontmoeten, title: Samen, description: Buren bij elkaar.}
                - {slug: groen, title: Groen, description: Tuinen.}
            """)
        return site
    }

    struct NewCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        /// The file `new` makes.
        let file: String
        /// The page it becomes once it is no draft.
        let page: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let newCases: [NewCase] = [
        NewCase(
            arguments: ["pagina", "Wat wij doen: \"koffie\" & 100%"], file: "content/pages/wat-wij-doen-koffie-100.md",
            page: "noord/wat-wij-doen-koffie-100/index.html"),
        NewCase(
            arguments: ["pagina", "--buurt", "noord", "Over de Moestuin"],
            file: "content/buurten/noord/pages/over-de-moestuin.md", page: "noord/over-de-moestuin/index.html"),
        NewCase(
            arguments: ["kaart", "Taalcafé in de bieb"], file: "content/kaart/taalcafe-in-de-bieb.md",
            page: "noord/wegwijzer/taalcafe-in-de-bieb/index.html"),
        NewCase(
            arguments: ["kaart", "--buurt", "noord", "Koffie bij Ans"],
            file: "content/buurten/noord/kaart/koffie-bij-ans.md",
            page: "noord/wegwijzer/koffie-bij-ans/index.html"),
        NewCase(
            arguments: ["activiteit", "Koffie-ochtend"], file: "content/agenda/koffie-ochtend.md",
            page: "noord/agenda/koffie-ochtend/index.html"),
        NewCase(
            arguments: ["activiteit", "--buurt", "noord", "Samen eten"],
            file: "content/buurten/noord/agenda/samen-eten.md",
            page: "noord/agenda/samen-eten/index.html"),
        NewCase(
            arguments: ["toolkit", "Een straatfeest"],
            file: "content/toolkit/ontmoeten/een-straatfeest/een-straatfeest.md",
            page: "noord/toolkit/ontmoeten/een-straatfeest/index.html"),
        NewCase(
            arguments: ["toolkit", "--buurt", "noord", "--topic", "groen", "Geveltuin"],
            file: "content/buurten/noord/toolkit/groen/geveltuin/geveltuin.md",
            page: "noord/toolkit/groen/geveltuin/index.html"),
    ]

    /// The new file builds as it is (as a draft: checked, left out and reported), and builds as a page once the
    /// line `draft: true` is taken out.
    @Test(arguments: newCases)
    func newMakesADraftThatBuildsAndBecomesAPage(_ example: NewCase) throws {
        let site = try Self.siteForNew()
        let made = try run(["new"] + example.arguments + ["--root", site.root.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("made \(example.file) "), "\(made.stdout)")
        let path = site.root.appendingPathComponent(example.file)
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.contains("\ndraft: true\n"))
        #expect(text.contains(Self.today), "today's date is in the front matter")
        #expect(text.contains("\n# Niet verplicht."), "optional fields are explained in comments")

        let draft = site.build(strict: true, today: Self.today)
        #expect(draft.published, "\(draft.diagnostics)")
        #expect(
            draft.notes.contains { $0.hasPrefix("1 draft left out (draft: true): \(example.file)") }, "\(draft.notes)")
        #expect(site.read(example.page) == nil, "a draft is not published")

        try text.replacingOccurrences(of: "\ndraft: true\n", with: "\n").write(
            to: path, atomically: true, encoding: .utf8)
        let page = site.build(strict: true, today: Self.today)
        #expect(page.published, "\(page.diagnostics)")
        #expect(page.notes.isEmpty, "\(page.notes)")
        let html = try #require(site.read(example.page), "\(example.page) is built")
        let title = example.arguments.last!
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        #expect(html.contains(title), "the title is on the page")
    }

    @Test func newRefusesToOverwriteAndNamesWhatIsValid() throws {
        let site = try Self.siteForNew()
        try run(["new", "pagina", "--root", site.root.path, "Over ons"])
        let file = "content/pages/over-ons.md"
        site.write(file, "---\ntitle: Mijn eigen tekst\n---\n")
        let again = try run(["new", "pagina", "--root", site.root.path, "Over ons"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("error: \(file) already exists; it was left as it was"), "\(again.stderr)")
        #expect(try String(contentsOf: site.root.appendingPathComponent(file), encoding: .utf8).contains("Mijn eigen"))

        let buurt = try run(["new", "kaart", "--root", site.root.path, "--buurt", "nord", "Koffie"])
        #expect(buurt.status == 1)
        #expect(
            buurt.stderr.contains(
                "no buurt platform 'nord' in content/buurten/ (did you mean 'noord'?); "
                    + "choose one of: noord"), "\(buurt.stderr)")
        let kind = try run(["new", "agenda", "--root", site.root.path, "Koffie"])
        #expect(kind.status == 1)
        #expect(
            kind.stderr.contains("unknown kind 'agenda'; choose one of: pagina, kaart, activiteit, toolkit"),
            "\(kind.stderr)")
        let topic = try run(["new", "toolkit", "--root", site.root.path, "--topic", "energie", "Koffie"])
        #expect(topic.status == 1)
        #expect(topic.stderr.contains("choose one of: ontmoeten, groen"), "\(topic.stderr)")
        let misplaced = try run(["new", "pagina", "--root", site.root.path, "--topic", "groen", "Koffie"])
        #expect(misplaced.status == 1)
        #expect(misplaced.stderr.contains("--topic is for toolkit articles only"), "\(misplaced.stderr)")
    }

    // MARK: init

    @Test func initMakesAMunicipalityThatBuildsWithoutAProblem() throws {
        let parent = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let made = try run(["init", "--root", parent.path, "nieuw-dorp"])
        #expect(made.status == 0, "\(made.stderr)")
        let lines = made.stdout.split(separator: "\n").map(String.init)
        let next = try #require(lines.firstIndex(of: "next:"), "\(made.stdout)")
        #expect(lines.count - next - 1 == 3, "three commands to run next: \(made.stdout)")

        let root = parent.appendingPathComponent("nieuw-dorp")
        let site = try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(site.contains("name: \"Gemeente Nieuw Dorp\"\n") && site.contains("theme: nieuw-dorp\n"))
        let theme = try String(contentsOf: root.appendingPathComponent("themes/nieuw-dorp/theme.yml"), encoding: .utf8)
        #expect(theme.contains("extends: default\n"))

        let output = parent.appendingPathComponent("public")
        let report = SiteBuilder(
            options: BuildOptions(root: root.path, output: output.path, strict: true), features: Features.all
        ).build()
        #expect(report.published && report.diagnostics.isEmpty, "\(report.diagnostics)")
        for page in [
            "index.html", "centrum/index.html", "centrum/welkom/index.html", "centrum/privacy/index.html",
            "centrum/toegankelijkheid/index.html", "privacy/index.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "\(page)")
        }

        // Any name is safe in the YAML it goes into.
        let named = try run(["init", "--root", parent.path, "--name", "Gemeente \"Oost\": 100% #1\\", "oost"])
        #expect(named.status == 0, "\(named.stderr)")
        let oost = SiteBuilder(
            options: BuildOptions(
                root: parent.appendingPathComponent("oost").path,
                output: parent.appendingPathComponent("oost-site").path,
                strict: true), features: Features.all
        ).build()
        #expect(oost.published && oost.diagnostics.isEmpty, "\(oost.diagnostics)")
        #expect(
            try String(contentsOf: parent.appendingPathComponent("oost-site/index.html"), encoding: .utf8)
                .contains("Gemeente &quot;Oost&quot;: 100% #1\\"))

        let again = try run(["init", "--root", parent.path, "nieuw-dorp"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is not empty"), "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    /// `buurtsite init /srv/gemeente` makes that folder, not one of that name inside the current folder.
    @Test func initMakesAnAbsoluteFolderWhereItSays() throws {
        let cwd = try Self.emptyFolder(), parent = try Self.emptyFolder()
        defer {
            try? FileManager.default.removeItem(at: cwd)
            try? FileManager.default.removeItem(at: parent)
        }
        let target = parent.appendingPathComponent("oosterhout")
        let made = try run(["init", target.path], in: cwd)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("site.yml").path))
        #expect(Self.files(under: cwd).isEmpty, "init wrote into the folder it ran in")
        #expect(made.stdout.contains("  cd \(target.path)\n"), "\(made.stdout)")
    }
}
