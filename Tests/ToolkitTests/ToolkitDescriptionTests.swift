import Site
import Testing
import YAML

@testable import Toolkit

/// The fields that `ToolkitFeature` describes for schemas and editors are exactly those its decoders read.
@Suite struct ToolkitDescriptionTests {
    let feature = ToolkitFeature()

    @Test func theSettingsDescribeEveryKeyOfToolkitInSiteYmlAndBuurtYml() throws {
        #expect(feature.settings.map(\.file) == [.site, .buurt])
        #expect(feature.settings.map(\.key) == ["toolkit", "toolkit"])
        let site = try #require(feature.settings.first { $0.file == .site })
        #expect(site.fields.map(\.name).sorted() == ToolkitSettings.CodingKeys.allCases.map(\.stringValue).sorted())
        let buurt = try #require(feature.settings.first { $0.file == .buurt })
        #expect(
            buurt.fields.map(\.name).sorted() == BuurtToolkitSettings.CodingKeys.allCases.map(\.stringValue).sorted())
        #expect((site.fields + buurt.fields).allSatisfy { !$0.required }, "every setting has a default")
    }

    @Test func anArticleDescribesEveryKeyOfItsFrontMatter() throws {
        let article = try #require(feature.contentKinds.first)
        #expect(feature.contentKinds.map(\.name) == ["article"])
        #expect(article.folder == "toolkit")
        #expect(
            article.fields.map(\.name).sorted() == ArticleFrontMatter.CodingKeys.allCases.map(\.stringValue).sorted())
        let kinds = Dictionary(uniqueKeysWithValues: article.fields.map { ($0.name, $0.kind) })
        #expect(kinds["date"] == .date && kinds["draft"] == .flag && kinds["order"] == .number)
        #expect(kinds["source"] == .text && kinds["slug"] == .text && kinds["attachments"] == .list)
    }

    /// A field is described as required exactly when front matter without it cannot be decoded.
    @Test func anArticlesRequiredFieldsAreThoseItCannotDoWithout() throws {
        let article = try #require(feature.contentKinds.first)
        let lines = ["title: Liftkoffie", "topic: ontmoeten", "summary: Buren bij de lift.", "date: 2026-05-12"]
        let complete = try parse(lines.joined(separator: "\n"), file: "a.md")
        #expect((try? YAMLDecoder().decode(ArticleFrontMatter.self, from: complete)) != nil)
        for field in article.fields {
            let without = lines.filter { !$0.hasPrefix(field.name + ":") }.joined(separator: "\n")
            let decodes =
                (try? YAMLDecoder().decode(ArticleFrontMatter.self, from: parse(without, file: "a.md"))) != nil
            #expect(decodes != field.required, "\(field.name)")
        }
        #expect(article.fields.filter(\.required).map(\.name).sorted() == ["date", "summary", "title", "topic"])
    }
}
