import Site
import Testing

@testable import Kaart

/// The fields that `KaartFeature` describes for schemas and editors are exactly those its decoders read.
@Suite struct KaartDescriptionTests {
    let feature = KaartFeature()

    @Test func theSettingsDescribeEveryKeyOfKaartInSiteYmlButTheMovedLists() throws {
        #expect(feature.settings.map(\.file) == [.site])
        let settings = try #require(feature.settings.first)
        #expect(settings.key == "kaart")
        let moved = KaartSettings.movedKeys.map(\.stringValue)
        #expect(moved == ["categories", "audiences"])
        let read = KaartSettings.CodingKeys.allCases.map(\.stringValue).filter { !moved.contains($0) }
        #expect(settings.fields.map(\.name).sorted() == read.sorted())
        #expect(settings.fields.allSatisfy { !$0.required }, "every setting has a default")
    }

    @Test func anEntryDescribesEveryKeyOfItsFrontMatter() throws {
        let entry = try #require(feature.contentKinds.first)
        #expect(feature.contentKinds.map(\.name) == ["entry"])
        #expect(entry.folder == "kaart")
        #expect(
            entry.fields.map(\.name).sorted() == KaartFrontMatter.CodingKeys.allCases.map(\.stringValue).sorted())
        let kinds = Dictionary(uniqueKeysWithValues: entry.fields.map { ($0.name, $0.kind) })
        #expect(kinds["reviewed"] == .date && kinds["draft"] == .flag && kinds["closed"] == .list)
        #expect(kinds["organization"] == .mapping && kinds["contact"] == .mapping && kinds["hours_note"] == .text)
    }

    /// A field is described as required exactly when an entry without it is refused for missing it.
    @Test func anEntrysRequiredFieldsAreThoseItCannotDoWithout() throws {
        let entry = try #require(feature.contentKinds.first)
        for field in entry.fields {
            let missing = entryProblems("", without: [field.name]).contains {
                $0.hasSuffix("missing required key '\(field.name)'")
            }
            #expect(missing == field.required, "\(field.name)")
        }
        #expect(
            entry.fields.filter(\.required).map(\.name).sorted()
                == ["categories", "kind", "name", "organization", "owner", "reviewed", "summary"])
    }
}
