import ArabicText

/// Turns ``TimexReading``s into values, given the publication date, the tense around the
/// expression and the last date resolved before it in the text.
///
/// The rules are those of <doc:TimeResolution>. Hijri dates convert with ``HijriCalendar/ummAlQura``.
struct TimexResolver {
    /// The publication date, if known.
    var published: CivilDate?
    /// The tense of the clause around the expression.
    var tense: Tense = .unknown
    /// The last value resolved before the expression, for «اليوم التالي», «العام نفسه».
    var previous: TemporalValue?
    /// The reckoning Hijri dates convert with.
    var hijri: HijriCalendar = .ummAlQura

    /// Resolves `reading`.
    func resolve(_ reading: TimexReading) -> TimexResolution {
        switch reading {
        case .day(let spec): return day(spec)
        case .month(let spec):
            let (value, anchor) = month(spec)
            return TimexResolution(value: value, anchor: anchor)
        case .year(let spec):
            let (value, anchor) = year(spec)
            return TimexResolution(value: value, anchor: anchor)
        case .years(let first, let last):
            return TimexResolution(value: .years(first, last), anchor: .absolute)
        case .season(let season, let year, let direction):
            return self.season(season, year: year, direction: direction)
        case .dayShift(let offset, let weekday):
            guard let published else { return TimexResolution(anchor: .publication) }
            let date = published.adding(days: offset)
            return TimexResolution(value: .day(date), anchor: .publication, weekdayMismatch: weekday.map { date.weekday != $0 })
        case .weekday(let weekday, let direction):
            guard let published else { return TimexResolution(anchor: .publication) }
            return TimexResolution(value: .day(Self.weekday(weekday, near: published, direction: direction, tense: tense)), anchor: .publication)
        case .overnight(let weekday, let direction):
            guard let published else { return TimexResolution(anchor: .publication) }
            let night = Self.weekday(weekday, near: published, direction: direction, tense: tense)
            return TimexResolution(value: .days(night, night.adding(days: 1)), anchor: .publication)
        case .weekdayOfWeek(let weekday, let offset):
            guard let published else { return TimexResolution(anchor: .publication) }
            let monday = published.adding(days: 1 - published.weekday.isoNumber + 7 * offset)
            return TimexResolution(value: .day(monday.adding(days: weekday.isoNumber - 1)), anchor: .publication)
        case .weekdayOfMonth(let weekday, let dayNumber):
            return weekdayOfMonth(weekday, day: dayNumber)
        case .unit(let unit, let offset, let relative):
            return self.unit(unit, offset: offset, relative: relative)
        case .shift(let unit, let count):
            guard let published else { return TimexResolution(anchor: .publication) }
            return TimexResolution(value: Self.shift(published, unit: unit, count: count), anchor: .publication)
        case .units(let unit, let count, let future):
            guard let published else { return TimexResolution(anchor: .publication) }
            return TimexResolution(value: Self.units(unit, count: count, future: future, from: published), anchor: .publication)
        case .part(let part, let period):
            return self.part(part, of: period)
        case .nthWeekday(let n, let weekday, let spec):
            let (base, anchor) = month(spec)
            return TimexResolution(value: base.flatMap { Self.nthWeekday(n, weekday, in: $0) }, anchor: anchor)
        case .weekdayAndOrdinal(let n, let weekday, let spec):
            let (base, anchor) = month(spec)
            return TimexResolution(value: base.flatMap { Self.dayOrNthWeekday(n, weekday, in: $0) }, anchor: anchor)
        case .nthWeek(let n, let spec):
            let (base, anchor) = month(spec)
            return TimexResolution(value: base.flatMap { Self.nthWeek(n, in: $0) }, anchor: anchor)
        case .edgeDay(let last, let spec):
            let (base, anchor) = month(spec)
            return TimexResolution(value: base.map { .day(last ? $0.last : $0.first) }, anchor: anchor)
        case .holiday(let holiday, let year):
            return self.holiday(holiday, year: year)
        }
    }

    // MARK: Days and months

