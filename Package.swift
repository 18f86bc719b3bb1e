// swift-tools-version:6.0
import PackageDescription

/// The export plugins: each a dynamic library `lib<Module>.so` built from
/// `Sources/Plugins/<Folder>/` beside its `<id>.plugin` metadata. They link the shared
/// libPlannerCore.so (never a static copy: see ARCHITECTURE.md) and, for PDFs, the PDFSupport layout
/// engine (a static target over the cairo/pango shim, CPangoCairo).
/// `meson-helpers/stage-plugins.sh` puts them in `plugins/` beside the executable.
struct PluginTarget {
    let module: String
    let folder: String
    let metadata: String
    var dependencies: [Target.Dependency] = []
}

let plugins: [PluginTarget] = [
    PluginTarget(module: "CSVParticipantsPlugin", folder: "CSVParticipants", metadata: "csv-participants.plugin"),
    PluginTarget(module: "CSVPlacementsPlugin", folder: "CSVPlacements", metadata: "csv-placements.plugin"),
    PluginTarget(module: "ICalPlugin", folder: "ICal", metadata: "ical.plugin"),
    PluginTarget(module: "PDFProgrammePlugin", folder: "PDFProgramme", metadata: "pdf-programme.plugin", dependencies: ["PDFSupport"]),
    PluginTarget(module: "PDFAttendancePlugin", folder: "PDFAttendance", metadata: "pdf-attendance.plugin", dependencies: ["PDFSupport"]),
    PluginTarget(module: "PDFBookletPlugin", folder: "PDFBooklet", metadata: "pdf-booklet.plugin", dependencies: ["PDFSupport"]),
    PluginTarget(module: "PDFHostLetterPlugin", folder: "PDFHostLetter", metadata: "pdf-host-letter.plugin", dependencies: ["PDFSupport"]),
    PluginTarget(module: "PDFBudgetPlugin", folder: "PDFBudget", metadata: "pdf-budget.plugin", dependencies: ["PDFSupport"]),
    PluginTarget(module: "PDFDietsPlugin", folder: "PDFDiets", metadata: "pdf-diets.plugin", dependencies: ["PDFSupport"]),
]

let core: Target.Dependency = .product(name: "PlannerCore", package: "PlannerCore")

let package = Package(
    name: "VisitPlanner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "visitplanner", targets: ["VisitPlanner"]),
    ] + plugins.map { .library(name: $0.module, type: .dynamic, targets: [$0.module]) },
    dependencies: [
        .package(path: "Sources/PlannerCore"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CGtk", path: "Sources/CGtk", pkgConfig: "gtk4",
                       providers: [.apt(["libgtk-4-dev"])]),
        // The PDF plugins draw with cairo and lay text out with pango; the app itself never does.
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        // The PDF layout engine, linked statically into each PDF plugin (not a product).
        .target(name: "PDFSupport", dependencies: ["CPangoCairo", core], path: "Sources/Plugins/PDFSupport",
                swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "VisitPlanner",
            dependencies: [
                "CGtk",
                core,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/VisitPlanner",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // make bench: 1,000 personal booklets through the pdf-booklet plugin (loaded like the app
        // loads it) against the same pages drawn with plain pango/cairo (meson-helpers/bench-booklets.sh).
        .executableTarget(name: "BenchBooklets", dependencies: [core, "CPangoCairo"], path: "Sources/BenchBooklets",
                          swiftSettings: [.swiftLanguageMode(.v6)]),
        .testTarget(
            name: "PlannerCoreTests",
            dependencies: [core],
            path: "Tests/PlannerCoreTests"
        ),
        // The CLI tests run the built `visitplanner` as a subprocess (as scripts do); they link
        // PlannerCore only to seed a database with people and households, and PDFSupport to
        // check the PDF layout engine with the same poppler read-back as the PDF exports.
        .testTarget(
            name: "CLITests",
            dependencies: [core, "PDFSupport"],
            path: "Tests/CLITests"
        ),
    ] + plugins.map { plugin in
        .target(name: plugin.module, dependencies: [core] + plugin.dependencies, path: "Sources/Plugins/\(plugin.folder)",
                exclude: [plugin.metadata], swiftSettings: [.swiftLanguageMode(.v6)])
    }
)
