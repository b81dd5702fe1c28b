import ShopModel

/// The small example shop `init` writes, dated around the day it is created: two products (spot and custom),
/// a customer with a completed order (so it is a regular customer), a sent quote using a promotion, an about
/// page, three days of traffic, a logo, an empty templates/ folder with a README, and .gitignore.
struct ExampleShop {
    /// The day of `init`.
    var today: Day

    /// Every file, as (path relative to the shop, text), in path order.
    var files: [(path: String, text: String)] {
        let orderDate = today.adding(days: -10), quoteDate = today.adding(days: -2)
        let promotionStart = today.adding(days: -15)
        let orderID = "O-" + compact(orderDate) + "-001"
        let quoteID = "Q-\(quoteDate.components.year)-0001"
        let promotionID = "P-" + String(promotionStart.description.prefix(7))
        let files: [(String, String)] = [
            (".gitignore", ExampleAssets.gitignore),
            ("content/assets/logo.svg", ExampleAssets.logo),
            ("content/assets/products/HD-T001.svg", ExampleAssets.productImage),
            ("content/customers/C-0001.md", customer.text),
            ("content/data/traffic.csv", ExampleAssets.traffic(today: today, skus: ["HD-T001", "HD-C002"])),
            ("content/orders/\(orderID).md", order(id: orderID, date: orderDate).text),
            ("content/pages/about.md", about),
            ("content/products/HD-C002.md", customProduct.text),
            ("content/products/HD-T001.md", spotProduct.text),
            ("content/promotions/\(promotionID).md",
             PromotionStub(id: promotionID, start: promotionStart, end: today.adding(days: 15)).text),
            ("content/quotes/\(quoteID).md", quote(id: quoteID, date: quoteDate, promotion: promotionID).text),
            ("content/site.yaml", SiteYAMLStub(today: today).text),
            ("templates/README.txt", ExampleAssets.templatesReadme),
        ]
        return files.map { (path: $0.0, text: $0.1) }
    }

    private var spotProduct: ProductStub {
        ProductStub(sku: "HD-T001", title: "纯棉 T 恤 男女同款 50 件起批", type: .spot, category: "服装/T恤", status: .active,
                    unit: "件", leadTimeDays: 3, tiers: [(50, "18"), (100, "15"), (500, "12.5")],
                    images: ["assets/products/HD-T001.svg"], specs: [("材质", "纯棉"), ("克重", "180g")],
                    keywords: ["纯棉T恤", "批发"],
                    body: "## 产品介绍\n\n精梳纯棉，180g 中厚款，**50 件起批**，可加印 logo。\n\n- 颜色：白、黑、红\n- 尺码：S–3XL\n")
    }

    private var customProduct: ProductStub {
        ProductStub(sku: "HD-C002", title: "定制帆布袋 可印 logo 100 个起订", type: .custom, category: "箱包/帆布袋", status: .active,
                    unit: "个", leadTimeDays: 15, tiers: [(100, "12.5"), (500, "11"), (1000, "9.8")],
                    specs: [("材质", "12 安帆布"), ("尺寸", "38 × 42 cm")], keywords: ["帆布袋", "定制"],
                    body: "来图定制，丝印或热转印，打样 3 天，大货 15 天。\n")
    }

    private var customer: CustomerStub {
        CustomerStub(id: "C-0001", name: "广州某连锁超市有限公司", contact: "张经理", phone: "138 0000 0000",
                     email: "zhang@example.com", region: "广东", since: today.adding(days: -365), tags: ["超市", "长期合作"],
                     body: "长期客户，月结。\n")
    }

    /// A completed, shipped order worth ¥4,230.00: the customer becomes a regular customer.
    private func order(id: String, date: Day) -> OrderStub {
        OrderStub(id: id, customer: "C-0001", date: date, status: .completed,
                  items: [.init(sku: "HD-T001", qty: 200), .init(sku: "HD-C002", qty: 100, price: "12")],
                  shipping: "30", shipped: (date.adding(days: 3), "SF1234567890"), shipByDefault: date.adding(days: 15))
    }

    /// A sent quote of ¥7,250.00 subtotal using the 满 5000 减 300 promotion.
    private func quote(id: String, date: Day, promotion: String) -> QuoteStub {
        QuoteStub(id: id, customer: "C-0001", date: date, validUntilDefault: date.adding(days: 15), status: .sent,
                  lines: [.init(sku: "HD-T001", qty: 500), .init(description: "定制印花", qty: 500, unit: "件", price: "2")],
                  promotion: promotion, shipping: "200", taxRateDefault: "0",
                  body: "交期：付款后 7 天发货。付款方式：预付 30%，发货前付清余款。\n")
    }

    private var about: String {
        """
        ---
        title: 关于我们            # 页面标题，默认为文件名 / page title; default: the file name
        # draft: true             # 草稿页不发布 / a draft page is not published
        ---
        示例五金有限公司是一家五金配件源头工厂，现货批发，来图定制。

        This page is Markdown: edit it, or add more pages to content/pages/.

        """
    }

    /// `20251120`.
    private func compact(_ day: Day) -> String { day.description.split(separator: "-").joined() }
}
