import Fluent
import Foundation
import MASACore

/// A person's second factor: set up, checked at sign-in, reset by an administrator.
extension User {
    package enum SecondFactorCheck: Equatable, Sendable {
        case acceptedCode
        case acceptedRecoveryCode
        /// A code from the app that has already signed this person in.
        case reused
        case wrong
        /// Neither six digits nor a recovery code's shape: a typing slip, not a guess.
        case notACode
    }

    /// The six-digit code, or one of the recovery codes. A good code is spent: its step, or the recovery code, can
    /// never be used again.
    package func checkSecondFactor(_ entry: String, at now: Date,
                                   on db: any Database) async throws -> SecondFactorCheck {
        let id = try requireID()
        let digits = entry.filter { $0 != " " && $0 != "-" }
        if digits.count == TOTPSecret.digits, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
            guard let totp = totpSecret.flatMap({ TOTPSecret(base32: $0) }) else { return .wrong }
            switch totp.check(digits, at: now, lastUsedStep: totpLastStep) {
            case .accepted(let step):
                self.totpLastStep = step
                try await save(on: db)
                return .acceptedCode
            case .reused: return .reused
            case .wrong: return .wrong
            }
        }
        guard RecoveryCodes.normalise(entry) != nil else { return .notACode }
        return try await RecoveryCodes.redeem(entry, for: id, at: now, on: db) ? .acceptedRecoveryCode : .wrong
    }

    /// Stores the secret the person has just proved with a code from `step`, and makes their recovery codes, in
    /// one transaction. Returns the codes in plain text: the only time they exist outside the person's hands.
    package func enrolTwoFactor(_ totp: TOTPSecret, confirmedStep step: Int64, at now: Date,
                                on db: any Database) async throws -> [String] {
        let id = try requireID()
        let codes = RecoveryCodes.generate()
        try await db.transaction { tx in
            self.totpSecret = totp.base32
            self.totpLastStep = step
            self.twoFactorEnrolledAt = now
            try await self.save(on: tx)
            try await RecoveryCodes.store(codes, for: id, on: tx)
        }
        return codes
    }

    /// Forgets the secret and the recovery codes: for a lost phone. The person sets it up again from scratch.
    package func resetTwoFactor(on db: any Database) async throws {
        let id = try requireID()
        try await db.transaction { tx in
            self.totpSecret = nil
            self.totpLastStep = nil
            self.twoFactorEnrolledAt = nil
            try await self.save(on: tx)
            try await RecoveryCodes.removeAll(for: id, on: tx)
        }
    }
}
