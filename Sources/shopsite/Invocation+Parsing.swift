import ShopModel

extension Invocation {
    /// The kinds `new` can create.
    static let newKinds = ["product", "customer", "order", "quote", "promotion"]

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let command = arguments.first else { throw UsageError(message: "missing command") }
        if ["--help", "-h", "help"].contains(command) { return .help }
        var options = try OptionScanner(command: command, arguments: Array(arguments.dropFirst()))
        if options.flags.contains("--help") { return .help }
        switch command {
        case "build":
            let output = try options.value("--output")
            let asOf = try options.date("--as-of")
            let drafts = options.flag("--drafts")
            let audienceText = try options.value("--audience") ?? Audience.internal.rawValue
            guard let audience = Audience(rawValue: audienceText) else {
                throw UsageError(message: "--audience must be internal or public, not `\(audienceText)`")
            }
            let shop = try options.finish(positionals: 1).first ?? "."
            return .build(shop: shop, output: output, asOf: asOf, drafts: drafts, audience: audience)
        case "check":
            return .check(shop: try options.finish(positionals: 1).first ?? ".")
        case "report":
            let asOf = try options.date("--as-of")
            return .report(shop: try options.finish(positionals: 1).first ?? ".", asOf: asOf)
        case "serve":
            let portText = try options.value("--port")
            var port = defaultPort
            if let portText {
                guard let n = Int(portText), (1...65_535).contains(n) else {
                    throw UsageError(message: "--port must be a number from 1 to 65535, not `\(portText)`")
                }
                port = n
            }
            return .serve(shop: try options.finish(positionals: 1).first ?? ".", port: port)
        case "new":
            let rest = try options.finish(positionals: 3)
            guard rest.count >= 2 else { throw UsageError(message: "`new` needs a kind and an ID") }
            guard newKinds.contains(rest[0]) else {
                throw UsageError(message: "`new` makes a \(newKinds.joined(separator: ", ")), not `\(rest[0])`")
            }
            guard ID<Product>.isValid(rest[1]) else {
                throw UsageError(message: "`\(rest[1])` is not a valid id (letters, digits, `.`, `_`, `-`)")
            }
            return .new(kind: rest[0], id: rest[1], shop: rest.count > 2 ? rest[2] : ".")
        case "init":
            let rest = try options.finish(positionals: 1)
            guard let directory = rest.first else { throw UsageError(message: "`init` needs a folder") }
            return .initShop(directory: directory)
        default:
            throw UsageError(message: "unknown command `\(command)`")
        }
    }
}
