import TextEscaping

/// Accumulates the elements of one chart and wraps them in an accessible, responsive `<svg>`.
struct SVGCanvas {
    /// The chart kind, used in the class list: `chart-svg chart-<kind>`.
    let kind: String
    /// The viewBox width in user units.
    let width: Double
    /// The viewBox height in user units.
    let height: Double
    /// The unescaped chart title, used for `<title>` and `aria-label`.
    let title: String
    /// The unescaped figures in words, for `<desc>` (the donut's slices); nil for none.
    let description: String?
    private var body = ""

    /// Starts an empty canvas.
    init(kind: String, width: Double, height: Double, title: String, description: String? = nil) {
        self.kind = kind
        self.width = width
        self.height = height
        self.title = title
        self.description = description
    }

    /// Appends raw, already-escaped SVG markup.
    mutating func add(_ markup: String) {
        body += markup
    }

    /// Appends a `<text>`; `content` is escaped here.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", className: String) {
        let position = "x=\"\(SVGNumber.coordinate(x))\" y=\"\(SVGNumber.coordinate(y))\""
        let fill = className == "chart-empty-text" ? "#94a3b8" : "#475569"
        body += "<text class=\"\(className)\" \(position) text-anchor=\"\(anchor)\" fill=\"\(fill)\">\(XMLEscaper.escape(content))</text>"
    }

    /// Appends a `<line>` between two points.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        let c = SVGNumber.coordinate
        let stroke = className == "chart-grid" ? "#e2e8f0" : "#94a3b8"
        body += "<line class=\"\(className)\" stroke=\"\(stroke)\" x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\"/>"
    }

    /// The finished `<svg>` document fragment.
    func finished() -> String {
        let label = XMLEscaper.escape(title)
        let c = SVGNumber.coordinate
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg chart-\(kind)\" viewBox=\"0 0 \(c(width)) \(c(height))\""
            + " width=\"100%\" role=\"img\" aria-label=\"\(label)\" font-size=\"12\">"
            + "<title>\(label)</title>" + (description.map { "<desc>" + XMLEscaper.escape($0) + "</desc>" } ?? "") + body + "</svg>"
    }
}
