extension NumeralGrammar {
    /// A group below a thousand, or a number in digits, before any scale word.
    struct Group {
        var value: Double
        var end: Int
        var isInteger: Bool
        /// The meaning of the first word the group was read with; `nil` for digits.
        var lead: NumeralWord?
        var isZero: Bool { lead == .zero && value == 0 }
    }

    /// A group with its scale word, or a fraction.
    struct Scaled {
        var value: Double
        var end: Int
        /// The scale the group was multiplied by; 1 without a scale word.
        var scale: Int
        var kind: NumeralKind
        /// The meaning of the first word the group was read with; `nil` for digits.
        var lead: NumeralWord?
    }

    /// Every cardinal and fraction expression that starts at token `index`.
    ///
    /// An expression is a scaled group followed by smaller scaled groups joined by و («ثلاثة آلاف
    /// وخمسمائة»، «مليون و200 ألف»), optionally ending in و and a fraction of the last scale
    /// («مليون ونصف»), or a written fraction («3/4»).
    func cardinals(at index: Int) -> [Candidate] {
        var candidates: [Candidate] = []
        if let fraction = writtenFraction(at: index) { candidates.append(fraction) }
        // A standalone و cannot start an expression; an attached one (وخمسة) is a clitic of the first word.
        guard let first = item(at: index), first.index == index else { return candidates }
        for scaled in scaledGroups(from: first) {
            candidates.append(Candidate(value: scaled.value, kind: scaled.kind, end: scaled.end, lead: scaled.lead))
            if scaled.kind == .cardinal {
                extend(
                    total: scaled.value, lastScale: scaled.scale, end: scaled.end, lead: scaled.lead, into: &candidates)
            }
        }
        return candidates
    }

    /// Adds the continuations of an expression worth `total` whose last group was scaled by `lastScale`.
    private func extend(total: Double, lastScale: Int, end: Int, lead: NumeralWord?, into candidates: inout [Candidate])
    {
        guard total > 0, let next = item(at: end), next.hasConjunction, next.continues else { return }
        let unit = Double(lastScale)
        for case .fraction(let denominator, .free) in next.meanings {
            candidates.append(
                Candidate(value: total + unit / Double(denominator), kind: .cardinal, end: next.end, lead: lead))
        }
        guard lastScale > 1 else { return }
        let groups = scaledGroups(from: next)
        // «40 ألفا و60 ألفا»: a group with a scale as large as the last one is a second number, not
        // the rest of this one.
        if groups.contains(where: { $0.kind == .cardinal && $0.scale >= lastScale }) { return }
        for scaled in groups
        where scaled.kind == .cardinal && scaled.scale < lastScale && scaled.value > 0 && scaled.value < unit {
            let sum = total + scaled.value
            candidates.append(Candidate(value: sum, kind: .cardinal, end: scaled.end, lead: lead))
            extend(total: sum, lastScale: scaled.scale, end: scaled.end, lead: lead, into: &candidates)
        }
    }

    /// Groups starting with `first`, each alone and with the scale word after it; scale words alone;
    /// and fractions.
    func scaledGroups(from first: Item) -> [Scaled] {
        var scaled: [Scaled] = []
        let plain = groups(from: first)
        for group in plain + decimalGroups(after: plain) {
            scaled.append(Scaled(value: group.value, end: group.end, scale: 1, kind: .cardinal, lead: group.lead))
            guard !group.isZero, let next = item(at: group.end), !next.hasConjunction, next.continues,
                  !isYear(first, alone: group.end == first.end)
            else { continue }
            for case .scale(let scale, let form) in next.meanings where form != .dual {
                scaled.append(
                    Scaled(
                        value: group.value * Double(scale), end: next.end, scale: scale, kind: .cardinal,
                        lead: group.lead)
                )
            }
            // ثلاثة أرباع: a unit word counting the parts.
            if group.end == first.end, first.digits == nil, group.value >= 1, group.value <= 10 {
                for case .fractionPlural(let denominator) in next.meanings {
                    scaled.append(
                        Scaled(
                            value: group.value / Double(denominator), end: next.end, scale: 1, kind: .fraction,
                            lead: group.lead)
                    )
                }
            }
        }
        for meaning in first.meanings {
            switch meaning {
            case .scale(let scale, .singular):
                scaled.append(
                    Scaled(value: Double(scale), end: first.end, scale: scale, kind: .cardinal, lead: meaning))
            case .scale(let scale, .dual):
                scaled.append(
                    Scaled(value: 2 * Double(scale), end: first.end, scale: scale, kind: .cardinal, lead: meaning))
            case .fraction(let denominator, let use) where isFraction(first, use: use):
                appendFraction(1 / Double(denominator), after: first, lead: meaning, into: &scaled)
            case .fractionDual(let denominator):
                appendFraction(2 / Double(denominator), after: first, lead: meaning, into: &scaled)
            default:
                break
            }
        }
        return scaled + stackedScales(after: scaled)
    }

