import ShopModel

extension Display {
    /// An exact fraction as a percentage with one decimal, rounded half away from zero: 0.3456 → `34.6%`,
    /// -0.1234 → `-12.3%`.
    static func percent(exactly rate: Rate) -> String {
        let value = rate.tenThousandths  // hundredths of a percent
        let tenths = (value + (value < 0 ? -5 : 5)) / 10
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)%"
    }
}
