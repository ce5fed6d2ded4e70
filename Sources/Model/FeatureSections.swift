import YAML

/// The sections of site.yml and buurt.yml that belong to features, named by their keys. The model does not
/// know the features; the pipeline hands their keys to the decoder, so that these keys are allowed (not
/// "unknown") and offered in "did you mean", while each feature decodes its own section from the node.
public enum FeatureSections {
    /// `YAMLDecoder.userInfo` key under which the feature keys (`[String]`) are handed down.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "buurtsite.featureSections")!

    /// A decoder for site.yml or buurt.yml that allows the sections of these features.
    public static func decoder(allowing keys: [String]) -> YAMLDecoder {
        YAMLDecoder(userInfo: [userInfoKey: keys])
    }

    /// Marks the feature keys as known in the mapping `decoder` reads, in the order the features are registered.
    static func accept(in decoder: any Decoder) throws {
        guard let keys = decoder.userInfo[userInfoKey] as? [String], !keys.isEmpty else { return }
        let container = try decoder.container(keyedBy: SectionKey.self)
        for key in keys { _ = container.contains(SectionKey(stringValue: key)) }
    }

    private struct SectionKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
