@testable import Photos
import Testing

/// The facts as `stamps.tsv` and the facts files keep them, read byte by byte: whole facts round-trip, anything else
/// is refused (nil), as the string-based reader before it refused it.
@Suite struct FactsTextTests {
    @Test(arguments: [
        ("shopsite-photo 1;format jpeg;size 2000 1500;tone 239.47177419354838 15.411532446064806;rendition card 480 480",
         DevelopedPhoto(format: .jpeg, width: 2000, height: 1500, tone: BackgroundTone(mean: 239.47177419354838, spread: 15.411532446064806),
                        renditions: [.init(name: "card", width: 480, height: 480)])),
        ("shopsite-photo  1;;format  png;size 9 7;", DevelopedPhoto(format: .png, width: 9, height: 7, tone: nil, renditions: [])),
        ("shopsite-photo 1;format png;size +9 7", DevelopedPhoto(format: .png, width: 9, height: 7, tone: nil, renditions: [])),
    ])
    func wholeFactsAreRead(text: String, photo: DevelopedPhoto) {
        #expect(FactsText.decode(ArraySlice(text.utf8), lineBreak: UInt8(ascii: ";")) == photo)
    }

    @Test(arguments: [
        "", ";", "   ;format png;size 9 7", "shopsite-photo 2;format png;size 9 7", "shopsite-photo 1 x;format png;size 9 7",
        "format png;size 9 7", "shopsite-photo 1;format png", "shopsite-photo 1;format png;size 0 7",
        "shopsite-photo 1;format png;size 9", "shopsite-photo 1;format tiff;size 9 7", "shopsite-photo 1;format png;size 9 7;tone x 1",
        "shopsite-photo 1;format png;size 9 7;rendition card 4x 4", "shopsite-photo 1;format png;size 9 7;colour red",
        "shopsite-photo 1;format png;size 99999999999999999999 7",
    ])
    func anythingElseIsRefused(text: String) {
        #expect(FactsText.decode(ArraySlice(text.utf8), lineBreak: UInt8(ascii: ";")) == nil)
    }
}
