import Diagnostics
import Photos
import ShopModel

/// The photo stage of a build: every raster image of the products developed through the shop's cache, an unreadable
/// one an error at the `images:` line of each product naming it, and the guide's photo warnings.
enum ProductPhotos {
    /// The shelf of the shop's photos, the diagnostics appended to `diagnostics`.
    static func develop(_ shop: Shop, shopPath: String, contentPath: String, themeFolders: [String],
                        diagnostics: inout DiagnosticList) -> PhotoShelf {
        let sizes: [PhotoSize]
        do throws(Diagnostic) { sizes = try ThemePhotoSizes.read(folders: themeFolders) } catch {
            diagnostics.append(error)
            return PhotoShelf()
        }
        var paths: Set<String> = []
        for i in shop.products.indices {
            for image in shop.products[i].images where ContentPath.isSafeImage(image) && PhotoFormat.isRaster(image) { paths.insert(image) }
        }
        guard !paths.isEmpty else { return PhotoShelf(sizes: sizes) }
        let batch = PhotoLab(shopPath: shopPath, sizes: sizes).develop(paths.sorted(), contentPath: contentPath)
        let shelf = PhotoShelf(sizes: sizes, records: batch.records)
        for i in shop.products.indices {
            let product = shop.products[i]
            var named: Set<String> = []
            for image in product.images where named.insert(image).inserted {
                guard let error = batch.errors[image] else { continue }
                diagnostics.append(.error("E-IMAGE-UNREADABLE", ["image": image, "reason": error.reason], at: product.source.location(of: "images")))
            }
            diagnostics.append(contentsOf: ShopChecks.photoWarnings(product, facts: shelf.facts))
        }
        return shelf
    }
}
