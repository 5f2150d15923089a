import ArabicText

/// The results of matches as sports news writes them: in digits («بنتيجة 3-1»، «(2-2)») where the
/// clause speaks of a match, and in words («بهدفين مقابل هدف»، «بهدف نظيف»، «بثلاثية نظيفة»،
/// «بهدف لمثله»، «تعادلا سلبيا»).
///
/// A result is written with the larger tally first («3-1»), since Arabic outlets write the winner's
/// goals first or last as their layout falls; two statements of one match that give different
/// results contradict each other.
enum MatchScore {
    /// What the word form `key` may be to a result: a cue that the clause is about a match, and a
    /// word that may give or open a result (a cue, a draw, or a tally with ب).
    static func roles(of key: String) -> (isCue: Bool, mayTellAResult: Bool) {
        let bare = bare(key)
        let isCue = cues.contains(bare)
        if isCue || draws.contains(bare) { return (isCue, true) }
        return (false, opensWithBa(key) && (goalWords[bare] != nil || tallyWords[bare] != nil || numberWords[bare] != nil))
    }

    /// The results the tokens `clause` of `text` give, in text order; none where the clause speaks
    /// of a half («انتهى الشوط الأول بالتعادل السلبي»، «حتى الاستراحة»): that is no final result.
    /// - Parameter speaksOfAMatch: whether a word of the clause is a cue (see ``roles(of:)``), which
    ///   digits need to read as a result.
    static func scores(in clause: Range<Int>, of text: AnnotatedText, speaksOfAMatch: Bool) -> [String] {
        var scores: [String] = []
        var index = clause.lowerBound
        while index < clause.upperBound {
            let token = text.tokens[index]
            if token.kind == .number {
                if speaksOfAMatch, let (score, next) = digitScore(at: index, before: clause.upperBound, in: text) {
                    scores.append(score)
                    index = next
                    continue
                }
            } else if token.isWord, text.claimFacts(ofToken: index)?.mayTellAResult == true,
                      let (score, next) = wordScore(at: index, before: clause.upperBound, in: text) {
                scores.append(score)
                index = next
                continue
            }
            index += 1
        }
        if !scores.isEmpty, clause.contains(where: { halves.contains(bare(text.tokens[$0].key)) }) { return [] }
        return scores
    }

    /// The most goals a side is taken to score in one match; a larger figure is no tally.
    private static let mostGoals = 20

    /// A result in digits: a number, a dash or colon, a number, nothing between them but the mark.
    private static func digitScore(at index: Int, before end: Int, in text: AnnotatedText) -> (String, Int)? {
        guard index + 2 < end, let first = goals(inDigits: text.tokens[index]), let second = goals(inDigits: text.tokens[index + 2]),
              ["-", "–", ":"].contains(text.tokens[index + 1].surface),
              text.tokens[index + 1].span.lowerBound == text.tokens[index].span.upperBound,
              text.tokens[index + 2].span.lowerBound == text.tokens[index + 1].span.upperBound
        else { return nil }
        // «3-1-2026» is a date, not a result.
        if index + 3 < end, ["-", "/"].contains(text.tokens[index + 3].surface) { return nil }
        return (written(first, second), index + 3)
    }

