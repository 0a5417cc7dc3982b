import Fluent

/// The budget lines table. One line per subject per year is enforced here as well as in the form, so two people
/// saving the same line at once cannot make a duplicate.
struct CreateBudgetLine: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(BudgetSchema.lines)
            .id()
            .field(BudgetSchema.yearStart, .int, .required)
            .field(BudgetSchema.kind, .string, .required)
            .field(BudgetSchema.incomeSource, .string)
            .field(BudgetSchema.agencyID, .uuid, .references("agencies", "id"))
            .field(BudgetSchema.heading, .string)
            .field(BudgetSchema.description, .string)
            .field(BudgetSchema.amountPence, .int64, .required)
            .field(BudgetSchema.notes, .string)
            .field(BudgetSchema.lineKey, .string, .required)
            .field(BudgetSchema.createdAt, .datetime)
            .field(BudgetSchema.updatedAt, .datetime)
            .unique(on: BudgetSchema.yearStart, BudgetSchema.lineKey)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BudgetSchema.lines).delete()
    }
}
