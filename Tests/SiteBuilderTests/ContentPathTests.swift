@testable import SiteBuilder
import Testing

/// Content paths are checked on their UTF-8 bytes, as the file system reads them: a combining mark after a slash
/// (one Character with it) no longer hides a `..` or `.` segment.
@Suite struct ContentPathTests {
    @Test(arguments: [
        ("assets/photos/a.jpg", true), ("产品/图片 1.png", true), ("a/\u{301}b.png", true), ("...", true), ("a/.b/c..", true),
        ("", false), ("/a.png", false), ("a/", false), ("a//b.png", false), ("./a.png", false), ("a/../b.png", false), ("..", false),
        ("../\u{301}x.png", false), ("./\u{301}x.png", false), ("a/..\u{0}/b", false), ("a\\b.png", false), ("a\tb.png", false),
        ("a\u{7f}.png", false),
    ])
    func segmentsAreCheckedOnBytes(path: String, safe: Bool) {
        #expect(ContentPath.isSafe(path) == safe)
    }
}
