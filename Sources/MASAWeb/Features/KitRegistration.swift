import MASACore

extension FeatureRegistry {
    /// What the web kit itself declares before any feature: its permissions, the seed command and housekeeping.
    static var kit: FeatureRegistry {
        var registry = FeatureRegistry()
        registry.add(permissions: Permission.kit)
        registry.add(command: "seed", SeedCommand(), migrates: true)
        registry.add(job: Housekeeping.job)
        registry.add(settings: [.requireTwoFactor])
        return registry
    }
}
