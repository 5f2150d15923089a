import ArabicText

/// The formula by which news keeps a source unnamed: «طلب عدم الكشف عن اسمه»، «فضل عدم ذكر اسمه»،
/// «رفض الكشف عن هويته»، «مشترطا عدم نشر اسمه».
///
/// It says who the source is not, and nothing of what happened: its verbs (ذكر، كشف) report no
/// statement, its words are no name, and a claim does not hold it as content.
enum AnonymityFormula {
    /// The end (exclusive) of a formula that opens at token `index`, or `nil`: a verb of asking,
    /// preferring or refusing, «عدم» if any, a verb of naming or revealing, «عن» if any, and a
    /// name or identity with a pronoun.
    static func end(at index: Int, in text: AnnotatedText) -> Int? {
        let keys = text.keys
        guard index < keys.count, text.tokens[index].kind == .word, asking.contains(keys[index]) else { return nil }
        var at = index + 1
        if at < keys.count, keys[at].sameBytes("عدم") { at += 1 }
        guard at < keys.count, revealing.contains(keys[at]) else { return nil }
        at += 1
        if at < keys.count, keys[at].sameBytes("عن") { at += 1 }
        guard at < keys.count, identities.contains(keys[at]) else { return nil }
        return at + 1
    }

    /// The tokens of every formula of `text`, as a flag per token.
    static func tokens(in text: AnnotatedText) -> [Bool] {
        var inside = [Bool](repeating: false, count: text.tokens.count)
        var index = 0
        while index < text.tokens.count {
            if let end = end(at: index, in: text) {
                for token in index..<end { inside[token] = true }
                index = end
            } else {
                index += 1
            }
        }
        return inside
    }

    private static func matching(_ words: [String]) -> WordIndex {
        WordIndex(words.map { ArabicNormalizer.matching.normalizedString($0) })
    }

    private static let asking = matching([
        "طلب", "طلبت", "طالبا", "طالبة", "فضل", "فضلت", "مفضلا", "مفضلة", "رفض", "رفضت", "رافضا", "رافضة", "اشترط",
        "اشترطت", "مشترطا", "مشترطة",
    ])

    private static let revealing = matching(["الكشف", "كشف", "ذكر", "نشر", "الإفصاح", "الإعلان", "إعلان", "تسميته", "تسميتها"])

    private static let identities = matching(["اسمه", "اسمها", "اسمهم", "اسميهما", "هويته", "هويتها", "هويتهم"])
}
