import ShopModel
import TemplateEngine

/// One headline figure card: value, change against the previous window, benchmark, sparkline.
struct KPI {
    var label: String
    var value: String
    var delta = "—"
    var deltaClass = "is-flat"
    var previous: String?
    var bench: String?
    var benchClass = ""
    var spark: String?

    var value_: TemplateValue {
        .map(["label": .string(label), "value": .string(value), "delta": .string(delta), "delta_class": .string(deltaClass),
              "previous": .text(previous), "bench": .text(bench), "bench_class": .string(benchClass),
              "spark": spark.map { .safe($0) } ?? .null])
    }

    /// Sets the relative change from `before` to `now`: `+8.2%`, `-4.7%`, "—" when there was nothing before.
    mutating func compare(_ now: Double?, _ before: Double?) {
        guard let now, let before, before != 0 else { return }
        let change = (now - before) / abs(before)
        delta = (change > 0 ? "+" : "") + Display.percent(change)
        deltaClass = Display.percent(change) == "0.0%" || Display.percent(change) == "-0.0%" ? "is-flat" : (change > 0 ? "is-up" : "is-down")
        if deltaClass == "is-flat" { delta = "0.0%" }
    }

    /// Sets the change of a ratio in percentage points, followed by `unit` (个百分点, pp): `+0.2 个百分点`.
    mutating func comparePoints(_ now: Double?, _ before: Double?, unit: String) {
        guard let now, let before else { return }
        let points = Display.decimal((now - before) * 100, places: 1)
        if points == "0.0" || points == "-0.0" { delta = "0.0 " + unit; deltaClass = "is-flat"; return }
        delta = (now > before ? "+" : "") + points + " " + unit
        deltaClass = now > before ? "is-up" : "is-down"
    }
}
