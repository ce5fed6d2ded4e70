// swift-tools-version:6.0
import PackageDescription

// The folder layout is the pipeline: BuurtCore → YAML, Markdown → Kaart, Toolkit → Content, Theme → Render → Build → buurtsite (CLI).
// BuurtCalendar (Sources/Core/Calendar) sits below YAML: days, times, recurrence rules, for every feature.
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
        // Not "Calendar": that name is Foundation's.
        .target(name: "BuurtCalendar", dependencies: ["BuurtCore"], path: "Sources/Core/Calendar"),
        .target(name: "YAML", dependencies: ["CYAML", "BuurtCore", "BuurtCalendar"]),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "BuurtCore"]),
        .target(name: "Kaart", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown"]),
        .target(name: "Toolkit", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown"]),
        .target(name: "Content", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Kaart", "Toolkit"]),
        .target(name: "Theme", dependencies: ["BuurtCore", "YAML", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Render", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Kaart", "Toolkit",
                                               "Content", "Theme"]),
        .target(name: "Build", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Kaart", "Toolkit",
                                              "Content", "Theme", "Render"]),
        // mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc in the program: a build makes millions of
        // small allocations on all cores, and mimalloc runs them in about 10 % fewer instructions (docs/ARCHITECTURE.md).
        .executableTarget(name: "buurtsite",
                          dependencies: ["Build", "BuurtCalendar",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          linkerSettings: [.linkedLibrary("mimalloc")]),

        .testTarget(name: "BuurtCoreTests", dependencies: ["BuurtCore"]),
        .testTarget(name: "BuurtCalendarTests", dependencies: ["BuurtCalendar"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "BuurtCalendar"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "KaartTests", dependencies: ["Kaart", "BuurtCalendar"]),
        .testTarget(name: "ToolkitTests", dependencies: ["Toolkit", "BuurtCalendar"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "BuurtCalendar", "YAML", "buurtsite"]),
    ]
)
