import ArgumentParser
import Features
import Foundation
import Pipeline

/// `buurtsite hosting --nginx`: the web server configuration of every host, printed. (`_headers`, `_redirects` and
/// `.htaccess` need no command: every build writes them into the sites' folders.)
struct HostingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hosting",
        abstract: "Print the nginx configuration of every host: one server block per host.",
        discussion:
            "Every build writes _headers and _redirects (Netlify, Cloudflare Pages) and .htaccess (Apache) into the "
            + "sites' folders. For nginx, include this command's output in the http block (Debian: "
            + "/etc/nginx/conf.d/buurtsite.conf) and set each host's certificate."
    )

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(
        name: .long,
        help: "The build's output folder as the web server finds it (absolute, or relative to this folder).")
    var output: String = "public"

    @Flag(name: .long, help: "Print nginx server blocks (the only format so far).")
    var nginx = false

    func validate() throws {
        if !nginx { throw ValidationError("say which server: --nginx (the only one so far)") }
    }

    func run() throws {
        let builder = SiteBuilder(
            options: BuildOptions(root: root, output: output, today: BuildOptions.currentDay()),
            features: Features.all)
        let (layout, diagnostics) = builder.hostLayout()
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        guard let layout, !diagnostics.contains(where: { $0.severity == .error }) else { throw ExitCode(1) }
        let folder =
            output.hasPrefix("/")
            ? output
            : URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                .standardizedFileURL.path
        print(NginxConfig(layout: layout, output: folder).text, terminator: "")
    }
}
