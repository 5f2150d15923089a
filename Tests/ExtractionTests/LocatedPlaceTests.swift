import Testing
@testable import Extraction

/// Places the gazetteer does not know, named with where they lie, on sentences we wrote.
@Suite struct LocatedPlaceTests {
    @Test(arguments: [
        // A town, a point of the compass and a known place.
        ("ونزح السكان من كنصفرة جنوب إدلب.", ["إدلب", "كنصفرة"]),
        ("وتقام المسابقة في رماح شمال الرياض.", ["الرياض", "رماح"]),
        // A facility that stands apart, a word no lexicon knows, and where it stands.
        ("وتنطلق العبارة من ميناء دقم بولاية الوسطى كل صباح.", ["الوسطى", "ميناء دقم"]),
        ("ويمتد الخط من محطة سمنود شرق القاهرة إلى الحدود.", ["القاهرة", "محطة سمنود"]),
        // A mine stands apart from the town that names it.
        ("ووصل أول قطار محمل بالخام من منجم الونزة إلى الميناء.", ["منجم الونزة"]),
        // Grain silos stand apart from their towns too.
        ("واندلع حريق في سايلو الديوانية أمس.", ["سايلو الديوانية"]),
        // A facility named after a person whose name opens with «بن» and «عبد».
        ("وتنطلق الرحلة من محطة بن عبد المالك وسط المدينة.", ["محطة بن عبد المالك"]),
    ])
    func aPlaceNamedWithWhereItLies(_ text: String, _ expected: [String]) {
        #expect(PlaceListTests.places(in: text) == expected)
    }

    @Test(arguments: [
        // A station named by a toponym of two words, with no adjective.
        ("وتوقفت محطة عين الطويلة عن ضخ المياه منذ أسبوع.", ["محطة عين الطويلة"]),
        // An adjective of the station's kind, and one with its trade after it.
        ("وخرجت محطة القريعة البخارية من الخدمة.", ["محطة القريعة البخارية"]),
        ("ودشنت الشركة محطة رأس قرطاس المستقلة لتحلية المياه.", ["محطة رأس قرطاس المستقلة لتحلية المياه"]),
        // What a station does between its head and its name; a rank after an unknown name.
        ("وتوقفت محطة ضخ الرميلة عن العمل.", ["محطة ضخ الرميلة"]),
        ("وتعطلت محطة تحويل الجابرية الرئيسية ليلا.", ["محطة تحويل الجابرية"]),
        // Squares, streets and bridges named after what a nation commemorates.
        ("واحتشد المتظاهرون في ساحة الاستقلال مساء الجمعة.", ["ساحة الاستقلال"]),
        ("وأغلقت الشرطة جسر الجمهورية أمام السيارات.", ["جسر الجمهورية"]),
        // A Maghrebi family name in بو ends the name a street honours.
        ("وأغلقت البلدية شارع الطاهر بوعمامة أمام المارة.", ["شارع الطاهر بوعمامة"]),
        // A gulf named after a known place; a city's countryside and its side.
        ("وتنتشر الشعاب المرجانية في خليج العقبة.", ["خليج العقبة"]),
        ("وقصفت المدفعية قرى في ريف حماة الشمالي.", ["ريف حماة الشمالي"]),
        // The upper or lower part of a known place; an old crossing; a palace and the next place.
        ("وتضررت الطرق في الناصرة العليا.", ["الناصرة العليا"]),
        ("وافتتح صباح اليوم معبر الرمثا القديم أمام المسافرين.", ["معبر الرمثا القديم"]),
        ("وتقام الفعاليات في قصر خالد والهفوف.", ["الهفوف", "قصر خالد"]),
        // A Moroccan commune named by a tribe's land.
        ("وضبطت الشحنة قرب شواطئ جماعة بني شيكر.", ["بني شيكر"]),
        // A dam on its river.
        ("وبدأت أعمال الصيانة في سد قطينة على نهر العاصي.", ["سد قطينة", "نهر العاصي"]),
    ])
    func aPlaceNamedByItsHeadAndAName(_ text: String, _ expected: [String]) {
        #expect(PlaceListTests.places(in: text) == expected)
    }

    @Test(arguments: [
        // What a station makes, an ordinary square and a newspaper after «خليج» name no place.
        "وارتفعت كلفة محطة الطاقة الشمسية الجديدة.",
        "ولعب الأطفال في ساحة المدرسة.",
        "وتوقفت محطة كهرباء المدينة عن العمل.",
        "وكتبت صحيفة خليج تايمز أن الأسعار ارتفعت.",
    ])
    func aHeadBeforeACommonNounNamesNoPlace(_ text: String) {
        #expect(PlaceListTests.places(in: text).isEmpty)
    }

    @Test(arguments: [
        // A pronoun, a body's seat and a common noun before a direction name no town.
        "وعاد الأهالي إلى منازلهم شمال المدينة.",
        "وعقد اجتماع في مقر شرق المدينة.",
        "وقال إن محطة الضخ في المدينة توقفت.",
        "وأعلنت الوزارة اكتشاف حقل في منطقة شمال المدينة.",
        "وستفتتح الوزارة مستشفى مماثلا في المدينة العام المقبل.",
    ])
    func wordsBeforeWhereSomethingLiesThatNameNoPlace(_ text: String) {
        #expect(PlaceListTests.places(in: text).isEmpty)
    }

    @Test(arguments: [
        ("وسجلت الأمطار أعلى معدلاتها في حريملاء وضرما أمس.", ["حريملاء", "ضرما"]),
        ("وانقطعت الكهرباء عن تازمالت منذ الصباح.", ["تازمالت"]),
        ("ووصلت المساعدات إلى حيفان والشمايتين.", ["الشمايتين", "حيفان"]),
        // A town named by a common word is read only with its head: «ودام» is also "and lasted".
        ("ودام الاجتماع ساعتين في مقر الوزارة.", []),
    ])
    func smallTownsOfTheLocalityGazetteer(_ text: String, _ expected: [String]) {
        #expect(PlaceListTests.places(in: text) == expected)
    }
}
