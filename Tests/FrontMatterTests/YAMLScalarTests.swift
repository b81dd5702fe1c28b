import Testing
@testable import FrontMatter

/// The one YAML scalar writer: which texts stay plain, how the rest are quoted, and that libyaml (through
/// `YAMLReader`) reads every written value back as exactly the text, in block, flow-list and flow-map position.
@Suite struct YAMLScalarTests {
    /// (text, written by the `.readable` style, written by the `.words` style).
    static let table: [(String, String, String)] = [
        ("HD-T001", "HD-T001", "HD-T001"), ("顺丰速运", "顺丰速运", "顺丰速运"), ("纯棉 T 恤", "纯棉 T 恤", "\"纯棉 T 恤\""),
        ("宁波甬信五金有限公司", "宁波甬信五金有限公司", "宁波甬信五金有限公司"), ("满 5000 减 300", "满 5000 减 300", "\"满 5000 减 300\""),
        ("服装/T恤", "服装/T恤", "服装/T恤"), ("a:b", "a:b", "\"a:b\""), ("x#y", "x#y", "\"x#y\""), ("say \"hi\"", "say \"hi\"", "\"say \\\"hi\\\"\""),
        ("", "\"\"", "\"\""), (" a", "\" a\"", "\" a\""), ("a ", "\"a \"", "\"a \""), ("a: b", "\"a: b\"", "\"a: b\""),
        ("x #y", "\"x #y\"", "\"x #y\""), ("a:", "\"a:\"", "\"a:\""),
        ("-x", "\"-x\"", "\"-x\""), ("?x", "\"?x\"", "\"?x\""), (":x", "\":x\"", "\":x\""), (",x", "\",x\"", "\",x\""),
        ("[x", "\"[x\"", "\"[x\""), ("]x", "\"]x\"", "\"]x\""), ("{x", "\"{x\"", "\"{x\""), ("}x", "\"}x\"", "\"}x\""),
        ("#x", "\"#x\"", "\"#x\""), ("&x", "\"&x\"", "\"&x\""), ("*x", "\"*x\"", "\"*x\""), ("!x", "\"!x\"", "\"!x\""),
        ("|x", "\"|x\"", "\"|x\""), (">x", "\">x\"", "\">x\""), ("'x", "\"'x\"", "\"'x\""), ("\"x", "\"\\\"x\"", "\"\\\"x\""),
        ("%x", "\"%x\"", "\"%x\""), ("@x", "\"@x\"", "\"@x\""), ("`x", "\"`x\"", "\"`x\""),
        ("yes", "\"yes\"", "\"yes\""), ("No", "\"No\"", "\"No\""), ("on", "\"on\"", "\"on\""), ("OFF", "\"OFF\"", "\"OFF\""),
        ("null", "\"null\"", "\"null\""), ("~", "\"~\"", "\"~\""), ("y", "\"y\"", "\"y\""), ("True", "\"True\"", "\"True\""),
        ("007", "\"007\"", "\"007\""), ("1.5", "\"1.5\"", "\"1.5\""), ("-3", "\"-3\"", "\"-3\""), ("+1", "\"+1\"", "\"+1\""),
        (".5", "\".5\"", "\".5\""), ("1e3", "\"1e3\"", "\"1e3\""), ("180g", "\"180g\"", "\"180g\""),
        ("2025-11-30", "\"2025-11-30\"", "\"2025-11-30\""),
        ("a\nb", "\"a\\nb\"", "\"a\\nb\""), ("a\tb", "\"a\\tb\"", "\"a\\tb\""), ("a\rb", "\"a\\rb\"", "\"a\\rb\""),
        ("a\\b", "a\\b", "\"a\\\\b\""), ("\u{01}", "\"\\u0001\"", "\"\\u0001\""), ("a\u{7F}", "\"a\\u007f\"", "\"a\\u007f\""),
        ("a\u{85}b", "\"a\\u0085b\"", "\"a\\u0085b\""), ("a\u{9F}", "\"a\\u009f\"", "\"a\\u009f\""),
        ("a\u{2028}b", "\"a\\u2028b\"", "\"a\\u2028b\""), ("\u{FEFF}a", "\"\\ufeffa\"", "\"\\ufeffa\""),
    ]

    @Test(arguments: table)
    func plainOrQuoted(text: String, readable: String, words: String) throws {
        #expect(YAMLScalar.write(text) == readable)
        #expect(YAMLScalar.write(text, style: .words) == words)
        for written in [readable, words] {
            let node = try YAMLReader.parse("k: \(written)\n", path: "t.yaml")
            #expect(node["k"]?.scalar == text, "\(written)")
            #expect(node["k"]?.isNull == false)
        }
    }

    @Test func flowItemsQuoteCommasAndBrackets() {
        #expect(YAMLScalar.list(["纯棉T恤", "a,b", "[x]", "{y}"]) == "[纯棉T恤, \"a,b\", \"[x]\", \"{y}\"]")
        #expect(YAMLScalar.write("a,b") == "a,b")
        #expect(YAMLScalar.list([]) == "[]")
    }

    /// Every text of two characters from a hostile alphabet, in both styles, reads back as itself in a block value,
    /// a flow list and a flow map: the writer's rule is checked against libyaml itself, not against its own idea.
    @Test(arguments: [YAMLScalar.Style.readable, .words])
    func everyShortTextRoundTripsThroughTheRealReader(style: YAMLScalar.Style) throws {
        let alphabet: [String] = [" ", "a", "Z", "1", ".", ":", "#", "-", "?", ",", "[", "}", "\"", "'", "\\", "\n", "\t", "\r",
                                  "中", "：", "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{7F}", "\u{9F}", "!", "&", "*", "|", "%"]
        var failures: [String] = []
        for a in alphabet {
            for b in alphabet + [""] {
                let text = a + b
                let block = YAMLScalar.write(text, style: style), flow = YAMLScalar.write(text, style: style, inFlow: true)
                let yaml = "k: \(block)\nl: [\(flow), end]\nm: { k: \(flow), z: end }\n"
                let node = try? YAMLReader.parse(yaml, path: "t.yaml")
                let back = [node?["k"]?.scalar, node?["l"]?.items?.first?.scalar, node?["m"]?["k"]?.scalar]
                if back != [text, text, text] { failures.append(yaml.debugDescription) }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
