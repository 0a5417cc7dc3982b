import Foundation
import MASACore

/// Checks a response against the served OpenAPI document's schemas: types, formats, enums, required properties,
/// and no property the document does not name. The subset of JSON Schema the document uses, and no more.
package struct OpenAPICheck: Sendable {
    package let document: JSON

    package init(_ document: JSON) { self.document = document }

    /// The 200 response schema of `GET path` ("/api/v1/risks/{riskID}").
    package func responseSchema(_ path: String) -> JSON? {
        document["paths"]?[path]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
    }

    /// Every way `value` departs from `schema`, each with where it is ("$.data[0].score.band").
    package func problems(_ value: JSON, _ schema: JSON, at place: String = "$") -> [String] {
        if let ref = schema["$ref"]?.string {
            guard let target = resolve(ref) else { return ["\(place): unknown $ref \(ref)"] }
            return problems(value, target, at: place)
        }
        var found: [String] = []
        let types = schema["type"]?.array?.compactMap(\.string) ?? schema["type"]?.string.map { [$0] } ?? []
        if !types.isEmpty && !types.contains(where: { matches(value, type: $0) }) {
            return ["\(place): expected \(types.joined(separator: " or ")), got \(value)"]
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) {
            found.append("\(place): \(value) not in enum")
        }
        if let format = schema["format"]?.string, let text = value.string, !valid(text, format: format) {
            found.append("\(place): \"\(text)\" is not a \(format)")
        }
        if case .object(let fields) = value {
            let properties = schema["properties"]?.object ?? [:]
            for name in schema["required"]?.array?.compactMap(\.string) ?? [] where fields[name] == nil {
                found.append("\(place): missing required \(name)")
            }
            for (name, field) in fields {
                if let property = properties[name] {
                    found += problems(field, property, at: "\(place).\(name)")
                } else if schema["additionalProperties"]?.bool == false {
                    found.append("\(place): \(name) is not in the document")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(place)[\(index)]") }
        }
        return found
    }

    func resolve(_ ref: String) -> JSON? {
        let prefix = "#/components/schemas/"
        guard ref.hasPrefix(prefix) else { return nil }
        return document["components"]?["schemas"]?[String(ref.dropFirst(prefix.count))]
    }

    func matches(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("array", .array), ("object", .object), ("null", .null): true
        case ("integer", .number(let number)): number.rounded() == number
        case ("number", .number): true
        default: false
        }
    }

    func valid(_ text: String, format: String) -> Bool {
        switch format {
        case "uuid": UUID(uuidString: text) != nil
        case "date": LocalDate(iso: text)?.iso == text
        case "date-time": (try? Date.ISO8601FormatStyle().parse(text)) != nil
        default: true
        }
    }
}
