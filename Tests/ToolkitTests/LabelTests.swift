import Testing

@testable import Toolkit

@Suite struct LabelTests {
    @Test func sizesUseDutchNotation() {
        #expect(FileSize.text(forBytes: 0) == "0 bytes")
        #expect(FileSize.text(forBytes: 1) == "1 byte")
        #expect(FileSize.text(forBytes: 820) == "820 bytes")
        #expect(FileSize.text(forBytes: 1_499) == "1 kB")
        #expect(FileSize.text(forBytes: 182_400) == "182 kB")
        #expect(FileSize.text(forBytes: 999_600) == "1,0 MB")
        #expect(FileSize.text(forBytes: 1_234_567) == "1,2 MB")
        #expect(FileSize.text(forBytes: 9_960_000) == "10 MB")
        #expect(FileSize.text(forBytes: 25_400_000) == "25 MB")
        #expect(FileSize.text(forBytes: 2_500_000_000) == "2,5 GB")
    }

    @Test func kindsAreNamedInDutchFromTheExtension() {
        #expect(FileKind.label(forFileName: "poster.pdf") == "PDF")
        #expect(FileKind.label(forFileName: "Poster.PDF") == "PDF")
        #expect(FileKind.label(forFileName: "brief.docx") == "Word-document")
        #expect(FileKind.label(forFileName: "plattegrond.svg") == "Afbeelding (SVG)")
        #expect(FileKind.label(forFileName: "lijst.xlsx") == "Excel-bestand")
        #expect(FileKind.label(forFileName: "kaart.gpx") == "Bestand (GPX)")
        #expect(FileKind.label(forFileName: "LEESMIJ") == "Bestand")
        #expect(
            ToolkitAttachment(file: "content/toolkit/a.svg", fileName: "a.svg", title: "A", byteCount: 2_048).label
                == "Afbeelding (SVG), 2 kB")
    }

    @Test func readingTimeCountsTheWordsAReaderSees() {
        let markdown = """
            ## Zo begin je

            - Hang een **briefje** op in de lift.
            - Zet [koffie](https://www.example.org/heel/lang/adres-met-veel-woorden) klaar.

            | Dag | Tijd |
            |-----|------|
            | ma  | 10:00 |

            ![Een briefje in de lift](liftkoffie-briefje.svg)
            <span class="x">tekst</span>
            """
        // Zo begin je (3) Hang een briefje op in de lift (7) Zet koffie klaar (3) Dag Tijd ma 10:00 (4)
        // Een briefje in de lift (5) tekst (1)
        #expect(ReadingTime.wordCount(ofMarkdown: markdown) == 23)
    }

    @Test func readingTimeIsAboutTwoHundredWordsAMinuteAndAtLeastOne() {
        #expect(ReadingTime.minutes(forWords: 0) == 1)
        #expect(ReadingTime.minutes(forWords: 120) == 1)
        #expect(ReadingTime.minutes(forWords: 1_000) == 5)
        #expect(ReadingTime.minutes(forWords: 1_120) == 6)
        let long = makeArticleWithBody(String(repeating: "woord ", count: 1_000))
        #expect(long.wordCount == 1_000)
        #expect(long.readingTimeText == "5 minuten lezen")
        #expect(makeArticleWithBody("Kort.").readingTimeText == "1 minuut lezen")
    }

    private func makeArticleWithBody(_ body: String) -> ToolkitArticle {
        ToolkitArticle(
            sourcePath: "content/toolkit/a.md", buurtSlug: nil, slug: "a", title: "A", topic: "ontmoeten",
            summary: "S", date: .init("2026-01-01")!, body: body)
    }
}
