// A plugin built outside the VisitPlanner tree (docs/plugins.md walks through it): one format,
// `hello-text`, that writes the visit's title and its participants' names.
import PlannerCore

final class HelloExporter: Exporter {
    let format = ExportFormat(id: "hello-text", name: "Hello (text)", fileExtension: "txt", mimeType: "text/plain",
                              scopes: [.visit, .person, .eachPerson])

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        var lines = ["Hello from \(job.snapshot.visit.title)"]
        switch job.target {
        case .person(let person), .interpreter(let person): lines.append(person.fullName)
        case .household(let household): lines.append(household.name)
        case .visit: lines += job.snapshot.participants.map(\.fullName)
        }
        try output.write(lines.joined(separator: "\n") + "\n")
    }
}

final class HelloPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(HelloExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(HelloPlugin() as AnyObject).toOpaque()
}
