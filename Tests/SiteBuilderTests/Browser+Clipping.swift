import Foundation

/// Which texts a page cuts short in a frame of a given width.
extension Browser {
    /// Every visible element matching `selector` whose text is wider than its box (`¥1,470,10… 238>186`), measured in a
    /// `width`-wide iframe after the page loaded; [] when none is cut, nil when Chromium gave no answer.
    static func clippedTexts(_ file: String, selector: String, width: Int) -> [String]? {
        offending(file, selector: selector, width: width, when: "e.scrollWidth > e.clientWidth + 1", report: "e.scrollWidth + \">\" + e.clientWidth")
    }

    /// Every visible element matching `selector` whose text runs over more than one line (`YX-H101 2 lines`).
    static func brokenTexts(_ file: String, selector: String, width: Int) -> [String]? {
        offending(file, selector: selector, width: width, when: "e.getClientRects().length > 1", report: "e.getClientRects().length + \" lines\"")
    }

    /// Every visible element matching `selector` for which the JavaScript `condition` on `e` holds, as its text and
    /// `report`, measured in a `width`-wide iframe after the page loaded; nil when Chromium gave no answer.
    static func offending(_ file: String, selector: String, width: Int, when condition: String, report: String) -> [String]? {
        measure(file, width: width, script: """
            d.querySelectorAll(\(String(reflecting: selector))).forEach(function (e) {
              if (e.offsetParent !== null && \(condition)) out.push(e.textContent + " " + \(report));
            });
            """)
    }
}
