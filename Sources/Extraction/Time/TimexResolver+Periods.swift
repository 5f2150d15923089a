import ArabicText

extension TimexResolver {
    // MARK: Years and seasons

    /// The year a spec names, and how it was anchored. A Hijri year is the run of Gregorian days it
    /// covers.
    func year(_ spec: YearSpec) -> (TemporalValue?, TimexAnchor) {
        switch spec {
        case .gregorian(let value), .currentGregorian(let value):
            return (.year(value), .absolute)
        case .hijri(let value):
            guard let first = HijriDate(year: value, month: 1, day: 1).flatMap(hijri.civilDate(for:)),
                let next = HijriDate(year: value + 1, month: 1, day: 1).flatMap(hijri.civilDate(for:))
            else { return (nil, .absolute) }
            return (.days(first, next.adding(days: -1)), .absolute)
        case .offset(let offset):
            guard let published else { return (nil, .publication) }
            return (.year(published.year + offset), .publication)
        case .relative(let offset):
            if let previous { return (.year(previous.first.year + offset), .relative) }
            guard let published else { return (nil, .publication) }
            return (.year(published.year + offset), .publication)
        case .unstated:
            guard let published else { return (nil, .publication) }
            return (.year(published.year), .publication)
        }
    }

    /// A season: spring is March–May, summer June–August, autumn September–November, and the winter
    /// of a year its January and February (meteorological seasons of the northern hemisphere).
    func season(_ season: Season, year spec: YearSpec, direction: TimeDirection?) -> TimexResolution {
        func value(in year: Int) -> TemporalValue? {
            switch season {
            case .spring: .months(from: 3, of: year, to: 5, of: year)
            case .summer: .months(from: 6, of: year, to: 8, of: year)
            case .autumn: .months(from: 9, of: year, to: 11, of: year)
            case .winter: .months(from: 1, of: year, to: 2, of: year)
            }
        }
        if case .unstated = spec {
            guard let published else { return TimexResolution(anchor: .publication) }
            let candidates = (published.year - 1...published.year + 1).compactMap(value(in:))
            let chosen: TemporalValue?
            switch direction {
            case .past?, .previous?: chosen = candidates.last { $0.last < published }
            case .next?, .following?: chosen = candidates.first { $0.first > published }
            default: chosen = candidates.first { $0.first.year == published.year }
            }
            return TimexResolution(value: chosen, anchor: .publication)
        }
        let (base, anchor) = year(spec)
        return TimexResolution(value: base.flatMap { value(in: $0.first.year) }, anchor: anchor)
    }

    // MARK: Weekdays

    /// The day of `weekday` near `published`: with a past direction the last one before it, with a
    /// next or current direction the first one on or after it (strictly after for المقبل); with no
    /// direction, by tense: on or before in the past, on or after in the future, and otherwise the
    /// nearest (the publication day itself when it is that weekday).
    static func weekday(_ weekday: Weekday, near published: CivilDate, direction: TimeDirection?, tense: Tense) -> CivilDate {
        let back = (published.weekday.isoNumber - weekday.isoNumber + 7) % 7
        let ahead = (weekday.isoNumber - published.weekday.isoNumber + 7) % 7
        switch direction {
        case .past?, .previous?: return published.adding(days: -(back == 0 ? 7 : back))
        case .next?, .following?: return published.adding(days: ahead == 0 ? 7 : ahead)
        case .current?: return published.adding(days: ahead)
        case .recent?, nil:
            switch tense {
            case .past: return published.adding(days: -back)
            case .future: return published.adding(days: ahead)
            case .unknown: return back <= ahead ? published.adding(days: -back) : published.adding(days: ahead)
            }
        }
    }

    /// «السبت السادس عشر»: day `day` of the publication month or a month beside it, whichever falls
    /// on `weekday` nearest the publication day.
    func weekdayOfMonth(_ weekday: Weekday, day: Int) -> TimexResolution {
        guard let published else { return TimexResolution(anchor: .publication) }
        let month = CivilDate(year: published.year, month: published.month, day: 1) ?? published
        let candidates = [-1, 0, 1].compactMap { offset -> CivilDate? in
            let shifted = month.adding(months: offset)
            return CivilDate(year: shifted.year, month: shifted.month, day: day)
        }
        let agreeing = candidates.filter { $0.weekday == weekday }
            .min { abs($0.days(to: published)) < abs($1.days(to: published)) }
        if let agreeing { return TimexResolution(value: .day(agreeing), anchor: .publication, weekdayMismatch: false) }
        guard let fallback = CivilDate(year: published.year, month: published.month, day: day) else {
            return TimexResolution(anchor: .publication)
        }
        return TimexResolution(value: .day(fallback), anchor: .publication, weekdayMismatch: true)
    }

