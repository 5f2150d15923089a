import Foundation

/// The Umm al-Qura calendar through Foundation's `Calendar(identifier: .islamicUmmAlQura)`, which
/// reads ICU's tables for 1300–1600 AH and falls back to the tabular calendar outside them.
///
/// Gregorian days become `Date`s at 12:00 UTC, far from any day boundary; the calendar's time zone is
/// UTC. `Calendar` is `Sendable` and safe to share across threads.
enum UmmAlQuraReckoning {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = .gmt
        return calendar
    }()

    private static let secondsPerDay = 86_400.0

    /// The last Gregorian day handled (in the year 12921), past the end of
    /// ``HijriDate/supportedYears`` and well inside the range where `Date` counts whole seconds exactly.
    private static let lastDay = CivilDate(daysSinceEpoch: 4_000_000)

    static func civilDate(for date: HijriDate) -> CivilDate? {
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
        guard let instant = calendar.date(from: components) else { return nil }
        let days = Int((instant.timeIntervalSince1970 / secondsPerDay).rounded(.down))
        guard days >= TabularReckoning.epoch, days <= lastDay.daysSinceEpoch else { return nil }
        let civil = CivilDate(daysSinceEpoch: days)
        // Foundation rolls the 30th of a 29-day month over to the next month: reject it.
        guard hijriDate(for: civil) == date else { return nil }
        return civil
    }

    static func hijriDate(for date: CivilDate) -> HijriDate? {
        let days = date.daysSinceEpoch
        guard days >= TabularReckoning.epoch, days <= lastDay.daysSinceEpoch else { return nil }
        let instant = Date(timeIntervalSince1970: Double(days) * secondsPerDay + secondsPerDay / 2)
        let components = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = components.year, let month = components.month, let day = components.day else {
            return nil
        }
        return HijriDate(year: year, month: month, day: day)
    }
}
