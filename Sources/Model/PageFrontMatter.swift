import BuurtCalendar
import BuurtCore
import YAML

/// The YAML block at the top of a Markdown page.
public struct PageFrontMatter: Decodable, Sendable {
    public var title: String
    public var description: String?
    /// Replaces the file name in the URL; stays within the page's folder.
    public var slug: String?
    public var updated: Day?
    /// Shown in the platform's main navigation.
    public var menu: Bool
    /// Position in navigation and lists; lower comes first, then by title.
    public var order: Int
    /// Show a table of contents built from the page's headings.
    public var toc: Bool
    /// Drafts are checked but not published.
    public var draft: Bool
    /// False: the page stays out of the site's search (it is still published and in the sitemap).
    public var search: Bool
    /// Old addresses of the page, each of which gets a redirect page to it (`PageAlias`).
    public var aliases: [PageAlias]

    enum CodingKeys: String, CodingKey {
        case title, description, slug, updated, menu, order, toc, draft, search, aliases
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        slug = try container.decodeIfPresent(String.self, forKey: .slug)
        updated = try container.decodeIfPresent(Day.self, forKey: .updated)
        menu = try container.decodeIfPresent(Bool.self, forKey: .menu) ?? false
        order = try container.decodeIfPresent(Int.self, forKey: .order) ?? 0
        toc = try container.decodeIfPresent(Bool.self, forKey: .toc) ?? false
        draft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
        search = try container.decodeIfPresent(Bool.self, forKey: .search) ?? true
        aliases = try container.decodeIfPresent([PageAlias].self, forKey: .aliases) ?? []
    }
}
