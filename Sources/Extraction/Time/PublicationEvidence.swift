import ArabicText

/// Collects what a text says about its own publication day, as ``PublicationConstraint``s.
///
/// The kinds of evidence, strongest first: a date line at the top or the bottom of the text
/// («الخميس 14 أيار 2023 - 10:35»); «اليوم» next to a full date; the date of an embedded post
/// («— Name (@handle) December 9, 2021») whose text says «اليوم»; «اليوم الأحد» (the publication day
/// is a Sunday); «العام الجاري 2021» (it is in 2021); «9 ديسمبر الجاري» (it is in December, on or
/// after the 9th when the clause speaks of the past); «(8 أكتوبر) المنصرم» (it is in November);
/// «يوليو الماضي» (it is not in July); and every full date of the text as a bound: after it when the
/// clause speaks of the past, before it when of the future.
struct PublicationEvidence {
    /// The analyzed text.
    let analysis: TimexAnalysis
    /// The line of each token.
    private let lines: [Int]
    /// The lines that hold tokens, in order.
    private let contentLines: [Int]
    /// The original text of each candidate.
    private let texts: [String]

    /// Prepares the evidence of `analysis`.
    init(_ analysis: TimexAnalysis) {
        self.analysis = analysis
        var lines: [Int] = []
        lines.reserveCapacity(analysis.scan.count)
        var line = 0
        for index in 0..<analysis.scan.count {
            if index > 0, analysis.scan.startsLine(index) { line += 1 }
            lines.append(line)
        }
        self.lines = lines
        var content: [Int] = []
        for line in lines where content.last != line { content.append(line) }
        contentLines = content
        texts = TimexAnalysis.slices(
            of: analysis.text, at: analysis.candidates.map { analysis.scan.originalSpan(of: $0.tokens) })
    }

    /// Every constraint the text gives.
    func constraints() -> [PublicationConstraint] {
        var constraints: [PublicationConstraint] = []
        let scan = analysis.scan
        let candidates = analysis.candidates
        var used = Set<Int>()
        for (position, candidate) in candidates.enumerated() {
            var resolver = TimexResolver(published: nil)
            resolver.tense = analysis.tenses[position]
            let resolution = resolver.resolve(candidate.reading)
            let quoted = "«" + texts[position] + "»"
            let absoluteDay = resolution.anchor == .absolute ? resolution.value.flatMap { $0.isSingleDay ? $0.first : nil } : nil

            if let day = absoluteDay, let saysToday = embeddedPost(endingWith: candidate.tokens) {
                constraints.append(
                    saysToday
                        ? PublicationConstraint(
                            kind: .between(day, day.adding(days: 1)), strength: 90,
                            evidence: "the embedded post dated \(quoted) says «اليوم»: that day or the next")
                        : PublicationConstraint(
                            kind: .between(day, nil), strength: 50, evidence: "the embedded post dated \(quoted)"))
                used.insert(position)
                continue
            }
            if let day = absoluteDay, isDateLine(candidate.tokens) {
                let update = lineTokens(of: candidate.tokens.lowerBound).contains { scan.text($0).contains("تحديث") }
                constraints.append(
                    PublicationConstraint(
                        kind: update ? .between(nil, day) : .between(day, day), strength: update ? 95 : 100,
                        evidence: (update ? "the update line " : "the date line ") + quoted))
                used.insert(position)
                continue
            }
            switch candidate.reading {
            case .dayShift(let offset, let weekday):
                if let weekday {
                    let iso = ((weekday.isoNumber - 1 - offset) % 7 + 7) % 7 + 1
                    if let publicationWeekday = Weekday(rawValue: iso) {
                        constraints.append(
                            PublicationConstraint(kind: .weekday(publicationWeekday), strength: 80, evidence: quoted))
                    }
                }
                if offset == 0, position + 1 < candidates.count {
                    // «اليوم، الخميس 9 ديسمبر 2021»: today is that date.
                    let next = candidates[position + 1]
                    var resolver = TimexResolver(published: nil)
                    resolver.tense = analysis.tenses[position + 1]
                    let nextResolution = resolver.resolve(next.reading)
                    if next.tokens.lowerBound - candidate.tokens.upperBound <= 2, nextResolution.anchor == .absolute,
                        let value = nextResolution.value, value.isSingleDay
                    {
                        constraints.append(
                            PublicationConstraint(
                                kind: .between(value.first, value.first), strength: 95,
                                evidence: quoted + " «" + texts[position + 1] + "»"))
                    }
                }
            case .day(let spec):
                constraints.append(contentsOf: monthConstraints(spec.month, day: spec.day, candidate: candidate, position: position))
            case .month(let spec):
                constraints.append(contentsOf: monthConstraints(spec, day: nil, candidate: candidate, position: position))
            default:
                break
            }
            if let year = Self.currentYear(in: candidate.reading),
                let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
            {
                constraints.append(
                    PublicationConstraint(kind: .between(first, last), strength: 75, evidence: quoted + " is the current year"))
            }
            if resolution.anchor == .absolute, let value = resolution.value, !used.contains(position) {
                let since = scan.word(candidate.tokens.lowerBound - 1) == .preposition(.since)
                switch since ? .past : analysis.tenses[position] {
                case .past:
                    constraints.append(
                        PublicationConstraint(kind: .between(value.first, nil), strength: 30, evidence: quoted + " is past"))
                case .future:
                    constraints.append(
                        PublicationConstraint(kind: .between(nil, value.last), strength: 20, evidence: quoted + " is to come"))
                case .unknown:
                    constraints.append(
                        PublicationConstraint(kind: .between(value.first, nil), strength: 15, evidence: quoted + " is mentioned"))
                }
            }
        }
        return constraints
    }

