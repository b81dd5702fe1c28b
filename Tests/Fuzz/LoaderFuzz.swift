#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ShopLoader
import ShopModel

/// The fixed part of the one-file shop: settings, a customer, a product and a promotion to refer to.
let fixedFiles = [
    "site.yaml": "name: 测试五金有限公司\nas_of: 2025-11-30\ntiers: { regular: 1000, key: 10000 }\nquote: { validity_days: 15, tax_rate: 0.13 }\n",
    "customers/C-0001.md": "---\nid: C-0001\nname: 广州某连锁超市有限公司\nregion: 广东\nsince: 2023-05-01\n---\n长期客户。\n",
    "products/HD-T001.md": "---\ntitle: 纯棉 T 恤\ntype: spot\nprice_tiers:\n  - { min: 50, price: 18 }\n  - { min: 100, price: 15 }\n---\n纯棉。\n",
    "promotions/P-1.md": "---\ntitle: 满 1000 减 100\nthreshold: 1000\namount: 100\ntiers: [regular, key]\nstart: 2025-11-01\nend: 2025-11-30\n---\n",
]

/// Where the fuzzed file goes: the first byte, when below 6, picks the folder (and is dropped); else products.
let places = ["products/HD-X001.md", "quotes/Q-9.md", "orders/O-9.md", "customers/C-0009.md", "promotions/P-9.md", "pages/x.md"]

/// One temporary shop under TMPDIR (run.sh removes it), made on the first input and reused after it.
let shopPath: String = {
    let tmp = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array((tmp + "/shopsite-fuzz-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    let root = String(cString: made)
    for folder in ["content", "content/products", "content/quotes", "content/orders", "content/customers",
                   "content/promotions", "content/pages"] {
        mkdir(root + "/" + folder, 0o755)
    }
    for (name, text) in fixedFiles { write(Array(text.utf8), to: root + "/content/" + name) }
    return root
}()

/// Replaces the file at `path` with `bytes`.
func write(_ bytes: [UInt8], to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { fatalError("cannot write \(path)") }
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { fatalError("cannot write \(path)") }
        offset += n
    }
    close(fd)
}

/// libFuzzer entry point: writes the input as one content file of a small shop, loads and checks it;
/// every outcome is a shop or diagnostics, and a shop comes back only when there is no error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var place = 0
    if let first = bytes.first, first < UInt8(places.count) {
        place = Int(first)
        bytes.removeFirst()
    }
    let root = shopPath
    for other in places { unlink(root + "/content/" + other) }
    write(bytes, to: root + "/content/" + places[place])
    let result = ShopLoader.load(shopPath: root, options: LoadOptions(includeDrafts: true))
    precondition((result.shop == nil) == result.diagnostics.hasErrors, "a shop must come back exactly when there is no error")
    if let shop = result.shop {
        _ = ShopChecks.diagnostics(for: shop, imageExists: { _ in true })
        _ = ShopReport(shop: shop).json
    }
    return 0
}
