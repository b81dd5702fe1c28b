/// Reads `xl/workbook.xml`: the relationship id of the first sheet and whether dates count from 1904.
final class XLSXWorkbookHandler: XMLEventHandler {
    /// The first `<sheet>`'s `r:id`.
    private(set) var firstSheetRelation: String?
    /// Whether `<workbookPr date1904="1">` is set.
    private(set) var uses1904 = false

    func start(_ tag: XMLTag) {
        if tag.named("sheet"), firstSheetRelation == nil {
            firstSheetRelation = tag.attribute("id")
        } else if tag.named("workbookPr"), let value = tag.attribute("date1904") {
            uses1904 = value == "1" || value == "true"
        }
    }

    func end(_ name: UnsafePointer<CChar>) {}

    func text(_ bytes: UnsafeRawBufferPointer) {}
}
