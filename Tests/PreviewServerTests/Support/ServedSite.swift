import Foundation
@testable import PreviewServer

/// A small built site in a temporary folder and a server for it on an ephemeral loopback port.
/// Tests call `stop()` in a defer.
final class ServedSite {
    let folder: TemporaryFolder
    let root: String
    let server: PreviewServer
    let port: Int

    static let home = "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>"
    static let notFound = "<!doctype html><html><body><p>No such page in this shop</p></body></html>"

    init(limits: ServerLimits = ServerLimits()) throws {
        folder = try TemporaryFolder()
        try folder.write("secret.txt", "TOP SECRET")
        try folder.write("public/index.html", Self.home)
        try folder.write("public/404.html", Self.notFound)
        try folder.write("public/style.css", "body { color: red }")
        try folder.write("public/app.js", "console.log(1)")
        try folder.write("public/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try folder.write("public/report.json", "{\"gmv\": \"12.50\"}")
        try folder.write("public/prices.csv", "sku,price\nHD-T001,12.50\n")
        try folder.write("public/products/index.html", "<html><body>Catalog</body></html>")
        try folder.write("public/products/hd-t001.html", "<html><BODY>T-shirt</BODY></html>")
        try folder.write("public/a/x", "x")
        root = folder.path + "/public"
        server = PreviewServer(root: root, port: 0, limits: limits)
        port = try server.start()
    }

    func stop() {
        server.stop()
    }
}
