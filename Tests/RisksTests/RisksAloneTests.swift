import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

/// The risk register needs nothing but the kit: it boots alone, and nobody else's pages come with it.
@Suite("Risks as a feature on its own")
struct RisksAloneTests {
    @Test func theRegisterWorksWithNoOtherFeature() async throws {
        try await withMASA(features: [RisksFeature()]) { t in
            let lead = try await t.browser(as: .statutoryPartnerLead)
            let added = try await lead.post(RiskPaths.new.path, RiskFormTests.fields(t))
            #expect(added.status == .seeOther, "\(added.status)")
            let register = try await lead.get(RiskPaths.list.path)
            #expect(register.status == .ok && register.html.contains("Health partner funding reduction"))
            #expect(try await lead.get("/meetings").status == .notFound, "governance was not booted")
            #expect(t.app.registry.permissions.map(\.name).sorted()
                    == ["manageRisks", "manageStructure", "recordRegisterReview", "reviewRisks", "viewPartnership",
                        "viewUnsuppressedFigures"])
        }
    }
}
