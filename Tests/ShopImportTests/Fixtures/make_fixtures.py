#!/usr/bin/env python3
"""Writes the import fixtures: the same 1688-style order export as a GB18030 CSV (Excel's "CSV" in China, CRLF),
a UTF-8 CSV with a BOM, an .xlsx with shared strings (xlsxwriter), an .xlsx with inline strings (xlsxwriter's
constant_memory mode), a shop-specific export read with shop-map.yaml, and a traffic export.

Run with a Python that has xlsxwriter (pip install xlsxwriter) from this folder:  python3 make_fixtures.py
The generated files are committed; the tests never run Python.
"""
import csv
import datetime as dt
import io

import xlsxwriter

HEADERS = ["订单编号", "买家公司名", "货号", "商品名称", "数量", "单价", "运费", "优惠", "订单状态",
           "下单时间", "付款时间", "发货时间", "物流公司", "运单号", "省份", "收货地址"]

def t(text):
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S") if text else None

# One row per order line; the order's own cells repeat on each of its lines, as the platform exports them.
ROWS = [
    ["O-20251201-01", "宁波北仑安居装饰工程有限公司", "YX-H101", "液压阻尼铰链", 5000, 2.85, 30, 0, "交易成功",
     "2025-12-01 09:12:40", "2025-12-01 09:15:02", "2025-12-02 16:40:00", "顺丰速运", "SF1409283746511", "浙江", "浙江省宁波市北仑区新碶街道明州路 18 号"],
    ["O-20251201-01", "宁波北仑安居装饰工程有限公司", "YX-A101", "自攻螺丝", 2000, 0.7, 30, 0, "交易成功",
     "2025-12-01 09:12:40", "2025-12-01 09:15:02", "2025-12-02 16:40:00", "顺丰速运", "SF1409283746511", "浙江", "浙江省宁波市北仑区新碶街道明州路 18 号"],
    ["O-20251202-01", "佛山市顺德区美居家具厂", "YX-L102", "铝合金拉手", 5000, 3.875, 0, 200, "等待卖家发货",
     "2025-12-02 14:03:11", "2025-12-02 14:05:59", "", "", "", "广东", "广东省佛山市顺德区乐从镇家具城 3 栋"],
    ["O-20251203-01", "C-001", "YX-A101", "自攻螺丝", 800, "", 15, 0, "等待买家付款",
     "2025-12-03 20:41:07", "", "", "", "", "浙江", "浙江省宁波市北仑区新碶街道明州路 18 号"],
    ["O-20251203-02", "宁波北仑安居装饰工程有限公司", "YX-H101", "液压阻尼铰链", 300, 3.6, 10, 0, "交易关闭",
     "2025-12-03 21:00:00", "", "", "", "", "浙江", "浙江省宁波市北仑区新碶街道明州路 18 号"],
    ["O-20251204-01", "佛山市顺德区美居家具厂", "YX-H101", "液压阻尼铰链", 1000, 3.2, 20, 0, "退款成功",
     "2025-12-04 08:30:00", "2025-12-04 08:31:10", "", "", "", "广东", "广东省佛山市顺德区乐从镇家具城 3 栋"],
    ["O-20251128-01", "佛山市顺德区美居家具厂", "YX-H101", "液压阻尼铰链", 5000, 2.85, 120, 0, "等待买家确认收货",
     "2025-11-28 10:00:00", "2025-11-28 10:02:00", "2025-12-01 11:20:00", "德邦物流", "DPK300012345678", "广东", "广东省佛山市顺德区乐从镇家具城 3 栋"],
]

def csv_text():
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in ROWS:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()

def write_xlsx(path, constant_memory):
    book = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    sheet = book.add_worksheet("订单")
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, HEADERS)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if HEADERS[c].endswith("时间") and value:
                sheet.write_datetime(r, c, t(value), stamp)
            elif value == "" or value is None:
                continue
            elif HEADERS[c] == "运单号":
                sheet.write_string(r, c, value)
            else:
                sheet.write(r, c, value)
    book.add_worksheet("说明").write(0, 0, "第二个工作表不会被导入")
    book.close()

with open("orders-gb18030.csv", "wb") as f:
    f.write(csv_text().encode("gb18030"))
with open("orders-utf8-bom.csv", "wb") as f:
    f.write(b"\xef\xbb\xbf" + csv_text().encode("utf-8"))
write_xlsx("orders.xlsx", constant_memory=False)
write_xlsx("orders-inline.xlsx", constant_memory=True)

# The shop's own export layout, read with --map shop-map.yaml.
with open("orders-custom.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["单号", "采购商", "商品编码", "采购数量", "成交价", "交易状态", "支付日期", "快递公司", "快递单号"])
    w.writerow(["W-2025-1205-1", "宁波北仑安居装饰工程有限公司", "YX-A101", "10000", "0.65", "交易成功", "2025-12-05", "中通快递", "ZT78800112233"])
    w.writerow(["W-2025-1205-2", "佛山市顺德区美居家具厂", "YX-L102", "1200", "4.2", "等待卖家发货", "2025-12-05", "", ""])

with open("traffic-gb18030.csv", "wb") as f:
    rows = [["统计日期", "货号", "访客数", "浏览量", "加购人数"],
            ["2025-12-02", "", "415", "1588", "27"],
            ["2025-12-02", "YX-H101", "101", "266", "12"],
            ["2025-12-03", "", "366", "1302", "19"],
            ["2025-12-03", "YX-L102", "44", "97", "3"]]
    f.write("".join(",".join(r) + "\r\n" for r in rows).encode("gb18030"))
