import Testing
@testable import Extraction

/// Match results read from statements we wrote, in several leagues' styles.
@Suite struct MatchScoreTests {
    private func scores(_ text: String) -> [String] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).claims.flatMap(\.scores)
    }

    @Test(arguments: [
        ("فاز الرجاء البيضاوي على المغرب الفاسي بنتيجة 3-1 في الجولة العاشرة من البطولة الاحترافية.", ["3-1"]),
        ("خسر النادي الإفريقي أمام الترجي الرياضي (1-2) في دربي العاصمة التونسية مساء الأحد.", ["2-1"]),
        ("تعادل الفيصلي والوحدات 2:2 في قمة الدوري الأردني للمحترفين على ستاد عمان الدولي.", ["2-2"]),
        ("تغلب الاتحاد على الشباب بهدفين مقابل هدف في الجولة الخامسة من دوري روشن السعودي.", ["2-1"]),
        ("حقق شباب بلوزداد فوزا ثمينا على مولودية وهران بهدف نظيف في ملعب 5 جويلية.", ["1-0"]),
        ("اكتسح الأهلي المصري ضيفه الإسماعيلي بثلاثية نظيفة في الدوري الممتاز.", ["3-0"]),
        ("فاز العربي الكويتي على القادسية بثلاثة أهداف دون رد في نهائي كأس الأمير.", ["3-0"]),
        ("انتهت مباراة الوصل والنصر الإماراتي بالتعادل السلبي في دوري أدنوك للمحترفين.", ["0-0"]),
        ("تعادل الزوراء مع القوة الجوية بهدف لمثله في ملعب الشعب الدولي ببغداد.", ["1-1"]),
    ])
    func resultsAreRead(_ text: String, _ expected: [String]) {
        #expect(scores(text) == expected)
    }

    @Test(arguments: [
        // «بهدف» is most often «with the aim of».
        "وقعت وزارة الطاقة اتفاقية مع شركة سيمنس بهدف تعزيز قدرة الشبكة الكهربائية في المحافظات الجنوبية.",
        // A range and a date in digits, in clauses that speak of no match.
        "تتراوح مدة الإقامة بين 3-5 أيام حسب البرنامج الذي تعلنه وزارة السياحة في عمان.",
        "أعلنت الهيئة أن الاستحقاق الانتخابي سيجري في 3-1-2027 في جميع الدوائر.",
        // A date in a clause about a match.
        "ستقام مباراة الذهاب في 14-3-2026 على ملعب الأمير مولاي عبد الله بالرباط.",
    ])
    func otherFiguresAreNoResult(_ text: String) {
        #expect(scores(text).isEmpty)
    }
}
