import ArabicText

/// Combines ``PublicationConstraint``s into the narrowest consistent day or range.
///
/// Bounds (`between`) are met strongest first; one that contradicts stronger ones is dropped. When
/// the text leaves a side open, a hint (the dates of articles given together) closes it at 400 days
/// around the hint; without a hint the text must bound the day itself. Rules and weekdays then filter
/// the days of that window, again strongest first. The result is the run of remaining days the text
/// bounds, or, when it bounds none (a weekday and nothing else), the day nearest the hint. A weekday
/// with «9 ديسمبر الجاري» in a clause about the past gives the first such weekday on or after that
/// day, since news reports recent events.
struct PublicationDateSolver {
    /// The constraints, in any order.
    let constraints: [PublicationConstraint]
    /// Days the article is believed to be near, from outside its text.
    let hint: ClosedRange<CivilDate>?

    /// The widest range worth reporting, in days; wider conclusions are no conclusion.
    static let widestRange = 62
    /// How far around the hint the window reaches when the text leaves it open, in days.
    static let hintReach = 400
    /// How strong the hint is as a bound: above a date merely mentioned, below a date in a clause
    /// about the past.
    static let hintStrength = 25
    /// The widest window searched, in days (forty years).
    static let widestWindow = 14_610

    /// How strong a one-sided bound must be to stand in for a hint (a post's date, an update line).
    static let anchoringStrength = 50

