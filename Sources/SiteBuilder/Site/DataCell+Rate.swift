import ShopModel
import TextEscaping

extension DataCell {
    /// An exact fraction (a margin) as a percentage with one decimal, half away from zero (`34.6%`), "—" when none;
    /// the CSV and sort keys hold the fraction itself (`0.3456`).
    static func rate(_ rate: Rate?) -> DataCell {
        guard let rate else { return DataCell(text: "—", csv: "", sort: "") }
        let fraction = rate.description
        return DataCell(text: Display.percent(exactly: rate), csv: fraction, sort: fraction)
    }
}
