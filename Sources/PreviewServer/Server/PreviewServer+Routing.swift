import Foundation

extension PreviewServer {
    /// The response to a request for a file, the version endpoint or anything else.
    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, headers: [("Allow", "GET, HEAD")])
        }
        switch request.path {
        case LiveReloadSnippet.versionPath:
            return .text(200, "\(version)\n")
        case LiveReloadSnippet.eventsPath:
            return HTTPResponse(status: 200, contentType: "text/event-stream; charset=utf-8", body: [])
        default:
            break
        }
        switch PathResolver(root: root).resolve(request.path) {
        case .file(let path):
            return fileResponse(path, status: 200) ?? notFound()
        case .redirect(let location):
            return .text(301, headers: [("Location", location + (request.query.map { "?" + $0 } ?? ""))])
        case .notFound:
            return notFound()
        case .forbidden:
            return .text(403)
        case .badRequest:
            return .text(400)
        }
    }

    /// The site's 404.html with status 404, or a small built-in page.
    private func notFound() -> HTTPResponse {
        if case .file(let path) = PathResolver(root: root).resolve("/404.html"),
           let response = fileResponse(path, status: 404) {
            return response
        }
        let page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Not found</title></head>"
            + "<body><h1>404 Not Found</h1></body></html>"
        return HTTPResponse(status: 404, contentType: MIMEType.html, body: decorate(Array(page.utf8)))
    }

    /// The file's bytes with its content type (HTML decorated), or nil if it cannot be read.
    private func fileResponse(_ path: String, status: Int) -> HTTPResponse? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let type = MIMEType.forPath(path)
        let body = MIMEType.isHTML(type) ? decorate(Array(data)) : Array(data)
        return HTTPResponse(status: status, contentType: type, body: body)
    }

    /// An HTML page with the live-reload script, and the error overlay while a build error is shown.
    func decorate(_ page: [UInt8]) -> [UInt8] {
        let (version, errorText) = state.withLock { ($0.version, $0.errorText) }
        let overlay = errorText.map(LiveReloadSnippet.overlay(errors:)) ?? ""
        return LiveReloadSnippet.inject(overlay + LiveReloadSnippet.script(version: version), into: page)
    }
}
