/// What an erasure takes away or scrubs, counted per kind in an `ErasurePlan`.
public enum ErasureKind: String, CaseIterable, Sendable, Codable {
    /// The participant's own record: names, contact, health, travel, consents, notes.
    case participant
    case placements
    case interpreterProfile
    case interpretingAssignments
    /// Groups that list the person as a member (the group stays, without them).
    case groupMemberships
    /// Programme items whose audience names the person (the item stays, without them).
    case audiences
    /// Other participants' wishes to stay together with the person.
    case stayTogetherLinks
    /// Host families' hosting-history entries that name the person (the year and town stay).
    case hostingHistory
    /// Remembered column mappings of imported files whose header row names the person.
    case importMappings
    /// The person's name, e-mail or phone in any other text (notes, emergency contacts…).
    case otherMentions

    /// "3 placements", in the current language.
    public func label(count: Int) -> String {
        let text: String
        switch self {
        case .participant: text = trn("{count} participant record (names, contact, health, travel, consents, notes)",
                                      "{count} participant records (names, contact, health, travel, consents, notes)", count)
        case .placements: text = trn("{count} placement", "{count} placements", count)
        case .interpreterProfile: text = trn("{count} interpreter profile", "{count} interpreter profiles", count)
        case .interpretingAssignments: text = trn("{count} interpreting assignment", "{count} interpreting assignments", count)
        case .groupMemberships: text = trn("{count} group membership", "{count} group memberships", count)
        case .audiences: text = trn("{count} programme item naming them in its audience",
                                    "{count} programme items naming them in their audience", count)
        case .stayTogetherLinks: text = trn("{count} stay-together wish of another participant",
                                            "{count} stay-together wishes of other participants", count)
        case .hostingHistory: text = trn("{count} hosting-history entry (its year and town stay)",
                                         "{count} hosting-history entries (their year and town stay)", count)
        case .importMappings: text = trn("{count} remembered import column mapping", "{count} remembered import column mappings", count)
        case .otherMentions: text = trn("{count} other mention in notes and texts", "{count} other mentions in notes and texts", count)
        }
        return text.filled(["count": String(count)])
    }
}
