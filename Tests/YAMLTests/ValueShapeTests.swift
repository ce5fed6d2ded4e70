import BuurtCalendar
import BuurtCore
import Foundation
import Testing

@testable import YAML

private enum Season: String, Decodable, CaseIterable { case spring, summer }

private struct Place: Decodable {
    let name: String
    let latitude: Double?
}

private struct Event: Decodable {
    let title: String
    let date: Day
    let season: Season?
    let places: [Place]?
    let tokens: [String: String]?
    let groups: [[String]]?
    let extra: YAMLNode?
    let link: URL?
    let count: Int?
}

/// Asks for a key with `contains` only, to report it, as the kaart does for settings that moved.
private struct Moved: Decodable {
    let name: String?

    enum CodingKeys: String, CodingKey { case name, old }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.old) {
            throw DecodingError.dataCorruptedError(forKey: .old, in: container, debugDescription: "moved")
        }
        name = try container.decodeIfPresent(String.self, forKey: .name)
    }
}

/// Refuses the empty values a probe hands it, as a type with its own checks may.
private struct Picky: Decodable {
    let code: String

    init(from decoder: any Decoder) throws {
        code = try decoder.singleValueContainer().decode(String.self)
        if code.isEmpty { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "empty")) }
    }
}

private struct Holder: Decodable {
    let before: String
    let picky: Picky?
    let after: Int
}

/// The shape a type's own `init(from:)` reads: what the schemas of `buurtsite schema` are made of.
@Suite struct ValueShapeTests {
    @Test func aMappingListsItsKeysInOrderRequiredOrNotWithTheirKinds() {
        #expect(
            ValueShape.of(Event.self)
                == .mapping([
                    ShapeField("title", .text, required: true), ShapeField("date", .day, required: true),
                    ShapeField("season", .choices(["spring", "summer"])),
                    ShapeField(
                        "places",
                        .list(.mapping([ShapeField("name", .text, required: true), ShapeField("latitude", .number)]))),
                    ShapeField("tokens", .dictionary(.text)), ShapeField("groups", .list(.list(.text))),
                    ShapeField("extra", .node), ShapeField("link", .url), ShapeField("count", .integer),
                ]))
    }

    @Test func aKeyOnlyTestedWithContainsIsNoField() {
        #expect(ValueShape.of(Moved.self) == .mapping([ShapeField("name", .text)]))
    }

    @Test func aTypeThatRefusesEmptyValuesStillGivesItsShapeAndTheKeysAfterIt() {
        #expect(
            ValueShape.of(Holder.self)
                == .mapping([
                    ShapeField("before", .text, required: true), ShapeField("picky", .text),
                    ShapeField("after", .integer, required: true),
                ]))
    }

    /// The decoder accepts a document with every key of the shape, and calls any other key unknown.
    @Test func theDecoderAcceptsEveryKeyOfTheShapeAndNoOther() {
        let fields = ValueShape.of(Event.self).fields.map(\.name)
        let values = [
            "title": "Markt", "date": "2026-05-01", "season": "spring", "places": "[{name: Plein, latitude: 52.1}]",
            "tokens": "{a: b}", "groups": "[[a, b]]", "extra": "x", "link": "https://example.org", "count": "3",
        ]
        #expect(Set(values.keys) == Set(fields))
        let document = fields.map { "\($0): \(values[$0]!)" }.joined(separator: "\n")
        #expect(problems(Event.self, document) == [])
        #expect(problems(Event.self, document + "\ncolour: red") == ["10:1: unknown key 'colour'"])
    }
}
