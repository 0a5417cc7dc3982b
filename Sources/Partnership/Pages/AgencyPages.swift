import Foundation
import Fluent
import MASACore
import MASAWeb

/// An agency as the list and its own page show it.
struct AgencyRow: Sendable {
    let id: UUID
    let name: String
    let kind: AgencyKind
    let isStatutoryPartner: Bool
    let contributesToBudget: Bool
    let isActive: Bool

    init(
        id: UUID, name: String, kind: AgencyKind, isStatutoryPartner: Bool, contributesToBudget: Bool,
        isActive: Bool
    ) {
        (self.id, self.name, self.kind) = (id, name, kind)
        (self.isStatutoryPartner, self.contributesToBudget, self.isActive) =
            (isStatutoryPartner, contributesToBudget, isActive)
    }

    init(_ agency: Agency) throws {
        self.init(
            id: try agency.requireID(), name: agency.name, kind: try agency.agencyKind,
            isStatutoryPartner: agency.isStatutoryPartner, contributesToBudget: agency.contributesToBudget,
            isActive: agency.isActive)
    }

    var statusTag: Tag { isActive ? Tag("Active", "green") : Tag("Inactive", "grey") }
}

typealias AgencyListFacts = ListPageFacts<AgencyController.Sort, AgencyRow>

enum AgencyQueries {
    /// One page of agencies, of one kind if `?kind=` names one, sorted by name or by kind then name.
    static func list(_ list: ListQuery<AgencyController.Sort>, on db: any Database) async throws -> AgencyListFacts {
        var query = Agency.query(on: db)
        if let kind = list.extra["kind"] { query = query.filter(\.$kind == kind) }
        switch list.sort {
        case .name: query = query.sort(\.$name, list.descending ? .descending : .ascending)
        case .kind: query = query.sort(\.$kind, list.descending ? .descending : .ascending).sort(\.$name)
        }
        let page = try await list.paginate(query)
        return AgencyListFacts(list: list, items: try page.items.map(AgencyRow.init), metadata: page.metadata)
    }

    /// The agency and how many active accounts belong to it.
    static func agency(_ agency: Agency, on db: any Database) async throws -> AgencyFacts {
        let id = try agency.requireID()
        let people = try await User.query(on: db).filter(\.$agency.$id == id).filter(\.$isActive == true).count()
        return AgencyFacts(
            agency: try AgencyRow(agency), contactName: agency.contactName,
            contactEmail: agency.contactEmail, people: people)
    }
}

/// The agencies list as blocks: the add button for those who may, and the page of agencies.
struct AgencyListPage: Sendable {
    let facts: AgencyListFacts
    let canManage: Bool

    func blocks() -> [Block] {
        let list = facts.list
        let rows: [[TableView.Cell]] = facts.items.map { agency in
            [
                TableView.Cell(agency.name, href: AgencyPaths.show(agency.id)),
                TableView.Cell(agency.kind.label),
                agency.isStatutoryPartner ? .tag(Tag("Statutory partner", "blue")) : TableView.Cell("No"),
                TableView.Cell(agency.contributesToBudget ? "Yes" : "No"),
                .tag(agency.statusTag),
            ]
        }
        let table = TableView(
            columns: [
                list.column("Agency", .name), list.column("Type", .kind),
                TableView.column("Statutory partner"), TableView.column("Contributes to budget"),
                TableView.column("Status"),
            ],
            rows: rows, emptyText: "No agencies have been added yet.", pagination: facts.pagination)
        var blocks: [Block] = []
        if canManage { blocks.append(.buttons([.link("Add an agency", AgencyPaths.new.path)])) }
        blocks.append(.table(table))
        return blocks
    }
}

struct AgencyFacts: Sendable {
    let agency: AgencyRow
    let contactName: String?
    let contactEmail: String?
    /// Active accounts belonging to the agency.
    let people: Int
}

/// An agency's page as blocks: every field, how many people have accounts, and the change button for those who
/// may change it.
struct AgencyPage: Sendable {
    let facts: AgencyFacts
    let canManage: Bool

    func blocks() -> [Block] {
        let agency = facts.agency
        var blocks: [Block] = [
            .summary(
                SummaryList(rows: [
                    .init("Type", agency.kind.label),
                    .init("Statutory partner", agency.isStatutoryPartner ? "Yes" : "No"),
                    .init("Contributes to the budget", agency.contributesToBudget ? "Yes" : "No"),
                    .init("Contact", facts.contactName), .init("Contact email", facts.contactEmail),
                    .init("Status", nil, tag: agency.statusTag),
                    .init("People with accounts", String(facts.people)),
                ]))
        ]
        if canManage {
            blocks.append(.buttons([.link("Change this agency", AgencyPaths.edit(agency.id), secondary: true)]))
        }
        return blocks
    }
}
