extension MessageCatalog {
    /// `shopsite --help` and `shopsite COMMAND --help`, in the shop's language (or the system's).
    static let help: [Entry] = [
        entry("H-USAGE", """
            usage: shopsite COMMAND [ARGUMENTS]

              shopsite build  [SHOP] [--output DIR] [--as-of DATE] [--drafts] [--audience internal|public] [--lang LANG]
              shopsite check  [SHOP] [--format text|json] [--lang LANG]   diagnostics only, writes nothing
              shopsite report [SHOP] [--as-of DATE] [--lang LANG]         the derived figures as JSON on stdout
              shopsite serve  [SHOP] [--port N] [--lang LANG]     preview on 127.0.0.1, rebuild on change, live reload
              shopsite new    product|customer|order|quote|promotion ID [SHOP]
              shopsite new    quote ID --for CUSTOMER | --from-order ORDER | --from-quote QUOTE [SHOP]
              shopsite init   DIR                         a new shop with a small example
              shopsite pdf    [SHOP] [QUOTE_ID…] [--output DIR]   quote sheets as A4 PDF files (headless Chromium)
              shopsite import orders|traffic FILE [SHOP] [--map FILE] [--dry-run] [--new-customers]   a platform's order or traffic export
              shopsite --version                          the version (also -V or `shopsite version`)

            SHOP defaults to the current folder; --output to SHOP/public; DATE is YYYY-MM-DD.
            LANG is zh-CN or en (default: site.yaml `locale`); `shopsite COMMAND --help` explains one command.
            Exit status: 0 success (warnings allowed), 1 content errors, 2 bad usage.

            """, """
            用法：shopsite 命令 [参数]

              shopsite build  [店铺] [--output 文件夹] [--as-of 日期] [--drafts] [--audience internal|public] [--lang 语言]
              shopsite check  [店铺] [--format text|json] [--lang 语言]   只检查内容，不写任何文件
              shopsite report [店铺] [--as-of 日期] [--lang 语言]         在标准输出打印统计数据（JSON）
              shopsite serve  [店铺] [--port 端口] [--lang 语言]  在 127.0.0.1 预览，内容改动后自动重新生成并刷新
              shopsite new    product|customer|order|quote|promotion 编号 [店铺]
              shopsite new    quote 编号 --for 客户 | --from-order 订单 | --from-quote 报价单 [店铺]
              shopsite init   文件夹                       新建一个带小示例的店铺
              shopsite pdf    [店铺] [报价单编号…] [--output 文件夹]   把报价单打印成 A4 PDF（无界面 Chromium）
              shopsite import orders|traffic 文件 [店铺] [--map 文件] [--dry-run] [--new-customers]   导入平台导出的订单或流量
              shopsite --version                          版本号（也可用 -V 或 `shopsite version`）

            店铺默认为当前文件夹；--output 默认为 店铺/public；日期格式为 YYYY-MM-DD。
            语言为 zh-CN 或 en（默认取 site.yaml 的 `locale`）；`shopsite 命令 --help` 查看单个命令的说明。
            退出码：0 成功（可有警告），1 内容有错误，2 用法错误。

            """),
        entry("H-HELP-BUILD", """
            usage: shopsite build [SHOP] [--output DIR] [--as-of DATE] [--drafts] [--audience internal|public] [--lang LANG]

            Builds the static site of SHOP (default: the current folder) into DIR (default: SHOP/public).
              --as-of DATE      the day the figures are computed for (YYYY-MM-DD; default: site.yaml `as_of`, else today)
              --drafts          build draft products and pages too
              --audience        internal (everything, the default) or public (catalog and free pages only)
              --lang LANG       zh-CN or en, for the messages (default: site.yaml `locale`)
            A failed build leaves the previous output as it was. Exit status: 0 built, 1 content errors, 2 bad usage.

            """, """
            用法：shopsite build [店铺] [--output 文件夹] [--as-of 日期] [--drafts] [--audience internal|public] [--lang 语言]

            把店铺（默认为当前文件夹）生成静态网站，写入输出文件夹（默认为 店铺/public）。
              --as-of 日期      统计数据所依据的日期（YYYY-MM-DD；默认取 site.yaml 的 `as_of`，否则为今天）
              --drafts          同时生成草稿商品和草稿页面
              --audience        internal（全部内容，默认）或 public（只生成商品目录和普通页面）
              --lang 语言       提示信息的语言：zh-CN 或 en（默认取 site.yaml 的 `locale`）
            生成失败时，之前的输出保持不变。退出码：0 生成成功，1 内容有错误，2 用法错误。

            """),
        entry("H-HELP-CHECK", """
            usage: shopsite check [SHOP] [--format text|json] [--lang LANG]

            Checks every file of SHOP (drafts included) and writes nothing: errors and warnings go to stderr as
            `path:line: error: text`, a summary to stdout. Every template is parsed and every `t.key` checked; the
            pages that use the shop's own templates/ are rendered to memory, the built-in theme's pages are not
            (a build still reports a page that fails at render time). Product photos and assets are checked.
              --format json     print the diagnostics on stdout as a JSON array of
                                {path, line, column, severity, code, message} instead (docs/diagnostics.md lists the codes)
              --lang LANG       zh-CN or en, for the messages (default: site.yaml `locale`)
            Exit status: 0 no errors (warnings allowed), 1 content errors, 2 bad usage.

            """, """
            用法：shopsite check [店铺] [--format text|json] [--lang 语言]

            检查店铺的每个文件（包括草稿），不写任何文件：错误和警告以 `路径:行: error: 说明` 的形式打印到标准错误，
            汇总打印到标准输出。所有模板都会解析，每个 `t.key` 都会核对；用到店铺自己 templates/ 模板的页面会在内存中
            渲染，内置主题的页面不渲染（渲染时出错的页面仍由 build 报告）。商品图片和素材文件也会检查。
              --format json     改为在标准输出打印 JSON 数组，每项为
                                {path, line, column, severity, code, message}（代码列表见 docs/diagnostics.md）
              --lang 语言       提示信息的语言：zh-CN 或 en（默认取 site.yaml 的 `locale`）
            退出码：0 没有错误（可有警告），1 内容有错误，2 用法错误。

            """),
        entry("H-HELP-REPORT", """
            usage: shopsite report [SHOP] [--as-of DATE] [--lang LANG]

            Prints the derived figures of SHOP (sales, customers, quotes, products) as JSON on stdout.
              --as-of DATE      the day the figures are computed for (YYYY-MM-DD)
              --lang LANG       zh-CN or en, for the messages on stderr (default: site.yaml `locale`)
            Exit status: 0 printed, 1 content errors, 2 bad usage.

            """, """
            用法：shopsite report [店铺] [--as-of 日期] [--lang 语言]

            在标准输出以 JSON 打印店铺的统计数据（销售、客户、报价、商品）。
              --as-of 日期      统计数据所依据的日期（YYYY-MM-DD）
              --lang 语言       标准错误中提示信息的语言：zh-CN 或 en（默认取 site.yaml 的 `locale`）
            退出码：0 已打印，1 内容有错误，2 用法错误。

            """),
        entry("H-HELP-SERVE", """
            usage: shopsite serve [SHOP] [--port N] [--lang LANG]

            Previews SHOP on http://127.0.0.1:N (default 1313), rebuilding and reloading the page when a file changes.
              --lang LANG       zh-CN or en, for the messages (default: site.yaml `locale`)
            Exit status: 1 content errors at start, 2 bad usage.

            """, """
            用法：shopsite serve [店铺] [--port 端口] [--lang 语言]

            在 http://127.0.0.1:端口（默认 1313）预览店铺；文件改动后自动重新生成并刷新页面。
              --lang 语言       提示信息的语言：zh-CN 或 en（默认取 site.yaml 的 `locale`）
            退出码：1 启动时内容有错误，2 用法错误。

            """),
        entry("H-HELP-NEW", """
            usage: shopsite new product|customer|order|quote|promotion ID [SHOP]
                   shopsite new quote ID --for CUSTOMER | --from-order ORDER | --from-quote QUOTE [SHOP]

            Creates content/<kind>s/ID.md in SHOP with every field filled in and explained; never overwrites a file.
            A quote can start from a customer (their rep, today's dates), an order (its lines at today's tier prices) or a
            quote (a revision).
            Exit status: 0 created, 1 the file or the id exists, 2 bad usage.

            """, """
            用法：shopsite new product|customer|order|quote|promotion 编号 [店铺]
                  shopsite new quote 编号 --for 客户 | --from-order 订单 | --from-quote 报价单 [店铺]

            在店铺中新建 content/<类型>s/编号.md，每个字段都已填好并附有说明；从不覆盖已有文件。
            报价单可以从客户（带上其业务员和今天的日期）、订单（订单明细，按今天的阶梯价）或另一份报价单（作为改版）开始。
            退出码：0 已创建，1 文件或编号已存在，2 用法错误。

            """),
        entry("H-HELP-IMPORT", """
            usage: shopsite import orders|traffic FILE [SHOP] [--map FILE] [--dry-run] [--new-customers] [--lang LANG]

            Reads a platform export (CSV in UTF-8 or GB18030, or the first sheet of an .xlsx) and writes one
            content/orders/YYYY-MM/ID.md per new order, updates orders already in the shop in place (status, shipped_at,
            tracking, carrier), or merges daily rows into content/data/traffic.csv. Columns are found by their header
            (订单编号, 买家公司名, 货号, 数量, 单价, 订单状态, 付款时间 …); --map FILE (YAML `field: header`) names the
            shop's own. --new-customers creates a stub customer for an unknown buyer. Any bad cell is an error at
            FILE:ROW:COLUMN and then nothing is written; --dry-run prints the changes and writes nothing.
            Exit status: 0 imported (or nothing to change), 1 errors, 2 bad usage.

            """, """
            用法：shopsite import orders|traffic 文件 [店铺] [--map 文件] [--dry-run] [--new-customers] [--lang 语言]

            读取平台导出文件（UTF-8 或 GB18030 编码的 CSV，或 .xlsx 的第一个工作表）：每个新订单写成
            content/orders/YYYY-MM/编号.md，已有订单就地更新（状态、发货时间、运单号、物流公司），或把每日流量合并进
            content/data/traffic.csv。按表头找列（订单编号、买家公司名、货号、数量、单价、订单状态、付款时间……）；
            --map 文件（YAML `字段: 表头`）指定店铺自己的表头。--new-customers 为未知买家新建客户档案。
            任何错误单元格都报告为 文件:行:列，且不写入任何文件；--dry-run 只打印改动，不写文件。
            退出码：0 已导入（或无需改动），1 有错误，2 用法错误。

            """),
        entry("H-HELP-PDF", """
            usage: shopsite pdf [SHOP] [QUOTE_ID…] [--output DIR]

            Prints the quote sheets of SHOP (all of them, or the ids given) as A4 PDF files into DIR (default: SHOP/pdf),
            with headless Chromium (`chromium` on PATH, or SHOPSITE_CHROMIUM). A sheet whose page has not changed since
            its PDF was printed is not printed again.
            Exit status: 0 printed (or nothing to print), 1 content errors or an unknown quote, 2 no browser or bad usage.

            """, """
            用法：shopsite pdf [店铺] [报价单编号…] [--output 文件夹]

            用无界面 Chromium（PATH 中的 `chromium`，或 SHOPSITE_CHROMIUM 指定）把店铺的报价单（全部，或给出的编号）
            打印成 A4 PDF，写入输出文件夹（默认为 店铺/pdf）。页面自上次打印后没有变化的报价单不会重新打印。
            退出码：0 已打印（或无需打印），1 内容有错误或报价单不存在，2 没有浏览器或用法错误。

            """),
        entry("H-HELP-INIT", """
            usage: shopsite init DIR

            Creates a new shop in DIR (which must not exist or be empty) with a small example to start from.
            Exit status: 0 created, 1 DIR exists and is not empty, 2 bad usage.

            """, """
            用法：shopsite init 文件夹

            在文件夹（必须不存在或为空）中新建一个店铺，附带一个小示例作为起点。
            退出码：0 已创建，1 文件夹已存在且不为空，2 用法错误。

            """),
    ]
}
