import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

/// The front matter of a toolkit article, as written.
struct ArticleFrontMatter: Decodable {
    var title: String
    var topic: String
    var summary: String
    var audience: String?
    var author: String?
    var source: String?
    var date: Day
    var slug: String?
    var related: [String]
    var attachments: [AttachmentEntry]
    var order: Int?
    var draft: Bool
    var search: Bool
    var aliases: [PageAlias]

    struct AttachmentEntry: Decodable {
        var file: String
        var title: String
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, topic, summary, audience, author, source, date, slug, related, attachments, order, draft, search
        case aliases
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        topic = try container.decode(String.self, forKey: .topic)
        summary = try container.decode(String.self, forKey: .summary)
        audience = try container.decodeIfPresent(String.self, forKey: .audience)
        author = try container.decodeIfPresent(String.self, forKey: .author)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        date = try container.decode(Day.self, forKey: .date)
        slug = try container.decodeIfPresent(String.self, forKey: .slug)
        related = try container.decodeIfPresent([String].self, forKey: .related) ?? []
        attachments = try container.decodeIfPresent([AttachmentEntry].self, forKey: .attachments) ?? []
        order = try container.decodeIfPresent(Int.self, forKey: .order)
        draft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
        search = try container.decodeIfPresent(Bool.self, forKey: .search) ?? true
        aliases = try container.decodeIfPresent([PageAlias].self, forKey: .aliases) ?? []
    }
}

extension ToolkitLoader {
    /// Slug of the booklet page in every topic folder: no article may take it.
    static let reservedSlugs: Set<String> = ["afdrukken"]

    /// Every article under `folder`, read and parsed on all cores, sorted by path; drafts are checked but left out.
    func loadArticles(folder: String, buurt: String?) -> [ToolkitArticle] {
        FrontMatterFile.loadAll(under: folder, root: root, diagnostics: diagnostics) { [self] path, problems in
            try loadArticle(path, buurt: buurt, diagnostics: problems)
        }
    }

    /// One article; nil for a draft. Problems that do not stop the article from being used (an attachment that
    /// is missing) go to `diagnostics`; problems that do are thrown.
    func loadArticle(_ path: String, buurt: String?, diagnostics: DiagnosticCollector) throws -> ToolkitArticle? {
        let file = try FrontMatterFile.read(
            path, root: root, emptyHint: "give the article at least title, topic, summary and date")
        let node = file.node
        let frontMatter = try YAMLDecoder().decode(ArticleFrontMatter.self, from: node)
        let slug = try articleSlug(file, frontMatter: frontMatter)
        checkFilled(frontMatter, node: node, diagnostics: diagnostics)
        let folder = String(path.pathFolder)
        let attachments = loadAttachments(
            frontMatter.attachments, node: node["attachments"], folder: folder,
            articlePath: path, diagnostics: diagnostics)
        if frontMatter.draft { return nil }
        let locations = ToolkitArticleLocations(
            slug: node["slug"]?.location ?? SourceLocation(file: path),
            topic: node["topic"]?.location ?? SourceLocation(file: path),
            related: frontMatter.related.indices.map { node["related"]?[$0]?.location ?? node.location })
        var article = ToolkitArticle(
            sourcePath: path, buurtSlug: buurt, slug: slug, title: frontMatter.title, topic: frontMatter.topic,
            summary: frontMatter.summary, audience: frontMatter.audience, author: frontMatter.author,
            source: frontMatter.source, date: frontMatter.date, related: frontMatter.related,
            attachments: attachments, order: frontMatter.order, body: String(file.body),
            bodyFirstLine: file.bodyFirstLine, locations: locations, searchable: frontMatter.search)
        article.aliases = frontMatter.aliases
        return article
    }

    /// The slug from `slug:` or else from the file name: "Liftkoffie in je flat.md" → "liftkoffie-in-je-flat".
    func articleSlug(_ file: FrontMatterFile, frontMatter: ArticleFrontMatter) throws -> String {
        let (slug, location) = try file.slug(custom: frontMatter.slug, example: "mijn-artikel")
        if Self.reservedSlugs.contains(slug) {
            throw Diagnostic.error(
                at: location, "'\(slug)' is the address of the printable booklet of each topic",
                hint: frontMatter.slug == nil
                    ? "rename the file or set another 'slug:' in the front matter"
                    : "choose another 'slug:'")
        }
        return slug
    }

    /// Required texts that are there but blank ("title: ''") would make an empty heading or link.
    func checkFilled(_ frontMatter: ArticleFrontMatter, node: YAMLNode, diagnostics: DiagnosticCollector) {
        let required: [(key: String, value: String, hint: String)] = [
            ("title", frontMatter.title, "write the article's title: 'title: Liftkoffie in je flat'"),
            ("topic", frontMatter.topic, "write the slug of one of the topics in site.yml: 'topic: ontmoeten'"),
            ("summary", frontMatter.summary, "write one or two sentences about what the article offers"),
        ]
        for field in required where field.value.allSatisfy(\.isWhitespace) {
            diagnostics.add(
                .error(at: node[field.key]?.location ?? node.location, "'\(field.key)' is empty", hint: field.hint))
        }
    }
}
