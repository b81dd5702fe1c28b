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
        let host = SiteFixture.temporaryFolder("clipping") + "/host.html"
        let page = URL(fileURLWithPath: file).absoluteString
        let html = """
            <!doctype html><html><body style="margin:0"><iframe id="f" src="\(page)" style="width:\(width)px;height:1600px;border:0"></iframe>
            <script>document.getElementById("f").addEventListener("load", function () {
              var out = ["measured"];
              this.contentDocument.querySelectorAll(\(String(reflecting: selector))).forEach(function (e) {
                if (e.offsetParent !== null && \(condition)) out.push(e.textContent + " " + \(report));
              });
              var p = document.createElement("pre"); p.id = "clipped"; p.textContent = out.join("\\n"); document.body.appendChild(p);
            });</script></body></html>
            """
        guard FileManager.default.createFile(atPath: host, contents: Data(html.utf8)) else { return nil }
        let dom = dumpDOM("file://" + host, flags: ["--allow-file-access-from-files", "--window-size=1280,1600"], budget: 3000) {
            probeResult($0, id: "clipped") != nil
        }.dom
        guard let text = probeResult(dom, id: "clipped")?.replacingOccurrences(of: "&gt;", with: ">") else { return nil }
        return Array(text.split(separator: "\n").map(String.init).dropFirst())
    }
}
