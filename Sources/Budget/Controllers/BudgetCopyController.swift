import Fluent
import MASACore
import MASAWeb
import Vapor

/// "Start next year from this year's lines": copies a year's lines into the next year in one transaction, so a
/// business manager changes a few figures instead of typing a dozen lines. Refused when next year has lines.
enum BudgetCopyController {
    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, year: try BudgetRequest.pathYear(req))
    }

    @Sendable static func copy(req: Request) async throws -> Response {
        let year = try BudgetRequest.pathYear(req), target = year.next
        let copied: Int = try await req.db.transaction { db in
            // Checked again inside the transaction: the page may have been open while someone added a line.
            guard try await BudgetQueries.lineCount(in: target, on: db) == 0 else { return 0 }
            let lines = try await BudgetQueries.lines(in: year, on: db)
            for line in lines { try await line.copy(to: target).create(on: db) }
            return lines.count
        }
        guard copied > 0 else {
            return try await render(req, year: year, refused: true)
        }
        req.flash(
            "\(copied) \(copied == 1 ? "line" : "lines") copied from \(year.label) into \(target.label): change the figures that differ"
        )
        return req.redirect(to: BudgetPaths.year(target))
    }

    static func render(_ req: Request, year: FinancialYear, refused: Bool = false) async throws -> Response {
        let target = year.next
        let lines = try await BudgetQueries.lines(in: year, on: req.db)
        let existing = try await BudgetQueries.lineCount(in: target, on: req.db)
        let reason =
            existing > 0
            ? "\(target.label) already has \(existing) budget \(existing == 1 ? "line" : "lines"), so nothing can be copied into it. Change them on the \(target.label) page."
            : lines.isEmpty ? "\(year.label) has no budget lines to copy." : nil
        func total(_ kind: BudgetLineKind) throws -> String {
            Money.format(pence: try BudgetQueries.lines(lines, of: kind).reduce(0) { $0 + $1.amountPence })
        }
        var blocks: [Block] = [
            .paragraph(
                "Every income and expenditure line of \(year.label) is copied into \(target.label) with the same amount. Notes are not copied. Afterwards, change the figures that differ on the \(target.label) page."
            ),
            .summary(
                SummaryList(rows: [
                    .init("Lines to copy", String(lines.count)),
                    .init("Income", try total(.income)),
                    .init("Expenditure", try total(.expenditure)),
                ])),
        ]
        if let reason {
            blocks.append(.warning(refused ? "Nothing was copied. \(reason)" : reason))
            blocks.append(
                .buttons([
                    .link(
                        "Go to \(existing > 0 ? target.label : year.label)",
                        BudgetPaths.year(existing > 0 ? target : year), secondary: true)
                ]))
        } else {
            blocks.append(
                .buttons([
                    .post(
                        "Copy \(lines.count) \(lines.count == 1 ? "line" : "lines") into \(target.label)",
                        BudgetPaths.copy(year),
                        csrf: req.csrfToken, secondary: false),
                    .link("Cancel", BudgetPaths.year(year), secondary: true),
                ]))
        }
        let chrome = try await req.chrome(
            title: "Start \(target.label) from \(year.label)'s lines",
            breadcrumbs: BudgetRequest.breadcrumbs(year))
        return try await req.renderPage(chrome, blocks, status: refused ? .conflict : .ok)
    }
}
