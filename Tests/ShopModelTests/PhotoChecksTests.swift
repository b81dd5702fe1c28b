import Diagnostics
import Testing
@testable import ShopModel

/// The guide's photo warnings, at the `images:` line, with edges exactly at the thresholds.
@Suite struct PhotoChecksTests {
    static let at = "content/products/P1.md:14: warning: "
    static let white = (mean: 255.0, spread: 0.0)

    static func messages(_ facts: [String: ImageFacts], images: [String] = ["a.jpg", "b.jpg"]) -> [String] {
        var product = Fixture.product("P1", lines: ["images": 14])
        product.images = images
        return ShopChecks.photoWarnings(product, facts: { facts[$0] }).map(\.description)
    }

    static func photo(_ width: Int, _ height: Int, bytes: Int = 200_000, white: Bool? = true,
                      border: (mean: Double, spread: Double)? = PhotoChecksTests.white) -> ImageFacts {
        ImageFacts(width: width, height: height, byteSize: bytes, border: border, whiteBackground: white)
    }

    @Test(arguments: [
        (800, 800, [String]()),
        (1600, 1600, []),
        (799, 799, ["main image \"a.jpg\" is 799 × 799 pixels, under the guide's 800 × 800"]),
        (800, 799, ["main image \"a.jpg\" is 800 × 799 pixels, under the guide's 800 × 800",
                    "hint: main image \"a.jpg\" is 800 × 799, not square; catalog cards cut it square"]),
        (1200, 900, ["hint: main image \"a.jpg\" is 1200 × 900, not square; catalog cards cut it square"]),
    ])
    func mainImageSize(width: Int, height: Int, expected: [String]) {
        #expect(Self.messages(["a.jpg": Self.photo(width, height)]) == expected.map { Self.at + $0 })
    }

    @Test func notWhiteBackground() {
        let facts = Self.photo(800, 800, white: false, border: (mean: 97.44, spread: 26.25))
        #expect(Self.messages(["a.jpg": facts]) == [Self.at + "main image \"a.jpg\" is not on a white background "
            + "(edge brightness 97.4 of 255, spread 26.3); the guide asks for white"])
        // Only the main image's background counts.
        #expect(Self.messages(["a.jpg": Self.photo(800, 800), "b.jpg": facts]) == [])
    }

    @Test(arguments: [(5 * 1024 * 1024, false), (5 * 1024 * 1024 + 1, true)])
    func imageOverFiveMegabytes(bytes: Int, warned: Bool) {
        let messages = Self.messages(["a.jpg": Self.photo(800, 800), "b.jpg": Self.photo(400, 300, bytes: bytes, white: false)])
        #expect(messages == (warned ? [Self.at + "image \"b.jpg\" is 5.0 MB, over 5 MB"] : []))
    }

    @Test func noFactsNoWarnings() {
        // An SVG, a missing file or a product without images: other checks speak for them.
        #expect(Self.messages([:]) == [])
        #expect(Self.messages([:], images: []) == [])
        #expect(Self.messages(["a.jpg": Self.photo(10, 10)], images: ["logo.svg", "a.jpg"]) == [])
    }

    @Test(arguments: [(0.0, "0.0"), (97.44, "97.4"), (97.45, "97.5"), (254.96, "255.0")])
    func decimal(value: Double, text: String) {
        #expect(ShopChecks.decimal(value) == text)
    }
}
