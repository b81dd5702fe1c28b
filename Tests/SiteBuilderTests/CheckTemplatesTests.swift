import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// `check` loads the templates as `build` does, so a template error that stops the build also fails the check.
@Suite struct CheckTemplatesTests {
    @Test(arguments: [
        ("templates/page.html", "{% extends \"base.html\" %}{% block content %}{% include \"page.html\" %}{% endblock %}",
         "templates/page.html:1:56: error: include cycle: page.html → page.html"),
        ("templates/partials/a.html", "{% include \"partials/b.html\" %}", "error: include cycle: partials/a.html → partials/b.html → partials/a.html"),
        ("templates/base.html", "{% extends \"base.html\" %}", "templates/base.html:1:12: error: extends cycle: base.html → base.html"),
        ("templates/product.html", "{% if %}", "templates/product.html:1:7: error: "),
    ])
    func checkFailsOnWhatStopsTheBuild(file: String, source: String, message: String) {
        var files = [file: source]
        if file == "templates/partials/a.html" { files["templates/partials/b.html"] = "{% include \"partials/a.html\" %}" }
        let shop = SiteFixture.smallShop(extra: files)
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.exitCode == 1)
        #expect(checked.stderr.contains(message), "\(checked.stderr)")
        let (outcome, _) = HostileContentTests.build(shop)
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.items.contains { $0.description.contains(message) }, "\(outcome.diagnostics.items)")
    }

    @Test func checkPassesOnAShopWhoseTemplatesBuild() {
        let shop = SiteFixture.smallShop(extra: ["templates/page.html": "{% extends \"base.html\" %}{% block content %}{{ page.title }}{% endblock %}"])
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        #expect(HostileContentTests.build(shop).0.exitCode == 0)
    }
}
