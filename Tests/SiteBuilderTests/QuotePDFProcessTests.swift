#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import SiteBuilder
import Testing

/// `shopsite pdf` as a process: killed in any way while it prints, it leaves no Chromium behind; a browser that crashes
/// or stops answering is a clear error with exit 1.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct QuotePDFProcessTests {
    /// A copy of the example shop with 30 more 60-line quotes, so that printing lasts long enough to be interrupted.
    static func longShop(_ name: String) throws -> String {
        let shop = SiteFixture.temporaryFolder(name)
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        let long = try String(contentsOfFile: shop + "/content/quotes/Q-2025-0104.md", encoding: .utf8)
        for n in 1...30 {
            let id = String(format: "Q-2026-%04d", n)
            try long.replacingOccurrences(of: "id: Q-2025-0104", with: "id: " + id)
                .write(toFile: shop + "/content/quotes/\(id).md", atomically: true, encoding: .utf8)
        }
        return shop
    }

    /// The pids of live processes whose command line contains `text`.
    static func processes(containing text: String) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let line = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return nil }
            return String(decoding: line, as: UTF8.self).contains(text) ? pid : nil
        }
    }

    /// Starts `shopsite pdf shop` with `environment` added.
    static func start(_ shop: String, environment: [String: String] = [:]) throws -> Process {
        let executable = try #require(HostileInterruptedBuildTests.executable, "run `swift build --build-tests` first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["pdf", shop]
        process.environment = ProcessInfo.processInfo.environment
            .merging(["SHOPSITE_THEME": SiteFixture.repository + "/templates"].merging(environment) { $1 }) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = Pipe()
        try process.run()
        return process
    }

    /// Waits up to `seconds` for `done`, checking every 50 ms.
    static func waitUntil(_ seconds: Double, _ done: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if done() { return true }
            usleep(50_000)
        }
        return done()
    }

    @Test(arguments: [SIGKILL, SIGTERM, SIGINT])
    func killedWhilePrintingLeavesNoBrowser(signal: Int32) throws {
        let shop = try Self.longShop("pdf-kill-\(signal)")
        let process = try Self.start(shop)
        let profile = "shopsite-chromium-\(process.processIdentifier)-"
        // The browser is started once the pages are rendered; the first PDF shows it is printing.
        let printing = Self.waitUntil(120) {
            !Self.processes(containing: profile).isEmpty && FileManager.default.fileExists(atPath: shop + "/pdf/Q-2025-0095.pdf")
        }
        try #require(printing, "shopsite never started printing")
        #expect(process.isRunning, "shopsite finished before it could be killed")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        if signal != SIGKILL {
            #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal, "\(process.terminationStatus)")
            let left = (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()))?
                .filter { $0.hasPrefix("shopsite-pdf-\(process.processIdentifier)-") } ?? []
            #expect(left.isEmpty, "the pages for the browser are left in \(left)")
        }
        let gone = Self.waitUntil(20) { Self.processes(containing: profile).isEmpty }
        #expect(gone, "Chromium survived signal \(signal): \(Self.processes(containing: profile))")
        for pid in Self.processes(containing: profile) { kill(pid, SIGKILL) }
    }

    /// A fake browser: a shell script with `body`.
    static func fakeBrowser(_ name: String, _ body: String) throws -> String {
        let path = SiteFixture.temporaryFolder(name) + "/chromium"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    @Test func crashingBrowserIsAClearErrorWithExitOne() throws {
        let shop = try Self.longShop("pdf-crash")
        let process = try Self.start(shop, environment: ["SHOPSITE_CHROMIUM": try Self.fakeBrowser("crash", "exit 3")])
        process.waitUntilExit()
        let stderr = String(decoding: (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("error: 浏览器在打印 `Q-2025-0095` 时退出（exit status 3），其后的报价单均未打印"), "\(stderr)")
    }

    @Test func silentBrowserTimesOutWithExitOne() throws {
        let shop = try Self.longShop("pdf-timeout")
        let started = Date()
        let browser = try Self.fakeBrowser("silent", "exec sleep 60")
        let process = try Self.start(shop, environment: ["SHOPSITE_CHROMIUM": browser, "SHOPSITE_PDF_TIMEOUT": "1"])
        process.waitUntilExit()
        let stderr = String(decoding: (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("浏览器打印 `Q-2025-0095` 时 1 秒内无响应，已强制结束"), "\(stderr)")
        #expect(Date().timeIntervalSince(started) < 50, "the silent browser was waited for")
        #expect(Self.processes(containing: browser).isEmpty, "the silent browser was left running")
    }
}
