extension MessageCatalog {
    /// Templates and themes: files, cycles, budgets, and the notes that place a template error.
    /// A syntax error's detail is a phrase of `templateSyntax`, a render error's one of `templateRender`, in both languages.
    static let templates: [Entry] = [
        entry("E-THEME-PHOTO-SIZES", "photos.yaml: expected {expected}", "photos.yaml：应为 {expected}"),
        entry("E-NO-THEME", "cannot find the built-in theme (templates/ with base.html); set SHOPSITE_THEME",
              "找不到内置主题（含 base.html 的 templates/）；请设置 SHOPSITE_THEME"),
        entry("E-TEMPLATE-SYNTAX", "{detail@}", "模板语法错误：{detail@}"),
        entry("E-TEMPLATE-RENDER", "{detail@}", "模板渲染出错：{detail@}"),
        entry("E-TEMPLATE-NOT-FOUND", "template '{name}' not found", "找不到模板 '{name}'"),
        entry("E-TEMPLATE-NOT-FOUND-IN", "template '{name}' not found (looked in {places})", "找不到模板 '{name}'（已查找 {places}）"),
        entry("E-TEMPLATE-CYCLE", "{kinds} cycle: {names}", "模板循环引用（{kinds}）：{names}"),
        entry("E-TEMPLATE-OUTPUT-TOO-LARGE", "output larger than {limit}; a loop or macro writes too much for one page",
              "输出超过 {limit}；某个循环或宏为一个页面写出的内容太多"),
        entry("E-TEMPLATE-OUTSIDE-LINK", "symbolic link points outside its template folder (to {target}); it is not read",
              "符号链接指向其模板文件夹之外（{target}），不会读取"),
        entry("E-TEMPLATE-READ", "cannot read template", "无法读取模板"),
        entry("E-TEMPLATE-NOT-UTF8", "template is not valid UTF-8", "模板不是有效的 UTF-8 编码"),
        entry("N-INCLUDED-FROM", "included from here", "从这里引入"),
        entry("N-IN-MACRO", "in macro '{macro}' called from here", "在这里调用的宏 '{macro}' 中"),
        entry("N-NOTES-OMITTED", "… (further notes omitted)", "……（其余说明从略）"),
        entry("N-WHILE-BUILDING", "while building {page}", "生成 {page} 时"),
        entry("N-IN-TEMPLATE", "in template {template}, rendering {page}", "在模板 {template} 中，生成 {page} 时"),
    ]
}
