import BuurtCore
import Site

/// The order features load in: every feature after the features it depends on, otherwise as registered.
enum FeatureOrder {
    static func sorted(_ features: [any SiteFeature], diagnostics: DiagnosticCollector) -> [any SiteFeature] {
        let keys = features.map(\.key)
        var ordered: [any SiteFeature] = []
        var placed = Set<String>()
        var remaining = features
        for feature in features {
            for dependency in feature.dependencies where !keys.contains(dependency) {
                diagnostics.add(
                    .error(
                        at: nil,
                        "feature '\(feature.key)' needs feature '\(dependency)', which is not registered"
                            + Suggestion.didYouMean(dependency, among: keys),
                        hint: "add it to Features.all in Sources/Features/Registry"))
            }
        }
        while !remaining.isEmpty {
            guard
                let next = remaining.firstIndex(where: {
                    $0.dependencies.allSatisfy { placed.contains($0) || !keys.contains($0) }
                })
            else {
                diagnostics.add(
                    .error(
                        at: nil,
                        "features depend on each other in a circle: "
                            + remaining.map(\.key).joined(separator: ", "),
                        hint: "a feature may only depend on features that do not depend on it"))
                return ordered
            }
            let feature = remaining.remove(at: next)
            placed.insert(feature.key)
            ordered.append(feature)
        }
        return ordered
    }
}
