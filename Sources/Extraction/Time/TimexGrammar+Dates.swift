import ArabicText

extension TimexGrammar {
    // MARK: Months

    /// The month expression at `index`: a month name with an optional second name of the same month
    /// («كانون الأول/ديسمبر»، «تموز (يوليو)»), «الشهر» with a direction or «هذا», «هذا الشهر»,
    /// «شهر 3»، «شهر ثلاثة», or «الشهر الثامن» when `allowOrdinal`.
    func monthPhrase(at index: Int, allowOrdinal: Bool = false) -> MonthPhrase? {
        if let match = month(index) {
            var end = index + match.wordCount
            var ambiguous = match.isAmbiguous
            if let afterAlternative = alternativeMonthName(at: end, same: match.month) {
                end = afterAlternative
                ambiguous = false
            }
            let english = match.styles == .english
            return MonthPhrase(spec: MonthSpec(month: match.month), end: end, isAmbiguous: ambiguous, isEnglish: english, isBare: false)
        }
        if scan.word(index) == .thisDemonstrative, let unit = unit(index + 1), unit.unit == .month, unit.count == .one,
            unit.definite
        {
            return MonthPhrase(spec: MonthSpec(offset: 0), end: index + 2, isAmbiguous: false, isEnglish: false, isBare: false)
        }
        guard let unit = unit(index), unit.unit == .month, unit.count == .one else { return nil }
        if unit.definite {
            if let offset = relativeOffset(at: index + 1) {
                var spec = MonthSpec(offset: offset.offset, isRelative: offset.relative)
                var end = offset.end
                if case .unstated = spec.year, let (year, yearEnd) = yearPhrase(at: end, afterDate: true) {
                    spec.year = year
                    end = yearEnd
                }
                return MonthPhrase(spec: spec, end: end, isAmbiguous: false, isEnglish: false, isBare: false)
            }
            if allowOrdinal, let (number, end) = ordinal(startingAt: index + 1), (1...12).contains(number),
                let month = CalendarMonth(calendar: .gregorian, number: number)
            {
                return MonthPhrase(spec: MonthSpec(month: month), end: end, isAmbiguous: false, isEnglish: false, isBare: false)
            }
            return MonthPhrase(spec: MonthSpec(offset: 0), end: index + 1, isAmbiguous: false, isEnglish: false, isBare: true)
        }
        // شهر 3، شهر ثلاثة، شهر عشرة: the month by its number, as spoken in the Levant and the Gulf.
        if let (value, digits) = scan.integer(index + 1), digits <= 2, (1...12).contains(value),
            let month = CalendarMonth(calendar: .gregorian, number: value)
        {
            return MonthPhrase(spec: MonthSpec(month: month), end: index + 2, isAmbiguous: false, isEnglish: false, isBare: false)
        }
        if let (numeral, end) = numberWords(startingAt: index + 1), numeral.kind == .cardinal,
            (1...12).contains(numeral.value), numeral.value == numeral.value.rounded(),
            let month = CalendarMonth(calendar: .gregorian, number: Int(numeral.value))
        {
            return MonthPhrase(spec: MonthSpec(month: month), end: end, isAmbiguous: false, isEnglish: false, isBare: false)
        }
        return nil
    }

    /// The token after a second name of `month` at `index`: «/ديسمبر», «/ ديسمبر», «(يوليو)», or the
    /// name right after the first with no mark, as wire copy writes it («فبراير شباط»).
    func alternativeMonthName(at index: Int, same month: CalendarMonth) -> Int? {
        // «15 فبراير شباط»: wire copy gives the other name with no mark between.
        if continues(index), scan.punctuation(index) == nil, let other = self.month(index), other.month == month {
            return index + other.wordCount
        }
        guard let scalar = scan.punctuation(index), continues(index) else { return nil }
        if scalar == "/" || scalar == "\\" || scalar == "-", let other = self.month(index + 1), other.month == month {
            return index + 1 + other.wordCount
        }
        if scalar == "(", let other = self.month(index + 1), other.month == month,
            scan.isPunctuation(index + 1 + other.wordCount, ")")
        {
            return index + 2 + other.wordCount
        }
        return nil
    }

