import Testing
@testable import TemplateEngine

@Suite struct ExpressionTests {
    @Test(arguments: [
        ("{{ product.sku }}", "HD-T001"),
        ("{{ product.price_tiers[0].min }}", "50"),
        ("{{ product.price_tiers[-1].price }}", "15"),
        ("{{ product.specs[\"材质\"] }}", "纯棉"),
        ("{{ product.specs.克重 }}", "180g"),
        ("{{ product['tags'][1] }}", "现货"),
        ("{{ 1 + 2 * 3 }}", "7"),
        ("{{ (1 + 2) * 3 }}", "9"),
        ("{{ 7 % 3 }} {{ 7 / 2 }} {{ 6 / 3 }}", "1 3.5 2"),
        ("{{ 0.1 + 0.2 }}", "0.3"),
        ("{{ 0.1 + 0.2 == 0.3 }}", "true"),
        ("{{ product.price_tiers[0].price * 3 }}", "54"),
        ("{{ 1.15 * 1.15 }}", "1.3225"),
        ("{{ -product.moq }}", "-50"),
        ("{{ 2 < 3 and 3 <= 3 }}", "true"),
        ("{{ 1 > 2 or not false }}", "true"),
        ("{{ 1 != 1.0 }}", "false"),
        ("{{ \"a\" ~ 1 ~ true }}", "a1true"),
        ("{{ \"a\" + \"b\" }}", "ab"),
        ("{{ \"纯\" in product.title }}", "true"),
        ("{{ \"现货\" in product.tags }}", "true"),
        ("{{ \"颜色\" in product.specs }}", "true"),
        ("{{ \"x\" not in product.tags }}", "true"),
        ("{{ [1, 2, 3] | length }}", "3"),
        ("{{ \"yes\" if product.moq > 10 else \"no\" }}", "yes"),
        ("{{ \"yes\" if product.moq > 100 }}", ""),
        ("{{ nothing }}", ""),
        ("{{ nothing is none }}", "true"),
        ("{{ missing is defined }}|{{ product.sku is defined }}|{{ product.nope is not defined }}", "false|true|true"),
        ("{{ missing.deep | default(\"n/a\") }}", "n/a"),
        ("{{ product.specs.产地 | default(\"—\") }}", "—"),
        ("{{ \"\" | default(\"empty\", true) }}|{{ \"\" | default(\"empty\") }}", "empty|"),
        ("{{ rate }}", "0.0312"),
        ("{{ rate > 0.03 }}", "true"),
        ("{{ 3 is odd }} {{ 4 is even }} {{ 9 is divisibleby(3) }}", "true true true"),
        ("{{ {\"a\": 1, \"b\": 2}.b }}", "2"),
        ("{{ range(3) | join(\",\") }}", "0,1,2"),
        ("{{ 'single' }}", "single"),
        ("{{ 1.5 }}", "1.5"),
    ] as [(String, String)])
    func evaluates(template: String, expected: String) throws {
        #expect(try render(template, productContext) == expected)
    }
}