    /// A larger scale word after a scaled group multiplies it: «ألف مليار» is a trillion, «5 آلاف
    /// مليار» five trillion.
    private func stackedScales(after scaled: [Scaled]) -> [Scaled] {
        var stacked: [Scaled] = []
        for group in scaled where group.kind == .cardinal && group.scale > 1 {
            guard let next = item(at: group.end), !next.hasConjunction, next.continues else { continue }
            for case .scale(let larger, .singular) in next.meanings where larger > group.scale {
                stacked.append(
                    Scaled(
                        value: group.value * Double(larger), end: next.end, scale: group.scale * larger, kind: .cardinal,
                        lead: group.lead))
            }
        }
        return stacked
    }

    /// A fraction alone, and multiplied by a singular scale word after it («نصف مليون»).
    private func appendFraction(_ value: Double, after first: Item, lead: NumeralWord, into scaled: inout [Scaled]) {
        scaled.append(Scaled(value: value, end: first.end, scale: 1, kind: .fraction, lead: lead))
        guard let next = item(at: first.end), !next.hasConjunction, next.continues else { return }
        for case .scale(let scale, .singular) in next.meanings {
            scaled.append(
                Scaled(value: value * Double(scale), end: next.end, scale: scale, kind: .cardinal, lead: lead))
        }
    }

    /// Whether a fraction word of `use` reads as a fraction here.
    private func isFraction(_ item: Item, use: NumeralWord.FractionUse) -> Bool {
        switch (use, mode) {
        case (.free, _): return true
        case (.parserOnly, .wholeText): return true
        case (.parserOnly, .inText), (.beforeDefinite, .wholeText): return false
        case (.beforeDefinite, .inText): return isDefiniteWord(at: item.end)
        }
    }

