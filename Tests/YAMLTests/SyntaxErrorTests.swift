import BuurtCore
import Testing

@testable import YAML

@Suite struct SyntaxErrorTests {
    @Test func colonInsideTextPointsAtTheColonAndSuggestsQuotes() {
        let error = syntaxError("naam: Oosterhof\ntitel: Welkom: buurt\n")
        #expect(error.map(brief) == "2:14: YAML syntax error: mapping values are not allowed in this context")
        #expect(error?.hint == "put quotes around text that contains ': '")
        #expect(error?.location?.file == "t.yml")
    }

    @Test func tabIndentationSaysToUseSpaces() {
        let error = syntaxError("wijk:\n\tcode: WK0363\n")
        #expect(error?.location?.line == 2)
        #expect(error?.location?.column == 1)
        #expect(error?.message.hasPrefix("YAML syntax error: ") == true)
        #expect(error?.hint == "indent with spaces, not tabs")
        #expect(syntaxError("a: 1\n\tb: 2\n")?.hint == "indent with spaces, not tabs")
    }

    @Test func unclosedQuoteNamesWhereTheQuoteStarted() {
        let error = syntaxError("titel: \"Welkom\nnaam: x\n")
        #expect(
            error?.message
                == "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that "
                + "starts at line 1)"
        )
        #expect(error?.hint?.contains("close the quote") == true)
    }

    @Test func missingColonPointsAtTheKeyLine() {
        let error = syntaxError("naam: x\ntitel\n")
        #expect(
            error.map(brief)
                == "2:1: YAML syntax error: could not find expected ':' (while scanning a simple key that "
                + "starts at line 2)"
        )
    }

    @Test func badIndentationOfAListItem() {
        let error = syntaxError("tags:\n  - groen\n - rustig\n")
        #expect(error?.location?.line == 3)
        #expect(error?.hint?.contains("indentation") == true)
    }

    @Test func lineOffsetAppliesToSyntaxErrorsAndTheirContext() {
        let error = syntaxError("naam: x\ntitel\n", lineOffset: 4)
        #expect(
            error.map(brief)
                == "6:1: YAML syntax error: could not find expected ':' (while scanning a simple key that "
                + "starts at line 6)"
        )
    }

    @Test func controlCharacterIsReportedWhereItIs() {
        let error = syntaxError("naam: x\ntitel: a\u{1}b\n")
        #expect(error.map(brief) == "2:9: YAML syntax error: control characters are not allowed (U+0001)")
    }

    @Test func duplicateKeyIsReportedAtTheSecondOne() {
        let error = syntaxError(
            """
            naam: Oosterhof
            contact:
              email: a@example.nl
              email: b@example.nl
            """)
        #expect(error.map(brief) == "4:3: contact: duplicate key 'email' (first used on line 3)")
    }

    @Test func duplicateKeyLineIncludesLineOffset() {
        let error = syntaxError("a: 1\na: 2\n", lineOffset: 1)
        #expect(error.map(brief) == "3:1: duplicate key 'a' (first used on line 2)")
    }

    @Test func secondDocumentIsAnError() {
        let error = syntaxError("naam: Oosterhof\n---\nnaam: Westhof\n")
        #expect(error.map(brief) == "2:1: more than one YAML document in this file")
        // A leading '---' is fine: that is still one document.
        #expect(syntaxError("---\nnaam: Oosterhof\n") == nil)
    }

    @Test func keysMustBeText() {
        #expect(syntaxError("[a, b]: 1\n").map(brief) == "1:1: a key must be text, not a list")
    }
}
