import ArabicText

/// The rules that find time expressions in a ``TimeScan``.
///
/// Each rule starts at an anchor token — a month, weekday or season name, a number, or a word of
/// ``TimeLexicon`` — and extends left and right over the words that belong to the expression. Every
/// anchor yields at most a few candidates; ``candidates()`` keeps the longest of overlapping ones.
/// The facets hold the rules by kind: `+Dates` (named and numeric dates, years), `+Relative`
/// (words counted from the publication day) and `+Periods` (parts, ordinals, seasons, holidays).
struct TimexGrammar {
    /// The scanned text.
    let scan: TimeScan
    /// Reads number words (ordinals such as التاسع عشر, counts such as ثلاثة).
    let numerals = NumeralParser()

    /// The expressions of the text, in text order, without overlaps.
    /// - Complexity: O(n) in the number of tokens.
    func candidates() -> [TimexCandidate] {
        var found: [TimexCandidate] = []
        for index in 0..<scan.count {
            found.append(contentsOf: candidates(at: index))
        }
        return sharingYears(Self.select(found))
    }

    /// The candidates anchored at token `index`.
    private func candidates(at index: Int) -> [TimexCandidate] {
        var found: [TimexCandidate] = []
        if let term = scan.terms[index] {
            switch term {
            case .month:
                if let candidate = monthDate(at: index) { found.append(candidate) }
            case .weekday(let match):
                if let candidate = weekdayExpression(at: index, match: match) { found.append(candidate) }
            case .season(let match):
                if let candidate = seasonExpression(at: index, match: match) { found.append(candidate) }
            }
        }
        switch scan.tokens[index].kind {
        case .number:
            if let candidate = numberExpression(at: index) { found.append(candidate) }
        case .word:
            if let word = scan.words[index], let candidate = wordExpression(at: index, word: word) {
                found.append(candidate)
            }
        default:
            break
        }
        return found
    }

