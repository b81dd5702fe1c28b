import ShopModel

/// What the command line asks for, parsed and validated (dates, ports, choices), before anything runs.
enum Invocation: Equatable {
    /// `build [SHOP] [--output DIR] [--as-of DATE] [--drafts] [--audience internal|public]`.
    case build(shop: String, output: String?, asOf: Day?, drafts: Bool, audience: Audience)
    /// `check [SHOP]`.
    case check(shop: String)
    /// `report [SHOP] [--as-of DATE]`.
    case report(shop: String, asOf: Day?)
    /// `serve [SHOP] [--port N]`.
    case serve(shop: String, port: Int)
    /// `new product|customer|order|quote|promotion ID [SHOP]`.
    case new(kind: String, id: String, shop: String)
    /// `init DIR`.
    case initShop(directory: String)
    /// `--help`, `help`, or `COMMAND --help`: print the usage and exit 0.
    case help

    /// Who a build is for.
    enum Audience: String, Equatable { case `internal`, `public` }

    /// The default preview port.
    static let defaultPort = 1313

    /// The usage text printed by `--help` and after a usage error.
    static let usage = """
        usage: shopsite COMMAND [ARGUMENTS]

          shopsite build  [SHOP] [--output DIR] [--as-of DATE] [--drafts] [--audience internal|public]
          shopsite check  [SHOP]                      diagnostics only, writes nothing
          shopsite report [SHOP] [--as-of DATE]       the derived figures as JSON on stdout
          shopsite serve  [SHOP] [--port N]           preview on 127.0.0.1, rebuild on change, live reload
          shopsite new    product|customer|order|quote|promotion ID [SHOP]
          shopsite init   DIR                         a new shop with a small example

        SHOP defaults to the current folder; --output to SHOP/public; DATE is YYYY-MM-DD.
        Exit status: 0 success (warnings allowed), 1 content errors, 2 bad usage.

        """
}

/// A command-line mistake: printed with the usage hint, exit status 2.
struct UsageError: Error, Equatable {
    /// What was wrong, e.g. "unknown option `--foo` for `check`".
    var message: String
}
