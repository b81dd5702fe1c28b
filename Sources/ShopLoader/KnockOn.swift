import Diagnostics

/// A reference that fails only because the file defining its id did not load (an error in that file's front
/// matter): it is printed as a note under that file's first error, so the cause comes first and is counted once.
struct KnockOn: Sendable {
    /// The file that did not load, relative to the shop (`content/products/YX-S101.md`).
    var cause: String
    /// The reference error as it would read on its own: `content/orders/O-1.md:7: error: unknown sku `YX-S101``.
    var error: Diagnostic

    /// The note printed under the cause: `content/orders/O-1.md:7: note: unknown sku `YX-S101` here follows from this error`.
    var note: Diagnostic {
        Diagnostic(.note, "N-KNOCK-ON", error.arguments.merging(["error": error.code.rawValue]) { a, _ in a }, at: error.location)
    }

    /// Files `error` as a knock-on under `cause` when there is one, else as an error of its own.
    static func file(_ error: Diagnostic, under cause: String?, problems: inout [Diagnostic], knockOns: inout [KnockOn]) {
        if let cause {
            knockOns.append(KnockOn(cause: cause, error: error))
        } else {
            problems.append(error)
        }
    }
}
