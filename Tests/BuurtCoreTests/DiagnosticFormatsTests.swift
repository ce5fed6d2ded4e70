import Testing

@testable import BuurtCore

/// `buurtsite check --format json` and `--format github`: what a CI job or an editor reads.
@Suite struct DiagnosticFormatsTests {
    let located = Diagnostic.error(
        at: SourceLocation(file: "content/buurten/noord/buurt.yml", line: 2, column: 1),
        "unknown key 'taglin' (did you mean 'tagline'?)", hint: "write tagline")

    @Test func jsonHasEveryFieldOnOneLine() {
        #expect(
            located.jsonLine
                == #"{"file":"content/buurten/noord/buurt.yml","line":2,"column":1,"severity":"error","#
                + #""message":"unknown key 'taglin' (did you mean 'tagline'?)","hint":"write tagline"}"#)
    }

    @Test func jsonSaysNullForWhatIsNotKnown() {
        let bare = Diagnostic.warning(at: SourceLocation(file: "site.yml"), "a\nb")
        #expect(
            bare.jsonLine
                == #"{"file":"site.yml","line":null,"column":null,"severity":"warning","message":"a\nb","hint":null}"#
        )
        #expect(Diagnostic.error(at: nil, "x").jsonLine.hasPrefix(#"{"file":null,"line":null"#))
    }

    @Test func githubAnnotatesTheFileAtItsLineWithTheHintBelow() {
        #expect(
            located.githubAnnotation
                == "::error file=content/buurten/noord/buurt.yml,line=2,col=1,"
                + "title=unknown key 'taglin' (did you mean 'tagline'?)::"
                + "unknown key 'taglin' (did you mean 'tagline'?)%0Ahint: write tagline")
        #expect(
            Diagnostic.warning(at: SourceLocation(file: "site.yml"), "old").githubAnnotation
                == "::warning file=site.yml,title=old::old")
        #expect(Diagnostic.error(at: nil, "no root").githubAnnotation == "::error title=no root::no root")
    }

    /// GitHub's runner unescapes %25, %0D and %0A in the message, and %3A and %2C too in properties; anything else
    /// would end the message early or split a property.
    @Test func githubEscapesPercentLineBreaksAndPropertySeparators() {
        let tricky = Diagnostic.error(
            at: SourceLocation(file: "content/a,b:c%.md", line: 1, column: 2), "50% kans:\r\nja, nee")
        #expect(
            tricky.githubAnnotation
                == "::error file=content/a%2Cb%3Ac%25.md,line=1,col=2,title=50%25 kans%3A%0D%0Aja%2C nee::"
                + "50%25 kans:%0D%0Aja, nee")
    }
}
