import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// A SAR referral as its list shows it: the columns shown, the acknowledgement clock's dates and the s44 criteria,
/// with the referring agency's name, from one query (the summary and reasons stay in the database).
struct SARReferralRow: Sendable {
    let id: UUID
    let code: String
    let agency: String
    let received: LocalDate
    let acknowledged: LocalDate?
    let decided: LocalDate?
    let decision: SARDecision?
    let criteria: SARCriteria
}

enum SARReferralRows {

    /// Every referral in `order` (on `s`, the referral: an ORDER BY and LIMIT).
    static func read(order: SQLQueryString, on db: any Database) async throws -> [SARReferralRow] {
        let rows = try await db.sql().raw(
            """
            SELECT s.id, s.code, a.name AS agency, s.received_on, s.acknowledged_on, s.decided_on, s.decision, \
            s.has_care_and_support_needs, s.concern_about_joint_working, s.died, s.abuse_known_or_suspected, \
            s.serious_abuse_or_neglect, s.in_area FROM \(ident: SARReferral.schema) AS s \
            JOIN \(ident: Agency.schema) AS a ON a.id = s.referring_agency_id \(order)
            """
        ).all()
        return try rows.map(row)
    }

    static func row(_ row: any SQLRow) throws -> SARReferralRow {
        let flag = { (column: String) in try row.decode(column: column, as: Bool.self) }
        let criteria = SARCriteria(
            hasCareAndSupportNeeds: try flag("has_care_and_support_needs"),
            inArea: try row.decode(column: "in_area", as: Bool?.self),
            concernAboutJointWorking: try flag("concern_about_joint_working"),
            died: try flag("died"),
            abuseOrNeglectKnownOrSuspected: try flag("abuse_known_or_suspected"),
            seriousAbuseOrNeglect: try flag("serious_abuse_or_neglect"))
        let columns = try StoredColumns(row, table: SARReferral.schema)
        return SARReferralRow(
            id: try row.decode(column: "id", as: UUID.self),
            code: try row.decode(column: "code", as: String.self),
            agency: try row.decode(column: "agency", as: String.self),
            received: try columns.requiredDate("received_on"),
            acknowledged: try columns.date("acknowledged_on"), decided: try columns.date("decided_on"),
            decision: try columns.value("decision", SARDecision.init(rawValue:)),
            criteria: criteria)
    }
}
