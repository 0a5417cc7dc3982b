import MASAWeb

/// An incident's abuse types and parallel processes move from comma-separated codes to JSON arrays
/// (`StoredList`), so a code may hold any character and the order recorded is kept.
struct StoreIncidentListsAsJSON: StoredListMigration {
    let upgrade = StoredListUpgrade(table: SeriousIncident.schema, columns: ["abuse_types", "parallel_processes"])
}
