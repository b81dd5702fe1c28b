import Diagnostics
import Testing
@testable import FrontMatter

@Suite struct FrontMatterSplitterTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test(arguments: [
        ("---\nsku: A\n---\nBody\n", "sku: A\n", "Body\n", 4),
        ("---\r\nsku: A\r\ntitle: T\r\n---\r\nBody\r\nmore\r\n", "sku: A\ntitle: T\n", "Body\nmore\n", 5),
        ("---  \nsku: A\n--- \t\nBody", "sku: A\n", "Body", 4),
        ("---\n---\n", "", "", 3),
        ("---\nsku: A\n---", "sku: A\n", "", 4),
        ("---\na: |\n  ---x\n---\n# T\n", "a: |\n  ---x\n", "# T\n", 5),
    ])
    func splitsFrontMatterAndBody(source: String, yaml: String, body: String, bodyLine: Int) throws {
        for bytes in [Array(source.utf8), Self.bom + Array(source.utf8)] {
            let document = try FrontMatterSplitter.split(bytes, path: "p.md")
            #expect(document.frontMatter == yaml)
            #expect(document.frontMatterLine == 2)
            #expect(document.body == body)
            #expect(document.bodyLine == bodyLine)
        }
    }

    @Test(arguments: ["# About us\n\nText", "----\nnot front matter\n", " ---\na: 1\n---\n", "--- a\nb\n---\n"])
    func aFileWithoutAnOpeningFenceIsAllBody(source: String) throws {
        let document = try FrontMatterSplitter.split(Array(source.utf8), path: "content/pages/about.md")
        #expect(document.frontMatter == nil)
        #expect(document.body == source)
        #expect(document.bodyLine == 1)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let errorCases: [([UInt8], String)] = [
        (bytes(""), "content/products/a.md: error: empty file"),
        (Self.bom, "content/products/a.md: error: empty file"),
        (bytes("---\nsku: A\n"), "content/products/a.md:1: error: front matter opened with '---' is never closed"),
        (bytes("---"), "content/products/a.md:1: error: front matter opened with '---' is never closed"),
        (bytes("---\nsku: A\n--\n----\n"), "content/products/a.md:1: error: front matter opened with '---' is never closed"),
        (bytes("---\nsku: A\ntitle: ") + [0xC3, 0x28] + bytes("\n---\n"),
         "content/products/a.md:3: error: file is not valid UTF-8 (first bad byte on this line)"),
        (bytes("---\r\na: 1\r\n---\r\nok\r\nok\r\n") + [0xED, 0xA0, 0x80],
         "content/products/a.md:6: error: file is not valid UTF-8 (first bad byte on this line)"),
        ([0xFF] + bytes("---\n"), "content/products/a.md:1: error: file is not valid UTF-8 (first bad byte on this line)"),
    ]

    @Test(arguments: errorCases)
    func errorsNameFileAndLine(bytes: [UInt8], message: String) {
        do throws(Diagnostic) {
            _ = try FrontMatterSplitter.split(bytes, path: "content/products/a.md")
            Issue.record("expected: \(message)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func yamlErrorsPointAtFileLinesThroughTheSplit() throws {
        let document = try FrontMatterSplitter.split(Array("---\r\nsku: A\r\nmoq: [1\r\n---\r\n".utf8), path: "a.md")
        do throws(Diagnostic) {
            _ = try YAMLReader.parse(document.frontMatter ?? "", path: "a.md", firstLine: document.frontMatterLine)
            Issue.record("malformed YAML accepted")
        } catch {
            #expect(error.location?.line == 4)
            #expect(error.message.hasPrefix("malformed YAML: "))
        }
    }

    @Test func aOneMegabyteSingleLineBodyIsKeptWhole() throws {
        let line = String(repeating: "批发价格 wholesale ", count: 1_048_576 / 22)
        let document = try FrontMatterSplitter.split(Array("---\nsku: A\n---\n\(line)".utf8), path: "big.md")
        #expect(document.body.utf8.count == line.utf8.count)
        #expect(document.body == line)
    }

    @Test func nulBytesInTheBodyAreKept() throws {
        let bytes = Array("---\nsku: A\n---\na".utf8) + [0, 0] + Array("b\n".utf8)
        let document = try FrontMatterSplitter.split(bytes, path: "nul.md")
        #expect(Array(document.body.utf8) == [97, 0, 0, 98, 10])
    }

    @Test func loneCarriageReturnsAreKept() throws {
        let document = try FrontMatterSplitter.split(Array("---\na: 1\n---\nx\ry\r\n".utf8), path: "cr.md")
        #expect(document.body == "x\ry\n")
    }
}
