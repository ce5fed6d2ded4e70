import BuurtCore
import Foundation

/// One file of a site, to be made on any thread: a rendered page, an export, or a copied content file.
/// Features (kaart, toolkit) describe their files as jobs; the build runs them all in parallel.
public struct RenderJob: Sendable {
    public enum Body: Sendable {
        /// Text made when the job runs (HTML, JSON, XML).
        case text(@Sendable () throws -> String)
        /// Bytes made when the job runs (a CSV with its byte-order mark).
        case data(@Sendable () throws -> Data)
        /// A file of the repository copied as it is (an attachment): its root-relative path.
        case copy(source: String)
        /// No file: problems found while the jobs were listed (warnings in Markdown rendered up front),
        /// handed to the build's report.
        case report([Diagnostic])
    }

    /// Path of the output file within its site folder (or the portal): "wegwijzer/index.html".
    public var path: String
    /// The page's path within its site for sitemap.xml ("wegwijzer/"), or nil for files that are not pages.
    public var sitemapPath: String?
    public var body: Body

    public init(path: String, sitemapPath: String? = nil, body: Body) {
        self.path = path
        self.sitemapPath = sitemapPath
        self.body = body
    }

    /// Problems to report, writing nothing.
    public static func reporting(_ diagnostics: [Diagnostic]) -> RenderJob {
        RenderJob(path: "", body: .report(diagnostics))
    }

    /// An HTML page at `urlPath` ("wegwijzer/zorg/"), listed in the sitemap.
    public static func page(_ urlPath: String, _ render: @escaping @Sendable () throws -> String) -> RenderJob {
        RenderJob(path: SitePath.outputFile(for: urlPath), sitemapPath: urlPath, body: .text(render))
    }
}
