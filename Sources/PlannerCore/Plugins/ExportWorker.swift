import Foundation

/// The child's half of an export: runs the exporter in this process and writes its file(s)
/// into the staging folder the supervisor gave (see `ExportSupervisor`).
public enum ExportWorker {
    /// What to export.
    public enum Subject: Sendable {
        case single(ExportTarget, fileName: String)
        /// `eachPerson` or `eachHousehold`.
        case batch(ExportScope)
    }

    /// Checks the scope and options against the format, then writes into `folder`. Options not
    /// given take their defaults. `progress(done, total)` follows each file.
    /// - Returns: the names written.
    @discardableResult
    public static func run(_ exporter: any Exporter, snapshot: VisitSnapshot, subject: Subject, languages: [String],
                           options: [String: String], into folder: URL, generatedAt: Date = Date(),
                           progress: (Int, Int) -> Void = { _, _ in }) throws(ExportError) -> [String] {
        let format = exporter.format
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
        for (index, (target, name)) in work.enumerated() {
            let job = ExportJob(snapshot: snapshot, target: target, languages: languages, options: filled, generatedAt: generatedAt)
            do {
                try exporter.export(job, to: ExportOutput(url: folder.appendingPathComponent(name)))
            } catch let error as ExportError {
                throw error
            } catch {
                throw ExportError(Localization.tr("The export “{format}” failed: {reason}")
                    .filled(["format": format.id, "reason": "\(error)"]))
            }
            progress(index + 1, work.count)
        }
        return work.map(\.1)
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
