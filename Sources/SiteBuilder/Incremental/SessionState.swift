import Concurrency
import Diagnostics
import ShopLoader
import ShopModel
import SiteOutput
import TemplateEngine

/// What a `BuildSession` keeps from one build to the next, and the builds themselves; the session holds it behind
/// one lock, so one build runs at a time.
struct SessionState {
    /// What is built and where (as for `shopsite build`).
    let options: BuildOptions
    private var cache = ContentCache()
    /// The site now in the output folder; nil until a build succeeds.
    private var current: PreparedSite?
    /// Paths changed since the site in the output was built (kept across failed builds).
    private var pending: Set<String> = []
    /// Whether each image path named by a product exists (cleared by every full build); shared with the check
    /// workers of a build, so it has a lock of its own.
    private let images = KnownImages()
    /// Whether the last incremental build patched the previous load (rather than assembling the whole shop again).
    private(set) var lastLoadWasPatched = false
    /// The search index entries of the site in the output, per product position; nil until an edit needs them.
    private var searchEntries: [[UInt8]?]?

    /// The state before the first build.
    init(options: BuildOptions) { self.options = options }

    /// Brings the output up to date after `changed` (paths relative to the shop; empty for the first, whole build;
    /// a bare root such as `content` when anything below it may have changed).
    mutating func build(changed: Set<String>) -> SessionOutcome {
        let all = changed.isEmpty ? [] : pending.union(changed)
        var plan = current == nil ? .full(changed.isEmpty ? .firstBuild : .noGoodBuild) : ChangePlan.plan(for: all)
        if case .incremental(_, let templates) = plan, let old = current,
           templates.contains(where: { !old.library.contains($0) && !isRegularFile(old.shopTemplates + "/" + $0) }) {
            plan = .full(.templatesFolder)
        }
        let result: SessionOutcome
        switch plan {
        case .full(let reason):
            cache.invalidate(all)
            result = buildWhole(reason: reason)
        case .incremental(let content, let templates):
            cache.invalidate(content)
            result = buildIncrementally(templates: templates)
        }
        pending = result.outcome.succeeded ? [] : all
        return result
    }

    /// Loads (reusing the cache), prepares and writes the whole site atomically.
    private mutating func buildWhole(reason: FullRebuild) -> SessionOutcome {
        images.forget()
        var diagnostics = DiagnosticList()
        let output: OutputFolder
        do throws(Diagnostic) {
            output = try OutputFolder(path: options.resolvedOutputPath, shopPath: options.shopPath)
        } catch {
            diagnostics.append(error)
            return finished(BuildOutcome(diagnostics: diagnostics, outputPath: options.resolvedOutputPath, exitCode: 2), .full(reason))
        }
        let (loaded, _) = cache.reload(shopPath: options.shopPath, options: loadOptions)
        guard let site = SiteBuild.prepare(options, output: output, loaded: loaded, imageExists: imageExists(output: output),
                                           diagnostics: &diagnostics) else {
            return finished(BuildOutcome(diagnostics: diagnostics, outputPath: output.path, exitCode: 1), .full(reason))
        }
        return whole(site, diagnostics: diagnostics, reason: reason)
    }

    /// Writes a prepared site whole and remembers it when that worked.
    private mutating func whole(_ site: PreparedSite, diagnostics: DiagnosticList, reason: FullRebuild) -> SessionOutcome {
        let outcome = SiteBuild.writeWhole(site, diagnostics: diagnostics)
        if outcome.succeeded {
            current = site
            searchEntries = nil
        }
        return finished(outcome, .full(reason), written: outcome.succeeded ? site.pages.map(\.path) : [])
    }

