import ArabicText

extension TimexGrammar {
    /// The expression anchored at a word of ``TimeLexicon``.
    func wordExpression(at index: Int, word: TimeWord) -> TimexCandidate? {
        switch word {
        case .today: return todayExpression(at: index)
        case .tonight: return tonightExpression(at: index)
        case .dayOffset(let offset): return dayOffsetExpression(at: index, offset: offset)
        case .tomorrowNoun: return tomorrowNounExpression(at: index)
        case .preposition(let preposition): return durationExpression(at: index, preposition: preposition)
        case .unit(let unit, let number, let definite):
            return unitExpression(at: index, unit: unit, number: number, definite: definite)
        case .yearCue: return yearCueExpression(at: index)
        case .thisDemonstrative: return thisExpression(at: index)
        case .part(let part): return partExpression(at: index, part: part)
        case .fraction(let parts): return fractionExpression(at: index, parts: parts)
        case .first: return partExpression(at: index, part: .start, definiteOnly: true)
        case .last: return partExpression(at: index, part: .end, definiteOnly: true)
        case .holidayHead: return holidayExpression(at: index)
        default: return nil
        }
    }

    // MARK: Days counted from today

    /// «اليوم», «اليوم الأحد», «اليوم (الخميس)», «ظهر اليوم», «هذا اليوم», «اليوم الماضي»,
    /// «اليوم التالي». Not «اليوم العالمي» or «في مثل هذا اليوم».
    private func todayExpression(at index: Int) -> TimexCandidate? {
        var start = index
        if scan.word(index - 1) == .thisDemonstrative {
            if scan.isWord(index - 2, "مثل") { return nil }
            start -= 1
        }
        start = timeOfDayStart(before: start)
        let next = index + 1
        // «اليوم قبل الغد»: at once, an idiom, not a day.
        if continues(next), scan.isWord(next, "قبل"), scan.isWord(next + 1, "الغد") { return nil }
        if continues(next) {
            // «اليوم الأحد»، «اليوم (الخميس)»; not «اليوم، الأحد 12 آذار», where the weekday
            // belongs to the date after it.
            if let (weekday, end) = weekdayAfter(next), !startsDate(at: end) {
                return TimexCandidate(tokens: start..<end, reading: .dayShift(0, weekday: weekday))
            }
            switch scan.word(next) {
            case .direction(.past)?: return TimexCandidate(tokens: start..<(next + 1), reading: .dayShift(-1, weekday: nil))
            case .direction(.next)?: return TimexCandidate(tokens: start..<(next + 1), reading: .dayShift(1, weekday: nil))
            case .direction(.previous)?:
                return TimexCandidate(tokens: start..<(next + 1), reading: .unit(.day, offset: -1, relative: true))
            case .direction(.following)?:
                return TimexCandidate(tokens: start..<(next + 1), reading: .unit(.day, offset: 1, relative: true))
            case .same?: return TimexCandidate(tokens: start..<(next + 1), reading: .unit(.day, offset: 0, relative: true))
            case nil:
                // اليوم العالمي، اليوم الوطني، اليوم الأول: «the day» of something, not today.
                if scan.kind(next) == .word, scan.hasPrefix(next, "ال"), scan.term(next) == nil { return nil }
            default:
                break
            }
        }
        return TimexCandidate(tokens: start..<(index + 1), reading: .dayShift(0, weekday: nil))
    }

    /// A weekday right after token `index - 1`, directly, after «،» or in parentheses: the weekday and
    /// the token after it (and after the closing parenthesis).
    func weekdayAfter(_ index: Int) -> (Weekday, end: Int)? {
        guard continues(index) else { return nil }
        if let match = weekday(index), !match.isAmbiguous { return (match.weekday, index + match.wordCount) }
        guard isDateSeparator(index) || scan.isPunctuation(index, "("), continues(index + 1),
            let match = weekday(index + 1), !match.isAmbiguous
        else { return nil }
        var end = index + 1 + match.wordCount
        if scan.isPunctuation(index, "("), scan.isPunctuation(end, ")") { end += 1 }
        return (match.weekday, end)
    }

    /// Whether a date written with a day number starts at `index`: «12 آذار», «(12 آذار».
    private func startsDate(at index: Int) -> Bool {
        guard continues(index) else { return false }
        let position = scan.isPunctuation(index, "(") ? index + 1 : index
        return dayNumber(position) != nil && (month(position + 1) != nil || scan.isAttached(position + 1))
    }

    /// The start of a time of day before `start` (صباح، مساء، ظهر، ليلة), or `start`.
    func timeOfDayStart(before start: Int) -> Int {
        scan.word(start - 1) == .timeOfDay && continues(start) ? start - 1 : start
    }

