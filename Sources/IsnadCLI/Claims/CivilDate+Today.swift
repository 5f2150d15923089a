import ArabicText
import Foundation

extension CivilDate {
    /// Today's date in UTC.
    static var today: CivilDate {
        CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The day a `--published` option gives, written YYYY-MM-DD with a year of four digits as the
    /// report's dates are; `nil` for anything else (2026-02-30, 99999-01-01).
    init?(option: String) {
        guard option.utf8.count == 10, let day = CivilDate(option), (1...9999).contains(day.year) else { return nil }
        self = day
    }
}
