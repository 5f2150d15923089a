import ArabicText

/// Masculine nouns in the dual that count two of what they name where their shape rules out the
/// sound plural: «خلال اجتماعين منفصلين»، «افتتاح فرعين جديدين»، «اعتقلت تاجرين»، «تعادل مرشحان».
///
/// The dual ends in ين (or ان in the nominative), as the sound masculine plural does (مواطنين،
/// لاعبين), so the form alone does not tell them apart. The sound plural belongs to a few shapes:
/// participles that open with م (مسلحين، موظفين), agent nouns فاعل (لاجئين، ناخبين), relative
/// adjectives in ي (عراقيين), and the intensive فعّال (رسامين); a noun of another shape (اجتماع،
/// فرع، طريق، أسير) takes a broken plural, so its ين can only be the dual. The nominative ان ends
/// many nouns of its own (إعلان، بيان، طيران), so it is read only after a participle (مرشحان،
/// مسلحان) or an agent noun (شاهدان). A word glued to a proclitic (وفرعين، بحارسين) must be a dual
/// read both with and without its first letter.
enum MasculineDuals {
    /// The masculine duals of `matching` that no quantity of `found` overlaps, as counts of two.
    static func quantities(in matching: MatchingText, original: inout OriginalText, besides found: [Quantity]) -> [Quantity] {
        // «فرعين جديدين»، «تمثالين رخاميين صغيرين»: an adjective agrees with the dual before it and
        // counts nothing more; «تجارا جشعين»: nor does one after a noun with its nunation.
        DualCounts.quantities(
            in: matching, original: &original, besides: found, isDual: { isMasculineDual(at: $0, in: matching) },
            describesTheWordBefore: { describesTheWordBefore($0, in: matching) })
    }

    /// Whether the word before `index` is one the word at `index` agrees with as an adjective: a
    /// word with the same ending, or an indefinite noun ending in the alef of its nunation (تجارا).
    private static func describesTheWordBefore(_ index: Int, in matching: MatchingText) -> Bool {
        let previous = matching.tokens[index - 1]
        guard previous.kind == .word, matching.tokens[index].span.lowerBound - previous.span.upperBound <= 1 else { return false }
        let before = matching.bytes[previous.utf8Span]
        let word = matching.bytes[matching.tokens[index].utf8Span]
        if before.count >= 8, before.suffix(4).elementsEqual(word.suffix(4)), !matching.text(ofToken: index - 1).startsWithBytes("ال") {
            return true
        }
        guard let first = matching.text(ofToken: index).unicodeScalars.first, !proclitics.contains(first) else { return false }
        return before.count >= 8 && before.last == alef && before.dropLast().last != alef
    }

    /// The last byte of «ا» in UTF-8.
    private static let alef: UInt8 = Array("ا".utf8)[1]

    private static let genitive: [UInt8] = Array("ين".utf8)
    private static let nominative: [UInt8] = Array("ان".utf8)

    /// Whether the word at `index` is a masculine noun in the dual: no article, no number before it
    /// (which counts it itself), no «اثنين» after it, not a unit of time after «قبل» or «بعد» (which
    /// make a date of a duration: «قبل يومين»), and a shape no sound plural has.
    private static func isMasculineDual(at index: Int, in matching: MatchingText) -> Bool {
        let token = matching.tokens[index]
        guard token.kind == .word, token.span.count >= 5 else { return false }
        let bytes = matching.bytes[token.utf8Span]
        let isGenitive = bytes.suffix(genitive.count).elementsEqual(genitive)
        guard isGenitive || bytes.suffix(nominative.count).elementsEqual(nominative) else { return false }
        let key = matching.text(ofToken: index)
        guard !key.startsWithBytes("ال"), !["بال", "وال", "فال", "كال", "لل"].contains(where: key.startsWithBytes),
              !Stopwords.contains(key), !notDuals.contains(key), GivenNames.gender(of: key) == nil, Gazetteer.match([key], at: 0) == nil
        else { return false }
        if index > 0, matching.tokens[index - 1].kind == .number { return false }
        // «رابح زرقين»، «محمد حسنين»: after a given name, a word in ين is a family name; not after
        // a function word the matching form folds into one («على» reads as «علي»).
        if index > 0, matching.tokens[index - 1].kind == .word {
            let before = matching.text(ofToken: index - 1)
            if GivenNames.gender(of: before) != nil, !Stopwords.contains(before) { return false }
        }
        // «البلدين مستعدان»، «الطرفين متفقان»: a dual in ان right after a definite dual is its predicate,
        // not a count of its own; in ين it is the verb's object («تبادل الحارسان تعادلين»).
        if !isGenitive, index > 0, matching.tokens[index - 1].kind == .word {
            let before = matching.text(ofToken: index - 1)
            if before.startsWithBytes("ال"), before.scalarCount >= 6, before.endsWithBytes("ين") || before.endsWithBytes("ان") { return false }
        }
        if index > 0, datingPrepositions.contains(matching.text(ofToken: index - 1)),
           timeUnits.contains(String(String.UnicodeScalarView(key.unicodeScalars.dropLast(2)))) {
            return false
        }
        if index + 1 < matching.tokens.count, ["اثنين", "اثنان"].contains(where: { matching.text(ofToken: index + 1).sameBytes($0) }) {
            return false
        }
        let letters = Array(key.unicodeScalars)
        let stem = Array(letters.dropLast(2))
        // «مركزين»، «حادثين»، «مشروعان»: a noun whose plural is broken is in the dual, whatever its shape.
        let stemKey = String(String.UnicodeScalarView(stem))
        if brokenPluralNouns.contains(stemKey) || proclitics.contains(stem[0]) && brokenPluralNouns.contains(String(stemKey.unicodeScalars.dropFirst())) {
            return true
        }
        guard isDualStem(stem, genitive: isGenitive) else { return false }
        // «وتبين أن»: و or ف before a verb in the imperfect, not a noun.
        if stem.count == 3, stem[0] == "و" || stem[0] == "ف", ["ت", "ي", "ن"].contains(stem[1]) { return false }
        if let first = stem.first, proclitics.contains(first), stem.count > 3 {
            let bare = key.droppingScalars(1)
            return isDualStem(Array(stem.dropFirst()), genitive: isGenitive) && !notDuals.contains(bare) && GivenNames.gender(of: bare) == nil
        }
        return true
    }

