import ArabicText

/// Chinese and Korean names as Arabic news writes them: two or three short syllables, each a word
/// («لي وي تشانغ»، «وانغ جيان مينغ»، «بارك سونغ هو»). Several syllables are Arabic words too (لي "to
/// me", هو "he", ما "what"), so a name is read only after a title or a nationality, only from
/// syllables the romanizations use, and only where one of them is no Arabic function word.
enum EastAsianNames {
    /// The end of the East Asian name that opens at token `index`, or `nil` where none does.
    static func end(at index: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        var end = index
        while end < tokens.count, end - index < 3, text.paragraphOfToken[end] == text.paragraphOfToken[index], tokens[end].isWord,
              syllables.contains(tokens[end].key) {
            end += 1
        }
        guard end - index >= 2, (index..<end).contains(where: { !NameWords.isStopword(tokens[$0].key) }),
              !pronounsAndParticles.contains(tokens[index].key) || tokens[index].key.sameBytes("لي")
        else { return nil }
        return end
    }

    /// Syllables of Chinese and Korean names in their usual Arabic spelling (matching form).
    private static let syllables = WordIndex(
        """
        وانغ لي تشانغ ليو تشن يانغ هوانغ تشاو وو تشو شو سون ما هو قوه غوه لين هه قاو غاو ليانغ تشنغ لوه سونغ شيه تانغ هان فنغ \
        دنغ تساو بنغ تسنغ شياو تيان دونغ بان يوان تساي جيانغ يو دو يه وي شين جين ون شي شيونغ مينغ لونغ كونغ جيان هوا يونغ جيه \
        هونغ تشيانغ فانغ جون بينغ شيانغ نينغ يان هوي تاو شيا تشون قوانغ غوانغ دا جيا يي وين تينغ كاي هاو تشي مين يوي رونغ \
        شوان زي هاي بو نان شنغ هوان كيم بارك تشوي جونغ كانغ يون جانغ ليم أوه سيو كوون جيون باي بايك هيو نام سيم نو ها \
        كواك هيون سوك تاي سانغ تشول كي جاي ميونغ سيونغ بيونغ جي سو
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Syllables that are also Arabic pronouns or particles and open no name (matching form); «لي»
    /// opens one where a syllable follows.
    private static let pronounsAndParticles = WordIndex(
        ["هو", "ما", "لي", "يا", "وي"].map { ArabicNormalizer.matching.normalizedString($0) })
}