    private func day(_ spec: DaySpec) -> TimexResolution {
        guard let named = spec.month.month else {
            // A day of a counted month: «التاسع عشر من هذا الشهر».
            let (base, anchor) = month(spec.month)
            guard let base, let value = Self.days(spec.day, spec.lastDay, inMonthStarting: base.first) else {
                return TimexResolution(anchor: anchor)
            }
            return TimexResolution(value: value, anchor: anchor, weekdayMismatch: mismatch(spec.weekday, value))
        }
        let occurrence: (Int) -> TemporalValue?
        if named.calendar == .hijri {
            occurrence = { hijriYear in self.hijriDays(spec.day, spec.lastDay, month: named.number, year: hijriYear) }
        } else {
            occurrence = { year in
                CivilDate(year: year, month: named.number, day: 1).flatMap { Self.days(spec.day, spec.lastDay, inMonthStarting: $0) }
            }
        }
        return recurring(occurrence, calendar: named.calendar, year: spec.month.year, modifier: spec.month.modifier, weekday: spec.weekday)
    }

    /// The month a spec names, and how it was anchored.
    func month(_ spec: MonthSpec) -> (TemporalValue?, TimexAnchor) {
        guard let named = spec.month else {
            let counted: (TemporalValue?, TimexAnchor)
            if spec.isRelative, let previous {
                counted = (Self.monthValue(containing: previous.first, offset: spec.offset), .relative)
            } else if let published {
                counted = (Self.monthValue(containing: published, offset: spec.offset), .publication)
            } else {
                return (nil, .publication)
            }
            // «الشهر نفسه من العام الماضي»: the counted month in the year stated after it.
            if case .unstated = spec.year { return counted }
            let (year, yearAnchor) = year(spec.year)
            guard let month = counted.0?.first.month, let inYear = year?.first.year else { return (nil, yearAnchor) }
            return (TemporalValue.month(month, of: inYear), counted.1 == .relative ? .relative : yearAnchor)
        }
        let occurrence: (Int) -> TemporalValue?
        if named.calendar == .hijri {
            occurrence = { hijriYear in self.hijriMonth(named.number, year: hijriYear) }
        } else {
            occurrence = { year in TemporalValue.month(named.number, of: year) }
        }
        let resolution = recurring(occurrence, calendar: named.calendar, year: spec.year, modifier: spec.modifier, weekday: nil)
        return (resolution.value, resolution.anchor)
    }

