import Fluent
import Foundation
import Vapor

/// One stored setting value.
final class SettingValue: Model, @unchecked Sendable {
    static let schema = "setting_values"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "value") var value: String

    init() {}
    init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// The saved settings at one moment, each read through its definition: a saved value, or the default before
/// anyone has changed it. A saved value that no longer reads (edited outside MASA) is an error naming the setting.
package struct SettingValues: Sendable {
    let saved: [String: String]

    /// Nothing saved: every setting reads as its default.
    package static let empty = SettingValues(saved: [:])

    package static func load(on db: any Database) async throws -> SettingValues {
        let rows = try await SettingValue.query(on: db).all()
        let saved = Dictionary(rows.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return SettingValues(saved: saved)
    }

    package func text(_ definition: SettingDefinition) throws -> String {
        guard let stored = saved[definition.key] else { return definition.defaultValue }
        guard case .success(let value) = definition.validate(stored), value == stored else {
            throw StoredValueError(table: SettingValue.schema, column: "value", record: definition.key, value: stored)
        }
        return value
    }

    package func number(_ definition: SettingDefinition) throws -> Int {
        guard let number = Int(try text(definition)) else {
            throw StoredValueError(table: SettingValue.schema, column: "value", record: definition.key, value: "")
        }
        return number
    }

    package func flag(_ definition: SettingDefinition) throws -> Bool { try text(definition) == "true" }

    /// Saves every value in one go (the Settings page's whole form).
    static func save(_ values: [String: String], on db: any Database) async throws {
        let rows = try await SettingValue.query(on: db).all()
        let existing = Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            if let row = existing[key] {
                guard row.value != value else { continue }
                row.value = value
                try await row.save(on: db)
            } else {
                try await SettingValue(key: key, value: value).create(on: db)
            }
        }
    }

    /// Sets one value (the demo and the tests' fixtures).
    package static func set(_ definition: SettingDefinition, to value: String, on db: any Database) async throws {
        guard case .success(let valid) = definition.validate(value) else {
            throw SettingProblem("\(value) is not a valid value for \(definition.key)")
        }
        try await save([definition.key: valid], on: db)
    }
}

extension Request {
    /// The settings, read once a request.
    package func settings() async throws -> SettingValues {
        if let cached = storage[SettingValuesKey.self] { return cached }
        let values = try await application.kept.settings.value(now: now) { try await SettingValues.load(on: db) }
        storage[SettingValuesKey.self] = values
        return values
    }
}

private struct SettingValuesKey: StorageKey { typealias Value = SettingValues }
