import BuurtCore
import Kaart
import Toolkit
import YAML

/// `site.yml`: the municipality and its settings, shared by every buurt platform.
public struct MunicipalityConfig: Decodable, Sendable {
    /// "Gemeente Lindeveen"
    public var name: String
    /// CBS gemeentecode, GM followed by four digits.
    public var cbsCode: String
    /// Content language, "nl" unless set.
    public var language: String
    /// Folder name in `themes/`.
    public var theme: String
    /// Absolute address of the portal that lists every buurt platform; always ends with "/".
    public var baseURL: String
    public var portalIntro: String?
    public var markdown: MarkdownSettings
    /// The sociale kaart: its name, URL segment, categories, audiences, filters and review rules.
    public var kaart: KaartSettings
    /// The toolkit: its name, URL segment and topics.
    public var toolkit: ToolkitSettings

    public struct MarkdownSettings: Decodable, Sendable {
        /// Raw HTML in Markdown is left out unless a site opts in.
        public var unsafeHTML: Bool

        enum CodingKeys: String, CodingKey { case unsafeHTML = "unsafe_html" }

        public init(unsafeHTML: Bool = false) { self.unsafeHTML = unsafeHTML }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            unsafeHTML = try container.decodeIfPresent(Bool.self, forKey: .unsafeHTML) ?? false
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, language, theme, markdown, kaart, toolkit
        case cbsCode = "cbs_code"
        case baseURL = "base_url"
        case portalIntro = "portal_intro"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        cbsCode = try container.decode(String.self, forKey: .cbsCode)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? "nl"
        theme = try container.decode(String.self, forKey: .theme)
        baseURL = try container.decode(String.self, forKey: .baseURL)
        portalIntro = try container.decodeIfPresent(String.self, forKey: .portalIntro)
        markdown = try container.decodeIfPresent(MarkdownSettings.self, forKey: .markdown) ?? MarkdownSettings()
        kaart = try container.decodeIfPresent(KaartSettings.self, forKey: .kaart) ?? .default
        toolkit = try container.decodeIfPresent(ToolkitSettings.self, forKey: .toolkit) ?? .default
    }
}
