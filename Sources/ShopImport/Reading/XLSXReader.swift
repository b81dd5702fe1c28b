import Diagnostics

/// Reads the first sheet of an .xlsx export: libzip opens the archive, expat reads the workbook, its relations,
/// the shared strings and the sheet. Numbers stay numbers (an Excel date is a serial number; the columns decide).
enum XLSXReader {
    /// The rows of the first sheet; an error naming the file when the archive or its XML is unreadable.
    static func read(bytes: [UInt8], path: String) throws(Diagnostic) -> ImportTable {
        let read: (sheet: XLSXSheetHandler, uses1904: Bool)
        do throws(ZipArchive.Failure) {
            read = try ZipArchive.withArchive(bytes) { (archive) throws(ZipArchive.Failure) in try sheet(in: archive) }
        } catch {
            throw .error("E-IMPORT-XLSX", error.arguments.merging(["reason": error.phrase]) { _, named in named }, at: Location(path: path))
        }
        if let problem = read.sheet.problem {
            throw .error("E-IMPORT-XLSX-CELL", ["reason": problem.phrase, "bytes": "\(ImportTable.maximumCellBytes)"],
                         at: Location(path: path, line: problem.row, column: problem.column))
        }
        return ImportTable(path: path, rows: read.sheet.rows, uses1904: read.uses1904)
    }

    /// The first sheet read, and whether the workbook counts dates from 1904.
    private static func sheet(in archive: borrowing ZipArchive) throws(ZipArchive.Failure) -> (XLSXSheetHandler, Bool) {
        let workbook = XLSXWorkbookHandler()
        try XMLStream.parse(archive, entry: "xl/workbook.xml", handler: workbook)
        let relations = XLSXRelationsHandler()
        try XMLStream.parse(archive, entry: "xl/_rels/workbook.xml.rels", handler: relations)
        guard let id = workbook.firstSheetRelation, let target = relations.targets[id] else {
            throw ZipArchive.Failure(phrase: "P-XLSX-NO-SHEET")
        }
        let strings = XLSXSharedStringsHandler()
        if archive.contains("xl/sharedStrings.xml") {
            try XMLStream.parse(archive, entry: "xl/sharedStrings.xml", handler: strings)
            if strings.tooLong { throw ZipArchive.Failure(phrase: "P-XLSX-LONG-STRING") }
        }
        let sheet = XLSXSheetHandler(sharedStrings: strings.strings)
        try XMLStream.parse(archive, entry: XLSXRelationsHandler.entry(forTarget: target), handler: sheet)
        return (sheet, workbook.uses1904)
    }
}