    /// A direction word at `index` as an offset, with the token after it: الماضي −1, «قبل الماضي» −2,
    /// الجاري 0, المقبل +1, «بعد المقبل» +2, and «هذا» 0; السابق, التالي and نفسه count from another
    /// date of the text.
    func relativeOffset(at index: Int) -> (offset: Int, relative: Bool, end: Int)? {
        // «العام قبل الماضي»، «الأسبوع بعد المقبل»: the one before the last, after the next.
        if scan.isWord(index, "قبل") || scan.isWord(index, "بعد"), continues(index + 1) {
            let before = scan.isWord(index, "قبل")
            switch scan.word(index + 1) {
            case .direction(.past) where before: return (-2, false, index + 2)
            case .direction(.next) where !before: return (2, false, index + 2)
            default: return nil
            }
        }
        switch scan.word(index) {
        case .direction(.past): return (-1, false, index + 1)
        case .direction(.current), .thisDemonstrative: return (0, false, index + 1)
        case .direction(.next): return (1, false, index + 1)
        case .direction(.previous): return (-1, true, index + 1)
        case .direction(.following): return (1, true, index + 1)
        case .same: return (0, true, index + 1)
        default: return nil
        }
    }

    /// A modifier after a month or a date: الجاري، الماضي، المنصرم، المقبل, possibly after a
    /// closing parenthesis («(8 أكتوبر) المنصرم»). Returns the modifier and the token after it.
    func monthModifier(at index: Int) -> (TimeDirection, end: Int)? {
        var position = index
        if scan.isPunctuation(position, ")") { position += 1 }
        guard continues(position), let direction = direction(position) else { return nil }
        switch direction {
        case .past, .previous: return (.past, position + 1)
        case .current: return (.current, position + 1)
        case .next, .following: return (.next, position + 1)
        case .recent: return nil
        }
    }

    // MARK: Years

    /// Whether `year`, written after «العام الماضي، هذا العام، العام المقبل», may be the year they
    /// name: a year of the news, not a count after them («أضافت الوزارة هذا العام 1850 مقعدا»،
    /// «حولت العام الماضي 2100 مريض»).
    static func mayBeNamedByAnOffset(_ year: YearSpec) -> Bool {
        guard case .gregorian(let value) = year else { return true }
        return newsYears.contains(value)
    }

    /// The Gregorian years a year named from the publication's may be.
    static let newsYears = 1900...2099

    /// A year at `index`: «2021»، «عام 2021»، «سنة 1998»، «1442 هـ»، «العام الماضي»، «هذا العام»،
    /// «العام الجاري 2021». After a date (`afterDate`), a comma and «من»، «في» may come first
    /// («10 كانون الأول، 2021»، «الثلاثاء الثالث من شهر أيلول من عام 2014»).
    ///
    /// A bare number is a year only after a date or with `allowBareNumber` (after words such as
    /// منذ، في، مطلع); with `hijriDefault`, a number up to 1600 is a Hijri year (after a Hijri month).
    func yearPhrase(
        at index: Int, afterDate: Bool = false, allowBareNumber: Bool = false, hijriDefault: Bool = false,
        allowBareUnit: Bool = false
    ) -> (YearSpec, end: Int)? {
        var position = index
        if afterDate, !continues(position) { return nil }
        if afterDate, isDateSeparator(position), scan.punctuation(position) != "-" { position += 1 }
        if afterDate, let preposition = preposition(position), preposition == .from || preposition == .inside,
            continues(position + 1)
        {
            position += 1
        }
        let word = scan.word(position)
        // عام 2014، سنة 2014، العام 2014، السنة الجارية 2021
        if word == .yearCue || unit(position).map({ $0.unit == .year && $0.count == .one }) == true {
            let definite = unit(position)?.definite ?? false
            if continues(position + 1),
                let (year, end) = numberedYear(at: position + 1, allowShort: true, hijriDefault: hijriDefault)
            {
                return (year, end)
            }
            if definite {
                if continues(position + 1), let (offset, relative, offsetEnd) = relativeOffset(at: position + 1) {
                    if !relative, continues(offsetEnd),
                        let (year, end) = numberedYear(at: offsetEnd, allowShort: false, hijriDefault: false),
                        Self.mayBeNamedByAnOffset(year)
                    {
                        // العام الجاري 2021
                        if offset == 0, case .gregorian(let value) = year { return (.currentGregorian(value), end) }
                        return (year, end)
                    }
                    return (relative ? .relative(offset) : .offset(offset), offsetEnd)
                }
                if allowBareUnit { return (.offset(0), position + 1) }
            }
            return nil
        }
        // هذا العام، هذه السنة
        if word == .thisDemonstrative, continues(position + 1), let unit = unit(position + 1), unit.unit == .year,
            unit.count == .one, unit.definite
        {
            if continues(position + 2), let (year, end) = numberedYear(at: position + 2, allowShort: false, hijriDefault: false),
                Self.mayBeNamedByAnOffset(year)
            {
                if case .gregorian(let value) = year { return (.currentGregorian(value), end) }
                return (year, end)
            }
            return (.offset(0), position + 2)
        }
        guard scan.kind(position) == .number else { return nil }
        if let (year, end) = numberedYear(at: position, allowShort: false, hijriDefault: hijriDefault),
            afterDate || allowBareNumber || end > position + 1
        {
            return (year, end)
        }
        // 1442 هـ with three digits as well
        if let (value, digits) = scan.integer(position), digits == 3, continues(position + 1),
            case .era(let calendar) = scan.word(position + 1)
        {
            return (calendar == .hijri ? .hijri(value) : .gregorian(value), position + 2)
        }
        return nil
    }

