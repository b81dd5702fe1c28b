import Diagnostics
import Testing
@testable import shopsite

/// `shopsite --version` (Zola's spelling), `-V` and `shopsite version` (Hugo's): one line `shopsite X.Y.Z`, and the
/// usage lists it in both languages.
@Suite struct VersionTests {
    @Test(arguments: [["--version"], ["-V"], ["version"], ["--version", "--lang", "en"]])
    func eachSpellingAsksForTheVersion(arguments: [String]) throws {
        #expect(try Invocation.parse(arguments) == .version)
    }

    @Test func theVersionIsOneLineOfThreeNumbers() {
        let line = ShopsiteVersion.line
        #expect(line.hasPrefix("shopsite ") && line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
        let parts = ShopsiteVersion.number.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }, "\(parts)")
        #expect(line == "shopsite \(ShopsiteVersion.number)\n")
    }

    @Test(arguments: [Language.en, .zhCN])
    func theUsageNamesIt(language: Language) {
        let usage = MessageCatalog.text("H-USAGE", in: language)
        #expect(usage.contains("shopsite --version") && usage.contains("-V") && usage.contains("`shopsite version`"))
    }

    /// A command's own options are unchanged: `--version` after a command is still an unknown option.
    @Test func afterACommandItIsAnUnknownOption() {
        #expect { try Invocation.parse(["build", "--version"]) } throws: {
            ($0 as? UsageError)?.message == "unknown option `--version` for `build`"
        }
    }

    /// `shopsite version extra` is a usage mistake (exit 2 with the usage, as main prints every `UsageError`), not the
    /// version: an extra word or an unknown option after any spelling is refused.
    @Test(arguments: [(["version", "extra"], "unexpected argument `extra` for `version`"),
                      (["--version", "1.2"], "unexpected argument `1.2` for `--version`"),
                      (["-V", "--verbose"], "unknown option `--verbose` for `-V`"),
                      (["version", "--lang", "fr"], "--lang must be zh-CN or en, not `fr`")])
    func anExtraArgumentIsAUsageError(arguments: [String], message: String) {
        #expect { try Invocation.parse(arguments) } throws: { ($0 as? UsageError)?.message == message }
    }
}
