import BuurtCore
import YAML

/// A value of one of the municipality's shared lists (`categories:`, `audiences:` in site.yml) with the label
/// people see: `{value: zorg, label: Zorg en gezondheid}`. Every feature that sorts its items by topic or by
/// who they are for uses the same lists, so a resident finds the same words everywhere.
public struct Term: Decodable, Hashable, Sendable {
    /// Slug used in front matter and URLs.
    public var value: String
    public var label: String
    /// What the term covers, in a sentence: "Hulp bij ziekte, beperking en gezond leven." Open data gives every
    /// term a description (Open Referral HSDS requires one).
    public var description: String?

    public init(value: String, label: String, description: String? = nil) {
        self.value = value
        self.label = label
        self.description = description
    }
}

/// Which buurten a municipality-wide item serves (`serves:` in its front matter): every buurt, or those named
/// by folder name or CBS buurtcode. An item in a buurt's own folder serves that buurt only.
public enum Serves: Hashable, Sendable {
    /// Every buurt (the default).
    case all
    /// These buurt slugs and/or CBS buurtcodes.
    case only([String])

    /// Reads the `serves:` value of an item's front matter (nil or null: not given). `ownBuurt` is the buurt whose
    /// folder holds the item (nil: the municipality's folder); `folder` is the feature's content folder and `item`
    /// what one file of it is, both named in the messages ("agenda", "event"). Names are checked against the
    /// buurten later, with `problems(among:node:file:)`, once every buurt is known.
    public static func read(_ node: YAMLNode?, ownBuurt: String?, folder: String, item: String)
        -> (serves: Serves, problems: [Diagnostic])
    {
        guard let node, !node.isNull else { return (.all, []) }
        let path: NodePath = [.key("serves")]
        if let ownBuurt {
            let problem = Diagnostic.error(
                at: node.location, path.message("'serves' cannot be used in a buurt's own \(folder) folder"),
                hint:
                    "this \(item) is only for \(ownBuurt); move it to content/\(folder)/ to let it serve other buurten")
            return (.all, [problem])
        }
        if node.string == "all" { return (.all, []) }
        guard let items = node.sequence else {
            let found = node.scalar.map { "'\($0)'" } ?? "a mapping"
            let problem = Diagnostic.error(
                at: node.location, path.message("expected 'all' or a list of buurten, found \(found)"),
                hint: "write 'serves: all' or 'serves: [molenkamp, BU09990101]'")
            return (.all, [problem])
        }
        var names: [String] = []
        var problems: [Diagnostic] = []
        for (index, value) in items.enumerated() {
            guard let text = value.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                problems.append(
                    .error(
                        at: value.location, (path + [.index(index)]).message("expected a buurt slug or CBS buurtcode"),
                        hint: "write the buurt's folder name (molenkamp) or its CBS code (BU09990101)"))
                continue
            }
            if !names.contains(text) { names.append(text) }
        }
        if items.isEmpty {
            problems.append(
                .error(
                    at: node.location,
                    path.message("'serves' is an empty list: the \(item) would be shown nowhere"),
                    hint: "write 'serves: all', list buurten, or leave 'serves' out"))
        }
        return (.only(names), problems)
    }

    /// Slugs of the buurten (of `buurten`, in their order) whose sites show an item of `ownBuurt` (nil: the whole
    /// municipality) with this rule.
    public func buurten(among buurten: [Buurt], ownBuurt: String?) -> [String] {
        if let ownBuurt { return buurten.contains { $0.slug == ownBuurt } ? [ownBuurt] : [] }
        switch self {
        case .all:
            return buurten.map(\.slug)
        case .only(let names):
            let codes = Set(names.filter(Serves.looksLikeCBSCode).map { $0.uppercased() })
            let slugs = Set(names)
            return buurten.filter { slugs.contains($0.slug) || $0.config.cbsCodes.contains(where: codes.contains) }
                .map(\.slug)
        }
    }

    /// Every name that is no buurt's folder and no buurt's CBS buurtcode, at its place in the `serves:` node.
    public func problems(among buurten: [Buurt], node: YAMLNode?, file: String) -> [Diagnostic] {
        guard case .only(let names) = self else { return [] }
        let slugs = buurten.map(\.slug)
        var problems: [Diagnostic] = []
        for (index, name) in names.enumerated() {
            let at = node?[index]?.location ?? node?.location ?? SourceLocation(file: file)
            let path: NodePath = [.key("serves"), .index(index)]
            if Serves.looksLikeCBSCode(name) {
                let code = name.uppercased()
                if !buurten.contains(where: { $0.config.cbsCodes.contains(code) }) {
                    let codes = buurten.flatMap(\.config.cbsCodes)
                    problems.append(
                        .error(
                            at: at,
                            path.message("no buurt has CBS buurtcode '\(name)'")
                                + Suggestion.didYouMean(code, among: codes),
                            hint: "use a code from cbs_codes in a buurt's buurt.yml, or the buurt's folder name"))
                }
            } else if !slugs.contains(name) {
                problems.append(
                    .error(
                        at: at,
                        path.message("unknown buurt '\(name)'")
                            + Suggestion.didYouMean(Slug.make(from: name), among: slugs),
                        hint: slugs.isEmpty
                            ? "there are no buurten in content/buurten/ yet"
                            : "use a folder name from content/buurten/: " + slugs.joined(separator: ", ")))
            }
        }
        return problems
    }

    /// "BU" and eight digits (any case).
    public static func looksLikeCBSCode(_ text: String) -> Bool {
        text.count == 10 && text.uppercased().hasPrefix("BU")
            && text.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber }
    }
}
