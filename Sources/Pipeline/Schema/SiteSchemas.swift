import BuurtCore
import Model
import Site
import Theme
import YAML

/// One JSON Schema file of `buurtsite schema`.
public struct SchemaFile: Sendable {
    /// "buurt.schema.json"
    public var name: String
    /// Globs of the files it describes, relative to the root, for the editor ("content/buurten/*/buurt.yml");
    /// empty for front matter, which editors do not check against a schema.
    public var files: [String]
    /// The schema, indented, with a final newline.
    public var bytes: [UInt8]
}

/// The JSON Schemas (draft-07, the newest the YAML language server reads) of every file an editor writes:
/// site.yml, buurt.yml, theme.yml and the front matter of each kind of content. Their fields come from the
/// decoders themselves (`ValueShape.of`), their choices from the municipality's own lists (`SchemaLists`), their
/// descriptions from the features' `SettingsDescription`s and `ContentKindDescription`s and from `ModelSchemaText`.
public enum SiteSchemas {
    /// The schemas of the site at `root`, with the sections and content kinds of `features`.
    public static func make(root: SiteRoot, features: [any SiteFeature]) -> [SchemaFile] {
        let lists = SchemaLists(root: root)
        var files: [SchemaFile] = []
        files.append(
            configSchema(
                .site, shape: .of(MunicipalityConfig.self), lists: lists, features: features,
                title: "site.yml", files: [ContentLayout.siteConfig]))
        files.append(
            configSchema(
                .buurt, shape: .of(BuurtConfig.self), lists: lists, features: features,
                title: "buurt.yml", files: [ContentLayout.buurten + "/*/" + ContentLayout.buurtConfig]))
        var theme = SchemaMaker(lists: lists)
        theme.descriptions = ModelSchemaText.theme
        theme.refinements = ["extends": .listed(SchemaLists.themes), "tokens": .dictionary(.node)]
        theme.refinements["contrast[].text"] = .text
        theme.refinements["contrast[].background"] = .text
        files.append(
            file(
                "theme", maker: theme, shape: ThemeLoader.manifestShape, title: "theme.yml",
                summary: ModelSchemaText.themeSummary, files: [ContentLayout.themes + "/*/theme.yml"]))
        var page = SchemaMaker(lists: lists)
        page.descriptions = ModelSchemaText.page
        files.append(
            file(
                "page", maker: page, shape: .of(PageFrontMatter.self), title: "Pagina",
                summary: ModelSchemaText.pageSummary, files: []))
        for feature in features {
            for kind in feature.contentKinds {
                guard let shape = kind.shape else { continue }
                var maker = SchemaMaker(lists: lists)
                for field in kind.fields {
                    maker.descriptions[field.name] = field.summary
                    if let refined = field.shape { maker.refinements[field.name] = refined }
                }
                maker.alsoRequired[""] = Set(kind.fields.filter(\.required).map(\.name))
                files.append(
                    file(
                        feature.key + "-" + kind.name, maker: maker, shape: shape, title: kind.summary,
                        summary: "De kop (front matter) van een bestand in content/\(kind.folder)/ of "
                            + "content/buurten/<buurt>/\(kind.folder)/.", files: []))
            }
        }
        return files
    }

    /// site.yml or buurt.yml: the model's own keys and the sections of the features that read one there.
    private static func configSchema(
        _ which: SettingsDescription.File, shape: ValueShape, lists: SchemaLists, features: [any SiteFeature],
        title: String, files: [String]
    ) -> SchemaFile {
        var maker = SchemaMaker(lists: lists)
        maker.descriptions = which == .site ? ModelSchemaText.site : ModelSchemaText.buurt
        if which == .site {
            maker.refinements["theme"] = .listed(SchemaLists.themes)
            let email = ValueShape.formatted(TextFormat.email.rawValue)
            maker.refinements["open_data.contact"] = .oneOf([email, .formatted(TextFormat.webAddress.rawValue)])
        }
        var fields = shape.fields
        for feature in features {
            for section in feature.settings where section.file == which {
                // A key the decoder reads but the section does not describe for this file is one a check refuses
                // there (the accessibility statement's `page` in buurt.yml): the schema leaves it out too.
                let described = Set(section.fields.map(\.name))
                let shape = section.shape.map { shape in
                    ValueShape.mapping(shape.fields.filter { described.contains($0.name) })
                }
                fields.append(ShapeField(section.key, shape ?? .node))
                maker.descriptions[section.key] = section.summary
                for field in section.fields {
                    maker.descriptions[section.key + "." + field.name] = field.summary
                    if let refined = field.shape { maker.refinements[section.key + "." + field.name] = refined }
                }
            }
        }
        let summary = which == .site ? ModelSchemaText.siteSummary : ModelSchemaText.buurtSummary
        let name = which == .site ? "site" : "buurt"
        return file(name, maker: maker, shape: .mapping(fields), title: title, summary: summary, files: files)
    }

    private static func file(
        _ name: String, maker: SchemaMaker, shape: ValueShape, title: String, summary: String, files: [String]
    ) -> SchemaFile {
        guard case .object(var members) = maker.schema(shape) else { preconditionFailure("a schema is an object") }
        members += [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")), ("title", .string(title)),
            ("description", .string(summary)),
        ]
        members.sort { $0.0 < $1.0 }
        var writer = JSONWriter(.indented)
        writer.write(.object(members))
        writer.bytes.append(UInt8(ascii: "\n"))
        return SchemaFile(name: name + ".schema.json", files: files, bytes: writer.bytes)
    }
}
