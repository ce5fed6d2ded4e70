// swift-tools-version:6.0
import PackageDescription

// The folder layout is the pipeline: BuurtCore → YAML, Markdown → Kaart, Toolkit → Content, Theme → Render → Build → buurtsite (CLI).
let package = Package(
    name: "buurtsite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "buurtsite", targets: ["buurtsite"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries, from Debian's libcmark-gfm-dev, libcmark-gfm-extensions-dev and libyaml-dev.
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        .target(name: "BuurtCore"),
        .target(name: "YAML", dependencies: ["CYAML", "BuurtCore"]),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "BuurtCore"]),
        .target(name: "Kaart", dependencies: ["BuurtCore", "YAML", "Markdown"]),
        .target(name: "Toolkit", dependencies: ["BuurtCore", "YAML", "Markdown"]),
        .target(name: "Content", dependencies: ["BuurtCore", "YAML", "Markdown", "Kaart", "Toolkit"]),
        .target(name: "Theme", dependencies: ["BuurtCore", "YAML", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Render", dependencies: ["BuurtCore", "YAML", "Markdown", "Kaart", "Toolkit", "Content", "Theme"]),
        .target(name: "Build", dependencies: ["BuurtCore", "YAML", "Markdown", "Kaart", "Toolkit", "Content", "Theme", "Render"]),
        // mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc in the program: a build makes millions of
        // small allocations on all cores, and mimalloc runs them in about 10 % fewer instructions (docs/ARCHITECTURE.md).
        .executableTarget(name: "buurtsite", dependencies: ["Build", "YAML", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          linkerSettings: [.linkedLibrary("mimalloc")]),

        .testTarget(name: "BuurtCoreTests", dependencies: ["BuurtCore"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "KaartTests", dependencies: ["Kaart"]),
        .testTarget(name: "ToolkitTests", dependencies: ["Toolkit"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "YAML", "buurtsite"]),
    ]
)
