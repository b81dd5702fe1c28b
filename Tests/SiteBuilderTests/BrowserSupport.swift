import Foundation

/// Drives headless Chromium and poppler's tools for the browser tests.
enum Browser {
    /// The Chromium executable, when installed.
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether Chromium, pdfinfo and pdftotext are all installed.
    static let available: Bool = chromium != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    /// The example shop built once for every browser test.
    static let site: String = SiteFixture.buildExample().1

    /// Runs a program; returns its exit status, stdout and stderr.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 90) -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let folder = SiteFixture.temporaryFolder("run")
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)  // checked by the FileHandle below
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)  // checked by the FileHandle below
        guard let out = FileHandle(forWritingAtPath: folder + "/out"), let err = FileHandle(forWritingAtPath: folder + "/err") else {
            return (-1, "", "cannot create output files")
        }
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return (-1, "", "\(error)") }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return (process.terminationStatus, SiteFixture.text(folder, "out"), SiteFixture.text(folder, "err"))
    }

    /// Chromium's common headless flags.
    static func headless(_ extra: [String]) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
         "--user-data-dir=" + SiteFixture.temporaryFolder("chromium")] + extra
    }

    /// Loads a page; returns the DOM once `ready` holds for it (by default: the whole document is there) and every
    /// console message Chromium logged.
    static func load(_ file: String, until ready: (String) -> Bool = { $0.contains("</html>") }) -> (dom: String, console: [String]) {
        let result = dumpDOM("file://" + file, flags: ["--enable-logging=stderr", "--v=0"], until: ready)
        let console = result.err.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }.map(String.init)
        return (result.dom, console)
    }

    /// Prints a page to PDF (A4 from the page's `@page` rule) and returns the PDF's path.
    static func printPDF(_ file: String, to pdf: String) -> Bool {
        run(chromium ?? "", headless(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + file])).status == 0
            && FileManager.default.fileExists(atPath: pdf)
    }

    /// Screenshots a page at a window width into `png`.
    static func screenshot(_ file: String, width: Int, to png: String) -> Bool {
        run(chromium ?? "", headless(["--window-size=\(width),1600", "--screenshot=" + png, "file://" + file])).status == 0
            && FileManager.default.fileExists(atPath: png)
    }
}