    // MARK: Units

    /// A unit `offset` units from the publication date, or from the last date of the text when
    /// `relative` and there is one.
    func unit(_ unit: TimeUnit, offset: Int, relative: Bool) -> TimexResolution {
        let base: CivilDate
        let anchor: TimexAnchor
        if relative, let previous {
            base = offset > 0 ? previous.last : previous.first
            anchor = .relative
        } else if let published {
            base = published
            anchor = .publication
        } else {
            return TimexResolution(anchor: .publication)
        }
        switch unit {
        case .day: return TimexResolution(value: .day(base.adding(days: offset)), anchor: anchor)
        case .week: return TimexResolution(value: .week(containing: base.adding(days: 7 * offset)), anchor: anchor)
        case .month: return TimexResolution(value: Self.monthValue(containing: base, offset: offset), anchor: anchor)
        case .year: return TimexResolution(value: .year(base.year + offset), anchor: anchor)
        }
    }

    /// The moment `count` units after `date` (before it when negative), at the unit's grain; weeks
    /// count as seven days and give a day.
    static func shift(_ date: CivilDate, unit: TimeUnit, count: Int) -> TemporalValue? {
        switch unit {
        case .day: .day(date.adding(days: count))
        case .week: .day(date.adding(days: 7 * count))
        case .month: monthValue(containing: date, offset: count)
        case .year: .year(date.year + count)
        }
    }

    /// The `count` whole units before the one containing `date`, or after it when `future`.
    static func units(_ unit: TimeUnit, count: Int, future: Bool, from date: CivilDate) -> TemporalValue? {
        guard count > 0 else { return nil }
        switch unit {
        case .day:
            return future ? .days(date.adding(days: 1), date.adding(days: count)) : .days(date.adding(days: -count), date.adding(days: -1))
        case .week:
            let monday = date.adding(days: 1 - date.weekday.isoNumber)
            let first = future ? monday.adding(days: 7) : monday.adding(days: -7 * count)
            return TemporalValue(first: first, last: first.adding(days: 7 * count - 1), grain: .week)
        case .month:
            guard let start = monthValue(containing: date, offset: future ? 1 : -count),
                let end = monthValue(containing: date, offset: future ? count : -1)
            else { return nil }
            return TemporalValue(first: start.first, last: end.last, grain: .month)
        case .year:
            return future ? .years(date.year + 1, date.year + count) : .years(date.year - count, date.year - 1)
        }
    }

    // MARK: Parts and ordinals

    /// A part of a period. Of a month: the start and early part are days 1–10, the middle 11–20, the
    /// late part and the end 21 to the last day, the halves 1–15 and 16 to the last day. Of a year:
    /// the start is January, the early part January–March, the middle June–July, the late part
    /// October–December, the end December, a quarter its three months and a half its six. Of a
    /// week: the start and early part Monday–Wednesday, the middle Wednesday–Thursday, the late part
    /// and the end Friday–Sunday; a week has no quarters or halves.
    func part(_ part: PeriodPart, of period: PeriodSpec) -> TimexResolution {
        switch period {
        case .month(let spec):
            let (base, anchor) = month(spec)
            return TimexResolution(value: base.flatMap { Self.part(part, ofDays: $0) }, anchor: anchor)
        case .year(let spec):
            let (base, anchor) = year(spec)
            guard let base else { return TimexResolution(anchor: anchor) }
            guard base.grain == .year, base.first.year == base.last.year else {
                return TimexResolution(value: Self.part(part, ofDays: base), anchor: anchor)
            }
            let year = base.first.year
            let value: TemporalValue?
            switch part {
            // «مطلع العام» is its first months, as «أوائل العام» is (the generality fixture's
            // convention); «نهاية العام» is its last month, as the dev gold has it.
            case .start, .early: value = .months(from: 1, of: year, to: 3, of: year)
            case .middle: value = .months(from: 6, of: year, to: 7, of: year)
            case .late: value = .months(from: 10, of: year, to: 12, of: year)
            case .end: value = .month(12, of: year)
            case .quarter(let n): value = .months(from: 3 * n - 2, of: year, to: 3 * n, of: year)
            case .half(let n): value = .months(from: 6 * n - 5, of: year, to: 6 * n, of: year)
            }
            return TimexResolution(value: value, anchor: anchor)
        case .week(let offset):
            let (base, anchor) = (unit(.week, offset: offset, relative: false).value, TimexAnchor.publication)
            guard let monday = base?.first else { return TimexResolution(anchor: anchor) }
            switch part {
            case .start, .early: return TimexResolution(value: .days(monday, monday.adding(days: 2)), anchor: anchor)
            case .middle: return TimexResolution(value: .days(monday.adding(days: 2), monday.adding(days: 3)), anchor: anchor)
            case .late, .end: return TimexResolution(value: .days(monday.adding(days: 4), monday.adding(days: 6)), anchor: anchor)
            case .quarter, .half: return TimexResolution(anchor: anchor)
            }
        }
    }

