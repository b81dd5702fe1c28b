import Diagnostics

extension TemplateLibrary {
    /// One error per cycle of literal `extends`, `include` and `import`/`from` references among `templates`, found when
    /// the library loads and placed at the reference that closes the cycle:
    /// `templates/b.html:1:12: error: include cycle: a.html → b.html → a.html`. Missing targets are not followed.
    static func cycleErrors(in templates: [String: Template]) -> [Diagnostic] {
        var finished: [String: Bool] = [:]  // false while a template is on the path being walked, true once done
        var reported: Set<String> = []
        var found: [Diagnostic] = []
        for root in templates.keys.sorted() where finished[root] == nil {
            var path: [(name: String, next: Int, via: TemplateReference.Kind?)] = [(root, 0, nil)]
            finished[root] = false
            while let top = path.last {
                guard let template = templates[top.name], top.next < template.references.count else {
                    finished[top.name] = true
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let reference = template.references[top.next]
                switch finished[reference.name] {
                case .none:
                    guard templates[reference.name] != nil else { continue }
                    finished[reference.name] = false
                    path.append((reference.name, 0, reference.kind))
                case .some(false):
                    guard reported.insert(top.name + "\u{0}" + reference.name).inserted,
                          let start = path.firstIndex(where: { $0.name == reference.name }) else { continue }
                    let names = path[start...].map(\.name) + [reference.name]
                    let kinds = Set(path[(start + 1)...].compactMap(\.via).map(\.rawValue) + [reference.kind.rawValue]).sorted()
                    found.append(.error("E-TEMPLATE-CYCLE", ["kinds": kinds.joined(separator: " and "), "names": names.joined(separator: " → ")],
                                        at: template.location(reference.position)))
                case .some(true):
                    continue
                }
            }
        }
        return found
    }
}
