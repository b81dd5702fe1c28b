import Testing
@testable import Photos

/// `PhotoSize.isPlainName`, the one rule for a size name: what the theme may write in photos.yaml and what a cache
/// record's rendition name must be for its published paths to skip the staging folder's walk.
struct PhotoSizeNameTests {
    @Test(arguments: [("card", true), ("zoom_2x", true), ("Card2", true), ("_", true), ("", false), ("car d", false),
                      ("car.d", false), ("a/b", false), ("..", false), ("卡片", false), ("á", false), ("a\u{0}", false),
                      ("a-b", false)])
    func sizeNames(name: String, plain: Bool) {
        #expect(PhotoSize.isPlainName(name) == plain)
    }
}
