import Model

/// `.htaccess` in every site's folder: Apache reads one in each folder it serves, so a buurt's own replaces the
/// portal's for the buurt's folder (its 404 page, its old addresses). Needs mod_rewrite, mod_headers and mod_mime,
/// and `AllowOverride FileInfo Indexes` (or All) for the folder; paths are the addresses on the host.
public enum ApacheFile {
    public static func htaccess(for site: HostedSite) -> String {
        let settings = site.settings
        var text = """
            # Made by buurtsite for \(site.origin)\(site.path) (\(site.name)), Apache 2.4: HTTPS, security headers,
            # caching, content types, the static HSDS API's addresses, the 404 page and old addresses.

            """
        text += "ErrorDocument 404 \(site.path)404.html\n"
        for (ext, type) in HostHeaders.contentTypes { text += "AddType \"\(type)\" .\(ext)\n" }
        text += """

            RewriteEngine On
            RewriteBase \(site.path)
            RewriteCond %{HTTPS} !=on
            RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]

            """
        for redirect in site.redirects.sorted(by: { $0.from < $1.from }) {
            // A folder's address also without its final slash, before mod_dir adds it with a redirect of its own.
            let from =
                redirect.from.hasSuffix("/") ? pattern(String(redirect.from.dropLast())) + "/?" : pattern(redirect.from)
            text += "RewriteRule ^\(from)$ \(site.path)\(redirect.to) [R=301,L]\n"
        }
        let lists = "(?:" + HostHeaders.apiLists.joined(separator: "|") + ")"
        for folder in site.openDataFolders {
            let api = "(" + pattern(folder) + lists + ")"
            text += """
                RewriteCond %{QUERY_STRING} (?:^|&)page=([2-9]|[1-9][0-9]+)(?:&|$)
                RewriteRule ^\(api)/?$ $1/page-%1.json [L]
                RewriteRule ^\(api)/?$ $1/index.json [L]
                RewriteRule ^(\(pattern(folder))\(lists)/[0-9a-f-]{36})$ $1.json [L]

                """
        }
        text += "\n"
        for (name, value) in HostHeaders.security(settings) {
            let condition = name == "Strict-Transport-Security" ? " \"expr=%{HTTPS} == 'on'\"" : ""
            text += "Header always set \(name) \"\(value)\"\(condition)\n"
        }
        text += "Header set Cache-Control \"\(HostHeaders.shortCache(settings))\"\n"
        let named = site.contentNamedFolders.map(pattern).joined(separator: "|")
        text += """
            <If "%{REQUEST_URI} =~ m#^\(site.path)(?:\(named))#">
                Header set Cache-Control "\(HostHeaders.immutable)"
            </If>

            """
        if !site.openDataFolders.isEmpty {
            let openData = site.openDataFolders.map(pattern).joined(separator: "|")
            // The API's lists are folders: without this, mod_dir would first redirect …/services to …/services/.
            text += """
                <If "%{REQUEST_URI} =~ m#^\(site.path)(?:\(openData))#">
                    Header set Access-Control-Allow-Origin "*"
                </If>
                <If "%{REQUEST_URI} =~ m#^\(site.path)(?:\(openData))\(lists)$#">
                    DirectorySlash Off
                </If>

                """
        }
        return text
    }

    /// A path as a regular expression: dots and other special characters escaped.
    static func pattern(_ path: String) -> String {
        var text = ""
        for character in path {
            if ".+*?()[]{}|^$\\".contains(character) { text.append("\\") }
            text.append(character)
        }
        return text
    }
}
