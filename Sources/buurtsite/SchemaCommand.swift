import ArgumentParser
import BuurtCore
import Features
import Foundation
import Pipeline

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write JSON Schemas of site.yml, buurt.yml, theme.yml and front matter, for editors.",
        discussion:
            "Writes one JSON Schema (draft-07) per kind of file, with the fields the build reads and the choices of "
            + "this municipality (categories, audiences, buurten, topics), and maps them to their files in "
            + ".vscode/settings.json for the YAML extension. Run it again when the lists in site.yml change."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("Folder for the schemas, inside the root.", valueName: "folder"))
    var out: String = "schemas"

    func run() throws {
        let siteRoot: SiteRoot
        do {
            siteRoot = try SiteRoot(path: root)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        if out.hasPrefix("/") || out.split(separator: "/").contains("..") {
            printError("error: --out '\(out)' must be a folder inside the root, such as 'schemas'")
            throw ExitCode(1)
        }
        let files = SiteSchemas.make(root: siteRoot, features: Features.all)
        let output = SchemaOutput(root: root, folder: out)
        let settings: SchemaOutput.SettingsResult
        do {
            settings = try output.write(files)
        } catch {
            printError("error: cannot write the schemas: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let shown = output.folder + "/"
        print("wrote \(files.count) schemas to \(shown): " + files.map(\.name).joined(separator: ", "))
        switch settings {
        case .written: print("wrote .vscode/settings.json: yaml.schemas maps them to site.yml, buurt.yml, theme.yml")
        case .merged: print("updated yaml.schemas in .vscode/settings.json (the other settings are kept)")
        case .leftAlone(let add):
            print(
                "note: .vscode/settings.json is not plain JSON (comments?), so it was left alone; add this to it:\n"
                    + add, terminator: "")
        }
        print("front matter of .md files is not checked by the editor; run: buurtsite check")
    }
}
