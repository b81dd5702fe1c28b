import Dispatch
import TemplateEngine

/// Renders a product-page-like template 100,000 times into one reused buffer and prints the time per render.

let base = """
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{% block title %}{{ site.name }}{% endblock %}</title></head>
<body><header>{{ site.name }} · {{ site.tagline }}</header>
<main>{% block content %}{% endblock %}</main>
<footer>{{ site.contact.person }} {{ site.contact.phone }}</footer></body></html>
"""

let product = """
{% extends "base.html" %}
{% block title %}{{ product.title }} · {{ super() }}{% endblock %}
{% block content %}
<h1>{{ product.title }}</h1>
<p class="sku">{{ product.sku }} · {{ product.type | upper }} · 起订 {{ product.moq }}{{ product.unit }}</p>
<table class="tiers">
  {%- for tier in product.price_tiers %}
  <tr class="{{ "first" if loop.first else "" }}"><td>≥ {{ tier.min }}{{ product.unit }}</td><td>{{ tier.price | money }}</td></tr>
  {%- else %}
  <tr><td>面议</td></tr>
  {%- endfor %}
</table>
<dl>
  {%- for name, value in product.specs %}
  <dt>{{ name }}</dt><dd>{{ value }}</dd>
  {%- endfor %}
</dl>
<p>{{ product.keywords | join(" / ") }} · 转化率 {{ product.conversion | percent }} · 上架 {{ product.listed | date("%Y年%m月%d日") }}</p>
{% include "partials/contact.html" %}
{% endblock %}
"""

let contact = """
<aside><a href="/products/{{ product.sku | urlencode }}/">{{ product.title | truncate(12) }}</a> {{ site.contact.email }}</aside>
"""

var environment = TemplateEnvironment(currencySymbol: "¥", globals: [
    "site": ["name": "宁波恒达五金有限公司", "tagline": "五金配件源头工厂",
             "contact": ["person": "陈经理", "phone": "0574-8888 1234", "email": "sales@example.com"]],
])
environment.register(filter: "markdown") { value, _ in .safe(value.text ?? "") }

let library = TemplateLibrary(
    sources: ["base.html": base, "product.html": product, "partials/contact.html": contact],
    environment: environment
)
for problem in library.diagnostics.items { print(problem) }

let context: TemplateValue = [
    "product": [
        "sku": "HD-T001", "title": "2024 夏季纯棉 T 恤 男女同款 50 件起批 <新款>", "type": "spot", "unit": "件", "moq": 50,
        "price_tiers": [
            ["min": 50, "price": .decimal(180_000)], ["min": 100, "price": .decimal(150_000)],
            ["min": 500, "price": .decimal(132_500)], ["min": 1000, "price": .decimal(120_000)],
        ],
        "specs": ["材质": "纯棉", "克重": "180g", "颜色": "白/黑/灰", "尺码": "S–XXL", "产地": "浙江宁波"],
        "keywords": ["纯棉T恤", "批发", "现货"], "conversion": .double(0.0312), "listed": "2025-11-01",
    ],
]

var buffer: [UInt8] = []
buffer.reserveCapacity(4096)
do {
    try library.render("product.html", context: context, into: &buffer)
} catch {
    print(error)
}
let iterations = 100_000
let start = DispatchTime.now().uptimeNanoseconds
var bytes = 0
for _ in 0..<iterations {
    buffer.removeAll(keepingCapacity: true)
    try? library.render("product.html", context: context, into: &buffer)
    bytes &+= buffer.count
}
let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print(String(decoding: buffer, as: UTF8.self))
print("rendered \(iterations) pages of \(buffer.count) bytes in \(elapsed) s")
print("per render: \((elapsed / Double(iterations) * 1e6 * 100).rounded() / 100) µs")