    /// «الليلة», «هذه الليلة», «الليلة الماضية».
    private func tonightExpression(at index: Int) -> TimexCandidate? {
        let start = scan.word(index - 1) == .thisDemonstrative ? index - 1 : index
        if continues(index + 1), scan.word(index + 1) == .direction(.past) {
            return TimexCandidate(tokens: start..<(index + 2), reading: .dayShift(-1, weekday: nil))
        }
        if scan.kind(index + 1) == .word, continues(index + 1), scan.hasPrefix(index + 1, "ال"),
            scan.word(index + 1) == nil, scan.term(index + 1) == nil
        {
            return nil  // الليلة الأولى من …
        }
        return TimexCandidate(tokens: start..<(index + 1), reading: .dayShift(0, weekday: nil))
    }

    /// «أمس», «يوم أمس», «مساء أمس», «أول أمس», «أول من أمس», «أمس الأول», «قبل أمس», «غدا», «بعد بكرة»,
    /// with a weekday after it to check («أمس الخميس»).
    private func dayOffsetExpression(at index: Int, offset: Int) -> TimexCandidate? {
        var start = index
        var value = offset
        if offset < 0 {
            if scan.isWord(index - 1, "من"), scan.word(index - 2) == .first, continues(index) {
                value = -2
                start = index - 2
            } else if scan.word(index - 1) == .first, continues(index) {
                value = -2
                start = index - 1
            } else if preposition(index - 1) == .before, continues(index) {
                value = -2
                start = index - 1
            }
        } else if preposition(index - 1) == .after, continues(index) {
            value = 2
            start = index - 1
        }
        start = dayWordStart(before: start)
        var end = index + 1
        // «أمس الأول»: the day before yesterday, as the Levant and the Gulf write it.
        if offset == -1, value == -1, continues(end), scan.isWord(end, "الاول") {
            value = -2
            end += 1
        }
        var weekday: Weekday?
        if let (found, weekdayEnd) = weekdayAfter(end) {
            weekday = found
            end = weekdayEnd
        }
        return TimexCandidate(tokens: start..<end, reading: .dayShift(value, weekday: weekday))
    }

    /// The start of «يوم», «اليوم الذي», «ليلة», «مساء» before `start`, or `start`.
    private func dayWordStart(before start: Int) -> Int {
        guard continues(start) else { return start }
        if let unit = unit(start - 1), unit.unit == .day, unit.count == .one, !unit.definite { return start - 1 }
        if scan.word(start - 1) == .timeOfDay { return start - 1 }
        if scan.isWord(start - 1, "الذي") || scan.isWord(start - 1, "الي") || scan.isWord(start - 1, "اللي"),
            scan.word(start - 2) == .today
        {
            return start - 2
        }
        return start
    }

    /// «يوم غد», «بعد غد», «بعد الغد», «صباح الغد», «غد الجمعة», «اعتبارا من الغد»; غد alone, without
    /// its weekday, is not read.
    private func tomorrowNounExpression(at index: Int) -> TimexCandidate? {
        guard continues(index) else { return nil }
        var end = index + 1
        var weekday: Weekday?
        if let (found, weekdayEnd) = weekdayAfter(end) {
            weekday = found
            end = weekdayEnd
        }
        if preposition(index - 1) == .after {
            return TimexCandidate(tokens: dayWordStart(before: index - 1)..<end, reading: .dayShift(2, weekday: weekday))
        }
        let start = dayWordStart(before: index)
        // «اعتبارا من الغد»، «ابتداء من الغد»: from tomorrow on, where a rule takes effect.
        let fromTomorrow = preposition(index - 1) == .from
            && TimeScan.takingEffectWords.contains { scan.isWord(index - 2, $0) }
        guard start < index || weekday != nil || fromTomorrow else { return nil }
        return TimexCandidate(tokens: start..<end, reading: .dayShift(1, weekday: weekday))
    }

    // MARK: Weekdays

