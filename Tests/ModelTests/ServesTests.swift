import BuurtCore
import Model
import Testing
import YAML

/// `serves:` read from any feature's front matter, then checked against the buurten.
@Suite struct ServesTests {
    /// The `serves:` node of a front matter with these lines, read as an agenda event would be.
    func read(_ yaml: String, ownBuurt: String? = nil) throws -> (serves: Serves, problems: [String]) {
        let node = try #require(try YAMLParser.parse("title: Buurtfeest\n" + yaml, file: "event.md", lineOffset: 1))
        let (serves, problems) = Serves.read(node["serves"], ownBuurt: ownBuurt, folder: "agenda", item: "event")
        return (serves, problems.map { "\($0.location.map(\.description) ?? "-"): \($0.message) | \($0.hint ?? "")" })
    }

    func buurt(_ slug: String, codes: [String]) throws -> Buurt {
        let yaml = """
            name: \(slug)
            tagline: Buren
            base_url: https://test.nl/\(slug)/
            cbs_codes: [\(codes.joined(separator: ", "))]
            """
        let node = try #require(try YAMLParser.parse(yaml, file: "content/buurten/\(slug)/buurt.yml"))
        let config = try YAMLDecoder().decode(BuurtConfig.self, from: node)
        return Buurt(slug: slug, folder: "content/buurten/\(slug)", config: config, configNode: node)
    }

    @Test func absentOrAllServesEveryBuurtAndAListIsTrimmedWithoutRepeats() throws {
        #expect(try read("").serves == .all)
        #expect(try read("serves:").serves == .all)
        #expect(try read("serves: all").serves == .all)
        let listed = try read("serves: [noord, ' BU00010001 ', noord]")
        #expect(listed.serves == .only(["noord", "BU00010001"]))
        #expect(listed.problems == [])
        #expect(Serves.read(nil, ownBuurt: "noord", folder: "agenda", item: "event").problems.isEmpty)
    }

    @Test func aWrongValueIsReportedAtItsPlaceWithTheFeaturesWords() throws {
        #expect(
            try read("serves: all", ownBuurt: "noord").problems == [
                "event.md:3:9: serves: 'serves' cannot be used in a buurt's own agenda folder | this event is only "
                    + "for noord; move it to content/agenda/ to let it serve other buurten"
            ])
        #expect(
            try read("serves: []").problems == [
                "event.md:3:9: serves: 'serves' is an empty list: the event would be shown nowhere | write "
                    + "'serves: all', list buurten, or leave 'serves' out"
            ])
        #expect(
            try read("serves: noord").problems == [
                "event.md:3:9: serves: expected 'all' or a list of buurten, found 'noord' | write 'serves: all' or "
                    + "'serves: [molenkamp, BU09990101]'"
            ])
        #expect(try read("serves: {noord: ja}").problems.first?.contains("found a mapping") == true)
        let items = try read("serves:\n  - noord\n  - ''\n  - [zuid]\n")
        #expect(items.serves == .only(["noord"]))
        #expect(
            items.problems == [
                "event.md:5:5: serves[2]: expected a buurt slug or CBS buurtcode | write the buurt's folder name "
                    + "(molenkamp) or its CBS code (BU09990101)",
                "event.md:6:5: serves[3]: expected a buurt slug or CBS buurtcode | write the buurt's folder name "
                    + "(molenkamp) or its CBS code (BU09990101)",
            ])
    }

    @Test func whatWasReadIsCheckedAgainstTheBuurten() throws {
        let buurten = [try buurt("noord", codes: ["BU00010001"]), try buurt("zuid", codes: ["BU00010002"])]
        let node = try #require(
            try YAMLParser.parse("serves: [bu00010002, nord, BU00010009]", file: "event.md", lineOffset: 1))
        let (serves, problems) = Serves.read(node["serves"], ownBuurt: nil, folder: "agenda", item: "event")
        #expect(problems.isEmpty)
        #expect(serves.buurten(among: buurten, ownBuurt: nil) == ["zuid"])
        #expect(
            serves.problems(among: buurten, node: node["serves"], file: "event.md").map {
                "\($0.location.map(\.description) ?? "-"): \($0.message)"
            } == [
                "event.md:2:22: serves[2]: unknown buurt 'nord' (did you mean 'noord'?)",
                "event.md:2:28: serves[3]: no buurt has CBS buurtcode 'BU00010009' (did you mean 'BU00010001'?)",
            ])
        #expect(Serves.all.buurten(among: buurten, ownBuurt: "noord") == ["noord"])
    }
}
