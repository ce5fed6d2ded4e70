import Model

/// `buurtsite hosting --nginx`: one nginx server block per host, for the `http` block (Debian:
/// /etc/nginx/conf.d/). Each site is a `location` of its host's server that serves its folder of the output:
/// HTTPS only (a server on port 80 that redirects), the security headers, caching, content types, CORS and the static
/// HSDS API's addresses on the open data, the site's own 404 page and its old addresses.
public struct NginxConfig: Sendable {
    public let layout: HostLayout
    /// The output folder on the web server, absolute, with a final "/": "/srv/www/lindeveen/public/".
    public let output: String

    public init(layout: HostLayout, output: String) {
        self.layout = layout
        self.output = output.hasSuffix("/") ? output : output + "/"
    }

    public var text: String {
        var text = """
            # Made by buurtsite: one server block per host of the municipality's sites, serving the build's output in
            # \(output). Include it in nginx's http block (Debian: /etc/nginx/conf.d/buurtsite.conf) and give each
            # host its certificate (ssl_certificate). A host that serves more than these sites: copy its locations
            # into its own server block.

            # ?page=N (N from 2) of the static HSDS API's lists is the file page-N.json.
            map $arg_page $buurtsite_hsds_page {
                "~^(?<number>[2-9]|[1-9][0-9]+)$" page-$number;
                default index;
            }

            """
        for host in layout.hosts {
            text += server(host.name, host.sites)
        }
        return text
    }

    private func server(_ host: String, _ sites: [HostedSite]) -> String {
        var text = """

            # \(host): \(sites.map { "\($0.name) (\($0.path))" }.joined(separator: ", "))
            server {
                listen 80;
                listen [::]:80;
                server_name \(host);
                return 301 https://$host$request_uri;
            }

            server {
                listen 443 ssl;
                listen [::]:443 ssl;
                server_name \(host);
                ssl_certificate /etc/ssl/certs/\(host).pem;
                ssl_certificate_key /etc/ssl/private/\(host).key;

                # nginx's own content types, then those it lacks (a types block adds to the one before it)
                include mime.types;
                types {

            """
        for (ext, type) in HostHeaders.contentTypes where !["json", "txt"].contains(ext) {
            text += "        \(type.split(separator: ";")[0]) \(ext);\n"
        }
        text += """
                }
                charset utf-8;
                charset_types text/css text/plain text/xml text/calendar text/csv application/javascript
                    application/json application/ld+json image/svg+xml;

            """
        for site in sites {
            text += location(site)
        }
        return text + "}\n"
    }

    /// A site's location: the headers once (nested locations without `add_header` of their own inherit them), their
    /// cache and CORS values in variables that each location sets (an empty value sends no header).
    private func location(_ site: HostedSite) -> String {
        let path = site.path
        let folder = output + site.folder
        let settings = site.settings
        let short = HostHeaders.shortCache(settings)
        var text = "\n    # \(site.name): \(site.origin)\(path) (folder \(folder))\n"
        text +=
            path == "/"
            ? "    location / {\n        root \(folder);\n" : "    location ^~ \(path) {\n        alias \(folder);\n"
        text += "        error_page 404 \(path)404.html;\n"
        text += variables(cache: short, cors: "", indent: 8)
        for (name, value) in HostHeaders.security(settings) {
            text += "        add_header \(name) \"\(value)\" always;\n"
        }
        text += "        add_header Cache-Control $buurtsite_cache always;\n"
        text += "        add_header Access-Control-Allow-Origin $buurtsite_cors always;\n"
        for named in site.contentNamedFolders {
            text += "        location ^~ \(path)\(named) {\n"
            text += variables(cache: HostHeaders.immutable, cors: "", indent: 12) + "        }\n"
        }
        let lists = "(?:" + HostHeaders.apiLists.joined(separator: "|") + ")"
        for openData in site.openDataFolders {
            text += "        location ^~ \(path)\(openData) {\n" + variables(cache: short, cors: "*", indent: 12)
            text += "            location ~ ^\(ApacheFile.pattern(path + openData))\(lists)(?:/[0-9a-f-]*)?$ {\n"
            text += variables(cache: short, cors: "*", indent: 16)
            text += "                try_files $uri.json $uri/$buurtsite_hsds_page.json =404;\n"
            text += "            }\n        }\n"
        }
        for redirect in site.redirects.sorted(by: { $0.from < $1.from }) {
            let from = path + redirect.from
            for exact in from.hasSuffix("/") ? [from, String(from.dropLast())] : [from] {
                text += "        location = \(exact) { return 301 \(path)\(redirect.to); }\n"
            }
        }
        return text + "    }\n"
    }

    private func variables(cache: String, cors: String, indent: Int) -> String {
        let space = String(repeating: " ", count: indent)
        return "\(space)set $buurtsite_cache \"\(cache)\";\n\(space)set $buurtsite_cors \"\(cors)\";\n"
    }
}
