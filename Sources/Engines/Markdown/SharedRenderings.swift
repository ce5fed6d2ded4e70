import Foundation

/// Rendered Markdown shared by every page and buurt site that shows the same text: an article appears
/// on its own page and in booklets on every buurt site, a directory entry's description on every site it serves.
///
/// The HTML only differs where a link or an image resolves differently. What the renderer makes depends only on
/// the Markdown and on the resolver's answers, so a rendering is reused when the new resolver, asked the questions
/// the first one was asked, gives the same answers. Asking them also redoes what the resolver does on the side
/// (collecting the files to copy).
public final class SharedRenderings: @unchecked Sendable {
    private let lock = NSLock()
    /// Source path → the different renderings of that file.
    private var renderings: [String: [SharedRendering]] = [:]

    public init() {}

    /// `source` (the Markdown of `file`, starting on `firstLine`) rendered with `resolver`: made once, reused
    /// wherever the links come out the same.
    public func render(
        _ source: String, file: String, firstLine: Int, with renderer: MarkdownRenderer,
        resolver: some MarkdownLinkResolver
    ) -> SharedRendering {
        let allowRawHTML = renderer.options.allowRawHTML
        let candidates = lock.withLock { renderings[file] ?? [] }
            .filter { $0.fits(source, firstLine: firstLine, allowRawHTML: allowRawHTML) }
        if let reused = candidates.first(where: { $0.answersMatch(resolver) }) { return reused }

        let recorder = RecordingResolver(resolver)
        // Articles and entries have summaries of their own: no texts besides the HTML.
        let markdown = renderer.render(source, file: file, firstLine: firstLine, resolver: recorder, text: [])
        let made = SharedRendering(
            source: source, firstLine: firstLine, allowRawHTML: allowRawHTML,
            answers: recorder.answers, markdown: markdown)
        return lock.withLock {
            // Another thread may have made the same one meanwhile: keep one.
            if let same = renderings[file]?.first(where: {
                $0.fits(source, firstLine: firstLine, allowRawHTML: allowRawHTML) && $0.answers == made.answers
            }) {
                return same
            }
            renderings[file, default: []].append(made)
            return made
        }
    }
}

/// One rendering of a Markdown text, with the resolver's answers it was made with.
public final class SharedRendering: @unchecked Sendable {
    public let markdown: RenderedMarkdown
    private let source: String
    private let firstLine: Int
    private let allowRawHTML: Bool
    fileprivate let answers: [ResolverAnswer]
    private let lock = NSLock()
    private var transformed: String?

    fileprivate init(
        source: String, firstLine: Int, allowRawHTML: Bool, answers: [ResolverAnswer], markdown: RenderedMarkdown
    ) {
        self.markdown = markdown
        self.source = source
        self.firstLine = firstLine
        self.allowRawHTML = allowRawHTML
        self.answers = answers
    }

    /// `make` applied to `markdown.html` the first time it is asked for, then kept: for the one form the HTML
    /// takes elsewhere (an article in a booklet). Callers pass the same `make` every time.
    public func transformedHTML(_ make: (String) -> String) -> String {
        if let transformed = lock.withLock({ transformed }) { return transformed }
        let made = make(markdown.html)
        lock.withLock { transformed = made }
        return made
    }

    /// Whether this rendering is of the same Markdown, rendered the same way.
    fileprivate func fits(_ source: String, firstLine: Int, allowRawHTML: Bool) -> Bool {
        self.source == source && self.firstLine == firstLine && self.allowRawHTML == allowRawHTML
    }

    /// Whether `resolver` gives the answers this rendering was made with, asked in the same order.
    fileprivate func answersMatch(_ resolver: some MarkdownLinkResolver) -> Bool {
        answers.allSatisfy { $0.resolution == $0.question.ask(resolver) }
    }
}

/// A question the renderer asked the resolver, and its answer.
private struct ResolverAnswer: Equatable {
    enum Question: Equatable {
        case link(String), image(String)

        func ask(_ resolver: some MarkdownLinkResolver) -> LinkResolution {
            switch self {
            case .link(let destination): resolver.resolveLink(destination)
            case .image(let source): resolver.resolveImage(source)
            }
        }
    }

    let question: Question
    let resolution: LinkResolution
}

/// Passes questions on to a resolver and notes them with their answers. Used by one rendering, on one thread.
private final class RecordingResolver<Base: MarkdownLinkResolver>: MarkdownLinkResolver, @unchecked Sendable {
    let base: Base
    private(set) var answers: [ResolverAnswer] = []

    init(_ base: Base) { self.base = base }

    func resolveLink(_ destination: String) -> LinkResolution { record(.link(destination)) }
    func resolveImage(_ source: String) -> LinkResolution { record(.image(source)) }

    private func record(_ question: ResolverAnswer.Question) -> LinkResolution {
        let resolution = question.ask(base)
        answers.append(ResolverAnswer(question: question, resolution: resolution))
        return resolution
    }
}
