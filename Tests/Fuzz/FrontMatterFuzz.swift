import FrontMatter

/// libFuzzer entry point: splits the input as a content file, parses its front matter, and parses the
/// whole input as a `site.yaml`; every outcome must be a value or a Diagnostic, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let document = try? FrontMatterSplitter.split(bytes, path: "content/products/x.md"),
       let yaml = document.frontMatter {
        _ = try? YAMLReader.parse(yaml, path: "content/products/x.md", firstLine: document.frontMatterLine)
    }
    _ = try? YAMLReader.parseFile(bytes, path: "content/site.yaml")
    return 0
}
