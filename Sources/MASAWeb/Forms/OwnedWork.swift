import Fluent
import Foundation
import MASACore
import Vapor

/// Who owns a piece of work and when it is due: the same three questions on every action form in MASA (meeting
/// actions, recommendation actions), asked and checked the same way.
package struct OwnedWork: Sendable {
    package let agencyID: UUID
    package let ownerName: String
    package let due: LocalDate

    /// The owner agency (active agencies only), the owner's name and the due date, as form fields.
    package static func fields(_ state: FormState, on db: any Database) async throws -> [FieldView] {
        let agencies = try await Agency.query(on: db).filter(\.$isActive == true).sort(\.$name).all()
        return [
            .choice(
                "ownerAgency", "Owner agency",
                options: try agencies.map { .init(try $0.requireID().uuidString, $0.name) },
                blank: "Select an agency", state),
            .text("ownerName", "Owner", hint: "The person who will make sure it is done", width: "20", state),
            .date("due", "Due date", state),
        ]
    }

    /// The form values for an existing piece of work.
    package static func fill(_ state: inout FormState, agencyID: UUID, ownerName: String, due: LocalDate?) {
        state.set("ownerAgency", agencyID.uuidString)
        state.set("ownerName", ownerName)
        state.set("due", date: due)
    }
}

extension FormReader {
    /// Reads and checks the owner agency, owner and due date; nil (with the messages recorded) when any is wrong.
    /// `notBefore` is the earliest acceptable due date, with the words that explain it.
    package mutating func ownedWork(
        on db: any Database, notBefore: (date: LocalDate, reason: String)? = nil
    ) async throws -> OwnedWork? {
        let agencyID = id("ownerAgency", missing: "Select the agency that owns the action")
        let ownerName = text(
            "ownerName", missing: "Enter the name of the person who owns the action", max: 200, label: "Owner")
        let due = date("due", label: "Due date", required: true)
        if let due, let notBefore, due < notBefore.date { fail("due", notBefore.reason) }
        if let agencyID, try await Agency.find(agencyID, on: db) == nil {
            fail("ownerAgency", "Select an agency from the list")
        }
        guard let agencyID, let ownerName, let due, state.error("due") == nil else { return nil }
        return OwnedWork(agencyID: agencyID, ownerName: ownerName, due: due)
    }
}
