import Foundation

/// Measuring a page from its host: the page is loaded in an iframe of a given width, a script reads it once loaded and
/// leaves its lines in a `<pre>` that the dumped DOM carries back.
extension Browser {
    /// The lines `script` pushed onto `out` (a JavaScript array; `d` is the page's document, `w` its window), measured
    /// in a `width`-wide iframe after the page loaded; nil when Chromium gave no answer.
    static func measure(_ file: String, width: Int, script: String) -> [String]? {
        let host = SiteFixture.temporaryFolder("frame") + "/host.html"
        let page = URL(fileURLWithPath: file).absoluteString
        let html = """
            <!doctype html><html><body style="margin:0"><iframe id="f" src="\(page)" style="width:\(width)px;height:1600px;border:0"></iframe>
            <script>document.getElementById("f").addEventListener("load", function () {
              var d = this.contentDocument, w = this.contentWindow, out = ["measured"];
              \(script)
              var p = document.createElement("pre"); p.id = "measured"; p.textContent = out.join("\\n"); document.body.appendChild(p);
            });</script></body></html>
            """
        guard FileManager.default.createFile(atPath: host, contents: Data(html.utf8)) else { return nil }
        let dom = dumpDOM("file://" + host, flags: ["--allow-file-access-from-files", "--window-size=1280,1600"], budget: 3000) {
            probeResult($0, id: "measured") != nil
        }.dom
        guard let text = probeResult(dom, id: "measured")?.replacingOccurrences(of: "&gt;", with: ">") else { return nil }
        return Array(text.split(separator: "\n").map(String.init).dropFirst())
    }
}
