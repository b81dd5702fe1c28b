import Diagnostics
import FrontMatter
import ShopModel

/// Decodes one entity file (front matter and body) into a model value; needs only the settings.
struct EntityDecoder: Sendable {
    /// site.yaml, for defaults (quote validity and tax rate).
    let settings: SiteSettings

    /// Reads, splits and decodes a file; never throws, every problem becomes a diagnostic.
    func decode(_ file: ContentFile) -> DecodedFile {
        var outcome = DecodedFile(file: file, entity: nil, diagnostics: [])
        guard let bytes = ContentFiles.contents(of: file.absolutePath) else {
            outcome.diagnostics.append(.error("cannot read the file", at: Location(path: file.path)))
            return outcome
        }
        let document: FrontMatterDocument
        do {
            document = try FrontMatterSplitter.split(bytes, path: file.path)
        } catch {
            outcome.diagnostics.append(error)
            return outcome
        }
        var root: YAMLNode?
        if let yaml = document.frontMatter {
            do {
                root = try YAMLReader.parse(yaml, path: file.path, firstLine: document.frontMatterLine)
            } catch {
                outcome.diagnostics.append(error)
                return outcome
            }
        } else if file.kind != .pages {
            outcome.diagnostics.append(.error("missing front matter: the file must start with a line `---`, "
                                              + "then YAML, then a line `---`", at: Location(path: file.path, line: 1)))
            return outcome
        }
        var reader = FieldReader(node: root, path: file.path, line: 1)
        outcome.entity = decode(kind: file.kind, stem: file.stem, body: document.body, reader: &reader)
        outcome.diagnostics.append(contentsOf: reader.diagnostics)
        return outcome
    }

    private func decode(kind: ContentKind, stem: String, body: String, reader: inout FieldReader) -> DecodedEntity? {
        switch kind {
        case .products: return product(stem: stem, body: body, reader: &reader).map(DecodedEntity.product)
        case .customers: return customer(stem: stem, body: body, reader: &reader).map(DecodedEntity.customer)
        case .orders: return order(stem: stem, body: body, reader: &reader).map(DecodedEntity.order)
        case .quotes: return quote(stem: stem, body: body, reader: &reader).map(DecodedEntity.quote)
        case .promotions: return promotion(stem: stem, body: body, reader: &reader).map(DecodedEntity.promotion)
        case .pages: return page(stem: stem, body: body, reader: &reader).map(DecodedEntity.page)
        }
    }
}
