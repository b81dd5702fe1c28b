import Foundation

/// The colours a page's marks are painted in.
extension Browser {
    /// The computed `fill` of every element matching `selector` as (r, g, b), in document order; nil when Chromium gave
    /// no answer.
    static func fills(_ file: String, selector: String) -> [[Int]]? {
        let host = SiteFixture.temporaryFolder("fills") + "/host.html"
        let page = URL(fileURLWithPath: file).absoluteString
        let html = """
            <!doctype html><html><body style="margin:0"><iframe id="f" src="\(page)" style="width:1280px;height:1600px;border:0"></iframe>
            <script>document.getElementById("f").addEventListener("load", function () {
              var w = this.contentWindow, out = ["measured"];
              this.contentDocument.querySelectorAll(\(String(reflecting: selector))).forEach(function (e) { out.push(w.getComputedStyle(e).fill); });
              var p = document.createElement("pre"); p.id = "fills"; p.textContent = out.join("\\n"); document.body.appendChild(p);
            });</script></body></html>
            """
        guard FileManager.default.createFile(atPath: host, contents: Data(html.utf8)) else { return nil }
        let dom = dumpDOM("file://" + host, flags: ["--allow-file-access-from-files", "--window-size=1280,1600"], budget: 3000) {
            probeResult($0, id: "fills") != nil
        }.dom
        guard let text = probeResult(dom, id: "fills") else { return nil }
        return text.split(separator: "\n").dropFirst().map { line in
            line.split { !$0.isNumber }.compactMap { Int($0) }
        }
    }
}
