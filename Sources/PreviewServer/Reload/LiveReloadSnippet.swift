import TextEscaping

/// The markup the preview adds to HTML pages it serves: the reload script and, after a failed build,
/// the error overlay. It is only ever added on the wire, never written into the built files.
enum LiveReloadSnippet {
    /// The path of the server-sent-events stream.
    static let eventsPath = "/__shopsite/events"
    /// The path answering the current version number, for polling.
    static let versionPath = "/__shopsite/version"

    /// The script that reloads the page on a `reload` event (or a version change when polling).
    static func script(version: Int) -> String {
        """
        <script data-shopsite-live-reload>(function(){var v="\(version)";var polling=false;\
        function poll(){if(polling)return;polling=true;setInterval(function(){\
        fetch("\(versionPath)",{cache:"no-store"}).then(function(r){return r.text()})\
        .then(function(t){if(t.trim()!==v)location.reload()}).catch(function(){})},1000)}\
        if(!window.EventSource){poll();return}\
        var es=new EventSource("\(eventsPath)");\
        es.addEventListener("reload",function(){location.reload()});\
        es.addEventListener("version",function(e){if(e.data!==v)location.reload()});\
        es.onerror=function(){if(es.readyState===2)poll()}})();</script>
        """
    }

    /// A dismissable overlay listing the build errors, escaped, in monospace.
    static func overlay(errors: String) -> String {
        """
        <div id="shopsite-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;\
        overflow:auto;margin:0;padding:24px;background:rgba(32,8,8,.94);color:#fde8e8;\
        font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace">\
        <button type="button" onclick="this.parentNode.remove()" style="float:right;font:inherit;\
        padding:4px 12px;cursor:pointer">Dismiss</button>\
        <h2 style="margin:0 0 8px;font-size:18px">shopsite: the build failed</h2>\
        <p style="margin:0 0 16px">The last good site is still being served; this page reloads when the \
        files are fixed.</p><pre style="white-space:pre-wrap;margin:0">\(HTMLEscaper.escaped(errors))</pre></div>
        """
    }

    /// Inserts `snippet` before the last `</body>` (any case), or appends it when there is none.
    static func inject(_ snippet: String, into page: [UInt8]) -> [UInt8] {
        let insert = Array(snippet.utf8)
        guard let index = lastBodyClose(in: page) else { return page + insert }
        return Array(page[..<index]) + insert + Array(page[index...])
    }

    private static func lastBodyClose(in page: [UInt8]) -> Int? {
        let pattern = Array("</body".utf8)
        guard page.count >= pattern.count else { return nil }
        var index = page.count - pattern.count
        while index >= 0 {
            var matches = true
            for offset in 0..<pattern.count where lowercased(page[index + offset]) != pattern[offset] {
                matches = false
                break
            }
            if matches { return index }
            index -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
