import MASACore

extension FeatureRegistry {
    /// What the web kit itself declares before any feature: its permissions, the seed command, housekeeping
    /// the report figures page that every feature's report sections appear on, and the site-wide search page that
    /// runs every feature's search providers.
    static var kit: FeatureRegistry {
        var registry = FeatureRegistry()
        registry.add(permissions: Permission.kit)
        registry.add(command: "seed", SeedCommand(), migrates: true)
        registry.add(job: Housekeeping.job)
        registry.add(settings: [.requireTwoFactor, .smallNumberLimit])
        ReportFiguresPage.register(&registry)
        SearchPage.register(&registry)
        return registry
    }
}
