import Diagnostics
import Synchronization

/// Every template of a site, parsed once; renders any of them, safely from many threads at once.
public final class TemplateLibrary: Sendable {
    /// How deep include, macro and `super()` calls may nest before rendering stops with an error.
    public static let maximumDepth = 64

    let templates: [String: Template]
    let brokenTemplates: [String: Diagnostic]
    let environment: TemplateEnvironment
    /// The environment's globals by symbol id.
    let globals: GlobalTable
    let filterContext: FilterContext
    let searchedPlaces: [String]
    /// The files as read, kept so that `threadCopy()` can parse them again.
    let sources: [TemplateSource]
    /// Syntax and file errors of every template, and cycles of extends, include and import, found when the library was built.
    public let diagnostics: DiagnosticList
    /// For a specialised library: the library as parsed, which renders a page whose context defines a constant.
    let unspecialized: TemplateLibrary?
    /// For a specialised library: the globals folded into its templates.
    let constantNames: [String]
    /// For a specialised library: the page variable with few values (`root`) it specialises on as well, and the
    /// library made for each value seen so far.
    let varyingName: String?
    let perValue = Mutex<[String: TemplateLibrary]>([:])

    /// Loads and parses every file under `directories`, searched in order file by file: the shop's
    /// `templates/` first, then the built-in theme. `displayPrefix` is how paths print in messages.
    public convenience init(directories: [(path: String, displayPrefix: String)], environment: TemplateEnvironment) {
        var sources: [TemplateSource] = []
        var seen: Set<String> = []
        for directory in directories {
            for file in TemplateFiles.list(in: directory.path) where seen.insert(file).inserted {
                let display = directory.displayPrefix + file
                sources.append((file, display, TemplateFiles.read(file, in: directory.path, display: display)))
            }
        }
        self.init(files: sources, environment: environment, searched: directories.map(\.displayPrefix))
    }

    /// Parses in-memory templates (tests, fuzzing); each prints in messages as `displayPrefix + name`.
    public convenience init(sources: [String: String], environment: TemplateEnvironment = TemplateEnvironment(), displayPrefix: String = "") {
        let files = sources.keys.sorted().map { name in
            (name: TemplateName.normalized(name), displayPath: displayPrefix + name, text: Result<String, Diagnostic>.success(sources[name] ?? ""))
        }
        self.init(files: files, environment: environment, searched: [displayPrefix])
    }

    init(files: [TemplateSource], environment: TemplateEnvironment, searched: [String]) {
        var templates: [String: Template] = [:], broken: [String: Diagnostic] = [:]
        var diagnostics = DiagnosticList()
        for file in files {
            do {
                let text = try file.text.get()
                var lexer = Lexer(source: text)
                var parser = Parser(tokens: try lexer.tokenize(), filters: environment.filters)
                templates[file.name] = Template(name: file.name, displayPath: file.displayPath, parsed: try parser.parse())
            } catch let error as SyntaxError {
                let location = Location(path: file.displayPath, line: Int(error.position.line), column: Int(error.position.column))
                broken[file.name] = .error("E-TEMPLATE-SYNTAX", error.diagnosticArguments, at: location)
            } catch let error as Diagnostic {
                broken[file.name] = error
            } catch {
                broken[file.name] = .error("E-TEMPLATE-SYNTAX", ["detail": "\(error)"], at: Location(path: file.displayPath))
            }
            if let problem = broken[file.name] { diagnostics.append(problem) }
        }
        for cycle in TemplateLibrary.cycleErrors(in: templates) { diagnostics.append(cycle) }
        self.templates = templates
        self.brokenTemplates = broken
        self.environment = environment
        self.globals = GlobalTable(environment.globals)
        self.filterContext = FilterContext(currencySymbol: environment.currencySymbol, limits: environment.limits)
        self.searchedPlaces = searched
        self.sources = files
        self.diagnostics = diagnostics
        self.unspecialized = nil
        self.constantNames = []
        self.varyingName = nil
    }

    /// `base` with its templates replaced by their specialised versions (see `specialized(constants:)`).
    init(specializing base: TemplateLibrary, templates: [String: Template], constants: [String], varying: String?) {
        self.templates = templates
        self.brokenTemplates = base.brokenTemplates
        self.environment = base.environment
        self.globals = base.globals
        self.filterContext = base.filterContext
        self.searchedPlaces = base.searchedPlaces
        self.sources = base.sources
        self.diagnostics = base.diagnostics
        self.unspecialized = base
        self.constantNames = constants
        self.varyingName = varying
    }

    /// The names of every template, valid or not, sorted.
    public var templateNames: [String] { (Array(templates.keys) + Array(brokenTemplates.keys)).sorted() }

    /// Whether a template of that name exists.
    public func contains(_ name: String) -> Bool {
        let key = TemplateName.normalized(name)
        return templates[key] != nil || brokenTemplates[key] != nil
    }

    /// Renders the template `name` with `context` as its variables, appending the HTML to `buffer`.
    public func render(_ name: String, context: TemplateValue, into buffer: inout [UInt8]) throws(Diagnostic) {
        if let unspecialized, !fitsConstants(context) { return try unspecialized.render(name, context: context, into: &buffer) }
        if let varying = forVaryingValue(in: context) { return try varying.renderFolded(name, context: context, into: &buffer) }
        try renderFolded(name, context: context, into: &buffer)
    }

    /// Renders with this library's templates, the context already checked against its constants.
    func renderFolded(_ name: String, context: TemplateValue, into buffer: inout [UInt8]) throws(Diagnostic) {
        var renderer = Renderer(library: self, context: context, capacity: 16 * 1024)
        defer { buffer.append(contentsOf: renderer.out.bytes) }
        try renderer.renderPage(named: name)
    }

    /// Renders the template `name` with `context` as its variables and returns the HTML.
    public func render(_ name: String, context: TemplateValue) throws(Diagnostic) -> String {
        var buffer: [UInt8] = []
        try render(name, context: context, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The parsed template, or the error that prevents using it.
    func template(named name: String) throws(TemplateLookupError) -> Template {
        let key = TemplateName.normalized(name)
        if let template = templates[key] { return template }
        if let problem = brokenTemplates[key] { throw .broken(problem) }
        throw .missing(missingDiagnostic(name, at: nil))
    }

    /// `template 'x' not found (looked in templates/, theme/)`, at `location`.
    func missingDiagnostic(_ name: String, at location: Location?) -> Diagnostic {
        let places = searchedPlaces.filter { !$0.isEmpty }
        guard !places.isEmpty else { return .error("E-TEMPLATE-NOT-FOUND", ["name": name], at: location) }
        return .error("E-TEMPLATE-NOT-FOUND-IN", ["name": name, "places": places.joined(separator: ", ")], at: location)
    }
}
