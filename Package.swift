// swift-tools-version:6.0
import PackageDescription

// MASA: one server binary, feature modules around a pure domain core.
// The walls between targets are described in README.md ("Architecture").
let vapor: Target.Dependency = .product(name: "Vapor", package: "vapor")
let fluent: Target.Dependency = .product(name: "Fluent", package: "fluent")

/// A feature target: imports the domain core and the shared web kit, never another feature.
func feature(_ name: String) -> Target {
    let parts: [Target.Dependency] = name == "CaseReviews" ? (["Reviews"] + caseReviewParts).map { .target(name: $0) } : []
    return .target(name: name, dependencies: ["MASACore", "MASAWeb", vapor, fluent] + parts)
}

let features = ["Partnership", "Governance", "Risks", "Budget", "CaseReviews", "Administration"]

/// Case reviews is one feature built from parts along its real seams. The reviews part holds what every part
/// shares (the review itself, the statutory clocks' machinery, the settings); the children's, adults' and learning
/// parts build on it and never on each other; `CaseReviews` composes them (the clocks dashboard, the API, the
/// report section) and is what `MASAApp` lists. The parts talk through facts where a page needs another's words.
let caseReviewParts = ["ChildrenReviews", "AdultReviews", "Learning"]
func caseReviewPart(_ name: String) -> Target {
    .target(name: name, dependencies: ["Reviews", "MASACore", "MASAWeb", vapor, fluent])
}

let package = Package(
    name: "masa",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "masa", targets: ["masa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        // Verifies the ID tokens of single sign-on (OpenID Connect): RS256 and ES256 keys from the provider's JWKS.
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        // Already beneath Vapor and jwt-kit; named here only so the tests can make RSA keys (CryptoExtras).
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.1.0"),
        // Narrative text: Markdown to HTML, made safe by the kit (Sources/MASAWeb/Kit/Markdown).
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        // The ZIP container of spreadsheet (XLSX) downloads, built in memory.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // Tests only: whole rendered pages compared with the copies kept under Tests/*/__Snapshots__.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.17.0"),
    ],
    targets: [
        .target(name: "MASACore"),
        .target(name: "MASAWeb", dependencies: [
            "MASACore", vapor, fluent,
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Ink", package: "Ink"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Reviews", dependencies: ["MASACore", "MASAWeb", vapor, fluent]),
    ] + caseReviewParts.map(caseReviewPart) + features.map(feature) + [
        .target(name: "MASAApp", dependencies: ["MASACore", "MASAWeb", vapor, fluent] + features.map { .target(name: $0) }),
        .executableTarget(name: "masa", dependencies: ["MASAApp", "MASAWeb", "MASACore", vapor, fluent,
                                                      .product(name: "NIOCore", package: "swift-nio"),
                                                      .product(name: "NIOPosix", package: "swift-nio")]),
        .testTarget(name: "MASACoreTests", dependencies: ["MASACore"]),
        // The HTTP test harness: a fresh database per test (SQLite in memory, or a PostgreSQL schema), a fixture
        // partnership and a cookie-keeping browser. Every web and feature test target uses it.
        .target(name: "MASATestSupport", dependencies: [
            "MASAApp", "MASAWeb", "MASACore", vapor, fluent, .product(name: "VaporTesting", package: "vapor"),
        ], path: "Tests/MASATestSupport"),
        // JWTKit and CryptoExtras make the test identity provider's keys and sign its tokens.
        .testTarget(name: "MASAWebTests", dependencies: ["MASATestSupport", "MASAApp", "MASAWeb", "MASACore", vapor, fluent,
                                                         .product(name: "VaporTesting", package: "vapor"),
                                                         .product(name: "JWTKit", package: "jwt-kit"),
                                                         .product(name: "CryptoExtras", package: "swift-crypto"),
                                                         // The tests open the spreadsheets the kit writes.
                                                         .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                         .product(name: "SnapshotTesting",
                                                                  package: "swift-snapshot-testing")]),
    ] + features.map { name in
        let parts: [Target.Dependency] = name == "CaseReviews" ? (["Reviews"] + caseReviewParts).map { .target(name: $0) } : []
        return .testTarget(name: "\(name)Tests", dependencies: [.target(name: name), "MASATestSupport", "MASAWeb", "MASACore", vapor, fluent,
                                                       .product(name: "VaporTesting", package: "vapor")] + parts)
    }
)