    /// The longest of overlapping candidates, earlier first on ties, in text order.
    /// - Complexity: O(k log k + t) for k candidates covering t tokens.
    static func select(_ candidates: [TimexCandidate]) -> [TimexCandidate] {
        guard candidates.count > 1 else { return candidates }
        let ranked = candidates.sorted {
            ($0.tokens.count, -$0.tokens.lowerBound) > ($1.tokens.count, -$1.tokens.lowerBound)
        }
        let end = candidates.map(\.tokens.upperBound).max() ?? 0
        let start = candidates.map(\.tokens.lowerBound).min() ?? 0
        var taken = [Bool](repeating: false, count: end - start)
        var kept: [TimexCandidate] = []
        for candidate in ranked {
            let range = (candidate.tokens.lowerBound - start)..<(candidate.tokens.upperBound - start)
            guard !range.contains(where: { taken[$0] }) else { continue }
            for index in range { taken[index] = true }
            kept.append(candidate)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Token tests

    /// The preposition at `index`.
    func preposition(_ index: Int) -> TimePreposition? {
        if case .preposition(let preposition) = scan.word(index) { return preposition }
        return nil
    }

    /// The direction word at `index`.
    func direction(_ index: Int) -> TimeDirection? {
        if case .direction(let direction) = scan.word(index) { return direction }
        return nil
    }

    /// The unit word at `index`.
    func unit(_ index: Int) -> (unit: TimeUnit, count: UnitCount, definite: Bool)? {
        if case .unit(let unit, let count, let definite) = scan.word(index) { return (unit, count, definite) }
        return nil
    }

    /// The part word at `index`.
    func part(_ index: Int) -> PeriodPart? {
        if case .part(let part) = scan.word(index) { return part }
        return nil
    }

    /// The month name starting at `index`.
    func month(_ index: Int) -> MonthMatch? {
        if case .month(let match) = scan.term(index) { return match }
        return nil
    }

    /// The weekday name starting at `index`.
    func weekday(_ index: Int) -> WeekdayMatch? {
        if case .weekday(let match) = scan.term(index) { return match }
        return nil
    }

    /// A day of the month written in digits at `index`: one or two digits, 1 to 31.
    func dayNumber(_ index: Int) -> Int? {
        guard let (value, digits) = scan.integer(index), digits <= 2, (1...31).contains(value) else { return nil }
        return value
    }

    /// A year written in digits at `index`: four digits, 1000 to 2999 (or three digits when
    /// `allowShort`, for «عام 622»).
    func yearNumber(_ index: Int, allowShort: Bool = false) -> Int? {
        guard let (value, digits) = scan.integer(index) else { return nil }
        if digits == 4, (1000...2999).contains(value) { return value }
        if allowShort, digits == 3, value >= 100 { return value }
        return nil
    }

    /// Whether token `index` separates the parts of a date: «،», «,», «-», «–».
    func isDateSeparator(_ index: Int) -> Bool {
        guard let scalar = scan.punctuation(index) else { return false }
        return scalar == "،" || scalar == "," || scalar == "-" || scalar == "–" || scalar == "—"
    }

    /// Whether an expression may run from token `index - 1` into token `index`: no line break
    /// between them.
    func continues(_ index: Int) -> Bool {
        index < scan.count && !scan.startsLine(index)
    }

    // MARK: Number words

    /// The longest number-word expression of one to three Arabic words ending just before `end`,
    /// with its value and kind.
    func numberWords(endingBefore end: Int) -> (numeral: Numeral, start: Int)? {
        guard mayBeNumberWord(end - 1) else { return nil }
        var best: (Numeral, Int)?
        for length in 1...3 {
            let start = end - length
            guard start >= 0, mayBeNumberWord(start), length == 1 || continues(start + 1) else { break }
            if let numeral = numerals.parse(words(start..<end)) { best = (numeral, start) }
        }
        return best
    }

    /// The longest number-word expression of one to three Arabic words starting at `start`.
    func numberWords(startingAt start: Int) -> (numeral: Numeral, end: Int)? {
        guard mayBeNumberWord(start) else { return nil }
        var best: (Numeral, Int)?
        for length in 1...3 {
            let end = start + length
            guard end <= scan.count, mayBeNumberWord(end - 1), length == 1 || continues(end - 1) else { break }
            if let numeral = numerals.parse(words(start..<end)) { best = (numeral, end) }
        }
        return best
    }

    /// A day of the month ending just before `end`: digits 1–31, or an ordinal in words (التاسع،
    /// الثالث عشر، الحادي والعشرين).
    func day(endingBefore end: Int) -> (value: Int, start: Int)? {
        if let value = dayNumber(end - 1) { return (value, end - 1) }
        return ordinal(endingBefore: end)
    }

    /// An ordinal up to 31 in words starting at `start`: الأول، الثالث عشر، السابع عشرة.
    func ordinal(startingAt start: Int) -> (value: Int, end: Int)? {
        guard let (numeral, end) = numberWords(startingAt: start), numeral.kind == .ordinal,
            (1...31).contains(numeral.value)
        else { return nil }
        return (Int(numeral.value), end)
    }

    /// An ordinal up to 31 in words ending just before `end`.
    func ordinal(endingBefore end: Int) -> (value: Int, start: Int)? {
        guard let (numeral, start) = numberWords(endingBefore: end), numeral.kind == .ordinal,
            (1...31).contains(numeral.value)
        else { return nil }
        return (Int(numeral.value), start)
    }

    /// A count before a unit, ending just before `end`: digits or cardinal words.
    func count(endingBefore end: Int) -> (value: Int, start: Int)? {
        if let (value, digits) = scan.integer(end - 1), digits <= 4, value > 0 { return (value, end - 1) }
        guard let (numeral, start) = numberWords(endingBefore: end), numeral.kind == .cardinal,
            numeral.value >= 1, numeral.value == numeral.value.rounded(), numeral.value < 10_000
        else { return nil }
        return (Int(numeral.value), start)
    }

    /// A count after a unit, starting at `start`: digits or cardinal words.
    func count(startingAt start: Int) -> (value: Int, end: Int)? {
        if let (value, digits) = scan.integer(start), digits <= 4, value > 0 { return (value, start + 1) }
        guard let (numeral, end) = numberWords(startingAt: start), numeral.kind != .fraction,
            numeral.value >= 1, numeral.value == numeral.value.rounded(), numeral.value < 10_000
        else { return nil }
        return (Int(numeral.value), end)
    }

    /// Whether token `index` may be part of a number in words, as ``TimeScan`` found; it spares the
    /// numeral parser every other word.
    private func mayBeNumberWord(_ index: Int) -> Bool {
        scan.tokens.indices.contains(index) && scan.numeralParts[index]
    }

    /// The normalized words of `range`, joined by spaces.
    private func words(_ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if index > range.lowerBound { text += " " }
            text += scan.text(index)
        }
        return text
    }
}
