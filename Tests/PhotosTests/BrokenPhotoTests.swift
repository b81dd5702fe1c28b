@testable import Photos
import Testing

/// A damaged, truncated or foreign file is a `PhotoError` with a fixed reason, never a crash.
@Suite struct BrokenPhotoTests {
    @Test(arguments: [
        ("empty.jpg", "P-PHOTO-EMPTY"),
        ("text-named.jpg", "P-PHOTO-NOT-AN-IMAGE"),
        ("truncated.jpg", "P-PHOTO-TRUNCATED"),
        ("bad-crc.png", "P-PHOTO-HEADER"),
        ("huge-dimensions.png", "P-PHOTO-PIXELS height=60000 width=60000"),
    ])
    func brokenFileIsAnError(name: String, reason: String) {
        #expect(Self.failure(PhotoFixture.broken(name)) == reason)
    }

    /// Why developing `bytes` failed (the phrase code and its arguments, sorted), or "developed".
    static func failure(_ bytes: [UInt8], sizes: [PhotoSize] = PhotoSize.standard) -> String {
        do throws(PhotoError) {
            _ = try PhotoLab.develop(bytes, sizes: sizes)
            return "developed"
        } catch {
            return ([error.phrase] + error.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    @Test func svgIsRefusedAsARasterPhoto() {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#.utf8)
        #expect(Self.failure(svg) == "P-PHOTO-FORMAT")
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