    /// Whether a word of stem `stem` (the word without ين or ان) reads as a dual: in the genitive, a
    /// stem of three letters or more that is no participle, agent noun, relative adjective or
    /// intensive, nor a verbal noun تفعيل of a root ending in ن (تأمين، تحسين); in the
    /// nominative, a participle of four letters or more or an agent noun of four.
    private static func isDualStem(_ stem: [Unicode.Scalar], genitive: Bool) -> Bool {
        // تين and تان end the feminine dual (see ``FeminineDuals``).
        guard stem.count >= 3, stem.last != "ت" else { return false }
        let isParticiple = stem[0] == "م" && stem.count >= 4
        let isAgentNoun = stem.count == 4 && stem[1] == "ا"
        guard genitive else { return isParticiple || isAgentNoun }
        // بيتكوين، سيبروفين، ريبافيرين: a long stem with ي second is a loanword's transliteration.
        if stem.count >= 5, stem[1] == "ي" { return false }
        if stem[0] == "م" || stem.last == "ي" || stem[1] == "ا" { return false }
        // The verbal noun تفاعل (تعادل، تبادل، تحالف) takes the plural in ات: its ين is the dual.
        if stem.count == 5, stem[0] == "ت", stem[2] == "ا" { return true }
        // فعّال (رسامين) and the broken plurals فعاليل (قوانين، ميادين) carry an alef third.
        if stem.count >= 4, stem[2] == "ا" { return false }
        // تأمين، تحسين، تعيين: the verbal noun of a root ending in ن, not a dual.
        if stem.count == 3, stem[0] == "ت" { return false }
        return true
    }

    /// Nouns that have the shape of a participle (a noun of place مفعل: مركز، مكتب) or of an agent
    /// noun (فاعل: حادث، شارع) but take a broken plural (مراكز، مكاتب، حوادث، شوارع), so that their ين
    /// and ان are the dual (matching form).
    private static let brokenPluralNouns: Set<String> = Set(
        """
        مركز مكتب مصنع مسجد معبر ملعب مخيم مشروع مصرف معهد مجلس منزل موقع منفذ مطعم مسرح متحف مختبر مستودع \
        مستشفى مطار مخزن معسكر مدخل مخرج مكان منصب موسم مقعد مرفأ مكسب مسلسل مشهد معرض مؤتمر مهرجان \
        حادث حاجز شارع جامع طابق حارس تاجر قارب خاتم جانب حاجب \
        معمل مجمع ممر محور مرفق منخفض عقار عداء شاب دوار مولد
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Letters that may be a proclitic glued to the word (و، ف، ب، ل، ك).
    private static let proclitics: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]

    /// Units of time whose dual after «قبل» or «بعد» makes a date (matching form).
    private static let timeUnits: Set<String> = Set(["يوم", "شهر", "أسبوع", "عام", "قرن", "عقد"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words before which a dual of time is a date, not a count (matching form).
    private static let datingPrepositions: Set<String> = Set(["قبل", "بعد", "وقبل", "وبعد"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that end like a dual of a fitting shape and are none: tens (عشرين، أربعين), loanwords
    /// (بنزين، فيتامين، روتين), plural adjectives of people (آخرين، كثيرين), and nouns that end in ان
    /// of their own (مهرجان) (matching form).
    private static let notDuals: Set<String> = Set(
        ["عشرين", "أربعين", "خمسين", "سبعين", "آخرين", "كثيرين", "قليلين", "عديدين", "روتين", "بنزين", "فيتامين", "بروتين", "هيروين", "نيكوتين", "كافيين", "أنسولين", "كيروسين",
         "جازولين", "بنسلين", "جيلاتين", "مهرجان", "مرجان"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
