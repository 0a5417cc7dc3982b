import SQLKit

/// The SQL a provider needs to match a query: the same on SQLite and PostgreSQL, and never user input in the
/// statement itself. Both sides are put in lower case by the database (`LOWER(col) LIKE LOWER(?)`), so letter case
/// is ignored the same way on both engines: SQLite's LIKE ignores ASCII case already, PostgreSQL's does not.
extension SearchQuery {
    /// Every word appears in at least one of `columns`: `(LOWER(a) LIKE … OR LOWER(b) LIKE …) AND (…)`.
    /// A column with nothing in it matches nothing. True when there are no words (the page never asks then).
    package func matching(_ columns: [any SQLExpression]) -> SQLQueryString {
        guard !words.isEmpty else { return "1 = 1" }
        let perWord: [SQLQueryString] = words.map { word in
            let pattern = Self.containing(word)
            let any: [SQLQueryString] = columns.map { column in
                "LOWER(COALESCE(\(column), '')) LIKE LOWER(\(bind: pattern)) ESCAPE '!'"
            }
            return "(" + any.joined(separator: " OR ") + ")"
        }
        return "(" + perWord.joined(separator: " AND ") + ")"
    }

    /// " LIMIT 11": the results shown and one more, which tells the page there are more.
    package var sqlLimit: SQLQueryString { " LIMIT \(literal: limit + 1)" }

    /// A LIKE pattern for "contains this word", with LIKE's own characters (and the escape) matched literally:
    /// "100%" finds "100%", not "1000".
    static func containing(_ word: String) -> String {
        var escaped = ""
        for character in word {
            if character == "!" || character == "%" || character == "_" { escaped.append("!") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}
