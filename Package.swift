// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Isnad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "isnad", targets: ["isnad"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Stories", targets: ["Stories"]),
        .library(name: "IsnadCLI", targets: ["IsnadCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The Arabic text core: normalization, tokens, sentences, stems, numerals, calendars.
        .target(name: "ArabicText"),
        // libxml2, the HTML and XML parser of the system (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Bytes to clean articles: encodings, formats, page furniture, metadata.
        .target(name: "Ingest", dependencies: ["ArabicText", "CLibXML2"]),
        // Entities, time, quantities, quotations (issue: extraction).
        .target(name: "Extraction", dependencies: ["ArabicText"]),
        // Reuse, clustering, claims, conflicts, timeline, brief (issue: stories).
        .target(name: "Stories", dependencies: ["ArabicText", "Extraction"]),
        // JSON, Markdown and HTML reports (issue: reports).
        .target(name: "Reports", dependencies: ["Ingest", "Extraction", "Stories"]),
        // The command-line interface as a library, so tests run it in-process.
        .target(
            name: "IsnadCLI",
            dependencies: [
                "ArabicText",
                "Ingest",
                "Extraction",
                "Stories",
                "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The `isnad` executable only wires the CLI library.
        .executableTarget(name: "isnad", dependencies: ["IsnadCLI"]),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "ArabicText"], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ArabicText"], exclude: ["Fixtures"]),
        .testTarget(name: "StoriesTests", dependencies: ["Stories", "Extraction", "ArabicText"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Ingest", "Stories", "IsnadCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "IsnadCLITests", dependencies: ["IsnadCLI", "ArabicText", "Stories", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ]
)

// Shared compiler settings for every target.
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ])
    target.swiftSettings = settings
}
