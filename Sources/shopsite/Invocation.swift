import Diagnostics
import ShopModel
import SiteBuilder

/// What the command line asks for, parsed and validated (dates, ports, choices), before anything runs.
enum Invocation: Equatable {
    /// `build [SHOP] [--output DIR] [--as-of DATE] [--drafts] [--audience internal|public] [--lang LANG]`.
    case build(shop: String, output: String?, asOf: Day?, drafts: Bool, audience: Audience, lang: Language? = nil)
    /// `check [SHOP] [--format text|json] [--lang LANG]`.
    case check(shop: String, format: DiagnosticFormat = .text, lang: Language? = nil)
    /// `report [SHOP] [--as-of DATE] [--lang LANG]`.
    case report(shop: String, asOf: Day?, lang: Language? = nil)
    /// `serve [SHOP] [--port N] [--lang LANG]`.
    case serve(shop: String, port: Int, lang: Language? = nil)
    /// `new product|customer|order|quote|promotion ID [SHOP]`.
    case new(kind: String, id: String, shop: String)
    /// `new quote ID --for C | --from-order O | --from-quote Q [SHOP]`.
    case newQuote(id: String, source: QuoteSource, shop: String)
    /// `init DIR`.
    case initShop(directory: String)
    /// `import orders|traffic FILE [SHOP] [--map FILE] [--dry-run] [--new-customers] [--lang LANG]`.
    case importExport(kind: ImportCommand.Kind, file: String, shop: String, map: String?, dryRun: Bool, newCustomers: Bool,
                      lang: Language? = nil)
    /// `pdf [SHOP] [QUOTE_ID…] [--output DIR]`: the positionals as given (the command tells a shop folder from ids).
    case pdf(arguments: [String], output: String?)
    /// `--help`, `help`, or `COMMAND [SHOP] --help`: print the usage (of one command) and exit 0.
    case help(command: String? = nil, shop: String? = nil, lang: Language? = nil)
    /// `--version`, `-V` or `version` (Zola's and Hugo's spellings): print `shopsite X.Y.Z` and exit 0.
    case version

    /// Who a build is for.
    enum Audience: String, Equatable { case `internal`, `public` }

    /// The default preview port.
    static let defaultPort = 1313

    /// The catalogue code of the help text for `command` (nil: the whole usage).
    static func helpCode(for command: String?) -> MessageCode {
        switch command {
        case "build": "H-HELP-BUILD"
        case "check": "H-HELP-CHECK"
        case "report": "H-HELP-REPORT"
        case "serve": "H-HELP-SERVE"
        case "new": "H-HELP-NEW"
        case "init": "H-HELP-INIT"
        case "import": "H-HELP-IMPORT"
        case "pdf": "H-HELP-PDF"
        default: "H-USAGE"
        }
    }
}

/// A command-line mistake: printed with the usage hint, exit status 2.
struct UsageError: Error, Equatable {
    /// The message's code (`E-USAGE-UNKNOWN-OPTION`).
    var code: MessageCode
    /// The message's arguments.
    var arguments: [String: String] = [:]
    /// The `--lang` given, if it was read before the mistake.
    var lang: Language?
    /// The shop the arguments name, if the mistake came after they were read: its `locale` picks the language.
    var shop: String?

    /// What was wrong in English, e.g. "unknown option `--foo` for `check`".
    var message: String { MessageCatalog.text(code, arguments, in: .en) }
}
