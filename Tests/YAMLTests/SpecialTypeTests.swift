import BuurtCalendar
import BuurtCore
import Foundation
import Testing

@testable import YAML

private enum Kind: String, Decodable, CaseIterable {
    case park, plein, straat
}

private struct Place: Decodable {
    let kind: Kind
    let website: URL?
}

private struct Theme: Decodable {
    let name: String
    let tokens: YAMLNode
}

/// A type with its own checks, as the Content module might write.
private struct Opening: Decodable {
    let from: Int
    let until: Int

    enum CodingKeys: String, CodingKey { case from, until }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        from = try container.decode(Int.self, forKey: .from)
        until = try container.decode(Int.self, forKey: .until)
        guard until > from else {
            throw DecodingError.dataCorruptedError(
                forKey: .until, in: container, debugDescription: "closing time must be after opening time")
        }
    }
}

/// "One author or a list of them": tries alternatives with try?, which must not be reported.
private struct Authors: Decodable {
    let names: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            names = [one]
        } else {
            names = try container.decode([String].self)
        }
    }
}

private struct Article: Decodable {
    let authors: Authors
    let title: String
}

@Suite struct SpecialTypeTests {
    @Test func enumErrorListsTheAllowedValues() {
        #expect(
            problems(Place.self, "kind: parc") == [
                "1:7: kind: expected one of 'park', 'plein', 'straat', found 'parc' (did you mean 'park'?)"
            ])
        #expect(
            problems(Place.self, "kind: [park]") == [
                "1:7: kind: expected one of 'park', 'plein', 'straat', found a list"
            ])
    }

    @Test func urlMustParse() throws {
        let place = try YAMLDecoder().decode(
            Place.self, from: "kind: park\nwebsite: https://example.nl/park", file: "t.yml")
        #expect(place.website?.host == "example.nl")
        #expect(
            problems(Place.self, "kind: park\nwebsite: 'http://a b'") == [
                "2:10: website: not a valid web address (URL): 'http://a b'"
            ])
    }

    @Test func rawNodesAreHandedOverUnchecked() throws {
        let theme = try YAMLDecoder().decode(
            Theme.self,
            from: """
                name: Stads
                tokens:
                  kleur: {primair: "#005a9c", wat-dan-ook: 1}
                """, file: "t.yml")
        #expect(theme.tokens["kleur"]?["primair"]?.string == "#005a9c")
        #expect(theme.tokens.location.line == 3)
    }

    @Test func dictionariesDecodeEveryEntry() throws {
        let links = try YAMLDecoder().decode(
            [String: URL].self, from: "gemeente: https://example.nl\nover ons: /over-ons", file: "t.yml")
        #expect(links["over ons"]?.path == "/over-ons")
        #expect(
            problems([String: Int].self, "a: 1\nb: x\nc: y") == [
                "2:4: b: expected a whole number, found 'x'",
                "3:4: c: expected a whole number, found 'y'",
            ])
    }

    @Test func errorsThrownByATypeArePlacedAtTheirNode() {
        #expect(
            problems([Opening].self, "- from: 9\n  until: 17\n- from: 13\n  until: 12\n")
                == ["4:10: [2].until: closing time must be after opening time"])
    }

    @Test func alternativesTriedWithTryAreNotReported() throws {
        let one = try YAMLDecoder().decode(Article.self, from: "authors: Anna\ntitle: x", file: "t.yml")
        #expect(one.authors.names == ["Anna"])
        let two = try YAMLDecoder().decode(Article.self, from: "authors: [Anna, Bram]\ntitle: x", file: "t.yml")
        #expect(two.authors.names == ["Anna", "Bram"])
        #expect(
            problems(Article.self, "authors: {naam: Anna}\ntitl: x") == [
                "1:1: missing required key 'title'",
                "1:10: authors: expected a list, found a mapping",
                "2:1: unknown key 'titl' (did you mean 'title'?)",
            ])
    }

    @Test func dateFieldsUseDay() throws {
        struct Event: Decodable { let on: Day }
        let event = try YAMLDecoder().decode(Event.self, from: "on: 2026-03-03", file: "t.yml")
        #expect(event.on == Day(year: 2026, month: 3, day: 3))
        #expect(problems(Event.self, "on: 2026-02-30") == ["1:5: on: not a date: '2026-02-30', expected YYYY-MM-DD"])
        #expect(hints(Event.self, "on: 2026-02-30") == ["February 2026 has 28 days"])
        // The Dutch order, day first, is turned round in the hint; the day itself is still checked.
        #expect(problems(Event.self, "on: 14-03-2026") == ["1:5: on: not a date: '14-03-2026', expected YYYY-MM-DD"])
        #expect(hints(Event.self, "on: 14-03-2026") == ["write the year first: 2026-03-14"])
        #expect(
            hints(Event.self, "on: 31-02-2026") == ["write the year first: 2026-02-31; but February 2026 has 28 days"])
        #expect(problems(Event.self, "on: 3 maart") == ["1:5: on: not a date: '3 maart', expected YYYY-MM-DD"])
        #expect(problems(Event.self, "on:") == ["1:4: on: expected a date (YYYY-MM-DD), found empty value"])
    }

    @Test func decodesInParallel() async throws {
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let page = try YAMLDecoder().decode(
                        Place.self, from: "kind: park\nwebsite: https://example.nl/\(index)", file: "\(index).yml")
                    return Int(page.website!.lastPathComponent)!
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<200))
    }
}
