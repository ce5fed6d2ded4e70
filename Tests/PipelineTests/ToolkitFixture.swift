import BuurtCalendar
import Features
import Foundation
import Pipeline
import Site
import Testing
import YAML

/// A small toolkit on the test site: two topics, municipality-wide articles (one with an attachment and an image
/// beside it), an article of buurt noord only, and a second buurt, zuid, that hides the topic "energie".
extension TestSite {
    /// Size of the poster attachment: shown as "182 kB".
    static let posterBytes = 182_400

    func addToolkit() {
        write(
            "site.yml",
            """
            name: Gemeente Testdorp
            cbs_code: GM9998
            theme: default
            base_url: https://www.testdorp.nl/buurten/
            toolkit:
              name: Toolkit
              segment: toolkit
              intro: Zelf iets beginnen in je buurt? Lees wat werkt.
              topics:
                - slug: ontmoeten
                  title: Samen tegen eenzaamheid
                  description: Buren met elkaar in contact brengen.
                - slug: energie
                  title: Energie besparen
                  description: Samen isoleren en besparen.
            """)
        write(
            "content/buurten/zuid/buurt.yml",
            """
            name: Zuid Verbindt
            tagline: Buren in Zuid
            base_url: https://zuid.example.nl/
            toolkit:
              hide_topics: [energie]
            """)
        write(
            "content/toolkit/ontmoeten/liftkoffie/liftkoffie.md",
            """
            ---
            title: Liftkoffie in je flat
            topic: ontmoeten
            summary: Een vaste koffieochtend bij de lift.
            audience: Bewoners van flats
            author: Bewonerscommissie De Hoge Weide
            source: https://www.example.org/liftkoffie
            date: 2026-05-12
            order: 1
            attachments:
              - file: poster.pdf
                title: Poster om in de lift op te hangen
            ---
            Koffie bij de lift is een makkelijke manier om buren te leren kennen.

            ## Voorbereiden

            Hang de [poster](poster.pdf) op. Zie ook [de straatlunch](../straatlunch.md#stap-1).

            ![Een briefje in de lift](briefje.svg)

            ## Op de dag zelf

            Zet koffie.

            ## Daarna

            Lees de [privacyverklaring](../../../pages/privacy.md).
            """)
        write(
            "content/toolkit/ontmoeten/liftkoffie/poster.pdf",
            Data("%PDF-1.4\n".utf8) + Data(repeating: 0x20, count: Self.posterBytes - 9))
        write(
            "content/toolkit/ontmoeten/liftkoffie/briefje.svg",
            #"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>"#)
        write(
            "content/toolkit/ontmoeten/straatlunch.md",
            """
            ---
            title: Straatlunch met de buren
            topic: ontmoeten
            summary: Eén keer per jaar samen eten op straat.
            date: 2026-04-01
            order: 2
            ---
            Een straatlunch organiseer je zo.

            ## Stap 1

            Vraag een vergunning.
            """)
        write(
            "content/toolkit/energie/besparen.md",
            """
            ---
            title: Samen energie besparen
            topic: energie
            summary: Tochtstrips en radiatorfolie met de hele straat.
            date: 2026-03-01
            ---
            ## Stap 1

            Meet waar het tocht. Lees ook [liftkoffie](../ontmoeten/liftkoffie/liftkoffie.md).
            """)
        write(
            "content/buurten/noord/toolkit/noordtuin.md",
            """
            ---
            title: De Noordtuin
            topic: ontmoeten
            summary: Onze eigen buurttuin in Noord.
            date: 2026-02-01
            order: 3
            ---
            Alleen voor Noord.

            ## Stap 1

            Pak een schep.
            """)
    }

    /// A build with --pdf and the given Chromium lookup.
    func buildWithPDF(chromium: @escaping @Sendable () -> String?) -> BuildReport {
        var builder = SiteBuilder(
            options: BuildOptions(root: root.path, output: output.path, today: Day("2026-11-22")!, pdf: true),
            features: Features.all)
        builder.locateChromium = chromium
        return builder.build()
    }

    /// Whether the output has this file.
    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }
}

/// Small readers of built HTML, for the toolkit tests.
enum HTML {
    /// The text of every match of `pattern`'s first group, in order.
    static func matches(_ pattern: String, in html: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return []
        }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// The JSON-LD of a page, parsed.
    static func jsonLD(in html: String) throws -> [String: Any] {
        let script = try #require(matches(#"<script type="application/ld\+json">(.*?)</script>"#, in: html).first)
        return try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
    }
}
