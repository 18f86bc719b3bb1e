import ArgumentParser
import PlannerCore

/// `visitplanner people list --visit V [--include-health]`: the participants with role, town,
/// languages, age at the visit and placement. Their diets, allergies, access needs and notes
/// only with `--include-health` (need-to-know: a list passed on carries no health data unless
/// asked for).
struct PeopleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List the participants of a visit: role, town, languages, age, placement."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Flag(name: .customLong("include-health"),
          help: ArgumentHelp(tr("Also list diets, allergies, access needs and notes (health data).")))
    var includeHealth = false

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        let people = try store.participants(ofVisit: details.id)
        let placements = Dictionary(try store.placements(ofVisit: details.id).map { ($0.participantId, $0) }, uniquingKeysWith: { a, _ in a })
        let households = Dictionary(try store.households().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        if global.json {
            try JSONOutput.print(PeopleListJSON(visit: VisitJSON(details, participants: people.count), includesHealth: includeHealth,
                                                participants: people.map { person in
                                                    let placement = person.id.flatMap { placements[$0] }
                                                    let json = ParticipantJSON(person, in: details, placement: placement,
                                                                               householdName: placement.flatMap { households[$0.householdId] })
                                                    return .init(participant: json, health: includeHealth ? .init(person) : nil)
                                                }))
            return
        }
        Console.out(TextFormat.visitHeading(details))
        guard !people.isEmpty else {
            Console.out(tr("No participants yet."))
            return
        }
        var table = TextTable([
            .init(title: tr("ID"), alignment: .right),
            .init(title: tr("NAME")),
            .init(title: tr("ROLE")),
            .init(title: tr("TOWN")),
            .init(title: tr("AGE"), alignment: .right),
            .init(title: tr("LANGUAGES")),
            .init(title: tr("PLACEMENT")),
        ] + (includeHealth ? [.init(title: tr("DIET AND ALLERGIES"))] : []))
        let visitRecord = details.visit
        for person in people {
            let town = details.towns.first { $0.id != nil && $0.id == person.townId }
            var age = person.age(at: visitRecord).map(String.init) ?? TextFormat.none
            // Minors need checked hosts: make them visible at a glance.
            if person.isMinor(at: visitRecord), person.birthDate != nil { age += "*" }
            table.append([
                person.id.map(String.init) ?? "",
                person.fullName,
                person.role.displayName,
                town?.label ?? TextFormat.none,
                age,
                TextFormat.languages(person.languages),
                person.id.flatMap { placements[$0] }.map { "\(households[$0.householdId] ?? "?") (\($0.status.displayName))" }
                    ?? tr("not placed"),
            ] + (includeHealth ? [health(person)] : []))
        }
        Console.out(table.render())
        Console.out(tr("* under 18 on the first day of the visit"))
    }

    /// Diets and allergies, then the access needs, in one cell ("Vegetarian; Allergies: nuts; step-free access").
    private func health(_ person: Participant) -> String {
        var points = GuestNeeds(person).points
        if person.needsStepFree { points.append(tr("step-free access")) }
        if person.needsGroundFloor { points.append(tr("a room on the ground floor")) }
        return points.isEmpty ? TextFormat.none : points.joined(separator: "; ")
    }
}
