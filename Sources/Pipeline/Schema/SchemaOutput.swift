import Foundation

/// Writes the schemas into a folder of the site and maps them to their files in `.vscode/settings.json`
/// (`yaml.schemas`, read by Red Hat's YAML extension).
public struct SchemaOutput {
    /// The site's folder.
    public var root: String
    /// Where the schemas go, relative to the root: "schemas".
    public var folder: String

    public init(root: String, folder: String) {
        self.root = root
        self.folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    /// What happened to `.vscode/settings.json`.
    public enum SettingsResult: Equatable, Sendable {
        case written
        case merged
        /// It exists but is no plain JSON object (JSON with comments, say): left alone; these lines belong in it.
        case leftAlone(add: String)
    }

    /// Writes every schema (replacing older ones of the same name) and the editor settings.
    public func write(_ files: [SchemaFile]) throws -> SettingsResult {
        let manager = FileManager.default
        let out = path(folder)
        try manager.createDirectory(atPath: out, withIntermediateDirectories: true)
        for file in files {
            try Data(file.bytes).write(to: URL(fileURLWithPath: out + "/" + file.name))
        }
        return try writeSettings(files)
    }

    /// `yaml.schemas`: schema path (relative to the workspace) → the globs of the files it describes.
    func mapping(_ files: [SchemaFile]) -> [String: Any] {
        var mapping: [String: Any] = [:]
        for file in files where !file.files.isEmpty {
            mapping["./" + folder + "/" + file.name] = file.files
        }
        return mapping
    }

    private func writeSettings(_ files: [SchemaFile]) throws -> SettingsResult {
        let settingsPath = path(".vscode/settings.json")
        var settings: [String: Any] = [:]
        var result = SettingsResult.written
        if let data = FileManager.default.contents(atPath: settingsPath) {
            guard let existing = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                return .leftAlone(add: try Self.json(["yaml.schemas": mapping(files)]))
            }
            settings = existing
            result = .merged
        }
        // Other schemas the editor maps stay; ours are replaced.
        var schemas = settings["yaml.schemas"] as? [String: Any] ?? [:]
        for (key, value) in mapping(files) { schemas[key] = value }
        settings["yaml.schemas"] = schemas
        try FileManager.default.createDirectory(atPath: path(".vscode"), withIntermediateDirectories: true)
        try Data(try Self.json(settings).utf8).write(to: URL(fileURLWithPath: settingsPath))
        return result
    }

    private func path(_ relative: String) -> String {
        (root.hasSuffix("/") ? root : root + "/") + relative
    }

    /// Indented, keys sorted, with a final newline. Foundation's writer rather than `JSONWriter`, as the settings
    /// of others hold numbers and booleans as Foundation read them (`NSNumber`), which only it tells apart.
    static func json(_ value: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
