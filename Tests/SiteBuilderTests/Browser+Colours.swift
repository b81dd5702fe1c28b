import Foundation

/// The colours a page's marks are painted in.
extension Browser {
    /// The computed `fill` of every element matching `selector` as (r, g, b), in document order; nil when Chromium gave
    /// no answer.
    static func fills(_ file: String, selector: String) -> [[Int]]? {
        let lines = measure(file, width: 1280, script: """
            d.querySelectorAll(\(String(reflecting: selector))).forEach(function (e) { out.push(w.getComputedStyle(e).fill); });
            """)
        return lines?.map { line in line.split { !$0.isNumber }.compactMap { Int($0) } }
    }
}
