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

    private static let columns = [T.riskID, T.reviewDate, T.reviewerName, T.isIndependent, T.likelihood, T.impact]
        .map(\.description)

    /// A stored review whose date cannot be read is reported with its risk, never guessed.
    private static func review(_ row: any SQLRow) throws -> ReviewRow {
        let riskID = try row.decode(column: T.riskID.description, as: UUID.self)
        let text = try row.decode(column: T.reviewDate.description, as: String.self)
        guard let date = LocalDate(iso: text) else {
            throw StoredValueError(table: T.name, column: T.reviewDate.description, record: riskID.uuidString,
                                   value: text)
        }
        let score = RiskScore.stored(likelihood: try row.decode(column: T.likelihood.description, as: Int.self),
                                     impact: try row.decode(column: T.impact.description, as: Int.self))
        return ReviewRow(riskID: riskID, fact: RiskReviewFact(
            date: date, score: score, reviewerName: try row.decode(column: T.reviewerName.description, as: String.self),
            isIndependent: try row.decode(column: T.isIndependent.description, as: Bool.self)))
    }
}
