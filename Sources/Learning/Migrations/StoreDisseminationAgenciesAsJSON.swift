import MASAWeb

/// The agencies a product reached move from comma-separated ids to a JSON array (`StoredList`), the form every
/// stored list takes.
struct StoreDisseminationAgenciesAsJSON: StoredListMigration {
    let upgrade = StoredListUpgrade(table: Dissemination.schema, columns: ["agency_ids"])
}
