import Testing
@testable import Extraction

@Suite struct ChainOutletsTests {
    private func organizations(_ text: String) -> [String] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
            .filter { $0.type == .organization }.map(\.name)
    }

    @Test(arguments: [
        ("وقال وزير النقل في تصريح لقناة الساحل الفضائية إن الطريق سيفتح الأسبوع المقبل.", "الساحل الفضائية"),
        ("وأوضح مدير المستشفى في حديث لإذاعة صوت الجنوب أن المصابين في حالة مستقرة.", "إذاعة صوت الجنوب"),
        ("ونقلت شبكة النهرين الإعلامية عن مصدر في الشرطة قوله إن المتهم اعترف.", "شبكة النهرين الإعلامية"),
        ("وقال مصدر قضائي لـ«المرصد» إن المتهمين أحيلوا إلى محكمة الجنايات.", "المرصد"),
        ("وأكد رئيس البلدية في اتصال مع «الميزان» أن الأشغال ستنتهي قبل الصيف.", "الميزان"),
        ("وقال العقيد منير الحداد للتلفزة الوطنية إن التحقيق ما زال جاريا.", "التلفزة الوطنية"),
        // After a descriptor head (قناة، صحيفة، موقع) the outlet is its name alone; «لـ«…»» keeps a number.
        ("وأضاف الناطق باسم الوزارة، بحسب ما نقلته صحيفة الرقيب، أن القرار نهائي.", "الرقيب"),
        ("وقال مدير التربية لـ«نبض 24» إن النتائج ستعلن غدا.", "نبض 24"),
    ])
    func theOutletAStatementWentThroughIsAnOrganization(_ text: String, _ outlet: String) {
        #expect(organizations(text).contains(outlet))
    }

    /// A city in quotation marks that words were given to is the paper named after it; the city
    /// named bare stays a place.
    @Test func aCityInQuotationMarksAStatementWasGivenToIsThePaper() {
        let text = "وقال رئيس البلدية في حديث لـ\"الخليل\" إن الأشغال بدأت. وقال المحافظ في تصريح لـ«عمان» إن الطريق فتح."
        let entities = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
        #expect(entities.contains { $0.type == .organization && $0.name == "الخليل" })
        #expect(entities.contains { $0.type == .organization && $0.name == "عمان" })
        #expect(!entities.contains { $0.type == .location })
        #expect(ArticleAnnotator().annotate(text: "وقال المحافظ في عمان إن الطريق فتح.", articleID: "t", outlet: nil, published: nil)
            .entities.contains { $0.type == .location && $0.name == "عمان" })
    }

    @Test func aPlaceOrAShorterBodyInsideAnOutletsNameIsTheOutlet() {
        let text = "وقال المدير في تصريح لقناة الظفرة إن المحطة تعمل. ونقلت شبكة رووداو الإعلامية عن النائب قوله إن الإنتاج زاد. وقالت اللاعبة في حديث لقناة تي آر تي عربي إنها ستشارك."
        let entities = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
        #expect(entities.contains { $0.type == .organization && $0.name == "الظفرة" && $0.aliases.contains("قناة الظفرة") })
        #expect(!entities.contains { $0.type == .location && $0.name == "الظفرة" })
        #expect(entities.contains { $0.type == .organization && $0.aliases.contains("شبكة رووداو الإعلامية") })
        #expect(entities.contains { $0.type == .organization && $0.name == "تي آر تي عربي" })
        #expect(!entities.contains { $0.name == "روسيا اليوم" })
    }

    @Test(arguments: [
        // No statement: «لقناة» names what was paid for, «مع» whom the rounds were held with.
        ("ارتفعت العائدات السنوية لقناة الري الرئيسية في المحافظة.", "قناة الري الرئيسية"),
        ("وكانت أول جولتين من المفاوضات مع “رامي”، والأخريات مع “سليم”، قال المسؤول.", "رامي"),
        // A media head with adjectives only describes an outlet named before.
        ("ونقلت الصحيفة الأمريكية عن مسؤولين قولهم إن الاتفاق قريب.", "الصحيفة الأمريكية"),
        ("وبحسب الموقع الإخباري فإن الاجتماع تأجل.", "الموقع الإخباري"),
    ])
    func noOutletIsMadeOutsideAChainOrFromADescription(_ text: String, _ name: String) {
        #expect(!organizations(text).contains(name))
    }
}
