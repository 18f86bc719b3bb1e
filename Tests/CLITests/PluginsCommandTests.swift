import Foundation
import XCTest

/// `visitplanner plugins list|enable|disable`: discovery, and every refusal with its reason
/// while the other plugins keep working.
final class PluginsCommandTests: XCTestCase {
    private var cli: CLIRunner!
    /// A folder on VISITPLANNER_PLUGIN_PATH for the test's own plugins.
    private var extra: URL!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        extra = cli.folder.appendingPathComponent("more-plugins")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
    }

    override func tearDown() { cli.cleanUp() }

    private func list() throws -> [String: [String: Any]] {
        let result = try cli.run(["plugins", "list", "--json"], environment: ["VISITPLANNER_PLUGIN_PATH": extra.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let plugins = try XCTUnwrap(try result.json()["plugins"] as? [[String: Any]])
        var byFile: [String: [String: Any]] = [:]
        for plugin in plugins {
            let file = try XCTUnwrap(plugin["file"] as? String)
            byFile[file.hasPrefix(extra.path) ? "extra/" + (plugin["id"] as? String ?? "") : plugin["id"] as? String ?? ""] = plugin
        }
        return byFile
    }

    /// Writes a plugin folder `id` in the extra folder with `metadata` and, optionally, a library.
    private func plugin(_ id: String, metadata: String, library: (name: String, contents: Data)? = nil) throws {
        let folder = extra.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try metadata.write(to: folder.appendingPathComponent("\(id).plugin"), atomically: true, encoding: .utf8)
        if let library { try library.contents.write(to: folder.appendingPathComponent(library.name)) }
    }

    private func metadata(module: String = "Nothing", api: String = "2", formats: String = "nothing;") -> String {
        "[Plugin]\nModule=\(module)\nName=Test\nVersion=1\nX-Api-Version=\(api)\nX-Formats=\(formats)\n"
    }

    func testBuiltInPluginsAreListedAndLoaded() throws {
        let result = try cli.run(["plugins", "list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("ID "), result.stdout)
        XCTAssertTrue(result.stdout.contains("csv-participants  Participants (CSV)"), result.stdout)
        let plugins = try list()
        for id in ["csv-participants", "csv-placements"] {
            let plugin = try XCTUnwrap(plugins[id], "\(id) not found: \(plugins.keys)")
            XCTAssertEqual(plugin["status"] as? String, "loaded")
            let formats = try XCTUnwrap(plugin["formats"] as? [[String: Any]])
            XCTAssertEqual(formats.first?["id"] as? String, id)
            XCTAssertEqual(formats.first?["fileExtension"] as? String, "csv")
            XCTAssertEqual(formats.first?["scopes"] as? [String], ["visit"])
            let options = try XCTUnwrap(formats.first?["options"] as? [[String: Any]])
            // The participants' health and contact columns are an option (need-to-know).
            XCTAssertEqual(options.map { $0["key"] as? String }, id == "csv-participants" ? ["separator", "bom", "health"] : ["separator", "bom"])
        }
    }

    func testTranslatedNameFromMetadata() throws {
        let result = try cli.run(["plugins", "list", "--json"], environment: ["LANGUAGE": "cs", "LC_ALL": "cs_CZ.UTF-8"])
        XCTAssertTrue(result.stdout.contains("\"name\" : \"Účastníci (CSV)\""), result.stdout)
    }

    func testEveryRefusalHasItsReasonAndTheOthersStillWork() throws {
        try plugin("garbage", metadata: "this is not a key file\n")
        try plugin("nogroup", metadata: "[Other]\nModule=X\n")
        try plugin("nomodule", metadata: "[Plugin]\nName=X\nX-Api-Version=2\nX-Formats=x;\n")
        try plugin("nolibrary", metadata: metadata(module: "Missing"))
        try plugin("notelf", metadata: metadata(module: "NotElf"), library: ("libNotElf.so", Data("not a library".utf8)))
        let zlib = try Data(contentsOf: URL(fileURLWithPath: "/lib/x86_64-linux-gnu/libz.so.1"))
        try plugin("noentry", metadata: metadata(module: "NoEntry"), library: ("libNoEntry.so", zlib))
        try plugin("oldapi", metadata: metadata(api: "0"))
        try plugin("writable", metadata: metadata())
        let writable = extra.appendingPathComponent("writable/writable.plugin")
        XCTAssertEqual(chmod(writable.path, 0o666), 0)
        try plugin("csv-participants", metadata: metadata())   // the built-in id again
        let fixtures = extra.appendingPathComponent("wrong-formats")
        try PluginFixture.build("HelloPlugin", into: fixtures,
                                metadata: "[Plugin]\nModule=HelloPlugin\nName=Hello\nX-Api-Version=2\nX-Formats=hello-text;other;\n")
        try FileManager.default.moveItem(at: fixtures.appendingPathComponent("hello"), to: extra.appendingPathComponent("hello"))

        let plugins = try list()
        func reason(_ key: String) throws -> String {
            let plugin = try XCTUnwrap(plugins[key], "\(key) missing from \(plugins.keys.sorted())")
            XCTAssertEqual(plugin["status"] as? String, "refused", key)
            return try XCTUnwrap(plugin["reason"] as? String, key)
        }
        XCTAssertEqual(try reason("extra/garbage"),
                       "invalid metadata at line 1: a line that is neither a group, a key=value nor a comment")
        XCTAssertEqual(try reason("extra/nogroup"), "the metadata has no [Plugin] group")
        XCTAssertEqual(try reason("extra/nomodule"), "the metadata lacks the key Module")
        XCTAssertEqual(try reason("extra/nolibrary"), "its library libMissing.so is missing")
        let notElf = try reason("extra/notelf")
        XCTAssertTrue(notElf.hasPrefix("its library cannot be loaded: "), notElf)
        XCTAssertEqual(try reason("extra/noentry"), "its library has no entry point visitplanner_plugin_entry")
        XCTAssertEqual(try reason("extra/oldapi"), "it was built for plugin API 0, this VisitPlanner has 2")
        XCTAssertEqual(try reason("extra/writable"), "\(writable.path) is writable by other users")
        let duplicate = try reason("extra/csv-participants")
        XCTAssertTrue(duplicate.hasPrefix("another plugin with the id csv-participants was found first ("), duplicate)
        XCTAssertEqual(try reason("extra/hello"), "it lists the format other in X-Formats but does not provide it")
        XCTAssertEqual(plugins["csv-participants"]?["status"] as? String, "loaded", "the first of a duplicate id is kept")

        // The text output names the reason too, and exporting with a good plugin still works.
        let text = try cli.run(["plugins", "list"], environment: ["VISITPLANNER_PLUGIN_PATH": extra.path])
        XCTAssertTrue(text.stdout.contains("refused  its library has no entry point visitplanner_plugin_entry"), text.stdout)
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let csv = cli.folder.appendingPathComponent("people.csv")
        let export = try cli.run(["export", "--visit", "1", "--format", "csv-participants", "--output", csv.path,
                                  "--database", cli.databasePath], environment: ["VISITPLANNER_PLUGIN_PATH": extra.path])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: csv.path))
    }

    func testAWorldWritableFolderIsRefused() throws {
        try PluginFixture.build("HelloPlugin", into: extra)
        XCTAssertEqual(try list()["extra/hello"]?["status"] as? String, "loaded")
        XCTAssertEqual(chmod(extra.appendingPathComponent("hello").path, 0o777), 0)
        XCTAssertEqual(try list()["extra/hello"]?["reason"] as? String, "\(extra.appendingPathComponent("hello").path) is writable by other users")
    }

    func testDisablingIsRememberedAndRemovesTheFormat() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let disable = try cli.run(["plugins", "disable", "csv-placements"])
        XCTAssertEqual(disable.status, 0, disable.stderr)
        XCTAssertEqual(disable.stdout, "Plugin csv-placements disabled.\n")
        XCTAssertEqual(try list()["csv-placements"]?["status"] as? String, "disabled")
        let config = try String(contentsOf: cli.folder.appendingPathComponent("xdg-config/visitplanner/plugins.conf"), encoding: .utf8)
        XCTAssertTrue(config.contains("Disabled=csv-placements;"), config)

        let output = cli.folder.appendingPathComponent("placements.csv")
        let refused = try cli.run(["export", "--visit", "1", "--format", "csv-placements", "--output", output.path,
                                   "--database", cli.databasePath])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "visitplanner: The plugin “csv-placements” that provides “csv-placements” is disabled.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        XCTAssertEqual(try cli.run(["plugins", "enable", "csv-placements"]).status, 0)
        XCTAssertEqual(try list()["csv-placements"]?["status"] as? String, "loaded")
        XCTAssertEqual(try cli.run(["export", "--visit", "1", "--format", "csv-placements", "--output", output.path,
                                    "--database", cli.databasePath]).status, 0)

        let unknown = try cli.run(["plugins", "disable", "nope"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "visitplanner: No plugin has the id “nope”.\n")
    }

    func testListWorksWithoutADisplay() throws {
        let result = try cli.run(["plugins"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("csv-placements"))
    }
}