    /// A year number at `index` and an optional era word after it (هـ، هجري، م، ميلادي).
    private func numberedYear(at index: Int, allowShort: Bool, hijriDefault: Bool) -> (YearSpec, end: Int)? {
        guard let value = yearNumber(index, allowShort: allowShort) else { return nil }
        if case .era(let calendar) = scan.word(index + 1), continues(index + 1) {
            return (calendar == .hijri ? .hijri(value) : .gregorian(value), index + 2)
        }
        if hijriDefault, value <= 1600 { return (.hijri(value), index + 1) }
        return (.gregorian(value), index + 1)
    }

    // MARK: Named and counted months with their days

    /// A date built around the month expression at `index`: a day, a range of days, an ordinal day,
    /// the n-th weekday or week, the first or last day of the month, a weekday written before the
    /// day, the year, the modifier after it; or the month alone.
    func monthDate(at index: Int) -> TimexCandidate? {
        guard var phrase = monthPhrase(at: index, allowOrdinal: true) else { return nil }
        var start = index
        var end = phrase.end
        var day: Int?
        var lastDay: Int?
        var nth: TimexReading?
        var hasContext = !phrase.isAmbiguous

        // A connector between what comes before and the month: «من»، «في», or none.
        var left = index
        if let preposition = preposition(index - 1), preposition == .from || preposition == .inside,
            scan.isWord(index - 1, "من") || scan.isWord(index - 1, "في")
        {
            left = index - 1
        }
        let hasConnector = left < index

        if !hasConnector, continues(index), let value = dayNumber(index - 1) {
            // 9 ديسمبر، 13-15 تموز، من 13 إلى 15 تموز
            day = value
            start = index - 1
            if let (first, rangeStart) = dayRangeLead(before: start) {
                lastDay = value
                day = first
                start = rangeStart
            }
        } else if let found = prefixBeforeMonth(left: left, hasConnector: hasConnector, month: phrase.spec) {
            start = found.start
            switch found.reading {
            case .day(let value, let last):
                day = value
                lastDay = last
            case .other(let reading):
                nth = reading
            }
        }
        if day != nil || nth != nil { hasContext = true }
        guard !phrase.isBare || day != nil || nth != nil else { return nil }

        // Month-first days: «December 9, 2021», «يوليو 13-15», «تموز 13 الى 15».
        if day == nil, nth == nil, phrase.spec.month != nil, continues(end), let value = dayNumber(end) {
            if let (last, rangeEnd) = dayRangeTail(after: end + 1) {
                day = value
                lastDay = last
                end = rangeEnd
                hasContext = true
            } else if phrase.isEnglish {
                day = value
                end += 1
                hasContext = true
            }
        }

        // Modifier and year.
        if phrase.spec.month != nil {
            var modified = false
            if let (modifier, modifierEnd) = monthModifier(at: end) {
                phrase.spec.modifier = modifier
                end = modifierEnd
                hasContext = true
                modified = true
            }
            let hijri = phrase.spec.month?.calendar == .hijri
            // «في أبريل الماضي 1843 إصابة»: the modifier places the month; a number after it counts.
            if case .unstated = phrase.spec.year, !modified,
                let (year, yearEnd) = yearPhrase(at: end, afterDate: true, hijriDefault: hijri)
            {
                phrase.spec.year = year
                end = yearEnd
                hasContext = true
            }
        }
        // «من 13 تموز الى 15 تموز»: a range that names the month twice.
        if let day, lastDay == nil, let month = phrase.spec.month, case .unstated = phrase.spec.year,
            let preposition = preposition(end), preposition == .to || preposition == .until, continues(end + 1),
            let last = dayNumber(end + 1), let other = self.month(end + 2), other.month == month, last > day
        {
            lastDay = last
            end += 2 + other.wordCount
            if let (year, yearEnd) = yearPhrase(at: end, afterDate: true, hijriDefault: month.calendar == .hijri) {
                phrase.spec.year = year
                end = yearEnd
            }
            if self.preposition(start - 1) == .from { start -= 1 }
        }
        // «في فيفري ومارس»: a month joined by و to the month before it is a month too.
        if !hasContext, start == index, index > 0, scan.hasPrefix(index, "و"), case .month(let before) = scan.term(index - 1), !before.isAmbiguous {
            hasContext = true
        }
        if !hasContext {
            // An ambiguous name alone needs a preposition before it: «في رمضان», not «قال رمضان».
            guard let preposition = preposition(start - 1), preposition != .between else { return nil }
        }

        // A weekday before the day: «الخميس 9 ديسمبر 2021»، «الجمعة (10 كانون الأول، 2021)».
        var weekday: Weekday?
        if day != nil, lastDay == nil, let (found, weekdayStart, openParen) = weekdayBefore(start) {
            weekday = found
            start = weekdayStart
            if openParen, scan.isPunctuation(end, ")") { end += 1 }
        }
        // «(8 أكتوبر) المنصرم»: keep the parenthesis the span closes.
        if start > 0, scan.isPunctuation(start - 1, "("), (start..<end).contains(where: { scan.isPunctuation($0, ")") }) {
            start -= 1
        }

        let reading: TimexReading
        switch nth {
        case .nthWeekday(let n, let weekday, _)?: reading = .nthWeekday(n, weekday, phrase.spec)
        case .weekdayAndOrdinal(let n, let weekday, _)?: reading = .weekdayAndOrdinal(n, weekday, phrase.spec)
        case .nthWeek(let n, _)?: reading = .nthWeek(n, phrase.spec)
        case .edgeDay(let last, _)?: reading = .edgeDay(last: last, phrase.spec)
        case .part(let part, _)?: reading = .part(part, .month(phrase.spec))
        default:
            if let day {
                reading = .day(DaySpec(day: day, lastDay: lastDay, month: phrase.spec, weekday: weekday))
            } else {
                reading = .month(phrase.spec)
            }
        }
        return TimexCandidate(tokens: start..<end, reading: reading)
    }

