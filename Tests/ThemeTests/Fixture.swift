import BuurtCore
import Foundation
import Theme

/// A throw-away site folder with the files a test writes, removed again when the test is done.
final class Fixture {
    let directory: String
    let root: SiteRoot

    init(_ files: [String: String]) throws {
        directory = NSTemporaryDirectory() + "buurtsite-theme-" + UUID().uuidString
        for (path, text) in files {
            let url = URL(fileURLWithPath: directory + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        root = try SiteRoot(path: directory)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func load(_ name: String) throws(DiagnosticList) -> Theme {
        try ThemeLoader.load(named: name, root: root)
    }

    /// The diagnostics loading `name` throws; empty when it loads.
    func problems(_ name: String) -> [Diagnostic] {
        do {
            _ = try load(name)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A `default` theme with black-on-white text, a layout with a header partial, and a page template.
    static let defaultTheme: [String: String] = [
        "themes/default/theme.yml": """
        name: Standaard
        tokens:
          basis:
            color:
              $type: color
              white:
                $value: "#ffffff"
              black:
                $value: "#000000"
              text:
                $value: "{basis.color.black}"
              bg:
                $value: "{basis.color.white}"
            space:
              block:
                $value: 1rem
                $type: dimension
        contrast:
          - text: basis.color.text
            background: basis.color.bg
        """,
        "themes/default/templates/layout.mustache":
            "<html lang=\"{{lang}}\"><title>{{title}}</title>{{>header}}{{$main}}default main{{/main}}</html>",
        "themes/default/templates/header.mustache": "<header>{{site.name}}</header>",
        "themes/default/templates/page.mustache":
            "{{<layout}}{{$main}}<main>{{{page.content}}}</main>{{/main}}{{/layout}}",
        "themes/default/assets/site.css": "body { margin: 0 }",
        "themes/default/assets/fonts/a.woff2": "font",
    ]

    /// `default` plus a theme `lindeveen` that extends it, with the given theme.yml body and extra files.
    static func child(_ themeYML: String, _ extra: [String: String] = [:]) throws -> Fixture {
        var files = defaultTheme
        files["themes/lindeveen/theme.yml"] = themeYML
        files.merge(extra) { _, new in new }
        return try Fixture(files)
    }
}
