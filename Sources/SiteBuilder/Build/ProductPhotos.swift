import Diagnostics
import Photos
import ShopModel
#if canImport(Glibc)
import Glibc
#endif

/// The photo stage of a build: every raster image of the products developed through the shop's cache, an unreadable
/// one an error at the `images:` line of each product naming it, and the guide's photo warnings. `check` reads the
/// photos' headers only (`inspect`): the same errors and size warnings, but no background warning, which needs pixels.
enum ProductPhotos {
    /// The shelf of the shop's photos, the diagnostics appended to `diagnostics`. The cache is the shop's, or for a
    /// read-only shop one beside `outputPath` or under `$TMPDIR` (see `PhotoCacheFolder`); with no `outputPath`
    /// (`check` rendering to nowhere) no photo is developed: the shelf has the theme's sizes only. `seen` holds the
    /// `stat` the checks already took of photos (their stamps are taken from it).
    static func develop(_ shop: Shop, shopPath: String, outputPath: String?, contentPath: String, themeFolders: [String],
                        seen: [String: stat] = [:], diagnostics: inout DiagnosticList) -> PhotoShelf {
        let sizes: [PhotoSize]
        do throws(Diagnostic) { sizes = try ThemePhotoSizes.read(folders: themeFolders) } catch {
            diagnostics.append(error)
            return PhotoShelf()
        }
        let paths = rasterPaths(shop)
        guard !paths.isEmpty, let outputPath else { return PhotoShelf(sizes: sizes) }
        let folder = PhotoCacheFolder.choose(shopPath: shopPath, outputPath: outputPath)
        let batch = PhotoLab(cacheFolder: folder, sizes: sizes).develop(paths, contentPath: contentPath, seen: seen)
        let shelf = PhotoShelf(sizes: sizes, records: batch.records, sorted: paths)
        diagnostics.append(contentsOf: diagnose(shop, errors: batch.errors, facts: shelf.facts))
        return shelf
    }

    /// `check`'s photo diagnostics: each raster photo's header read (no pixels decoded, nothing written), an unreadable
    /// one an error, the size warnings from the header; none of this touches a file when no product lists a photo.
    static func inspect(_ shop: Shop, contentPath: String) -> [Diagnostic] {
        let paths = rasterPaths(shop)
        guard !paths.isEmpty else { return [] }
        let read = PhotoHeaders.read(paths, contentPath: contentPath)
        return diagnose(shop, errors: read.errors) { path in
            read.headers[path].map { ImageFacts(width: $0.width, height: $0.height, byteSize: $0.byteSize) }
        }
    }

    /// The products' raster images (safe paths only), each once, in UTF-8 byte order (the order the shelf links them in).
    static func rasterPaths(_ shop: Shop) -> [String] {
        var paths: Set<String> = []
        for i in shop.products.indices {
            for image in shop.products[i].images where ContentPath.isSafeImage(image) && PhotoFormat.isRaster(image) { paths.insert(image) }
        }
        return paths.sorted(by: UTF8Order.precedes)
    }

    /// Per product, an error for each unreadable image it lists and the guide's warnings from `facts`.
    static func diagnose(_ shop: Shop, errors: [String: PhotoError], facts: (String) -> ImageFacts?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for i in shop.products.indices {
            let product = shop.products[i]
            var named: Set<String> = []
            for image in product.images where named.insert(image).inserted {
                guard let error = errors[image] else { continue }
                let arguments = error.arguments.merging(["image": image, "reason": error.phrase]) { _, named in named }
                found.append(.error("E-IMAGE-UNREADABLE", arguments, at: product.source.location(of: "images")))
            }
            found.append(contentsOf: ShopChecks.photoWarnings(product, facts: facts))
        }
        return found
    }
}
