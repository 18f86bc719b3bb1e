import GRDB

/// The database schema as an ordered list of named migrations. Append, never edit: a file
/// written by an older version replays only the migrations it lacks.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-towns-visits-people-households") { db in
            try db.create(table: "town") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("countryCode", .text).notNull()
                t.column("languages", .jsonText).notNull().defaults(to: "[]")
                t.column("timeZone", .text).notNull()
                t.column("latitude", .double)
                t.column("longitude", .double)
                t.uniqueKey(["name", "countryCode"])
            }
            try db.create(table: "visit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.belongsTo("hostTown", inTable: "town").notNull()
                t.column("kind", .text).notNull()
                t.column("startDate", .text).notNull()
                t.column("endDate", .text).notNull()
                t.column("languages", .jsonText).notNull()
                t.column("currency", .text).notNull()
                t.column("status", .text).notNull()
                t.column("notes", .text).notNull().defaults(to: "")
            }
            try db.create(table: "visitPartner") { t in
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.belongsTo("town").notNull()
                t.column("position", .integer).notNull()
                t.primaryKey(["visitId", "townId"])
            }
            try db.create(table: "participant") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uuid", .text).notNull().unique()
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("givenName", .text).notNull()
                t.column("familyName", .text).notNull()
                t.belongsTo("town", onDelete: .setNull)
                t.column("role", .text).notNull()
                t.column("birthDate", .text)
                t.column("gender", .text).notNull()
                t.column("languages", .jsonText).notNull()
                t.column("diets", .jsonText).notNull()
                t.column("dietNote", .text).notNull()
                t.column("allergies", .text).notNull()
                t.column("petAllergy", .jsonText)
                t.column("smoker", .boolean).notNull()
                t.column("needsStepFree", .boolean).notNull()
                t.column("needsGroundFloor", .boolean).notNull()
                t.column("arrival", .jsonText)
                t.column("departure", .jsonText)
                t.column("stayTogetherWith", .jsonText).notNull()
                t.column("emergencyContact", .jsonText)
                t.column("parentalConsent", .boolean).notNull()
                t.column("photoConsent", .boolean).notNull()
                t.column("phone", .text).notNull()
                t.column("email", .text).notNull()
                t.column("notes", .text).notNull()
            }
            try db.create(table: "household") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uuid", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("contactPerson", .text).notNull()
                t.column("address", .text).notNull()
                t.column("phone", .text).notNull()
                t.column("email", .text).notNull()
                t.column("beds", .integer).notNull().check { $0 >= 0 }
                t.column("pets", .jsonText).notNull()
                t.column("smoking", .boolean).notNull()
                t.column("languages", .jsonText).notNull()
                t.column("children", .jsonText).notNull()
                t.column("adults", .jsonText).notNull()
                t.column("stepFree", .boolean).notNull()
                t.column("groundFloor", .boolean).notNull()
                t.column("canCook", .jsonText).notNull()
                t.column("notes", .text).notNull()
                t.column("hostingHistory", .jsonText).notNull()
            }
        }

        // Households persist across visits; what changes per visit is when they can host.
        migrator.registerMigration("v2-household-availability") { db in
            try db.create(table: "householdAvailability") { t in
                t.belongsTo("household", onDelete: .cascade).notNull()
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("availableFrom", .text).notNull()
                t.column("availableTo", .text).notNull()
                t.primaryKey(["householdId", "visitId"])
            }
        }

        // Placement: who stays with whom, its workflow, and each visit's placement settings.
        migrator.registerMigration("v3-placement") { db in
            try db.alter(table: "participant") { t in
                t.add(column: "requestedHouseholdId", .integer).references("household", onDelete: .setNull)
                t.add(column: "needsSmokeFreeHome", .boolean).notNull().defaults(to: false)
            }
            try db.alter(table: "householdAvailability") { t in
                t.add(column: "isBackup", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "placement") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.belongsTo("participant", onDelete: .cascade).notNull()
                t.belongsTo("household", onDelete: .cascade).notNull()
                t.column("status", .text).notNull()
                t.column("offeredOn", .text)
                t.column("offeredHow", .text).notNull().defaults(to: "")
                t.column("answerNote", .text).notNull().defaults(to: "")
                t.column("overrideReason", .text)
                t.uniqueKey(["visitId", "participantId"])
            }
            try db.create(table: "placementSettings") { t in
                t.column("visitId", .integer).primaryKey().references("visit", onDelete: .cascade)
                t.column("settings", .jsonText).notNull()
            }
        }

        // Imports remember how the columns of a file were mapped, keyed by the header's hash.
        migrator.registerMigration("v4-import-mappings") { db in
            try db.create(table: "importMapping") { t in
                t.column("key", .text).primaryKey()
                t.column("kind", .text).notNull()
                t.column("header", .jsonText).notNull()
                t.column("fields", .jsonText).notNull()
                t.column("updatedAt", .text).notNull()
            }
        }

        // Placement preferences of host families: whom they would rather host, and where they live.
        migrator.registerMigration("v5-household-preferences") { db in
            try db.alter(table: "household") { t in
                t.add(column: "prefersGuests", .text).notNull().defaults(to: GuestPreference.anyone.rawValue)
                t.add(column: "latitude", .double)
                t.add(column: "longitude", .double)
            }
        }

        // Budget: cost lines, sources of money and the exchange rates the user entered.
        // Amounts are integer minor units with their currency; quantities and rates are exact
        // decimal text, never REAL.
        migrator.registerMigration("v6-budget") { db in
            try db.create(table: "budgetLine") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("description", .text).notNull()
                t.column("category", .text).notNull()
                t.column("basis", .text).notNull()
                t.column("filter", .text).notNull()
                t.column("quantity", .text).notNull()
                t.column("unitPriceMinor", .integer).notNull()
                t.column("currency", .text).notNull()
                t.column("payerTownId", .integer).references("town", onDelete: .setNull)
                t.column("splitByTown", .boolean).notNull().defaults(to: false)
                t.column("actualMinor", .integer)
                t.column("actualDate", .text)
                t.column("paidBy", .text).notNull().defaults(to: "")
                t.column("receiptNumber", .text).notNull().defaults(to: "")
                t.column("attachmentPath", .text).notNull().defaults(to: "")
                t.column("notes", .text).notNull().defaults(to: "")
            }
            try db.create(table: "funding") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull()
                t.column("source", .text).notNull()
                t.column("townId", .integer).references("town", onDelete: .setNull)
                t.column("amountMinor", .integer)
                t.column("currency", .text).notNull()
                t.column("perPerson", .boolean).notNull()
                t.column("filter", .text).notNull()
                t.column("status", .text).notNull()
                t.column("notes", .text).notNull().defaults(to: "")
            }
            try db.create(table: "exchangeRate") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("fromCurrency", .text).notNull()
                t.column("toCurrency", .text).notNull()
                t.column("rate", .text).notNull()
                t.column("date", .text).notNull()
            }
        }

        migrator.registerMigration("v7-itinerary") { db in
            // Nested values (titles per language, audience, meals, interpretation plan, pairs,
            // availability) are JSON text: they are read and written whole, never queried.
            try db.create(table: "programmeItem") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("titles", .text).notNull()
                t.column("descriptions", .text).notNull()
                t.column("startDate", .text).notNull()
                t.column("startTime", .text)
                t.column("endDate", .text).notNull()
                t.column("endTime", .text)
                t.column("timeZone", .text).notNull()
                t.column("location", .text).notNull()
                t.column("audience", .text).notNull()
                t.column("meals", .text).notNull()
                t.column("transport", .text).notNull().defaults(to: "")
                t.column("workingLanguage", .text).notNull()
                t.column("status", .text).notNull()
                t.column("interpretation", .text).notNull()
                t.column("notes", .text).notNull().defaults(to: "")
            }
            try db.create(table: "visitGroup") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("name", .text).notNull()
                t.column("memberIds", .text).notNull()
            }
            // Keyed by participant but without a foreign key to it: deleting the participant
            // leaves the profile and assignments ignored, so Undo of the deletion restores them.
            try db.create(table: "interpreter") { t in
                t.primaryKey("participantId", .integer)
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.column("pairs", .text).notNull()
                t.column("modes", .text).notNull()
                t.column("availability", .text).notNull()
                t.column("maxMinutesPerDay", .integer).notNull()
                t.column("rateMinor", .integer)
                t.column("rateCurrency", .text)
                t.column("rateUnit", .text).notNull()
            }
            try db.create(table: "interpretingAssignment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("visit", onDelete: .cascade).notNull()
                t.belongsTo("item", inTable: "programmeItem", onDelete: .cascade).notNull()
                t.column("interpreterId", .integer).notNull()
                t.column("fromLanguage", .text).notNull()
                t.column("toLanguage", .text).notNull()
                t.column("manual", .boolean).notNull()
            }
            try db.create(table: "itinerarySettings") { t in
                t.primaryKey("visitId", .integer).references("visit", onDelete: .cascade)
                t.column("travelBufferMinutes", .integer).notNull()
                t.column("pairInterpretersAfterMinutes", .integer).notNull()
            }
        }

        migrator.registerMigration("v8-item-revision") { db in
            try db.alter(table: "programmeItem") { t in
                t.add(column: "revision", .integer).notNull().defaults(to: 0)
            }
        }

        // Where each person and household record came from (GDPR Art. 15: the source of the
        // data): the first source and the last import that updated it, as JSON `RecordSource`s.
        // Rows stored before this version get the honest "unknown".
        migrator.registerMigration("v9-provenance") { db in
            let unknown = #"{"kind":"unknown"}"#
            for table in ["participant", "household"] {
                try db.alter(table: table) { t in
                    t.add(column: "source", .jsonText).notNull().defaults(to: unknown)
                    t.add(column: "lastUpdateSource", .jsonText)
                }
            }
        }

        // Data protection (GDPR Art. 5(1)(e) and 7): each visit's retention dates, when they were
        // applied and the anonymous headcount kept for the budget and the reports once the
        // records are gone; and the date of each consent.
        migrator.registerMigration("v10-retention-consent-dates") { db in
            try db.create(table: "visitRetention") { t in
                t.column("visitId", .integer).primaryKey().references("visit", onDelete: .cascade)
                t.column("healthDataUntil", .text)
                t.column("evidenceUntil", .text)
                t.column("evidenceReason", .text).notNull().defaults(to: "")
                t.column("healthDataErasedOn", .text)
                t.column("evidenceErasedOn", .text)
                t.column("keptHeadcount", .jsonText).notNull().defaults(to: "[]")
            }
            try db.alter(table: "participant") { t in
                t.add(column: "parentalConsentDate", .text)
                t.add(column: "photoConsentDate", .text)
            }
        }

        return migrator
    }

    /// Number of migrations this version knows; also written to `PRAGMA user_version`.
    static var version: Int { migrator.migrations.count }
}
