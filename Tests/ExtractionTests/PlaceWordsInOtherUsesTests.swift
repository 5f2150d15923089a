import Testing
@testable import Extraction

/// Place names that are other words where they stand, on sentences we wrote: a country named by its
/// own nisba after a feminine noun, a diameter, a river's bank.
@Suite struct PlaceWordsInOtherUsesTests {
    @Test(arguments: [
        // «سورية» after an indefinite feminine noun or plural is the adjective; after a preposition,
        // a verb or a masculine noun it governs, the country.
        ("وبلغ سعر الكيلوغرام نحو عشرين ألف ليرة سورية.", [String]()),
        ("ودخلت قوات سورية إلى البلدة.", []),
        ("وعاد الوفد إلى سورية بعد يومين.", ["سوريا"]),
        ("وقال حاكم مصرف سورية المركزي إن الأسعار استقرت.", ["مصرف سورية المركزي"]),
        // «قطر» before a length is a diameter; before a count it is the country.
        ("وانفجر أنبوب للمياه بقطر 800 ملم قرب الجسر.", []),
        ("واشترت قطر 12 طائرة مسيرة.", ["قطر"]),
        // A bank with the nationality of another country than the West Bank's is a river's bank.
        ("وعبر الزورق إلى الضفة الموريتانية للنهر.", []),
        ("واعتقل الجيش ثلاثة شبان في الضفة الغربية.", ["الضفة الغربية"]),
        // «الرمال» alone is sand.
        ("وأزالت الجرافات الرمال عن الطريق الساحلي.", []),
        // A name that is also a noun, before an indefinite adjective, is the noun; before a direction,
        // the town.
        ("ونشرت البلدية صور جديدة للسوق القديم.", []),
        ("وسقطت قذيفة على صور جنوبي لبنان.", ["صور", "لبنان"]),
        // A word the article also writes with the article is a noun, not a place after a glued «ب»;
        // the town itself stays a place.
        ("وارتفع سعر البطاطا في الأسواق بعد وصول شحنات بطاطا مستوردة من مصر.", ["مصر"]),
        ("ووصل الوفد الوزاري إلى طاطا قادما من أكادير.", ["طاطا", "أكادير"]),
    ])
    func namesOnlyThePlaces(_ text: String, _ names: [String]) {
        let entities = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
        #expect(entities.filter { $0.type != .person }.map(\.name).sorted() == names.sorted())
    }
}
