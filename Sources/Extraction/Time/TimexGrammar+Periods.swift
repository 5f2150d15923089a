import ArabicText

extension TimexGrammar {
    // MARK: Parts of periods

    /// A part of a month, a week or a year: «نهاية العام»، «مطلع 2014»، «منتصف الشهر الجاري»،
    /// «أواخر آذار»، «نهاية الأسبوع المقبل»، «نهاية العام الجاري 2021». With `definiteOnly` (for
    /// أول and آخر, which are also "first" and "other"), the period must be definite: «آخر العام»
    /// but not «آخر عام».
    func partExpression(at index: Int, part: PeriodPart, definiteOnly: Bool = false) -> TimexCandidate? {
        let next = index + 1
        guard continues(next) else { return nil }
        if monthPhrase(at: next) != nil {
            return monthDate(at: next)  // the part is read as the month's prefix
        }
        if let (offset, end) = weekPhrase(at: next, allowBare: true) {
            return TimexCandidate(tokens: index..<end, reading: .part(part, .week(offset: offset)))
        }
        if definiteOnly {
            let definite = unit(next).map { $0.unit == .year && $0.definite } ?? false
            guard definite || scan.word(next) == .thisDemonstrative else { return nil }
        }
        if let (year, end) = yearPhrase(at: next, allowBareNumber: !definiteOnly, allowBareUnit: true), !isNonCalendarYear(before: end) {
            return TimexCandidate(tokens: index..<end, reading: .part(part, .year(year)))
        }
        return nil
    }

    /// Whether the word at `index` makes the year before it one that runs on its own calendar:
    /// «منتصف العام الدراسي» is no June, nor «نهاية السنة المالية» December.
    func isNonCalendarYear(before index: Int) -> Bool {
        Self.nonCalendarYears.contains { scan.isWord(index, $0) }
    }

    /// Adjectives of a school, fiscal, academic, farming or sports year (matching form).
    private static let nonCalendarYears = ["الدراسي", "الدراسيه", "المالي", "الماليه", "الجامعي", "الجامعيه", "الزراعي", "الزراعيه", "الرياضي", "الرياضيه", "القضاءي", "القضاءيه"]

    /// A quarter or a half of a year, or a half of a month: «الربع الأخير من عام 2025»، «الربع
    /// الأول من العام الجاري»، «النصف الثاني من 2024»، «النصف الأول من الشهر المقبل». The ordinal
    /// follows the fraction (الأول … الرابع، الأخير), then «من» or the period directly.
    func fractionExpression(at index: Int, parts: Int) -> TimexCandidate? {
        let ordinal = index + 1
        guard continues(ordinal), let number = Self.ordinals.firstIndex(where: { scan.isWord(ordinal, $0) }) else { return nil }
        let which = number == Self.ordinals.count - 1 ? parts : number + 1
        guard which <= parts else { return nil }
        var next = ordinal + 1
        if continues(next), scan.word(next) == .preposition(.from) { next += 1 }
        guard continues(next) else { return nil }
        let part: PeriodPart = parts == 4 ? .quarter(which) : .half(which)
        if parts == 2, let month = monthPhrase(at: next) {
            return TimexCandidate(tokens: index..<month.end, reading: .part(part, .month(month.spec)))
        }
        // «السنة المالية» runs on each country's calendar: it is no calendar year.
        if let (year, end) = yearPhrase(at: next, allowBareNumber: true, allowBareUnit: true), !isNonCalendarYear(before: end) {
            return TimexCandidate(tokens: index..<end, reading: .part(part, .year(year)))
        }
        return nil
    }

    /// The ordinals after a fraction (matching form), first to fourth; the last one, «الأخير», is
    /// the last part whatever the fraction.
    private static let ordinals = ["الاول", "الثاني", "الثالث", "الرابع", "الاخير"]

    // MARK: Seasons

