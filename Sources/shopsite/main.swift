#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import PreviewServer
import SiteBuilder

/// Writes text to a file descriptor (1 stdout, 2 stderr).
func emit(_ text: String, to descriptor: Int32) {
    guard !text.isEmpty else { return }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}

let invocation: Invocation
do {
    invocation = try Invocation.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    let language = MessageLanguage.forHelp(explicit: error.lang, shopPath: error.shop ?? ".")  // SHOP defaults to the current folder
    emit("shopsite: " + MessageCatalog.text(error.code, error.arguments, in: language) + "\n\n"
         + MessageCatalog.text("H-USAGE", in: language), to: 2)
    exit(CommandOutcome.badUsage)
}

// The dispatch table: one line per command.
let outcome: CommandOutcome
switch invocation {
case .help(let command, let shop, let lang):
    let language = MessageLanguage.forHelp(explicit: lang, shopPath: shop ?? ".")  // SHOP defaults to the current folder
    let text = MessageCatalog.text(Invocation.helpCode(for: command), in: language)
    outcome = CommandOutcome(stdout: text, exitCode: CommandOutcome.success)
case .version: outcome = CommandOutcome(stdout: ShopsiteVersion.line, exitCode: CommandOutcome.success)
case .check(let shop, let format, let lang): outcome = ShopCommands.check(shopPath: shop, language: lang, format: format)
case .report(let shop, let asOf, let lang): outcome = ShopCommands.report(shopPath: shop, asOf: asOf, language: lang)
case .build(let shop, let output, let asOf, let drafts, let audience, let lang):
    outcome = SiteBuild.command(BuildOptions(shopPath: shop, outputPath: output, asOf: asOf, includeDrafts: drafts,
                                             audience: audience == .public ? .public : .internal), language: lang)
case .serve(let shop, let port, let lang): outcome = ShopPreview.command(shopPath: shop, port: port, language: lang)
case .new(let kind, let id, let shop): outcome = Scaffold.newCommand(kind: kind, id: id, shopPath: shop)
case .initShop(let directory): outcome = Scaffold.initCommand(directory: directory)
case .importExport(let kind, let file, let shop, let map, let dryRun, let newCustomers, let lang):
    outcome = ImportCommand.run(kind: kind, file: file, shopPath: shop, mapPath: map, dryRun: dryRun, newCustomers: newCustomers,
                                language: lang)
case .newQuote(let id, let source, let shop): outcome = Scaffold.newQuoteCommand(id: id, source: source, shopPath: shop)
case .pdf(let arguments, let output): outcome = QuotePDFs.command(arguments: arguments, output: output)
}
emit(outcome.stdout, to: 1)
emit(outcome.stderr, to: 2)
exit(outcome.exitCode)
