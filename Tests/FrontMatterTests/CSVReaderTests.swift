import Diagnostics
import Testing
@testable import FrontMatter

@Suite struct CSVReaderTests {
    @Test(arguments: [
        ("date,sku\n2025-11-01,HD-T001\n", [[1: ["date", "sku"]], [2: ["2025-11-01", "HD-T001"]]]),
        ("a,b\r\n1,2\r\n", [[1: ["a", "b"]], [2: ["1", "2"]]]),
        ("a,b\n1,2", [[1: ["a", "b"]], [2: ["1", "2"]]]),
        ("\u{FEFF}a,b\n", [[1: ["a", "b"]]]),
        ("a,b,c\n,,\n", [[1: ["a", "b", "c"]], [2: ["", "", ""]]]),
        ("a\n\n\nb\n", [[1: ["a"]], [4: ["b"]]]),
        ("\"x, y\",\"say \"\"hi\"\"\",\"\"\n", [[1: ["x, y", "say \"hi\"", ""]]]),
        ("\"two\r\nlines\",z\nnext,row\n", [[1: ["two\nlines", "z"]], [3: ["next", "row"]]]),
        ("a\"b,c\n", [[1: ["a\"b", "c"]]]),
        ("名称,数量\n纯棉T恤,50\n", [[1: ["名称", "数量"]], [2: ["纯棉T恤", "50"]]]),
        ("", []),
    ])
    func parsesRowsWithTheirLines(source: String, expected: [[Int: [String]]]) throws {
        let rows = try CSVReader.parse(Array(source.utf8), path: "data/traffic.csv")
        #expect(rows == expected.map { CSVRow(line: $0.keys.first ?? 0, fields: $0.values.first ?? []) })
    }

    static let errorCases: [([UInt8], String)] = [
        (Array("a,b\n1,\"open\n2,3\n".utf8), "data/traffic.csv:2: error: unterminated quoted CSV field"),
        (Array("a,b\n\"x\"y,2\n".utf8), "data/traffic.csv:2: error: text after the closing quote of a CSV field"),
        (Array("a,b\n1,2\n3,".utf8) + [0xFE], "data/traffic.csv:3: error: file is not valid UTF-8 (first bad byte on this line)"),
    ]

    @Test(arguments: errorCases)
    func errorsNameTheLine(bytes: [UInt8], message: String) {
        do throws(Diagnostic) {
            _ = try CSVReader.parse(bytes, path: "data/traffic.csv")
            Issue.record("expected: \(message)")
        } catch {
            #expect(error.description == message)
        }
    }
}
