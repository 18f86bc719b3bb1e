import CGtk
import Foundation
import PlannerCore

/// Creates a visit or edits one. The core validates; this form only reads and shows.
@MainActor
final class VisitForm {
    private let form: FormWindow
    private let context: AppContext
    private let editing: VisitDetails?
    private let partners: EntryPairList
    var window: GPointer { form.window }
    /// Called with the new visit's id after it is stored.
    var onSaved: ((Int64) -> Void)?

    init(context: AppContext, parent: GPointer, editing: VisitDetails?) {
        self.context = context
        self.editing = editing
        form = FormWindow(ui: "visit-form", parent: parent,
                          title: editing == nil ? tr("New Visit") : tr("Edit Visit"),
                          saveLabel: editing == nil ? tr("Create") : tr("Save"))
        let ui = form.ui
        DropDown.fill(ui["kind_dropdown"], VisitKind.allCases.map(\.displayName))
        DropDown.fill(ui["status_dropdown"], VisitStatus.allCases.map(\.displayName))
        partners = EntryPairList(in: ui["partner_towns_box"], addLabel: tr("Add Partner Town"),
                                 placeholders: (tr("Town"), tr("Country"))) { n in
            (tr("Partner town {n}", ["n": String(n)]),
             tr("Country of partner town {n}", ["n": String(n)]))
        }
        form.bind(.title, to: "title_entry")
        form.bind(.hostTown, to: "host_town_entry")
        form.bind(.hostCountry, to: "host_country_entry")
        form.bind(.startDate, to: "start_entry")
        form.bind(.endDate, to: "end_entry")
        form.bind(.languages, to: "languages_entry")
        form.bind(.currency, to: "currency_entry")
        fill(editing.map(VisitDraft.init) ?? VisitDraft(hostTown: .init(name: "", countryCode: ""), currency: "EUR"))
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["title_entry"])
    }

    private func fill(_ draft: VisitDraft) {
        let ui = form.ui
        Editable.set(ui["title_entry"], draft.title)
        Editable.set(ui["host_town_entry"], draft.hostTown.name)
        Editable.set(ui["host_country_entry"], draft.hostTown.countryCode)
        for town in draft.partnerTowns { partners.append(town.name, town.countryCode) }
        if draft.partnerTowns.isEmpty { partners.append("", "") }
        DropDown.select(ui["kind_dropdown"], VisitKind.allCases.firstIndex(of: draft.kind) ?? 0)
        DropDown.select(ui["status_dropdown"], VisitStatus.allCases.firstIndex(of: draft.status) ?? 0)
        Editable.set(ui["start_entry"], draft.startDate?.description ?? "")
        Editable.set(ui["end_entry"], draft.endDate?.description ?? "")
        Editable.set(ui["languages_entry"], draft.languages.joined(separator: ", "))
        Editable.set(ui["currency_entry"], draft.currency)
        TextView.set(ui["notes_view"], draft.notes)
    }

    private func save() -> SaveOutcome {
        let ui = form.ui
        var reader = FieldReader()
        let draft = VisitDraft(
            title: Editable.value(ui["title_entry"]),
            hostTown: .init(name: Editable.value(ui["host_town_entry"]), countryCode: Editable.value(ui["host_country_entry"])),
            partnerTowns: partners.values.map { .init(name: $0.0, countryCode: $0.1) },
            kind: VisitKind.allCases[DropDown.selected(ui["kind_dropdown"])],
            startDate: reader.date(ui["start_entry"], .startDate),
            endDate: reader.date(ui["end_entry"], .endDate),
            languages: Editable.value(ui["languages_entry"]).split(whereSeparator: { $0 == "," || $0 == " " }).map { String($0).lowercased() },
            currency: Editable.value(ui["currency_entry"]).uppercased(),
            status: VisitStatus.allCases[DropDown.selected(ui["status_dropdown"])],
            notes: TextView.text(ui["notes_view"]))
        // What could not be read stands in place of "required" for the same field.
        let unreadable = Set(reader.issues.map(\.field))
        let issues = reader.issues + draft.validate().filter { !unreadable.contains($0.field) }
        guard issues.isEmpty else { return .problems(issues) }
        let store = context.store
        if let editing {
            return context.outcome(of: context.perform(
                tr("Edit {title}", ["title": draft.title]),
                do: { try store.updateVisit(id: editing.id, with: draft) }))
        }
        var createdId: Int64?
        let failure = context.perform(tr("Create {title}", ["title": draft.title]),
                                      do: { createdId = try store.createVisit(draft) })
        if failure == nil, let createdId { onSaved?(createdId) }
        return context.outcome(of: failure)
    }
}