    /// What comes before a month and its connector.
    enum MonthPrefix {
        /// A day or a range of days.
        case day(Int, last: Int?)
        /// An n-th weekday or week, an edge day or a part; its month is filled in by the caller.
        case other(TimexReading)
    }

    /// Whether token `index` names the first day of a month: غرة، فاتح، الفاتح (Maghrebi and Libyan).
    private func isFirstDayWord(_ index: Int) -> Bool {
        scan.isWord(index, "غره") || scan.isWord(index, "فاتح") || scan.isWord(index, "الفاتح")
    }

    /// The expression before a month that starts at `left` (the connector «من»/«في» when
    /// `hasConnector`, else the month itself).
    private func prefixBeforeMonth(left: Int, hasConnector: Bool, month: MonthSpec) -> (start: Int, reading: MonthPrefix)? {
        guard left > 0, continues(left) else { return nil }
        let ordinalBefore = ordinal(endingBefore: left)
        // Parts: مطلع، منتصف، أواخر + month.
        if !hasConnector, let part = part(left - 1) {
            return (left - 1, .other(.part(part, .month(month))))
        }
        // آخر ديسمبر: the end of the month.
        if !hasConnector, scan.word(left - 1) == .last {
            return (left - 1, .other(.part(.end, .month(month))))
        }
        // أول شباط, غرة رمضان, فاتح أكتوبر (Maghrebi): the first day.
        if !hasConnector, scan.word(left - 1) == .first || isFirstDayWord(left - 1) {
            return (left - 1, .day(1, last: nil))
        }
        // «الفاتح من سبتمبر»، «غرة من»: the first day, with «من».
        if hasConnector, scan.isWord(left, "من"), isFirstDayWord(left - 1) {
            return (left - 1, .day(1, last: nil))
        }
        // آخر يوم، أول يوم، اليوم الأخير، اليوم الأول + من
        if let unit = unit(left - 1), unit.unit == .day, unit.count == .one, !unit.definite {
            if scan.word(left - 2) == .last { return (left - 2, .other(.edgeDay(last: true, month))) }
            if scan.word(left - 2) == .first { return (left - 2, .other(.edgeDay(last: false, month))) }
            if let (value, start) = ordinal(endingBefore: left - 1) { return (start, .day(value, last: nil)) }
        }
        if scan.word(left - 2) == .today {
            if scan.word(left - 1) == .last { return (left - 2, .other(.edgeDay(last: true, month))) }
        }
        // الأسبوع الأول، الأسبوع الأخير، أول أسبوع، آخر أسبوع
        if let unit = unit(left - 1), unit.unit == .week, unit.count == .one, !unit.definite {
            if scan.word(left - 2) == .last { return (left - 2, .other(.nthWeek(-1, month))) }
            if let (value, start) = ordinal(endingBefore: left - 1), value <= 5 { return (start, .other(.nthWeek(value, month))) }
        }
        if scan.word(left - 1) == .last, let unit = unit(left - 2), unit.unit == .week, unit.definite {
            return (left - 2, .other(.nthWeek(-1, month)))
        }
        // The n-th weekday, ordinal first: أول ثلاثاء، ثالث يوم ثلاثاء، آخر اثنين.
        if let (weekday, weekdayStart) = weekdayEnding(at: left) {
            if scan.word(weekdayStart - 1) == .last { return (weekdayStart - 1, .other(.nthWeekday(-1, weekday, month))) }
            if let (value, start) = ordinal(endingBefore: weekdayStart), value <= 5 {
                return (start, .other(.nthWeekday(value, weekday, month)))
            }
        }
        // The n-th weekday, weekday first: الثلاثاء الأخير، الثلاثاء الثالث.
        if scan.word(left - 1) == .last, let (weekday, weekdayStart) = weekdayEnding(at: left - 1) {
            return (weekdayStart, .other(.nthWeekday(-1, weekday, month)))
        }
        if let (value, ordinalStart) = ordinalBefore, let unit = unit(ordinalStart - 1), unit.unit == .week,
            unit.definite, unit.count == .one, value <= 5
        {
            return (ordinalStart - 1, .other(.nthWeek(value, month)))
        }
        guard hasConnector, scan.isWord(left, "من") else {
            if let (value, ordinalStart) = ordinalBefore, value <= 5,
                let (weekday, weekdayStart) = weekdayEnding(at: ordinalStart)
            {
                return (weekdayStart, .other(.nthWeekday(value, weekday, month)))
            }
            return nil
        }
        // A day before «من»: التاسع من، 9 من، اليوم الثالث من، 27-29 من, الثلاثاء التاسع عشر من.
        guard let (value, dayStart) = dayNumber(left - 1).map({ ($0, left - 1) }) ?? ordinalBefore else { return nil }
        var start = dayStart
        var first = value
        var last: Int?
        if let (rangeFirst, rangeStart) = dayRangeLead(before: dayStart) {
            first = rangeFirst
            last = value
            start = rangeStart
        }
        // «الثلاثاء الخامس من مايو»: Tuesday the fifth of May where it is one, else the fifth Tuesday.
        if last == nil, value <= 5, scan.kind(dayStart) == .word, let (weekday, weekdayStart) = weekdayEnding(at: dayStart) {
            return (weekdayStart, .other(.weekdayAndOrdinal(value, weekday, month)))
        }
        if scan.word(start - 1) == .today || unit(start - 1).map({ $0.unit == .day && $0.count == .one }) == true {
            start -= 1
        }
        return (start, .day(first, last: last))
    }

