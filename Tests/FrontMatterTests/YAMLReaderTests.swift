import Diagnostics
import Testing
@testable import FrontMatter

@Suite struct YAMLReaderTests {
    static let product = """
        sku: HD-T001
        tiers:
          - { min: 50, price: 18 }
          - min: 200
            price: "16.5"
        contact:
          person: 陈经理
          phone: "0574"
        """

    @Test(arguments: [
        ("sku", 11, 1), ("tiers", 12, 1), ("contact", 16, 1),
    ])
    func topLevelKeyLinesIncludeTheOffset(key: String, line: Int, column: Int) throws {
        let root = try YAMLReader.parse(Self.product, path: "p.md", firstLine: 11)
        let pair = try #require(root.pairs?.first { $0.key.scalar == key })
        #expect(pair.key.line == line)
        #expect(pair.key.column == column)
    }

    @Test func nestedValuesAndSequenceItemsCarryFileLines() throws {
        let root = try YAMLReader.parse(Self.product, path: "p.md", firstLine: 11)
        let tiers = try #require(root["tiers"]?.items)
        #expect(tiers.count == 2)
        #expect(tiers[0].line == 13 && tiers[0].column == 5)
        #expect(tiers[1].line == 14 && tiers[1].column == 5)
        #expect(tiers[1]["price"]?.line == 15)
        #expect(tiers[1]["price"]?.column == 12)
        #expect(tiers[0]["price"]?.scalar == "18")
        #expect(root["contact"]?["phone"]?.line == 18)
        #expect(root["contact"]?["person"]?.scalar == "陈经理")
        #expect(root["missing"] == nil)
    }

    @Test(arguments: [
        ("v: 18", "18", true, false),
        ("v: \"18\"", "18", false, false),
        ("v: '18'", "18", false, false),
        ("v: ~", "~", true, true),
        ("v: \"~\"", "~", false, false),
        ("v: null", "null", true, true),
        ("v: Null", "Null", true, true),
        ("v: NULL", "NULL", true, true),
        ("v: 'null'", "null", false, false),
        ("v:", "", true, true),
        ("v: !!str 18", "18", false, false),
        ("v: |\n  text\n", "text\n", false, false),
    ])
    func quotedAndPlainScalarsAndNulls(source: String, text: String, plain: Bool, null: Bool) throws {
        let value = try #require(try YAMLReader.parse(source, path: "a.md")["v"])
        #expect(value.scalar == text)
        #expect(value.isPlainScalar == plain)
        #expect(value.isNull == null)
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func emptyTextIsANullScalar(source: String) throws {
        let root = try YAMLReader.parse(source, path: "a.md", firstLine: 2)
        #expect(root.isNull)
        #expect(root.line == 2)
    }

    @Test(arguments: [
        ("a: 1\nb: [1, 2\nc: 3\n", "content/products/a.md:4:2: error: malformed YAML: did not find expected ',' or ']'"),
        ("a: 1\n  b: 2\n", "content/products/a.md:3:4: error: malformed YAML: mapping values are not allowed in this context"),
        ("a: 1\n\tb: 2\n", "content/products/a.md:3:1: error: malformed YAML: found a tab character that violates indentation"),
        ("a: *nothing\n", "content/products/a.md:2:4: error: malformed YAML: unknown alias *nothing"),
        ("a: 1\n---\nb: 2\n", "content/products/a.md:3:1: error: front matter holds more than one YAML document"),
        ("a: 1\nb: 2\na: 3\n", "content/products/a.md:4:1: error: duplicate key 'a' (first on line 2)"),
        ("x:\n  k: 1\n  k: 2\n", "content/products/a.md:4:3: error: duplicate key 'k' (first on line 3)"),
    ])
    func errorsNameFileLineAndProblem(source: String, message: String) {
        do throws(Diagnostic) {
            _ = try YAMLReader.parse(source, path: "content/products/a.md", firstLine: 2)
            Issue.record("expected an error for \(source)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func anchorsAndAliasesCopyTheNode() throws {
        let root = try YAMLReader.parse("base: &b { moq: 50 }\nother: *b\n", path: "a.md")
        #expect(root["other"]?["moq"]?.scalar == "50")
        #expect(root["other"]?.line == 2)
    }

    @Test func aliasBombStopsWithAClearError() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        do throws(Diagnostic) {
            _ = try YAMLReader.parse(lines.joined(separator: "\n"), path: "bomb.md", firstLine: 2)
            Issue.record("alias bomb accepted")
        } catch {
            #expect(error.message == "alias *a3 expands the YAML to more than 10000 nodes (allowed: 10 a byte of YAML, at least 10000)")
            #expect((error.location?.line ?? 0) > 2)
        }
    }

    @Test(arguments: ["[", "{a: "])
    func deepNestingIsAnErrorNotACrash(opener: String) {
        let source = "v: " + String(repeating: opener, count: 10_000)
        do throws(Diagnostic) {
            _ = try YAMLReader.parse(source, path: "deep.md", firstLine: 2)
            Issue.record("deep nesting accepted")
        } catch {
            #expect(error.message == "YAML nested deeper than 200 levels")
            #expect(error.location?.line == 2)
        }
    }

    @Test func nestingWithinTheLimitIsAccepted() throws {
        let source = "v: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        var node = try #require(try YAMLReader.parse(source, path: "a.md")["v"])
        var depth = 1
        while let inner = node.items?.first { node = inner; depth += 1 }
        #expect(depth == 150)
    }

    @Test func parseFileSkipsBOMAndNamesTheLineOfABadByte() throws {
        let good = try YAMLReader.parseFile([0xEF, 0xBB, 0xBF] + Array("name: 恒达\r\n".utf8), path: "content/site.yaml")
        #expect(good["name"]?.scalar == "恒达")
        #expect(throws: Diagnostic.error("E-NOT-UTF8", at: Location(path: "content/site.yaml", line: 2))) {
            try YAMLReader.parseFile(Array("a: 1\nb: x".utf8) + [0xFF], path: "content/site.yaml")
        }
    }
}
