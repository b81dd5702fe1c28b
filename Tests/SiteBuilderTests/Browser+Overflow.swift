import Foundation

/// What scrolls sideways on a page shown in a phone-wide frame.
extension Browser {
    /// The page's width against the frame's, then every visible box that scrolls sideways (`DIV.table-wrap 560>360`),
    /// measured in a `width`-wide iframe after the page loaded; nil when Chromium gave no answer.
    static func sidewaysScroll(_ file: String, width: Int) -> [String]? {
        measure(file, width: width, script: """
            out.push("page " + d.documentElement.scrollWidth + "/" + w.innerWidth);
            d.querySelectorAll("*").forEach(function (e) {
              var x = w.getComputedStyle(e).overflowX;
              if ((x === "auto" || x === "scroll") && e.scrollWidth > e.clientWidth + 1 && e.offsetParent !== null && !e.closest(".site-nav")) {
                out.push(e.tagName + "." + e.className + " " + e.scrollWidth + ">" + e.clientWidth);
              }
            });
            """)
    }
}
