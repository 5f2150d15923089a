import ArabicText

// Clubs named alone in match reports (see ``EntityRecognizer``).
extension EntityRecognizer {
    /// A club of the Arab leagues named alone in a sentence about a match: «فاز الهلال على النصر»،
    /// «تعادل سموحة مع فاركو». Many of these names are common words (the crescent, victory, the union,
    /// the youth), so they name a club only where the sentence speaks of a match, and not where a
    /// definite word that is no nationality follows («الاتحاد المصري لكرة القدم»، «الهلال الأحمر»), nor
    /// after a verb of winning («حقق النصر»). Clubs named like their city (العين، الوكرة، الرمثا) or
    /// like a body (الجيش، الشرطة) are left out: a venue or the force is as likely.
    func clubNamedAlone(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let (end, proclitic) = Self.clubName(at: index, in: text) else { return nil }
        if end < tokens.count, tokens[end].isWord, tokens[end].hasArticle, text.paragraphOfToken[end] == text.paragraphOfToken[index],
           !EntityLexicons.isNationality(at: end, in: text) {
            return nil
        }
        // Nor right after a definite word, which it would describe («الدوري العربي»).
        if index > 0, proclitic == 0 {
            let previous = tokens[index - 1].key
            if Self.beforeNoClub.contains(previous) || previous.startsWithBytes("و") && Self.beforeNoClub.contains(previous.droppingScalars())
                || tokens[index - 1].isWord && tokens[index - 1].hasArticle {
                return nil
            }
        }
        guard speaksOfAMatch(sentenceOf: index, in: text) else { return nil }
        var candidate = EntityCandidate(headed: index..<end, type: .organization, proclitic: proclitic, in: text)
        candidate.isTeam = true
        return candidate
    }

    /// The end of the club's name that opens at `index` and the length of the proclitic glued to it
    /// (و، ف، ل، ب، ك), or `nil`.
    private static func clubName(at index: Int, in text: AnnotatedText) -> (end: Int, proclitic: Int)? {
        let tokens = text.tokens
        guard tokens[index].isWord else { return nil }
        for (first, proclitic) in readings(of: tokens[index].key) {
            if twoWordClubOpeners.contains(first), index + 1 < tokens.count,
               text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
               twoWordClubs.contains(first + " " + tokens[index + 1].key) {
                return (index + 2, proclitic)
            }
            if oneWordClubs.contains(first) { return (index + 1, proclitic) }
        }
        return nil
    }

    /// Whether `key` (matching form, with or without a proclitic) opens the name of a club of
    /// ``clubNamedAlone(at:in:)``.
    static func opensAClubsName(_ key: String) -> Bool {
        readings(of: key).contains { oneWordClubs.contains($0.word) || twoWordClubOpeners.contains($0.word) }
    }

    /// `key` as it stands, and without the proclitic glued to it (و، ف، ل، ب، ك) where it opens with one.
    private static func readings(of key: String) -> [(word: String, proclitic: Int)] {
        guard ["و", "ف", "ل", "ب", "ك"].contains(where: key.startsWithBytes) else { return [(key, 0)] }
        return [(key, 0), (key.droppingScalars(), 1)]
    }

    /// Words before which a club's name is a common word: «حقق النصر»، «منتخب الشباب» (matching form).
    private static let beforeNoClub = WordIndex(
        ["حقق", "حققت", "تحقيق", "منتخب", "فئة", "بطولة", "كأس", "ملعب", "استاد"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Clubs of the Arab leagues named by one word (matching form); those the gazetteer knows
    /// (الزمالك، الوداد، الترجي …) are its.
    private static let oneWordClubs = WordIndex(
        """
        الهلال النصر الاتحاد الشباب الاتفاق التعاون الفتح الفيصلي الفيحاء ضمك الأخدود العروبة الخلود الحزم الوحدة \
        الإسماعيلي سموحة فاركو إنبي الوصل الوحدات الرفاع الزوراء الطلبة الصفاقسي الأفريقي الإفريقي المريخ العربي كاظمة \
        الغرافة الدحيل السيلية النهضة
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Clubs of the Arab leagues named by two words (matching form, the words joined by a space).
    private static let twoWordClubs = WordIndex(
        ["المقاولون العرب", "الاتحاد السكندري", "المصري البورسعيدي", "طلائع الجيش", "غزل المحلة", "سيراميكا كليوباترا",
         "شبيبة القبائل", "وفاق سطيف", "مولودية الجزائر", "اتحاد العاصمة", "النجم الساحلي", "الملعب التونسي", "المغرب التطواني",
         "حسنية أكادير", "الجيش الملكي", "نهضة بركان", "الفتح الرباطي", "القوة الجوية", "نفط البصرة", "شباب الأردن", "أهلي طرابلس",
         "الأهلي طرابلس", "الأهلي بنغازي", "شباب الأهلي", "أم صلال"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The first words of ``twoWordClubs`` (matching form).
    private static let twoWordClubOpeners = WordIndex((0..<twoWordClubs.count).map { String(twoWordClubs.word($0).prefix { $0 != " " }) })
}
