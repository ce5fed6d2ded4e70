import BuurtCore
import Model
import Site

/// The order features load in: every feature after the features it depends on, otherwise as registered.
enum FeatureOrder {
    static func sorted(_ features: [any SiteFeature], diagnostics: DiagnosticCollector) -> [any SiteFeature] {
        let keys = features.map(\.key)
        var ordered: [any SiteFeature] = []
        var placed = Set<String>()
        // A second feature with a key already taken is left out (reported above).
        var remaining = features.filter { feature in placed.insert(feature.key).inserted }
        placed = []
        var seen = Set<String>()
        let taken = Set(MunicipalityConfig.ownKeys + BuurtConfig.ownKeys + ContentLayout.ownContentFolders)
        for feature in features {
            if !seen.insert(feature.key).inserted {
                diagnostics.add(
                    .error(
                        at: nil, "two features have the key '\(feature.key)'",
                        hint: "a feature's key names its section of site.yml and its content folders: give each its own"
                    ))
            }
            if taken.contains(feature.key) {
                diagnostics.add(
                    .error(
                        at: nil,
                        "feature key '\(feature.key)' is a key of site.yml or buurt.yml, or a folder of content/",
                        hint: "choose another key for the feature"))
            }
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
