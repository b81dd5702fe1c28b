@testable import Photos
import Testing

/// libvips is opened at run time (`Vips.library`): a missing library is an error of its own, never a crash.
@Suite struct VipsLoadingTests {
    @Test func aMissingLibraryIsAPhotoError() {
        #expect(throws: PhotoError.libraryMissing) { try Vips.load("libvips-not-installed.so.42").get() }
        #expect(PhotoError.libraryMissing.phrase == "P-PHOTO-VIPS-MISSING")
    }

    @Test func theInstalledLibraryReadsAHeader() throws {
        _ = try Vips.library.get()
        let header = try PhotoLab.header(of: PhotoFixture.example("yx-s101-1.jpg"))
        #expect(header.format == .jpeg && header.width == 800 && header.height == 800)
    }
}
