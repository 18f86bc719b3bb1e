import Foundation
@testable import PlannerCore
import XCTest

/// The key-file reader and the plugin metadata read from it (no code is loaded).
final class PluginMetadataTests: XCTestCase {
    func testKeyFileGroupsLocalesListsEscapesAndComments() throws {
        let file = try KeyFile(text: """
            # a comment
            [Plugin]\r
            Module=Hello
            Name=Hello world
            Name[cs]=Ahoj světe
            Name[pt_BR]=Olá
            Description=Line one\\nline two\\sand\\ttab \\\\ done
            X-Formats=a;b\\;c;;d;
            Empty=

            [Other]
            Module=Elsewhere
            """)
        XCTAssertEqual(file.string("Module", in: "Plugin"), "Hello")
        XCTAssertEqual(file.string("Module", in: "Other"), "Elsewhere")
        XCTAssertEqual(file.localizedStrings("Name", in: "Plugin"), ["cs": "Ahoj světe", "pt_BR": "Olá"])
        XCTAssertEqual(file.string("Description", in: "Plugin"), "Line one\nline two and\ttab \\ done")
        XCTAssertEqual(file.list("X-Formats", in: "Plugin"), ["a", "b;c", "d"])
        XCTAssertEqual(file.string("Empty", in: "Plugin"), "")
        XCTAssertNil(file.string("Missing", in: "Plugin"))
        XCTAssertFalse(file.hasGroup("Nope"))
    }

    func testKeyFileErrorsNameTheLine() {
        func reason(_ text: String) -> KeyFile.ParseError? {
            do { _ = try KeyFile(text: text); return nil } catch { return error }
        }
        XCTAssertEqual(reason("Module=X\n[Plugin]"), .init(line: 1, reason: "a key before the first group"))
        XCTAssertEqual(reason("[Plugin]\nno equals sign"), .init(line: 2, reason: "a line that is neither a group, a key=value nor a comment"))
        XCTAssertEqual(reason("[Plugin\n"), .init(line: 1, reason: "unclosed group header"))
        XCTAssertEqual(reason("[Plugin]\nA=1\nA=2"), .init(line: 3, reason: "key A appears twice in [Plugin]"))
        XCTAssertEqual(reason("[Plugin]\n[Plugin]"), .init(line: 2, reason: "group [Plugin] appears twice"))
    }

    private func metadata(_ text: String, name: String = "demo.plugin") throws -> PluginMetadata {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("metadata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try PluginMetadata(file: file)
    }

    func testMetadataFields() throws {
        let plugin = try metadata("""
            [Plugin]
            Module=DemoPlugin
            Name=Demo
            Name[cs]=Ukázka
            Description=Shows things
            Version=2.1
            Authors=Ann;Bob;
            Website=https://example.org
            X-Api-Version=1
            X-Formats=demo-a;demo-b
            """)
        XCTAssertEqual(plugin.id, "demo")
        XCTAssertEqual(plugin.module, "DemoPlugin")
        XCTAssertEqual(plugin.library.lastPathComponent, "libDemoPlugin.so")
        XCTAssertEqual(plugin.library.deletingLastPathComponent(), plugin.file.deletingLastPathComponent())
        XCTAssertEqual(plugin.names.text(for: "cs_CZ.UTF-8"), "Ukázka")
        XCTAssertEqual(plugin.names.text(for: "de_DE.UTF-8"), "Demo")
        XCTAssertEqual(plugin.descriptions.base, "Shows things")
        XCTAssertEqual(plugin.version, "2.1")
        XCTAssertEqual(plugin.authors, ["Ann", "Bob"])
        XCTAssertEqual(plugin.apiVersion, 1)
        XCTAssertEqual(plugin.formats, ["demo-a", "demo-b"])
    }

    func testInvalidMetadataReasons() {
        func reason(_ text: String) -> String? {
            do { _ = try metadata(text); return nil } catch let error as ExportError { return error.message } catch { return "\(error)" }
        }
        XCTAssertEqual(reason("[Plugin]\nName=X\nX-Api-Version=1\nX-Formats=a"), "the metadata lacks the key Module")
        XCTAssertEqual(reason("[Plugin]\nModule=../../evil\nName=X\nX-Api-Version=1\nX-Formats=a"),
                       "Module must be a library name, not a path: ../../evil")
        XCTAssertEqual(reason("[Plugin]\nModule=M\nName=X\nX-Api-Version=one\nX-Formats=a"), "X-Api-Version is not a number: one")
        XCTAssertEqual(reason("[Plugin]\nModule=M\nName=X\nX-Api-Version=1\nX-Formats=;"), "the metadata lists no X-Formats")
        XCTAssertEqual(reason("[Plugin]\nModule=M\nName=  \nX-Api-Version=1\nX-Formats=a"), "the metadata lacks the key Name")
    }

    func testNonUTF8MetadataIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("metadata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("latin1.plugin")
        try Data([0x5B, 0x50, 0x5D, 0x0A, 0x4E, 0x3D, 0xE9, 0xFF]).write(to: file)
        XCTAssertThrowsError(try PluginMetadata(file: file)) { error in
            XCTAssertEqual((error as? ExportError)?.message, "the metadata file is not UTF-8 text")
        }
    }

    func testSearchPathOrder() {
        let path = PluginSearchPath.standard(executable: URL(fileURLWithPath: "/opt/vp/lib/visitplanner/visitplanner"),
                                             environment: ["XDG_DATA_HOME": "/home/u/data", "VISITPLANNER_PLUGIN_PATH": "/a:/b::/a"])
        XCTAssertEqual(path.map(\.path), ["/opt/vp/lib/visitplanner/plugins", "/home/u/data/visitplanner/plugins", "/a", "/b"])
        let installedWithBin = PluginSearchPath.standard(executable: URL(fileURLWithPath: "/usr/bin/visitplanner"),
                                                         environment: ["HOME": "/home/u"])
        XCTAssertEqual(installedWithBin.map(\.path), ["/usr/bin/plugins", "/usr/lib/visitplanner/plugins", "/home/u/.local/share/visitplanner/plugins"])
    }
}
