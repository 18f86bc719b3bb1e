// bench-booklets: 1,000 personal booklets of a generated visit, made the way the app makes them
// (the pdf-booklet PLUGIN loaded by PluginManager, run in-process by ExportWorker as a batch),
// against the same pages drawn with plain pango/cairo calls (RawBooklet.swift).
//
//   BenchBooklets [guests]          (default 1000; run from the release folder, plugins staged)
//
// Both sides get the same content (PlannerCore's GuestBooklet, computed inside each timed
// loop), the same fonts (DejaVu Sans, the same sizes) and the same paper; each writes one PDF
// per guest into its own folder. One booklet of each is made first, untimed, so that neither
// pays for loading the plugin, the fonts or fontconfig's cache.
import Foundation
import PlannerCore

let guests = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
let work = FileManager.default.temporaryDirectory.appendingPathComponent("bench-booklets-\(getpid())")
defer { try? FileManager.default.removeItem(at: work) }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-booklets: \(message)\n".utf8))
    exit(1)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Pages and bytes of the PDFs in `folder` (cairo writes one "/Type /Page" object per page).
func census(_ folder: URL) -> (files: Int, pages: Int, bytes: Int) {
    let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    var pages = 0, bytes = 0
    let marker = Array("/Type /Page".utf8)
    for file in files {
        guard let data = try? Data(contentsOf: file) else { continue }
        bytes += data.count
        let raw = [UInt8](data)
        var index = 0
        while index + marker.count < raw.count {
            if raw[index] == marker[0], Array(raw[index..<index + marker.count]) == marker, raw[index + marker.count] != UInt8(ascii: "s") {
                pages += 1
                index += marker.count
            } else {
                index += 1
            }
        }
    }
    return (files.count, pages, bytes)
}

do {
    // Each booklet speaks its guest's language, as in the app: the catalogues make the words.
    let locale = ProcessInfo.processInfo.environment["VISITPLANNER_LOCALEDIR"]
        ?? FileManager.default.currentDirectoryPath + "/.build/locale"
    MessageCatalogs.use(folder: URL(fileURLWithPath: locale))
    // BENCH_LANGUAGE=en prints every booklet in one language, as the raw pages are (to compare
    // the machinery alone); by default each guest's own.
    let chosen = ProcessInfo.processInfo.environment["BENCH_LANGUAGE"].map { [$0] } ?? []
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let store = try PlannerStore(path: work.appendingPathComponent("bench.sqlite3").path)
    let setup = try seconds {
        let id = try GeneratedVisit.install(participants: guests, in: store)
        try GeneratedVisit.installHosting(visitId: id, in: store)
    }
    guard let visit = try store.visits().first, let snapshot = try store.snapshot(ofVisit: visit.id) else { fail("no generated visit") }
    let guestList = snapshot.participants.filter { $0.isGuest(of: snapshot.details) }
    let plan = DocumentLanguages.plan(guestList.map { .person($0) }, in: snapshot)
    print("booklet languages: " + plan.map { "\($0.language) \($0.files)" }.joined(separator: ", "))

    // The plugin, found and loaded as the app does (user preferences kept out of it).
    let manager = PluginManager(preferences: PluginPreferences(file: work.appendingPathComponent("plugins.conf")))
    let exporter: any Exporter
    do { exporter = try manager.exporter(for: "pdf-booklet") } catch { fail("\(error) (stage the plugins: meson-helpers/stage-plugins.sh release)") }

    let warm = work.appendingPathComponent("warm-up")
    try FileManager.default.createDirectory(at: warm, withIntermediateDirectories: true)
    try ExportWorker.run(exporter, snapshot: snapshot, subject: .single(.person(guestList[0]), fileName: "plugin.pdf"), languages: chosen,
                         options: [:], into: warm)
    let rawRenderer = RawBooklet()
    rawRenderer.render(GuestBooklet(guestList[0], in: snapshot), snapshot: snapshot, to: warm.appendingPathComponent("raw.pdf"))

    let pluginFolder = work.appendingPathComponent("plugin")
    let rawFolder = work.appendingPathComponent("raw")
    try FileManager.default.createDirectory(at: pluginFolder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: rawFolder, withIntermediateDirectories: true)

    let loadBefore = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    var written: [String] = []
    let pluginTime = try seconds {
        written = try ExportWorker.run(exporter, snapshot: snapshot, subject: .batch(.eachPerson), languages: chosen, options: [:],
                                       into: pluginFolder)
    }
    let names = ExportBatch.fileNames(for: guestList.map { .person($0) }, fileExtension: "pdf")
    // The same content as the plugin's, made the same way (GuestBooklets shares the work), on as
    // many cores as ExportWorker uses, each thread with its own renderer (pango is per thread).
    let workers = min(guestList.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
    let rawTime = seconds {
        let booklets = GuestBooklets(snapshot)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let renderer = RawBooklet()
            for index in stride(from: worker, to: guestList.count, by: workers) {
                // In the booklet's own language, as the plugin writes it: the same words to lay out.
                let code = chosen.first ?? DocumentLanguages.defaults(for: .person(guestList[index]), in: snapshot).first ?? "en"
                let catalog = (try? MessageCatalogs.catalog(for: code)) ?? .english
                Localization.speaking(catalog) {
                    renderer.render(booklets.booklet(for: guestList[index], languages: [code]), snapshot: snapshot,
                                    to: rawFolder.appendingPathComponent(names[index]))
                }
            }
        }
    }
    // BENCH_KEEP=folder keeps the first guest's two booklets, to compare the pages by eye.
    if let keep = ProcessInfo.processInfo.environment["BENCH_KEEP"], let first = names.first {
        try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
        for (folder, label) in [(pluginFolder, "plugin"), (rawFolder, "raw")] {
            let target = URL(fileURLWithPath: keep).appendingPathComponent("\(label)-\(first)")
            try? FileManager.default.removeItem(at: target)
            try? FileManager.default.copyItem(at: folder.appendingPathComponent(first), to: target)
        }
    }
    let plugin = census(pluginFolder), raw = census(rawFolder)
    guard written.count == guestList.count, plugin.files == guestList.count, raw.files == guestList.count else {
        fail("expected \(guestList.count) booklets, got \(plugin.files) (plugin) and \(raw.files) (raw)")
    }
    func line(_ label: String, _ time: Double, _ count: (files: Int, pages: Int, bytes: Int)) -> String {
        String(format: "  %@ %6.2f s  %5.2f ms/booklet  %5d pages  %6.1f MB", label.padding(toLength: 34, withPad: " ", startingAt: 0),
               time, time * 1000 / Double(count.files), count.pages, Double(count.bytes) / 1_048_576)
    }
    print("personal booklets: \(guestList.count) guests of a generated visit (\(snapshot.offers.count) households, "
          + "\(snapshot.programme.count) programme items), setup \(String(format: "%.1f", setup)) s")
    print("  \(workers) threads on \(ProcessInfo.processInfo.activeProcessorCount) cores, load average before: \(loadBefore)")
    print(line("pdf-booklet plugin (ExportWorker)", pluginTime, plugin))
    print(line("raw pango/cairo, same pages", rawTime, raw))
    print(String(format: "  plugin / raw: %.2f×; target: 1,000 booklets ≤ 5 s: %@", pluginTime / rawTime,
                 pluginTime * 1000 / Double(guestList.count) <= 5 ? "met" : "NOT MET"))
} catch {
    fail("\(error)")
}
