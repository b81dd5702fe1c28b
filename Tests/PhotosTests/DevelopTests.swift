import Foundation
@testable import Photos
import Testing

/// The sizes, formats and background of developed photos, and that the same photo gives the same bytes.
@Suite struct DevelopTests {
    @Test func headerOfTheExamplePhotos() throws {
        let main = try PhotoLab.header(of: PhotoFixture.example("yx-s101-1.jpg"))
        #expect(main.format == .jpeg && main.width == 800 && main.height == 800)
        let bad = try PhotoLab.header(of: PhotoFixture.example("yx-l102-1.jpg"))
        #expect(bad.width == 640 && bad.height == 480)
    }

    @Test func developsEverySizeAsWebPAndJPEG() throws {
        let photo = try PhotoLab.develop(PhotoFixture.example("yx-l102-1.jpg"), sizes: PhotoSize.standard)
        #expect(photo.renditions.map(\.name) == ["card", "page", "zoom"])
        // 640 × 480: the card is cut to 480 × 480, page and zoom fit and are never enlarged.
        #expect(photo.renditions.map { [$0.width, $0.height] } == [[480, 480], [640, 480], [640, 480]])
        for rendition in photo.renditions {
            #expect(rendition.webp.starts(with: Array("RIFF".utf8)) && rendition.webp[8..<12].elementsEqual("WEBP".utf8))
            #expect(rendition.jpeg.starts(with: [0xFF, 0xD8, 0xFF]))
        }
        let again = try PhotoLab.develop(PhotoFixture.example("yx-l102-1.jpg"), sizes: PhotoSize.standard)
        #expect(again == photo)
    }

    @Test(arguments: [
        ("yx-s101-1.jpg", true), ("yx-a101-1.jpg", true), ("yx-h102-1.jpg", true), ("yx-l102-1.jpg", false), ("yx-s101-4.jpg", false),
    ])
    func whiteBackground(name: String, white: Bool) throws {
        let tone = try #require(try PhotoLab.develop(PhotoFixture.example(name), sizes: [PhotoSize.standard[0]]).tone)
        #expect(tone.isWhite == white, "\(name): mean \(tone.mean), spread \(tone.spread)")
    }

    @Test(arguments: [
        // (box width, height, fill, source width, height, expected width, height)
        (480, 480, true, 2000, 1500, 480, 480), (480, 480, true, 300, 200, 300, 200), (800, 800, false, 2000, 1000, 800, 400),
        (800, 800, false, 640, 480, 640, 480), (800, 800, false, 1000, 3000, 267, 800), (800, 800, false, 0, 10, 0, 0),
    ])
    func fittedSize(box: (Int, Int, Bool, Int, Int, Int, Int)) {
        let size = PhotoSize(name: "x", width: box.0, height: box.1, fill: box.2)
        let fitted = size.fitted(width: box.3, height: box.4)
        #expect(fitted.width == box.5 && fitted.height == box.6)
    }

    @Test func toneOfARing() {
        // 4 × 4 white image with one black border pixel: 12 ring pixels (ring 1), mean 255 × 11 / 12.
        var rgb = [UInt8](repeating: 255, count: 4 * 4 * 3)
        rgb[0] = 0
        let tone = rgb.withUnsafeBytes { BackgroundTone.of(rgb: $0, width: 4, height: 4, ring: 1) }
        #expect(abs(tone.mean - 233.75) < 1e-9)
        #expect(abs(tone.spread - (255.0 * 255.0 * 11 / 12 - 233.75 * 233.75).squareRoot()) < 1e-9)
        #expect(!tone.isWhite)
    }

    @Test func factsRoundTrip() {
        let photo = DevelopedPhoto(format: .png, width: 900, height: 700, tone: BackgroundTone(mean: 250.125, spread: 1.5),
                                   renditions: [.init(name: "card", width: 480, height: 480)])
        #expect(FactsText.decode(FactsText.encode(photo)) == photo)
        #expect(FactsText.decode("shopsite-photo 2\nformat png\n") == nil)
        #expect(FactsText.decode("shopsite-photo 1\nformat gif\nsize 1 1\n") == nil)
    }
}
