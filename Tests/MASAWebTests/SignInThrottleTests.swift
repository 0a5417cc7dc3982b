import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import Testing

/// The guesser is slowed; the person whose account is guessed, signing in from their own address, is not.
@Suite("Sign-in throttle")
struct SignInThrottleTests {
    @Test func anAttackerCannotLockThePersonOut() async throws {
        try await withMASA { t in
            for _ in 1...8 {
                try await SignInThrottle.recordFailure(
                    email: "viewer@fixture.example", address: "203.0.113.9", now: testNow,
                    on: t.db)
            }
            let attacker = try await SignInThrottle.blockedUntil(
                email: "viewer@fixture.example", address: "203.0.113.9",
                now: testNow, on: t.db)
            #expect(attacker == testNow.addingTimeInterval(8 * 60), "each failure past five doubles the wait")
            let owner = try await SignInThrottle.blockedUntil(
                email: "Viewer@Fixture.example", address: "198.51.100.4",
                now: testNow, on: t.db)
            #expect(owner == nil)
        }
    }

    @Test func oneAddressSweepingManyAccountsIsStopped() async throws {
        try await withMASA { t in
            for n in 1...20 {
                try await SignInThrottle.recordFailure(
                    email: "person\(n)@x.example", address: "203.0.113.9", now: testNow, on: t.db)
            }
            let next = try await SignInThrottle.blockedUntil(
                email: "someone-new@x.example", address: "203.0.113.9",
                now: testNow, on: t.db)
            #expect(next == testNow.addingTimeInterval(15 * 60))
        }
    }

    @Test func aSpreadOutAttackOnOneAccountIsSlowedForAMinuteOnly() async throws {
        try await withMASA { t in
            for n in 1...50 {
                try await SignInThrottle.recordFailure(
                    email: "viewer@fixture.example", address: "192.0.2.\(n)", now: testNow, on: t.db)
            }
            let anyone = try await SignInThrottle.blockedUntil(
                email: "viewer@fixture.example", address: "198.51.100.4",
                now: testNow, on: t.db)
            #expect(anyone == testNow.addingTimeInterval(60))
            try await SignInThrottle.clear(email: "viewer@fixture.example", on: t.db)
            #expect(
                try await SignInThrottle.blockedUntil(
                    email: "viewer@fixture.example", address: "192.0.2.1", now: testNow,
                    on: t.db) == nil, "an administrator's unlock clears every counter")
        }
    }

    @Test func countsStartAgainAfterTheWindow() async throws {
        try await withMASA { t in
            for _ in 1...4 {
                try await SignInThrottle.recordFailure(
                    email: "a@x.example", address: "203.0.113.9", now: testNow, on: t.db)
            }
            let later = testNow.addingTimeInterval(16 * 60)
            try await SignInThrottle.recordFailure(email: "a@x.example", address: "203.0.113.9", now: later, on: t.db)
            #expect(
                try await SignInThrottle.blockedUntil(
                    email: "a@x.example", address: "203.0.113.9", now: later, on: t.db) == nil)
        }
    }
}
