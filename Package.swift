// swift-tools-version:6.0
import PackageDescription

/// One target per concern; dependencies point one way:
/// Diagnostics ← FrontMatter, Markdown, TemplateEngine, ShopModel ← SiteBuilder ← PreviewServer ← shopsite.
/// ShopLoader (files → `Shop`) uses Diagnostics, FrontMatter, ShopModel and Concurrency; SiteOutput (staging,
/// writing, the output-folder guard, pruning: files and folders, never pages or shops) uses Diagnostics alone.
/// SiteBuilder uses both (PreviewServer also opens the output folder); neither imports SiteBuilder, TemplateEngine
/// or each other.
/// Concurrency (the parallel helpers) and TextEscaping (the HTML, XML, JSON and CSV escapers) depend on nothing;
/// ShopLoader, ShopModel (the report's JSON rows) and SiteBuilder use Concurrency, and TemplateEngine, ShopModel,
/// SiteBuilder and PreviewServer use TextEscaping, so nothing imports the template engine just to escape.
/// Photos (libvips through the CVips system library: derived product photos and their cache) uses Concurrency alone;
/// SiteBuilder uses it.
let package = Package(
    name: "shopsite",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "shopsite", targets: ["shopsite"]),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // libvips' headers with GLib's include paths; libvips itself is not linked but opened on the first photo read
        // (see Sources/CVips/shim.h): only GLib is on the link line, so a photo-free command loads no libvips.
        .systemLibrary(name: "CVips", pkgConfig: "glib-2.0", providers: [.apt(["libvips-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CExpat", pkgConfig: "expat", providers: [.apt(["libexpat1-dev"])]),
        .target(name: "Concurrency"),
        .target(name: "Diagnostics"),
        .target(name: "TextEscaping"),
        .target(name: "FrontMatter", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "TemplateEngine", dependencies: ["Diagnostics", "TextEscaping"]),
        .target(name: "ShopModel", dependencies: ["Concurrency", "Diagnostics", "TextEscaping"]),
        .target(name: "ShopLoader", dependencies: ["Concurrency", "Diagnostics", "FrontMatter", "ShopModel"]),
        .target(name: "SiteOutput", dependencies: ["Diagnostics"]),
        .target(name: "Photos", dependencies: ["CVips", "Concurrency"]),
        .target(name: "ShopImport", dependencies: ["CExpat", "CZip", "Concurrency", "Diagnostics", "FrontMatter", "ShopModel"]),
        .target(name: "SiteBuilder", dependencies: ["Concurrency", "Diagnostics", "FrontMatter", "Markdown", "TemplateEngine", "ShopModel",
                                                    "ShopLoader", "ShopImport", "SiteOutput", "TextEscaping", "Photos"]),
        .target(name: "PreviewServer", dependencies: ["SiteBuilder", "SiteOutput", "TextEscaping"]),
        .executableTarget(name: "shopsite", dependencies: ["Diagnostics", "SiteBuilder", "PreviewServer"]),
        .executableTarget(name: "TemplateBench", dependencies: ["TemplateEngine"], path: "Benchmarks/TemplateBench"),
        .testTarget(name: "ConcurrencyTests", dependencies: ["Concurrency"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "TextEscapingTests", dependencies: ["TextEscaping"]),
        .testTarget(name: "FrontMatterTests", dependencies: ["FrontMatter"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine", "TextEscaping"]),
        .target(name: "ShopModelFixtures", dependencies: ["Diagnostics", "ShopModel"], path: "Tests/ShopModelFixtures"),
        .testTarget(name: "ShopModelTests", dependencies: ["ShopModel", "ShopModelFixtures"]),
        .testTarget(name: "ShopLoaderTests", dependencies: ["FrontMatter", "ShopLoader"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["CZip", "ShopLoader", "ShopModelFixtures", "SiteBuilder", "SiteOutput"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "PhotosTests", dependencies: ["Photos"], exclude: ["Broken"]),
        .testTarget(name: "ShopImportTests", dependencies: ["CZip", "ShopImport", "SiteBuilder"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer"]),
        .testTarget(name: "ShopsiteCommandLineTests", dependencies: ["shopsite"]),
    ]
)
