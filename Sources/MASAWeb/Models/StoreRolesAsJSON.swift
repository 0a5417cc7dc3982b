import Fluent

/// People's roles move from comma-separated names to a JSON array (`Role.listText`), the form every list takes.
/// Spaces around a name are trimmed, as the old reader trimmed them, so no one loses a role or their sign-in.
struct StoreRolesAsJSON: StoredListMigration {
    let upgrade = StoredListUpgrade(table: User.schema, columns: ["roles"], trimsSpaces: true)
}
