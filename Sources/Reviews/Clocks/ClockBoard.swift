import MASACore
import MASAWeb

/// How the dashboard orders and counts clocks.
package enum ClockBoard {
    /// Open clocks and completed-but-not-sent ones, most urgent first.
    package static func openByUrgency(_ clocks: [ClockItem]) -> [ClockItem] {
        // Ties (two clocks due the same day) go by code, then clock, so the order is the same on every database.
        clocks.filter { !$0.clock.state.isComplete || $0.warning != nil }
            .sorted { ($0.warning == nil ? 1 : 0, $0.clock.urgency, $0.code, $0.type)
                < ($1.warning == nil ? 1 : 0, $1.clock.urgency, $1.code, $1.type) }
    }

    /// The home dashboard card's clocks: open ones that need attention or fall due by `soon`.
    package static func pressing(_ clocks: [ClockItem], soon: LocalDate) -> [ClockItem] {
        openByUrgency(clocks).filter { $0.needsAttention || $0.clock.due <= soon }
    }

    package static func row(_ item: ClockItem) -> [TableView.Cell] {
        let state = item.warning.map { Tag($0, "red") } ?? stateTag(item.clock.state)
        return [TableView.Cell(item.code, href: item.href), TableView.Cell(item.type, hint: item.rule.sourceLabel),
                TableView.Cell(item.clock.due.long), .tag(state), .number(item.clock.workingDaysRemaining)]
    }

    /// A clock's state as a tag; `text` replaces the state's own word where a page says more ("Overdue by 3
    /// working days").
    package static func stateTag(_ state: ClockState, text: String? = nil) -> Tag {
        let colour = switch state {
        case .running: "blue"
        case .dueToday: "yellow"
        case .overdue: "red"
        case .met: "green"
        case .metLate: "orange"
        }
        return Tag(text ?? state.label, colour)
    }

    package struct Timeliness: Equatable {
        package let type: String
        package let source: String
        package var onTime = 0, late = 0, overdue = 0
    }

    /// Per clock type: clocks due this financial year met on time, met late, and still overdue.
    package static func timeliness(_ clocks: [ClockItem], year: FinancialYear) -> [Timeliness] {
        var byType: [String: Timeliness] = [:]
        for item in clocks
        where year.contains(item.clock.due) || (item.clock.state == .overdue && item.clock.due < year.start) {
            var entry = byType[item.type] ?? Timeliness(type: item.type, source: item.rule.sourceText)
            switch item.clock.state {
            case .met: entry.onTime += 1
            case .metLate: entry.late += 1
            case .overdue: entry.overdue += 1
            case .running, .dueToday: continue
            }
            byType[item.type] = entry
        }
        return byType.values.sorted { $0.type < $1.type }
    }
}
