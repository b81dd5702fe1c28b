import ShopModel

/// The non-Markdown files of the example shop `init` writes: logo, a product image, traffic, the templates
/// README and .gitignore.
enum ExampleAssets {
    /// content/assets/logo.svg: the shop's initials on the brand colour.
    static let logo = """
        <svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">
          <rect width="48" height="48" rx="8" fill="#d9363e"/>
          <text x="24" y="32" font-family="sans-serif" font-size="22" font-weight="700" fill="#fff" text-anchor="middle">示</text>
          <text x="58" y="31" font-family="sans-serif" font-size="18" fill="#1f2937">示例五金</text>
        </svg>

        """

    /// content/assets/products/HD-T001.svg: a placeholder product picture.
    static let productImage = """
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
          <rect width="400" height="400" fill="#f3f4f6"/>
          <path d="M140 90 L100 110 L70 170 L115 190 L130 160 L130 320 L270 320 L270 160 L285 190 L330 170 L300 110 L260 90 Q200 130 140 90 Z" fill="#d9363e"/>
          <text x="200" y="370" font-family="sans-serif" font-size="20" fill="#6b7280" text-anchor="middle">HD-T001</text>
        </svg>

        """

    /// content/data/traffic.csv: the store and each product over the last three days up to `today`.
    static func traffic(today: Day, skus: [String]) -> String {
        var text = "date,sku,visitors,page_views,add_to_cart\n"
        for (offset, back) in [2, 1, 0].enumerated() {
            let day = today.adding(days: -back)
            text += "\(day),,\(380 + 25 * offset),\(1450 + 90 * offset),\n"
            for (index, sku) in skus.enumerated() {
                text += "\(day),\(sku),\(120 - 50 * index + 8 * offset),\(300 - 120 * index + 15 * offset),\(18 - 8 * index + offset)\n"
            }
        }
        return text
    }

    /// templates/README.txt: how to override the built-in theme.
    static let templatesReadme = """
        templates/ — 模板覆盖 / template overrides
        ==========================================

        这个文件夹里的文件会替换内置主题中同名的文件。要修改某个页面，先从内置主题
        （shopsite 安装目录下的 templates/，或环境变量 SHOPSITE_THEME 指向的文件夹）
        把同名文件复制到这里，保持相同的相对路径，再修改副本。删除副本即恢复内置版本。
        文件夹为空时使用整套内置主题。

        A file here replaces the built-in theme's file of the same name. To change a page,
        copy the file with the same name and relative path from the built-in theme (the
        templates/ folder of the shopsite installation, or the folder SHOPSITE_THEME names)
        into this folder, then edit the copy. Delete the copy to go back to the built-in
        one. An empty folder means the whole built-in theme is used.

        例如 / for example:
          base.html            每个页面的外框 / the frame of every page
          product.html         产品页 / a product page
          catalog.html         产品目录 / the catalog
          quote.html           报价单（A4 打印）/ a quote sheet (prints on A4)
          assets/theme.css     样式 / the styles

        """

    /// .gitignore: the generated site is not kept in git.
    static let gitignore = "# shopsite build 生成的网站 / the generated site (and the previous build kept for fast rebuilds)\npublic/\n.public.shopsite-*\n"
        + "# 商品图片缩略图缓存 / derived product photos, remade from content/ when missing\n.shopsite-cache/\n"
        + "# shopsite pdf 打印的报价单，可随时重新打印 / the quote PDFs, printed again from content/ at any time\n/pdf/\n"
}