    /// The weekday name that ends just before `end`, with its first token.
    func weekdayEnding(at end: Int) -> (Weekday, start: Int)? {
        for length in [2, 1] {
            let start = end - length
            if start >= 0, let match = weekday(start), match.wordCount == length { return (match.weekday, start) }
        }
        return nil
    }

    /// A weekday written before a date that starts at `start`, directly or after «،», «-», «(»,
    /// «الموافق», «في» or «يوم»: the weekday, its first token and whether a parenthesis opened.
    /// «اليوم», «أمس» or «غدا» right before the weekday belongs to the span too: «اليوم الأربعاء الموافق
    /// 14 محرم 1447هـ».
    func weekdayBefore(_ start: Int) -> (Weekday, start: Int, openParen: Bool)? {
        guard continues(start) else { return nil }
        if let (weekday, weekdayStart) = weekdayEnding(at: start) { return (weekday, withDayWord(before: weekdayStart), false) }
        let separator = start - 1
        let isSeparator =
            isDateSeparator(separator) || scan.isPunctuation(separator, "(") || scan.word(separator) == .agreeing
            || preposition(separator) == .inside
        guard isSeparator, continues(separator), let (weekday, weekdayStart) = weekdayEnding(at: separator) else {
            return nil
        }
        return (weekday, withDayWord(before: weekdayStart), scan.isPunctuation(separator, "("))
    }

