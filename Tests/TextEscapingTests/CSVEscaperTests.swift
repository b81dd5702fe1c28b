import Testing
import TextEscaping

/// CSV fields: RFC 4180 quoting and formula-like text defused, numbers written as they are.
@Suite struct CSVEscaperTests {
    @Test(arguments: [
        ("plain", false, "plain"), ("say \"hi\", x", false, "\"say \"\"hi\"\", x\""), ("=1+1", false, "'=1+1"),
        ("-3.50", true, "-3.50"), ("-3.50", false, "'-3.50"), ("=SUM(A1,B1)", false, "\"'=SUM(A1,B1)\""),
        ("two\nlines", false, "\"two\nlines\""), ("cr\rhere", false, "\"cr\rhere\""), ("@x", false, "'@x"),
        ("+1", false, "'+1"), ("\tx", false, "'\tx"), ("纯棉,T恤", false, "\"纯棉,T恤\""), ("a,b", false, "\"a,b\""),
        ("", false, ""), ("", true, ""),
    ])
    func documentedExamples(text: String, numeric: Bool, field: String) {
        #expect(CSVEscaper.field(text, numeric: numeric) == field)
        var out = Array("x,".utf8)
        CSVEscaper.appendField(text, numeric: numeric, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x," + field)
    }
}
