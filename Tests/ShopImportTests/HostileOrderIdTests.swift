import Foundation
import Testing
import SiteBuilder

/// An order id from an export becomes a file name: one that could leave `content/orders/`, hide as a dot file or
/// carry a separator is an error naming its row and column, and nothing is written.
struct HostileOrderIdTests {
    @Test(arguments: ["../../../../tmp/evil", "O-1/../../x", ".hidden", "O 1", "订单1", "-O-1"])
    func aHostileIdIsAnErrorAndNothingIsWritten(id: String) throws {
        let shop = try ImportFixture.shopCopy("hostile")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let lines = String(decoding: try ImportFixture.bytes("orders-utf8-bom.csv").dropFirst(3), as: UTF8.self)
            .split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",")
        let export = shop + "/../hostile-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: export) }
        try Data((lines[0] + "\r\n" + id + "," + row + "\r\n").utf8).write(to: URL(fileURLWithPath: export))
        let before = ImportFixture.tree(shop)
        let outcome = ImportCommand.run(kind: .orders, file: export, shopPath: shop, language: .zhCN)
        #expect(outcome.exitCode == 1)
        #expect(ImportFixture.tree(shop) == before)
        #expect(outcome.stderr.hasPrefix(export + ":2:1: error: `\(id)` 不是有效的订单编号（只能用字母、数字、`.`、`_`、`-`，并以字母或数字开头）\n"),
                "\(outcome.stderr)")
    }
}
