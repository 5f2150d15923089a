import ArabicText
import Extraction
import Stories

/// Contradictions inside one article that the annotations show.
enum Inconsistencies {
    /// A weekday written beside a date it does not fall on («الأربعاء 9 ديسمبر 2021», a Thursday).
    static func weekdays(in timexes: [Timex]) -> [Inconsistency] {
        timexes.compactMap { timex in
            guard timex.weekdayMismatch == true, let day = timex.days?.lowerBound else { return nil }
            return Inconsistency(
                description: "the weekday written beside the date does not match it: \(day) is a \(day.weekday)",
                first: (timex.span, timex.text),
                second: (timex.span, "\(day) = \(Self.arabicName(of: day.weekday))"))
        }
    }

    private static func arabicName(of weekday: Weekday) -> String {
        switch weekday {
        case .monday: return "الاثنين"
        case .tuesday: return "الثلاثاء"
        case .wednesday: return "الأربعاء"
        case .thursday: return "الخميس"
        case .friday: return "الجمعة"
        case .saturday: return "السبت"
        case .sunday: return "الأحد"
        }
    }
}
