@testable import Photos
import Testing

/// A damaged, truncated or foreign file is a `PhotoError` with a fixed reason, never a crash.
@Suite struct BrokenPhotoTests {
    @Test(arguments: [
        ("empty.jpg", "the file is empty"),
        ("text-named.jpg", "not an image"),
        ("truncated.jpg", "the JPEG data is truncated (no end-of-image marker)"),
        ("bad-crc.png", "the header cannot be read"),
        ("huge-dimensions.png", "declares 60000 × 60000 pixels, over the limit of 100 megapixels"),
    ])
    func brokenFileIsAnError(name: String, reason: String) {
        #expect(Self.failure(PhotoFixture.broken(name)) == reason)
    }

    /// Why developing `bytes` failed, or "developed".
    static func failure(_ bytes: [UInt8], sizes: [PhotoSize] = PhotoSize.standard) -> String {
        do throws(PhotoError) {
            _ = try PhotoLab.develop(bytes, sizes: sizes)
            return "developed"
        } catch { return error.reason }
    }

    @Test func svgIsRefusedAsARasterPhoto() {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#.utf8)
        #expect(Self.failure(svg) == "not a JPEG, PNG or WebP image")
    }

    /// Cut anywhere, a photo is an error with a reason, never a crash.
    @Test func everyPrefixOfAGoodPhotoFailsCleanly() {
        let good = PhotoFixture.example("yx-s101-1.jpg")
        #expect(good.count > 1000)
        for cut in Array(stride(from: 0, to: good.count, by: good.count / 23)) + [good.count - 1] {
            #expect(Self.failure(Array(good[..<cut]), sizes: [PhotoSize.standard[0]]) != "developed", "cut at \(cut)")
        }
    }
}
