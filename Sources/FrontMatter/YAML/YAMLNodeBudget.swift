import Diagnostics

/// Counts the nodes of one YAML document, as written and as expanded through aliases, and stops a document past its limit.
///
/// The expansion is tied to the size of the text (`YAMLReader.aliasNodesPerByte` nodes a byte, at least
/// `YAMLReader.aliasNodeFloor`, never more than `YAMLReader.maximumNodeCount`) rather than to a fixed count per
/// file: an alias shares the anchored node, so parsing stays cheap, but whatever reads the tree afterwards walks every
/// expanded node, and a fixed cap let each 850-byte page expand a thousand-fold. Tied to its bytes, the work of a whole
/// shop stays proportional to what is on disk, with nothing shared between files decoded in parallel (a shop-wide budget
/// would make which file fails depend on decoding order), and the limit is far above what real anchors need.
struct YAMLNodeBudget {
    /// The path messages name.
    let path: String
    /// The most expanded nodes this document may have.
    let limit: Int
    /// Nodes written in the text (an alias counts as one).
    private var written = 0
    /// Nodes with every alias expanded.
    private var expanded = 0
    /// The last alias met, named when the expansion passes the limit.
    private var lastAlias: (name: String, line: Int, column: Int)?

    /// A budget for a document of `byteCount` bytes of YAML.
    init(path: String, byteCount: Int) {
        self.path = path
        let (scaled, overflow) = byteCount.multipliedReportingOverflow(by: YAMLReader.aliasNodesPerByte)
        limit = min(YAMLReader.maximumNodeCount, max(YAMLReader.aliasNodeFloor, overflow ? Int.max : scaled))
    }

    /// Counts `nodes` new expanded nodes, found at `line`/`column` through `alias` when one is named.
    mutating func add(_ nodes: Int, alias: String?, line: Int, column: Int) throws(Diagnostic) {
        expanded += nodes
        if let alias {
            written += 1
            lastAlias = (alias, line, column)
        } else {
            written += nodes
        }
        guard expanded > limit else { return }
        guard written <= limit, let alias = lastAlias else {
            throw .error("E-YAML-TOO-MANY-NODES", ["limit": "\(limit)"],
                         at: Location(path: path, line: line, column: column))
        }
        throw .error("E-YAML-ALIAS-EXPANSION", ["alias": alias.name, "limit": "\(limit)",
                                              "perByte": "\(YAMLReader.aliasNodesPerByte)",
                                              "floor": "\(YAMLReader.aliasNodeFloor)"],
                     at: Location(path: path, line: alias.line, column: alias.column))
    }
}
