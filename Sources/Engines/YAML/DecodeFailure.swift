import BuurtCore

/// What travels up through `init(from:)` calls when decoding fails: all problems found so far.
/// Internal only; `YAMLDecoder` turns it into a `DiagnosticList`.
final class DecodeFailure: Error, @unchecked Sendable {
    // @unchecked: it is created, tagged and caught on one thread, inside one decode call.
    var diagnostics: [Diagnostic]
    /// A stand-in value of the requested type, so that the parent can carry on and find more problems.
    /// Never handed to callers: a decode that records any diagnostic throws.
    var substitute: Any?
    /// Set by the keyed container that asked: which key of its mapping failed, and whose mapping that is.
    var key: String?
    var owner: ObjectIdentifier?
    var isMissingKey = false

    init(_ diagnostics: [Diagnostic], substitute: Any?) {
        self.diagnostics = diagnostics
        self.substitute = substitute
    }
}

/// Coding keys this decoder makes itself: list positions and dictionary keys.
struct YAMLKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    /// Only our own list positions count as indexes in key paths; an `Int` dictionary key is shown as a key.
    let isIndex: Bool

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
        self.isIndex = false
    }

    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
        self.isIndex = false
    }

    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
        self.isIndex = true
    }
}

extension Array where Element == any CodingKey {
    var nodePath: NodePath {
        NodePath(
            map { key -> NodePath.Component in
                if let key = key as? YAMLKey, key.isIndex, let index = key.intValue { return .index(index) }
                return .key(key.stringValue)
            })
    }
}
