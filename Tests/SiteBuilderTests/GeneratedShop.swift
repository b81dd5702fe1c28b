import Foundation
import ShopModel

/// A synthetic shop in the format of the content spec, written by the tests themselves. It is a Swift port of the
/// benchmark generator `gen-shop` (Python, in the bench folder shared beside the repository), so no test depends on
/// a folder outside the repository or on python3. Deterministic for a seed; everything it writes builds (warnings aside).
struct GeneratedShop {
    var products = 1000, customers = 300, orders = 3000, quotes = 500, days = 90
    /// The seed of the generator's random choices.
    var seed: UInt64 = 1

    static let categories = ["五金/螺丝", "五金/合页", "服装/T恤", "包装/纸箱", "机械/轴承", "电子/连接器", "家居/收纳"]
    static let words = ["纯棉", "加厚", "不锈钢", "304", "热卖", "工厂直供", "可定制", "现货", "批发", "耐磨", "防锈", "环保",
                        "outdoor", "heavy-duty", "OEM", "2025新款", "精品", "出口级"]
    static let regions = ["广东", "浙江", "江苏", "山东", "福建", "河北", "上海", "北京", "四川", "湖北"]
    static let types = Array(repeating: "spot", count: 6) + Array(repeating: "custom", count: 3) + ["processing"]
    static let statuses = Array(repeating: "completed", count: 6) + ["shipped", "pending_shipment", "pending_payment", "refunded"]
    static let paragraph = "本产品采用**优质原材料**，经过严格质检，支持*批量采购*与定制加工。工厂直供，价格透明，欢迎来样来图定制。"
        + "适用于超市、批发市场、工程项目等多种场景。"

    /// A small linear congruential generator: the same numbers on every platform.
    struct Random {
        var state: UInt64
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    }