    /// Re-reads the invalidated files, re-checks, and renders only the pages the change reaches.
    private mutating func buildIncrementally(templates: Set<String>) -> SessionOutcome {
        guard let old = current, let output = old.output else { return buildWhole(reason: .noGoodBuild) }
        var diagnostics = DiagnosticList()
        var clock = PhaseClock()
        let (loaded, changed) = cache.reload(shopPath: options.shopPath, options: loadOptions)
        clock.lap("load")
        // A patch of the load the site in the output was prepared from (not of a later load that failed its checks).
        let patched = changed.flatMap { $0.base == old.loaded.generation ? $0 : nil }
        let prepared = IncrementalPrepare.prepare(options, output: output, loaded: loaded, changes: patched, old: old,
                                                  library: templates.isEmpty ? old.library : nil,
                                                  imageExists: imageExists(output: output), diagnostics: &diagnostics)
        clock.lap("check+index")
        lastLoadWasPatched = prepared != nil && patched != nil
        guard let site = prepared else {
            return finished(BuildOutcome(diagnostics: diagnostics, outputPath: output.path, exitCode: 1), .incremental)
        }
        let changes = patched.map { EntityChanges(patched: $0, old: old.index, new: site.index) }
            ?? EntityChanges(old: old.index, new: site.index)
        if changes.sharedChanged { return whole(site, diagnostics: diagnostics, reason: .sharedChanged) }
        if old.inputs.photos.records != site.inputs.photos.records {
            return whole(site, diagnostics: diagnostics, reason: .photosChanged)  // new derived files to copy
        }
        let (pages, removedPages, rows) = BuildSession.reachedPages(changes, templates: templates, old: old, new: site,
                                                                    patched: patched, output: output.path)
        clock.lap("diff")
        if pages.count * 4 > site.pages.count * 3 { return whole(site, diagnostics: diagnostics, reason: .mostPages) }
        var (files, errors, slowest) = PageBuffers.render(pages, data: site.inputs, library: site.library)
        files += rows ?? []
        var entries = searchEntries
        if !changes.products.isEmpty {
            let index = BuildSession.searchIndex(old: old, new: site, patched: patched, entries: &entries)
            if let index { files += [("search-index.json", index), ("search-index.js", SearchIndex.script(json: index))] }
        }
        diagnostics.append(contentsOf: errors)
        clock.lap("render \(pages.count) pages (slowest: " + slowest.map { "\($0.path) \($0.milliseconds) ms" }.joined(separator: ", ") + ")")
        guard !diagnostics.hasErrors else {
            return finished(BuildOutcome(diagnostics: diagnostics, outputPath: output.path, exitCode: 1), .incremental)
        }
        let writer = InPlaceWriter(root: output.path)
        if let error = writer.write(files) {
            // The output may now mix old and new files: the next build starts over.
            current = nil
            searchEntries = nil
            diagnostics.append(error)
            return finished(BuildOutcome(diagnostics: diagnostics, outputPath: output.path, exitCode: 1), .incremental)
        }
        let removed = removedPages.sorted()
        for path in removed { writer.remove(path) }
        clock.lap("write")
        let replaced = current
        current = site
        searchEntries = entries
        BackgroundRelease.release(replaced)  // the previous shop is freed on another thread
        var result = finished(BuildOutcome(diagnostics: diagnostics, pages: pages.count, files: files.count, outputPath: output.path,
                                           exitCode: 0), .incremental, written: files.map(\.path), removed: removed)
        result.phases = clock.phases
        return result
    }

    private var loadOptions: LoadOptions { LoadOptions(asOf: options.asOf, includeDrafts: options.includeDrafts) }

    /// Image existence, remembered between builds (assets changes always make a full build, which forgets it).
    private func imageExists(output: OutputFolder) -> @Sendable (String) -> Bool {
        let content = SiteBuild.contentFolder(of: options.shopPath)
        return { [images] path in images.exists(path, in: content) }
    }

    private func isRegularFile(_ path: String) -> Bool { FileSystem.kind(of: path) == .file }

    private func finished(_ outcome: BuildOutcome, _ mode: SessionOutcome.Mode, written: [String] = [], removed: [String] = [])
        -> SessionOutcome {
        SessionOutcome(outcome: outcome, mode: mode, filesRead: cache.lastDecodedCount, written: written, removed: removed)
    }
}
