import Diagnostics
import FrontMatter
import ShopModel

/// Decodes one entity file (front matter and body) into a model value; needs only the settings.
public struct EntityDecoder: Sendable {
    /// site.yaml, for defaults (quote validity and tax rate).
    let settings: SiteSettings

    /// Creates a decoder using `settings` for defaults.
    public init(settings: SiteSettings) {
        self.settings = settings
    }

    /// Reads, splits and decodes a file; never throws, every problem becomes a diagnostic.
    public func decode(_ file: ContentFile) -> DecodedFile {
        decode(file, buffer: FileBuffer(capacity: 4096))
    }

    /// Like `decode(_:)`, reading the file into `buffer` (reused from file to file by one worker).
    /// The front matter is parsed straight from the buffer; only the body becomes a string.
    /// Files laid out alike share their key-line tables through `layouts` when given (kept by the worker).
    func decode(_ file: ContentFile, buffer: FileBuffer, layouts: FieldLayouts? = nil) -> DecodedFile {
        guard buffer.read(file.absolutePath) else {
            return DecodedFile(file: file, entity: nil, diagnostics: [.error("E-READ-FILE", at: Location(path: file.path))])
        }
        return decode(file, bytes: buffer.bytes, layouts: layouts)
    }

    /// Decodes a file's `bytes` as they are (or are about to be) on disk: what reading the file would give.
    func decode(_ file: ContentFile, bytes: UnsafeMutableBufferPointer<UInt8>, layouts: FieldLayouts? = nil) -> DecodedFile {
        var outcome = DecodedFile(file: file, entity: nil, diagnostics: [])
        let parts: FrontMatterParts
        let body: String
        var root: YAMLNode?
        do throws(Diagnostic) {
            (parts, body) = try FrontMatterSplitter.locateWithBody(in: bytes, path: file.path)
            if let yaml = parts.frontMatter {
                root = try YAMLReader.parse(bytes: UnsafeBufferPointer(rebasing: bytes[yaml]), path: file.path,
                                            firstLine: parts.frontMatterLine)
            }
        } catch {
            outcome.diagnostics.append(error)
            return outcome
        }
        if parts.frontMatter == nil && file.kind != .pages {
            outcome.diagnostics.append(.error("E-NO-FRONT-MATTER", at: Location(path: file.path, line: 1)))
            return outcome
        }
        var reader = FieldReader(node: root, path: file.path, line: 1)
        reader.layouts = layouts
        outcome.entity = decode(kind: file.kind, stem: file.stem, body: body, bodyLine: parts.bodyLine, reader: &reader)
        outcome.diagnostics.append(contentsOf: reader.diagnostics)
        if outcome.entity == nil { outcome.idWritten = reader.value(file.kind.idKey)?.scalar }
        return outcome
    }

    private func decode(kind: ContentKind, stem: String, body: String, bodyLine: Int, reader: inout FieldReader) -> DecodedEntity? {
        switch kind {
        case .products: return product(stem: stem, body: body, bodyLine: bodyLine, reader: &reader).map(DecodedEntity.product)
        case .customers: return customer(stem: stem, body: body, reader: &reader).map(DecodedEntity.customer)
        case .orders: return order(stem: stem, body: body, reader: &reader).map(DecodedEntity.order)
        case .quotes: return quote(stem: stem, body: body, reader: &reader).map(DecodedEntity.quote)
        case .promotions: return promotion(stem: stem, body: body, reader: &reader).map(DecodedEntity.promotion)
        case .pages: return page(stem: stem, body: body, reader: &reader).map(DecodedEntity.page)
        }
    }
}
