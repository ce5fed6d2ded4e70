import Foundation
import Markdown

/// The articles' rendered Markdown, shared by every page and buurt site that shows them.
///
/// An article appears on its own page and in booklets, on every buurt site, and its HTML only differs
/// where a link or an image resolves differently. What the renderer makes depends only on the Markdown and
/// on the resolver's answers, so a rendering is reused when the new resolver, asked the questions the first
/// one was asked, gives the same answers. Asking them also redoes what the resolver does on the side
/// (collecting the files to copy).
public final class ToolkitRenderings: @unchecked Sendable {
    private let lock = NSLock()
    /// Source path → the different renderings of that article.
    private var renderings: [String: [ToolkitRendering]] = [:]

    public init() {}

    /// The article's Markdown rendered with `resolver`: made once, reused wherever the links come out the same.
    public func render(_ article: ToolkitArticle, with renderer: MarkdownRenderer,
                       resolver: some MarkdownLinkResolver) -> ToolkitRendering {
        let candidates = lock.withLock { renderings[article.sourcePath] ?? [] }
            .filter { $0.fits(article, renderer) }
        if let reused = candidates.first(where: { $0.answersMatch(resolver) }) { return reused }

        let recorder = RecordingResolver(resolver)
        let markdown = renderer.render(article.body, file: article.sourcePath, firstLine: article.bodyFirstLine, resolver: recorder)
        let made = ToolkitRendering(article: article, allowRawHTML: renderer.options.allowRawHTML,
                                    answers: recorder.answers, markdown: markdown)
        return lock.withLock {
            // Another thread may have made the same one meanwhile: keep one.
            if let same = renderings[article.sourcePath]?.first(where: { $0.fits(article, renderer) && $0.answers == made.answers }) {
                return same
            }
            renderings[article.sourcePath, default: []].append(made)
            return made
        }
    }
}

/// One rendering of an article, with the resolver's answers it was made with.
public final class ToolkitRendering: @unchecked Sendable {
    public let markdown: RenderedMarkdown
    private let body: String
    private let firstLine: Int
    private let allowRawHTML: Bool
    fileprivate let answers: [ResolverAnswer]
    private let lock = NSLock()
    private var booklet: String?

    fileprivate init(article: ToolkitArticle, allowRawHTML: Bool, answers: [ResolverAnswer], markdown: RenderedMarkdown) {
        self.markdown = markdown
        body = article.body
        firstLine = article.bodyFirstLine
        self.allowRawHTML = allowRawHTML
        self.answers = answers
    }

    /// The HTML as a booklet holds it, `make` applied to `markdown.html` the first time it is asked for.
    public func bookletHTML(_ make: (String) -> String) -> String {
        if let booklet = lock.withLock({ booklet }) { return booklet }
        let made = make(markdown.html)
        lock.withLock { booklet = made }
        return made
    }

    /// Whether this rendering is of the same Markdown, rendered the same way.
    fileprivate func fits(_ article: ToolkitArticle, _ renderer: MarkdownRenderer) -> Bool {
        body == article.body && firstLine == article.bodyFirstLine && allowRawHTML == renderer.options.allowRawHTML
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
