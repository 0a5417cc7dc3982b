import MASAWeb

/// A SAR referral's abuse types move from comma-separated codes to a JSON array (`StoredList`), so a code may
/// hold any character and the order recorded is kept.
struct StoreReferralAbuseTypesAsJSON: StoredListMigration {
    let upgrade = StoredListUpgrade(table: SARReferral.schema, columns: ["abuse_types"])
}
