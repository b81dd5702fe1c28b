import Foundation

/// Dumping a page's DOM only once what its scripts render is there.
extension Browser {
    /// Chromium's DOM of `url` (and its stderr) once `ready` holds for it. `--virtual-time-budget` alone lets a loaded
    /// machine dump the DOM before a script rendered, so Chromium is asked again with twice the virtual time (from
    /// `budget` up to 32 s) until `ready` holds or 150 s have passed; the last dump is returned either way.
    static func dumpDOM(_ url: String, flags: [String] = [], budget: Int = 2000, until ready: (String) -> Bool) -> (dom: String, err: String) {
        let deadline = Date().addingTimeInterval(150)
        var budget = budget
        while true {
            let result = run(chromium ?? "", headless(flags + ["--virtual-time-budget=\(budget)", "--dump-dom", url]))
            if ready(result.out) || budget >= 32_000 || Date() > deadline { return (result.out, result.err) }
            budget *= 2
        }
    }

    /// The text of the `<pre id="…">` a probe page fills when it is done, or nil when it is missing or still empty.
    static func probeResult(_ dom: String, id: String) -> String? {
        guard let start = dom.range(of: "<pre id=\"\(id)\">"), let end = dom[start.upperBound...].range(of: "</pre>") else { return nil }
        let text = dom[start.upperBound..<end.lowerBound]
        return text.isEmpty ? nil : String(text)
    }
}
