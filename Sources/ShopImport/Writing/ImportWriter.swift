#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// Applies a plan all or nothing: every file is first written to a hidden staging place (`ImportStaging`), and only
/// when all of them are written are they renamed into place (`ImportCommit`); a failure while staging removes the
/// staged files, and a failure while renaming also undoes the renames already done, so the shop stays as it was.
public enum ImportWriter {
    /// The suffix of a staged file or folder (`.O-1.md.import-staged`), hidden from the loader by its leading dot.
    static let stagedSuffix = ".import-staged"

    /// Writes the plan's files into the shop; an error naming the file that could not be written.
    public static func apply(_ plan: ImportPlan, shopPath: String) throws(Diagnostic) {
        try apply(plan, shopPath: shopPath, rename: { Glibc.rename($0, $1) })
    }

    /// `apply` with the rename of the commit given (a test makes it fail partway).
    static func apply(_ plan: ImportPlan, shopPath: String, rename: (String, String) -> Int32) throws(Diagnostic) {
        var staging = ImportStaging()
        var places: [String] = []
        places.reserveCapacity(plan.changes.count)
        for change in plan.changes {
            let (place, reason) = staging.place(for: shopPath + "/" + change.path)
            guard let place else {
                staging.removeAll()
                throw .error("E-IMPORT-WRITE", ["reason": reason ?? ""], at: Location(path: change.path))
            }
            places.append(place)
        }
        let failures = StagedWrites.write(plan.changes.map(\.bytes), to: places)
        for (index, place) in places.enumerated() where failures[index] == nil { staging.noteWritten(place) }
        if let failed = failures.firstIndex(where: { $0 != nil }) {
            staging.removeAll()
            throw .error("E-IMPORT-WRITE", ["reason": failures[failed] ?? ""], at: Location(path: plan.changes[failed].path))
        }
        var commit = ImportCommit()
        if let failure = commit.run(staging.moves, rename: rename) {
            staging.removeAll()
            let path = failure.target.hasPrefix(shopPath + "/") ? String(failure.target.dropFirst(shopPath.count + 1)) : failure.target
            throw .error("E-IMPORT-WRITE", ["reason": failure.reason], at: Location(path: path))
        }
        commit.finish()
    }

    /// `folder/.name.import-staged` beside `target`.
    static func stagingPath(for target: String) -> String { ImportStaging.stagingPath(for: target) }
}
