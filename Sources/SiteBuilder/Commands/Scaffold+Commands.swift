import Diagnostics
import ShopLoader
import ShopModel

extension Scaffold {
    /// `shopsite new KIND ID [SHOP]` as printed text and exit status: `created content/products/X.md` and 0;
    /// an unknown kind or a bad id is bad usage (2); no shop, an existing file or a taken id is 1.
    /// `today` defaults to the local date; messages are in `language` (nil: the shop's, else `LANG`'s, else zh-CN).
    public static func newCommand(kind: String, id: String, shopPath: String, today: Day? = nil,
                                  language: Language? = nil) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: shopPath)
        guard let kind = Kind(rawValue: kind) else {
            let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
            let error = Diagnostic.error("E-USAGE-NEW-KIND", ["kinds": kinds, "kind": kind])
            return CommandOutcome(stderr: error.formatted(in: language) + "\n", exitCode: CommandOutcome.badUsage)
        }
        guard ID<Product>.isValid(id) else {
            return CommandOutcome(stderr: badID(id).formatted(in: language) + "\n", exitCode: CommandOutcome.badUsage)
        }
        do {
            let path = try newItem(kind: kind, id: id, shopPath: shopPath, today: today ?? Today.day)
            return CommandOutcome(stdout: MessageCatalog.text("H-CREATED", ["path": path], in: language) + "\n",
                                  exitCode: CommandOutcome.success)
        } catch {
            return CommandOutcome(stderr: error.formatted(in: language) + "\n", exitCode: CommandOutcome.contentErrors)
        }
    }

    /// `shopsite init DIR` as printed text and exit status: a summary and the next steps, and 0; 1 when DIR
    /// exists and is not an empty folder, or cannot be written. `today` defaults to the local date; messages are in
    /// `language` (nil: `LANG`'s, else zh-CN, the new shop's locale).
    public static func initCommand(directory: String, today: Day? = nil, language: Language? = nil) -> CommandOutcome {
        let language = language ?? Language.fromEnvironment(MessageLanguage.systemVariable) ?? .zhCN
        do {
            try initShop(at: directory, today: today ?? Today.day)
        } catch {
            return CommandOutcome(stderr: error.formatted(in: language) + "\n", exitCode: CommandOutcome.contentErrors)
        }
        let shop = shellWord(directory)
        let summary = """
            \(MessageCatalog.text("H-INIT-CREATED", ["folder": directory], in: language))
            \(MessageCatalog.text("H-INIT-NEXT", in: language))
              shopsite check \(shop)     # 检查内容 / check the content
              shopsite serve \(shop)     # 本地预览 / preview on 127.0.0.1
              shopsite new product HD-T002 \(shop)

            """
        return CommandOutcome(stdout: summary, exitCode: CommandOutcome.success)
    }

    /// The path quoted for a shell when it holds anything but safe characters.
    private static func shellWord(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789-_./+".unicodeScalars.contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}

extension Scaffold {
    /// `shopsite new quote ID --for C | --from-order O | --from-quote Q [SHOP]`: a draft quote started from earlier work,
    /// valid as written (it passes `check`).
    public static func newQuoteCommand(id: String, source: QuoteSource, shopPath: String, today: Day? = nil,
                                       language: Language? = nil) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: shopPath)
        func failed(_ error: Diagnostic, _ code: Int32) -> CommandOutcome {
            CommandOutcome(stderr: error.formatted(in: language) + "\n", exitCode: code)
        }
        guard ID<Quote>.isValid(id) else { return failed(badID(id), CommandOutcome.badUsage) }
        let loaded = ShopLoader.load(shopPath: shopPath, options: LoadOptions())
        guard let shop = loaded.shop else {
            return CommandOutcome(stderr: loaded.diagnostics.formatted(in: language) + "\n", exitCode: CommandOutcome.contentErrors)
        }
        let (kind, reference): (String, String) = switch source {
        case .customer(let c): ("P-CUSTOMER", c)
        case .order(let o): ("P-ORDER", o)
        case .quote(let q): ("P-QUOTE", q)
        }
        guard let stub = QuoteStub.from(source, id: id, shop: shop, today: today ?? Today.day) else {
            return failed(.error("E-NEW-QUOTE-UNKNOWN", ["kind": kind, "id": reference]), CommandOutcome.contentErrors)
        }
        let relative = "content/quotes/" + id + ".md"
        let root = shopPath.hasSuffix("/") ? shopPath : shopPath + "/"
        guard ContentFiles.entryType(root + relative) == nil, !shop.quotes.contains(where: { $0.id.rawValue == id }) else {
            return failed(.error("E-ALREADY-EXISTS", at: Location(path: relative)), CommandOutcome.contentErrors)
        }
        do {
            try ScaffoldFiles.makeDirectories(root + "content/quotes", shown: "content/quotes")
            try ScaffoldFiles.create(stub.text, at: root + relative, shown: relative)
        } catch {
            return failed(error, CommandOutcome.contentErrors)
        }
        return CommandOutcome(stdout: MessageCatalog.text("H-CREATED", ["path": relative], in: language) + "\n",
                              exitCode: CommandOutcome.success)
    }
}
