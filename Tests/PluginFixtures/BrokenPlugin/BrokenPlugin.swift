// A deliberately broken plugin for the tests: each format misbehaves after writing half a file,
// so the tests can check that nothing partial is left and that the caller survives.
import Foundation
import PlannerCore

final class BrokenExporter: Exporter {
    enum Failure { case throwing, crashing, hanging }

    let format: ExportFormat
    let failure: Failure

    init(_ id: String, _ failure: Failure) {
        format = ExportFormat(id: id, name: id, fileExtension: "txt", mimeType: "text/plain", scopes: [.visit, .eachPerson])
        self.failure = failure
    }

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        try output.write("half a file for \(job.snapshot.visit.title)\n")
        switch failure {
        case .throwing: throw ExportError("the broken plugin refuses on purpose")
        case .crashing: fatalError("the broken plugin crashes on purpose")
        case .hanging: while true { sleep(60) }
        }
    }
}

final class BrokenPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) {
        registrar.add(BrokenExporter("broken-throw", .throwing))
        registrar.add(BrokenExporter("broken-crash", .crashing))
        registrar.add(BrokenExporter("broken-hang", .hanging))
    }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(BrokenPlugin() as AnyObject).toOpaque()
}