    /// The publication date, or `nil` when the evidence pins no narrow range.
    func solve() -> InferredPublicationDate? {
        let ordered = constraints.sorted { $0.strength > $1.strength }
        // Without a hint, a strong bound on one side (the date of a post, an update line) is where
        // the article was written near.
        var hint = self.hint
        var hintIsText = false
        if hint == nil, let bound = ordered.first(where: { $0.strength >= Self.anchoringStrength && Self.isOneSided($0) }),
            case .between(let low, let high) = bound.kind, let day = low ?? high
        {
            hint = day...day
            hintIsText = true
        }
        var evidence: [String] = []
        var boundEvidence: [(low: CivilDate?, high: CivilDate?, text: String)] = []

        // 1. The window that the bounds of the text leave. The hint takes part as a bound of middle
        //    strength, so that weak bounds of the text (a date mentioned in an unknown tense) that
        //    contradict it are dropped, and closes the sides the text leaves open.
        var bounds = ordered.filter { if case .between = $0.kind { true } else { false } }
        if let hint {
            let reach = PublicationConstraint(
                kind: .between(hint.lowerBound.adding(days: -Self.hintReach), hint.upperBound.adding(days: Self.hintReach)),
                strength: Self.hintStrength, evidence: "")
            bounds.append(reach)
            bounds.sort { $0.strength > $1.strength }
        }
        var low: CivilDate?
        var high: CivilDate?
        var lowFromHint = false
        var highFromHint = false
        for constraint in bounds {
            guard case .between(let first, let last) = constraint.kind else { continue }
            let newLow = [low, first].compactMap { $0 }.max()
            let newHigh = [high, last].compactMap { $0 }.min()
            if let newLow, let newHigh, newLow > newHigh { continue }
            let isHint = constraint.evidence.isEmpty
            if newLow != low { lowFromHint = isHint }
            if newHigh != high { highFromHint = isHint }
            if !isHint, newLow != low || newHigh != high {
                boundEvidence.append((newLow != low ? first : nil, newHigh != high ? last : nil, constraint.evidence))
            }
            low = newLow
            high = newHigh
        }
        guard let low, let high, low.days(to: high) <= Self.widestWindow else { return nil }
        var usedHint = lowFromHint || highFromHint
        let openLow = lowFromHint
        let openHigh = highFromHint

        // 2. Rules, then weekdays, strongest first.
        var days = (0...low.days(to: high)).map { low.adding(days: $0) }
        var recent = false
        for constraint in ordered {
            guard case .rule = constraint.kind else { continue }
            let kept = days.filter(constraint.admits)
            guard !kept.isEmpty else { continue }
            if kept.count < days.count { evidence.append(constraint.evidence) }
            if constraint.recentDay != nil { recent = true }
            days = kept
        }
        let ruled = days
        var weekday = false
        for constraint in ordered {
            guard case .weekday = constraint.kind else { continue }
            let kept = days.filter(constraint.admits)
            guard !kept.isEmpty else { continue }
            if kept.count < days.count { evidence.append(constraint.evidence) }
            weekday = true
            days = kept
        }

        // 3. The run of ruled days to answer in: the only one, or the one nearest the hint.
        let runs = Self.runs(of: ruled)
        let run: ClosedRange<CivilDate>
        if runs.count == 1, let only = runs.first {
            run = only
        } else if let hint, let nearest = runs.min(by: { Self.distance($0, hint) < Self.distance($1, hint) }) {
            run = nearest
            usedHint = true
        } else {
            return nil
        }
        let bounded = (!openLow || run.lowerBound > low) && (!openHigh || run.upperBound < high)
        let inRun = days.filter { run.contains($0) }
        guard !inRun.isEmpty, let first = inRun.first, let last = inRun.last else { return nil }

        // 4. The answer.
        var result: ClosedRange<CivilDate>?
        if weekday, recent {
            result = first...first
            evidence.append("the first such day after it")
        } else if weekday, !bounded, let hint {
            // Only a weekday: the one nearest the hint, or those inside a hint wider than a week.
            let nearest = inRun.min { Self.distance($0...$0, hint) < Self.distance($1...$1, hint) } ?? first
            let inside = inRun.filter { hint.contains($0) }
            if hint.lowerBound.days(to: hint.upperBound) <= 7 || inside.isEmpty {
                result = nearest...nearest
            } else {
                result = (inside.first ?? nearest)...(inside.last ?? nearest)
            }
            usedHint = true
        } else if bounded {
            result = first...last
        }
        guard let result, result.lowerBound.days(to: result.upperBound) < Self.widestRange else { return nil }
        // Bounds far from the answer («منذ 2014») narrowed nothing that matters: leave them out.
        let near = boundEvidence.filter { bound in
            (bound.low.map { $0.days(to: result.lowerBound) <= Self.widestRange } ?? false)
                || (bound.high.map { result.upperBound.days(to: $0) <= Self.widestRange } ?? false)
        }
        evidence = near.map(\.text) + evidence
        if usedHint {
            evidence.append(
                hintIsText ? "the nearest such day to it" : "the year (or the week) nearest the dates of the articles given with it")
        }
        return InferredPublicationDate(earliest: result.lowerBound, latest: result.upperBound, evidence: evidence.joined(separator: "; "))
    }

    /// Whether a constraint bounds the day on one side only.
    static func isOneSided(_ constraint: PublicationConstraint) -> Bool {
        guard case .between(let low, let high) = constraint.kind else { return false }
        return (low == nil) != (high == nil)
    }

    /// Consecutive days of `days` (sorted) grouped into runs.
    static func runs(of days: [CivilDate]) -> [ClosedRange<CivilDate>] {
        var runs: [ClosedRange<CivilDate>] = []
        var start: CivilDate?
        var previous: CivilDate?
        for day in days {
            if let last = previous, last.days(to: day) > 1, let first = start {
                runs.append(first...last)
                start = day
            } else if start == nil {
                start = day
            }
            previous = day
        }
        if let first = start, let last = previous { runs.append(first...last) }
        return runs
    }

    /// The number of days between two ranges, zero when they overlap.
    static func distance(_ range: ClosedRange<CivilDate>, _ other: ClosedRange<CivilDate>) -> Int {
        if range.upperBound < other.lowerBound { return range.upperBound.days(to: other.lowerBound) }
        if other.upperBound < range.lowerBound { return other.upperBound.days(to: range.lowerBound) }
        return 0
    }
}
