import BuurtCore
import Features
import Foundation
import Model
import Pipeline
import Testing

/// The host configuration every build writes (`_headers`, `_redirects`, `.htaccess`) and `buurtsite hosting --nginx`
/// prints: paths as each host sees them, `hosting:` settings with safe defaults, bad values at their line.
/// (Tests/e2e/test_hosting_nginx.py serves the example with a real nginx.)
@Suite struct HostingTests {
    @Test func eachPublishedFolderHasItsHostsFilesWithThePathsTheHostSees() throws {
        let site = try TestSite.withZuidOnItsOwnDomain()
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let portal = try #require(site.read("_headers"))
        #expect(portal.contains("\n/buurten/*\n  Strict-Transport-Security: max-age=31536000\n"))
        #expect(portal.contains("\n/buurten/noord/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"))
        #expect(!portal.contains("zuid"), "Zuid is published on its own host")
        #expect(site.read("noord/_headers") == nil, "Noord is published inside the portal's folder, under its rules")
        let zuid = try #require(site.read("zuid/_headers"))
        #expect(zuid.contains("\n/*\n") && zuid.contains("\n/assets/*\n"))
        #expect(zuid.contains("Content-Security-Policy: default-src 'self'; object-src 'none'; base-uri 'self'"))
        let redirects = try #require(site.read("_redirects"))
        #expect(redirects.contains("/buurten/noord/* /buurten/noord/404.html 404\n"), "Noord's own 404 page")
        #expect(redirects.hasSuffix("/buurten/* /buurten/404.html 404\n"), "the portal's, after the longer paths")
        let portalNotFound = try #require(site.read("404.html"))
        #expect(portalNotFound.contains("<a class=\"button\" href=\"/buurten/\">Naar de startpagina</a>"))
        for (folder, missing) in [("", nil), ("noord/", "/buurten/noord/404.html"), ("zuid/", "/404.html")] {
            let htaccess = try #require(site.read(folder + ".htaccess"), "\(folder) has a .htaccess")
            #expect(htaccess.contains("RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]"))
            #expect(htaccess.contains("AddType \"text/calendar; charset=utf-8\" .ics"))
            if let missing { #expect(htaccess.contains("ErrorDocument 404 \(missing)\n")) }
        }
    }

    @Test func aBuurtOnItsOwnHostHasItsOwnSettingsOverTheMunicipalitys() throws {
        let site = try TestSite.withZuidOnItsOwnDomain(
            zuid: "hosting:\n  hsts:\n    include_subdomains: true\n  frame_ancestors: none")
        site.writeSiteConfig("hosting:\n  referrer_policy: no-referrer\n  html_max_age: 60")
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let zuid = try #require(site.read("zuid/_headers"))
        #expect(zuid.contains("Strict-Transport-Security: max-age=31536000; includeSubDomains\n"))
        #expect(zuid.contains("frame-ancestors 'none'") && zuid.contains("Referrer-Policy: no-referrer\n"))
        let portal = try #require(site.read("_headers"))
        #expect(portal.contains("Strict-Transport-Security: max-age=31536000\n") && portal.contains("'self'"))
        #expect(try #require(site.read("noord/.htaccess")).contains("Header set Cache-Control \"public, max-age=60\""))
    }

    @Test func badHostingSettingsAreErrorsAtTheirLine() throws {
        let site = try TestSite.withZuidOnItsOwnDomain(zuid: "hosting:\n  hsts:\n    preload: true")
        site.writeSiteConfig("hosting:\n  referrer_policy: strict-origin-when-crossorigin\n  html_max_age: -5")
        site.write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren\nbase_url: https://www.testdorp.nl/buurten/noord/\n"
                + "hosting:\n  frame_ancestors: self")
        let report = site.build()
        #expect(!report.published)
        let lines = report.errorLines
        #expect(
            lines.contains {
                $0.hasPrefix("site.yml:6:20: error: unknown hosting.referrer_policy 'strict-origin-when-crossorigin'")
                    && $0.contains("did you mean 'strict-origin-when-cross-origin'")
            }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("site.yml:7:17: error: hosting.html_max_age must be") }, "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "content/buurten/zuid/buurt.yml:6:14: error: hosting.hsts.preload needs include_subdomains")
            }, "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix("content/buurten/noord/buurt.yml:5:3: error: noord is published on the portal's host")
            }, "\(lines)")
    }

    @Test func aPagesAliasesArePermanentRedirectsInTheHostFiles() throws {
        let site = try TestSite.withZuidOnItsOwnDomain()
        site.write(
            "content/buurten/noord/pages/over.md", "---\ntitle: Over Noord\naliases: [wie-zijn-wij/]\n---\nTekst.")
        site.write("content/buurten/zuid/pages/over.md", "---\ntitle: Over Zuid\naliases: [oud.html]\n---\nWelkom.")
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let portal = try #require(site.read("_redirects"))
        #expect(!portal.contains("wie-zijn-wij"), "each file holds its own site's old addresses")
        let noord = try #require(site.read("noord/_redirects"))
        #expect(noord.hasSuffix("\n/buurten/noord/wie-zijn-wij/ /buurten/noord/over/ 301\n"))
        #expect(try #require(site.read("zuid/_redirects")).contains("/oud.html /over/ 301\n"))
        let htaccess = try #require(site.read("zuid/.htaccess"))
        #expect(htaccess.contains("RewriteRule ^oud\\.html$ /over/ [R=301,L]"))
        #expect(site.read("noord/wie-zijn-wij/index.html") != nil, "the redirect page stays, for hosts without rules")

        site.write("content/buurten/noord/pages/extra.md", "---\ntitle: Extra\n---\nTekst.")
        #expect(site.build(["zuid"]).published)
        #expect(
            site.read("_redirects") == portal, "a build of Zuid alone keeps the rules of Noord, which it did not plan")
    }

    @Test func oldAddressesBecomePermanentRedirectsInEveryFormat() throws {
        let site = try TestSite.withZuidOnItsOwnDomain()
        #expect(site.build().published)
        let (loaded, problems) = SiteBuilder(
            options: BuildOptions(root: site.root.path, output: site.output.path), features: Features.all
        ).hostLayout()
        #expect(problems.isEmpty, "\(problems)")
        var layout = try #require(loaded)
        let index = try #require(layout.sites.firstIndex { $0.folder == "noord/" })
        layout.sites[index].redirects = [HostRedirect(from: "activiteiten/", to: "agenda/")]
        let noord = layout.sites[index]
        #expect(NetlifyFiles.aliases(of: noord).contains("/buurten/noord/activiteiten/ /buurten/noord/agenda/ 301\n"))
        #expect(
            ApacheFile.htaccess(for: noord).contains("RewriteRule ^activiteiten/?$ /buurten/noord/agenda/ [R=301,L]"))
        let nginx = NginxConfig(layout: layout, output: "/srv/public").text
        #expect(nginx.contains("location = /buurten/noord/activiteiten/ { return 301 /buurten/noord/agenda/; }"))
        #expect(nginx.contains("location = /buurten/noord/activiteiten { return 301 /buurten/noord/agenda/; }"))
        #expect(nginx.contains("    location ^~ /buurten/noord/ {\n        alias /srv/public/noord/;\n"))
        #expect(nginx.contains("    location / {\n        root /srv/public/zuid/;\n"))
        #expect(nginx.contains("server_name zuidverbindt.nl;\n    return 301 https://$host$request_uri;"))
    }
}