    /// A part of a month given as its run of days (Gregorian or Hijri).
    static func part(_ part: PeriodPart, ofDays month: TemporalValue) -> TemporalValue {
        let length = month.dayCount
        switch part {
        case .start, .early: return .days(month.first, month.first.adding(days: min(9, length - 1)))
        case .middle: return .days(month.first.adding(days: min(10, length - 1)), month.first.adding(days: min(19, length - 1)))
        case .late, .end: return .days(month.first.adding(days: min(20, length - 1)), month.last)
        case .half(let n): return n == 1 ? .days(month.first, month.first.adding(days: min(14, length - 1)))
            : .days(month.first.adding(days: min(15, length - 1)), month.last)
        case .quarter: return month
        }
    }

    /// Day `n` of `month` where it falls on `weekday`, else the `n`-th `weekday` of it.
    static func dayOrNthWeekday(_ n: Int, _ weekday: Weekday, in month: TemporalValue) -> TemporalValue? {
        let day = month.first.adding(days: n - 1)
        if day <= month.last, day.weekday == weekday { return .day(day) }
        return nthWeekday(n, weekday, in: month)
    }

    /// The `n`-th `weekday` of `month` (the last for −1), or `nil` when the month has no such day.
    static func nthWeekday(_ n: Int, _ weekday: Weekday, in month: TemporalValue) -> TemporalValue? {
        if n < 0 {
            let back = (month.last.weekday.isoNumber - weekday.isoNumber + 7) % 7
            return .day(month.last.adding(days: -back))
        }
        let ahead = (weekday.isoNumber - month.first.weekday.isoNumber + 7) % 7
        let date = month.first.adding(days: ahead + 7 * (n - 1))
        return date <= month.last ? .day(date) : nil
    }

    /// The `n`-th week of `month` as Arabic news counts it: days 1–7, 8–14 … (the last for −1: its
    /// last seven days), as a run of days.
    ///
    /// Duckling counts the first full Monday-to-Sunday week instead («الأسبوع الأول من أكتوبر 2014»
    /// = 6–12 October); Arab weeks start on Saturday or Sunday, and writers mean the month's first
    /// seven days, so «الأسبوع الأول من ديسمبر» cannot hold 9 December.
    static func nthWeek(_ n: Int, in month: TemporalValue) -> TemporalValue? {
        if n < 0 { return .days(month.last.adding(days: -6), month.last) }
        let first = month.first.adding(days: 7 * (n - 1))
        guard first <= month.last else { return nil }
        let last = first.adding(days: 6)
        return .days(first, last <= month.last ? last : month.last)
    }

    // MARK: Holidays

    /// A holiday in the year a spec gives, or chosen like a date without a year.
    func holiday(_ holiday: Holiday, year: YearSpec) -> TimexResolution {
        switch holiday {
        case .hijri(let month, let day):
            return recurring({ self.hijriDays(day, nil, month: month, year: $0) }, calendar: .hijri, year: year, modifier: nil, weekday: nil)
        case .gregorian(let month, let day):
            return recurring({ CivilDate(year: $0, month: month, day: day).map(TemporalValue.day) }, calendar: .gregorian, year: year, modifier: nil, weekday: nil)
        case .easter:
            return recurring({ Self.easter($0).map(TemporalValue.day) }, calendar: .gregorian, year: year, modifier: nil, weekday: nil)
        }
    }

    /// Western Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static func easter(_ year: Int) -> CivilDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }
}
