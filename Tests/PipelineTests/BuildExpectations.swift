import Pipeline
import Testing

/// One bad value of a section of settings, for a parameterized test of the section's checks.
struct BadSettingCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// The section's YAML lines, indented under its key.
    let settings: String
    /// The start of the error line the build must give: "path:line:column: error: message".
    let expected: String
    var testDescription: String { name }
}

/// Expects that the build failed and that one of its error lines starts with `expected`
/// ("path:line:column: error: message").
func expectFailure(
    _ report: BuildReport, withErrorStarting expected: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(!report.published, sourceLocation: sourceLocation)
    #expect(
        report.errorLines.contains { $0.hasPrefix(expected) }, "\(report.errorLines)", sourceLocation: sourceLocation)
}

extension BuildReport {
    /// Whether one of its problems, as the user sees it ("path:line:column: warning: message"), starts with `prefix`.
    func hasDiagnostic(startingWith prefix: String) -> Bool {
        diagnostics.contains { $0.description.hasPrefix(prefix) }
    }
}

extension TestSite {
    /// Expects that a build on `day` is published with a warning that starts with `warning`, that a strict build on
    /// that day fails on it, and that a strict build on `quietDay` passes: a warning that depends on the build's day.
    func expectWarning(
        on day: String, startingWith warning: String, butNotOn quietDay: String, _ why: Comment,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let report = build(today: day)
        #expect(report.published, "\(report.errorLines)", sourceLocation: sourceLocation)
        #expect(report.hasDiagnostic(startingWith: warning), "\(report.diagnostics)", sourceLocation: sourceLocation)
        #expect(!build(strict: true, today: day).published, "a strict build fails", sourceLocation: sourceLocation)
        #expect(build(strict: true, today: quietDay).published, why, sourceLocation: sourceLocation)
    }
}
