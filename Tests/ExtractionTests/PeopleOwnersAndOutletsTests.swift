import Testing
@testable import Extraction

/// Owners, athletes, outlets whose name ends in a number, and regions named by their official names,
/// on short texts we wrote.
@Suite struct PeopleOwnersAndOutletsTests {
    private static func entities(of text: String) -> [String] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities.map { "\($0.type.rawValue):\($0.name)" }
    }

    @Test func theOwnerOfAThingIsNoPersonCalledMalik() {
        let text = "وقال مالك المطعم، المواطن سعيد ناصر الكعبي، إن الحريق بدأ في المطبخ."
        #expect(Self.entities(of: text) == ["person:سعيد ناصر الكعبي"])
        let quotes = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).quotes
        #expect(quotes.map(\.speakerText) == ["سعيد ناصر الكعبي"])
        // «مالك» before a family name is the given name.
        #expect(Self.entities(of: "وقال مالك الزعبي إن العمل مستمر.") == ["person:مالك الزعبي"])
    }

    @Test(arguments: [
        ("وتوج الدراج الجزائري ياسين حمزة بالمرحلة الثانية من الطواف.", "ياسين حمزة", "الدراج"),
        ("وفازت العداءة الإثيوبية تيرونيش أبيبي بسباق العشرة آلاف متر.", "تيرونيش أبيبي", "العداءة"),
        ("وحطم السباح التونسي أيوب الحفناوي الرقم القياسي.", "أيوب الحفناوي", "السباح"),
        ("وتعادل لاعب الشطرنج المصري باسم أمين مع منافسه.", "باسم أمين", "لاعب الشطرنج"),
    ])
    func athletesAreNamedAfterTheirSport(_ text: String, _ name: String, _ role: String) throws {
        let entities = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
        let person = try #require(entities.first { $0.type == .person })
        #expect(person.name == name)
        #expect(person.roles.contains(role))
    }

    @Test(arguments: [
        ("وقال رئيس البلدية لراديو نابلس 99، إن الطريق فتح.", "organization:راديو نابلس 99"),
        ("وقالت المديرة لإذاعة طنجة 24 إن المعرض افتتح.", "organization:إذاعة طنجة 24"),
    ])
    func aNumberThatClosesABroadcastersNameIsPartOfIt(_ text: String, _ outlet: String) {
        #expect(Self.entities(of: text).contains(outlet))
    }

    @Test func aNumberThatCountsSomethingIsNoPartOfTheBroadcaster() {
        #expect(Self.entities(of: "وبث تلفزيون الشارقة 3 حلقات عن التراث.") == ["organization:تلفزيون الشارقة"])
    }

    @Test(arguments: [
        ("وامتدت الحرائق في جهة سوس ماسة إلى غابات المنطقة.", "location:جهة سوس ماسة"),
        ("وزار الوزير جهة الدار البيضاء سطات أمس.", "location:جهة الدار البيضاء سطات"),
        ("وضبطت السلطات في الولاية الشمالية شحنة ذهب.", "location:الولاية الشمالية"),
        ("وانتشرت الفرق في مكة المكرمة والمدينة المنورة والمشاعر المقدسة.", "location:المشاعر المقدسة"),
        ("وتوجه الحجاج إلى عرفات فجر اليوم.", "location:صعيد عرفات"),
    ])
    func regionsAreKnownByTheirOfficialNames(_ text: String, _ place: String) {
        #expect(Self.entities(of: text).contains(place))
    }

    @Test func anOutletsShortNameIsWrittenWithoutTheHamzaOfAWord() {
        #expect(Self.entities(of: "وتلقى الأطفال وأمهاتهم اللقاحات، وأم الطفل الأكبر كانت أول من حضر.").isEmpty)
        #expect(Self.entities(of: "وذكرت وام أن الرحلات استؤنفت.") == ["organization:وكالة أنباء الإمارات"])
    }
}
