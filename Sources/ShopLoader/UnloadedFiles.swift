import Diagnostics

/// The ids of the product, customer, promotion and quote files that did not load, with their paths, so that references to
/// them become `KnockOn`s under the cause instead of "unknown …" errors printed before it.
struct UnloadedFiles: Sendable {
    /// The kinds other files refer to by id.
    static let referencedKinds: Set<ContentKind> = [.products, .customers, .promotions, .quotes]
    /// The most notes one cause lists; the rest are counted in one more note.
    static let notesShown = 5

    private var paths: [ContentKind: [String: String]] = [:]
    /// Products that loaded with an error in their `price_tiers` (a bad tier is dropped), by sku.
    private var flawedProducts: [String: String] = [:]

    /// Remembers that the file at `path` would have defined `id` (the first such file wins).
    mutating func add(kind: ContentKind, id: String, path: String) {
        guard UnloadedFiles.referencedKinds.contains(kind), paths[kind]?[id] == nil else { return }
        paths[kind, default: [:]][id] = path
    }

    /// Remembers that the product `sku` loaded from `path` despite an error in its tiers, so a missing tier price is
    /// that error's doing.
    mutating func addFlawedProduct(sku: String, path: String) {
        if flawedProducts[sku] == nil { flawedProducts[sku] = path }
    }

    /// A problem that a product's missing data causes: a knock-on under the product's own error when its file had
    /// one, else the error itself.
    func fromProduct(_ sku: String, _ error: Diagnostic, problems: inout [Diagnostic], knockOns: inout [KnockOn]) {
        KnockOn.file(error, under: flawedProducts[sku], problems: &problems, knockOns: &knockOns)
    }

    /// The file that would have defined `id`, when it did not load.
    func path(of id: String, kind: ContentKind) -> String? { paths[kind]?[id] }

    /// The reference problem: a knock-on under its cause when the id's file did not load, else the error itself.
    func unknown(_ noun: String, _ id: String, kind: ContentKind, at location: Location,
                 problems: inout [Diagnostic], knockOns: inout [KnockOn]) {
        let code: MessageCode = switch noun {
        case "sku": "E-UNKNOWN-SKU"
        case "customer": "E-UNKNOWN-CUSTOMER"
        case "quote": "E-UNKNOWN-QUOTE"
        default: "E-UNKNOWN-PROMOTION"
        }
        let error = Diagnostic.error(code, ["id": id], at: location)
        KnockOn.file(error, under: path(of: id, kind: kind), problems: &problems, knockOns: &knockOns)
    }

    /// Puts each knock-on, in location order, under the first error of its cause (an error if none is found).
    static func attach(_ knockOns: [KnockOn], to diagnostics: inout DiagnosticList) {
        guard !knockOns.isEmpty else { return }
        var items = diagnostics.items
        var byCause: [String: [KnockOn]] = [:]
        for knockOn in knockOns { byCause[knockOn.cause, default: []].append(knockOn) }
        for cause in byCause.keys.sorted() {
            let errors = DiagnosticList((byCause[cause] ?? []).map(\.error)).sorted
            let first = items.indices.filter { items[$0].severity == .error && items[$0].location?.path == cause }
                .min { (items[$0].location?.line ?? 0, $0) < (items[$1].location?.line ?? 0, $1) }
            guard let first else {
                items += errors  // never lost: without its cause to stand under, each is an error of its own
                continue
            }
            let notes = errors.map { KnockOn(cause: cause, error: $0).note }
            items[first].notes += notes.prefix(notesShown)
            if notes.count > notesShown {
                items[first].notes.append(Diagnostic(.note, "N-MORE-REFERENCES", ["count": "\(notes.count - notesShown)"]))
            }
        }
        diagnostics = DiagnosticList(items)
    }
}
