import Foundation

/// What scrolls sideways on a page shown in a phone-wide frame.
extension Browser {
    /// The page's width against the frame's, then every visible box that scrolls sideways (`DIV.table-wrap 560>360`),
    /// measured in a `width`-wide iframe after the page loaded; nil when Chromium gave no answer.
    static func sidewaysScroll(_ file: String, width: Int) -> [String]? {
        let host = SiteFixture.temporaryFolder("overflow") + "/host.html"
        let page = URL(fileURLWithPath: file).absoluteString
        let html = """
            <!doctype html><html><body style="margin:0"><iframe id="f" src="\(page)" style="width:\(width)px;height:1600px;border:0"></iframe>
            <script>document.getElementById("f").addEventListener("load", function () {
              var d = this.contentDocument, w = this.contentWindow, out = ["page " + d.documentElement.scrollWidth + "/" + w.innerWidth];
              d.querySelectorAll("*").forEach(function (e) {
                var x = w.getComputedStyle(e).overflowX;
                if ((x === "auto" || x === "scroll") && e.scrollWidth > e.clientWidth + 1 && e.offsetParent !== null && !e.closest(".site-nav")) {
                  out.push(e.tagName + "." + e.className + " " + e.scrollWidth + ">" + e.clientWidth);
                }
              });
              var p = document.createElement("pre"); p.id = "sideways"; p.textContent = out.join("\\n"); document.body.appendChild(p);
            });</script></body></html>
            """
        guard FileManager.default.createFile(atPath: host, contents: Data(html.utf8)) else { return nil }
        let dom = dumpDOM("file://" + host, flags: ["--allow-file-access-from-files", "--window-size=1280,1600"], budget: 3000) {
            probeResult($0, id: "sideways") != nil
        }.dom
        return probeResult(dom, id: "sideways")?.replacingOccurrences(of: "&gt;", with: ">").split(separator: "\n").map(String.init)
    }
}
