import Foundation
import Testing
@testable import SiteBuilder

/// The derived photos as Chromium shows them: the catalog's first cards and the product page's main photo come from
/// `<picture>` (the WebP source chosen), at their derived pixel sizes, with width and height set.
@Suite(.serialized, .enabled(if: Browser.chromium != nil, "chromium not installed: browser test skipped"))
struct PhotoBrowserTests {
    /// Loads `pages` of the example site in frames of a probe page (same origin on disk) and returns, per loaded
    /// picture image that is not lazy, `page file naturalWidth×naturalHeight width-attribute`, then the source counts.
    static func probe(_ pages: [String]) -> [String] {
        let folder = SiteFixture.temporaryFolder("probe")
        let list = pages.map { "\"file://\(Browser.site)/\($0)\"" }.joined(separator: ",")
        let html = """
        <!doctype html><meta charset="utf-8"><body><pre id="out"></pre><script>
        var pages = [\(list)], out = [], left = pages.length;
        pages.forEach(function (url) {
          var frame = document.createElement('iframe');
          frame.width = 1280; frame.height = 2000; frame.src = url;
          frame.onload = function () {
            var d = frame.contentDocument, name = url.split('/').slice(-2).join('/');
            Array.prototype.forEach.call(d.querySelectorAll('picture img'), function (img) {
              if (img.getAttribute('loading') === 'lazy') { return; }
              out.push(name + ' ' + img.currentSrc.split('/').pop() + ' ' + img.naturalWidth + 'x' + img.naturalHeight + ' ' + img.getAttribute('width'));
            });
            out.push(name + ' webp sources ' + d.querySelectorAll('picture > source[type="image/webp"]').length);
            if (--left === 0) { document.getElementById('out').textContent = out.join('\\n'); }
          };
          document.body.appendChild(frame);
        });
        </script>
        """
        _ = FileManager.default.createFile(atPath: folder + "/probe.html", contents: Data(html.utf8))
        // The probe fills <pre id="out"> only when every frame loaded: wait for that, not for a fixed virtual time.
        let dom = Browser.dumpDOM("file://" + folder + "/probe.html", flags: ["--allow-file-access-from-files"], budget: 5000) {
            Browser.probeResult($0, id: "out") != nil
        }.dom
        return (Browser.probeResult(dom, id: "out") ?? "").split(separator: "\n").map(String.init)
    }

    @Test func catalogAndProductPageServeDerivedImages() {
        let lines = Self.probe(["products/index.html", "products/YX-L102.html"])
        let catalog = lines.filter { $0.hasPrefix("products/index.html ") && $0.contains(".webp ") }
        // The first group (合页, three products) loads at once: each card the 480 × 480 WebP, which `sizes` (240px)
        // shows at density 2, so its natural size is 240 × 240; the markup keeps width="480" height="480".
        #expect(catalog.count == 3, "\(lines)")
        #expect(catalog.allSatisfy { $0.hasSuffix("-jpg-card.webp 240x240 480") }, "\(catalog)")
        // YX-L102's main photo is 640 × 480: the page size is its own size, as WebP, shown in a 480px slot.
        #expect(lines.contains("products/YX-L102.html yx-l102-1-jpg-page.webp 480x360 640"), "\(lines)")
        #expect(lines.contains("products/YX-L102.html webp sources 6"), "\(lines)")  // main + five thumbnails
        #expect(lines.contains { $0.hasPrefix("products/index.html webp sources ") && !$0.hasSuffix(" 0") }, "\(lines)")
    }
}
