#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a request path to a file under the site root, refusing anything that could leave it.
///
/// `..` and `.` segments are refused before and after percent-decoding, as are encoded `/`, `\` and
/// NUL; the file's real path (symlinks resolved) must lie inside the root's real path.
struct PathResolver: Sendable {
    /// What a request path leads to.
    enum Resolution: Equatable {
        /// A regular file inside the root, by its real path.
        case file(String)
        /// A directory asked for without its trailing slash, or a page folder (`/products/X/`, the layout before entity
        /// pages became files) where only the file `products/X.html` exists: redirect here.
        case redirect(String)
        /// Nothing there (or a directory without index.html).
        case notFound
        /// The path tries to leave the root or names something that is not a file.
        case forbidden
        /// The path is malformed (bad percent escape, not UTF-8).
        case badRequest
    }

    /// The folder the site is served from.
    var root: String

    /// Resolves a still-encoded path that starts with `/`.
    func resolve(_ rawPath: String) -> Resolution {
        var segments: [String] = []
        for raw in rawPath.split(separator: "/") {
            if raw == ".." || raw == "." { return .forbidden }
            guard let decoded = percentDecoded(raw) else { return .badRequest }
            if decoded == ".." || decoded == "." { return .forbidden }
            if decoded.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) { return .forbidden }
            segments.append(decoded)
        }
        guard let realRoot = Self.realPath(root) else { return .notFound }
        let candidate = ([root] + segments).joined(separator: "/")
        guard let real = Self.realPath(candidate) else { return pageFile(segments, candidate: candidate, realRoot: realRoot) }
        guard Self.isInside(real, root: realRoot) else { return .forbidden }
        switch Self.kind(of: real) {
        case .directory:
            guard rawPath.hasSuffix("/") else {
                return .redirect("/" + segments.map(percentEncoded).map { $0 + "/" }.joined())
            }
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard Self.isInside(index, root: realRoot) else { return .forbidden }
            return Self.kind(of: index) == .regular ? .file(index) : .notFound
        case .regular:
            return rawPath.hasSuffix("/") ? .notFound : .file(real)
        case .other:
            return .forbidden
        }
    }

    /// For a missing `/a/b/` or `/a/b`: a redirect to `/a/b.html` when that file exists inside the root, so links and
    /// bookmarks to an entity page's old folder keep working; otherwise not found.
    private func pageFile(_ segments: [String], candidate: String, realRoot: String) -> Resolution {
        guard !segments.isEmpty, let real = Self.realPath(candidate + ".html"), Self.isInside(real, root: realRoot),
              Self.kind(of: real) == .regular else { return .notFound }
        return .redirect("/" + segments.map(percentEncoded).joined(separator: "/") + ".html")
    }

    private enum Kind { case directory, regular, other }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        default: return .other
        }
    }

    private static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The canonical absolute path with symlinks resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
