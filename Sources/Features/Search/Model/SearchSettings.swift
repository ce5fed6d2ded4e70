import BuurtCore
import Model
import YAML

/// `search:` in site.yml: whether the sites have a search, where its page lives, and the municipality's own
/// synonyms. Missing: `SearchSettings.default` (on, at `zoeken/`, no synonyms).
public struct SearchSettings: Decodable, Sendable {
    /// False: no search page, no index and no search field in the headers.
    public var enabled: Bool
    /// The search page's folder in every buurt site and the portal: "zoeken" → /<buurt>/zoeken/.
    public var segment: String
    /// Groups of words and phrases that mean the same to residents: a query for one finds the others too.
    /// `[["dokter", "huisarts"], ["wmo", "hulp thuis"]]`
    public var synonyms: [[String]]

    public static let `default` = SearchSettings()

    public init(enabled: Bool = true, segment: String = "zoeken", synonyms: [[String]] = []) {
        self.enabled = enabled
        self.segment = segment
        self.synonyms = synonyms
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled, segment, synonyms
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        segment = try container.decodeIfPresent(String.self, forKey: .segment) ?? "zoeken"
        synonyms = try container.decodeIfPresent([[String]].self, forKey: .synonyms) ?? []
    }

    /// Problems a decoder cannot see: a segment that is no slug, a synonym group of fewer than two words.
    func problems(node: YAMLNode?) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let file = SourceLocation(file: ContentLayout.siteConfig)
        if !Slug.isValid(segment) {
            let suggestion = Slug.make(from: segment)
            problems.append(
                .error(
                    at: node?["segment"]?.location ?? node?.location ?? file,
                    "search segment '\(segment)' cannot be used in a web address",
                    hint: "write it as '\(suggestion.isEmpty ? "zoeken" : suggestion)': lowercase letters, digits and "
                        + "hyphens"))
        }
        for (index, group) in synonyms.enumerated() {
            let location = node?["synonyms"]?[index]?.location ?? node?.location ?? file
            let words = group.filter { !$0.allSatisfy(\.isWhitespace) }
            if words.count < 2 {
                problems.append(
                    .error(
                        at: location, "search.synonyms[\(index)] has \(words.count) word\(words.count == 1 ? "" : "s")",
                        hint: "a group names two or more words that mean the same: [dokter, huisarts]"))
            }
        }
        return problems
    }
}
