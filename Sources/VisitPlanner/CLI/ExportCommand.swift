import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner export --visit V --format ID --output PATH [--person P | --household H |
/// --interpreter P | --each-person | --each-household] [--language xx[,yy]] [--option key=value]
/// [--shared-permissions]`
///
/// The plugin runs in a child `visitplanner export … --worker-folder DIR` process that writes
/// into a private staging folder; this process waits (with a timeout), then renames the files
/// into place. A plugin that throws, crashes or hangs therefore leaves no file behind, and the
/// window, which runs exports the same way, survives it. The files are private (0600) unless
/// `--shared-permissions` lets other users of the computer read them (0644).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Export a visit, a person or a household with a plugin's format (PDF, iCal, CSV…)."),
        discussion: tr("The formats come from the plugins: see `visitplanner plugins list`. Output is written atomically. The files can be read by you only (mode 0600, new folders 0700), like the database, unless you give --shared-permissions."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Option(help: ArgumentHelp(tr("The format's id, e.g. ical, pdf-booklet, csv-participants."), valueName: "id"))
    var format: String

    @Option(help: ArgumentHelp(tr("The file to write; with --each-person or --each-household, the folder."), valueName: "path"))
    var output: String

    @Option(help: ArgumentHelp(tr("One participant: their id or exact full name."), valueName: "person"))
    var person: String?

    @Option(help: ArgumentHelp(tr("One host family: its id or exact name."), valueName: "household"))
    var household: String?

    @Option(help: ArgumentHelp(tr("One interpreter's work: their id or exact full name."), valueName: "person"))
    var interpreter: String?

    @Flag(help: ArgumentHelp(tr("One file per participant, into the folder --output.")))
    var eachPerson = false

    @Flag(help: ArgumentHelp(tr("One file per host family of the visit, into the folder --output.")))
    var eachHousehold = false

    @Option(help: ArgumentHelp(tr("Languages for titles and texts, best first (ISO 639-1 codes: fr,de)."), valueName: "xx[,yy]"))
    var language: String?

    @Option(name: .customLong("option"), help: ArgumentHelp(tr("A format's option, e.g. paper=letter or bom=true (repeatable)."),
                                                            valueName: "key=value"))
    var options: [String] = []

    @Flag(help: ArgumentHelp(tr("Let other users of this computer read the files (mode 0644, new folders 0755).")))
    var sharedPermissions = false

    @Option(help: ArgumentHelp(tr("Stop an export that takes longer than this many seconds."), valueName: "seconds"))
    var timeout: Int = 300

    /// Set by the parent process: run the plugin here and write into this folder.
    @Option(name: .customLong("worker-folder"), help: .hidden)
    var workerFolder: String?

    func validate() throws {
        let scopes = [person != nil, household != nil, interpreter != nil, eachPerson, eachHousehold].filter { $0 }.count
        if scopes > 1 {
            throw ValidationError(tr("Give at most one of --person, --household, --interpreter, --each-person, --each-household."))
        }
        _ = try LanguageCodes.parse(language)
        _ = try optionValues()
        if timeout < 1 { throw ValidationError(tr("--timeout must be at least 1 second.")) }
        if output.isEmpty { throw ValidationError(tr("--output needs a path.")) }
    }

    private var isBatch: Bool { eachPerson || eachHousehold }

    /// `--option key=value` pairs by key.
    func optionValues() throws -> [String: String] {
        var values: [String: String] = [:]
        for option in options {
            guard let equals = option.firstIndex(of: "="), equals != option.startIndex else {
                throw ValidationError(tr("--option takes key=value, e.g. paper=letter."))
            }
            values[String(option[..<equals])] = String(option[option.index(after: equals)...])
        }
        return values
    }

    func run() throws {
        if let workerFolder { return try runPlugin(into: URL(fileURLWithPath: workerFolder)) }
        let destination = URL(fileURLWithPath: output).standardizedFileURL
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder)
        if isBatch, exists, !isFolder.boolValue {
            throw CLIFailure(message: tr("{path} is a file; --each-person and --each-household write into a folder.", ["path": destination.path]))
        }
        if !isBatch, exists, isFolder.boolValue {
            throw CLIFailure(message: tr("{path} is a folder; give the file to write.", ["path": destination.path]))
        }
        let supervisor = ExportSupervisor(executable: PluginSearchPath.currentExecutable,
                                          arguments: Array(CommandLine.arguments.dropFirst()),
                                          destination: destination, isBatch: isBatch, timeout: TimeInterval(timeout),
                                          permissions: sharedPermissions ? .shared : .private)
        switch supervisor.run() {
        case .finished(let files):
            if global.json { return try JSONOutput.print(ExportResultJSON(format: format, files: files.map(\.path))) }
            Console.out(files.count == 1 && !isBatch
                ? tr("Wrote {path}.", ["path": files[0].path])
                : tr("Wrote {count} files into {path}.", ["count": String(files.count), "path": destination.path]))
        case .failed(let message, let usage):
            if usage {
                Console.err(message)
                throw ExitCode(CLIExitStatus.usage)
            }
            throw CLIFailure(message: message)
        case .cancelled:
            throw CLIFailure(message: tr("The export was cancelled; nothing was written."))
        }
    }

    /// The child's work: load the visit and the plugin, export into `folder`, report progress.
    private func runPlugin(into folder: URL) throws {
        // This process is the worker: whatever the plugin creates is private from its first
        // moment; the parent gives each file its final mode before renaming it into place.
        umask(0o077)
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let subject: ExportWorker.Subject
        let name = URL(fileURLWithPath: output).lastPathComponent
        if let person {
            subject = .single(.person(try ScheduleSubject.participant(person, in: snapshot)), fileName: name)
        } else if let household {
            subject = .single(.household(try ScheduleSubject.household(household, in: snapshot)), fileName: name)
        } else if let interpreter {
            let chosen = try ScheduleSubject.participant(interpreter, in: snapshot)
            guard chosen.role == .interpreter || snapshot.assignments.contains(where: { $0.interpreterId == chosen.id }) else {
                throw CLIFailure(message: tr("{name} is not an interpreter of this visit.", ["name": chosen.fullName]))
            }
            subject = .single(.interpreter(chosen), fileName: name)
        } else if eachPerson {
            subject = .batch(.eachPerson)
        } else if eachHousehold {
            subject = .batch(.eachHousehold)
        } else {
            subject = .single(.visit, fileName: name)
        }
        let exporter = try PluginManager().exporter(for: format)
        try ExportWorker.run(exporter, snapshot: snapshot, subject: subject, languages: try LanguageCodes.parse(language),
                             options: try optionValues(), into: folder) { done, total in
            // Written straight to the descriptor: the parent reads it while the export runs.
            FileHandle.standardOutput.write(Data("progress \(done) \(total)\n".utf8))
        }
    }
}

/// `export --json`: what was written.
struct ExportResultJSON: Encodable {
    let format: String
    let files: [String]
}
