@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Serious incident notifications")
struct ChildrenIncidentTests {
    typealias D = ChildrenTestData

    @Test func listShowsThePanelClockAndRapidReviewStatus() async throws {
        try await withMASA { t in
            let late = try await D.incident(t, code: "Child T1", panel: D.date(2026, 11, 10))
            _ = try await D.rapidReview(t, late, completed: D.date(2026, 11, 16))
            _ = try await D.incident(t, code: "Child T3", aware: D.date(2026, 11, 16), panel: nil, partners: nil)
            let page = try await t.browser(as: .independentScrutineer).get("/case-reviews/incidents")
            #expect(page.status == .ok)
            #expect(page.html.contains("Child T1") && page.html.contains("Child T3"))
            #expect(page.html.contains("Met late"), "notified on the 6th working day")
            #expect(page.html.contains("Completed but not sent to the Panel"))
            #expect(page.html.contains("Running") && page.html.contains("Due 23 November 2026"))
            #expect(!page.html.contains("Record a notification"))
            let sorted = try await t.browser(as: .businessUnit).get("/case-reviews/incidents?sort=code&order=desc")
            #expect(sorted.html.contains("Record a notification"))
            let t3 = try #require(sorted.html.range(of: "Child T3")),
                t1 = try #require(sorted.html.range(of: "Child T1"))
            #expect(t3.lowerBound < t1.lowerBound)
        }
    }

