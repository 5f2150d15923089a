extension NumeralGrammar {
    /// Every ordinal expression that starts at token `index`.
    ///
    /// An ordinal is an ordinal word (الأول، الثانية، عاشر); an ordinal unit or a definite cardinal
    /// unit before عشر/عشرة (الحادي عشر، الثالثة عشرة، الأحد عشر، الاثنى عشر) or before و and tens
    /// (الحادي والعشرين، الواحد و العشرون، الثان والسبعون); definite tens (العشرون، التسعين); or
    /// المئة/المائة.
    func ordinals(at index: Int) -> [Candidate] {
        var candidates: [Candidate] = []
        guard let first = item(at: index), first.index == index, let reading = first.reading else { return candidates }
        for meaning in reading.meanings {
            var alone: Int?
            var head: Int?
            switch meaning {
            case .ordinal(let position):
                alone = position
                head = position <= 9 ? position : nil
            case .compoundOrdinal(let position):
                head = position
            case .unit(let unit) where reading.hasArticle, .compoundUnit(let unit) where reading.hasArticle:
                head = unit
            case .tens(let tens) where reading.hasArticle:
                alone = tens
            case .hundreds(100) where reading.hasArticle:
                alone = 100
            default:
                break
            }
            if let alone {
                candidates.append(Candidate(value: Double(alone), kind: .ordinal, end: first.end, lead: meaning))
            }
            guard let head, let next = item(at: first.end), next.reading?.hasPreposition == false else { continue }
            if !next.hasConjunction, !next.hasArticle, next.means(.ten) {
                candidates.append(Candidate(value: Double(10 + head), kind: .ordinal, end: next.end, lead: meaning))
            }
            if next.hasConjunction {
                for case .tens(let tens) in next.meanings {
                    candidates.append(
                        Candidate(value: Double(head + tens), kind: .ordinal, end: next.end, lead: meaning))
                }
            }
        }
        return candidates
    }
}
