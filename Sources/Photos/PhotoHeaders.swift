import Concurrency
import Foundation

/// The headers of product photos, for `check`: format and pixel size read without decoding any pixels, so the guide's
/// size checks need no cache and no writing. The border's tone needs the pixels, so it is the build's alone.
public enum PhotoHeaders {
    /// One photo's header and file size.
    public struct Header: Sendable, Equatable {
        /// The source's format.
        public var format: PhotoFormat
        /// Width in pixels.
        public var width: Int
        /// Height in pixels.
        public var height: Int
        /// The file's size in bytes.
        public var byteSize: Int
    }

    /// The header of each of `paths` (relative to `contentPath`), on every core: missing files are left out (the
    /// missing-image check names them), and so is a path whose links lead out of `contentPath` (the content walker
    /// names it, and its target is never opened); an unreadable, truncated or non-image file is in `errors`.
    public static func read(_ paths: [String], contentPath: String) -> (headers: [String: Header], errors: [String: PhotoError]) {
        let root = URL(fileURLWithPath: contentPath).resolvingSymlinksInPath().path + "/"
        let outcomes = paths.parallelMap(serialUpTo: 4) { path -> Result<Header, PhotoError>? in
            let full = contentPath + "/" + path
            guard URL(fileURLWithPath: full).resolvingSymlinksInPath().path.hasPrefix(root) else { return nil }
            return read(full)
        }
        var headers: [String: Header] = [:], errors: [String: PhotoError] = [:]
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case nil: continue
            case .success(let header)?: headers[path] = header
            case .failure(let error)?: errors[path] = error
            }
        }
        return (headers, errors)
    }

    /// One file's header; nil when it is missing or not a regular file.
    static func read(_ full: String) -> Result<Header, PhotoError>? {
        guard let (_, size) = PhotoStamps.stamp(of: full) else { return nil }
        guard size > 0 else { return .failure(.empty) }
        // Mapped, not read: the header and the JPEG's end marker touch only the pages they look at.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: full), options: .alwaysMapped) else {
            return .failure(.unreadable)
        }
        return data.withUnsafeBytes { bytes in
            Result { () throws(PhotoError) in
                let head = try Vips.header(bytes)
                return Header(format: head.format, width: head.width, height: head.height, byteSize: size)
            }
        }
    }
}
