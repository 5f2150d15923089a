import ArabicText

/// Finds the tense of the clause around a time expression from the verbs and markers near it.
///
/// It looks up to ten tokens back and eight ahead, within the sentence, and finding no verb there,
/// back to the clause's first verb: sentence punctuation, a colon, a quotation mark or a line break
/// ends the search, and so does, looking back, a word that opens a reported clause (أن، إن), and
/// looking ahead a comma once a verb was found before. An
/// imperfect after «أن» is a subjunctive and marks no tense. The nearest marked word wins, and a
/// word before the expression wins over one after it at up to two tokens more (news puts the verb
/// first: «أعلن … الخميس»).
struct TenseFinder {
    /// The scanned text.
    let scan: TimeScan

    /// How far to look before the expression.
    static let reachBack = 10
    /// How far to look after the expression.
    static let reachAhead = 8

    /// The tense around the tokens `range`; where no verb is near, the tense of the clause's first
    /// verb further back: «تأهل المنتخب إلى النهائيات بعد فوزه على ضيفه بهدفين دون رد مساء الأربعاء».
    func tense(around range: Range<Int>) -> Tense {
        if endsAPeriodAhead(range) { return .future }
        let near = tense(around: range, reachBack: Self.reachBack)
        let tense = near == .unknown ? tense(around: range, reachBack: Int.max) : near
        // «قررت الوزارة منع الشاحنات بدءا من 3 مايو»: a decision is told when it is taken, and the
        // day it takes effect from may be ahead, so the past tense of the decision says only the
        // nearest such day. What was done from a day («رفعت الحكومة الأسعار اعتبارا من 1 فبراير»)
        // stays in the past.
        return tense == .past && takesEffectFrom(range) && followsADecision(range) ? .unknown : tense
    }

    /// Whether the expression follows «اعتبارا من»، «ابتداء من»، «بدءا من» or «انطلاقا من»: the day
    /// something takes effect from.
    private func takesEffectFrom(_ range: Range<Int>) -> Bool {
        scan.isWord(range.lowerBound - 1, "من") && TimeScan.takingEffectWords.contains { scan.isWord(range.lowerBound - 2, $0) }
    }

    /// Whether a verb of deciding or announcing (قررت، أعلنت، أقرت …) opens the clause the expression
    /// is in, within ``reachBack`` tokens.
    private func followsADecision(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound - 3
        while index >= 0, range.lowerBound - index <= Self.reachBack, !scan.startsLine(index + 1), !isBoundary(index) {
            if Self.decisionVerbs.contains(where: { scan.isWord(index, $0) }) { return true }
            index -= 1
        }
        return false
    }

    /// Perfects of deciding and announcing, alone or after و (matching form).
    private static let decisionVerbs: [String] = ["قرر", "قررت", "اعلن", "اعلنت", "اقر", "اقرت", "حدد", "حددت", "اصدر", "اصدرت", "اعتمد", "اعتمدت"]
        .flatMap { [$0, "و" + $0] }

    /// Whether the expression is a weekday that ends a period with «حتى» or «إلى غاية»: «يستمر
    /// المنخفض حتى مساء الخميس»، «حذر من اضطراب البحر حتى الجمعة». Such a period runs from the
    /// report's day on, whatever the tense of the verb, so the day is ahead.
    private func endsAPeriodAhead(_ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, Self.untilWords.contains(scan.text(range.lowerBound - 1)) else { return false }
        return range.contains { index in
            if case .weekday = scan.term(index) { return true }
            return false
        }
    }

    /// «حتى»، «وحتى»، «غاية» (إلى غاية) and «لغاية» before the end of a period (matching form).
    private static let untilWords = WordIndex(["حتى", "وحتى", "غاية", "لغاية"].map { ArabicNormalizer.matching.normalizedString($0) })

    private func tense(around range: Range<Int>, reachBack: Int) -> Tense {
        var back: (tense: Tense, distance: Int)?
        var index = range.lowerBound - 1
        var distance = 0
        while index >= 0, distance < reachBack, !scan.startsLine(index + 1), !isBoundary(index),
            !isComplementizer(index)
        {
            if let tense = scan.tenses[index], !isSubjunctive(index, tense) {
                back = (afterLam(index, tense), distance)
                break
            }
            index -= 1
            distance += 1
        }
        var ahead: (tense: Tense, distance: Int)?
        index = range.upperBound
        distance = 0
        // With a verb before it, a comma ends the clause ahead: «ستقدم تقريرها في 12 شباط، وأضافت …».
        while index < scan.count, distance < Self.reachAhead, !scan.startsLine(index), !isBoundary(index),
            back == nil || !isComma(index)
        {
            if let tense = scan.tenses[index], !isSubjunctive(index, tense) {
                ahead = (afterLam(index, tense), distance)
                break
            }
            index += 1
            distance += 1
        }
        switch (back, ahead) {
        case (let back?, let ahead?): return back.distance <= ahead.distance + 2 ? back.tense : ahead.tense
        case (let back?, nil): return back.tense
        case (nil, let ahead?): return ahead.tense
        case (nil, nil): return .unknown
        }
    }

    /// Whether token `index` opens a reported clause (أن، إن، أنه، بأن): the verb before it reports,
    /// it does not tell the tense of the clause after it.
    private func isComplementizer(_ index: Int) -> Bool {
        ["ان", "انه", "انها", "بان", "وان"].contains { scan.isWord(index, $0) }
    }

    /// Whether the verb at `index` is an imperfect after «أن» or «لكي»: a subjunctive («استبعدت أن
    /// يكون الحريق …») says what may be, not when.
    private func isSubjunctive(_ index: Int, _ tense: Tense) -> Bool {
        tense == .future && index > 0 && ["ان", "لكي", "كي"].contains { scan.isWord(index - 1, $0) }
    }

    /// The tense of the verb at `index`: an imperfect after «لم» is a past («ولم يتم إخماد النيران إلا
    /// صبيحة الاثنين»).
    private func afterLam(_ index: Int, _ tense: Tense) -> Tense {
        guard tense == .future, index > 0, ["لم", "ولم", "فلم"].contains(where: { scan.isWord(index - 1, $0) }) else { return tense }
        return .past
    }

    private func isComma(_ index: Int) -> Bool {
        guard let scalar = scan.punctuation(index) else { return false }
        return scalar == "،" || scalar == ","
    }

    private func isBoundary(_ index: Int) -> Bool {
        guard let scalar = scan.punctuation(index) else { return false }
        switch scalar {
        case ".", "!", "?", "؟", "؛", ";", ":", "«", "»", "\"", "“", "”", "…": return true
        default: return false
        }
    }
}
