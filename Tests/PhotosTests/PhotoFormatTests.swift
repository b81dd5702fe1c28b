@testable import Photos
import Testing

/// Which image paths are raster photos, by extension in any case: ASCII paths read from their bytes agree with the
/// `Character` rule every other path still takes.
@Suite struct PhotoFormatTests {
    @Test(arguments: [
        ("a.jpg", true), ("A.JPG", true), ("dir/x.Jpeg", true), ("b.png", true), ("c.WEBP", true), ("d.svg", false), ("e", false),
        ("f.jpg/", false), ("g.jpgx", false), ("h.jp", false), (".jpg", true), ("i.", false), ("j.jpg.svg", false), ("k.svg.png", true),
        ("l.\u{0}jpg", false), ("m.\u{0}pg", false), ("产品/主图.JPG", true), ("产品/主图.gif", false), ("n.j\u{301}pg", false),
        ("o.\u{301}jpg", false), ("p\u{600}.jpg", false), ("q.ｊpg", false),
    ])
    func rasterByExtension(path: String, raster: Bool) {
        #expect(PhotoFormat.isRaster(path) == raster)
    }

    /// The byte rule and the `Character` rule agree on every ASCII path of a small table of shapes.
    @Test func asciiPathsAgreeWithTheCharacterRule() {
        let stems = ["", "a", "a.b", "dir/a", ".", "a."], exts = ["", "jpg", "JPG", "jpeg", "JPEG", "Png", "webp", "WebP", "gif", "jpgs", "j", "jpe"]
        for stem in stems {
            for ext in exts {
                for path in [stem + "." + ext, stem + ext] {
                    let old: Bool
                    if let dot = path.lastIndex(of: ".") {
                        old = ["jpg", "jpeg", "png", "webp"].contains(path[path.index(after: dot)...].lowercased())
                    } else {
                        old = false
                    }
                    #expect(PhotoFormat.isRaster(path) == old, "\(path)")
                }
            }
        }
    }
}
