import Testing
@testable import TemplateEngine

@Suite struct StatementTests {
    @Test(arguments: [
        // for with loop.* and else
        ("{% for t in product.price_tiers %}{{ loop.index }}/{{ loop.length }}:{{ t.min }}{% if not loop.last %},{% endif %}{% endfor %}", "1/2:50,2/2:100"),
        ("{% for t in product.tags %}{% if loop.first %}[{% endif %}{{ loop.index0 }}{{ t }}{% if loop.last %}]{% endif %}{% endfor %}", "[0批发1现货]"),
        ("{% for x in [] %}x{% else %}none{% endfor %}", "none"),
        ("{% for x in product.tags %}{{ loop.revindex }}{% endfor %}", "21"),
        ("{% for a in [1, 2] %}{% for b in [3, 4] %}{{ a }}{{ b }}{{ loop.index }} {% endfor %}{{ loop.index }}|{% endfor %}", "131 142 1|231 242 2|"),
        // mapping iteration in written order
        ("{% for k, v in product.specs %}{{ k }}={{ v }};{% endfor %}", "材质=纯棉;克重=180g;颜色=白;"),
        ("{% for k in product.specs %}{{ k }}{% endfor %}", "材质克重颜色"),
        ("{% for k, v in {} %}x{% else %}empty{% endfor %}", "empty"),
        // set
        ("{% set n = product.moq * 2 %}{{ n }}", "100"),
        ("{% set n = 1 %}{% for x in [1, 2] %}{% set n = x %}{% endfor %}{{ n }}", "1"),
        ("{% set title %}<b>{{ product.sku }}</b>{% endset %}{{ title }}", "<b>HD-T001</b>"),
        ("{% set total = 0 %}{% if true %}{% set total = 5 %}{% endif %}{{ total }}", "5"),
        // if / elif / else
        ("{% if product.moq > 100 %}big{% elif product.moq > 10 %}mid{% else %}small{% endif %}", "mid"),
        ("{% if nothing %}a{% elif false %}b{% else %}c{% endif %}", "c"),
        ("{% if product.tags %}has{% endif %}", "has"),
        // comments, raw
        ("a{# a comment {{ x }} #}b", "ab"),
        ("{% raw %}{{ not evaluated }}{% if %}{% endraw %}", "{{ not evaluated }}{% if %}"),
        ("{%- raw -%}  {{ x }}  {%- endraw -%}", "{{ x }}"),
        // whitespace control
        ("<ul>\n  {%- for t in product.tags %}\n  <li>{{ t }}</li>\n  {%- endfor %}\n</ul>", "<ul>\n  <li>批发</li>\n  <li>现货</li>\n</ul>"),
        ("a   {{- product.moq -}}   b", "a50b"),
        ("a  {#- c -#}  b", "ab"),
        ("x\n{% if true -%}\n  y\n{%- endif %}\nz", "x\ny\nz"),
    ] as [(String, String)])
    func renders(template: String, expected: String) throws {
        #expect(try render(template, productContext) == expected)
    }

    @Test func hostObjectsAreReadLazilyAndIterateInTheirOrder() throws {
        struct Tier: TemplateObject {
            func member(_ name: String) -> TemplateValue? { name == "min" ? 50 : name == "price" ? .decimal(180_000) : nil }
            var memberNames: [String] { ["min", "price"] }
        }
        let context: TemplateValue = ["tier": .object(Tier())]
        #expect(try render("{{ tier.min }} {{ tier.price | money }}", context) == "50 ¥18.00")
        #expect(try render("{% for k, v in tier %}{{ k }}{% endfor %} {{ tier | json }}", context) == "minprice {\"min\":50,\"price\":18}")
    }
}
