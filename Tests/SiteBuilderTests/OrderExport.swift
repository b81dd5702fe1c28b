import CZip
import Foundation
import ShopModel

/// Writes a shop's orders as the platform exports them (one row per line, Chinese headers, status words), as a UTF-8
/// CSV with a BOM and as an .xlsx written with libzip (shared strings, numbers, dates as serial numbers): the other
/// half of the import round trip.
enum OrderExport {
    /// A cell: text, or a number as the sheet stores it.
    enum Cell { case text(String), number(String) }

    static let headers = ["订单编号", "买家公司名", "货号", "商品名称", "数量", "单价", "运费", "优惠", "订单状态", "付款时间", "发货时间",
                          "物流公司", "运单号"]
    static let words: [OrderStatus: String] = [.pendingPayment: "等待买家付款", .pendingShipment: "等待卖家发货", .shipped: "已发货",
                                               .completed: "交易成功", .refunded: "退款成功", .cancelled: "交易关闭", .disputed: "纠纷中"]

    /// Excel's day 0 in the 1900 system (serials from 61 on).
    static let excelEpoch = Day(year: 1899, month: 12, day: 30) ?? Day(ordinal: 0)

    /// The rows, header first; customers by name, dates as serial numbers.
    static func rows(_ shop: Shop) -> [[Cell]] {
        let names = Dictionary(shop.customers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(shop.products.map { ($0.sku, $0.title) }, uniquingKeysWith: { a, _ in a })
        var rows: [[Cell]] = [headers.map { .text($0) }]
        for order in shop.orders.sorted(by: { $0.id < $1.id }) {
            for item in order.items {
                rows.append([.text(order.id.rawValue), .text(names[order.customer] ?? order.customer.rawValue), .text(item.sku.rawValue),
                             .text(titles[item.sku] ?? ""), .number("\(item.qty)"), .number(number(item.price)),
                             .number(number(order.shipping)), .number(number(order.discount)),
                             .text(words[order.status] ?? order.status.rawValue),
                             .number("\(excelEpoch.distance(to: order.date))"),
                             order.shippedAt.map { .number("\(excelEpoch.distance(to: $0))") } ?? .text(""),
                             .text(""), .text(order.tracking ?? "")])
            }
        }
        return rows
    }

    /// The CSV: UTF-8 with a BOM, CRLF, dates as `YYYY-MM-DD HH:MM:SS`.
    static func csv(_ shop: Shop) -> [UInt8] {
        var text = "\u{FEFF}"
        for row in rows(shop) {
            text += row.enumerated().map { index, cell -> String in
                switch cell {
                case .text(let s): return quoted(s)
                case .number(let s):
                    guard index == 9 || index == 10, let serial = Int(s) else { return s }
                    return "\(excelEpoch.adding(days: serial)) 10:30:00"
                }
            }.joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    /// An amount as a spreadsheet number (`12.5`).
    static func number(_ money: Money) -> String {
        let v = money.tenThousandths
        var fraction = String(v % 10_000)
        guard fraction != "0" else { return "\(v / 10_000)" }
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(v / 10_000)." + fraction
    }

    private static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : s
    }
}
