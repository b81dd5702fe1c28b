import Diagnostics
import Testing
@testable import SiteBuilder

/// The sink of `check` refuses, with the staging folder's messages, what writing the file would fail on.
@Suite struct DiscardingSinkTests {
    @Test(arguments: [
        ("products/HD-T001.html", nil),
        ("../escape.html", "refusing to write outside the output folder: ../escape.html"),
        ("products/" + String(repeating: "x", count: 251) + ".html", "File name too long"),
        (String(repeating: "段", count: 86) + "/index.html", "File name too long"),
    ] as [(String, String?)])
    func writesAreCheckedNotMade(path: String, refusal: String?) {
        var message: String?
        do throws(Diagnostic) { try DiscardingSink().write([1, 2, 3], to: path) } catch { message = error.message }
        if let refusal { #expect(message?.contains(refusal) == true, "\(message ?? "no error")") } else { #expect(message == nil) }
    }

    @Test func copiesNeedAReadableRegularFile() {
        let folder = SiteFixture.write(["a.svg": "<svg/>"], under: SiteFixture.temporaryFolder("sink"))
        var messages: [String] = []
        for source in [folder + "/a.svg", folder, folder + "/missing.svg"] {
            do throws(Diagnostic) { try DiscardingSink().copyFile(from: source, to: "assets/a.svg") } catch { messages.append(error.message) }
        }
        #expect(messages == ["cannot copy \(folder): not a readable regular file", "cannot copy \(folder)/missing.svg: not a readable regular file"])
    }
}
