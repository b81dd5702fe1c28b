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
    static let valued: Set<String> = ["--output", "--as-of", "--audience", "--port"]

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
                    guard index < arguments.count else { throw UsageError(message: "\(name) needs a value") }
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
        guard found.count <= 1 else { throw UsageError(message: "\(name) given more than once") }
        return found.first?.value
    }

    /// A `YYYY-MM-DD` option, claimed.
    mutating func date(_ name: String) throws(UsageError) -> Day? {
        guard let text = try value(name) else { return nil }
        guard let day = Day(text) else { throw UsageError(message: "\(name): `\(text)` is not a valid date (YYYY-MM-DD)") }
        return day
    }

    /// Whether a flag was given, claimed.
    mutating func flag(_ name: String) -> Bool { flags.remove(name) != nil }

    /// The positionals (at most `positionals`); an error for anything unclaimed.
    func finish(positionals limit: Int) throws(UsageError) -> [String] {
        if let name = values.first?.name ?? flags.sorted().first {
            throw UsageError(message: "unknown option `\(name)` for `\(command)`")
        }
        guard positionals.count <= limit else {
            throw UsageError(message: "unexpected argument `\(positionals[limit])` for `\(command)`")
        }
        return positionals
    }
}
