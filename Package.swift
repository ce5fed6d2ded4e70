// swift-tools-version:6.0
import PackageDescription

// The folders are the pipeline (docs/ARCHITECTURE.md):
//   Core (BuurtCore, BuurtCalendar) → Engines (YAML, Markdown, Theme, DutchText) → Model → Site
//   → Features (Kaart, Agenda, Toolkit, Search, Compliance) → Pipeline → Serve → buurtsite (the command line).
// Each target imports only targets before it; the pipeline, the site core and the model name no feature,
// and only the registry (Sources/Features/Registry) lists them all.
let package = Package(
    name: "buurtsite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "buurtsite", targets: ["buurtsite"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `buurtsite serve`'s HTTP server. FlyingFox (on its own sockets, no dependencies) rather than Hummingbird:
        // Hummingbird brings SwiftNIO, which adds minutes to every first build in CI.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries, from Debian's libcmark-gfm-dev, libcmark-gfm-extensions-dev and libyaml-dev.
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/Engines/CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CYAML", path: "Sources/Engines/CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Debian's libstemmer-dev (Snowball's stemmers in C; no pkg-config file): the Dutch stems of the search.
        .systemLibrary(name: "CStemmer", path: "Sources/Engines/CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // zlib (Debian's zlib1g-dev): the search index measures its files as a browser downloads them, gzipped.
        .systemLibrary(
            name: "CZlib", path: "Sources/Engines/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Core: what every layer uses.
        .target(name: "BuurtCore", path: "Sources/Core/BuurtCore"),
        // Days, times of day, recurrence rules and their Dutch wording, for every feature.
        // Not "Calendar": that name is Foundation's.
        .target(name: "BuurtCalendar", path: "Sources/Core/Calendar"),

        // Engines: YAML, Markdown and templates, knowing nothing of municipalities.
        .target(name: "YAML", dependencies: ["CYAML", "BuurtCore", "BuurtCalendar"], path: "Sources/Engines/YAML"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "BuurtCore"], path: "Sources/Engines/Markdown"),
        // Dutch text analysis for search (folding, words, stems, compounds, typos), mirrored by dutch-text.js.
        .target(name: "DutchText", dependencies: ["CStemmer"], path: "Sources/Engines/DutchText"),
        .target(
            name: "Theme", dependencies: ["BuurtCore", "YAML", .product(name: "Mustache", package: "swift-mustache")],
            path: "Sources/Engines/Theme"),

        // The content model: municipality, buurten, pages; loading and whole-site checks.
        .target(name: "Model", dependencies: ["BuurtCore", "BuurtCalendar", "YAML"], path: "Sources/Model"),
        // The site core: rendering of pages, site keys and links, the feature protocol, render jobs.
        .target(
            name: "Site", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Theme", "Model"],
            path: "Sources/Site"),

        // Features: one folder each, with model, checks, views, pages, exports and finish steps.
        .target(
            name: "Kaart", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Model", "Site"],
            path: "Sources/Features/Kaart"),
        .target(
            name: "Toolkit",
            dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Model", "Site"],
            path: "Sources/Features/Toolkit"),
        // The agenda builds on the kaart: its schedules marked `agenda: true`, organisers and places.
        .target(
            name: "Agenda",
            dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Model", "Site", "Kaart"],
            path: "Sources/Features/Agenda"),
        // The site's search: an index made of every rendered page, a search page, a form in every header.
        .target(
            name: "Search", dependencies: ["BuurtCore", "YAML", "DutchText", "Model", "Site", "Theme", "CZlib"],
            path: "Sources/Features/Search"),
        // What a municipality must publish besides its pages: security.txt, the accessibility statement's data.
        .target(
            name: "Compliance", dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Model", "Site"],
            path: "Sources/Features/Compliance"),
        // The one list of features: registering a feature is one line there.
        .target(
            name: "Features", dependencies: ["Site", "Kaart", "Agenda", "Toolkit", "Search", "Compliance"],
            path: "Sources/Features/Registry"),

        // load → validate → plan → render → collect → write, for any list of features.
        .target(
            name: "Pipeline",
            dependencies: ["BuurtCore", "BuurtCalendar", "YAML", "Markdown", "Theme", "Model", "Site"],
            path: "Sources/Pipeline"),
        // `buurtsite serve`: the preview server (FlyingFox), the file watcher, live reload and the problems overlay.
        .target(
            name: "Serve",
            dependencies: ["Pipeline", "BuurtCore", "Model", .product(name: "FlyingFox", package: "FlyingFox")],
            path: "Sources/Serve"),
        // mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc in the program: a build makes
        // millions of small allocations on all cores, and mimalloc runs them in about 10 % fewer instructions
        // (docs/ARCHITECTURE.md).
        .executableTarget(
            name: "buurtsite",
            dependencies: [
                "Pipeline", "Features", "BuurtCalendar", "BuurtCore", "YAML", "Serve",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("mimalloc")]),

        .testTarget(name: "BuurtCoreTests", dependencies: ["BuurtCore"]),
        // reference_rrule.py is the Python checker that ReferenceRecurrenceTests runs.
        .testTarget(name: "BuurtCalendarTests", dependencies: ["BuurtCalendar"], exclude: ["reference_rrule.py"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "BuurtCalendar"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme"]),
        // word_list_parity.js runs dutch-text.js in Node, reference_stems.py PyPI snowballstemmer;
        // stemming_figures.js measures the stemmer for docs/SEARCH.md.
        .testTarget(
            name: "DutchTextTests", dependencies: ["DutchText"],
            exclude: ["word_list_parity.js", "reference_stems.py", "stemming_figures.js"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "BuurtCore", "BuurtCalendar", "YAML"]),
        .testTarget(
            name: "SiteTests",
            dependencies: ["Site", "Model", "Theme", "Markdown", "BuurtCore", "BuurtCalendar", "YAML"]),
        .testTarget(
            name: "KaartTests", dependencies: ["Kaart", "Model", "Site", "BuurtCore", "BuurtCalendar", "YAML"]),
        // reference_ical.py expands the feeds with the PyPI icalendar and recurring-ical-events packages.
        .testTarget(
            name: "AgendaTests",
            dependencies: ["Agenda", "Kaart", "Model", "Site", "BuurtCore", "BuurtCalendar", "YAML"],
            exclude: ["reference_ical.py"]),
        .testTarget(
            name: "ToolkitTests", dependencies: ["Toolkit", "Model", "Site", "BuurtCore", "BuurtCalendar", "YAML"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "DutchText", "Site", "Model", "BuurtCore", "YAML"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Pipeline", "Features", "Model", "BuurtCore"]),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Features", "Site", "Model", "BuurtCore", "BuurtCalendar", "YAML", "buurtsite",
                "Compliance",
            ]),
    ]
)
