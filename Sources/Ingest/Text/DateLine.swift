import ArabicText

/// Recognizes lines that carry only a publication date or time («الخميس 14 أيار 2023 - 10:35»،
/// «2023/05/14 | 10:35 ص»، «نشر في: 14-05-2023»، «آخر تحديث: 10-12-2021, 13:45»).
enum DateLine {
    /// Whether every word of the line belongs to a date or time and the line names a day.
    static func isDateLine(_ core: String, words: [String]) -> Bool {
        guard words.count <= 14 else { return false }
        var numbers = 0
        var hasMonth = false
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) {
                numbers += 1
                index += 1
                continue
            }
            if let month = MonthLexicon.match(words, at: index) {
                hasMonth = true
                index += month.wordCount
                continue
            }
            if let weekday = WeekdayLexicon.match(words, at: index) {
                index += weekday.wordCount
                continue
            }
            guard dateWords.contains(word) else { return false }
            index += 1
        }
        return numbers >= 1 && (hasMonth || numbers >= 3)
    }

    /// Words that stand in date lines besides numbers, months and weekdays, in matching form.
    private static let dateWords: Set<String> = Set("""
        نشر نشرت منشور في آخر اخر تحديث تاريخ بتاريخ التاريخ الساعة ساعة الساعه ص م صباحا مساء مساءا ظهرا \
        بتوقيت توقيت مكة المكرمة غرينتش جرينتش القدس بغداد القاهرة الموافق هـ ه يوم عام سنة \
        gmt utc am pm updated published on at last update posted
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })
}
