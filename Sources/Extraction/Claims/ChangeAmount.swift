import ArabicText

/// A count given as the amount by which something changed, not as its level: «ارتفعت المخصصات
/// بنسبة 15 في المئة»، «يقل بنحو 5 دولارات عن متوسط العام الماضي»، «بارتفاع نسبته 1.7 بالمئة».
/// A change and a level of the same unit are two facts («سعر 60 دولارا» and «يقل بنحو 5 دولارات»).
enum ChangeAmount {
    /// How far before the count a word of change may stand, in words.
    static let reach = 8

    /// Whether the quantity at the scalar span `span` of `text` is the amount of a change: right
    /// after a noun of change («بارتفاع 5 في المئة»، «بزيادة قدرها»), or after «بنسبة، بمقدار،
    /// نسبته» or a ب-glued approximation («بنحو، بحوالي») that follows a word of change.
    static func isChange(quantityAt span: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let start = text.token(containing: span.lowerBound) else { return false }
        let sentence = text.sentenceOfToken[start]
        var amountStart = start
        if !amountLeads.contains(text.tokens[start].key) {
            // The word before the count: «بنسبة 15»، «نسبته 1.7»، «بارتفاع 5».
            guard start > 0, text.sentenceOfToken[start - 1] == sentence else { return false }
            let before = text.tokens[start - 1].key
            if changeWords.contains(before) && before.startsWithBytes("ب") { return true }
            guard amountLeads.contains(before) else { return false }
            amountStart = start - 1
        }
        return changeWord(before: amountStart, in: sentence, of: text)
    }

    /// Whether a word of change stands within `reach` words before token `index`, in `sentence`;
    /// beyond ``reach``, with no number between.
    private static func changeWord(before index: Int, in sentence: Int, of text: AnnotatedText, reach: Int = reach) -> Bool {
        var word = index - 1
        while word >= 0, index - word <= reach, text.sentenceOfToken[word] == sentence {
            if index - word > Self.reach, text.tokens[word].kind == .number { return false }
            if isChangeWord(text.tokens[word].key) { return true }
            word -= 1
        }
        return false
    }

    /// Whether the quantity at the scalar span `span` of `text` is the level a change started from:
    /// «من» before it, «إلى» within a few words after it, and a word of change before «من» («ارتفع
    /// سعر اللتر من 2600 جنيه إلى 3050»). The former level is a fact of the past: a source that
    /// gives only the new one does not contradict it.
    /// So is a figure set aside for the one before it: «ثلاثة أشهر بدل شهرين»، «بدلا من 20»، «وليس 12».
    static func isFormer(quantityAt span: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let tokens = text.tokens(within: span), tokens.lowerBound > 0 else { return false }
        if isSetAside(before: tokens.lowerBound, in: text) { return true }
        let sentence = text.sentenceOfToken[tokens.lowerBound]
        var from = tokens.lowerBound - 1
        // «من نحو 2600»: an approximation between «من» and the number.
        if !text.tokens[from].key.sameBytes("من"), from > 0, approximations.contains(text.tokens[from].key),
           text.tokens[from - 1].key.sameBytes("من") {
            from -= 1
        }
        guard text.tokens[from].key.sameBytes("من") else { return false }
        let after = tokens.upperBound + 1..<min(tokens.upperBound + 5, text.tokens.count)
        guard after.contains(where: { text.sentenceOfToken[$0] == sentence && text.tokens[$0].key.sameBytes("الي") }) else { return false }
        return changeWord(before: from, in: sentence, of: text, reach: formerReach)
    }

    /// Whether the quantity at the scalar span `span` of `text` is set aside as wrong, not as a plan
    /// changed: «وليس 19»، «وليست ثلاثة», not «بدل شهرين».
    static func isCorrected(quantityAt span: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let tokens = text.tokens(within: span), tokens.lowerBound > 0 else { return false }
        return corrections.contains(text.tokens[tokens.lowerBound - 1].key)
    }

    /// Words that set a figure aside as wrong (matching form).
    private static let corrections = matching(["وليس", "وليست", "ليس", "ليست"])

    /// How far before «من» a word of change may stand for the figure after it to be the former
    /// level, in words: the thing changed may be named at length between them («قرارا بتعديل سعر
    /// الصرف المعتمد لأغراض التقييم الجمركي من 1850 إلى 2300»). No other number may stand between.
    static let formerReach = 14

    /// Whether the words right before token `start` set the figure there aside: «بدل»، «بدلا من»،
    /// «عوضا عن»، «وليس».
    private static func isSetAside(before start: Int, in text: AnnotatedText) -> Bool {
        let previous = text.tokens[start - 1].key
        if previous.sameBytes("بدل") || corrections.contains(previous) { return true }
        guard start >= 2, ["من", "عن"].contains(where: previous.sameBytes) else { return false }
        return ["بدلا", "عوضا"].contains(where: text.tokens[start - 2].key.sameBytes)
    }

    /// Approximations that may stand between «من» and a former level (matching form).
    private static let approximations = matching(["نحو", "حوالي", "قرابة", "زهاء", "حوالى"])

    /// Whether `key` is a word of change, with a glued conjunction (وخفضت) or without.
    private static func isChangeWord(_ key: String) -> Bool {
        changeWords.procliticLength(of: key, minimumLetters: 4) != nil
    }

    private static func matching(_ words: [String]) -> WordIndex {
        WordIndex(words.map { ArabicNormalizer.matching.normalizedString($0) })
    }

    /// Words that give the size of a change: «بنسبة»، «بمقدار»، «نسبته»، and approximations with ب.
    private static let amountLeads = matching([
        "بنسبة", "بمقدار", "بواقع", "نسبته", "نسبتها", "قدره", "قدرها", "بنحو", "بحوالي", "بقرابة", "بزهاء", "بأكثر", "بأقل", "بما",
    ])

    /// Verbs and nouns of change, with the ب of a manner where it takes one (matching form).
    private static let changeWords = matching([
        "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "بارتفاع",
        "انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "بانخفاض",
        "زاد", "زادت", "يزيد", "تزيد", "زيادة", "بزيادة",
        "قل", "قلت", "يقل", "تقل",
        "تراجع", "تراجعت", "يتراجع", "تتراجع", "بتراجع",
        "نما", "نمت", "ينمو", "تنمو", "نمو", "بنمو",
        "تقلص", "تقلصت", "يتقلص", "تتقلص", "بتقلص",
        "هبط", "هبطت", "يهبط", "تهبط", "بهبوط",
        "صعد", "صعدت", "يصعد", "تصعد",
        "قفز", "قفزت", "يقفز", "تقفز",
        "خفض", "خفضت", "يخفض", "تخفض", "رفع", "رفعت", "يرفع", "ترفع",
        // Verbal nouns of the causatives: «تخفيض الرسم من 20% إلى 12%»، «قرر رفع السعر من … إلى …».
        "تخفيض", "بتخفيض", "بخفض", "برفع", "تقليص", "بتقليص", "تعديل", "بتعديل",
    ])
}
