/// What a set of changed paths (relative to the shop) asks of a serve-mode rebuild.
enum ChangePlan: Equatable {
    /// Build everything again and swap the site in whole; the reason is logged.
    case full(FullRebuild)
    /// Re-read the changed entity files and re-render only the pages that depend on them or on the templates.
    case incremental(content: Set<String>, templates: Set<String>)

    /// The entity folders whose files an incremental rebuild handles.
    static let entityFolders: Set<Substring> = ["products", "customers", "orders", "quotes"]

    /// Sorts the paths: entity files under content/ and templates outside `templates/assets` are handled
    /// incrementally; anything else (site.yaml, assets, data, promotions, free pages, a whole root) needs a full build.
    static func plan(for paths: Set<String>) -> ChangePlan {
        guard !paths.isEmpty else { return .full(.firstBuild) }
        var content: Set<String> = [], templates: Set<String> = []
        for path in paths.sorted() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            switch parts.first {
            case "content"? where parts.count >= 3 && entityFolders.contains(parts[1]):
                content.insert(path)
            case "templates"? where parts.count >= 2 && parts[1] != "assets" && !parts.contains(""):
                templates.insert(parts.dropFirst().joined(separator: "/"))
            default:
                return .full(parts.count <= 1 ? .root(path) : .path(path))
            }
        }
        return .incremental(content: content, templates: templates)
    }
}
