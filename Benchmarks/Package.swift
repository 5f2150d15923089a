// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that nothing they need reaches Isnad's users.
let package = Package(
    name: "IsnadBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Isnad", path: "../"),
    ],
    targets: [
        .executableTarget(
            name: "IsnadBenchmarks",
            dependencies: [
                .product(name: "ArabicText", package: "Isnad"),
                .product(name: "Ingest", package: "Isnad"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "IsnadScale",
            dependencies: [
                .product(name: "Ingest", package: "Isnad"),
                .product(name: "Extraction", package: "Isnad"),
                .product(name: "IsnadCLI", package: "Isnad"),
                .product(name: "Stories", package: "Isnad"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
