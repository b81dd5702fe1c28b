import Foundation
import Testing
@testable import SiteBuilder

/// The full to-do page gives its as_of date in words like the dashboard, the analytics and the checks page
/// (数据截至 2025年11月30日, Figures as of 30 Nov 2025), not the table form 2025-11-30 in the middle of a sentence.
@Suite struct TodoAsOfDateTests {
    @Test func theToDoPageWritesTheDateInWords() {
        let html = SiteFixture.text(SitePagesTests.example.1, "todo.html")
        #expect(html.contains("<p class=\"page-sub\">数据截至 2025年11月30日</p>"))
        #expect(SiteFixture.text(SitePagesTests.example.1, "index.html").contains("数据截至 2025年11月30日"))
    }

    @Test func inEnglishToo() {
        #expect(SiteFixture.text(EnglishCountedAdviceTests.site, "todo.html").contains("<p class=\"page-sub\">Figures as of 30 Nov 2025</p>"))
    }
}
