extension MessageCatalog {
    /// Quote sheets and the quote pipeline: sales reps, revisions, the margin guard and the `pdf` command.
    static let quotes: [Entry] = [
        entry("P-REP", "a sales rep", "业务员"),
        entry("E-REPS-SHAPE", "`reps` must be a list of `{ id, name, phone, wechat }`",
              "`reps` 必须是 `{ id, name, phone, wechat }` 组成的列表"),
        entry("E-REP-ID", "rep id `{id}` must match [A-Za-z0-9][A-Za-z0-9._-]*",
              "业务员编号 `{id}` 必须符合 [A-Za-z0-9][A-Za-z0-9._-]*"),
        entry("E-REP-DUPLICATE", "rep `{id}` is listed twice in `reps`", "业务员 `{id}` 在 `reps` 中重复出现"),
        entry("E-UNKNOWN-REP", "unknown sales rep `{id}`: site.yaml `reps` does not list it",
              "未知的业务员 `{id}`：site.yaml 的 `reps` 中没有这个人"),
        entry("E-REVISION-OF-ITSELF", "quote `{id}` cannot be a revision of itself", "报价单 `{id}` 不能修订自身"),
        entry("W-QUOTE-MARGIN-NEGATIVE",
              "the promotion takes quote `{quote}` below cost: margin {margin} on cost {cost} (internal figure)",
              "促销让报价单 `{quote}` 低于成本：毛利 {margin}，成本 {cost}（内部数据）"),
        entry("E-PDF-NO-BROWSER",
              "no headless browser to print with: install Debian's `chromium` package (apt-get install chromium) or set SHOPSITE_CHROMIUM",
              "没有可用于打印的无头浏览器：请安装 Debian 的 `chromium` 软件包（apt-get install chromium），或设置 SHOPSITE_CHROMIUM"),
        entry("E-PDF-BROWSER", "the browser failed while printing `{id}`: {reason}", "浏览器打印 `{id}` 时出错：{reason}"),
        entry("E-PDF-WRITE", "cannot write `{path}`", "无法写入 `{path}`"),
        entry("H-PDF-SUMMARY", "printed {printed} quote {printed#sheet|sheets} into {output}; {unchanged} unchanged",
              "已打印 {printed} 份报价单 PDF 到 {output}；{unchanged} 份未变"),
        entry("E-NEW-QUOTE-SOURCE", "--for, --from-order and --from-quote belong to `new quote`, one at a time",
              "--for、--from-order、--from-quote 只用于 `new quote`，且一次只能用一个"),
        entry("E-NEW-QUOTE-UNKNOWN", "{kind@} `{id}` is not in this shop", "本店没有{kind@} `{id}`"),
    ]
}
