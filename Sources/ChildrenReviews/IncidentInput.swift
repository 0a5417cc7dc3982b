import MASACore
import MASAWeb
import Reviews

/// What the notification form posted, validated. Missing required values are nil, with a message in the form.
struct IncidentInput {
    var code, authority, summary, parallelNotes: String?
    var incidentOn, aware, sentToPanel, sentToOfsted, partnersInformed: LocalDate?
    var harm: ChildHarm?
    var certainty: AbuseCertainty?
    var status: ChildStatus?
    var abuse: [ChildAbuseType] = []
    var parallel: [ParallelProcess] = []
    var lookedAfterDeath = false
}

extension IncidentForm {
    static func read(_ form: inout FormReader, today: LocalDate) -> IncidentInput {
        var input = IncidentInput()
        input.code = form.text("code", missing: "Enter the code or pseudonym", max: 40, label: "Code or pseudonym")
        input.authority = form.text(
            "authority", missing: "Enter the notifying local authority", max: 200, label: "Notifying local authority")
        input.incidentOn = DateRules.past(
            &form, "incidentOn", "Incident date", today: today, missing: "Enter the incident date")
        input.aware = DateRules.past(
            &form, "becameAwareOn", "Date the local authority became aware", today: today,
            missing: "Enter the date the local authority became aware")
        if let incident = input.incidentOn, let aware = input.aware, aware < incident {
            form.fail("becameAwareOn", "The date the local authority became aware cannot be before the incident date")
        }
        input.harm = form.choice(
            "harm", ChildHarm.self, missing: "Select whether the child died or was seriously harmed")
        input.abuse = form.choices("abuseTypes", ChildAbuseType.self)
        input.certainty = form.choice(
            "abuseCertainty", AbuseCertainty.self, missing: "Select whether the abuse or neglect is known or suspected")
        input.status = form.choice("childStatus", ChildStatus.self, missing: "Select the child's status")
        input.lookedAfterDeath = form.flag("lookedAfterDeath")
        checkAbuse(&form, input)
        let sent: [(String, String)] = [
            ("sentToPanelOn", "Date notified to the Panel"), ("sentToOfstedOn", "Date notified to Ofsted"),
            ("partnersInformedOn", "Date the partners were informed"),
        ]
        let dates = sent.map { name, label in
            let date = DateRules.past(&form, name, label, today: today)
            if let date, let aware = input.aware, date < aware {
                form.fail(name, "\(label) cannot be before the local authority became aware")
            }
            return date
        }
        (input.sentToPanel, input.sentToOfsted, input.partnersInformed) = (dates[0], dates[1], dates[2])
        input.parallel = form.choices("parallel", ParallelProcess.self)
        input.parallelNotes = form.text("parallelNotes", max: 500, label: "Other parallel processes")
        input.summary = form.text("summary", missing: "Enter a short summary", max: 4000, label: "Summary")
        return input
    }

    /// Abuse or neglect must be known or suspected, except for the death of a looked-after child or a care leaver,
    /// which are notified whether or not it is (`ChildNotification`).
    static func checkAbuse(_ form: inout FormReader, _ input: IncidentInput) {
        let isLookedAfterDeath = input.harm == .died && input.status == .lookedAfter
        let isCareLeaverDeath = input.harm == .died && input.status == .careLeaver
        if input.lookedAfterDeath && !isLookedAfterDeath {
            form.fail("lookedAfterDeath", "Only tick this when the child died and was looked after")
        }
        if input.status == .careLeaver && input.harm == .seriouslyHarmed {
            form.fail("childStatus", "Only a care leaver's death is notified: serious harm to a care leaver aged 18 "
                          + "or over is not a child's notification")
        }
        if input.certainty == .notSuspected && !(input.lookedAfterDeath && isLookedAfterDeath) && !isCareLeaverDeath {
            form.fail("abuseCertainty", "Abuse or neglect can be not suspected only for the death of a looked-after "
                          + "child or of a care leaver")
        }
        if input.abuse.isEmpty && input.certainty != .notSuspected {
            form.fail("abuseTypes", "Select the type of abuse or neglect, or Not yet known")
        }
    }
}
