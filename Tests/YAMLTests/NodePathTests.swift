import BuurtCore
import Testing
import YAML  // not @testable: NodePath is public API for features' own checks

@Suite struct NodePathTests {
    @Test func describesKeysAndOneBasedPositions() {
        let path: NodePath = [.key("schedules"), .index(1), .key("opens_at")]
        #expect(path.description == "schedules[2].opens_at")
        #expect("\(path)" == "schedules[2].opens_at")
        #expect(NodePath([.index(0), .index(2)]).description == "[1][3]")
        #expect(([] as NodePath).description == "")
    }

    @Test func messagesArePrefixedWithThePathExceptAtTheTop() {
        let path: NodePath = [.key("contact"), .key("phone")]
        #expect(path.message("'12' is not a Dutch phone number") == "contact.phone: '12' is not a Dutch phone number")
        #expect(([] as NodePath).message("missing required key 'name'") == "missing required key 'name'")
    }

    @Test func buildsUpByAppendingAndAdding() {
        var path: NodePath = [.key("locations")]
        path.append(.index(0))
        #expect(path + [.key("postcode")] == [.key("locations"), .index(0), .key("postcode")])
        #expect(path.components == [.key("locations"), .index(0)])
        #expect(!path.isEmpty && ([] as NodePath).isEmpty)
    }

    @Test func findsTheNodeOrTheDeepestOneThatExists() throws {
        let node = try #require(
            try YAMLParser.parse(
                """
                name: Taalcafé
                locations:
                  - name: Buurthuis
                    postcode: 9999 AB
                """, file: "t.yml"))
        let postcode = node.node(at: [.key("locations"), .index(0), .key("postcode")])
        #expect(postcode.string == "9999 AB")
        #expect(postcode.location == SourceLocation(file: "t.yml", line: 4, column: 15))
        // A missing key or position stops at the mapping or list that should hold it.
        #expect(node.node(at: [.key("locations"), .index(0), .key("place")]).location.line == 3)
        #expect(node.node(at: [.key("locations"), .index(3), .key("name")]).location.line == 3)
        #expect(node.node(at: [.key("name"), .key("first")]).string == "Taalcafé")
        #expect(node.node(at: []).location.line == 1)
    }
}
