import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// A review as the register reads it: the columns the schedule needs and no comment text.
struct ReviewRow: Sendable {
    let riskID: UUID
    let fact: RiskReviewFact
}

extension RiskRegisterQuery {
    typealias T = RiskReviewTable

    /// Each risk's latest two reviews, oldest first: a window over the table, so ten years of reviews cost what
    /// two a risk cost.
    static func latestReviews(on db: any Database) async throws -> [UUID: [RiskReviewFact]] {
        let sql = try db.sql()
        let rows = try await sql.raw("""
            SELECT \(idents: columns, joinedBy: ", ") FROM (SELECT *, ROW_NUMBER() OVER \
            (PARTITION BY \(ident: T.riskID.description) \
            ORDER BY \(ident: T.reviewDate.description) DESC, \(ident: T.createdAt.description) DESC) AS position \
            FROM \(ident: T.name)) AS ranked WHERE position <= 2 \
            ORDER BY \(ident: T.reviewDate.description), \(ident: T.createdAt.description)
            """).all()
        return Dictionary(grouping: try rows.map(review), by: \.riskID).mapValues { $0.map(\.fact) }
    }

    /// Every review dated within `dates`, in date order then as recorded.
    static func reviews(in dates: ClosedRange<LocalDate>, on db: any Database) async throws -> [ReviewRow] {
        let sql = try db.sql()
        let rows = try await sql.raw("""
            SELECT \(idents: columns, joinedBy: ", ") FROM \(ident: T.name) WHERE \(ident: T.reviewDate.description) \
            BETWEEN \(bind: dates.lowerBound.iso) AND \(bind: dates.upperBound.iso) \
            ORDER BY \(ident: T.reviewDate.description), \(ident: T.createdAt.description)
            """).all()
        return try rows.map(review)
    }

    private static let columns = [FieldKey.id, T.riskID, T.reviewDate, T.reviewerName, T.isIndependent, T.likelihood,
                                  T.impact].map(\.description)

    /// A stored review whose date or score cannot be read is an error naming the review, never a guess.
    private static func review(_ row: any SQLRow) throws -> ReviewRow {
        let id = try row.decode(column: FieldKey.id.description, as: UUID.self)
        func unreadable(_ column: FieldKey, _ value: String) -> StoredValueError {
            StoredValueError(table: T.name, column: column.description, record: id.uuidString, value: value)
        }
        let riskID = try row.decode(column: T.riskID.description, as: UUID.self)
        let text = try row.decode(column: T.reviewDate.description, as: String.self)
        guard let date = LocalDate(iso: text) else { throw unreadable(T.reviewDate, text) }
        let score = try RiskScore.read(try row.decode(column: T.likelihood.description, as: Int.self),
                                       try row.decode(column: T.impact.description, as: Int.self),
                                       columns: (T.likelihood, T.impact)) { unreadable($0, String($1)) }
        return ReviewRow(riskID: riskID, fact: RiskReviewFact(
            date: date, score: score, reviewerName: try row.decode(column: T.reviewerName.description, as: String.self),
            isIndependent: try row.decode(column: T.isIndependent.description, as: Bool.self)))
    }
}
