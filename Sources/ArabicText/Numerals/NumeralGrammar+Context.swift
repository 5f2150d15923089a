extension NumeralGrammar {
    /// Whether running text reads `candidate`, which starts at token `index`, as a numeral.
    ///
    /// Only one-word expressions are ever refused; a longer expression is a numeral whatever its first
    /// word. Refused:
    /// - أحد، إحدى، اثنا … alone: «one of» (أحد الجنود), «anyone», or the weekday (يوم الأحد).
    /// - الاثنين، الاثنان alone: the weekday Monday.
    /// - صفر naming the month Safar: after شهر, after a day number (15 صفر، الخامس من صفر), or before a
    ///   year (صفر 1445). الصفر with the article is always zero.
    /// - An ordinal after the first word of a month name (كانون الأول، تشرين الثاني، ربيع الأول،
    ///   جمادى الأولى).
    /// - An ordinal before a word that makes it a proper name (رابعة العدوية).
    /// - ثانية without the article after a number (30 ثانية) or before واحدة: the unit of time.
    /// - المئة in per cent (في المئة، بالمئة).
    func accepts(_ candidate: Candidate, at index: Int) -> Bool {
        guard candidate.end == index + 1, let reading = readings[index], let lead = candidate.lead else { return true }
        switch lead {
        case .compoundUnit:
            return false
        case .unit(2):
            return !reading.hasArticle
        case .zero:
            return reading.hasArticle || !isMonthSafar(at: index)
        case .ordinal(let position):
            if contextWord(at: index - 1) == .monthNameHead { return false }
            if contextWord(at: index + 1) == .nameAfterOrdinal { return false }
            if position == 2, !reading.hasArticle, endsWithHeh(index) {
                let afterNumber = isNumber(at: index - 1)
                let beforeOne = readings[safe: index + 1]??.means(.unit(1)) ?? false
                return !(afterNumber || beforeOne)
            }
            return true
        case .hundreds(100) where reading.hasArticle:
            return !(reading.hasPreposition || contextWord(at: index - 1) == .percentPreposition)
        default:
            return true
        }
    }

    /// Whether `first`, read `alone`, is a year in digits after «في» or a word for year, which no
    /// scale word after it multiplies: «سجلت المطارات في 2025 مليونا و300 ألف مسافر» counts 1 400 000
    /// visitors in 2025.
    func isYear(_ first: Item, alone: Bool) -> Bool {
        guard alone, let digits = first.digits, digits.isInteger, (1900...2100).contains(digits.value),
              digits.plainDigits?.unicodeScalars.count == 4
        else { return false }
        let before = contextWord(at: first.index - 1)
        return before == .percentPreposition || before == .year
    }

    /// Whether صفر at `index` names the month Safar.
    private func isMonthSafar(at index: Int) -> Bool {
        if contextWord(at: index - 1) == .month || isNumber(at: index - 1) { return true }
        if contextWord(at: index - 1) == .from, isNumber(at: index - 2) { return true }
        return tokens[safe: index + 1]?.digits != nil
    }

    /// Whether token `index` is a number in digits or a numeral word.
    private func isNumber(at index: Int) -> Bool {
        if tokens[safe: index]?.digits != nil { return true }
        return readings[safe: index]??.isNumeric ?? false
    }

    /// The context word at token `index`, if it is one.
    private func contextWord(at index: Int) -> NumeralWord.Context? {
        readings[safe: index]??.contextWord
    }

    /// Whether the word at `index` ends in U+0647 ARABIC LETTER HEH (a folded ta marbuta).
    private func endsWithHeh(_ index: Int) -> Bool {
        let range = tokens[index].range
        return !range.isEmpty && scalars[range.upperBound - 1].value == 0x0647
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
