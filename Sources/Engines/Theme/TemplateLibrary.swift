import BuurtCore
import Mustache

/// The Mustache templates of a theme chain in one library, so that partials and parents are found by name
/// whichever theme of the chain holds them.
struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    /// Template name (`layout`, `partials/header`) → root-relative file that won.
    let files: [String: String]
    private(set) var problems: [Diagnostic] = []

    /// `chain`: theme folder names, child first. A child's template replaces the parent's of the same name;
    /// only the templates that win are parsed, because only they can be rendered.
    init(chain: [String], root: SiteRoot) {
        var files: [String: String] = [:]
        for theme in chain.reversed() {
            let folder = "themes/\(theme)/templates"
            for path in root.files(under: folder) where path.hasSuffix(".mustache") {
                let name = String(path.dropFirst(folder.count + 1).dropLast(".mustache".count))
                files[name] = path
            }
        }
        var templates: [String: MustacheTemplate] = [:]
        var problems: [Diagnostic] = []
        FastHTMLContentType.registered
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            let source: SourceFile
            do { source = try root.read(path) } catch {
                problems.append(error)
                continue
            }
            do {
                templates[name] = try MustacheTemplate(string: FastHTMLContentType.pragma + "\n" + source.text)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    .error(
                        at: SourceLocation(
                            file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                        "Mustache syntax error: " + TemplateLibrary.explain(error.error)))
                continue
            } catch {
                problems.append(.error(at: SourceLocation(file: path), "Mustache syntax error: \(error)"))
                continue
            }
            problems += TemplateTags.check(source, names: Set(files.keys))
        }
        self.library = MustacheLibrary(templates: templates)
        self.files = files
        self.problems = problems
    }

    private static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The parser's own (internal) error: it ran out of text inside a tag.
            return "\(error)" == "overflow" ? "a tag or comment is never closed with '}}'" : "\(error)"
        }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section that is open"
        case .unfinishedName: return "tag is not closed with '}}' or its name is malformed"
        case .expectedSectionEnd: return "a section is never closed (add {{/name}})"
        case .invalidSetDelimiter: return "malformed set-delimiter tag {{=… …=}}"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to {{<parent}}"
        case .illegalTokenInsideInheritSection:
            return "only {{$block}}…{{/block}} may appear inside {{<parent}}…{{/parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}}…{{/parent}} must be in a {{$block}}"
        case .invalidConfigVariableSyntax: return "malformed pragma {{% … }}"
        case .unrecognisedConfigVariable: return "unknown pragma"
        }
    }
}