    /// Whether token `index` is a word that starts with the article ال.
    func isDefiniteWord(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return false }
        let range = tokens[index].range
        // U+0627 ARABIC LETTER ALEF, U+0644 ARABIC LETTER LAM, and a letter after them.
        return range.count > 2 && scalars[range.lowerBound].value == 0x0627
            && scalars[range.lowerBound + 1].value == 0x0644
    }

    /// Groups below a thousand that start with `first`: units, teens, unit و tens, hundreds with what
    /// follows them; or the number in digits.
    func groups(from first: Item) -> [Group] {
        if let digits = first.digits {
            return [Group(value: digits.value, end: first.end, isInteger: digits.isInteger, lead: nil)]
        }
        var groups: [Group] = []
        for meaning in first.meanings {
            switch meaning {
            case .zero:
                groups.append(Group(value: 0, end: first.end, isInteger: true, lead: meaning))
            case .unit(let unit), .compoundUnit(let unit):
                appendUnitGroups(unit, first: first, lead: meaning, into: &groups)
            case .ten:
                groups.append(Group(value: 10, end: first.end, isInteger: true, lead: meaning))
            case .tens(let tens):
                groups.append(Group(value: Double(tens), end: first.end, isInteger: true, lead: meaning))
            case .hundreds(let hundreds):
                appendHundredsGroups(hundreds, end: first.end, lead: meaning, into: &groups)
            default:
                break
            }
        }
        return groups
    }

    /// A unit alone, in a teen (ثلاثة عشر), multiplying مئة (ثلاث مئة), or before و and tens (خمسة وعشرون).
    private func appendUnitGroups(_ unit: Int, first: Item, lead: NumeralWord, into groups: inout [Group]) {
        groups.append(Group(value: Double(unit), end: first.end, isInteger: true, lead: lead))
        guard let next = item(at: first.end), next.continues else { return }
        if next.hasConjunction {
            for case .tens(let tens) in next.meanings {
                groups.append(Group(value: Double(unit + tens), end: next.end, isInteger: true, lead: lead))
            }
            return
        }
        if next.means(.ten) {
            groups.append(Group(value: Double(10 + unit), end: next.end, isInteger: true, lead: lead))
        }
        if unit >= 3, next.means(.hundreds(100)) {
            appendHundredsGroups(unit * 100, end: next.end, lead: lead, into: &groups)
        }
    }

    /// Hundreds alone and followed by و and a group below a hundred (خمسمائة و خمسة و عشرون، مئة و20).
    private func appendHundredsGroups(_ hundreds: Int, end: Int, lead: NumeralWord, into groups: inout [Group]) {
        groups.append(Group(value: Double(hundreds), end: end, isInteger: true, lead: lead))
        guard let next = item(at: end), next.hasConjunction, next.continues else { return }
        for group in self.groups(from: next)
        where group.isInteger && !group.isZero && group.value >= 1 && group.value < 100 {
            groups.append(Group(value: Double(hundreds) + group.value, end: group.end, isInteger: true, lead: lead))
        }
    }

    /// Integer groups followed by فاصلة and a decimal part (واحد فاصلة واحد، 1 فاصلة 05).
    private func decimalGroups(after groups: [Group]) -> [Group] {
        var decimals: [Group] = []
        for group in groups where group.isInteger {
            guard let point = item(at: group.end), !point.hasConjunction, point.continues, point.means(.decimalPoint),
                let whole = Int(exactly: group.value)
            else { continue }
            for part in decimalParts(at: point.end) {
                if let value = Double("\(whole).\(part.digits)") {
                    decimals.append(Group(value: value, end: part.end, isInteger: false, lead: group.lead))
                }
            }
        }
        return decimals
    }

    /// The digits of a decimal part read aloud: zeros, then a number in digits or words.
    private func decimalParts(at start: Int) -> [(digits: String, end: Int)] {
        var parts: [(digits: String, end: Int)] = []
        var index = start
        var zeros = ""
        while let zero = item(at: index), !zero.hasConjunction, zero.continues, zero.means(.zero) {
            zeros.append("0")
            index = zero.end
        }
        if !zeros.isEmpty { parts.append((zeros, index)) }
        guard let next = item(at: index), !next.hasConjunction, next.continues else { return parts }
        if let digits = next.digits {
            if let plain = digits.plainDigits { parts.append((zeros + plain, next.end)) }
            return parts
        }
        for group in groups(from: next) where group.isInteger && !group.isZero {
            if let whole = Int(exactly: group.value) { parts.append((zeros + String(whole), group.end)) }
        }
        return parts
    }

    /// A fraction written with a slash between two integers (3/4، ١١/١٠).
    ///
    /// In text only proper fractions with a denominator up to 1000 that are not part of a longer chain
    /// are read, because 11/9, 12/5/2020 and 242/1967 are far more often dates and references.
    func writtenFraction(at index: Int) -> Candidate? {
        guard index + 2 < tokens.count, let numerator = tokens[index].digits, tokens[index + 1].kind == .slash,
            tokens[index + 1].isJoined, tokens[index + 2].isJoined, let denominator = tokens[index + 2].digits,
            numerator.isInteger, denominator.isInteger, denominator.value > 0
        else { return nil }
        if mode == .inText {
            // Proper, and not over a year (القرار 242/1967).
            let isProper = abs(numerator.value) < denominator.value && denominator.value <= 1000
            let extendsBefore = index >= 1 && tokens[index].isJoined && tokens[index - 1].isNumberJoiner
            let extendsAfter =
                index + 3 < tokens.count && tokens[index + 3].isJoined && tokens[index + 3].isNumberJoiner
            guard isProper, !extendsBefore, !extendsAfter else { return nil }
        }
        return Candidate(value: numerator.value / denominator.value, kind: .fraction, end: index + 3, lead: nil)
    }
}