    /// Writes the shop's `content/` under `root` (replacing one already there) and returns `root`.
    @discardableResult
    func write(to root: String) throws -> String {
        let content = root + "/content"
        try? FileManager.default.removeItem(atPath: content)
        var random = Random(state: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        guard let last = Day("2025-11-30") else { preconditionFailure("a valid literal date") }
        let first = last.adding(days: 1 - days)
        try put(content + "/assets/logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><rect width=\"120\" height=\"40\" fill=\"#d9363e\"/></svg>\n")
        try put(content + "/site.yaml", """
            name: 基准测试五金工厂
            tagline: 合成数据
            logo: assets/logo.svg
            locale: zh-CN
            currency: CNY
            contact: { person: 陈经理, phone: "0574-8888 1234", email: sales@example.com }
            as_of: \(last)
            tiers: { regular: 1000, key: 10000 }
            dormant_after_days: 30
            benchmarks: { conversion_rate: 0.03 }
            quote: { validity_days: 15, tax_rate: 0.13 }
            analytics: { windows: [7, 30] }

            """)
        try put(content + "/pages/shipping.md", "---\ntitle: 发货说明\n---\n" + Self.paragraph + "\n")
        let moqs = try writeProducts(content, &random)
        try writeCustomers(content)
        try writeOrders(content, moqs: moqs, first: first, &random)
        try writeQuotes(content, moqs: moqs, first: first, &random)
        try writeTraffic(content, products: min(moqs.count, 200), first: first, &random)
        return root
    }

    /// The products; returns each one's MOQ (position `i` is `SKU-i`).
    private func writeProducts(_ content: String, _ random: inout Random) throws -> [Int] {
        var moqs: [Int] = []
        for i in 0..<products {
            let sku = String(format: "SKU-%06d", i), type = random.pick(Self.types), moq = random.pick([10, 20, 50, 100, 500])
            let base = random.int(50...50_000)  // cents
            let tiers = [(moq, base), (moq * 2, base * 92 / 100), (moq * 10, base * 85 / 100)]
                .map { "  - { min: \($0.0), price: \(Money(tenThousandths: Int64($0.1) * 100).plain) }\n" }.joined()
            let lead = type == "spot" ? random.int(2...7) : random.int(10...30)
            let selling = (0..<random.int(2...8)).map { "- 卖点 \($0 + 1)：\(random.pick(Self.words))，支持 `OEM`\n" }.joined()
            let body = "## 产品介绍\n\n\(Self.paragraph)\n\n\(selling)\n> 某连锁超市采购 \(random.int(100...5000)) 件。\n\n"
                + "详见 [发货说明](/pages/shipping/)。\n"
            try put(content + "/products/\(sku).md", """
                ---
                sku: \(sku)
                title: \(random.pick(Self.words)) \(random.pick(Self.words)) 产品\(i) \(moq) 件起批
                type: \(type)
                category: \(random.pick(Self.categories))
                unit: 件
                moq: \(moq)
                lead_time_days: \(lead)
                price_tiers:
                \(tiers)specs: { 材质: \(random.pick(Self.words)), 产地: \(random.pick(Self.regions)) }
                keywords: [\(random.pick(Self.words)), \(random.pick(Self.words))]
                ---
                \(body)
                """)
            moqs.append(moq)
        }
        return moqs
    }

    private func writeCustomers(_ content: String) throws {
        for i in 0..<customers {
            let id = String(format: "C-%05d", i)
            try put(content + "/customers/\(id).md", "---\nid: \(id)\nname: 客户\(i)贸易有限公司\ncontact: 王经理\n"
                    + "phone: \"138 0000 \(String(format: "%04d", i % 10_000))\"\nregion: \(Self.regions[i % Self.regions.count])\n"
                    + "since: 2023-01-01\ntags: [批发]\n---\n长期合作客户，偏好*现货*。\n")
        }
    }

    private func writeOrders(_ content: String, moqs: [Int], first: Day, _ random: inout Random) throws {
        for i in 0..<orders {
            let id = String(format: "O-%07d", i), date = first.adding(days: random.int(0...days - 1))
            let items = (0..<random.int(1...4)).map { _ in
                let p = random.int(0...moqs.count - 1)
                return "  - { sku: \(String(format: "SKU-%06d", p)), qty: \(moqs[p] * random.int(1...20)) }\n"
            }.joined()
            let status = random.pick(Self.statuses)
            var front = "id: \(id)\ncustomer: \(String(format: "C-%05d", random.int(0...customers - 1)))\ndate: \(date)\n"
                + "status: \(status)\nitems:\n\(items)shipping: \(random.pick([0, 20, 50]))\n"
            if status == "shipped" || status == "completed" {
                front += "shipped_at: \(date.adding(days: random.int(0...3)))\ntracking: SF\(random.int(1_000_000_000...9_999_999_999))\n"
            }
            try put(content + "/orders/\(date.description.prefix(4))/\(id).md", "---\n" + front + "---\n")
        }
    }

    private func writeQuotes(_ content: String, moqs: [Int], first: Day, _ random: inout Random) throws {
        for i in 0..<quotes {
            let id = String(format: "Q-%06d", i), date = first.adding(days: random.int(0...days - 1))
            let items = (0..<random.int(1...12)).map { _ in
                let p = random.int(0...moqs.count - 1)
                return "  - { sku: \(String(format: "SKU-%06d", p)), qty: \(moqs[p] * random.int(1...30)) }\n"
            }.joined() + "  - { description: 定制印花, qty: 100, unit: 件, price: 1.5 }\n"
            try put(content + "/quotes/\(id).md", "---\nid: \(id)\ncustomer: \(String(format: "C-%05d", random.int(0...customers - 1)))\n"
                    + "date: \(date)\nstatus: sent\nitems:\n\(items)discount: { percent: \(random.pick([0, 3, 5])) }\n"
                    + "shipping: \(random.pick([0, 100, 200]))\n---\n报价有效期内价格锁定，**量大可议**。\n")
        }
    }

    private func writeTraffic(_ content: String, products hot: Int, first: Day, _ random: inout Random) throws {
        var csv = "date,sku,visitors,page_views,add_to_cart\n"
        for k in 0..<days {
            let day = first.adding(days: k), visitors = random.int(200...2000)
            csv += "\(day),,\(visitors),\(visitors * random.int(2...5)),\n"
            for p in 0..<hot {
                let views = random.int(0...60)
                csv += "\(day),\(String(format: "SKU-%06d", p)),\(views),\(views * 2),\(random.int(0...views / 5))\n"
            }
        }
        try put(content + "/data/traffic.csv", csv)
    }

    private func put(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