    /// The goals a number token gives, in any digit script.
    private static func goals(inDigits token: WordToken) -> Int? {
        guard token.kind == .number else { return nil }
        var value = 0
        for scalar in token.surface.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: value = value * 10 + Int(scalar.value - 0x30)
            case 0x660...0x669: value = value * 10 + Int(scalar.value - 0x660)
            case 0x6F0...0x6F9: value = value * 10 + Int(scalar.value - 0x6F0)
            default: return nil
            }
        }
        return value <= mostGoals ? value : nil
    }

    /// A result in words at token `index`: a draw without goals, or a tally followed by what the
    /// other side scored.
    private static func wordScore(at index: Int, before end: Int, in text: AnnotatedText) -> (String, Int)? {
        let key = bare(text.tokens[index].key)
        if draws.contains(key), index + 1 < end, goalless.contains(bare(text.tokens[index + 1].key)) {
            return ("0-0", index + 2)
        }
        // A tally in words opens with ب: «بهدفين»، «بثلاثة أهداف»، «بثلاثية».
        guard opensWithBa(text.tokens[index].key), let (first, next) = tally(at: index, before: end, in: text),
              next < end
        else { return nil }
        let after = bare(text.tokens[next].key)
        if clean.contains(after) { return (written(first, 0), next + 1) }
        if after == "دون", next + 1 < end, bare(text.tokens[next + 1].key) == "رد" { return (written(first, 0), next + 2) }
        if sameAgain.contains(text.tokens[next].key) { return (written(first, first), next + 1) }
        if after == "مقابل", next + 1 < end, let (second, last) = tally(at: next + 1, before: end, in: text) {
            return (written(first, second), last)
        }
        // «بهدفين لواحد»، «بثلاثة أهداف لهدفين»، «بهدف لصفر».
        if text.tokens[next].key.startsWithBytes("ل"), let second = lTally(after) ?? tally(at: next, before: end, in: text)?.0 {
            return (written(first, second), next + 1)
        }
        return nil
    }

    /// The goals of a tally after ل written as a bare number word («لواحد»، «لصفر»).
    private static func lTally(_ bare: String) -> Int? {
        bare == one ? 1 : bare == zero ? 0 : nil
    }

    private static let one = ArabicNormalizer.matching.normalizedString("واحد")
    private static let zero = ArabicNormalizer.matching.normalizedString("صفر")

    /// A tally in words at token `index` and the token after it: «هدف» (1), «هدفين» (2), a number
    /// word and أهداف («ثلاثة أهداف»), or a word for so many goals («ثلاثية»). A proclitic ب may
    /// lead.
    private static func tally(at index: Int, before end: Int, in text: AnnotatedText) -> (Int, Int)? {
        let key = bare(text.tokens[index].key)
        if let goals = goalWords[key] { return (goals, index + 1) }
        if let goals = tallyWords[key] { return (goals, index + 1) }
        if index + 1 < end, bare(text.tokens[index + 1].key) == "اهداف" {
            if let goals = numberWords[key] ?? goals(inDigits: text.tokens[index]) { return (goals, index + 2) }
        }
        return nil
    }

    /// Whether `key` opens with the preposition ب, after a conjunction or not (بهدفين، وبهدفين).
    private static func opensWithBa(_ key: String) -> Bool {
        key.startsWithBytes("ب") || key.startsWithBytes("وب") || key.startsWithBytes("فب")
    }

    private static func written(_ first: Int, _ second: Int) -> String {
        "\(max(first, second))-\(min(first, second))"
    }

    /// `key` without a leading conjunction, preposition and article (وبالتعادل → تعادل).
    static func bare(_ key: String) -> String {
        var scalars = Substring(key).unicodeScalars[...]
        if scalars.count > 3, let first = scalars.first, first == "و" || first == "ف" { scalars = scalars.dropFirst() }
        if scalars.count > 3, let first = scalars.first, first == "ب" || first == "ل" { scalars = scalars.dropFirst() }
        if scalars.count > 4, scalars.starts(with: "ال".unicodeScalars) { scalars = scalars.dropFirst(2) }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func matching(_ words: [String]) -> Set<String> {
        Set(words.map { ArabicNormalizer.matching.normalizedString($0) })
    }

    /// Words that say a clause is about a match, without their proclitics and article.
    private static let cues = matching([
        "نتيجة", "فاز", "فوز", "فوزه", "فوزها", "تغلب", "خسر", "خسارة", "هزم", "هزيمة", "تعادل", "تعادلا", "مباراة", "لقاء",
        "هدف", "أهداف", "مواجهة", "الشوط", "شوط", "جولة", "ديربي", "نهائي", "كلاسيكو", "متقدما", "انتهت",
    ])
    private static let halves = matching(["شوط", "الشوطين", "شوطين", "استراحة", "الاستراحة", "استراحه"])
    private static let draws = matching(["تعادل", "تعادلا", "تعادلت", "تعادلهما"])
    private static let goalless = matching(["سلبي", "سلبيا", "السلبي", "سلبية"])
    private static let clean = matching(["نظيف", "نظيفين", "نظيفة", "نظيفا", "نظيفه"])
    /// «لمثله»، «لمثلها»، «لمثلهما»: as many goals again.
    private static let sameAgain = matching(["لمثله", "لمثلها", "لمثلهما", "بمثله", "بمثلها", "بمثلهما"])
    private static let goalWords: [String: Int] = [
        ArabicNormalizer.matching.normalizedString("هدف"): 1,
        ArabicNormalizer.matching.normalizedString("هدفين"): 2,
        ArabicNormalizer.matching.normalizedString("هدفان"): 2,
    ]
    private static let tallyWords: [String: Int] = Dictionary(uniqueKeysWithValues: [
        ("ثنائية", 2), ("ثلاثية", 3), ("رباعية", 4), ("خماسية", 5), ("سداسية", 6), ("سباعية", 7),
    ].map { (ArabicNormalizer.matching.normalizedString($0.0), $0.1) })
    private static let numberWords: [String: Int] = Dictionary(uniqueKeysWithValues: [
        ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6), ("سبعة", 7), ("ثمانية", 8), ("تسعة", 9), ("عشرة", 10),
    ].map { (ArabicNormalizer.matching.normalizedString($0.0), $0.1) })
}
