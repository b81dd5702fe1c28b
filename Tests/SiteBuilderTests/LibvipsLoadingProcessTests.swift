import Foundation
import Testing

/// libvips is opened only when a photo is read (issue 15: it cost every command ≈ 31 ms of CPU to load): the built
/// executable, watched through the dynamic loader's log (`LD_DEBUG=files`), loads it for the first build of a shop
/// with a photo and for `check` reading that photo's header, never for `report`, for a `check` of a shop without
/// photos, or for a rebuild whose photos did not change.
@Suite struct LibvipsLoadingProcessTests {
    /// Runs the built executable with `arguments`; whether the dynamic loader opened libvips, and the exit status.
    static func loadsLibvips(_ arguments: [String]) throws -> (loaded: Bool, status: Int32) {
        let executable = try #require(HostileInterruptedBuildTests.executable, "run `swift build --build-tests` first")
        let log = SiteFixture.temporaryFolder("ld-debug") + "/ld"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging([
            "SHOPSITE_THEME": SiteFixture.repository + "/templates", "LD_DEBUG": "files", "LD_DEBUG_OUTPUT": log,
        ]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // The loader writes LOG.PID.
        let text = (try? String(contentsOfFile: log + ".\(process.processIdentifier)", encoding: .utf8)) ?? ""
        #expect(text.contains("file="), "the loader's log was written")
        return (text.contains("file=libvips.so.42"), process.terminationStatus)
    }

    @Test func onlyAPhotoReadLoadsLibvips() throws {
        let plain = SiteFixture.smallShop()
        #expect(try Self.loadsLibvips(["report", plain]) == (false, 0))
        #expect(try Self.loadsLibvips(["check", plain]) == (false, 0))
        let shop = SitePhotosTests.shop(images: "[assets/a.jpg]", files: ["assets/a.jpg": SitePhotosTests.photo("yx-s101-1.jpg")])
        #expect(try Self.loadsLibvips(["check", shop]) == (true, 0), "check reads the photo's header")
        let output = SiteFixture.temporaryFolder("vips-out") + "/public"
        #expect(try Self.loadsLibvips(["build", shop, "--output", output]) == (true, 0), "the first build decodes the photo")
        #expect(try Self.loadsLibvips(["build", shop, "--output", output]) == (false, 0), "the rebuild takes it from the cache")
        #expect(try Self.loadsLibvips(["report", shop]) == (false, 0))
    }
}