    /// A weekday: alone (the nearest such day, by the tense), with a direction («الخميس الماضي»،
    /// «الثلاثاء القادم»), in a week («الأحد من الأسبوع الماضي»), with a day of the month and no
    /// month («السبت السادس عشر»), or after «هذا». A weekday written without the article (أحد،
    /// اثنين) is read only in those longer forms.
    func weekdayExpression(at index: Int, match: WeekdayMatch) -> TimexCandidate? {
        let weekday = match.weekday
        var start = timeOfDayStart(before: index)
        var end = index + match.wordCount
        var reading: TimexReading?
        var direction: TimeDirection?
        if scan.word(start - 1) == .thisDemonstrative, continues(start) {
            start -= 1
            direction = .current
        }
        if continues(end), let found = self.direction(end), found != .recent {
            switch found {
            case .past, .previous: direction = .past
            case .next, .following: direction = .next
            case .current: direction = .current
            case .recent: break
            }
            end += 1
        } else if continues(end), let (offset, weekEnd) = weekPhrase(at: end, allowFrom: true) {
            reading = .weekdayOfWeek(weekday, weekOffset: offset)
            end = weekEnd
        } else if continues(end), scan.hasPrefix(end, "ال"), let (day, dayEnd) = ordinal(startingAt: end), day > 5,
            !scan.isWord(dayEnd, "من")
        {
            reading = .weekdayOfMonth(weekday, day: day)
            end = dayEnd
        }
        // «ليلة الأربعاء إلى الخميس»، «ليلة السبت على الأحد»: the night into the next day.
        if reading == nil, start < index, scan.isWord(start, "ليله"), scan.isWord(end, "الي") || scan.isWord(end, "علي"),
            let (next, nextEnd) = weekdayAfter(end + 1), next.isoNumber == weekday.isoNumber % 7 + 1
        {
            return TimexCandidate(tokens: start..<nextEnd, reading: .overnight(weekday, direction))
        }
        if reading == nil {
            guard !match.isAmbiguous || direction != nil else { return nil }
            // الجمعة العظيمة، الأحد الدامي: the name of an event, not a day to resolve.
            if direction == nil, Self.eventEpithets.contains(where: { scan.isWord(end, $0) }) { return nil }
            reading = .weekday(weekday, direction)
        }
        guard let reading else { return nil }
        return TimexCandidate(tokens: start..<end, reading: reading)
    }

    /// Adjectives that make a weekday the name of an event (matching-normalized): الجمعة العظيمة
    /// (Good Friday), الأحد الدامي (Bloody Sunday), الخميس الأسود.
    static let eventEpithets = ["العظيمه", "العظيم", "الدامي", "الداميه", "الاسود", "السوداء", "الحزين", "الحزينه"]

    /// A week counted from the publication week at `index`: «الأسبوع الماضي»، «هذا الأسبوع»،
    /// «الأسبوع الحالي», optionally after «من» (with `allowFrom`).
    func weekPhrase(at index: Int, allowFrom: Bool = false, allowBare: Bool = false) -> (offset: Int, end: Int)? {
        var position = index
        if allowFrom, scan.isWord(position, "من") {
            position += 1
            guard continues(position) else { return nil }
        }
        if scan.word(position) == .thisDemonstrative, let unit = unit(position + 1), unit.unit == .week,
            unit.count == .one, unit.definite
        {
            return (0, position + 2)
        }
        guard let unit = unit(position), unit.unit == .week, unit.count == .one, unit.definite else { return nil }
        if let (offset, relative, end) = relativeOffset(at: position + 1), !relative, continues(position + 1) {
            return (offset, end)
        }
        return allowBare ? (0, position + 1) : nil
    }

    // MARK: Durations

    /// «قبل شهرين»، «منذ ثلاثة أيام»، «قبل أسبوع»، «بعد يومين»: a moment counted from the
    /// publication date. Not when «من» or «على» follows (قبل ثلاثة أيام من الانتخابات counts from
    /// an event) and not for vague counts (منذ أيام، قبل سنوات). «على بعد يوم» and «على بعد
    /// ساعات» tell how far something is (from an event, a place), not a moment.
    private func durationExpression(at index: Int, preposition: TimePreposition) -> TimexCandidate? {
        if preposition == .after, scan.isWord(index - 1, "علي") { return nil }
        let sign: Int
        switch preposition {
        case .before, .since: sign = -1
        case .after: sign = 1
        default: return nil
        }
        var counted = duration(at: index + 1)
        // «قبل عام» (a year ago): «عام» alone, with no year number after it («قبل عام 2020»).
        if counted == nil, continues(index + 1), scan.word(index + 1) == .yearCue,
           !continues(index + 2) || scan.integer(index + 2) == nil && scan.word(index + 2) == nil {
            counted = (.year, 1, index + 2)
        }
        guard let (unit, count, counted) = counted else { return nil }
        // «منذ شهر شتنبر»: «شهر» before a month's name is "the month of", which the month reads.
        if unit == .month, count == 1, continues(counted), month(counted) != nil { return nil }
        // «منذ سنة 2017»: «سنة» before a year's number is "the year", which the year reads.
        if unit == .year, count == 1, continues(counted), let year = scan.integer(counted), year.digits == 4 { return nil }
        // «بعد 9 أيام فقط من رفع السعر»: an adverb before «من» still counts from the event.
        let end = scan.isWord(counted, "فقط") || scan.isWord(counted, "تقريبا") ? counted + 1 : counted
        if scan.isWord(end, "من") || scan.isWord(end, "علي") || scan.word(end) == .thatDemonstrative { return nil }
        return TimexCandidate(tokens: index..<counted, reading: .shift(unit, count: sign * count))
    }

