import Diagnostics
import ShopModel
import SiteBuilder

extension Invocation {
    /// The kinds `new` can create.
    static let newKinds = ["product", "customer", "order", "quote", "promotion"]

    /// The ways to ask for the version: Zola's `--version`, `-V` and Hugo's `version`.
    static let versionSpellings = ["--version", "-V", "version"]

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let command = arguments.first else { throw UsageError(code: "E-USAGE-MISSING-COMMAND") }
        if ["--help", "-h", "help"].contains(command) {
            // `shopsite --help --lang zh-CN`: a valid language after it is honoured, anything else ignored.
            let lang = Array(zip(arguments, arguments.dropFirst())).last { $0.0 == "--lang" }.flatMap { Language(option: $0.1) }
            return .help(lang: lang)
        }
        var options = try OptionScanner(command: command, arguments: Array(arguments.dropFirst()))
        if options.flags.contains("--help") { return options.help() }
        let lang = ["build", "check", "report", "serve", "import"].contains(command) || versionSpellings.contains(command)
            ? try options.language() : nil
        do throws(UsageError) {
            return try parse(command, &options, lang: lang)
        } catch {
            var error = error
            error.lang = lang
            error.shop = options.namedShop
            throw error
        }
    }

    private static func parse(_ command: String, _ options: inout OptionScanner, lang: Language?) throws(UsageError) -> Invocation {
        switch command {
        case _ where versionSpellings.contains(command):
            // `shopsite version extra` is a mistake, not the version: only `--lang` (for the message's language) may follow.
            _ = try options.finish(positionals: 0)
            return .version
        case "build":
            let output = try options.value("--output")
            let asOf = try options.date("--as-of")
            let drafts = options.flag("--drafts")
            let audienceText = try options.value("--audience") ?? Audience.internal.rawValue
            guard let audience = Audience(rawValue: audienceText) else {
                throw UsageError(code: "E-USAGE-AUDIENCE", arguments: ["value": audienceText])
            }
            let shop = try options.finish(positionals: 1).first ?? "."
            return .build(shop: shop, output: output, asOf: asOf, drafts: drafts, audience: audience, lang: lang)
        case "check":
            let formatText = try options.value("--format") ?? DiagnosticFormat.text.rawValue
            guard let format = DiagnosticFormat(rawValue: formatText) else {
                throw UsageError(code: "E-USAGE-FORMAT", arguments: ["value": formatText])
            }
            return .check(shop: try options.finish(positionals: 1).first ?? ".", format: format, lang: lang)
        case "report":
            let asOf = try options.date("--as-of")
            return .report(shop: try options.finish(positionals: 1).first ?? ".", asOf: asOf, lang: lang)
        case "serve":
            return try parseServe(&options, lang: lang)
        case "new":
            let sources = [try options.value("--for").map(QuoteSource.customer), try options.value("--from-order").map(QuoteSource.order),
                           try options.value("--from-quote").map(QuoteSource.quote)].compactMap { $0 }
            let rest = try options.finish(positionals: 3)
            guard sources.count <= 1 else { throw UsageError(code: "E-NEW-QUOTE-SOURCE") }
            if let source = sources.first {
                guard rest.count >= 2, rest[0] == "quote" else { throw UsageError(code: "E-NEW-QUOTE-SOURCE") }
                guard ID<Quote>.isValid(rest[1]) else { throw UsageError(code: "E-USAGE-BAD-ID", arguments: ["id": rest[1]]) }
                return .newQuote(id: rest[1], source: source, shop: rest.count > 2 ? rest[2] : ".")
            }
            guard rest.count >= 2 else { throw UsageError(code: "E-USAGE-NEW-ARGS") }
            guard newKinds.contains(rest[0]) else {
                throw UsageError(code: "E-USAGE-NEW-KIND", arguments: ["kinds": newKinds.joined(separator: ", "), "kind": rest[0]])
            }
            guard ID<Product>.isValid(rest[1]) else { throw UsageError(code: "E-USAGE-BAD-ID", arguments: ["id": rest[1]]) }
            return .new(kind: rest[0], id: rest[1], shop: rest.count > 2 ? rest[2] : ".")
        case "import":
            return try parseImport(&options, lang: lang)
        case "pdf":
            let output = try options.value("--output")
            return .pdf(arguments: try options.finish(positionals: Int.max), output: output)
        case "init":
            let rest = try options.finish(positionals: 1)
            guard let directory = rest.first else { throw UsageError(code: "E-USAGE-INIT-FOLDER") }
            return .initShop(directory: directory)
        default:
            throw UsageError(code: "E-USAGE-UNKNOWN-COMMAND", arguments: ["command": command])
        }
    }

    private static func parseImport(_ options: inout OptionScanner, lang: Language?) throws(UsageError) -> Invocation {
        let map = try options.value("--map")
        let dryRun = options.flag("--dry-run")
        let newCustomers = options.flag("--new-customers")
        let rest = try options.finish(positionals: 3)
        guard rest.count >= 2 else { throw UsageError(code: "E-USAGE-IMPORT-ARGS") }
        guard let kind = ImportCommand.Kind(rawValue: rest[0]) else {
            throw UsageError(code: "E-USAGE-IMPORT-KIND", arguments: ["kind": rest[0]])
        }
        return .importExport(kind: kind, file: rest[1], shop: rest.count > 2 ? rest[2] : ".", map: map, dryRun: dryRun,
                             newCustomers: newCustomers, lang: lang)
    }

    private static func parseServe(_ options: inout OptionScanner, lang: Language?) throws(UsageError) -> Invocation {
        let portText = try options.value("--port")
        var port = defaultPort
        if let portText {
            guard let n = Int(portText), (1...65_535).contains(n) else {
                throw UsageError(code: "E-USAGE-PORT", arguments: ["value": portText])
            }
            port = n
        }
        return .serve(shop: try options.finish(positionals: 1).first ?? ".", port: port, lang: lang)
    }
}