    /// A season with a year or a direction: «صيف 2014»، «صيف عام 2014»، «صيف العام الماضي»،
    /// «الشتاء الماضي»، «هذا الصيف». A season alone is not a date.
    func seasonExpression(at index: Int, match: SeasonMatch) -> TimexCandidate? {
        var start = index
        let end = index + match.wordCount
        var direction: TimeDirection?
        if scan.word(index - 1) == .thisDemonstrative, continues(index) {
            start -= 1
            direction = .current
        }
        if direction == nil, let (year, yearEnd) = yearPhrase(at: end, afterDate: true) {
            return TimexCandidate(tokens: start..<yearEnd, reading: .season(match.season, year, nil))
        }
        if continues(end), let found = self.direction(end), found != .recent {
            return TimexCandidate(tokens: start..<(end + 1), reading: .season(match.season, .unstated, found))
        }
        guard let direction else { return nil }
        return TimexCandidate(tokens: start..<end, reading: .season(match.season, .unstated, direction))
    }

    // MARK: Holidays

    /// A holiday, with an optional year: «عيد الأضحى»، «عيد الفطر 2013»، «رأس السنة الهجرية»،
    /// «المولد النبوي»، «يوم عرفة»، «عيد الميلاد».
    func holidayExpression(at index: Int) -> TimexCandidate? {
        for length in stride(from: 3, through: 1, by: -1) {
            let end = index + length
            guard end <= scan.count, (index + 1..<end).allSatisfy(continues) else { continue }
            guard let holiday = Self.holiday(named: (index..<end).map { scan.text($0) }) else { continue }
            var finalEnd = end
            if continues(finalEnd), ["المبارك", "السعيد", "المجيد", "الشريف"].contains(where: { scan.isWord(finalEnd, $0) }) {
                finalEnd += 1
            }
            var year = YearSpec.unstated
            if let (found, yearEnd) = yearPhrase(at: finalEnd, afterDate: true) {
                year = found
                finalEnd = yearEnd
            }
            return TimexCandidate(tokens: index..<finalEnd, reading: .holiday(holiday, year))
        }
        return nil
    }

    /// The holiday the matching-normalized `words` name, with a conjunction or preposition on the
    /// first word allowed.
    private static func holiday(named words: [Substring]) -> Holiday? {
        let key = words.joined(separator: " ")
        if let holiday = holidays[key] { return holiday }
        guard let first = words.first?.unicodeScalars.first, "وفبل".unicodeScalars.contains(first) else { return nil }
        return holidays[String(key.unicodeScalars.dropFirst())]
    }

    /// Holidays by their matching-normalized names.
    static let holidays: [String: Holiday] = {
        let source: [(String, Holiday)] = [
            ("عيد الفطر", .hijri(month: 10, day: 1)),
            ("عيد الأضحى", .hijri(month: 12, day: 10)),
            ("يوم عرفة", .hijri(month: 12, day: 9)),
            ("يوم عرفات", .hijri(month: 12, day: 9)),
            ("وقفة عرفة", .hijri(month: 12, day: 9)),
            ("وقفة عرفات", .hijri(month: 12, day: 9)),
            ("رأس السنة الهجرية", .hijri(month: 1, day: 1)),
            ("عاشوراء", .hijri(month: 1, day: 10)),
            ("المولد النبوي", .hijri(month: 3, day: 12)),
            ("عيد الميلاد", .gregorian(month: 12, day: 25)),
            ("كريسماس", .gregorian(month: 12, day: 25)),
            ("الكريسماس", .gregorian(month: 12, day: 25)),
            ("رأس السنة الميلادية", .gregorian(month: 1, day: 1)),
            ("رأس السنة", .gregorian(month: 1, day: 1)),
            ("عيد العمال", .gregorian(month: 5, day: 1)),
            ("عيد الحب", .gregorian(month: 2, day: 14)),
            ("عيد الأم", .gregorian(month: 3, day: 21)),
            ("عيد الفصح", .easter),
        ]
        var table: [String: Holiday] = [:]
        for (name, holiday) in source {
            table[ArabicNormalizer.matching.normalizedString(name)] = holiday
        }
        return table
    }()
}
