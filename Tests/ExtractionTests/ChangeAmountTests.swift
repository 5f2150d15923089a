import Testing
@testable import Extraction

/// Counts that give the size of a change rather than a level, in statements we wrote.
@Suite struct ChangeAmountTests {
    private func numbers(_ text: String) -> [ClaimNumber] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).claims.flatMap(\.numbers)
    }

    @Test(arguments: [
        "ارتفعت صادرات الفوسفات المغربية خلال الربع الأول بنسبة 12 في المئة مقارنة بالفترة نفسها من العام الماضي.",
        "وتقدر النفقات العامة في موازنة الكويت بنحو 24 مليار دينار، بارتفاع نسبته 3 بالمئة عن العام السابق.",
        "وجاء سعر الخام الأردني المرجعي أقل من توقعات الحكومة، إذ يقل بنحو 4 دنانير عن متوسط الشهر الماضي.",
        "وخفضت الحكومة التونسية دعم المحروقات بمقدار 200 مليون دينار في قانون المالية الجديد.",
        "وقرر البنك المركزي خفض أسعار الفائدة على أدوات السياسة النقدية بواقع 50 نقطة أساس.",
    ])
    func theAmountOfAChangeIsAChange(_ text: String) {
        #expect(numbers(text).contains { $0.isChange })
    }

    @Test(arguments: [
        "وتمثل الإيرادات غير النفطية قرابة 30 بالمئة من إجمالي إيرادات موازنة البحرين للعام المقبل.",
        "وفاز المرشح المستقل بنسبة 61 في المئة من أصوات الناخبين في الدائرة الثالثة بعمان.",
        "وبلغ سعر برميل خام دبي 78 دولارا في تعاملات الأمس بحسب بيانات السوق.",
        "وتسير الشركة رحلاتها إلى إسطنبول بواقع 3 رحلات أسبوعيا منذ الصيف.",
    ])
    func aLevelOrAShareIsNoChange(_ text: String) {
        let found = numbers(text)
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.isChange })
    }

    @Test func aLevelAndAChangeOfOneUnitAreTwoCounts() {
        let level = ClaimNumber(value: 60, unit: "دولار", isApproximate: false)
        var change = ClaimNumber(value: 5, unit: "دولار", isApproximate: true)
        change.isChange = true
        #expect(!level.countsTheSameAs(change))
        var otherChange = change
        otherChange.value = 8
        #expect(change.countsTheSameAs(otherChange))
    }

    @Test func numbersInWordsAreNoContentStems() throws {
        let claims = ArticleAnnotator().annotate(
            text: "وصل عدد الزوار إلى ثلاثة ملايين زائر خلال موسم الصيف في مدينة صلالة العمانية.", articleID: "t", outlet: nil,
            published: nil).claims
        let unit = try #require(claims.first)
        #expect(!unit.stems.contains { $0.hasPrefix("ثلاث") || $0.hasPrefix("ملاي") })
        #expect(unit.stems.contains { $0.hasPrefix("زوار") || $0.hasPrefix("زاءر") || $0.hasPrefix("زا") })
    }

    /// A figure after «وليس» is set aside as wrong and counts what the figure before it counts; after
    /// «بدل» it is a plan changed, no correction.
    @Test func aFigureSetAsideCountsWhatTheFigureBeforeItCounts() throws {
        let corrected = numbers("وقال شاهد إن الزورق كان يقل 26 مهاجرا وليس 18 كما أعلنت السلطات.")
        let wrong = try #require(corrected.first { $0.value == 18 })
        #expect(wrong.isSetAside && wrong.isFormer)
        #expect(wrong.unit == corrected.first { $0.value == 26 }?.unit)
        let changed = numbers("وقررت الوزارة تمديد العطلة إلى ثلاثة أسابيع بدل أسبوعين.")
        #expect(!changed.contains { $0.isSetAside })
    }

    /// A dual of a noun in ة counts the noun its plural counts; a noun whose own last letter is ت keeps it.
    @Test(arguments: [("شاحنتين", "شاحنه"), ("سيارتان", "سياره"), ("بيتين", nil), ("وقتين", nil), ("مصنعين", nil)])
    func aFeminineDualCountsItsSingular(_ dual: String, _ singular: String?) {
        #expect(CountedNouns.singular(ofFeminineDual: dual) == singular)
    }
}
