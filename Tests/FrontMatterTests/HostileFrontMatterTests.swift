import Diagnostics
import Testing
@testable import FrontMatter

/// Content written to hurt the parser: each input ends in a clear, positioned error or a correct value.
@Suite struct HostileFrontMatterTests {
    /// Nine levels of nine aliases: 9⁹ ≈ 387 million nodes once expanded.
    static let billionLaughs: String = {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...8 {
            let items = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("l\(level): &l\(level) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func aliasBombIsRefusedWithItsLine() throws {
        #expect {
            _ = try YAMLReader.parse(Self.billionLaughs, path: "content/products/x.md", firstLine: 2)
        } throws: { error in
            let message = "\(error)"
            return message.contains("alias *l3 expands the YAML to more than 10000 nodes") && message.hasPrefix("content/products/x.md:")
        }
    }

    @Test func aliasesWithinTheLimitExpandCorrectly() throws {
        let text = "a: &a [x, y]\nb: [*a, *a, *a]\n"
        let root = try YAMLReader.parse(text, path: "x.md")
        let b = try #require(root["b"]?.items)
        #expect(b.count == 3)
        #expect(b.allSatisfy { $0.items?.compactMap(\.scalar) == ["x", "y"] })
    }

    /// 10,000 levels of each kind of YAML nesting, built here so the test list prints only the name.
    static func deeplyNested(_ kind: String) -> String {
        switch kind {
        case "flow sequences": return "x: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        case "flow mappings": return "x: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"
        case "block sequences": return String(repeating: "- ", count: 10_000) + "x\n"
        default: return String(repeating: "? ", count: 10_000) + "x\n"  // block mappings with explicit keys
        }
    }

    @Test(arguments: ["flow sequences", "flow mappings", "block sequences", "block mappings"])
    func tenThousandDeepNestingIsRefused(kind: String) throws {
        #expect {
            _ = try YAMLReader.parse(Self.deeplyNested(kind), path: "x.md", firstLine: 2)
        } throws: { error in
            "\(error)".contains("YAML nested deeper than 200 levels") && "\(error)".hasPrefix("x.md:2:")
        }
    }

    @Test func nestingAtTheLimitIsRead() throws {
        let text = "x: " + String(repeating: "[", count: 199) + "deep" + String(repeating: "]", count: 199) + "\n"
        var node = try #require(try YAMLReader.parse(text, path: "x.md")["x"])
        var depth = 0
        while let first = node.items?.first { node = first; depth += 1 }
        #expect(depth == 199)
        #expect(node.scalar == "deep")
    }

    @Test func oneMegabyteLineInFrontMatterAndBody() throws {
        let long = String(repeating: "纯棉T恤", count: 1_048_576 / 10)
        let file = "---\ntitle: \"\(long)\"\nnote: \(long)\n---\n\(long)\n"
        let document = try FrontMatterSplitter.split(Array(file.utf8), path: "x.md")
        #expect(document.body == long + "\n")
        let root = try YAMLReader.parse(try #require(document.frontMatter), path: "x.md", firstLine: 2)
        #expect(root["title"]?.scalar == long)
        #expect(root["note"]?.scalar == long)
        #expect(root["note"]?.line == 3)
    }

    @Test func nulByteInFrontMatterIsAnErrorOnItsLine() throws {
        let file = Array("---\ntitle: ok\nnote: a\0b\n---\nbody\n".utf8)
        let document = try FrontMatterSplitter.split(file, path: "x.md")
        #expect {
            _ = try YAMLReader.parse(try #require(document.frontMatter), path: "x.md", firstLine: document.frontMatterLine)
        } throws: { error in
            "\(error)" == "x.md:3:8: error: malformed YAML: control characters are not allowed (U+0000)"
        }
    }

    @Test func nulBytesInTheBodyAreKept() throws {
        let file: [UInt8] = Array("---\ntitle: ok\n---\na".utf8) + [0, 0] + Array("b\n".utf8)
        let document = try FrontMatterSplitter.split(file, path: "x.md")
        #expect(document.body == "a\0\0b\n")
        #expect(document.bodyLine == 4)
    }

    @Test(arguments: [
        ("in the front matter", Array("---\ntitle: ok\nnote: ".utf8) + [0xC3, 0x28] + Array("\n---\nbody\n".utf8), 3),
        ("in the body", Array("---\ntitle: ok\n---\nline\nline\n".utf8) + [0xFF, 0xFE] + Array("\n".utf8), 6),
        ("a surrogate", Array("---\n".utf8) + [0xED, 0xA0, 0x80] + Array("\n---\n".utf8), 2),
        ("a truncated sequence at the end", Array("---\nt: x\n---\n".utf8) + [0xE7, 0xBA], 4),
    ])
    func invalidUTF8IsAnErrorNamingTheLine(place: String, bytes: [UInt8], line: Int) throws {
        #expect {
            _ = try FrontMatterSplitter.split(bytes, path: "x.md")
        } throws: { error in
            "\(error)".hasPrefix("x.md:\(line): error: file is not valid UTF-8")
        }
    }

    @Test func invalidUTF8InSiteYAMLAndCSVIsAnError() throws {
        #expect(throws: Diagnostic.self) { _ = try YAMLReader.parseFile(Array("name: ".utf8) + [0xC0, 0xAF], path: "content/site.yaml") }
        #expect(throws: Diagnostic.self) { _ = try CSVReader.parse(Array("date,sku\n2025-11-01,".utf8) + [0x80], path: "t.csv") }
    }

    @Test func csvWithAMillionEmptyFieldsAndAOneMegabyteField() throws {
        let commas = Array(repeating: UInt8(ascii: ","), count: 1_000_000)
        let wide = try CSVReader.parse(Array("a\n".utf8) + commas + [10], path: "t.csv")
        #expect(wide.count == 2 && wide[1].fields.count == 1_000_001 && wide[1].line == 2)
        let big = String(repeating: "x\"\"", count: 350_000)
        let rows = try CSVReader.parse(Array("a\n\"\(big)\"\n".utf8), path: "t.csv")
        #expect(rows[1].fields == [String(repeating: "x\"", count: 350_000)])
    }
}
