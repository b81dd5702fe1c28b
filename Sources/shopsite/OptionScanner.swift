import Diagnostics
import ShopModel

/// Splits one command's arguments into `--name value` options, `--flag`s and positionals, then hands
/// them out; whatever is left unclaimed at `finish` is a usage error.
struct OptionScanner {
    /// The command, for messages.
    let command: String
    /// Options with a value, in order.
    private var values: [(name: String, value: String)] = []
    /// Options without a value.
    private(set) var flags: Set<String> = []
    /// Everything not starting with `--`.
    private var positionals: [String] = []

    /// Options that take a value.
    static let valued: Set<String> = ["--output", "--as-of", "--audience", "--port", "--lang", "--format", "--map", "--for", "--from-order", "--from-quote"]

    /// Scans the arguments; `--name=value` and `--name value` are both accepted.
    init(command: String, arguments: [String]) throws(UsageError) {
        self.command = command
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument != "-" else { positionals.append(argument); continue }
            if argument == "--" { positionals.append(contentsOf: arguments[index...]); break }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            if Self.valued.contains(name) {
                if parts.count == 2 {
                    values.append((name, parts[1]))
                } else {
                    guard index < arguments.count else { throw UsageError(code: "E-USAGE-NEEDS-VALUE", arguments: ["option": name]) }
                    values.append((name, arguments[index]))
                    index += 1
                }
            } else {
                flags.insert(name == "-h" ? "--help" : name)
            }
        }
    }

    /// The value of a valued option, claimed; an error when it was given twice.
    mutating func value(_ name: String) throws(UsageError) -> String? {
        let found = values.filter { $0.name == name }
        values.removeAll { $0.name == name }
        guard found.count <= 1 else { throw UsageError(code: "E-USAGE-REPEATED", arguments: ["option": name]) }
        return found.first?.value
    }

    /// A `YYYY-MM-DD` option, claimed.
    mutating func date(_ name: String) throws(UsageError) -> Day? {
        guard let text = try value(name) else { return nil }
        guard let day = Day(text) else { throw UsageError(code: "E-USAGE-DATE", arguments: ["option": name, "value": text]) }
        return day
    }

    /// `--lang zh-CN|en`, claimed.
    mutating func language() throws(UsageError) -> Language? {
        guard let text = try value("--lang") else { return nil }
        guard let language = Language(option: text) else { throw UsageError(code: "E-USAGE-LANG", arguments: ["value": text]) }
        return language
    }

    /// The shop the arguments name, by its place among the positionals (after `new`'s kind and id, `import`'s kind
    /// and file); nil for `init` and when none is named.
    var namedShop: String? {
        let shopIndex = command == "new" ? 2 : command == "import" ? 2 : 0
        return command == "init" || positionals.count <= shopIndex ? nil : positionals[shopIndex]
    }

    /// The help asked for with `COMMAND … --help`: the command, the shop it names (if any) and a valid `--lang`.
    func help() -> Invocation {
        let lang = values.last { $0.name == "--lang" }.flatMap { Language(option: $0.value) }
        return .help(command: command, shop: namedShop, lang: lang)
    }

    /// Whether a flag was given, claimed.
    mutating func flag(_ name: String) -> Bool { flags.remove(name) != nil }

    /// The positionals (at most `positionals`); an error for anything unclaimed.
    func finish(positionals limit: Int) throws(UsageError) -> [String] {
        if let name = values.first?.name ?? flags.sorted().first {
            throw UsageError(code: "E-USAGE-UNKNOWN-OPTION", arguments: ["option": name, "command": command])
        }
        guard positionals.count <= limit else {
            throw UsageError(code: "E-USAGE-EXTRA-ARGUMENT", arguments: ["argument": positionals[limit], "command": command])
        }
        return positionals
    }
}
