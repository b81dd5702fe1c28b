import Foundation
import Testing

/// `shopsite serve --lang` as the executable runs it: like build's, it sets the language of the messages (default:
/// site.yaml `locale`). A shop whose output folder serve must refuse ends at once, so the refusal shows the language.
@Suite struct ServeLanguageProcessTests {
    /// Runs the built executable; its exit status and stderr.
    static func run(_ arguments: [String]) throws -> (status: Int32, err: String) {
        let executable = try #require(HostileInterruptedBuildTests.executable, "run `swift build --build-tests` first")
        let folder = SiteFixture.temporaryFolder("serve-lang-run")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["SHOPSITE_THEME": SiteFixture.repository + "/templates", "LANG": "C.UTF-8"]
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: folder + "/err"))
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, SiteFixture.text(folder, "err"))
    }

    /// A shop (zh-CN by site.yaml, or en) whose public/ holds a file of the merchant's: serve refuses to use it.
    static func refusedShop(locale: String) -> String {
        SiteFixture.write(["content/site.yaml": "name: 测试\nlocale: \(locale)\n", "public/notes.txt": "mine"],
                          under: SiteFixture.temporaryFolder("serve-lang"))
    }

    @Test(arguments: [
        ("zh-CN", [String](), "作为输出文件夹：它不是空文件夹"),
        ("zh-CN", ["--lang", "en"], "not created by shopsite"),
        ("en", [String](), "not created by shopsite"),
        ("en", ["--lang", "zh-CN"], "作为输出文件夹：它不是空文件夹"),
        ("en", ["--lang=zh-CN"], "作为输出文件夹：它不是空文件夹"),
    ])
    func theRefusalIsInTheLanguageAsked(locale: String, options: [String], fragment: String) throws {
        let shop = Self.refusedShop(locale: locale)
        let (status, err) = try Self.run(["serve", shop, "--port", "47913"] + options)
        #expect(status == 2)
        #expect(err.contains(fragment), "\(err)")
        #expect(FileManager.default.fileExists(atPath: shop + "/public/notes.txt"))
    }

    @Test func aBadLanguageIsBadUsage() throws {
        let (status, err) = try Self.run(["serve", Self.refusedShop(locale: "en"), "--lang", "fr"])
        #expect(status == 2)
        #expect(err.contains("--lang must be zh-CN or en, not `fr`") || err.contains("--lang 只能是 zh-CN 或 en，不能是 `fr`"), "\(err)")
    }
}
