/// What one feature offers the others, without either importing the other: the kit declares a small query
/// protocol, the owning feature offers an implementation at registration, and a consumer looks it up by the
/// protocol. A fact nobody offers is simply absent (a feature can run alone in a test).
package struct Facts: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    package init() {}

    mutating func offer<Fact: Sendable>(_ key: Fact.Type, _ value: Fact) {
        values[ObjectIdentifier(key)] = value
    }

    package func look<Fact>(_ key: Fact.Type) -> Fact? {
        values[ObjectIdentifier(key)] as? Fact
    }
}