    /// A recurring date (a day or a month of a named month, a holiday) in the year a spec gives, or
    /// in the year the modifier, the tense and the weekday choose.
    ///
    /// `occurrence` gives the date in a year of `calendar` (a Hijri year for Hijri months).
    func recurring(
        _ occurrence: (Int) -> TemporalValue?, calendar: CalendarSystem, year: YearSpec, modifier: TimeDirection?,
        weekday: Weekday?
    ) -> TimexResolution {
        switch year {
        case .gregorian(let value), .currentGregorian(let value):
            if calendar == .hijri {
                // رمضان 2019: the occurrence that starts in that Gregorian year.
                let candidates = hijriYears(around: CivilDate(year: value, month: 7, day: 1)).compactMap(occurrence)
                let value = candidates.first { $0.first.year == value }
                return TimexResolution(value: value, anchor: .absolute, weekdayMismatch: value.flatMap { mismatch(weekday, $0) })
            }
            let value = occurrence(value)
            return TimexResolution(value: value, anchor: .absolute, weekdayMismatch: value.flatMap { mismatch(weekday, $0) })
        case .hijri(let value):
            guard calendar == .hijri else { return TimexResolution(anchor: .absolute) }
            let value = occurrence(value)
            return TimexResolution(value: value, anchor: .absolute, weekdayMismatch: value.flatMap { mismatch(weekday, $0) })
        case .offset(let offset):
            guard let published else { return TimexResolution(anchor: .publication) }
            return inYear(published.year + offset, occurrence, calendar: calendar, weekday: weekday, anchor: .publication)
        case .relative(let offset):
            if let previous {
                return inYear(previous.first.year + offset, occurrence, calendar: calendar, weekday: weekday, anchor: .relative)
            }
            guard let published else { return TimexResolution(anchor: .publication) }
            return inYear(published.year + offset, occurrence, calendar: calendar, weekday: weekday, anchor: .publication)
        case .unstated:
            guard let published else {
                // No publication date: the year of the last date written before, if any.
                guard let previous, calendar == .gregorian else { return TimexResolution(anchor: .inferred) }
                let value = occurrence(previous.first.year)
                return TimexResolution(value: value, anchor: .inferred, weekdayMismatch: value.flatMap { mismatch(weekday, $0) })
            }
            let years: [Int]
            if calendar == .hijri {
                years = hijriYearNumbers(around: published)
            } else {
                years = [published.year - 1, published.year, published.year + 1]
            }
            let candidates = years.compactMap(occurrence)
            guard !candidates.isEmpty else { return TimexResolution(anchor: .inferred) }
            let ordered = Self.preference(candidates, published: published, modifier: modifier, tense: tense, hijri: calendar == .hijri)
            let anchor: TimexAnchor = modifier == nil ? .inferred : .publication
            // The weekday chooses among the years only near the publication: a wrong weekday is a
            // slip to report, not a reason to move the date by a year.
            if let weekday, modifier == nil,
               let agreeing = ordered.first(where: {
                   $0.first.weekday == weekday && $0.isSingleDay && Self.distance($0, from: published) <= Self.weekdayReach
               }) {
                return TimexResolution(value: agreeing, anchor: anchor, weekdayMismatch: false)
            }
            let value = ordered.first
            return TimexResolution(value: value, anchor: anchor, weekdayMismatch: value.flatMap { mismatch(weekday, $0) })
        }
    }

    /// The occurrence in Gregorian `year` (for a Hijri month: the one that starts in it, nearest the
    /// middle of the year when there are two).
    private func inYear(
        _ year: Int, _ occurrence: (Int) -> TemporalValue?, calendar: CalendarSystem, weekday: Weekday?, anchor: TimexAnchor
    ) -> TimexResolution {
        let value: TemporalValue?
        if calendar == .hijri {
            value = hijriYears(around: CivilDate(year: year, month: 7, day: 1)).compactMap(occurrence).first { $0.first.year == year }
        } else {
            value = occurrence(year)
        }
        return TimexResolution(value: value, anchor: anchor, weekdayMismatch: value.flatMap { mismatch(weekday, $0) })
    }

    /// The most days after the publication at which a date without its year in a past clause is
    /// taken as announced rather than as last year's.
    static let nearReach = 45

    /// The most days from the publication at which a weekday may choose the year of a date.
    static let weekdayReach = 240

    /// Days between the publication and the nearest day of `value` (0 when it holds the publication).
    static func distance(_ value: TemporalValue, from published: CivilDate) -> Int {
        if value.first > published { return published.days(to: value.first) }
        if value.last < published { return value.last.days(to: published) }
        return 0
    }