    /// `start`, or the token before it where that is «اليوم», «أمس» or «غدا» on the same line.
    private func withDayWord(before start: Int) -> Int {
        guard start > 0, continues(start - 1) else { return start }
        switch scan.word(start - 1) {
        case .today, .dayOffset: return start - 1
        default: return start
        }
    }

    /// The first day of a range whose last day starts at `last`: «13-15», «13 الى 15», «من 13 الى
    /// 15», «بين 13 و15», and the first token of the range.
    func dayRangeLead(before last: Int) -> (Int, start: Int)? {
        let marker = last - 1
        let first: (value: Int, start: Int)?
        if scan.isPunctuation(marker, "-") || scan.isPunctuation(marker, "–") {
            first = dayNumber(marker - 1).map { ($0, marker - 1) }
        } else if preposition(marker) == .to || preposition(marker) == .until || scan.isWord(marker, "و") {
            first = day(endingBefore: marker)
        } else {
            first = nil
        }
        guard let (value, start) = first, continues(marker) else { return nil }
        // «بين 20 و24 مارس» is a range; «يومي 20 و24 مارس» two days (see ``listedDay(at:)``), but two
        // days in a row make one event's span: «يومي 8 و9 يوليو».
        if scan.isWord(marker, "و"), start > 0, scan.isWord(start - 1, "يومي"), dayNumber(last) == value + 1 {
            return (value, start - 1)
        }
        if scan.isWord(marker, "و"), preposition(start - 1) != .between { return nil }
        if let preposition = preposition(start - 1), preposition == .from || preposition == .between {
            return (value, start - 1)
        }
        return (value, start)
    }

    /// The last day of a range after a first day, starting at `index`: «-15», «الى 15».
    func dayRangeTail(after index: Int) -> (Int, end: Int)? {
        guard continues(index) else { return nil }
        if scan.isPunctuation(index, "-") || scan.isPunctuation(index, "–") || preposition(index) == .to
            || preposition(index) == .until
        {
            if let value = dayNumber(index + 1) { return (value, index + 2) }
        }
        return nil
    }
}

extension TimexGrammar {
    // MARK: Numbers

    /// A numeric date, a year or a run of years starting at the number at `index`: «9/12/2021»،
    /// «2021-12-09»، «12.05.2020»، «2/2013»، «1442 هـ»، «منذ 2014»، «2014-2017».
    func numberExpression(at index: Int) -> TimexCandidate? {
        // Only the first number of a chain joined by separators starts an expression.
        if index >= 2, scan.isAttached(index), let scalar = scan.punctuation(index - 1),
            scalar == "/" || scalar == "-" || scalar == ".", scan.isAttached(index - 1), scan.kind(index - 2) == .number
        {
            return nil
        }
        if let candidate = numericDate(at: index) { return candidate }
        if let candidate = listedDay(at: index) { return candidate }
        return yearExpression(at: index)
    }

