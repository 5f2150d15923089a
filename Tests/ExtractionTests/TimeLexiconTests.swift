import Testing

@testable import ArabicText
@testable import Extraction

@Suite struct TimeLexiconTests {
    @Test func everyLineOfTheLexiconIsRead() {
        #expect(TimeLexicon.problems.isEmpty)
        #expect(TimeLexicon.table.count > 150)
    }

    static func lookup(_ word: String) -> TimeWord? {
        var normalized = ArabicNormalizer.matching.normalizedString(word)
        return normalized.withUTF8 { TimeLexicon.lookup($0) }
    }

    @Test(arguments: [
        ("اليوم", TimeWord.today),
        ("وقبل", .preposition(.before)),
        ("فمنذ", .preposition(.since)),
        ("لعام", .yearCue),
        ("وبعام", .yearCue),
        ("للعام", .unit(.year, .one, definite: true)),
        ("والماضي", .direction(.past)),
        ("المنصرمة", .direction(.past)),
        ("أمس", .dayOffset(-1)),
        ("البارحة", .dayOffset(-1)),
        ("غداً", .dayOffset(1)),
        ("شهرين", .unit(.month, .two, definite: false)),
        ("هـ", .era(.hijri)),
    ])
    func findsWordsWithAndWithoutProclitics(_ word: String, _ expected: TimeWord) {
        #expect(Self.lookup(word) == expected)
    }

    @Test(arguments: ["لم", "وم", "بم", "كانت", "الأمين", "فيه"])
    func leavesOtherWordsAlone(_ word: String) {
        #expect(Self.lookup(word) == nil)
    }

    /// The scan asks ``CalendarLexicon`` at the words that start names of several words without
    /// being names themselves; every such word of the calendar lexicons must be a head.
    @Test func everyFirstWordOfALongerCalendarNameIsAHeadOrANameItself() {
        var keys = Array(MonthLexicon.table.entries.keys) + Array(WeekdayLexicon.table.entries.keys)
        keys += Array(SeasonLexicon.table.entries.keys)
        for key in keys {
            let words = String(decoding: key.bytes, as: UTF8.self).split(separator: " ")
            guard words.count > 1, let first = words.first else { continue }
            var head = String(first)
            let isHead = head.withUTF8 { TimeLexicon.lookup($0, in: CalendarHeads.table) != nil }
            let isName = CalendarLexicon.match([first], at: 0) != nil
            #expect(isHead || isName, "\(first) starts \(words.joined(separator: " "))")
        }
    }

    @Test func derivesTheFormsOfNewsVerbs() {
        #expect(TenseLexicon.pastForms(of: "أعلن").contains("أعلنت"))
        #expect(TenseLexicon.pastForms(of: "التقى").contains("التقوا"))
        #expect(TenseLexicon.pastForms(of: "بدأ").contains("بدأت"))
        #expect(TenseLexicon.scheduledForms(of: "يعقد").contains("ستعقد"))
        #expect(TenseLexicon.scheduledForms(of: "يلتقي").contains("يلتقون"))
    }

    @Test(arguments: ["توقع", "تقدم"])
    func aFormOfTwoTensesTellsNone(_ word: String) {
        #expect(TenseLexicon.table.value(for: ArabicNormalizer.matching.normalizedString(word)) == nil)
    }
}
