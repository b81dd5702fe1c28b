import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Putting a staged site in place of the output, or dropping it; the previous site becomes the spare.
extension StagingFolder {
    /// Swaps the staged site in for the output in one atomic rename; the previous site becomes the spare. The
    /// output is checked (what it really is, and the ownership marker) immediately before the exchange.
    public func commit() throws(Diagnostic) {
        try write(Array(OutputFolder.markerText.utf8), to: OutputFolder.markerName)
        if reusesPreviousSite {
            guard let previousContents else { throw failure("P-SWAP-LIST") }
            FileSystem.prune(path, listing: previousContents.listing, keepingFiles: writtenFiles.withLock { $0 },
                             keptListed: keptListed.withLock { $0 })
        }
        if let why = outputGuard?.replacementRefusal(of: destination) {
            throw why.replaceError(destination)
        }
        if FileSystem.isMissing(destination) {
            guard rename(path, destination) == 0 else { throw failure("P-SWAP-MOVE-NEW") }
            releaseLock()
            return
        }
        let previous = FileSystem.lockFolder(destination)  // the previous site stays locked until it is the spare
        defer { if previous >= 0 { close(previous) } }
        switch FileSystem.exchange(path, destination) {
        case 0:
            releaseLock()
            keepAsSpare(path)  // now holds the previous site
        case EINVAL, ENOSYS, ENOTSUP:
            try swapByRenames()
        case let code:
            errno = code
            throw failure("P-SWAP-EXCHANGE")
        }
    }

    /// The swap where the file system cannot exchange two names: the previous site is moved aside and the new one
    /// renamed in straight after, two system calls with nothing between them. The caller holds the previous site's
    /// lock, so a build killed in that window leaves it to the next build, which puts it back (`OutputFolder`).
    func swapByRenames() throws(Diagnostic) {
        let old = path + ".old"
        OutputFolder.removeIfAbandoned(old)  // a leftover of this process's earlier build would block the rename
        guard rename(destination, old) == 0 else { throw failure("P-SWAP-MOVE-OLD") }
        guard rename(path, destination) == 0 else {
            let code = errno
            _ = rename(old, destination)
            errno = code
            throw failure("P-SWAP-MOVE-NEW")
        }
        releaseLock()
        keepAsSpare(old)
    }

    /// Abandons the build: the previous output stays exactly as it was. A reused spare is kept for the next build.
    public func discard() {
        if reusesPreviousSite { _ = previousContents?.listing; keepAsSpare(path) } else { FileSystem.removeTree(path) }
        releaseLock()
    }

    /// Moves a previous site to the spare place, or removes it when there is none (or the place is taken).
    private func keepAsSpare(_ folder: String) {
        if sparePath.isEmpty || rename(folder, sparePath) != 0 { FileSystem.removeTree(folder) }
    }

    private func failure(_ what: MessageCode) -> Diagnostic {
        .error("E-SWAP", ["what": what.rawValue, "path": destination, "reason": String(cString: strerror(errno))])
    }
}