    /// A day listed with «و» before another and their month, a day of that month: «20» in «يومي 20
    /// و24 مارس الجاري»، «3» and «5» in «3 و5 و7 أبريل» (the last day is read with the month).
    private func listedDay(at index: Int) -> TimexCandidate? {
        guard let value = dayNumber(index), preposition(index - 1) != .between else { return nil }
        var last = index
        while continues(last + 1), scan.isWord(last + 1, "و"), continues(last + 2), dayNumber(last + 2) != nil { last += 2 }
        guard last > index, let final = monthDate(at: last + 1), final.tokens.lowerBound == last,
              case .day(let spec) = final.reading, spec.lastDay == nil
        else { return nil }
        return TimexCandidate(tokens: index..<(index + 1), reading: .day(DaySpec(day: value, lastDay: nil, month: spec.month, weekday: nil)))
    }

    /// The parts of a numeric date at `index`: numbers joined by one kind of separator with no white
    /// space («9/12/2021»، «09-12-2021»), or one number token with dots («12.05.2020»).
    private func numericParts(at index: Int) -> (parts: [(value: Int, digits: Int)], separator: Unicode.Scalar, end: Int)? {
        if scan.integer(index) == nil {
            // One token such as 12.05.2020, which the tokenizer keeps whole.
            let pieces = scan.text(index).split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 3 else { return nil }
            var parts: [(Int, Int)] = []
            for piece in pieces {
                guard !piece.isEmpty, piece.utf8.count <= 4, let value = Int(piece) else { return nil }
                parts.append((value, piece.utf8.count))
            }
            return (parts, ".", index + 1)
        }
        guard let first = scan.integer(index), first.digits <= 4 else { return nil }
        var parts = [first]
        var separator: Unicode.Scalar?
        var position = index + 1
        while parts.count < 3, scan.isAttached(position), let scalar = scan.punctuation(position),
            scalar == "/" || scalar == "-" || scalar == "\\", separator == nil || separator == scalar,
            scan.isAttached(position + 1), let next = scan.integer(position + 1), next.digits <= 4
        {
            separator = scalar
            parts.append(next)
            position += 2
        }
        guard let separator, parts.count >= 2 else { return nil }
        return (parts, separator, position)
    }

    /// A numeric date, a month and year, or a run of years.
    private func numericDate(at index: Int) -> TimexCandidate? {
        guard let (parts, separator, end) = numericParts(at: index) else { return nil }
        var start = index
        var finalEnd = end
        let reading: TimexReading
        if parts.count == 3 {
            var (day, month, year) = (parts[0].value, parts[1].value, parts[2].value)
            if parts[0].digits == 4 {
                (year, month, day) = (parts[0].value, parts[1].value, parts[2].value)
            } else if parts[2].digits == 2, separator != "-" {
                year += year < 50 ? 2000 : 1900
            } else if parts[2].digits != 4 {
                return nil
            }
            if month > 12, day <= 12 { (day, month) = (month, day) }  // month first, as in English
            guard CivilDate(year: year, month: month, day: day) != nil,
                let calendarMonth = CalendarMonth(calendar: .gregorian, number: month)
            else { return nil }
            var spec = DaySpec(day: day, month: MonthSpec(month: calendarMonth, year: .gregorian(year)))
            if let (weekday, weekdayStart, openParen) = weekdayBefore(start) {
                spec.weekday = weekday
                start = weekdayStart
                if openParen, scan.isPunctuation(finalEnd, ")") { finalEnd += 1 }
            }
            reading = .day(spec)
        } else {
            let (first, second) = (parts[0], parts[1])
            if first.digits == 4, second.digits == 4, separator != "\\", second.value > first.value,
                second.value - first.value <= 30, (1000...2999).contains(first.value)
            {
                reading = .years(first.value, second.value)  // 2014-2017، 2020/2021
            } else if second.digits == 4, (1...12).contains(first.value), separator == "/" || separator == "-",
                (1800...2199).contains(second.value), !isReferenceNumber(before: index),
                let month = CalendarMonth(calendar: .gregorian, number: first.value)
            {
                reading = .month(MonthSpec(month: month, year: .gregorian(second.value)))  // 2/2013
            } else if separator == "/", first.digits <= 2, second.digits <= 2, (1...31).contains(first.value),
                (1...12).contains(second.value), let month = CalendarMonth(calendar: .gregorian, number: second.value),
                let (weekday, weekdayStart, _) = weekdayBefore(start) ?? dateWordBefore(start)
            {
                // 21/09 after a weekday or «بتاريخ»: a day of an unstated year.
                reading = .day(DaySpec(day: first.value, month: MonthSpec(month: month), weekday: weekday))
                start = weekdayStart
            } else {
                return nil
            }
        }
        return TimexCandidate(tokens: start..<finalEnd, reading: reading)
    }

