/// Notices a learning theme that keeps coming back: tagged on `threshold` or more distinct reviews whose dates fall
/// within `windowMonths` of one another (3 in 24 months by default; both are partnership settings).
package enum ThemeRecurrence {
    package struct Tagging: Sendable, Equatable {
        package let theme: String
        package let review: String
        /// The review's reference date (decision to review, or referral for SARs).
        package let date: LocalDate

        package init(theme: String, review: String, date: LocalDate) {
            self.theme = theme
            self.review = review
            self.date = date
        }
    }

    package struct Finding: Sendable, Equatable {
        package let theme: String
        /// The reviews in the largest qualifying window, earliest first.
        package let reviews: [String]
        package let from: LocalDate
        package let to: LocalDate
    }

    package static func recurring(_ taggings: [Tagging], threshold: Int = 3, windowMonths: Int = 24) -> [Finding] {
        let byTheme = Dictionary(grouping: taggings, by: \.theme)
        return byTheme.keys.sorted().compactMap { theme in
            // One date per review: a review tagged twice with the same theme counts once.
            var firstDate: [String: LocalDate] = [:]
            for tagging in byTheme[theme]! {
                firstDate[tagging.review] = min(firstDate[tagging.review] ?? tagging.date, tagging.date)
            }
            let ordered = firstDate.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            var best: ArraySlice<(key: String, value: LocalDate)> = []
            var start = 0
            for end in ordered.indices {
                while ordered[start].value.adding(months: windowMonths) < ordered[end].value { start += 1 }
                if end - start + 1 > best.count { best = ordered[start...end] }
            }
            guard best.count >= max(1, threshold) else { return nil }
            return Finding(theme: theme, reviews: best.map(\.key), from: best.first!.value, to: best.last!.value)
        }
    }
}
