import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner itinerary --visit V [--person P | --household H] [--language xx[,yy]]`: the
/// programme day by day (times, place, audience, working language, interpreters, status), or
/// one person's schedule, or what one host family must do. Titles come in the first of the
/// chosen languages that has one (default: the person's or family's languages, else the visit's).
struct ItineraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "itinerary",
        abstract: tr("Show the programme day by day, or one person's or one host family's schedule."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Option(help: ArgumentHelp(tr("One participant's schedule: their id or exact full name."), valueName: "person"))
    var person: String?

    @Option(help: ArgumentHelp(tr("One host family's schedule: its id or exact name."), valueName: "household"))
    var household: String?

    @Option(help: ArgumentHelp(tr("Languages for the titles, best first (ISO 639-1 codes: fr,de); the visit's languages follow."),
                               valueName: "xx[,yy]"))
    var language: String?

    func validate() throws {
        if person != nil && household != nil {
            throw ValidationError(tr("Give either --person or --household, not both."))
        }
        _ = try languages()
    }

    /// The codes of `--language`, checked.
    func languages() throws -> [String] { try LanguageCodes.parse(language) }

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let chosen = try languages()
        let visitJSON = VisitJSON(details, participants: snapshot.participants.count)
        if let person {
            let schedule = PersonSchedule(try ScheduleSubject.participant(person, in: snapshot), in: snapshot, languages: chosen)
            if global.json { return try JSONOutput.print(PersonScheduleJSON(schedule, visit: visitJSON, snapshot: snapshot)) }
            Console.out(PersonScheduleText(schedule: schedule, snapshot: snapshot).render())
        } else if let household {
            let schedule = HouseholdSchedule(try ScheduleSubject.household(household, in: snapshot), in: snapshot, languages: chosen)
            if global.json { return try JSONOutput.print(HouseholdScheduleJSON(schedule, visit: visitJSON, snapshot: snapshot)) }
            Console.out(HouseholdScheduleText(schedule: schedule, snapshot: snapshot).render())
        } else {
            let languages = TitleLanguages.list(preferred: chosen, visit: snapshot.visit)
            if global.json { return try JSONOutput.print(ProgrammeJSON(snapshot, visit: visitJSON, languages: languages)) }
            Console.out(ProgrammeText(snapshot: snapshot, languages: languages).render())
        }
    }
}

/// Finds the person or household that `--person` / `--household` names: an id, or an exact
/// (full) name; a name that several share is refused with their ids.
enum ScheduleSubject {
    static func participant(_ key: String, in snapshot: VisitSnapshot) throws(CLIFailure) -> Participant {
        if let id = Int64(key), let match = snapshot.participants.first(where: { $0.id == id }) { return match }
        let matches = snapshot.participants.filter { $0.fullName == key }
        guard let first = matches.first else {
            throw CLIFailure(message: tr("No participant “{key}” in the visit “{visit}”.", ["key": key, "visit": snapshot.visit.title]))
        }
        guard matches.count == 1 else {
            throw CLIFailure(message: tr("More than one participant is called “{key}” (ids {ids}): give an id.", ["key": key, "ids": matches.compactMap { $0.id.map(String.init) }.joined(separator: ", ")]))
        }
        return first
    }

    static func household(_ key: String, in snapshot: VisitSnapshot) throws(CLIFailure) -> Household {
        let all = snapshot.offers.map(\.household)
        if let id = Int64(key), let match = all.first(where: { $0.id == id }) { return match }
        let matches = all.filter { $0.name == key }
        guard let first = matches.first else { throw CLIFailure(message: tr("No household “{key}”.", ["key": key])) }
        guard matches.count == 1 else {
            throw CLIFailure(message: tr("More than one household is called “{key}” (ids {ids}): give an id.", ["key": key, "ids": matches.compactMap { $0.id.map(String.init) }.joined(separator: ", ")]))
        }
        return first
    }
}

/// Layout shared by the three views: a day heading, then each entry's time, title and details.
enum ScheduleLayout {
    /// "Thursday 2027-05-13".
    static func dayHeading(_ date: CalendarDate) -> String {
        "\(date.weekdayName) \(date)"
    }

    /// "Times in Europe/Prague unless another zone is named."
    static func zoneNote(_ snapshot: VisitSnapshot) -> String {
        tr("Times in {zone} unless another zone is named.", ["zone": snapshot.details.hostTown.timeZone])
    }

    /// One day: its heading, then "  time  title" lines with the times in one column and each
    /// entry's details indented below its title.
    static func day(_ date: CalendarDate, _ rows: [(time: String, title: String, details: [String])]) -> String {
        let width = rows.map(\.time.count).max() ?? 0
        var lines = [dayHeading(date)]
        for row in rows {
            lines.append("  " + row.time + String(repeating: " ", count: width - row.time.count) + "  " + row.title)
            let indent = String(repeating: " ", count: width + 4)
            lines += row.details.filter { !$0.isEmpty }.map { indent + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// "Náměstí Míru (Náměstí Míru, Horní Lhota)", or the name or address alone.
    static func place(_ location: ItemLocation) -> String {
        switch (location.name.isEmpty, location.address.isEmpty) {
        case (false, false): "\(location.name) (\(location.address))"
        case (false, true): location.name
        case (true, false): location.address
        case (true, true): ""
        }
    }

    /// "Place: …", or nothing when the item has no place.
    static func placeLine(_ location: ItemLocation) -> String {
        let text = place(location)
        return text.isEmpty ? "" : tr("Place: {place}", ["place": text])
    }
}

/// The readable programme: every item day by day, cancelled ones marked.
struct ProgrammeText {
    let snapshot: VisitSnapshot
    let languages: [String]

    func render() -> String {
        var sections = [TextFormat.visitHeading(snapshot.details) + "\n" + ScheduleLayout.zoneNote(snapshot)]
        let zone = snapshot.details.hostTown.timeZone
        let days = ScheduleDay.group(snapshot.programme) { ScheduleTime($0.timing, visitTimeZone: zone).days }
        if days.isEmpty { sections.append(tr("No programme items yet.")) }
        let resolver = AudienceResolver(snapshot)
        let coverage = NeedCoverage.evaluate(snapshot)
        for day in days {
            sections.append(ScheduleLayout.day(day.date, day.entries.map { item in
                let status = item.status == .cancelled ? item.status.displayName.uppercased() : item.status.displayName
                var details = [
                    ScheduleLayout.placeLine(item.location),
                    tr("For: {audience}; working language: {language}", ["audience": resolver.summary(of: item.audience), "language": item.workingLanguage]),
                    tr("Interpreting: {interpreting}", ["interpreting": ItemInterpreting(item, snapshot: snapshot, resolver: resolver, coverage: coverage).text]),
                ]
                if !item.meals.isEmpty {
                    details.append(tr("Meals: {meals}", ["meals": item.meals.map {
                        tr("{meal} ({provider})", ["meal": $0.kind.displayName, "provider": $0.provider.displayName])
                    }.joined(separator: ", ")]))
                }
                if !item.transport.isEmpty { details.append(tr("Transport: {transport}", ["transport": item.transport])) }
                return (ScheduleTime(item.timing, visitTimeZone: zone).label,
                        "\(item.title(in: languages))  [\(status), id \(item.id.map(String.init) ?? "?")]", details)
            }))
        }
        return sections.joined(separator: "\n\n")
    }
}

/// The readable schedule of one person.
struct PersonScheduleText {
    let schedule: PersonSchedule
    let snapshot: VisitSnapshot

    func render() -> String {
        let person = schedule.participant
        var header = [TextFormat.visitHeading(snapshot.details)]
        let town = snapshot.town(of: person)?.label ?? TextFormat.none
        header.append(tr("{name} (id {id}), {role}, {town}", ["name": person.fullName, "id": person.id.map(String.init) ?? "?", "role": person.role.displayName, "town": town]))
        if let household = schedule.household {
            let status = person.id.flatMap(snapshot.placement(of:))?.status.displayName ?? ""
            header.append(tr("Host family: {name} ({status})", ["name": household.name, "status": status]))
        }
        header.append(ScheduleLayout.zoneNote(snapshot))
        var sections = [header.joined(separator: "\n")]
        let days = schedule.days
        if days.isEmpty { sections.append(tr("Nothing in the programme for this person yet.")) }
        for day in days {
            sections.append(ScheduleLayout.day(day.date, day.entries.map { entry in
                var details: [String] = []
                switch entry.event {
                case .item(let item, let involvement):
                    details.append(involvement.summary)
                    details.append(ScheduleLayout.placeLine(entry.location))
                    if !entry.meals.isEmpty {
                        details.append(tr("Meals: {meals}", ["meals": entry.meals.map(\.summary).joined(separator: ", ")]))
                    }
                    if !item.transport.isEmpty { details.append(tr("Transport: {transport}", ["transport": item.transport])) }
                case .arrival(let travel), .departure(let travel):
                    details.append(([travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", "))
                }
                return (entry.time.label, entry.title, details)
            }))
        }
        return sections.joined(separator: "\n\n")
    }
}

/// The readable schedule of one host family: its guests, their diets, and its tasks day by day.
struct HouseholdScheduleText {
    let schedule: HouseholdSchedule
    let snapshot: VisitSnapshot

    func render() -> String {
        let household = schedule.household
        var header = [TextFormat.visitHeading(snapshot.details)]
        let contact = [household.address, household.phone].filter { !$0.isEmpty }.joined(separator: ", ")
        header.append(tr("Host family {name} (id {id})", ["name": household.name, "id": household.id.map(String.init) ?? "?"])
                      + (contact.isEmpty ? "" : ": " + contact))
        guard !schedule.guests.isEmpty else {
            header.append(tr("No guests are placed with this household for this visit."))
            return header.joined(separator: "\n")
        }
        var guests = [tr("Guests")]
        for (guest, needs) in zip(schedule.guests, schedule.needs) {
            let town = snapshot.town(of: guest)?.name ?? TextFormat.none
            guests.append("  " + tr("{name} ({role}, {town}): {needs}", ["name": guest.fullName, "role": guest.role.displayName, "town": town, "needs": needs.summary]))
        }
        var sections = [header.joined(separator: "\n") + "\n" + ScheduleLayout.zoneNote(snapshot), guests.joined(separator: "\n")]
        for day in schedule.days {
            sections.append(ScheduleLayout.day(day.date, day.entries.map { entry in
                // Breakfast at home has no time of its own.
                if case .meal(_, nil) = entry.task { return (TextFormat.none, entry.summary, []) }
                return (entry.time.label, entry.summary, [])
            }))
        }
        return sections.joined(separator: "\n\n")
    }
}