    /// Candidates ordered from the most to the least likely.
    ///
    /// With a modifier: الجاري picks the publication month's occurrence, الماضي/المنصرم the last one
    /// that starts before the publication month, المقبل the first one after it (for a Hijri month:
    /// the last one that ended before the publication day, the first one that starts after it). Without: in past
    /// tense the last one starting on or before the publication day, in future tense the first one
    /// ending on or after it, and otherwise the one in the publication year (HeidelTime's rule for
    /// news); in past tense an occurrence within ``nearReach`` days after the publication comes first
    /// when the last one before it is further back.
    static func preference(
        _ candidates: [TemporalValue], published: CivilDate, modifier: TimeDirection?, tense: Tense, hijri: Bool = false
    ) -> [TemporalValue] {
        let monthStart = CivilDate(year: published.year, month: published.month, day: 1) ?? published
        let monthEnd = monthStart.adding(months: 1).adding(days: -1)
        let sorted = candidates.sorted { $0.first < $1.first }
        func distance(_ value: TemporalValue) -> Int {
            Self.distance(value, from: published)
        }
        func byDistance(_ values: [TemporalValue]) -> [TemporalValue] {
            // Nearest first; on a tie the earlier, since news reports more than it announces.
            values.sorted { (distance($0), $0.first) < (distance($1), $1.first) }
        }
        var first: [TemporalValue]
        switch modifier {
        case .current?:
            first = sorted.filter { $0.first <= monthEnd && $0.last >= monthStart }
        // A Hijri month does not follow the Gregorian one: «رمضان المقبل» in Sha'ban is the Ramadan
        // that begins later this Gregorian month, «رمضان الماضي» during Ramadan last year's.
        case .past?, .previous?:
            first = sorted.filter { hijri ? $0.last < published : $0.first < monthStart }.reversed()
        case .next?, .following?:
            first = sorted.filter { hijri ? $0.first > published : $0.first > monthEnd }
        default:
            switch tense {
            case .past: first = sorted.filter { $0.first <= published }.reversed()
            case .future: first = sorted.filter { $0.last >= published }
            case .unknown: first = byDistance(sorted.filter { $0.first.year == published.year })
            }
            // A past verb often reports what was announced for the coming weeks: «حذرت الهيئة من
            // أمطار يوم 25 مارس» in an article of 10 March speaks of this March, not of last year's.
            if tense == .past, let soon = sorted.first(where: { $0.first > published && distance($0) <= Self.nearReach }),
               let preferred = first.first, distance(preferred) > Self.nearReach {
                first.removeAll { $0 == soon }
                first.insert(soon, at: 0)
            }
        }
        let rest = byDistance(sorted.filter { !first.contains($0) })
        return first + rest
    }

    func mismatch(_ weekday: Weekday?, _ value: TemporalValue) -> Bool? {
        guard let weekday, value.isSingleDay else { return nil }
        return value.first.weekday != weekday
    }

    /// Days `day` (to `lastDay`) of the Gregorian month that starts on `first`.
    static func days(_ day: Int, _ lastDay: Int?, inMonthStarting first: CivilDate) -> TemporalValue? {
        guard let start = CivilDate(year: first.year, month: first.month, day: day) else { return nil }
        guard let lastDay else { return .day(start) }
        guard let end = CivilDate(year: first.year, month: first.month, day: lastDay), end >= start else { return nil }
        return .days(start, end)
    }

    /// The month `offset` months from the one containing `date`.
    static func monthValue(containing date: CivilDate, offset: Int) -> TemporalValue? {
        let shifted = (CivilDate(year: date.year, month: date.month, day: 1) ?? date).adding(months: offset)
        return .month(shifted.month, of: shifted.year)
    }

    // MARK: Hijri

    /// The Gregorian days of Hijri month `month` of `year`.
    func hijriMonth(_ month: Int, year: Int) -> TemporalValue? {
        guard let first = HijriDate(year: year, month: month, day: 1).flatMap(hijri.civilDate(for:)),
            let length = hijri.daysInMonth(month, year: year)
        else { return nil }
        return .days(first, first.adding(days: length - 1))
    }

    /// The Gregorian days `day` (to `lastDay`) of Hijri month `month` of `year`.
    func hijriDays(_ day: Int, _ lastDay: Int?, month: Int, year: Int) -> TemporalValue? {
        guard let first = HijriDate(year: year, month: month, day: day).flatMap(hijri.civilDate(for:)) else { return nil }
        guard let lastDay else { return .day(first) }
        guard let last = HijriDate(year: year, month: month, day: lastDay).flatMap(hijri.civilDate(for:)) else { return nil }
        return .days(first, last)
    }

    /// The Hijri years around `date`: the one it falls in, the one before and the one after.
    private func hijriYearNumbers(around date: CivilDate) -> [Int] {
        guard let year = hijri.hijriDate(for: date)?.year else { return [] }
        return [year - 1, year, year + 1]
    }

    /// ``hijriYearNumbers(around:)`` for an optional date.
    func hijriYears(around date: CivilDate?) -> [Int] {
        date.map(hijriYearNumbers(around:)) ?? []
    }
}
