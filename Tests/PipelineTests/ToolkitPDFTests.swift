import Features
import Foundation
import Pipeline
import Site
import Testing
import YAML

@Suite struct ToolkitPDFTests {
    @Test func withoutChromiumTheBuildSaysSoAndStillPublishes() throws {
        let site = try TestSite()
        site.addToolkit()
        let report = site.buildWithPDF { nil }
        #expect(report.published, "\(report.errorLines)")
        #expect(report.notes.contains { $0.hasPrefix("PDF booklets skipped: chromium not found") })
        #expect(!site.exists("noord/toolkit/afdrukken/toolkit.pdf"))
        #expect(
            try #require(site.read("noord/toolkit/index.html")).contains(".pdf\"") == false,
            "no links to PDFs that do not exist")
    }

    @Test func aFailingPrintIsAnErrorNamingTheBooklet() throws {
        let site = try TestSite()
        site.addToolkit()
        let fake = try Self.script("echo 'cannot open display' >&2\nexit 3")
        defer { try? FileManager.default.removeItem(atPath: fake) }
        let report = site.buildWithPDF { fake }
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "error: PDF booklet 'noord: Energie besparen' "
                        + "(noord/toolkit/energie/afdrukken/energie.pdf) failed: Chromium exited with status 3"
                )
                    && $0.contains("cannot open display")
            }, "\(report.errorLines)")
        #expect(!site.exists("noord/index.html"), "a failed build publishes nothing")
    }

    @Test(.enabled(if: PDFPrinter.locateChromium() != nil, "needs Chromium"))
    func withChromiumEveryBookletGetsAPDFThatThePagesLink() throws {
        let site = try TestSite()
        site.addToolkit()
        let report = site.buildWithPDF { PDFPrinter.locateChromium() }
        #expect(report.published, "\(report.errorLines)")
        for pdf in [
            "noord/toolkit/afdrukken/toolkit.pdf", "noord/toolkit/ontmoeten/afdrukken/ontmoeten.pdf",
            "noord/toolkit/energie/afdrukken/energie.pdf", "zuid/toolkit/afdrukken/toolkit.pdf",
            "zuid/toolkit/ontmoeten/afdrukken/ontmoeten.pdf",
        ] {
            let data = try Data(contentsOf: site.output.appendingPathComponent(pdf))
            #expect(data.starts(with: Array("%PDF".utf8)), "\(pdf) is a PDF")
            #expect(
                String(decoding: data, as: UTF8.self).contains("/CreationDate (D:20261122000000"),
                "the PDF carries the build date, not the moment of printing")
        }
        #expect(!site.exists("zuid/toolkit/energie/afdrukken/energie.pdf"), "no booklet for a hidden topic")
        let home = try #require(site.read("noord/toolkit/index.html"))
        #expect(
            home.contains(#"href="afdrukken/toolkit.pdf""#) && home.contains(#"href="energie/afdrukken/energie.pdf""#))
        #expect(try #require(site.read("noord/toolkit/energie/afdrukken/index.html")).contains(#"href="energie.pdf""#))
        #expect(report.notes.contains("made 5 PDF booklets with \(try #require(PDFPrinter.locateChromium()))"))
    }

    @Test func chromiumIsFoundOnThePathOrWhereTheEnvironmentSays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "buurtsite-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let browser = folder.appendingPathComponent("chromium-browser").path
        #expect(
            FileManager.default.createFile(
                atPath: browser, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))

        #expect(PDFPrinter.locateChromium(environment: ["PATH": "/nonexistent:" + folder.path]) == browser)
        #expect(PDFPrinter.locateChromium(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(
            PDFPrinter.locateChromium(environment: ["PATH": "/nonexistent", "BUURTSITE_CHROMIUM": browser]) == browser)
        #expect(
            PDFPrinter.locateChromium(environment: ["PATH": folder.path, "BUURTSITE_CHROMIUM": "/no/such/chromium"])
                == nil,
            "a chosen Chromium that is not there is not replaced by another")
        #expect(
            PDFPrinter.searchDescription(environment: ["BUURTSITE_CHROMIUM": "/no/such/chromium"])
                == "BUURTSITE_CHROMIUM is '/no/such/chromium', which is not an executable file")
    }

    /// An executable shell script in a temporary file.
    static func script(_ body: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fake-chromium-\(UUID().uuidString)")
            .path
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data("#!/bin/sh\n\(body)\n".utf8),
                attributes: [.posixPermissions: 0o755])
        else {
            throw CocoaError(.fileWriteUnknown)
        }
        return path
    }
}
