/// A rapid review goes to the Panel with the three safeguarding partners' sign-off (the local authority, the chief
/// officer of police and the integrated care board; Working Together 2023). Recording it as sent needs each
/// partner's sign-off dated on or before the day it was sent, or the reason it went without.
package enum RapidReviewSignOff {
    /// Nil when the sending may be recorded; otherwise what is missing, for the form's message.
    package static func problem(signedOff: [LocalDate?], sent: LocalDate?, reason: String?) -> String? {
        guard let sent, (reason ?? "").isEmpty else { return nil }
        if signedOff.contains(where: { $0 == nil }) {
            return "Enter the date each partner signed off, or say why the rapid review was sent without it"
        }
        if signedOff.contains(where: { $0.map { $0 > sent } ?? false }) {
            return "A partner signed off after the date sent: correct the dates, or say why the rapid review was "
                + "sent before every partner signed it off"
        }
        return nil
    }
}
