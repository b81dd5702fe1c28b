#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One headless Chromium driven over the DevTools protocol on `--remote-debugging-pipe`: commands are JSON
/// messages ended by a NUL byte, written to the browser's fd 3; replies and events come back on its fd 4.
///
/// Only the browser holds its ends of the two pipes (ours are close-on-exec), so when this process ends in any way,
/// SIGKILL included, the browser reads end-of-file on fd 3 and exits with its whole process tree. It runs in a process
/// group of its own, which `stop()` kills outright.
final class BrowserPipe {
    /// Why the browser could not be used.
    enum Failure: Error { case noBrowser, failed(String), unwritable(String), exited(String), timedOut(Int) }

    /// The browser's process id, which is also its process group.
    let pid: pid_t
    /// The throw-away profile folder.
    let profile: String
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let timeout: Double
    private var buffer: [UInt8] = []
    private var nextID = 0
    /// Set once the browser timed out or went away: nothing more is sent to it.
    private var broken = false

    /// Starts `executable` headless with a throw-away profile; every reply must come within `timeout` seconds.
    init(executable: String, timeout: Double = 60) throws(Failure) {
        var commands: [Int32] = [0, 0], replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else { throw .failed("pipe") }
        for fd in commands + replies { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        profile = NSTemporaryDirectory() + "shopsite-chromium-\(getpid())-" + UUID().uuidString   // one per browser, even in one process
        self.timeout = timeout
        var actions = posix_spawn_file_actions_t(), attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer { posix_spawn_file_actions_destroy(&actions); posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)   // a dup2 target is not close-on-exec
        posix_spawn_file_actions_adddup2(&actions, replies[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var child: pid_t = 0
        let argv = ([executable] + Self.flags(profile: profile)).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        close(commands[0])
        close(replies[1])
        guard status == 0 else {
            close(commands[1]); close(replies[0])
            throw .noBrowser
        }
        pid = child
        toBrowser = commands[1]
        fromBrowser = replies[0]
    }

    /// Headless, no first-run work, no background network or component updates: nothing but the pages we load.
    static func flags(profile: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
         "--hide-scrollbars", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--mute-audio", "--remote-debugging-pipe", "--user-data-dir=" + profile]
    }

    /// Sends a command (to a page's `session` when given) and waits for its reply's `result`.
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil) throws(Failure) -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        guard let data = try? JSONSerialization.data(withJSONObject: message) else { throw .failed("json") }
        var bytes = [UInt8](data) + [0]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard written > 0 else {
                broken = true
                throw .exited(ending())
            }
            bytes.removeFirst(written)
        }
        let id = nextID
        while true {
            let reply = try readMessage()
            guard reply["id"] as? Int == id else { continue }
            if let error = reply["error"] as? [String: Any] { throw .failed("\(method): \(error["message"] ?? "")") }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    /// Waits for an event named `method` (of `session` when given).
    func wait(for method: String, session: String?) throws(Failure) {
        while true {
            let message = try readMessage()
            if message["method"] as? String == method && (session == nil || message["sessionId"] as? String == session) { return }
        }
    }

    /// The next whole message; a browser silent for `timeout` seconds, or gone, is a failure.
    private func readMessage() throws(Failure) -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                return object
            }
            var ready = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, Int32(min(timeout * 1000, Double(Int32.max))))
            if polled < 0 && errno == EINTR { continue }
            guard polled > 0 else {
                broken = true
                throw .timedOut(Int(timeout.rounded(.up)))
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                broken = true
                throw .exited(ending())
            }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// How the browser ended, once it closed its pipe: its exit status or signal (waited for up to two seconds).
    private func ending() -> String {
        var status: Int32 = 0
        for _ in 0..<200 {
            if waitpid(pid, &status, WNOHANG) == pid {
                let signal = status & 0x7f
                return signal == 0 ? "exit status \((status >> 8) & 0xff)" : "signal \(signal)"
            }
            usleep(10_000)
        }
        return "pipe closed"
    }

    /// Kills the browser's whole process group at once (safe from a signal handler's thread).
    func stop() { kill(-pid, SIGKILL) }

    /// Closes the browser and waits for it (killing it if it lingers); removes the profile.
    func quit() {
        var status: Int32 = 0
        if !broken && waitpid(pid, &status, WNOHANG) == 0 {
            _ = try? send("Browser.close")
        }
        close(toBrowser)
        close(fromBrowser)
        var waited = 0
        while waitpid(pid, &status, WNOHANG) == 0 && waited < 300 {
            usleep(10_000)
            waited += 1
        }
        stop()
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: profile)
    }
}
