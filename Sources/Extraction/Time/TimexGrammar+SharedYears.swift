import ArabicText

/// Two months named together with the year written once, after the second: «بين فبراير ومايو
/// 2024», «من تشرين الأول إلى كانون الأول 2023», «خلال شهري يناير وفبراير 2025», «في أيار وتشرين
/// الأول 2025», «من 15 يناير إلى 3 مارس 2024». The first month (or its day) takes the year of the
/// second, or the year before when it comes later in the calendar («بين نوفمبر وفبراير 2024» starts
/// in November 2023); a modifier after the second («يناير وفبراير الماضيين») is the first's too. The
/// two stay two expressions, as the generality corpus writes them; a month with its own year or
/// modifier keeps it.
extension TimexGrammar {
    /// `selected` (in text order) with each month or day of a month before a month that states its
    /// year or modifier given that year or modifier, and a month name no rule took alone there (an
    /// ambiguous «مارس» after «بين») added.
    func sharingYears(_ selected: [TimexCandidate]) -> [TimexCandidate] {
        var result = selected
        var position = 0
        while position < result.count {
            defer { position += 1 }
            guard let (closingMonth, closingYear, closingModifier) = Self.statedMonth(result[position].reading),
                let openingEnd = linkStart(before: result[position].tokens.lowerBound)
            else { continue }
            let previous = position > 0 ? result[position - 1] : nil
            if let previous, previous.tokens.upperBound == openingEnd {
                // The month alone, or a day of it: «من 15 يناير إلى 3 مارس 2024».
                var day: DaySpec?
                var opening: MonthSpec
                switch previous.reading {
                case .month(let spec): opening = spec
                case .day(let spec):
                    day = spec
                    opening = spec.month
                default: continue
                }
                guard let month = opening.month, month.calendar == closingMonth.calendar, case .unstated = opening.year,
                    opening.modifier == nil
                else { continue }
                Self.give(closingYear, closingModifier, of: closingMonth, to: &opening, month: month)
                if var day {
                    day.month = opening
                    result[position - 1].reading = .day(day)
                } else {
                    result[position - 1].reading = .month(opening)
                }
            } else if let (month, start) = bareMonth(endingAt: openingEnd), month.calendar == closingMonth.calendar,
                (previous?.tokens.upperBound ?? 0) <= start
            {
                var opening = MonthSpec(month: month)
                Self.give(closingYear, closingModifier, of: closingMonth, to: &opening, month: month)
                result.insert(TimexCandidate(tokens: start..<openingEnd, reading: .month(opening)), at: position)
                position += 1
            }
        }
        return result
    }

    /// Gives the first month `opening` the year or the modifier of the month `closing` after it.
    private static func give(
        _ year: YearSpec, _ modifier: TimeDirection?, of closing: CalendarMonth, to opening: inout MonthSpec, month: CalendarMonth
    ) {
        opening.year = Self.year(year, earlier: month.number > closing.number)
        if case .unstated = year { opening.modifier = modifier }
    }

    /// A month name of one or two words that ends before token `end`, with its first token.
    private func bareMonth(endingAt end: Int) -> (CalendarMonth, start: Int)? {
        for start in stride(from: end - 1, through: max(end - 2, 0), by: -1) {
            if let match = month(start), start + match.wordCount == end { return (match.month, start) }
        }
        return nil
    }

    /// Where a month before a date starting at token `start` would end, when a link joins them:
    /// «و» glued to the date's first word or standing alone, «إلى» or «حتى», or a dash.
    private func linkStart(before start: Int) -> Int? {
        if scan.kind(start) == .word, scan.hasPrefix(start, "و") { return start }
        guard start > 0 else { return nil }
        if scan.isWord(start - 1, "و") { return start - 1 }
        if let preposition = preposition(start - 1), preposition == .to || preposition == .until { return start - 1 }
        if scan.isPunctuation(start - 1, "-") || scan.isPunctuation(start - 1, "–") { return start - 1 }
        return nil
    }

    /// The named month of a month or a day reading, with its year, or its modifier where it states no
    /// year; `nil` when it gives neither.
    private static func statedMonth(_ reading: TimexReading) -> (CalendarMonth, YearSpec, TimeDirection?)? {
        let spec: MonthSpec
        switch reading {
        case .month(let month): spec = month
        case .day(let day): spec = day.month
        default: return nil
        }
        guard let month = spec.month else { return nil }
        if case .unstated = spec.year, spec.modifier == nil { return nil }
        return (month, spec.year, spec.modifier)
    }

    /// `year`, or the year before it when the month it is given to comes later in the calendar.
    private static func year(_ year: YearSpec, earlier: Bool) -> YearSpec {
        guard earlier else { return year }
        switch year {
        case .unstated: return .unstated
        case .gregorian(let value), .currentGregorian(let value): return .gregorian(value - 1)
        case .hijri(let value): return .hijri(value - 1)
        case .offset(let value): return .offset(value - 1)
        case .relative(let value): return .relative(value - 1)
        }
    }
}
