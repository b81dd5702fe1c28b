import Diagnostics
import Foundation
import Testing

/// `shopsite --help` and `COMMAND --help` as the executable prints them: in the language of the shop named, else of the
/// shop in the current folder (SHOP defaults to it), else of LC_ALL / LC_MESSAGES / LANG, else English.
@Suite struct HelpLanguageProcessTests {
    /// Runs the built executable in `folder` with exactly `environment`; its stdout.
    static func help(_ arguments: [String], in folder: String, environment: [String: String]) throws -> String {
        let executable = try #require(HostileInterruptedBuildTests.executable, "run `swift build --build-tests` first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment.merging(["SHOPSITE_THEME": SiteFixture.repository + "/templates"]) { a, _ in a }
        let output = folder + "/.help-out"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: output))
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0)
        return SiteFixture.text(folder, ".help-out").trimmingCharacters(in: .newlines)
    }

    static func text(_ code: MessageCode, _ language: Language) -> String {
        MessageCatalog.text(code, in: language).trimmingCharacters(in: .newlines)
    }

    static let usage = (zh: text("H-USAGE", .zhCN), en: text("H-USAGE", .en))
    static let build = (zh: text("H-HELP-BUILD", .zhCN), en: text("H-HELP-BUILD", .en))

    @Test func aShopInTheCurrentFolderSetsTheLanguage() throws {
        let shop = SiteFixture.write(["content/site.yaml": "name: Test\nlocale: en\n"], under: SiteFixture.temporaryFolder("help-en"))
        #expect(try Self.help(["--help"], in: shop, environment: ["LANG": "zh_CN.UTF-8"]) == Self.usage.en)
        #expect(try Self.help(["build", "--help"], in: shop, environment: ["LANG": "zh_CN.UTF-8"]) == Self.build.en)
        let chinese = SiteFixture.write(["content/site.yaml": "name: 测试\nlocale: zh-CN\n"], under: SiteFixture.temporaryFolder("help-zh"))
        #expect(try Self.help(["--help"], in: chinese, environment: ["LANG": "en_US.UTF-8"]) == Self.usage.zh)
        // A shop named on the command line wins over the current folder's.
        #expect(try Self.help(["build", shop, "--help"], in: chinese, environment: [:]) == Self.build.en)
        #expect(try Self.help(["--help", "--lang", "zh-CN"], in: shop, environment: [:]).hasPrefix(String(Self.usage.zh.prefix(10))))
    }

    /// `--version`, `-V` and `version` print `shopsite X.Y.Z` on one line and exit 0, whatever the shop or language.
    @Test(arguments: [["--version"], ["-V"], ["version"]])
    func theVersionIsOneLine(arguments: [String]) throws {
        let folder = SiteFixture.temporaryFolder("version")
        let line = try Self.help(arguments, in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        let number = line.hasPrefix("shopsite ") ? line.dropFirst("shopsite ".count).split(separator: ".") : []
        #expect(number.count == 3 && number.allSatisfy { UInt($0) != nil }, "\(line)")
        #expect(SiteFixture.text(folder, ".help-out") == line + "\n")
    }

    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], true), (["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], true),
        (["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], false), (["LANG": "C.UTF-8"], false), ([:], false),
    ] as [([String: String], Bool)])
    func withoutAShopTheSystemLocaleDecides(environment: [String: String], chinese: Bool) throws {
        let empty = SiteFixture.temporaryFolder("help-none")
        #expect(try Self.help(["--help"], in: empty, environment: environment) == (chinese ? Self.usage.zh : Self.usage.en))
    }

    /// `shopsite version extra` prints no version: the mistake and the usage on stderr, exit 2 like every usage error.
    @Test(arguments: [["version", "extra"], ["--version", "x"], ["-V", "--all"]])
    func anExtraArgumentToVersionIsBadUsage(arguments: [String]) throws {
        let executable = try #require(HostileInterruptedBuildTests.executable, "run `swift build --build-tests` first")
        let folder = SiteFixture.temporaryFolder("version-extra")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["LANG": "C.UTF-8"]
        let (out, err) = (folder + "/out", folder + "/err")
        for path in [out, err] { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let (outHandle, errHandle) = (try #require(FileHandle(forWritingAtPath: out)), try #require(FileHandle(forWritingAtPath: err)))
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        #expect(process.terminationStatus == 2)
        #expect(SiteFixture.text(folder, "out").isEmpty)
        let stderr = SiteFixture.text(folder, "err")
        #expect(stderr.hasPrefix("shopsite: unexpected argument `\(arguments[1])` for `\(arguments[0])`")
                || stderr.hasPrefix("shopsite: unknown option `\(arguments[1])` for `\(arguments[0])`"), "\(stderr)")
        #expect(stderr.hasSuffix(Self.usage.en + "\n"), "\(stderr)")
    }
}
