import Foundation
import Testing
@testable import SiteBuilder

/// `make test` installs the test packages when run as root and says how many browser tests skipped themselves.
@Suite struct MakefileTests {
    static func makefile() throws -> String {
        try String(contentsOfFile: SiteFixture.repository + "/Makefile", encoding: .utf8)
    }

    /// The @Test functions of a test file, counted as the Makefile counts them.
    static func tests(in file: String) throws -> Int {
        let text = try String(contentsOfFile: SiteFixture.repository + "/Tests/" + file, encoding: .utf8)
        return text.split(separator: "\n").count { $0.drop { $0 == " " }.hasPrefix("@Test") }
    }

    @Test func makeTestInstallsTheTestPackagesLikeMakeSiteInstallsTheLibraries() throws {
        let lines = try Self.makefile().split(separator: "\n")
        #expect(lines.contains("test: test-deps"))
        #expect(lines.contains("TEST_PACKAGES := chromium poppler-utils fonts-wqy-microhei"))
        #expect(lines.contains { $0.contains("$(SWIFT) test --skip-build") && $0.contains("browser-skips") })
    }

    @Test func browserSkipsCountsTheBrowserTestsThatSkipThemselves() throws {
        let run = Browser.run("/usr/bin/env", ["make", "-s", "--no-print-directory", "-C", SiteFixture.repository, "browser-skips"])
        #expect(run.status == 0, "\(run.err)")
        let skipped = (Browser.available ? 0 : try Self.tests(in: "SiteBuilderTests/BrowserTests.swift"))
            + (Browser.chromium == nil ? try Self.tests(in: "PreviewServerTests/CatalogSearchBrowserTests.swift") : 0)
        #expect(try Self.tests(in: "SiteBuilderTests/BrowserTests.swift") > 0)
        if skipped == 0 {
            #expect(run.out.contains("browser tests: none skipped"))
        } else {
            #expect(run.err.hasPrefix("\(skipped) browser tests skipped: Chromium or poppler-utils missing"))
        }
    }
}
