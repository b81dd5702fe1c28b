import Diagnostics

/// One file of a library as read: its name, how its path prints, and its text or the error reading it.
typealias TemplateSource = (name: String, displayPath: String, text: Result<String, Diagnostic>)

/// Libraries of its own for each render thread.
extension TemplateLibrary {
    /// A library that renders the same bytes as this one from its own copy of every parsed template (parsed again from
    /// the same texts, specialised on the same constants). Nodes and expressions are reference counted on every
    /// render; two threads rendering from one shared tree bounce those counts between their cores, so a thread that
    /// renders many pages is faster with a copy of its own.
    public func threadCopy() -> TemplateLibrary {
        guard let base = unspecialized else {
            return TemplateLibrary(files: sources, environment: environment, searched: searchedPlaces)
        }
        return base.threadCopy().specialized(constants: constantNames, varying: varyingName)
    }
}
