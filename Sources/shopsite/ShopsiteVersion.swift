/// The version of shopsite, printed by `shopsite --version` (the one place it is written).
enum ShopsiteVersion {
    /// The release number, `MAJOR.MINOR.PATCH`.
    static let number = "0.11.0"

    /// The line `--version` prints: `shopsite 0.11.0`.
    static var line: String { "shopsite " + number + "\n" }
}
