import Extraction

/// Finds where a story's statements contradict each other.
///
/// Two statements conflict when they speak of the same thing (their stems overlap) and:
/// - **number**: they give the same kind of count (the same counted noun) with values that cannot
///   both hold (12 against «أكثر من 40»);
/// - **date**: they date the same event to days that do not overlap;
/// - **polarity**: they sit on opposite poles of one predicate (ستبقى against ستغادر), or one
///   negates what the other affirms;
/// - **denial**: one explicitly denies (ننفي، نفى، لا صحة) what the other says.
/// Statements of one article conflict only when different speakers make them. Contradictions inside
/// one statement's article (a weekday that does not match its date) come in as inconsistencies.
struct ConflictDetector {
    /// The least stem overlap for two statements to be about the same thing.
    var sameFrame = 0.15
    /// The relative difference beyond which two exact counts disagree.
    var numberTolerance = 0.1

    func conflicts(in articles: [AnalyzedArticle]) -> [Conflict] {
        var found: [Conflict] = []
        var seen = Set<[Int]>()
        let units = articles.enumerated().flatMap { article in article.element.claims.indices.map { (article.offset, $0) } }
        var index: [String: [Int]] = [:]
        for (position, unit) in units.enumerated() {
            for stem in articles[unit.0].claims[unit.1].stems { index[stem, default: []].append(position) }
        }
        for (position, left) in units.enumerated() {
            let a = articles[left.0].claims[left.1]
            var candidates = Set<Int>()
            for stem in a.stems { for other in index[stem] ?? [] where other > position { candidates.insert(other) } }
            for other in candidates.sorted() {
                let right = units[other]
                let b = articles[right.0].claims[right.1]
                if left.0 == right.0, a.speaker == nil || b.speaker == nil || a.speaker == b.speaker { continue }
                guard let (kind, description) = disagreement(a, b) else { continue }
                let key = [left.0, left.1, right.0, right.1]
                guard seen.insert(key).inserted else { continue }
                found.append(Conflict(
                    id: "", kind: kind, description: description,
                    sides: [side(of: a, in: articles[left.0]), side(of: b, in: articles[right.0])]))
            }
        }
        for article in articles {
            for inconsistency in article.inconsistencies {
                found.append(Conflict(
                    id: "", kind: "inconsistency", description: inconsistency.description,
                    sides: [
                        ConflictSide(article: article.id, start: inconsistency.first.span.lowerBound, end: inconsistency.first.span.upperBound, text: inconsistency.first.text),
                        ConflictSide(article: article.id, start: inconsistency.second.span.lowerBound, end: inconsistency.second.span.upperBound, text: inconsistency.second.text),
                    ]))
            }
        }
        return found.enumerated().map { number, conflict in
            var conflict = conflict
            conflict.id = "x\(number + 1)"
            return conflict
        }
    }

    /// The kind and description of the disagreement between two statements, or `nil`.
    private func disagreement(_ a: ClaimUnit, _ b: ClaimUnit) -> (String, String)? {
        let overlap = ClaimAligner.stemOverlap(a, b)
        guard overlap >= sameFrame else { return nil }
        if a.isDenial != b.isDenial, overlap >= sameFrame + 0.05 {
            return ("denial", "one source denies what the other states")
        }
        for frameA in a.frames {
            for frameB in b.frames where frameA.axis == frameB.axis && frameA.pole != frameB.pole {
                return ("polarity", "\(frameA.pole) against \(frameB.pole) (\(frameA.axis))")
            }
        }
        if let numbers = conflictingNumbers(a, b) {
            return ("number", "\(Self.describe(numbers.0)) against \(Self.describe(numbers.1))")
        }
        if overlap >= 0.3, let dates = conflictingDates(a, b) {
            return ("date", "\(dates.0) against \(dates.1)")
        }
        if overlap >= 0.5, a.isNegated != b.isNegated {
            return ("polarity", "one source negates what the other affirms")
        }
        return nil
    }

    private func conflictingNumbers(_ a: ClaimUnit, _ b: ClaimUnit) -> (ClaimNumber, ClaimNumber)? {
        for x in a.numbers {
            for y in b.numbers where x.unit != nil && x.unit == y.unit {
                if compatible(x, y) { return nil }
            }
        }
        for x in a.numbers {
            for y in b.numbers where x.unit != nil && x.unit == y.unit && !compatible(x, y) { return (x, y) }
        }
        return nil
    }

    /// Whether two counts of the same thing can both hold: equal within the tolerance, or an
    /// approximate count («نحو 3 آلاف»، «أكثر من 40») near or under the other.
    private func compatible(_ x: ClaimNumber, _ y: ClaimNumber) -> Bool {
        let larger = max(abs(x.value), abs(y.value))
        guard larger > 0 else { return true }
        let difference = abs(x.value - y.value) / larger
        if difference <= numberTolerance { return true }
        if x.isApproximate || y.isApproximate { return difference <= 0.25 }
        return false
    }

    private func conflictingDates(_ a: ClaimUnit, _ b: ClaimUnit) -> (String, String)? {
        let left = a.dates.compactMap(DayRange.init)
        let right = b.dates.compactMap(DayRange.init)
        guard !left.isEmpty, !right.isEmpty else { return nil }
        for x in left { for y in right where x.overlaps(y) { return nil } }
        for x in left where x.isNarrow {
            for y in right where y.isNarrow { return (x.value, y.value) }
        }
        return nil
    }

    private func side(of unit: ClaimUnit, in article: AnalyzedArticle) -> ConflictSide {
        ConflictSide(article: article.id, start: unit.span.lowerBound, end: unit.span.upperBound, text: unit.text)
    }

    private static func describe(_ number: ClaimNumber) -> String {
        let value = number.value == number.value.rounded() ? String(Int(number.value)) : String(number.value)
        return (number.isApproximate ? "~" : "") + value + (number.unit.map { " " + $0 } ?? "")
    }
}

extension ClaimAligner {
    /// The Jaccard overlap of two units' stems.
    static func stemOverlap(_ a: ClaimUnit, _ b: ClaimUnit) -> Double {
        let left = Set(a.stems)
        let right = Set(b.stems)
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }
}
