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
    ]
}
