// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "VisitPlanner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "visitplanner", targets: ["VisitPlanner"]),
    ],
    dependencies: [
        .package(path: "Sources/PlannerCore"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CGtk", path: "Sources/CGtk", pkgConfig: "gtk4",
                       providers: [.apt(["libgtk-4-dev"])]),
        .executableTarget(
            name: "VisitPlanner",
            dependencies: [
                "CGtk",
                .product(name: "PlannerCore", package: "PlannerCore"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/VisitPlanner",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "PlannerCoreTests",
            dependencies: [.product(name: "PlannerCore", package: "PlannerCore")],
            path: "Tests/PlannerCoreTests"
        ),
        // The CLI tests run the built `visitplanner` as a subprocess (as scripts do); they link
        // PlannerCore only to seed a database with people and households.
        .testTarget(
            name: "CLITests",
            dependencies: [.product(name: "PlannerCore", package: "PlannerCore")],
            path: "Tests/CLITests"
        ),
    ]
)
