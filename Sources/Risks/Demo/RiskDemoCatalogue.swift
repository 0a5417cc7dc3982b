import MASACore

/// A risk of the fictional Northmere partnership, with how its history should read.
struct DemoRisk {
    enum Plan {
        /// Reviewed every quarter, this one included.
        case reviewed
        /// Reviewed until last quarter, not yet this one: the register flags it.
        case missedThisQuarter
        /// Accepted at its level; reviewed every quarter, score steady.
        case tolerated
        /// Closed a number of quarters ago, after its score came down.
        case closed(quartersAgo: Int)
    }

    let title: String
    let details: String
    let scope: Scope
    /// Agency key in `DemoSeed.agencies`.
    let owner: String
    let ownerName: String
    let likelihood: Int
    let impact: Int
    let target: (Int, Int)?
    let controls: String
    let actions: String
    let plan: Plan
    /// Quarters before the current one that the risk was added; more than the history holds means from the start.
    var addedQuartersAgo = Int.max
}

enum RiskDemoCatalogue {
    static let risks: [DemoRisk] = [
        DemoRisk(
            title: "Agency data returns not received on time",
            details:
                "Partners' quarterly performance returns arrive late or incomplete, so the Quality Assurance group cannot see the whole picture.",
            scope: .allAge, owner: "council", ownerName: "Partnership Business Manager", likelihood: 4, impact: 3,
            target: (2, 3),
            controls:
                "Quarterly data schedule agreed by the executive; reminders 10 working days before each deadline.",
            actions: "Each agency to name a data lead; late returns escalated to the three statutory partners.",
            plan: .missedThisQuarter),
        DemoRisk(
            title: "Rapid reviews not completed within 15 working days",
            details:
                "Rapid reviews miss the Panel's 15 working day expectation, delaying learning and national oversight.",
            scope: .children, owner: "childrens", ownerName: "Head of Safeguarding and Quality", likelihood: 3,
            impact: 5, target: (2, 4),
            controls: "Case review officer tracks every notification; agency chronologies requested on day one.",
            actions: "Standing rapid review slots agreed with partners; template revised to shorten agency summaries.",
            plan: .reviewed),
        DemoRisk(
            title: "Loss of business unit capacity",
            details:
                "Vacancies or long-term absence in a five-person team would stop case reviews, training and audits.",
            scope: .allAge, owner: "council", ownerName: "Director of Children's Services", likelihood: 3, impact: 4,
            target: (2, 3),
            controls: "Cross-training between officers; written procedures for every core task.",
            actions: "Business case to the statutory partners for a permanent administrator post.", plan: .reviewed),
        DemoRisk(
            title: "Health partner funding reduction",
            details:
                "The integrated care board's budget settlement may reduce its contribution to the partnership budget.",
            scope: .allAge, owner: "icb", ownerName: "ICB Executive Safeguarding Lead", likelihood: 4, impact: 4,
            target: (3, 3),
            controls: "Three-year funding agreement between the statutory partners; reserves held at 10%.",
            actions: "Budget scenarios to the leadership board; equitable funding formula under review.",
            plan: .missedThisQuarter),
        DemoRisk(
            title: "Transition to adulthood: gaps between children's and adults' services",
            details:
                "Young people with care and support needs lose support at 18 because children's and adults' services plan separately.",
            scope: .allAge, owner: "adultcare", ownerName: "Head of Adult Safeguarding", likelihood: 4, impact: 4,
            target: (2, 4),
            controls: "Transitions panel meets monthly from age 16; joint protocol published.",
            actions: "Multi-agency audit of transition cases; joint training for children's and adults' practitioners.",
            plan: .reviewed),
        DemoRisk(
            title: "Recurring themes not addressed",
            details:
                "The same findings (professional curiosity, information sharing, Think Family) recur in review after review.",
            scope: .allAge, owner: "council", ownerName: "Chair of the Learning and Improvement group", likelihood: 3,
            impact: 4, target: (2, 3),
            controls: "Themes tagged on every review and tracked by the Learning and Improvement group.",
            actions: "Thematic learning event on professional curiosity; impact audit six months after each briefing.",
            plan: .reviewed),
        DemoRisk(
            title: "Schools' section 175 return rate low",
            details: "Too few schools return the annual section 175 safeguarding audit, secondary schools especially.",
            scope: .children, owner: "secondary", ownerName: "Education Safeguarding Lead", likelihood: 4, impact: 2,
            target: (2, 2),
            controls: "Audit window set at the start of the autumn term; reminders through the headteachers' forums.",
            actions: "Follow-up visits to non-returning schools; return rates reported to the executive by phase.",
            plan: .reviewed),
        DemoRisk(
            title: "Information sharing between police and health",
            details:
                "Domestic abuse notifications and concerns are not reliably shared between the police and GP practices and health visitors.",
            scope: .allAge, owner: "police", ownerName: "Detective Superintendent, Public Protection", likelihood: 3,
            impact: 5, target: (2, 4),
            controls: "Information sharing agreement signed by all partners; daily domestic abuse triage meeting.",
            actions: "Secure email route for notifications to GP practices; audit of 20 cases for timeliness.",
            plan: .missedThisQuarter),
        DemoRisk(
            title: "Return home interviews not offered within 72 hours",
            details: "Children who go missing are not offered an independent return home interview within 72 hours.",
            scope: .children, owner: "childrens", ownerName: "Service Manager, Exploitation and Missing", likelihood: 3,
            impact: 3, target: (2, 3),
            controls: "Missing notifications shared each morning; commissioned independent interview service.",
            actions: "Weekly performance report to the Complex Safeguarding sub-group.", plan: .reviewed,
            addedQuartersAgo: 3),
        DemoRisk(
            title: "Domestic abuse referrals from health below expected levels",
            details:
                "Referrals from health settings to domestic abuse services are lower than the population would suggest.",
            scope: .allAge, owner: "community", ownerName: "Named Nurse for Safeguarding", likelihood: 3, impact: 3,
            target: (2, 3),
            controls: "Routine enquiry in maternity and emergency departments; domestic abuse champions in each trust.",
            actions: "Training for health staff with Safe Harbour; referral figures added to the dataset.",
            plan: .reviewed, addedQuartersAgo: 1),
        DemoRisk(
            title: "Cross-border working with neighbouring partnerships",
            details: "Children and adults placed across the border fall between two partnerships' procedures.",
            scope: .allAge, owner: "police", ownerName: "Detective Chief Inspector, Public Protection", likelihood: 3,
            impact: 2, target: nil,
            controls: "Regional protocol for placements; named contacts in each neighbouring partnership.",
            actions: "None further: the partners have accepted this risk at its current level.", plan: .tolerated),
        DemoRisk(
            title: "Safeguarding hub case system out of support",
            details: "The multi-agency safeguarding hub's case system was going out of supplier support.",
            scope: .children, owner: "council", ownerName: "Head of Digital Services", likelihood: 4, impact: 4,
            target: (1, 4),
            controls: "Supplier extended support; nightly backups tested.",
            actions: "Replacement system procured and migrated.", plan: .closed(quartersAgo: 2)),
    ]

    static let up = [
        "Raised: this quarter's figures show the position getting worse; the owner will report to the executive.",
        "Raised: capacity pressures in two agencies mean the controls are not working as planned.",
        "Raised after learning from a recent rapid review; further actions added.",
    ]
    static let down = [
        "Reduced: the mitigating actions are taking effect and the figures have improved for a second quarter.",
        "Reduced now that the new process agreed at the executive is in use.",
        "Reduced: the owner gave assurance, with evidence, at the Quality Assurance group.",
    ]
    static let same = [
        "No change: controls operating as expected and actions on track.",
        "Reviewed with the owner; score unchanged, actions carried forward to next quarter.",
        "No change this quarter; the owner will report progress on the actions at the next executive.",
    ]
    static let independent = [
        "Independent review of the register: I tested this risk with its owner. The score is fair; I asked for clearer evidence that the actions make a difference.",
        "Independent review of the register: entries are up to date and scores reasoned. I challenged whether the controls on this risk are strong enough and asked for a report to the board.",
        "Independent review of the register: this risk needs sharper actions with dates; otherwise I am assured.",
    ]
    static let closing = "Closed: actions complete and the risk has stayed low for three quarters."
}
