import Testing
@testable import MASACore

@Suite("Passwords, roles, money and risk scores")
struct AccountsAndMoneyTests {
    @Test func passwordsFollowTheNCSCAdvice() {
        #expect(PasswordPolicy.problem(with: "otter kettle lantern") == nil, "three random words pass")
        #expect(PasswordPolicy.problem(with: "abcdefghijk")?.contains("12 characters") == true)
        #expect(PasswordPolicy.problem(with: "alllowercaseletters") == nil, "no composition rules")
        #expect(PasswordPolicy.problem(with: "Password1234")?.contains("too common") == true, "deny-list ignores case")
        #expect(PasswordPolicy.problem(with: "aaaaaaaaaaaaaa") != nil)
        #expect(PasswordPolicy.problem(with: "abcdefghijklmnop") != nil, "runs of keys")
        #expect(PasswordPolicy.problem(with: "123456789012345") != nil)
        #expect(
            PasswordPolicy.problem(with: "priya.shah.rules!", email: "priya.shah@council.example")?.contains("email")
                == true)
        #expect(PasswordPolicy.problem(with: String(repeating: "xy", count: 65)) != nil, "over 128 characters")
    }

    @Test func roleListsSurviveOddStorage() {
        #expect(Role.readList(#"["viewer","business-unit"]"#) == [.businessUnit, .viewer])
        #expect(Role.readList("[]") == [])
        #expect(Role.readList(Role.listText([.viewer, .businessUnit])) == [.businessUnit, .viewer])
        #expect(Role.listText([.viewer, .businessUnit]) == #"["business-unit","viewer"]"#, "in role order")
        #expect(Role.readList(#"["viewer","nonsense"]"#) == nil, "an unknown name is not dropped")
        #expect(Role.readList(#"["Viewer"]"#) == nil, "names are stored exactly")
        #expect(Role.readList(#"["viewer",""]"#) == nil, "a blank is not a role")
        #expect(Role.readList("viewer,business-unit") == nil, "comma text is upgraded by a migration, not read")
        #expect(Role.readList("") == nil && Role.readList(#"[1]"#) == nil && Role.readList("{}") == nil)
    }

    @Test func moneyIsWholePence() {
        #expect(Money.pence(fromPounds: "1250") == 125_000)
        #expect(Money.pence(fromPounds: "£1,250.50") == 125_050)
        #expect(Money.pence(fromPounds: "1250.5") == 125_050)
        #expect(Money.pence(fromPounds: "-£300") == -30_000)
        #expect(Money.pence(fromPounds: " 0.07 ") == 7)
        for bad in ["", "£", "12.345", "1.2.3", "ten", "1e5", "£-", ".50"] {
            #expect(Money.pence(fromPounds: bad) == nil, "\(bad)")
        }
        #expect(Money.format(pence: 125_000) == "£1,250")
        #expect(Money.format(pence: 125_050) == "£1,250.50")
        #expect(Money.format(pence: 7) == "£0.07")
        #expect(Money.format(pence: -30_000) == "-£300")
        #expect(Money.format(pence: 123_456_789_00) == "£123,456,789")
        #expect(Money.format(pence: 100, alwaysPence: true) == "£1.00")
    }

    @Test func riskBands() {
        #expect(RiskScore(likelihood: 0, impact: 3) == nil && RiskScore(likelihood: 3, impact: 6) == nil)
        #expect(RiskScore(likelihood: 1, impact: 1)!.band == .green)
        #expect(RiskScore(likelihood: 2, impact: 3)!.band == .green)
        #expect(RiskScore(likelihood: 2, impact: 4)!.band == .amber)
        #expect(RiskScore(likelihood: 3, impact: 4)!.band == .amber)
        #expect(RiskScore(likelihood: 3, impact: 5)!.band == .red)
        #expect(RiskScore(likelihood: 5, impact: 5)!.value == 25)
    }

    @Test func seededGeneratorIsRepeatable() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }
}
