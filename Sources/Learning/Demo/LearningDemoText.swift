/// Invented wording for the demo partnership's learning: no real case, no real person.
enum LearningDemoText {
    struct Item { let finding: String; let recommendation: String; let action: String }

    static let findings: [Item] = [
        Item(
            finding:
                "Practitioners accepted the parents' explanations of missed appointments without professional curiosity or challenge.",
            recommendation:
                "Partners should promote professional curiosity and respectful challenge when explanations do not fit what is seen.",
            action: "Run professional curiosity workshops for frontline staff"),
        Item(
            finding:
                "Information about a previous injury was held by health but not shared at the strategy discussion.",
            recommendation: "Agencies should make sure all relevant information is shared at strategy discussions.",
            action: "Audit strategy discussion attendance and information sharing"),
        Item(
            finding: "Concerns about home conditions were recorded over two years but never drawn together as neglect.",
            recommendation: "The partnership should embed the neglect toolkit so that cumulative harm is recognised.",
            action: "Relaunch the neglect toolkit with practice guidance"),
        Item(
            finding: "Disagreements between agencies about the level of risk were not escalated.",
            recommendation: "Partners should remind staff of the escalation policy and monitor its use.",
            action: "Report escalations quarterly to the case review group"),
        Item(
            finding: "The adult's capacity to decide about their care was assumed rather than assessed.",
            recommendation:
                "Agencies should assess and record mental capacity for specific decisions when self-neglect is suspected.",
            action: "Deliver Mental Capacity Act refresher training"),
        Item(
            finding: "The voice of the father was missing from assessments and plans.",
            recommendation:
                "Assessments should seek out and record the views of every adult in the household, Think Family.",
            action: "Add a Think Family prompt to assessment templates"),
        Item(
            finding: "Safe sleeping advice was given once, antenatally, and not revisited when circumstances changed.",
            recommendation:
                "Health partners should repeat safe sleeping advice at every contact where circumstances change.",
            action: "Revise the safe sleeping pathway for health visitors"),
    ]

    static let owners = [
        "Head of Safeguarding", "Designated Nurse", "Detective Inspector, Public Protection", "Principal Social Worker",
        "Named GP", "Service Manager, Adult Social Care",
    ]
    static let evidence = [
        "Attendance records and a re-audit of 20 cases", "Revised guidance published and circulated to all teams",
        "Training delivered to 140 staff, with evaluation forms",
    ]
    static let impact = [
        "Re-audit shows challenge recorded in 17 of 20 cases, up from 6 of 20",
        "Escalations rose from 2 to 11 a quarter and were resolved within 10 working days",
    ]
    static let reasons = [
        "The agency's existing policy already meets the recommendation; the board accepted this at its March meeting",
        "The service was decommissioned; the recommendation passed to the new provider's contract",
    ]
}
