import BuurtCore
import Markdown

/// A site with a few pages and images: "x.md" becomes "../x/", unknown files are missing.
struct FakeSite: MarkdownLinkResolver {
    var pages: Set<String> = ["speeltuinen.md", "afval.md"]
    var images: Set<String> = ["speeltuin.jpg"]
    var replacement: String?

    func resolveLink(_ destination: String) -> LinkResolution {
        if let replacement { return .replace(replacement) }
        let (path, fragment) = split(destination)
        guard pages.contains(path) else { return .missing("page '\(path)' does not exist") }
        return .replace("../" + path.dropLast(3) + "/" + fragment)
    }

    func resolveImage(_ source: String) -> LinkResolution {
        images.contains(source) ? .replace("/media/" + source) : .missing("image '\(source)' does not exist")
    }

    private func split(_ destination: String) -> (String, String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }
}

/// Leaves every link alone.
struct KeepLinks: MarkdownLinkResolver {
    func resolveLink(_ destination: String) -> LinkResolution { .keep }
    func resolveImage(_ source: String) -> LinkResolution { .keep }
}

func render(
    _ source: String, rawHTML: Bool = false, firstLine: Int = 1,
    resolver: some MarkdownLinkResolver = FakeSite()
) -> RenderedMarkdown {
    MarkdownRenderer(options: MarkdownOptions(allowRawHTML: rawHTML))
        .render(source, file: "content/buurten/oosterhof.md", firstLine: firstLine, resolver: resolver)
}

extension RenderedMarkdown {
    /// Diagnostics as people read them, e.g. "content/buurten/oosterhof.md:3:5: error: …".
    var report: [String] {
        diagnostics.map { "\($0.location?.description ?? "-"): \($0.severity.rawValue): \($0.message)" }
    }
}
