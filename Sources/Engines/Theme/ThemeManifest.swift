import YAML

/// `themes/<name>/theme.yml`. Decoded with YAMLDecoder so that unknown keys are errors; the parts whose
/// positions matter for messages (the parent's name, token names, pair entries) are kept as raw nodes.
struct ThemeManifest: Decodable {
    /// Display name ("Lindeveen"); the folder name is what `extends` and site.yml use.
    var name: String
    /// Folder name of the parent theme, usually `default`.
    var extends: YAMLNode?
    var tokens: YAMLNode?
    var contrast: [ContrastEntry]?

    struct ContrastEntry: Decodable {
        var text: YAMLNode
        var background: YAMLNode
    }
}

extension ThemeLoader {
    /// What theme.yml's decoder reads, for `buurtsite schema`.
    public static var manifestShape: ValueShape { .of(ThemeManifest.self) }
}
