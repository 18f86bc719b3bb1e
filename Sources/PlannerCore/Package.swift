// swift-tools-version:6.0
// PlannerCore lives in its own package so that SwiftPM builds it as ONE shared library that the
// app and every plugin load. As a target of the root package it would be linked statically into
// each of them, and casts across plugin boundaries would fail (see ARCHITECTURE.md, "Rules that keep it sound").
import PackageDescription

let package = Package(
    name: "PlannerCore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PlannerCore", type: .dynamic, targets: ["PlannerCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // SQLite's session extension, for exact undo (Storage/RecordedChanges.swift).
        .systemLibrary(name: "CSQLiteSession", path: "CSQLiteSession"),
        .target(
            name: "PlannerCore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), "CSQLiteSession"],
            path: ".",
            exclude: ["Package.swift", "README.md", "CSQLiteSession"],
            // Grant data compiled into the library as byte arrays (PackageResources.<file name>):
            // no resource bundle to find at run time, next to the app or a plugin.
            resources: [
                .embedInCode("Budget/Grants/Data/erasmus-plus-travel-support.json"),
                .embedInCode("Budget/Grants/Data/eu-town-twinning-rules.json"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
