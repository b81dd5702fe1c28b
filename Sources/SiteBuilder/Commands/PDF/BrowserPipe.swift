#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One headless Chromium driven over the DevTools protocol on `--remote-debugging-pipe`: commands are JSON
/// messages ended by a NUL byte, written to the browser's fd 3; replies and events come back on its fd 4.
final class BrowserPipe {
    /// Why the browser could not be used.
    enum Failure: Error { case noBrowser, failed(String), unwritable(String) }

    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private let profile: String

    /// Starts `executable` headless with a throw-away profile.
    init(executable: String) throws(Failure) {
        var commands: [Int32] = [0, 0], replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else { throw .failed("pipe") }
        profile = NSTemporaryDirectory() + "shopsite-chromium-\(getpid())"
        let arguments = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                         "--disable-extensions", "--hide-scrollbars", "--remote-debugging-pipe", "--user-data-dir=" + profile]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, replies[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var child: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&child, executable, &actions, nil, argv, environ)
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

    /// Sends a command (to a page's `session` when given) and waits for its reply's `result`.
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil) throws(Failure) -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        guard let data = try? JSONSerialization.data(withJSONObject: message) else { throw .failed("json") }
        var bytes = [UInt8](data) + [0]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard written > 0 else { throw .failed("write") }
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

    /// The next whole message.
    private func readMessage() throws(Failure) -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                return object
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            guard count > 0 else { throw .failed("the browser closed its pipe") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Closes the browser and waits for it; removes the profile.
    func quit() {
        _ = try? send("Browser.close")
        close(toBrowser)
        close(fromBrowser)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: profile)
    }
}