    /// Whether token `index` is a noun news dates by its year («موازنة 2026»، «مونديال 2030»، «رؤية
    /// 2030»، «السنة المالية 2025»، «العام الدراسي 2025»), with its proclitics and article.
    private func isDatedByYear(_ index: Int) -> Bool {
        guard index >= 0, scan.kind(index) == .word else { return false }
        var word = Substring(scan.text(index)).unicodeScalars[...]
        if word.count > 4, let first = word.first, "وفبل".unicodeScalars.contains(first) { word = word.dropFirst() }
        if word.count > 4, word.starts(with: "ال".unicodeScalars) { word = word.dropFirst(2) }
        if word.count > 4, word.starts(with: "ل".unicodeScalars) { word = word.dropFirst() }
        return Self.yearNouns.contains(String(String.UnicodeScalarView(word)))
    }

    /// Nouns dated by a year after them, without the article (matching form).
    private static let yearNouns: Set<String> = Set(
        ["موازنة", "ميزانية", "موسم", "مونديال", "أولمبياد", "انتخابات", "رؤية", "خطة", "استراتيجية", "تعداد", "نسخة",
         "مالية", "دراسي", "دراسية", "عالم",
         // «للعامين 2027 و2028»، «عامي 2024 و2025».
         "عامين", "عامي", "سنتين", "سنتي",
         // «بحلول 2030» (by), «في أفق 2030» (Maghrebi: by, on the horizon of).
         "حلول", "أفق"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// «بتاريخ» or «تاريخ» just before `start`, as a stand-in for a weekday before a short date.
    private func dateWordBefore(_ start: Int) -> (Weekday?, start: Int, openParen: Bool)? {
        scan.word(start - 1) == .agreeing ? (nil, start - 1, false) : nil
    }

    /// Whether the number at `index` follows a word that makes it a reference, not a date: «رقم
    /// 2/2013»، «القانون 5/2013»، «القرار».
    private func isReferenceNumber(before index: Int) -> Bool {
        for word in ["رقم", "برقم", "قانون", "القانون", "قرار", "القرار", "مرسوم", "المرسوم", "العدد", "عدد"]
        where scan.isWord(index - 1, word) {
            return true
        }
        return false
    }

    /// A year at the number at `index`: with an era word (1442 هـ, 2021 م), after a preposition or a
    /// time word (منذ 2014، في 2014، حتى 2030), after a noun that news dates by its year (موازنة 2026،
    /// مونديال 2030، السنة المالية 2025) or that sets a deadline (بحلول 2030، في أفق 2030), or a run of years (من 2014 إلى 2017، بين 2014 و2017).
    private func yearExpression(at index: Int) -> TimexCandidate? {
        let cue = preposition(index - 1)
        // «أكثر من 2100 شحنة»، «أقل من 2000»: a count, not a year.
        let comparative = cue == .from && ["اكثر", "اقل", "ازيد", "اكبر", "اصغر"].contains { scan.isWord(index - 2, $0) }
        // «للعامين 2027 و2028»: a second year listed after a dated one is dated too.
        let listed = scan.isWord(index - 1, "و") && yearNumber(index - 2) != nil && (isDatedByYear(index - 3) || preposition(index - 3) != nil)
        let cued = cue != nil && continues(index) && !comparative || continues(index) && isDatedByYear(index - 1) || listed
        guard let (year, end) = yearPhrase(at: index, allowBareNumber: cued) else { return nil }
        if case .gregorian(let first) = year, let cue, cue == .from || cue == .between,
            let link = preposition(end) ?? (scan.isWord(end, "و") ? .to : nil), link == .to || link == .until,
            continues(end + 1), let (otherYear, otherEnd) = yearPhrase(at: end + 1, allowBareNumber: true),
            case .gregorian(let last) = otherYear, last > first
        {
            return TimexCandidate(tokens: (index - 1)..<otherEnd, reading: .years(first, last))
        }
        return TimexCandidate(tokens: index..<end, reading: .year(year))
    }
}
