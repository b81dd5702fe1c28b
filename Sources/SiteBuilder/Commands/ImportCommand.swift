import Concurrency
import Diagnostics
import ShopImport
import ShopLoader
import ShopModel

/// `shopsite import orders|traffic FILE [SHOP] [--map FILE] [--dry-run] [--new-customers]`: an export from the
/// platform into the shop, all or nothing, then the shop checked again.
public enum ImportCommand {
    /// What to import.
    public enum Kind: String, Sendable, CaseIterable { case orders, traffic }

    /// Runs the import and says what changed (stdout) and what is wrong (stderr); exit 1 on any error, when
    /// nothing is written.
    public static func run(kind: Kind, file: String, shopPath: String, mapPath: String? = nil, dryRun: Bool = false,
                           newCustomers: Bool = false, language: Language? = nil) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: shopPath)
        var phases = ImportPhases()
        func failed(_ diagnostics: [Diagnostic]) -> CommandOutcome {
            let list = DiagnosticList(diagnostics)
            let summary = MessageCatalog.text("H-IMPORT-FAILED", ["errors": "\(list.errors.count)"], in: language)
            return CommandOutcome(stderr: ShopCommands.lines(list, in: language) + summary + "\n", exitCode: CommandOutcome.contentErrors)
        }
        let fields = kind == .orders ? ImportField.orderFields : ImportField.trafficFields
        var map = HeaderMap()
        if let mapPath {
            guard let bytes = ShopFiles.read(mapPath) else { return failed([.error("E-IMPORT-MAP-READ", at: Location(path: mapPath))]) }
            let (parsed, problems) = HeaderMap.parse(bytes, path: mapPath, fields: fields)
            guard problems.isEmpty else { return failed(problems) }
            map = parsed
        }
        // The export is read on a thread of its own while the shop loads (its errors still come first).
        let reading = Background { () -> Result<ImportTable, Diagnostic> in
            guard let bytes = ShopFiles.read(file) else { return .failure(.error("E-IMPORT-READ", at: Location(path: file))) }
            do throws(Diagnostic) { return .success(try ImportTable.read(bytes: bytes, path: file)) } catch { return .failure(error) }
        }
        let (loaded, files) = ShopLoader.loadKeepingFiles(shopPath: shopPath, options: LoadOptions(includeDrafts: true))
        let table: ImportTable
        switch reading.value {
        case .failure(let error): return failed([error])
        case .success(let read): table = read
        }
        phases.mark("read the export and load the shop")
        guard let shop = loaded.shop, !loaded.diagnostics.hasErrors else {
            let count = max(1, loaded.diagnostics.errors.count)
            return failed(loaded.diagnostics.errors + [.error("E-IMPORT-SHOP-ERRORS", ["errors": "\(count)"])])
        }
        let plan = kind == .orders
            ? OrderImport.plan(table, map: map, shop: shop, shopPath: shopPath, newCustomers: newCustomers)
            : TrafficImport.plan(table, map: map, shop: shop, shopPath: shopPath)
        BackgroundRelease.release((table, loaded, shop))  // the export's rows and the shop as loaded, freed on another core
        guard !plan.hasErrors else { return failed(plan.diagnostics) }
        var stdout = report(plan, in: language)
        phases.mark("plan the files")
        if dryRun { return CommandOutcome(stdout: stdout + MessageCatalog.text("H-IMPORT-DRY-RUN", in: language) + "\n", exitCode: 0) }
        let written = writeAndCheck(plan, over: files, shopPath: shopPath, phases: &phases)
        BackgroundRelease.release((plan, files))  // tens of thousands of files' bytes, decoded entities: not freed in turn
        let errors: [Diagnostic]
        switch written {
        case .failure(let error): return failed([error])
        case .success(let found): errors = found
        }
        guard !errors.isEmpty else { return CommandOutcome(stdout: stdout, exitCode: CommandOutcome.success) }
        stdout += MessageCatalog.text("H-IMPORT-CHECK-FAILED", ["errors": "\(errors.count)"], in: language) + "\n"
        return CommandOutcome(stdout: stdout, stderr: ShopCommands.lines(DiagnosticList(errors), in: language),
                              exitCode: CommandOutcome.contentErrors)
    }

    /// Writes the plan's files, then the errors `check` would find in the shop as written (none when nothing changed).
    /// The check needs only the load made before and the plan's bytes, so it runs on a thread of its own while the files
    /// are written; when it cannot be made before the write (a written traffic.csv), it is made after.
    static func writeAndCheck(_ plan: ImportPlan, over files: LoadedFiles?, shopPath: String,
                              phases: inout ImportPhases) -> Result<[Diagnostic], Diagnostic> {
        let inMemory = plan.changes.isEmpty ? nil : Background { errorsInMemory(plan, over: files) }
        do {
            try ImportWriter.apply(plan, shopPath: shopPath)
        } catch {
            _ = inMemory?.value
            return .failure(error)
        }
        phases.mark("write the files")
        guard let inMemory else { return .success([]) }
        let errors = inMemory.value ?? errorsOnceWritten(plan, over: files, shopPath: shopPath)
        phases.mark("check the shop")
        return .success(errors)
    }

    /// The files written and the fields changed, then the counts.
    static func report(_ plan: ImportPlan, in language: Language) -> String {
        let created = pathLine("H-IMPORT-CREATED", in: language), updated = pathLine("H-IMPORT-UPDATED", in: language)
        var text = ""
        text.reserveCapacity(plan.changes.count * 48)
        for change in plan.changes {
            text += (change.kind == .created ? created : updated)(change.path)
            for field in change.fields {
                text += MessageCatalog.text("H-IMPORT-FIELD", ["field": field.field, "old": field.old ?? "—", "new": field.new],
                                            in: language) + "\n"
            }
        }
        let createdCount = plan.changes.filter { $0.kind == .created }.count
        let counts = ["records": "\(plan.records)", "created": "\(createdCount)", "updated": "\(plan.changes.count - createdCount)",
                      "unchanged": "\(plan.unchanged)"]
        return text + MessageCatalog.text("H-IMPORT-SUMMARY", counts, in: language) + "\n"
    }

    /// The line of message `code` for a path, the message rendered once and the path put between its two parts
    /// (a report names every one of tens of thousands of files); rendered per path if the message is not of that form.
    static func pathLine(_ code: MessageCode, in language: Language) -> (String) -> String {
        let mark: Character = "\u{0}"
        let parts = MessageCatalog.text(code, ["path": String(mark)], in: language).split(separator: mark, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return { MessageCatalog.text(code, ["path": $0], in: language) + "\n" } }
        let before = String(parts[0]), after = parts[1] + "\n"
        return { before + $0 + after }
    }

    /// The errors `check` would find in the shop once the plan is written (loading and the shop's checks,
    /// `ShopChecks.errors`: the warnings are not worked out; images are not looked at), from memory: the shop is
    /// assembled from the load made before the import and the plan's bytes (`LoadedFiles.afterWriting`, which gives
    /// what a fresh load would), asked while the files are written (a missing folder is one the write makes). Nil when
    /// a written file is not one the listing can take in place.
    static func errorsInMemory(_ plan: ImportPlan, over files: LoadedFiles?) -> [Diagnostic]? {
        let written = plan.changes.map { (path: $0.path, bytes: $0.bytes) }
        guard let result = files?.afterWriting(written, beforeWriting: true) else { return nil }
        return errors(of: result)
    }

    /// The errors `check` would find in the shop as written, asked after the write (a written traffic.csv, which the
    /// assembly reads from the disk): from memory, or from a whole load when the listing cannot take a file in place.
    static func errorsOnceWritten(_ plan: ImportPlan, over files: LoadedFiles?, shopPath: String) -> [Diagnostic] {
        let written = plan.changes.map { (path: $0.path, bytes: $0.bytes) }
        let result = files?.afterWriting(written) ?? ShopLoader.load(shopPath: shopPath, options: LoadOptions(includeDrafts: true))
        return errors(of: result)
    }

    /// The errors of a load and of the checks of its shop.
    static func errors(of result: LoadResult) -> [Diagnostic] {
        var diagnostics = result.diagnostics
        if let shop = result.shop { diagnostics.append(contentsOf: ShopChecks.errors(for: shop)) }
        BackgroundRelease.release(result)  // the whole shop after the import, freed on another core
        return diagnostics.errors
    }
}
