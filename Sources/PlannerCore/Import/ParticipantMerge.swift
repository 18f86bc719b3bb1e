/// What updating a participant with an imported row stores. The preview shows the difference
/// (`ImportRow.changes`) and `runImport` writes it, so both use this one rule.
enum ParticipantMerge {
    /// A spreadsheet row changes only what the file says: the row's record came from the file
    /// alone, so the old record's other values (and values the file leaves empty) are kept.
    static func spreadsheet(_ imported: Participant, into old: Participant, mapping: ImportMapping) -> Participant {
        var merged = imported
        merged.id = old.id
        merged.uuid = old.uuid
        merged.visitId = old.visitId
        merged.townId = imported.townId ?? old.townId
        let has = { (field: ImportField) in mapping.column(of: field) != nil }
        if !has(.birthDate) || imported.birthDate == nil { merged.birthDate = old.birthDate }
        if !has(.gender) || imported.gender == .notStated { merged.gender = old.gender }
        if !has(.email) || imported.email.isEmpty { merged.email = old.email }
        if !has(.phone) || imported.phone.isEmpty { merged.phone = old.phone }
        if !has(.languages) || imported.languages.isEmpty { merged.languages = old.languages }
        if !has(.diet) || (imported.diets.isEmpty && imported.dietNote.isEmpty) { merged.diets = old.diets; merged.dietNote = old.dietNote }
        if !has(.allergies) || imported.allergies.isEmpty { merged.allergies = old.allergies }
        if !has(.petAllergy) { merged.petAllergy = old.petAllergy }
        if !has(.smoker) { merged.smoker = old.smoker }
        // A consent the file repeats keeps the day it was first given.
        merged.parentalConsent = old.parentalConsent
        merged.parentalConsentDate = old.parentalConsentDate
        if has(.parentalConsent), imported.parentalConsent != old.parentalConsent {
            merged.setParentalConsent(imported.parentalConsent, on: imported.parentalConsentDate, today: .today())
        }
        merged.photoConsent = old.photoConsent
        merged.photoConsentDate = old.photoConsentDate
        if has(.photoConsent), imported.photoConsent != old.photoConsent {
            merged.setPhotoConsent(imported.photoConsent, on: imported.photoConsentDate, today: .today())
        }
        if !has(.role) { merged.role = old.role }
        if !has(.notes) || imported.notes.isEmpty { merged.notes = old.notes }
        merged.stayTogetherWith = Array(Set(old.stayTogetherWith + imported.stayTogetherWith)).sorted()
        merged.needsStepFree = old.needsStepFree
        merged.needsGroundFloor = old.needsGroundFloor
        merged.needsSmokeFreeHome = old.needsSmokeFreeHome
        merged.arrival = old.arrival
        merged.departure = old.departure
        merged.emergencyContact = old.emergencyContact
        merged.requestedHouseholdId = old.requestedHouseholdId
        return merged
    }

    /// A partner exchange file holds the whole record: it replaces the old one, except what
    /// only this committee keeps (the requested household).
    static func exchange(_ imported: Participant, into old: Participant) -> Participant {
        var replaced = imported
        replaced.id = old.id
        replaced.uuid = old.uuid
        replaced.visitId = old.visitId
        replaced.requestedHouseholdId = old.requestedHouseholdId
        // A file written before consents were dated keeps the dates recorded here.
        if replaced.parentalConsent && replaced.parentalConsentDate == nil && old.parentalConsent {
            replaced.parentalConsentDate = old.parentalConsentDate
        }
        if replaced.photoConsent && replaced.photoConsentDate == nil && old.photoConsent {
            replaced.photoConsentDate = old.photoConsentDate
        }
        return replaced
    }

    /// The merge for a row of `preview`.
    static func merged(_ imported: Participant, into old: Participant, preview: ImportPreview) -> Participant {
        if case .spreadsheet = preview.source { return spreadsheet(imported, into: old, mapping: preview.mapping) }
        return exchange(imported, into: old)
    }
}