    @Test func businessUnitRecordsANotification() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/case-reviews/incidents/new").status == .ok)
            let response = try await browser.post("/case-reviews/incidents/new", D.incidentForm())
            #expect(response.status == .seeOther)
            let incident = try #require(try await SeriousIncident.query(on: t.db).filter(\.$code == "Child T2").first())
            #expect(incident.becameAwareOn == "2026-11-10" && incident.sentToPanelOn == "2026-11-12")
            #expect(incident.abuseTypes == #"["neglect","physical"]"# && incident.parallelProcesses == #"["coroner"]"#)
            #expect(incident.parallelNotes == nil)
            let page = try await browser.get(response.location!)
            #expect(page.html.contains("Child T2 recorded"))
            #expect(page.html.contains("Panel notified (5 working days)") && page.html.contains("17 November 2026"))
            #expect(page.html.contains("Coroner&#39;s inquest") || page.html.contains("Coroner's inquest"))
            #expect(page.html.contains("Rapid review sent (15 working days)") && page.html.contains("3 December 2026"))
        }
    }

    @Test func badNotificationInputIsExplainedAndNothingSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let blank = try await browser.post("/case-reviews/incidents/new", [("code", ""), ("authority", "")])
            #expect(blank.status == .unprocessableEntity)
            for message in [
                "Enter the code or pseudonym", "Enter the notifying local authority", "Enter the incident date",
                "Enter the date the local authority became aware",
                "Select whether the child died or was seriously harmed",
                "Select whether the abuse or neglect is known or suspected", "Select the child's status",
                "Select the type of abuse or neglect, or Not yet known", "Enter a short summary",
            ] {
                #expect(D.contains(blank.html, message), "\(message)")
            }
            let dates = try await browser.post(
                "/case-reviews/incidents/new",
                D.with(
                    D.incidentForm(),
                    [
                        ("abuseCertainty", "not-suspected"), ("lookedAfterDeath", "true"), ("sentToOfstedOn-day", "31"),
                        ("sentToOfstedOn-month", "2"),
                    ] + D.dateFields("becameAwareOn", D.date(2026, 11, 8))
                        + D.dateFields("sentToPanelOn", D.date(2026, 11, 19))
                        + D.dateFields("partnersInformedOn", D.date(2026, 11, 5))))
            #expect(dates.status == .unprocessableEntity)
            for message in [
                "The date the local authority became aware cannot be before the incident date",
                "Date notified to the Panel cannot be in the future", "Date notified to Ofsted must be a real date",
                "Date the partners were informed cannot be before the local authority became aware",
                "Only tick this when the child died and was looked after",
                "Abuse or neglect can be not suspected only for the death of a looked-after child",
            ] {
                #expect(D.contains(dates.html, message), "\(message)")
            }
            #expect(dates.html.contains("value=\"Child T2\""), "what was typed is kept")
            #expect(try await SeriousIncident.query(on: t.db).count() == 0)
        }
    }

    @Test func aLookedAfterChildsDeathIsNotifiedWithoutSuspectedAbuse() async throws {
        try await withMASA { t in
            let response = try await t.browser(as: .businessUnit).post(
                "/case-reviews/incidents/new",
                D.with(
                    D.incidentForm(),
                    [
                        ("childStatus", "looked-after"), ("lookedAfterDeath", "true"),
                        ("abuseCertainty", "not-suspected"), ("abuseTypes", ""),
                    ]))
            #expect(response.status == .seeOther)
            let incident = try #require(try await SeriousIncident.query(on: t.db).first())
            #expect(incident.lookedAfterDeath && incident.abuseTypes == "[]")
        }
    }

    @Test func editingKeepsCodesUnique() async throws {
        try await withMASA { t in
            let first = try await D.incident(t, code: "Child T1")
            let second = try await D.incident(t, code: "Child T2")
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get("/case-reviews/incidents/\(second.id!)/edit")
            #expect(form.status == .ok && form.html.contains("value=\"Child T2\""))
            let clash = try await browser.post(
                "/case-reviews/incidents/\(second.id!)/edit", D.incidentForm(code: "Child T1"))
            #expect(
                clash.status == .unprocessableEntity
                    && clash.html.contains("A notification with the code Child T1 already exists"))
            let saved = try await browser.post(
                "/case-reviews/incidents/\(first.id!)/edit", D.incidentForm(code: "Child T1"))
            #expect(saved.status == .seeOther)
            #expect(try await SeriousIncident.find(first.id!, on: t.db)?.harm == "died")
        }
    }

    @Test func unknownIdsAreNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let incident = try await D.incident(t)
            for path in [
                "/case-reviews/incidents/\(UUID())", "/case-reviews/incidents/\(UUID())/edit",
                "/case-reviews/incidents/nonsense",
                "/case-reviews/incidents/\(UUID())/rapid-review", "/case-reviews/incidents/\(UUID())/rapid-review/edit",
                "/case-reviews/incidents/\(UUID())/rapid-review/agency-summaries/new",
            ] {
                #expect(try await browser.get(path).status == .notFound, "\(path)")
            }
            let remove = try await browser.post(
                "/case-reviews/incidents/\(incident.id!)/rapid-review/agency-summaries/\(UUID())/remove")
            #expect(remove.status == .notFound)
            #expect(
                try await browser.post("/case-reviews/incidents/\(UUID())/rapid-review/commission").status == .notFound)
        }
    }

    @Test func viewersCannotWrite() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let base = "/case-reviews/incidents/\(incident.id!)"
            let viewer = try await t.browser(as: .independentScrutineer)
            for path in [
                "/case-reviews/incidents/new", "\(base)/edit", "\(base)/rapid-review/edit",
                "\(base)/rapid-review/agency-summaries/new",
            ] {
                #expect(try await viewer.get(path).status == .forbidden, "GET \(path)")
            }
            for path in [
                "/case-reviews/incidents/new", "\(base)/edit", "\(base)/rapid-review/edit",
                "\(base)/rapid-review/agency-summaries/new",
                "\(base)/rapid-review/agency-summaries/\(UUID())/remove", "\(base)/rapid-review/commission",
            ] {
                #expect(try await viewer.post(path, D.incidentForm()).status == .forbidden, "POST \(path)")
            }
            #expect(try await viewer.get(base).status == .ok)
            #expect(try await viewer.get("\(base)/rapid-review").status == .ok)
            #expect(try await SeriousIncident.query(on: t.db).count() == 1)
        }
    }
}
