import TemplateEngine

extension ProductObject {
    /// One image for templates: `src` (the original, from the site root), `derived` (whether the theme's sizes exist)
    /// and, for a developed raster photo, one member per theme size (`card`, `page`, `zoom` …) with `webp`, `jpeg`
    /// (published paths from the site root), `width` and `height`. An SVG, or a photo not developed, has `src` only.
    func photo(_ source: String) -> TemplateValue {
        var keys = ["src", "derived"], values: [TemplateValue] = [.string(source), .bool(false)]
        if let shelved = site.photos.records[source] {
            values[1] = .bool(true)
            for rendition in shelved.renditions where !keys.contains(rendition.name) {
                keys.append(rendition.name)
                values.append(.map(TemplateMap(uniqueKeys: Self.renditionKeys, values: [
                    .string(rendition.webp), .string(rendition.jpeg), .int(rendition.width), .int(rendition.height),
                ])))
            }
        }
        return .map(TemplateMap(uniqueKeys: keys, values: values))
    }

    /// The members of one size of a photo.
    static let renditionKeys = ["webp", "jpeg", "width", "height"]
}
