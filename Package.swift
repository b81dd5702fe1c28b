// swift-tools-version:6.0
import PackageDescription

/// One target per concern; dependencies point one way:
/// Diagnostics ← FrontMatter, Markdown, TemplateEngine, ShopModel ← SiteBuilder ← PreviewServer ← shopsite.
let package = Package(
    name: "shopsite",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "shopsite", targets: ["shopsite"]),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "Diagnostics"),
        .target(name: "FrontMatter", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "TemplateEngine", dependencies: ["Diagnostics"]),
        .target(name: "ShopModel", dependencies: ["Diagnostics"]),
        .target(name: "SiteBuilder", dependencies: ["Diagnostics", "FrontMatter", "Markdown", "TemplateEngine", "ShopModel"]),
        .target(name: "PreviewServer", dependencies: ["SiteBuilder", "TemplateEngine"]),
        .executableTarget(name: "shopsite", dependencies: ["Diagnostics", "SiteBuilder", "PreviewServer"]),
        .executableTarget(name: "TemplateBench", dependencies: ["TemplateEngine"], path: "Benchmarks/TemplateBench"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "FrontMatterTests", dependencies: ["FrontMatter"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"]),
        .testTarget(name: "ShopModelTests", dependencies: ["ShopModel"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer"]),
        .testTarget(name: "ShopsiteCommandLineTests", dependencies: ["shopsite"]),
    ]
)
