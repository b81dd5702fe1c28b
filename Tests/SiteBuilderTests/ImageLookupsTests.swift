import Foundation
@testable import SiteBuilder
import Testing

/// The build's missing-image check looks at each path once, answers as `FileManager.fileExists` would for a safe
/// path (a folder exists too; a broken symlink does not), and keeps the `stat` of each raster photo found for the
/// photo stage's stamp.
@Suite struct ImageLookupsTests {
    @Test func answersLikeFileExistsAndKeepsThePhotosStatus() throws {
        let content = TestScratch.path("lookups") + "/content"
        defer { try? FileManager.default.removeItem(atPath: content + "/..") }
        try FileManager.default.createDirectory(atPath: content + "/assets/folder.jpg", withIntermediateDirectories: true)
        for name in ["a.jpg", "b.PNG", "logo.svg"] {
            #expect(FileManager.default.createFile(atPath: content + "/assets/" + name, contents: Data("x".utf8)))
        }
        try FileManager.default.createSymbolicLink(atPath: content + "/assets/broken.jpg", withDestinationPath: content + "/nowhere.jpg")
        let lookups = ImageLookups(contentPath: content)
        let cases: [(String, Bool)] = [("assets/a.jpg", true), ("assets/b.PNG", true), ("assets/logo.svg", true),
                                       ("assets/folder.jpg", true), ("assets/broken.jpg", false), ("assets/missing.jpg", false),
                                       ("../content/assets/a.jpg", false), ("https://evil.example/a.jpg", false)]
        for (path, exists) in cases {
            #expect(lookups.exists(path) == exists, "\(path)")
            #expect(lookups.exists(path) == FileManager.default.fileExists(atPath: content + "/" + path) || path.hasPrefix("..")
                    || path.hasPrefix("https"), "\(path) as fileExists")
            #expect(lookups.exists(path) == exists, "\(path), asked again")
        }
        #expect(lookups.statuses.keys.sorted() == ["assets/a.jpg", "assets/b.PNG", "assets/folder.jpg"])
        var info = stat()
        #expect(stat(content + "/assets/a.jpg", &info) == 0)
        #expect(lookups.statuses["assets/a.jpg"]?.st_ino == info.st_ino && lookups.statuses["assets/a.jpg"]?.st_size == 1)
    }
}
