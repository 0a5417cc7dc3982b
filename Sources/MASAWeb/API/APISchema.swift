import Foundation

/// The JSON shape of a value in an API response, as small as the OpenAPI document needs. Each DTO states its own
/// next to its fields; the document is built from these and a test checks real responses against the document,
/// so a field added to a DTO but not to its schema (or the other way round) fails the build's tests.
package indirect enum APIType: Sendable {
    case string
    /// A local date, `LocalDate.iso`: "2026-11-18".
    case date
    /// An instant in ISO 8601 with a zone: "2026-11-18T10:00:00Z".
    case dateTime
    case uuid
    case integer
    case boolean
    /// A code list's stable raw values.
    case oneOf([String])
    case array(APIType)
    case object(APIObjectSchema)

    /// The raw values of a code list, taken from the Swift enum itself so the document cannot drift from it.
    package static func values<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> APIType
    where E.RawValue == String {
        .oneOf(type.allCases.map(\.rawValue))
    }
}

/// One property of an object. Optional properties are left out of a response when they have no value.
package struct APIField: Sendable {
    package let name: String
    package let type: APIType
    package let isRequired: Bool
    package let note: String?

    package static func required(_ name: String, _ type: APIType, _ note: String? = nil) -> APIField {
        APIField(name: name, type: type, isRequired: true, note: note)
    }

    package static func optional(_ name: String, _ type: APIType, _ note: String? = nil) -> APIField {
        APIField(name: name, type: type, isRequired: false, note: note)
    }
}

/// A named object: a component of the OpenAPI document. Property names are as sent (snake_case).
package struct APIObjectSchema: Sendable {
    package let name: String
    package let note: String?
    package let fields: [APIField]

    package init(_ name: String, note: String? = nil, _ fields: [APIField]) {
        self.name = name
        self.note = note
        self.fields = fields
    }

    /// This object and every object inside it, each once, by name.
    func components(into found: inout [String: APIObjectSchema]) {
        guard found[name] == nil else { return }
        found[name] = self
        for field in fields { field.type.components(into: &found) }
    }
}

extension APIType {
    func components(into found: inout [String: APIObjectSchema]) {
        switch self {
        case .array(let item): item.components(into: &found)
        case .object(let schema): schema.components(into: &found)
        default: break
        }
    }
}

/// What every API response item is: an explicit DTO with its schema. A Fluent model is never one.
package protocol APIObject: Encodable, Sendable {
    static var schema: APIObjectSchema { get }
}
