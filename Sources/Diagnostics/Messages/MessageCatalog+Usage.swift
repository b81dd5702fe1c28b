extension MessageCatalog {
    /// Command-line mistakes (exit 2) and the one-line summaries `check` and `build` print.
    static let usage: [Entry] = [
        entry("E-USAGE-MISSING-COMMAND", "missing command", "缺少命令"),
        entry("E-USAGE-UNKNOWN-COMMAND", "unknown command `{command}`", "未知命令 `{command}`"),
        entry("E-USAGE-UNKNOWN-OPTION", "unknown option `{option}` for `{command}`", "`{command}` 没有选项 `{option}`"),
        entry("E-USAGE-EXTRA-ARGUMENT", "unexpected argument `{argument}` for `{command}`", "`{command}` 不接受多余的参数 `{argument}`"),
        entry("E-USAGE-NEEDS-VALUE", "{option} needs a value", "{option} 需要一个值"),
        entry("E-USAGE-REPEATED", "{option} given more than once", "{option} 给出了不止一次"),
        entry("E-USAGE-DATE", "{option}: `{value}` is not a valid date (YYYY-MM-DD)", "{option}：`{value}` 不是有效日期（YYYY-MM-DD）"),
        entry("E-USAGE-AUDIENCE", "--audience must be internal or public, not `{value}`", "--audience 只能是 internal 或 public，不能是 `{value}`"),
        entry("E-USAGE-PORT", "--port must be a number from 1 to 65535, not `{value}`", "--port 必须是 1 到 65535 之间的数字，不能是 `{value}`"),
        entry("E-USAGE-LANG", "--lang must be zh-CN or en, not `{value}`", "--lang 只能是 zh-CN 或 en，不能是 `{value}`"),
        entry("E-USAGE-FORMAT", "--format must be text or json, not `{value}`", "--format 只能是 text 或 json，不能是 `{value}`"),
        entry("E-USAGE-NEW-ARGS", "`new` needs a kind and an ID", "`new` 需要类型和编号"),
        entry("E-USAGE-NEW-KIND", "`new` makes a {kinds}, not `{kind}`", "`new` 只能创建 {kinds}，不能创建 `{kind}`"),
        entry("E-USAGE-BAD-ID", "`{id}` is not a valid id (letters, digits, `.`, `_`, `-`, starting with a letter or digit)",
              "`{id}` 不是有效的编号（只能用字母、数字、`.`、`_`、`-`，并以字母或数字开头）"),
        entry("E-USAGE-IMPORT-ARGS", "`import` needs orders or traffic and the export file",
              "`import` 需要 orders 或 traffic 以及导出文件"),
        entry("E-USAGE-IMPORT-KIND", "`import` reads orders or traffic, not `{kind}`", "`import` 只能导入 orders 或 traffic，不能导入 `{kind}`"),
        entry("E-USAGE-INIT-FOLDER", "`init` needs a folder", "`init` 需要一个文件夹"),
        entry("H-CHECK-SUMMARY",
              "checked {products} {products#product|products}, {customers} {customers#customer|customers}, "
              + "{orders} {orders#order|orders}, {quotes} {quotes#quote|quotes}, {promotions} {promotions#promotion|promotions}, "
              + "{pages} {pages#page|pages}: {errors} {errors#error|errors}, {warnings} {warnings#warning|warnings}",
              "已检查 {products} 个商品、{customers} 个客户、{orders} 个订单、{quotes} 个报价单、{promotions} 个促销、{pages} 个页面："
              + "{errors} 个错误，{warnings} 个警告"),
        entry("H-CHECK-COUNTS", "{errors} {errors#error|errors}, {warnings} {warnings#warning|warnings}", "{errors} 个错误，{warnings} 个警告"),
        entry("H-BUILD-SUMMARY", "built {pages} pages ({files} files) into {output}: {warnings} {warnings#warning|warnings}",
              "已生成 {pages} 个页面（{files} 个文件）到 {output}：{warnings} 个警告"),
        entry("H-BUILD-FAILED", "build failed: {errors} {errors#error|errors}; the previous output is unchanged",
              "生成失败：{errors} 个错误；之前的输出保持不变"),
        entry("H-CREATED", "created {path}", "已创建 {path}"),
        entry("H-INIT-CREATED",
              "created a new shop in {folder}: site.yaml, 2 products, 1 customer, 1 order, 1 quote, 1 promotion, 1 page",
              "已在 {folder} 新建店铺：site.yaml、2 个商品、1 个客户、1 个订单、1 个报价单、1 个促销、1 个页面"),
        entry("H-INIT-NEXT", "next:", "接下来："),
    ]
}
