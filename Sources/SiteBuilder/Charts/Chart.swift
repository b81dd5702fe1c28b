/// Inline SVG charts built at site-build time: pure functions, byte-identical output for the same input.
///
/// Every chart is an `<svg role="img">` with a `<title>` and `aria-label`, a `viewBox` and
/// `width="100%"` so it scales with its container, colours taken from the page's CSS custom
/// properties (`--brand`, `--accent`, `--chart-N`) with fallbacks, and all content text XML-escaped.
/// Empty data gives a "no data" picture; no output ever contains `nan` or `inf`.
public enum Chart {
    /// The text drawn in a chart that has nothing to show.
    public static let noDataText = "暂无数据 · No data"
}
