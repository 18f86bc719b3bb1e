import Foundation
import Synchronization

/// The child's half of an export: runs the exporter in this process and writes its file(s)
/// into the staging folder the supervisor gave (see `ExportSupervisor`).
public enum ExportWorker {
    /// What to export.
    public enum Subject: Sendable {
        case single(ExportTarget, fileName: String)
        /// `eachPerson` or `eachHousehold`.
        case batch(ExportScope)
    }

    /// Checks the scope, the languages and the options against the format, then writes into
    /// `folder`. Options not given take their defaults. `languages` (best first) apply to every
    /// file; when empty, each file speaks its reader's (`DocumentLanguages.defaults`). A
    /// language the app does not have is refused before anything is written. `progress(done,
    /// total)` follows each file.
    ///
    /// Option defaults may depend on a language (a CSV file's separator): the format is read
    /// speaking the first chosen language, so its defaults are that language's; with none
    /// chosen, they are the window's.
    /// - Returns: the names written.
    @discardableResult
    public static func run(_ exporter: any Exporter, snapshot: VisitSnapshot, subject: Subject, languages: [String],
                           options: [String: String], into folder: URL, generatedAt: Date = Date(),
                           progress: (Int, Int) -> Void = { _, _ in }) throws(ExportError) -> [String] {
        let chosen = try loadCatalogs(languages)
        let format = chosen.map { catalogs in Localization.speaking(catalogs[0]) { exporter.format } } ?? exporter.format
        let filled = try checkedOptions(options, for: format)
        let work: [(ExportTarget, String)]
        switch subject {
        case .single(let target, let name):
            guard format.scopes.contains(target.scope) else { throw unsupported(target.scope, format) }
            work = [(target, name)]
        case .batch(let scope):
            guard format.scopes.contains(scope) else { throw unsupported(scope, format) }
            let targets = exporter.batchTargets(for: scope, in: snapshot)
            guard !targets.isEmpty else {
                throw ExportError(scope == .eachHousehold
                    ? Localization.tr("No household of this visit hosts a guest yet: there is nothing to export.")
                    : Localization.tr("This visit has no participant to export."))
            }
            work = Array(zip(targets, ExportBatch.fileNames(for: targets, fileExtension: format.fileExtension)))
        }
        @Sendable func exportOne(_ target: ExportTarget, _ name: String) throws(ExportError) {
            let catalogs: [MessageCatalog]
            if let chosen {
                catalogs = chosen
            } else {
                catalogs = try loadCatalogs(DocumentLanguages.defaults(for: target, in: snapshot)) ?? [.english]
            }
            let job = ExportJob(snapshot: snapshot, target: target, catalogs: catalogs, languagesChosen: chosen != nil,
                                options: filled, generatedAt: generatedAt)
            do {
                try Localization.speaking(job.language) {
                    try exporter.export(job, to: ExportOutput(url: folder.appendingPathComponent(name)))
                }
            } catch let error as ExportError {
                throw error
            } catch {
                throw ExportError(Localization.tr("The export “{format}” failed: {reason}")
                    .filled(["format": format.id, "reason": "\(error)"]))
            }
        }
        // A batch uses every core: exporters are Sendable, and each file is written on its own
        // (a thousand booklets take half the time on two cores). Files are taken in order,
        // progress counts up one by one, and the first failure stops the others.
        let workers = min(work.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard workers > 1 else {
            for (index, (target, name)) in work.enumerated() {
                try exportOne(target, name)
                progress(index + 1, work.count)
            }
            return work.map(\.1)
        }
        let state = BatchState(workers: workers)
        for _ in 0..<workers {
            DispatchQueue.global().async {
                defer {
                    state.lock.withLock { $0.running -= 1 }
                    state.tick.signal()
                }
                while let index = state.lock.withLock({ state -> Int? in
                    guard state.failure == nil, state.next < work.count else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }) {
                    do throws(ExportError) {
                        try exportOne(work[index].0, work[index].1)
                    } catch {
                        state.lock.withLock { if $0.failure == nil { $0.failure = error } }
                        return
                    }
                    state.lock.withLock { $0.done += 1 }
                    state.tick.signal()
                }
            }
        }
        // Progress is reported on the caller's thread, as files complete.
        var reported = 0
        while true {
            state.tick.wait()
            let (done, running) = state.lock.withLock { ($0.done, $0.running) }
            while reported < done {
                reported += 1
                progress(reported, work.count)
            }
            if running == 0 { break }
        }
        if let failure = state.lock.withLock({ $0.failure }) { throw failure }
        return work.map(\.1)
    }

    /// The catalogues of `codes`, nil for none.
    private static func loadCatalogs(_ codes: [String]) throws(ExportError) -> [MessageCatalog]? {
        guard !codes.isEmpty else { return nil }
        do {
            return try DocumentLanguages.checked(codes).map { code throws(DocumentLanguageError) in try MessageCatalogs.catalog(for: code) }
        } catch {
            throw ExportError(error.description)
        }
    }

    /// The shared state of a batch's workers.
    private final class BatchState: Sendable {
        struct Counts {
            var next = 0
            var done = 0
            var running: Int
            var failure: ExportError?
        }
        let lock: Mutex<Counts>
        /// Signalled after every file and when a worker stops.
        let tick = DispatchSemaphore(value: 0)
        init(workers: Int) { lock = Mutex(Counts(running: workers)) }
    }

    /// `options` with defaults filled in; an unknown key or a value the option does not take is
    /// refused.
    public static func checkedOptions(_ options: [String: String], for format: ExportFormat) throws(ExportError) -> [String: String] {
        var filled: [String: String] = [:]
        for option in format.options { filled[option.key] = option.defaultValue }
        for (key, value) in options {
            guard let option = format.options.first(where: { $0.key == key }) else {
                let known = format.options.map(\.key)
                throw ExportError(Localization.tr("The format “{format}” has no option “{option}” (options: {options}).")
                    .filled(["format": format.id, "option": key, "options": known.isEmpty ? "–" : known.joined(separator: ", ")]))
            }
            guard option.accepts(value) else {
                var accepted = ["true", "false"]
                if case .choice(let choices) = option.kind { accepted = choices.map(\.value) }
                throw ExportError(Localization.tr("The option “{option}” takes {values}, not “{value}”.")
                    .filled(["option": key, "values": accepted.joined(separator: ", "), "value": value]))
            }
            filled[key] = value
        }
        return filled
    }

    static func unsupported(_ scope: ExportScope, _ format: ExportFormat) -> ExportError {
        let scopes = ExportScope.allCases.filter(format.scopes.contains).map(\.rawValue).joined(separator: ", ")
        return ExportError(Localization.tr("The format “{format}” cannot export {scope}; it exports: {scopes}.")
            .filled(["format": format.id, "scope": scope.rawValue, "scopes": scopes]))
    }
}
