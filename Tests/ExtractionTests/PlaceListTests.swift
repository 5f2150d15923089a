import Testing
@testable import Extraction

/// Towns named one after another after a plural of places (أحياء، بلديات، محليات …), on sentences we
/// wrote about other towns and events.
@Suite struct PlaceListTests {
    /// The names of the places found in `text`, sorted.
    static func places(in text: String) -> [String] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
            .filter { $0.type == .location }.map(\.name).sorted()
    }

    /// A town the gazetteer names only after its head, because the bare word is a common one («قضاء
    /// المنية»), is a town alone where the article names it with its head, or in a list after a town.
    @Test func aTownNamedOnlyWithItsHeadIsATownAloneWhereTheArticleSaysSo() {
        let headed = "وتضررت عشرات المنازل في قضاء الكورة جراء العاصفة. وقال رئيس البلدية إن الأمطار أغرقت الطرق في الكورة."
        let annotations = ArticleAnnotator().annotate(text: headed, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.filter { $0.type == .location }.map(\.name) == ["الكورة"])
        #expect(annotations.mentions.filter { annotations.entities[$0.item].type == .location }.count == 2)
        #expect(Self.places(in: "وصلت المساعدات إلى طرابلس والمنية.") == ["المنية", "طرابلس"])
        // Guard: the bare word with no head in the article, and out of a list, is the common noun.
        #expect(Self.places(in: "وقال مزارعون إن الكورة التي تقام في ساحة القرية مؤجلة.").isEmpty)
    }

    @Test(arguments: [
        // Every member has the article: three members, or a known town among them, make a list.
        ("وقال المدير إن الانقطاع شمل أحياء الروضة والسلامة والنخيل أمس.", ["الروضة", "السلامة", "النخيل"]),
        ("وتضررت منازل في أحياء القصور والمطار والسواني جراء الأمطار.", ["السواني", "القصور", "المطار"]),
        // Heads of the local administrations of each country, with a proclitic too.
        ("وسجلت الإصابات في بلديات تمزقيدة وعين الكبيرة وبني عزيز.", ["بني عزيز", "تمزقيدة", "عين الكبيرة"]),
        ("وامتدت الحرائق إلى جماعات تافوغالت وبني درار وأحفير.", ["أحفير", "بني درار", "تافوغالت"]),
        ("وتوزعت المراكز بمحليات كرري وجبل أولياء وأمبدة.", ["أمبدة", "جبل أولياء", "كرري"]),
        ("وأغلقت المدارس في معتمديات الحنشة والعامرة وجبنيانة.", ["الحنشة", "العامرة", "جبنيانة"]),
        // A member of two words: a noun and its definite genitive, or a common opener of town names.
        ("وستصل المياه إلى أحياء الفيصلية وباب الخير وعين الحلوة مساء اليوم.", ["الفيصلية", "باب الخير", "عين الحلوة"]),
        ("وتشمل الحملة قرى ود الحسن وأم سنطة والطويلة شمال الولاية.", ["أم سنطة", "الطويلة", "ود الحسن"]),
        // The member joined by و is the last: what follows the comma after it is no place.
        ("وتوزعت القوافل على أحياء الروضة والنخيل والسلام، بدلا من حيين فقط العام الماضي.", ["الروضة", "السلام", "النخيل"]),
        // Iraq's quarters: «محلة».
        ("وتشمل الأعمال بيوتا تراثية في محلتي السيمر والخندق.", ["الخندق", "السيمر"]),
        // The most notable of places counted or named before: «أبرزها»، «ومنها».
        ("ورصدت الآفة في 7 بلديات، أبرزها عين القصب والمغيرة والدبيلة، وذلك قبل موسم الجني.", ["الدبيلة", "المغيرة", "عين القصب"]),
        ("وتضررت قرى عدة، منها البيرق والسويدة والحسينة.", ["البيرق", "الحسينة", "السويدة"]),
        // «بين» names the two ends of a stretch; a quarter named after a scholar.
        ("ويشهد المقطع الممتد بين حمص وشنشار ضبابا كثيفا.", ["حمص", "شنشار"]),
        ("وانقطعت المياه في أحياء الورود والسلام وابن رشد.", ["ابن رشد", "السلام", "الورود"]),
        // A noun with its pronoun after «بين» and a town is no town.
        ("وتنقل الوزير بين القاهرة ومنزله طوال الأسبوع.", ["القاهرة"]),
        // A bare noun before a list whose other members are two known towns.
        ("وتوقف الدوام في مدارس عقرابا ويطا وبني نعيم.", ["بني نعيم", "عقرابا", "يطا"]),
    ])
    func membersAfterAPluralOfPlaces(_ text: String, _ expected: [String]) {
        #expect(Self.places(in: text) == expected)
    }

    @Test(arguments: [
        // Directions, the land and common nouns after a plural name no towns.
        "وشملت الحملة مناطق الشمال والجنوب والوسط.",
        "ودمرت السيول قرى الريف والبادية.",
        "وحذرت الوزارة من جماعات الضغط والمصالح.",
        "وعانت أحياء المدينة القديمة من الانقطاع.",
        // Two definite members and no known town: a phrase, not a list.
        "وتفقد الوزير أحياء الصفيح والعشوائيات.",
        // «أبرزها» after a count of things that are no places.
        "وقدم الوزير 12 مقترحا، أبرزها التعديلات والمراجعات والمكافآت.",
    ])
    func pluralsBeforeCommonNounsNameNoPlaces(_ text: String) {
        #expect(Self.places(in: text).isEmpty)
    }

    @Test(arguments: [
        // A definite name after «منطقة»; kinds of area are no names.
        ("ويسكن الشاعر في منطقة الرابية منذ سنوات.", ["الرابية"]),
        // «علي» as written is a name in a toponym; «على» is the preposition.
        ("وغرق القارب قبالة منطقة بئر علي فجر اليوم.", ["بئر علي"]),
        ("ووقع الحادث في منطقة بئر على الطريق الساحلي.", ["بئر"]),
        ("وتضررت منازل بمنطقة الصالحية في المدينة.", ["الصالحية"]),
        ("وقال إن منطقة الدوار الرابع شهدت ازدحاما.", ["الدوار الرابع"]),
        ("وتبادل الطرفان إطلاق النار في منطقة الاشتباك قرب الحدود.", []),
        ("وأغلقت السلطات منطقة التفتيش لساعات.", []),
        ("وسقطت القذائف في منطقة العمليات العسكرية.", []),
        ("وسدد المهاجم كرة قوية من خارج منطقة الجزاء.", []),
        // A bare name ending in ة after the head of a village; adjectives describe the village.
        ("ولجأت الأسر إلى مدارس في قرية كفرنبودة في انتظار التعويضات.", ["كفرنبودة"]),
        ("ووصلت القافلة إلى قرية نائية في الجبال.", []),
        ("ونزح السكان من قرية صغيرة على ضفة النهر.", []),
        ("وأخليت قرية مجاورة بأكملها.", []),
        // A side or a colour ends a definite name; a tribe ends a bare one.
        ("وتضررت المحاصيل في منطقة الجرف الغربي بعد السيول.", ["الجرف الغربي"]),
        ("وأصيب ثلاثة في بلدة كفرسابا بني زيد أمس.", ["كفرسابا بني زيد"]),
        // Towns whose names open with ميت، عزبة، نزلة.
        ("وقال مواطن من قرية ميت العز إن المياه انقطعت.", ["ميت العز"]),
    ])
    func placesAfterTheHeadOfAnAreaOrAVillage(_ text: String, _ expected: [String]) {
        #expect(Self.places(in: text) == expected)
    }
}
