/// The contract's bounds on a line's quantity: whole units from 1 to 1,000,000,000, so that a quantity times a price
/// below `Money.ceiling` always fits in the exact 64-bit arithmetic (a pasted barcode is an error, not a crash).
public enum Quantity {
    /// The largest quantity a line may hold.
    public static let maximum = 1_000_000_000

    /// The quantities a line may hold.
    public static let range = 1...maximum

    /// `maximum` as messages write it.
    public static let maximumText = "1,000,000,000"
}
