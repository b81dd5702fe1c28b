import Diagnostics
import Testing
@testable import FrontMatter

/// `locateWithBody` checks the body while making its text; it must give what `locate` plus a decode gives.
@Suite struct LocateWithBodyTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [[UInt8]] = FrontMatterSplitterTests.errorCases.map(\.0) + [
        bytes("---\nsku: A\n---\nBody\n"),
        bytes("---\r\nsku: A\r\n---\r\n正文\r\n"),
        FrontMatterSplitterTests.bom + bytes("---\nsku: A\n---"),
        bytes("# About\n\nno front matter é\n"),
        bytes("---\nsku: A\n---\nok\n") + [0xE4, 0xB8] + bytes("\nmore\n"),
        bytes("---\nsku: A\n---\n") + [0xF4, 0x90, 0x80, 0x80],
        bytes("---\nsku: ") + [0xC0, 0xAF] + bytes("\n"),
        bytes("no fence\n") + [0xFE],
        bytes("---\nsku: A\n---\nnul \u{0} kept\n"),
        bytes("---\nsku: A\n") + [0xE4] + bytes("---\n"),
    ]

    @Test(arguments: cases)
    func givesWhatLocateGives(source: [UInt8]) {
        var plain = source, combined = source
        let expected: Result<(FrontMatterParts, String), Diagnostic> = plain.withUnsafeMutableBufferPointer { buffer in
            do throws(Diagnostic) {
                let parts = try FrontMatterSplitter.locate(in: buffer, path: "content/products/a.md")
                return .success((parts, String(decoding: UnsafeBufferPointer(rebasing: buffer[parts.body]), as: UTF8.self)))
            } catch {
                return .failure(error)
            }
        }
        let actual: Result<(FrontMatterParts, String), Diagnostic> = combined.withUnsafeMutableBufferPointer { buffer in
            do throws(Diagnostic) {
                let (parts, body) = try FrontMatterSplitter.locateWithBody(in: buffer, path: "content/products/a.md")
                return .success((parts, body))
            } catch {
                return .failure(error)
            }
        }
        switch (expected, actual) {
        case let (.success(want), .success(got)):
            #expect(got.0 == want.0)
            #expect(got.1 == want.1)
        case let (.failure(want), .failure(got)):
            #expect(got.description == want.description)
        default:
            Issue.record("locate gave \(expected), locateWithBody gave \(actual)")
        }
    }
}
