extension MessageCatalog {
    /// Why an .xlsx export cannot be read (`E-IMPORT-XLSX`'s and `E-IMPORT-XLSX-CELL`'s `{reason@}`), in the merchant's
    /// language; `{detail}` keeps libzip's or expat's own words, as a system error keeps the system's.
    static let workbook: [Entry] = [
        entry("P-XLSX-NOT-ZIP", "not a complete zip archive, which an .xlsx file is (was it cut short, or saved as .xls or CSV?)",
              "不是完整的 zip 压缩包，而 .xlsx 文件本应是（文件是否没有传完，或另存成了 .xls、CSV？）"),
        entry("P-XLSX-ARCHIVE", "the archive cannot be read (libzip: {detail})", "压缩包无法读取（libzip：{detail}）"),
        entry("P-XLSX-MISSING", "{entry} is missing", "缺少 {entry}"),
        entry("P-XLSX-ENTRY-OPEN", "{entry} cannot be opened (libzip: {detail})", "{entry} 无法打开（libzip：{detail}）"),
        entry("P-XLSX-ENTRY-DAMAGED", "{entry} is damaged (libzip: {detail})", "{entry} 已损坏（libzip：{detail}）"),
        entry("P-XLSX-ENTRY-LARGE", "{entry} is larger than 512 MB", "{entry} 解压后超过 512 MB"),
        entry("P-XLSX-XML", "{entry}: malformed XML at line {line} (expat: {detail})", "{entry} 第 {line} 行的 XML 格式错误（expat：{detail}）"),
        entry("P-XLSX-MEMORY", "out of memory", "内存不足"),
        entry("P-XLSX-NO-SHEET", "the workbook names no sheet", "工作簿里没有工作表"),
        entry("P-XLSX-LONG-STRING", "a shared string is longer than a cell may be", "有一个共享字符串超过了单元格允许的长度"),
        entry("P-XLSX-CELL-LONG", "longer than {bytes} bytes", "超过 {bytes} 字节"),
        entry("P-XLSX-CELL-COLUMN", "beyond the last column", "超出了最后一列"),
        entry("P-XLSX-CELL-STRING", "names no shared string", "引用了不存在的共享字符串"),
    ]
}
