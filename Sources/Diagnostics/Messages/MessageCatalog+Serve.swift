extension MessageCatalog {
    /// The progress lines of `shopsite serve`, in the shop's language.
    static let serve: [Entry] = [
        entry("H-SERVE-AT", "Serving at {url} (press Ctrl-C to stop)", "预览地址 {url}（按 Ctrl-C 停止）"),
        entry("H-SERVE-STOPPED", "Stopped.", "已停止。"),
        entry("H-SERVE-BUILT", "Built in {ms} ms", "生成完成，用时 {ms} 毫秒"),
        entry("H-SERVE-REBUILT", "Rebuilt in {ms} ms ({changes})", "重新生成完成，用时 {ms} 毫秒（{changes}）"),
        entry("H-SERVE-PATHS-CHANGED", "{count} paths changed", "{count} 个文件有改动"),
        entry("H-SERVE-FAILED", "Build failed; still serving the last good site.", "生成失败；仍在预览上次成功生成的网站。"),
        entry("H-SERVE-PAGES", "{pages} pages, {warnings} {warnings#warning|warnings} (run `shopsite check` to list them)",
              "{pages} 个页面，{warnings} 个警告（运行 `shopsite check` 查看）"),
        entry("H-SERVE-FULL", "Full rebuild: {reason}", "全量重新生成：{reason}"),
        entry("H-FULL-FIRST-BUILD", "first build", "首次生成"),
        entry("H-FULL-NO-GOOD-BUILD", "no good build yet", "还没有成功生成过"),
        entry("H-FULL-TEMPLATES-FOLDER", "a templates/ folder changed", "templates/ 下有文件夹改动"),
        entry("H-FULL-SHARED", "settings, promotions, pages or traffic changed", "店铺设置、促销、页面或流量数据有改动"),
        entry("H-FULL-PHOTOS", "product photos changed", "商品图片有改动"),
        entry("H-FULL-MOST-PAGES", "most pages changed", "大部分页面有改动"),
        entry("H-FULL-ROOT", "{path}/ changed as a whole", "{path}/ 整体有改动"),
        entry("H-FULL-PATH", "{path} changed", "{path} 有改动"),
    ]
}