    /// What a named month with a modifier and no year says: «9 ديسمبر الجاري», «(8 أكتوبر)
    /// المنصرم», «يوليو الماضي».
    private func monthConstraints(_ spec: MonthSpec, day: Int?, candidate: TimexCandidate, position: Int) -> [PublicationConstraint] {
        guard let month = spec.month, case .unstated = spec.year, let modifier = spec.modifier else { return [] }
        let quoted = "«" + texts[position] + "»"
        let number = month.number
        let monthOf: (CivilDate) -> Int? =
            month.calendar == .hijri
            ? { HijriCalendar.ummAlQura.hijriDate(for: $0)?.month } : { $0.month }
        let dayOf: (CivilDate) -> Int? =
            month.calendar == .hijri
            ? { HijriCalendar.ummAlQura.hijriDate(for: $0)?.day } : { $0.day }
        switch modifier {
        case .current:
            var constraints = [
                PublicationConstraint(
                    kind: .rule({ monthOf($0) == number }), strength: 70, evidence: quoted + ": the month of publication")
            ]
            let scan = analysis.scan
            let since = scan.word(candidate.tokens.lowerBound - 1) == .preposition(.since)
                || scan.word(candidate.tokens.lowerBound - 1) == .preposition(.from)
            if let day, since || analysis.tenses[position] == .past {
                constraints.append(
                    PublicationConstraint(
                        kind: .rule({ monthOf($0) != number || (dayOf($0) ?? 0) >= day }), strength: 65,
                        evidence: quoted + " is past", recentDay: (month, day)))
            }
            return constraints
        case .past:
            let justEnded = (candidate.tokens).contains { analysis.scan.hasPrefix($0, "المنصرم") }
            if justEnded {
                let following = number % 12 + 1
                return [
                    PublicationConstraint(
                        kind: .rule({ monthOf($0) == following }), strength: 60,
                        evidence: quoted + ": the month after it")
                ]
            }
            return [
                PublicationConstraint(kind: .rule({ monthOf($0) != number }), strength: 40, evidence: quoted + ": a month before")
            ]
        case .next:
            return [
                PublicationConstraint(kind: .rule({ monthOf($0) != number }), strength: 40, evidence: quoted + ": a month to come")
            ]
        default:
            return []
        }
    }

    /// The year a reading calls current: «العام الجاري 2021».
    private static func currentYear(in reading: TimexReading) -> Int? {
        func year(_ spec: YearSpec) -> Int? {
            if case .currentGregorian(let value) = spec { return value }
            return nil
        }
        switch reading {
        case .year(let spec): return year(spec)
        case .month(let spec): return year(spec.year)
        case .day(let spec): return year(spec.month.year)
        case .part(_, .year(let spec)): return year(spec)
        case .part(_, .month(let spec)): return year(spec.year)
        case .season(_, let spec, _): return year(spec)
        default: return nil
        }
    }

    // MARK: Lines

    /// The tokens of the line token `index` is on.
    private func lineTokens(of index: Int) -> Range<Int> {
        let line = lines[index]
        var start = index
        while start > 0, lines[start - 1] == line { start -= 1 }
        var end = index
        while end < lines.count, lines[end] == line { end += 1 }
        return start..<end
    }

    /// Words of the labels of date lines (matching-normalized): «نشر بتاريخ»، «آخر تحديث»، «الساعة».
    static let dateLineLabels = ["نشر", "نشرت", "بتاريخ", "تاريخ", "النشر", "اخر", "تحديث", "التحديث", "الساعه", "في"]

    /// Whether `tokens` make up most of a short line at the top (first four lines) or the bottom
    /// (last three) of the text: besides the date, only punctuation, numbers (a time, a view count),
    /// a weekday and at most three other words, and no verb.
    private func isDateLine(_ tokens: Range<Int>) -> Bool {
        let scan = analysis.scan
        let line = lines[tokens.lowerBound]
        guard let rank = contentLines.firstIndex(of: line), rank < 4 || rank >= contentLines.count - 3 else { return false }
        let all = lineTokens(of: tokens.lowerBound)
        guard all.count <= 16 else { return false }
        var otherWords = 0
        for index in all where !tokens.contains(index) {
            switch scan.tokens[index].kind {
            case .word, .latin:
                if Self.dateLineLabels.contains(where: { scan.isWord(index, $0) }) || scan.term(index) != nil { continue }
                if scan.tenses[index] != nil { return false }
                otherWords += 1
            default:
                continue
            }
        }
        return otherWords <= 3
    }

    /// Whether `tokens` date an embedded post: they end a line that has a handle (@name) before them.
    /// Returns whether the post's text (that line and the one before) says «اليوم», or `nil` when
    /// this is no post signature.
    private func embeddedPost(endingWith tokens: Range<Int>) -> Bool? {
        let scan = analysis.scan
        let line = lineTokens(of: tokens.lowerBound)
        guard (tokens.upperBound..<line.upperBound).allSatisfy({ scan.punctuation($0) != nil }),
            (line.lowerBound..<tokens.lowerBound).contains(where: { scan.tokens[$0].kind == .handle })
        else { return nil }
        var body = line.lowerBound..<tokens.lowerBound
        if line.lowerBound > 0 {
            body = lineTokens(of: line.lowerBound - 1).lowerBound..<tokens.lowerBound
        }
        return body.contains { scan.word($0) == .today }
    }
}
