import Foundation
import Testing

/// The test scratch folders: a folder left by a test process that died is removed by the next one; a live one is kept.
@Suite struct TestScratchTests {
    /// The id of a process that has exited (a finished `/bin/true`).
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func scratchFoldersOfDeadProcessesAreRemovedAndLiveOnesKept() throws {
        let temp = TestScratch.path("temp")
        try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: temp) }
        let dead = TestScratch.prefix + "\(try Self.deadProcessID())"
        let live = TestScratch.prefix + "\(getpid())"
        let parent = TestScratch.prefix + "\(getppid())"
        for name in [dead, live, parent, "shopsite-preview-1", TestScratch.prefix + "x"] {
            try FileManager.default.createDirectory(atPath: temp + "/" + name + "/shop", withIntermediateDirectories: true)
        }
        #expect(TestScratch.removeStale(in: temp) == [dead])
        let left = try FileManager.default.contentsOfDirectory(atPath: temp).sorted()
        #expect(left == [live, parent, "shopsite-preview-1", TestScratch.prefix + "x"].sorted())
    }
}