    /// A counted duration at `index`: «شهرين», «أسبوع», «ثلاثة أيام», «3 سنوات», «نحو عامين».
    func duration(at index: Int) -> (TimeUnit, count: Int, end: Int)? {
        var position = index
        guard continues(position) else { return nil }
        // A duration ends with a unit within five words; most «قبل» and «بعد» have none.
        guard (index..<min(index + 5, scan.count)).contains(where: { unit($0) != nil }) else { return nil }
        for approximator in ["نحو", "حوالي", "قرابه", "زهاء"] where scan.isWord(position, approximator) {
            position += 1
            break
        }
        guard continues(position) else { return nil }
        if let unit = unit(position), !unit.definite {
            switch unit.count {
            case .one: return (unit.unit, 1, position + 1)
            case .two: return (unit.unit, 2, position + 1)
            case .many: return nil
            }
        }
        guard let (value, countEnd) = count(startingAt: position), continues(countEnd), let unit = unit(countEnd),
            !unit.definite, unit.count != .two
        else { return nil }
        return (unit.unit, value, countEnd + 1)
    }

    // MARK: Units

    /// «الأسبوع الماضي», «العام 2014», «العام المقبل», «الشهر الجاري», «الأيام الثلاثة الماضية»,
    /// «خلال الأسابيع الماضية», «الثلاث سنوات الأخيرة», «الأسبوعين الماضيين».
    private func unitExpression(at index: Int, unit: TimeUnit, number: UnitCount, definite: Bool) -> TimexCandidate? {
        switch (number, definite) {
        case (.one, _) where unit == .month:
            return monthDate(at: index)
        case (.one, _) where unit == .year:
            if let (year, end) = yearPhrase(at: index) {
                return TimexCandidate(tokens: index..<end, reading: .year(year))
            }
            return nil
        case (.one, true) where unit == .week:
            guard let (offset, relative, end) = relativeOffset(at: index + 1), continues(index + 1) else { return nil }
            return TimexCandidate(tokens: index..<end, reading: .unit(.week, offset: offset, relative: relative))
        case (.one, false) where unit == .day:
            return holidayExpression(at: index)  // يوم عرفة
        case (.many, true):
            // الأيام الماضية، الأيام الثلاثة الماضية
            var position = index + 1
            var value: Int?
            if continues(position), let (found, countEnd) = count(startingAt: position) {
                value = found
                position = countEnd
            }
            guard continues(position), let future = isFutureSpan(position) else { return nil }
            return TimexCandidate(
                tokens: index..<(position + 1),
                reading: .units(unit, count: value ?? Self.defaultSpanCount(unit), future: future))
        case (.many, false):
            // الثلاث سنوات الأخيرة، الـ10 سنوات الماضية
            guard continues(index + 1), let future = isFutureSpan(index + 1),
                let (value, countStart) = count(endingBefore: index),
                scan.hasPrefix(countStart, "ال") || scan.isPunctuation(countStart - 1, "ـ")
            else { return nil }
            return TimexCandidate(tokens: countStart..<(index + 2), reading: .units(unit, count: value, future: future))
        case (.two, true):
            guard continues(index + 1), let future = isFutureSpan(index + 1) else { return nil }
            return TimexCandidate(tokens: index..<(index + 2), reading: .units(unit, count: 2, future: future))
        default:
            return nil
        }
    }

    /// Whether the direction word at `index` closes a span of units looking ahead (`true`: المقبلة)
    /// or back (`false`: الماضية، الأخيرة); `nil` when it is no such word.
    private func isFutureSpan(_ index: Int) -> Bool? {
        switch direction(index) {
        case .past?, .recent?, .previous?: false
        case .next?, .following?: true
        default: nil
        }
    }

    /// How many units a span without a number covers: «الأيام الماضية» is a week, «الأسابيع
    /// الماضية» four weeks, «الأشهر الماضية» six months, «السنوات الماضية» five years.
    static func defaultSpanCount(_ unit: TimeUnit) -> Int {
        switch unit {
        case .day: 7
        case .week: 4
        case .month: 6
        case .year: 5
        }
    }

    /// «عام 2014», «لعام 2014», «عام 1442 هـ».
    private func yearCueExpression(at index: Int) -> TimexCandidate? {
        guard let (year, end) = yearPhrase(at: index) else { return nil }
        return TimexCandidate(tokens: index..<end, reading: .year(year))
    }

    /// «هذا الأسبوع», «هذا الشهر», «هذا العام», «هذه السنة».
    private func thisExpression(at index: Int) -> TimexCandidate? {
        if let (offset, end) = weekPhrase(at: index) {
            return TimexCandidate(tokens: index..<end, reading: .unit(.week, offset: offset, relative: false))
        }
        if let candidate = monthDate(at: index) { return candidate }
        if let (year, end) = yearPhrase(at: index) {
            return TimexCandidate(tokens: index..<end, reading: .year(year))
        }
        return nil
    }
}
