import Testing
import TextEscaping

/// Placeholders are filled byte by byte, with exactly the text the character-wise split and join gave.
@Suite struct PlaceholderTextTests {
    @Test(arguments: [
        ("共 {count} 个订单", "{count}", "1,280", "共 1,280 个订单"),
        ("{count} products", "{count}", "12", "12 products"),
        ("{count}", "{count}", "3", "3"),
        ("{count}{count}", "{count}", "3", "33"),
        ("no placeholder", "{count}", "3", "no placeholder"),
        ("", "{count}", "3", ""),
        ("{name} 的订单 {name}", "{name}", "广州超市", "广州超市 的订单 广州超市"),
        ("{count", "{count}", "3", "{count"),
        ("{{count}}", "{count}", "3", "{3}"),
        ("é{count}é", "{count}", "3", "é3é"),
        ("a{count}\u{301}b", "{count}", "3", "a{count}\u{301}b"),
        ("e\u{301}{count}", "{count}", "3", "e\u{301}3"),
        ("{count} 个 \u{1F468}\u{200D}\u{1F469} {count}", "{count}", "2", "2 个 \u{1F468}\u{200D}\u{1F469} 2"),
        ("{count}", "{count}", "", ""),
    ] as [(String, String, String, String)])
    func fillsAsSplittingAndJoiningDid(text: String, placeholder: String, value: String, expected: String) {
        let filled = PlaceholderText.replacing(placeholder, in: text, with: value)
        #expect(filled == expected)
        #expect(filled.utf8.elementsEqual(text.split(separator: placeholder, omittingEmptySubsequences: false)
            .joined(separator: value).utf8))
    }
}
