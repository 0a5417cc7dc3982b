/// The attendance figures the annual report shows: each group's meetings held against meetings planned
/// ("Quality Assurance 9/11"), and each agency's attendance across the meetings of the groups it sits on.
package enum AttendanceStatistics {
    package struct MeetingRecord: Sendable, Equatable {
        package let groupID: String
        package let date: LocalDate
        package let status: MeetingStatus
        /// Agency ids marked attended at this meeting.
        package let attendingAgencies: Set<String>
        package let apologisingAgencies: Set<String>

        package init(
            groupID: String, date: LocalDate, status: MeetingStatus, attendingAgencies: Set<String>,
            apologisingAgencies: Set<String> = []
        ) {
            self.groupID = groupID
            self.date = date
            self.status = status
            self.attendingAgencies = attendingAgencies
            self.apologisingAgencies = apologisingAgencies
        }
    }

    package struct HeldOfPlanned: Sendable, Equatable {
        package let held: Int
        package let planned: Int
        package let cancelled: Int
        package var text: String { "\(held)/\(planned)" }

        package init(held: Int, planned: Int, cancelled: Int) {
            self.held = held
            self.planned = planned
            self.cancelled = cancelled
        }
        /// Short of plan only once the year is over, or already when more were cancelled than the plan allows.
        package var isShort: Bool { held < planned }
    }

    /// Meetings held in the financial year for one group, against its plan.
    package static func heldOfPlanned(
        group: String, planned: Int, meetings: [MeetingRecord], year: FinancialYear
    ) -> HeldOfPlanned {
        let inYear = meetings.filter { $0.groupID == group && year.contains($0.date) }
        return HeldOfPlanned(
            held: inYear.filter { $0.status == .held }.count, planned: planned,
            cancelled: inYear.filter { $0.status == .cancelled }.count)
    }

    package struct AgencyRate: Sendable, Equatable {
        package let attended: Int
        package let apologies: Int
        package let expected: Int

        /// Figures counted elsewhere (in SQL, over years of meetings) that the percentage is worked out from.
        package init(attended: Int, apologies: Int, expected: Int) {
            self.attended = attended
            self.apologies = apologies
            self.expected = expected
        }

        /// Whole percentage, or nil when the agency was expected at no meeting (not "0%": nothing to measure).
        package var percentage: Int? {
            expected == 0 ? nil : (attended * 100 + expected / 2) / expected
        }
    }

    /// An agency's attendance at the held meetings of its groups in the year, expected only at meetings held on a
    /// day one of its membership periods covers: an agency that joined in January is not expected in December.
    package static func agencyRate(
        agency: String, memberships: [MembershipPeriod], meetings: [MeetingRecord], year: FinancialYear
    ) -> AgencyRate {
        let expected = meetings.filter { meeting in
            meeting.status == .held && year.contains(meeting.date)
                && memberships.contains { $0.groupID == meeting.groupID && $0.covers(meeting.date) }
        }
        return AgencyRate(
            attended: expected.filter { $0.attendingAgencies.contains(agency) }.count,
            apologies: expected.filter {
                $0.apologisingAgencies.contains(agency) && !$0.attendingAgencies.contains(agency)
            }.count,
            expected: expected.count)
    }
}
