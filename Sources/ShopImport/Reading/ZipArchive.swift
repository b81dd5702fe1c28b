import CZip

/// A zip archive in memory, read through libzip: the one place that holds libzip pointers, each freed with `defer`.
struct ZipArchive: ~Copyable {
    /// Why an archive or one of its entries could not be read: a `P-XLSX-*` phrase of the message catalogue and its
    /// placeholders (`entry`, and `detail` for libzip's or expat's own words).
    struct Failure: Error {
        var phrase: String
        var arguments: [String: String] = [:]
    }

    /// The most bytes one entry may inflate to (a zip bomb stops here, not in memory).
    static let maximumEntryBytes = 512 * 1024 * 1024

    private let archive: OpaquePointer

    private init(archive: OpaquePointer) { self.archive = archive }

    /// Opens `bytes` as a zip archive for the duration of `body`.
    static func withArchive<T>(_ bytes: [UInt8], _ body: (borrowing ZipArchive) throws(Failure) -> T) throws(Failure) -> T {
        let outcome: Result<T, Failure> = bytes.withUnsafeBytes { buffer in
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(buffer.count), 0, &error) else {
                return .failure(Failure(phrase: "P-XLSX-ARCHIVE", arguments: ["detail": "zip_source_buffer_create"]))
            }
            guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
                zip_source_free(source)
                if zip_error_code_zip(&error) == ZIP_ER_NOZIP { return .failure(Failure(phrase: "P-XLSX-NOT-ZIP")) }
                return .failure(Failure(phrase: "P-XLSX-ARCHIVE", arguments: ["detail": String(cString: zip_error_strerror(&error))]))
            }
            defer { zip_discard(archive) }
            do throws(Failure) {
                return .success(try body(ZipArchive(archive: archive)))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Whether the archive holds an entry of this name.
    func contains(_ name: String) -> Bool { zip_name_locate(archive, name, 0) >= 0 }

    /// Streams one entry's inflated bytes to `consume` in chunks; an error for a missing, broken or oversized entry.
    func read(_ name: String, _ consume: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        let index = zip_name_locate(archive, name, 0)
        guard index >= 0 else { throw Failure(phrase: "P-XLSX-MISSING", arguments: ["entry": name]) }
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            throw Failure(phrase: "P-XLSX-ENTRY-OPEN", arguments: ["entry": name, "detail": String(cString: zip_strerror(archive))])
        }
        defer { zip_fclose(file) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            guard count >= 0 else {
                throw Failure(phrase: "P-XLSX-ENTRY-DAMAGED", arguments: ["entry": name, "detail": String(cString: zip_file_strerror(file))])
            }
            if count == 0 { return }
            total += Int(count)
            guard total <= Self.maximumEntryBytes else { throw Failure(phrase: "P-XLSX-ENTRY-LARGE", arguments: ["entry": name]) }
            let failure: Failure? = chunk.withUnsafeBytes { buffer in
                do throws(Failure) { try consume(UnsafeRawBufferPointer(rebasing: buffer.prefix(Int(count)))) } catch { return error }
                return nil
            }
            if let failure { throw failure }
        }
    }
}
