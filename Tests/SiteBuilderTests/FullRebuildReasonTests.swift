import Diagnostics
import Testing
@testable import SiteBuilder

/// serve's "Full rebuild:" line names its reason in the shop's language (it used to be English in zh-CN too).
@Suite struct FullRebuildReasonTests {
    @Test(arguments: [
        (["content/site.yaml"], "全量重新生成：content/site.yaml 有改动", "Full rebuild: content/site.yaml changed"),
        (["content"], "全量重新生成：content/ 整体有改动", "Full rebuild: content/ changed as a whole"),
        (["content/promotions/P-1.md", "content/products/A.md"], "全量重新生成：content/promotions/P-1.md 有改动",
         "Full rebuild: content/promotions/P-1.md changed"),
    ])
    func aPathOutsideTheEntityFoldersIsNamed(paths: [String], zh: String, en: String) throws {
        guard case .full(let reason) = ChangePlan.plan(for: Set(paths)) else { Issue.record("not a full build"); return }
        #expect(MessageCatalog.text("H-SERVE-FULL", ["reason": reason.text(in: .zhCN)], in: .zhCN) == zh)
        #expect(MessageCatalog.text("H-SERVE-FULL", ["reason": reason.text(in: .en)], in: .en) == en)
    }

    @Test(arguments: [
        (FullRebuild.firstBuild, "首次生成", "first build"), (.noGoodBuild, "还没有成功生成过", "no good build yet"),
        (.templatesFolder, "templates/ 下有文件夹改动", "a templates/ folder changed"),
        (.sharedChanged, "店铺设置、促销、页面或流量数据有改动", "settings, promotions, pages or traffic changed"),
        (.photosChanged, "商品图片有改动", "product photos changed"), (.mostPages, "大部分页面有改动", "most pages changed"),
    ])
    func everyReasonHasBothTexts(reason: FullRebuild, zh: String, en: String) {
        #expect(reason.text(in: .zhCN) == zh)
        #expect(reason.text(in: .en) == en)
    }

    /// A site.yaml edit in a running session is a whole build whose reason is that path.
    @Test func aSettingsEditInASessionNamesThePath() throws {
        let shop = try IncrementalShop()
        _ = shop.session.build(changed: [])
        try shop.write("content/site.yaml", "name: 改名测试五金\nas_of: 2025-11-30\ntiers: { regular: 1000, key: 5000 }\n")
        let result = shop.session.build(changed: ["content/site.yaml"])
        #expect(result.mode == .full(.path("content/site.yaml")))
    }
}
