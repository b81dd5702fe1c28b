import Testing
@testable import PreviewServer

@Suite struct LoopbackHostTests {
    static let check = LoopbackHost(port: 1313, listenAddress: "127.0.0.1")

    @Test(arguments: ["127.0.0.1", "127.0.0.1:1313", "localhost", "LOCALHOST:1313", "[::1]", "[::1]:1313"])
    func acceptsLoopbackNames(host: String) {
        #expect(Self.check.allows(host: host))
    }

    @Test(arguments: [
        "", "evil.example", "evil.example:1313", "localhost:1314", "localhost:01313x", "localhost:", "[::1]:",
        "[::1", "::1", "[::1]1313", "127.0.0.1:1313:1313", "localhost.", "127.1", "2130706433", "localhost:٣",
    ])
    func refusesEverythingElse(host: String) {
        #expect(!Self.check.allows(host: host))
    }

    @Test func theAddressListenedOnIsAccepted() {
        #expect(LoopbackHost(port: 8080, listenAddress: "127.0.0.2").allows(host: "127.0.0.2:8080"))
    }
}
