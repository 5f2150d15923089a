import Testing

@testable import Extraction

/// Words, the role that must start at the first of them, and what it says.
struct RoleCase: Sendable, CustomTestStringConvertible {
    var words: [String]
    var role: String
    var wordCount: Int
    var kind: RoleKind
    var takesGenitive: Bool
    var isFeminine: Bool
    var testDescription: String { words.joined(separator: " ") }

    init(
        _ text: String, _ role: String, _ wordCount: Int, _ kind: RoleKind, genitive: Bool = false,
        feminine: Bool = false
    ) {
        self.words = text.split(separator: " ").map(String.init)
        self.role = role
        self.wordCount = wordCount
        self.kind = kind
        self.takesGenitive = genitive
        self.isFeminine = feminine
    }
}

@Suite struct RoleLexiconTests {
    @Test func readsTheLexiconWithoutProblems() {
        #expect(RoleLexicon.table.problems.isEmpty)
        #expect(RoleLexicon.count > 400)
    }

    static let cases: [RoleCase] = [
        .init("الرئيس عبد الفتاح السيسي", "الرئيس", 1, .office),
        .init("رئيس الوزراء محمد شياع السوداني", "رئيس الوزراء", 2, .office),
        .init("رئيس الحكومة نجيب ميقاتي", "رئيس الحكومة", 2, .office),
        .init("رئيس مجلس النواب محمد الحلبوسي", "رئيس مجلس النواب", 3, .office),
        .init("رئيس هيئة النزاهة", "رئيس هيئة", 2, .office, genitive: true),
        .init("رئيس البلاد", "رئيس", 1, .office, genitive: true),
        .init("وزير الخارجية فؤاد حسين", "وزير الخارجية", 2, .office),
        .init("وزير الدفاع", "وزير الدفاع", 2, .office),
        .init("وزير التعليم العالي والبحث العلمي", "وزير التعليم العالي والبحث العلمي", 5, .office),
        .init("وزير خارجية قطر", "وزير خارجية", 2, .office, genitive: true),
        .init("وزير السياحة والآثار", "وزير السياحة", 2, .office),
        .init("وزيرة الصحة", "وزيرة الصحة", 2, .office, feminine: true),
        .init("الوزيرة", "الوزيرة", 1, .office, feminine: true),
        .init("المتحدث باسم الحكومة باسم العوادي", "المتحدث باسم", 2, .spokesperson, genitive: true),
        .init("الناطقة باسم الخارجية", "الناطقة باسم", 2, .spokesperson, genitive: true, feminine: true),
        .init("المتحدث الرسمي باسم الوزارة", "المتحدث الرسمي باسم", 3, .spokesperson, genitive: true),
        .init("مستشار الأمن القومي قاسم الأعرجي", "مستشار الأمن القومي", 3, .office),
        .init("مستشار رئيس الوزراء", "مستشار", 1, .office, genitive: true),
        .init("الأمين العام للأمم المتحدة", "الأمين العام", 2, .office, genitive: true),
        .init("المبعوث الأممي إلى اليمن", "المبعوث الأممي إلى", 3, .diplomatic, genitive: true),
        .init("السفير الأمريكي", "السفير", 1, .diplomatic),
        .init("القنصل العام", "القنصل العام", 2, .diplomatic),
        .init("اللواء يحيى رسول", "اللواء", 1, .military),
        .init("الفريق أول الركن عبد الأمير يار الله", "الفريق أول", 2, .military),
        .init("العميد", "العميد", 1, .military),
        .init("الجنرال مارك ميلي", "الجنرال", 1, .military),
        .init("قائد القوات البرية", "قائد", 1, .military, genitive: true),
        .init("رئيس أركان الجيش", "رئيس أركان الجيش", 3, .military),
        .init("الملك عبد الله الثاني", "الملك", 1, .royal),
        .init("ولي العهد الأمير محمد بن سلمان", "ولي العهد", 2, .royal),
        .init("خادم الحرمين الشريفين", "خادم الحرمين الشريفين", 3, .royal),
        .init("أمير قطر", "أمير", 1, .royal, genitive: true),
        .init("آية الله علي السيستاني", "آية الله", 2, .religious),
        .init("البابا فرنسيس", "البابا", 1, .religious),
        .init("القاضي", "القاضي", 1, .judicial),
        .init("المدعي العام", "المدعي العام", 2, .judicial),
        .init("الدكتور محمد", "الدكتور", 1, .academic),
        .init("د. محمد", "د.", 1, .academic),
        .init("د . محمد", "د.", 2, .academic),
        .init("المهندس", "المهندس", 1, .academic),
        .init("السيد مقتدى الصدر", "السيد", 1, .courtesy),
        .init("السيدة", "السيدة", 1, .courtesy, feminine: true),
        .init("الحاج", "الحاج", 1, .courtesy),
        .init("الشيخ", "الشيخ", 1, .courtesy),
        .init("الناشط الحقوقي", "الناشط الحقوقي", 2, .profession),
        .init("مراسل الجزيرة", "مراسل", 1, .profession, genitive: true),
    ]

    @Test(arguments: cases)
    func matchesTheLongestRole(_ example: RoleCase) throws {
        let match = try #require(RoleLexicon.match(example.words, at: 0))
        #expect(match.role == example.role)
        #expect(match.wordCount == example.wordCount)
        #expect(match.kind == example.kind)
        #expect(match.takesGenitive == example.takesGenitive)
        #expect(match.isFeminine == example.isFeminine)
    }

    @Test func readsRolesBehindProclitics() throws {
        let match = try #require(RoleLexicon.match(["والرئيس", "الفرنسي"], at: 0))
        #expect(match.role == "الرئيس")
        #expect(match.procliticLength == 1)
        let minister = try #require(RoleLexicon.match(["لوزير", "الخارجية"], at: 0))
        #expect(minister.role == "وزير الخارجية")
        #expect(minister.procliticLength == 1)
        // ولي العهد is a role of its own, not و + لي.
        #expect(RoleLexicon.match(["ولي", "العهد"], at: 0)?.procliticLength == 0)
    }

    @Test func flagsRolesThatAreOftenOtherWords() {
        #expect(RoleLexicon.match(["اللواء"], at: 0)?.isAmbiguous == true)
        #expect(RoleLexicon.match(["الفريق"], at: 0)?.isAmbiguous == true)
        #expect(RoleLexicon.match(["الفريق", "أول"], at: 0)?.isAmbiguous == false)
        #expect(RoleLexicon.match(["الرئيس"], at: 0)?.isAmbiguous == false)
    }

    @Test func findsNoRoleInOtherWords() {
        for word in ["قال", "العراق", "الأمن", "رئيسي", "وزارة"] {
            #expect(RoleLexicon.match([word], at: 0) == nil, "\(word)")
        }
    }

    @Test func findsRolesInAText() {
        let text = "وقال المتحدث باسم الحكومة العراقية، فيما التقى وزير الخارجية بالسفير الأمريكي."
        let roles = RoleLexicon.occurrences(in: text).map(\.text)
        #expect(roles == ["المتحدث باسم", "وزير الخارجية", "السفير"])
    }
}
