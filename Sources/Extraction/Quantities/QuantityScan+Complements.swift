import ArabicText

extension QuantityScan {
    /// «مصرع خمسة أشخاص وإصابة 23 آخرين»، «وأصيب 11 آخرون»: a count of others counts what the count
    /// before it in the same sentence counts; the span takes the word «آخرين» in.
    func addOthers(to candidates: inout [QuantityCandidate]) {
        for index in candidates.indices.dropFirst() where candidates[index].unit == nil {
            let next = candidates[index].endToken + 1
            guard isFollowedByOthers(candidates[index]) else { continue }
            let previous = candidates[index - 1]
            guard let unit = previous.unit, candidates[index].startToken - previous.endToken <= 12,
                  !(previous.endToken..<candidates[index].startToken).contains(where: endsSentence)
            else { continue }
            candidates[index].unit = unit
            candidates[index].unitCategory = previous.unitCategory
            candidates[index].end = text.tokens[next].span.upperBound
            candidates[index].endToken = next
        }
    }

    /// «ثلاث حالات وفاة»، «12 عملية اعتقال»: after a counter noun that counts events of any kind, the
    /// noun that says which kind belongs to the unit (not an adjective such as «جديدة»).
    func addCounterComplements(to candidates: inout [QuantityCandidate]) {
        for index in candidates.indices {
            guard let unit = candidates[index].unit,
                  let unitToken = (candidates[index].firstToken...candidates[index].endToken).last(where: {
                      text.tokens[$0].span.upperBound == unit.upperBound
                  }),
                  Self.counters.contains(where: { text.token(unitToken, is: $0) })
            else { continue }
            let next = unitToken + 1
            guard next < text.tokens.count, text.tokens[next].kind == .word, text.isOnSameLine(next),
                  index + 1 >= candidates.count || candidates[index + 1].startToken > next,
                  !text.bytes.withUnsafeBufferPointer({ Stopwords.contains(utf8: UnsafeBufferPointer(rebasing: $0[text.tokens[next].utf8Span])) }),
                  !contextRoles(startingAt: next).contains(.nonUnit)
            else { continue }
            candidates[index].unit = unit.lowerBound..<text.tokens[next].span.upperBound
            candidates[index].end = max(candidates[index].end, text.tokens[next].span.upperBound)
            candidates[index].endToken = max(candidates[index].endToken, next)
        }
    }

    /// Whether a verb of exceeding and then its subject come right before the number whose first
    /// token follows `index` («تجاوزت الاحتياطيات 100 مليار دولار»، «فاق عدد الزوار 50 ألفا»): up to
    /// three words of the subject, on one line, with no number or mark between.
    func followsBoundVerb(before index: Int) -> Bool {
        var verb = index
        while verb >= 0, index - verb <= 3, text.isWordLike(verb), text.isOnSameLine(verb + 1) {
            if let hit = QuantityLexicon.boundVerbs.longest(in: text, at: verb, proclitics: true), hit.tokenCount == 1 {
                return true
            }
            verb -= 1
        }
        return false
    }

    /// Whether a word for others («آخرين»، «آخرون») follows the candidate.
    func isFollowedByOthers(_ candidate: QuantityCandidate) -> Bool {
        let next = candidate.endToken + 1
        return next < text.tokens.count && Self.others.contains(where: { text.token(next, is: $0) })
    }

    private func endsSentence(_ index: Int) -> Bool {
        text.tokens[index].kind == .punctuation && Self.sentenceEnds.contains(where: { text.token(index, is: $0) })
    }

    private static let others: [[UInt8]] = ["اخرين", "اخرون", "اخري", "اخريات", "اخر"].map { Array($0.utf8) }
    private static let counters: [[UInt8]] = ["حاله", "حالات", "عمليه", "عمليات"].map { Array($0.utf8) }
    private static let sentenceEnds: [[UInt8]] = [".", "؟", "!", "؛"].map { Array($0.utf8) }
}
