import CExpat

/// Parses XML with expat, fed in chunks, calling an `XMLEventHandler`: the one place that holds expat pointers.
final class XMLStream {
    /// Why a document could not be parsed: expat's message and line.
    struct Failure: Error {
        var detail: String
        var line: Int
    }

    private let parser: XML_Parser
    private let handler: any XMLEventHandler

    /// A parser with namespace processing (`namespace|local` names) that reports to `handler`.
    init?(handler: any XMLEventHandler) {
        guard let parser = XML_ParserCreateNS(nil, 124) else { return nil }  // "|"
        self.parser = parser
        self.handler = handler
        XML_SetUserData(parser, Unmanaged.passUnretained(self).toOpaque())
        XML_SetElementHandler(parser, { user, name, attributes in
            guard let user, let name else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().handler.start(XMLTag(name: name, attributes: attributes))
        }, { user, name in
            guard let user, let name else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().handler.end(name)
        })
        XML_SetCharacterDataHandler(parser) { user, text, length in
            guard let user, let text, length > 0 else { return }
            Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue().handler.text(UnsafeRawBufferPointer(start: text, count: Int(length)))
        }
    }

    deinit { XML_ParserFree(parser) }

    /// Feeds one chunk; `final` marks the document's end.
    func feed(_ bytes: UnsafeRawBufferPointer, final: Bool) throws(Failure) {
        let status = XML_Parse(parser, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), final ? 1 : 0)
        guard status != XML_STATUS_ERROR else {
            let message = XML_ErrorString(XML_GetErrorCode(parser)).map { String(cString: $0) } ?? "malformed XML"
            throw Failure(detail: message, line: Int(XML_GetCurrentLineNumber(parser)))
        }
    }

    /// Parses a whole document streamed from a zip entry.
    static func parse(_ archive: borrowing ZipArchive, entry: String, handler: any XMLEventHandler) throws(ZipArchive.Failure) {
        guard let stream = XMLStream(handler: handler) else { throw ZipArchive.Failure(phrase: "P-XLSX-MEMORY") }
        try archive.read(entry) { (chunk) throws(ZipArchive.Failure) in
            do throws(Failure) { try stream.feed(chunk, final: false) } catch { throw error.inArchive(entry) }
        }
        do throws(Failure) { try stream.feed(UnsafeRawBufferPointer(start: nil, count: 0), final: true) } catch {
            throw error.inArchive(entry)
        }
    }
}

extension XMLStream.Failure {
    /// This failure as the archive's: the entry, the line and expat's words.
    func inArchive(_ entry: String) -> ZipArchive.Failure {
        ZipArchive.Failure(phrase: "P-XLSX-XML", arguments: ["entry": entry, "line": "\(line)", "detail": detail])
    }
}
