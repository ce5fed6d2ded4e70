import FlyingFox
import FlyingSocks
import Foundation

/// Answers the browser from the preview's memory: a rendered file by its output path, a folder by its index.html,
/// a folder without its slash by a redirect, anything else by its site's own 404 page. No request reaches the file
/// system. HTML gets what `PreviewPage` adds.
public struct PreviewHandler: HTTPHandler {
    let store: PreviewStore

    public init(store: PreviewStore) {
        self.store = store
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "405 Method Not Allowed: the preview only answers GET and HEAD\n")
        }
        let raw = request.target.path()
        if raw == PreviewPage.ownFolder + "live.js" {
            return respond(.ok, Data(LiveReloadScript.text.utf8), type: ContentType.of("live.js"), request)
        }
        if raw == PreviewPage.ownFolder + "events" {
            let page = request.query.first { $0.name == "page" }?.value ?? "/"
            let version = request.query.first { $0.name == "version" }?.value ?? ""
            var headers = HTTPHeaders()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            let stream = EventStream(store: store, key: String(page.drop { $0 == "/" }), version: version)
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: stream))
        }
        return answer(raw: raw, request)
    }

    func answer(raw: String, _ request: HTTPRequest) -> HTTPResponse {
        switch RequestPath(raw: raw) {
        case .refused(let why):
            return text(.badRequest, "400 Bad Request: \(why)\n")
        case .file(let key):
            if let data = store[key] { return page(data, key: key, status: .ok, request) }
            if store[key + "/index.html"] != nil {
                // A folder without its slash: its relative links only work from the folder's own address.
                var headers = HTTPHeaders()
                headers[.location] = raw + "/" + (request.target.query().isEmpty ? "" : "?" + request.target.query())
                return HTTPResponse(statusCode: .movedPermanently, headers: headers)
            }
            let site = RequestPath.site(of: key, among: store.sites)
            if let notFound = store[site + "404.html"] {
                return page(notFound, key: site + "404.html", status: .notFound, request)
            }
            let fallback =
                "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Niet gevonden</title></head>"
                + "<body><h1>Pagina niet gevonden</h1><p>Op dit adres staat geen pagina. "
                + "<a href=\"/\">Naar het portaal</a></p></body></html>\n"
            return page(Data(fallback.utf8), key: site + "404.html", status: .notFound, request)
        }
    }

    /// A file as sent: HTML with what the preview adds, anything else as it was rendered.
    func page(_ data: Data, key: String, status: HTTPStatusCode, _ request: HTTPRequest) -> HTTPResponse {
        guard ContentType.isHTML(key) else { return respond(status, data, type: ContentType.of(key), request) }
        let site = RequestPath.site(of: key, among: store.sites)
        let html = PreviewPage.html(
            data, key: key, site: site, version: store.version(of: key), isDraft: store.isDraft(key),
            problems: store.problems, addresses: store.addresses)
        return respond(status, html, type: ContentType.of(key), request)
    }

    func respond(_ status: HTTPStatusCode, _ body: Data, type: String, _ request: HTTPRequest) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(message.utf8))
    }
}

/// The preview's HTTP server (FlyingFox) on one address.
public final class PreviewServer: @unchecked Sendable {
    let server: HTTPServer

    /// Listens on `host` (an IPv4 or IPv6 address, or "localhost") and `port` once started.
    public init(host: String, port: UInt16, store: PreviewStore) throws {
        let address: any SocketAddress =
            switch host {
            case "localhost": try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
            case let ip6 where ip6.contains(":"): try sockaddr_in6.inet6(ip6: ip6, port: port)
            default: try sockaddr_in.inet(ip4: host, port: port)
            }
        server = HTTPServer(
            config: HTTPServer.Configuration(address: address, logger: .disabled),
            handler: PreviewHandler(store: store))
    }

    /// Starts serving and returns once the server listens; throws when it cannot (the port is taken).
    public func start() throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task { [server] in
            do {
                try await server.run()
            } catch {
                outcome.set(error)
                done.signal()
            }
        }
        Task { [server] in
            try? await server.waitUntilListening(timeout: 10)
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        var error: (any Error)? { lock.withLock { stored } }
        func set(_ error: any Error) { lock.withLock { stored = error } }
    }
}
