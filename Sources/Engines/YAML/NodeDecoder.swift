import BuurtCore

/// A `Decoder` for one node. Types decode through `decode(_:)`, which picks scalars, collections or `init(from:)`.
///
/// To report every problem, not just the first: when a key's value fails, `init(from:)` is run again with a
/// stand-in value for that key, until it finishes or fails at a key it cannot step over. Only failures that
/// escape `init(from:)` count, so a type that tries alternatives with `try?` is not blamed for the ones it discards.
final class NodeDecoder: Decoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    /// What the caller of YAMLDecoder handed down (`YAMLDecoder.userInfo`), the same for every node.
    let sendableUserInfo: [CodingUserInfoKey: any Sendable]
    var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }
    /// A phantom decoder stands for a missing or broken mapping: every key is absent and every value a stand-in.
    /// It only manufactures stand-in values for types that have no obvious empty value; it never reports anything.
    let phantomDepth: Int?

    // Per run of init(from:): which keys the type asked for, in the order it asked.
    /// The keys `init(from:)` asked for, in order; few per type, so a list beats a set here.
    private(set) var askedKeys: [String] = []
    var acceptsAnyKey = false
    var usedKeyedContainer = false
    var nestedDecoders: [NodeDecoder] = []
    /// Stand-ins for keys whose values failed in an earlier run.
    var substitutes: [String: Any] = [:]
    private var keyIndex: [String: Int]?

    init(
        node: YAMLNode, codingPath: [any CodingKey], phantomDepth: Int? = nil,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) {
        self.node = node
        self.codingPath = codingPath
        self.phantomDepth = phantomDepth
        self.sendableUserInfo = userInfo
    }

    var path: NodePath { codingPath.nodePath }

    func child(_ node: YAMLNode, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(
            node: node, codingPath: codingPath + [key], phantomDepth: phantomDepth.map { $0 + 1 },
            userInfo: sendableUserInfo)
    }

    // MARK: Decoding a value

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == YAMLNode.self { return node as! T }
        if phantomDepth != nil, let standIn = StandIn.empty(T.self) { return standIn }
        if let value = try decodeScalar(T.self) { return value }
        if let collection = T.self as? any YAMLCollectionDecodable.Type {
            return try collection.decodeCollection(from: self) as! T
        }
        if phantomDepth != nil { return try T(from: self) }
        return try decodeWithInit(T.self)
    }

    /// A value to stand in for a failed `T` here: an empty value, or `T` built from a phantom mapping.
    func standIn<T: Decodable>(_ type: T.Type) -> T? {
        if let empty = StandIn.empty(T.self) { return empty }
        let depth = (phantomDepth ?? 0) + 1
        // Recursive types could build phantoms forever (or for very long).
        guard depth <= 8 else { return nil }
        let phantom = NodeDecoder(
            node: YAMLNode(.mapping([]), at: node.location), codingPath: codingPath,
            phantomDepth: depth, userInfo: sendableUserInfo)
        return try? T(from: phantom)
    }

    private func decodeWithInit<T: Decodable>(_ type: T.Type) throws -> T {
        var diagnostics: [Diagnostic] = []
        var missingKeyDiagnostics: [Int] = []
        while true {
            beginRun()
            let value: T
            do {
                value = try T(from: self)
            } catch let failure as DecodeFailure {
                let first = diagnostics.count
                diagnostics += failure.diagnostics
                if failure.owner == ObjectIdentifier(self), let key = failure.key, substitutes[key] == nil,
                    let substitute = failure.substitute
                {
                    if failure.isMissingKey { missingKeyDiagnostics += first..<diagnostics.count }
                    substitutes[key] = substitute
                    continue
                }
                throw DecodeFailure(enumDiagnostics(T.self, diagnostics), substitute: standIn(T.self))
            } catch {
                // In a re-run, stand-in values may trip the type's own checks; such errors would mislead.
                if substitutes.isEmpty { diagnostics += diagnosticsForThrown(error) }
                throw DecodeFailure(enumDiagnostics(T.self, diagnostics), substitute: standIn(T.self))
            }
            // init(from:) finished, so it has asked for every key it wants: the others are unknown.
            if !missingKeyDiagnostics.isEmpty {
                let hint = knownKeysHint
                for index in missingKeyDiagnostics { diagnostics[index].hint = hint }
            }
            diagnostics += unknownKeyDiagnostics()
            if diagnostics.isEmpty { return value }
            throw DecodeFailure(diagnostics, substitute: value)
        }
    }

    private func beginRun() {
        askedKeys = []
        acceptsAnyKey = false
        usedKeyedContainer = false
        nestedDecoders = []
    }

    // MARK: Keys

    func ask(_ key: String) {
        if !askedKeys.contains(key) { askedKeys.append(key) }
    }

    func value(for key: String) -> YAMLNode? {
        guard case .mapping(let entries) = node.kind else { return nil }
        // A scan beats hashing for the few keys most mappings have.
        if entries.count <= 12 {
            return entries.first { $0.key.scalar == key }?.value
        }
        if keyIndex == nil {
            var index: [String: Int] = [:]
            for (position, entry) in entries.enumerated() { index[entry.key.scalar ?? ""] = position }
            keyIndex = index
        }
        return keyIndex?[key].map { entries[$0].value }
    }

    func missingKey(_ key: String, substitute: Any?) -> DecodeFailure {
        let failure = DecodeFailure(
            [.error(at: node.location, path.message("missing required key '\(key)'"))],
            substitute: substitute)
        failure.isMissingKey = true
        return tag(failure, key: key, fallback: nil)
    }

    /// Marks a failure as coming from `key` of this decoder's mapping, so that a re-run can step over it.
    func tag(_ failure: DecodeFailure, key: String, fallback: @autoclosure () -> Any?) -> DecodeFailure {
        failure.key = key
        failure.owner = ObjectIdentifier(self)
        if failure.substitute == nil { failure.substitute = fallback() }
        return failure
    }

    private var knownKeysHint: String? {
        guard !askedKeys.isEmpty else { return nil }
        let shown = askedKeys.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
        return "keys allowed here: " + shown + (askedKeys.count > 20 ? ", …" : "")
    }

    private func unknownKeyDiagnostics() -> [Diagnostic] {
        var result: [Diagnostic] = []
        if usedKeyedContainer && !acceptsAnyKey, case .mapping(let entries) = node.kind {
            lazy var hint = knownKeysHint
            for entry in entries {
                let name = entry.key.scalar ?? ""
                guard !askedKeys.contains(name) else { continue }
                let message = "unknown key '\(name)'" + Suggestion.didYouMean(name, among: askedKeys)
                result.append(.error(at: entry.key.location, path.message(message), hint: hint))
            }
        }
        for nested in nestedDecoders { result += nested.unknownKeyDiagnostics() }
        return result
    }

    // MARK: Errors

    func failure(_ message: String, hint: String? = nil, substitute: Any?) -> DecodeFailure {
        DecodeFailure([.error(at: node.location, path.message(message), hint: hint)], substitute: substitute)
    }

    /// Errors thrown by a type's own `init(from:)`, placed at the node they point to.
    private func diagnosticsForThrown(_ error: any Error) -> [Diagnostic] {
        switch error {
        case var diagnostic as Diagnostic:
            if diagnostic.location == nil { diagnostic.location = node.location }
            return [diagnostic]
        case let list as DiagnosticList:
            return list.diagnostics
        case let error as DecodingError:
            let context: DecodingError.Context
            var message: String
            switch error {
            case .dataCorrupted(let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
                context = c
                message = c.debugDescription
            case .keyNotFound(let key, let c):
                context = c
                message = "missing required key '\(key.stringValue)'"
            @unknown default:
                return [.error(at: node.location, path.message("\(error)"))]
            }
            let (target, targetPath) = locate(context.codingPath)
            // The standard library's message for a raw value that matches no case.
            if message.hasPrefix("Cannot initialize ") || message.isEmpty {
                message = "not an allowed value: \(target.foundDescription)"
            }
            return [.error(at: target.location, targetPath.message(message))]
        default:
            return [.error(at: node.location, path.message("\(error)"))]
        }
    }

    /// The node a thrown error's coding path leads to (as far as it exists) and its path.
    private func locate(_ path: [any CodingKey]) -> (YAMLNode, NodePath) {
        var target = node
        var located = self.path
        guard path.count > codingPath.count else { return (target, located) }
        for key in path[codingPath.count...] {
            let next: YAMLNode?
            switch target.kind {
            case .mapping: next = target[key.stringValue]
            case .sequence: next = key.intValue.flatMap { target[$0] }
            case .scalar: next = nil
            }
            guard let next else { break }
            target = next
            located = located + [key].nodePath
        }
        return (target, located)
    }

    /// For an enum of choices, one clear message instead of whatever its `init(from:)` said about this node.
    private func enumDiagnostics<T>(_ type: T.Type, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard substitutes.isEmpty, !usedKeyedContainer, let choices = StandIn.choices(T.self),
            diagnostics.allSatisfy({ $0.location == node.location })
        else { return diagnostics }
        let listed = choices.map { "'\($0)'" }.joined(separator: ", ")
        var message = "expected one of \(listed), found \(node.foundDescription)"
        if let text = node.string { message += Suggestion.didYouMean(text, among: choices) }
        return [.error(at: node.location, path.message(message))]
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let entries) = node.kind else {
            let hint =
                node.scalar != nil && !node.isNull
                ? "write the settings as 'key: value' lines, indented below the key" : nil
            throw failure("expected a mapping, found \(node.foundDescription)", hint: hint, substitute: nil)
        }
        usedKeyedContainer = true
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, entries: entries))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        if phantomDepth != nil { return UnkeyedContainer(decoder: self, items: []) }
        guard case .sequence(let items) = node.kind else {
            throw failure(
                "expected a list, found \(node.foundDescription)", hint: StandIn.listHint(for: node), substitute: nil)
        }
        return UnkeyedContainer(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }
}
