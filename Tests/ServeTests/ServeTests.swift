import BuurtCalendar
import BuurtCore
import Foundation
import Model
import Pipeline
import Testing

@testable import Serve

/// How the preview server reads a request's path: a key into memory, or refused.
@Suite struct RequestPathTests {
    @Test func foldersServeTheirIndexPage() {
        #expect(RequestPath(raw: "/") == .file("index.html"))
        #expect(RequestPath(raw: "/molenkamp/") == .file("molenkamp/index.html"))
        #expect(RequestPath(raw: "/molenkamp/over-ons/") == .file("molenkamp/over-ons/index.html"))
        #expect(RequestPath(raw: "/molenkamp/agenda/agenda.ics") == .file("molenkamp/agenda/agenda.ics"))
        // Without the slash it is a file name; the server redirects when it is a folder.
        #expect(RequestPath(raw: "/molenkamp") == .file("molenkamp"))
        #expect(RequestPath(raw: "/molenkamp/caf%C3%A9/") == .file("molenkamp/café/index.html"))
    }

    @Test(arguments: [
        "/../etc/passwd", "/molenkamp/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd",
        "/molenkamp/%2e%2e%2fsite.yml", "/molenkamp%2f..%2fsite.yml", "/a%5c..%5csite.yml", "/a\\..\\b",
        "/index.html%00.css", "/./index.html", "//etc/passwd", "etc/passwd", "/%zz",
    ])
    func pathsOutsideTheRootAreRefused(raw: String) {
        guard case .refused = RequestPath(raw: raw) else {
            Issue.record("\(raw) was not refused: \(RequestPath(raw: raw))")
            return
        }
    }

    @Test func aKeyBelongsToItsBuurtSiteOrThePortal() {
        let sites = ["", "molenkamp/", "beekdal/"]
        #expect(RequestPath.site(of: "molenkamp/nergens/index.html", among: sites) == "molenkamp/")
        #expect(RequestPath.site(of: "nergens/index.html", among: sites) == "")
        #expect(RequestPath.site(of: "index.html", among: sites) == "")
    }
}

@Suite struct ContentTypeTests {
    @Test(arguments: [
        ("molenkamp/index.html", "text/html; charset=utf-8"), ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/search/search.js", "text/javascript; charset=utf-8"), ("molenkamp/logo.svg", "image/svg+xml"),
        ("molenkamp/kaart/hsds.json", "application/json"), ("kaart/kaart.csv", "text/csv; charset=utf-8"),
        ("molenkamp/agenda/agenda.ics", "text/calendar; charset=utf-8"), ("toolkit/boekje.pdf", "application/pdf"),
        ("sitemap.xml", "application/xml"), ("robots.txt", "text/plain; charset=utf-8"),
        ("foto.JPG", "image/jpeg"), ("geen-punt", "application/octet-stream"), ("raar.xyz", "application/octet-stream"),
    ])
    func byExtension(key: String, type: String) {
        #expect(ContentType.of(key) == type)
    }
}

/// What serve adds to a page, and only to what it sends.
@Suite struct PreviewPageTests {
    let addresses: [String: SiteAddress] = [
        "": SiteAddress("https://www.testdorp.nl/buurten/"),
        "noord/": SiteAddress("https://www.testdorp.nl/buurten/noord/"),
        "zuid/": SiteAddress("https://zuidverbindt.nl/"),
    ]

    @Test func problemsAreEscapedInTheOverlay() {
        let diagnostic = Diagnostic.error(
            at: BuurtCore.SourceLocation(file: "content/buurten/noord/buurt.yml", line: 3, column: 7),
            "unknown key '<script>alert(1)</script>'", hint: "write \"name\" & more")
        let problem = PreviewStore.Problem(diagnostic)
        #expect(problem.line == "content/buurten/noord/buurt.yml:3:7: error: unknown key '<script>alert(1)</script>'")
        let html = PreviewPage.overlay([problem])
        #expect(html.contains("content/buurten/noord/buurt.yml:3:7: error: unknown key"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("hint: write &quot;name&quot; &amp; more"))
        #expect(!html.contains("<script>"))
    }

    @Test func theScriptOverlayAndMarkerGoBeforeTheBodyEnds() {
        let page = Data("<html><body><p>Hallo</p></body></html>".utf8)
        let problem = PreviewStore.Problem(
            .error(at: BuurtCore.SourceLocation(file: "site.yml", line: 1, column: 1), "kapot"))
        let html = String(
            decoding: PreviewPage.html(
                page, key: "noord/index.html", site: "noord/", version: "v-3", isDraft: true, problems: [problem],
                addresses: addresses), as: UTF8.self)
        #expect(html.hasPrefix("<html><body><p>Hallo</p><p id=\"buurtsite-concept\""))
        #expect(html.contains("id=\"buurtsite-problems\""))
        #expect(html.contains("data-page=\"/noord/index.html\" data-version=\"v-3\"></script>\n</body></html>"))
    }

    @Test func linksOfABuurtOnItsOwnDomainWorkAtItsPreviewFolder() {
        let notFound = "<a href=\"/\">Home</a><a href=\"/contact/\">Contact</a><link href=\"/assets/site.css\">"
        #expect(
            PreviewPage.previewLinks(notFound, site: "zuid/", addresses: addresses)
                == "<a href=\"/zuid/\">Home</a><a href=\"/zuid/contact/\">Contact</a>"
                + "<link href=\"/zuid/assets/site.css\">")
        let underPortal = "<a href=\"/buurten/noord/over/\">Over</a> <a href=\"https://zuidverbindt.nl/x/\">Zuid</a>"
        #expect(
            PreviewPage.previewLinks(underPortal, site: "noord/", addresses: addresses)
                == "<a href=\"/noord/over/\">Over</a> <a href=\"/zuid/x/\">Zuid</a>")
        // The portal's links to buurt sites under it and elsewhere go to their preview folders.
        let portal =
            "<a href=\"https://www.testdorp.nl/buurten/noord/\">N</a><a href=\"https://zuidverbindt.nl/\">Z</a>"
        #expect(
            PreviewPage.previewLinks(portal, site: "", addresses: addresses)
                == "<a href=\"/noord/\">N</a><a href=\"/zuid/\">Z</a>")
    }
}

/// When an open page reloads: its version changes with its own bytes and with its site's stylesheets and scripts.
@Suite struct PreviewStoreTests {
    @Test func aPagesVersionFollowsItsBytesAndItsSitesAssets() {
        let store = PreviewStore()
        let addresses = ["": SiteAddress("https://x.nl/"), "noord/": SiteAddress("https://x.nl/noord/")]
        let page = "noord/index.html"
        store.update(
            with: [page: Data("a".utf8), "noord/assets/site.css": Data("a".utf8), "index.html": Data("p".utf8)],
            addresses: addresses)
        let first = store.version(of: page), portal = store.version(of: "index.html")
        #expect(store.update(with: [page: Data("a".utf8)]).isEmpty)
        #expect(store.version(of: page) == first)
        store.update(with: ["noord/kaart/hsds.json": Data("{}".utf8)])
        #expect(store.version(of: page) == first)
        store.update(with: ["noord/assets/site.css": Data("b".utf8)])
        let second = store.version(of: page)
        #expect(second != first)
        #expect(store.version(of: "index.html") == portal)
        store.update(with: [page: Data("b".utf8)])
        #expect(store.version(of: page) != second)
        store.update(with: [:], removing: [page])
        #expect(store[page] == nil)
    }
}
