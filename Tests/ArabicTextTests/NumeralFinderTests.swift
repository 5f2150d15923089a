import Testing

@testable import ArabicText

/// A text and the numerals a finder must report in it, each as the exact text of its span.
struct NumeralFinderCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var text: String
        var value: Double
        var kind: NumeralKind
        var description: String { "«\(text)» \(value) \(kind)" }
    }

    var text: String
    var expected: [Expected]
    var testDescription: String { text }

    init(_ text: String, _ expected: (String, Double, NumeralKind)...) {
        self.text = text
        self.expected = expected.map { Expected(text: $0.0, value: $0.1, kind: $0.2) }
    }
}

@Suite struct NumeralFinderTests {
    let finder = NumeralFinder()

    /// Quantities, positions and parts as Arabic news writes them.
    static let newsCases: [NumeralFinderCase] = [
        .init("قتل أكثر من ثلاثة آلاف جندي", ("ثلاثة آلاف", 3000, .cardinal)),
        .init("خصصت الحكومة 2.5 مليون دولار للإغاثة", ("2.5 مليون", 2_500_000, .cardinal)),
        // Two numbers of one scale joined by و are a range or a list, not one sum.
        .init("نزح ما بين 40 ألفا و60 ألفا من السكان", ("40 ألفا", 40_000, .cardinal), ("60 ألفا", 60_000, .cardinal)),
        .init("بلغ عدد السكان 40 ألفا و600 نسمة", ("40 ألفا و600", 40_600, .cardinal)),
        .init("نزح نحو 300 ألف شخص", ("300 ألف", 300_000, .cardinal)),
        .init("بلغ عدد الضحايا ستة وعشرون", ("ستة وعشرون", 26, .cardinal)),
        .init("ذكرى هجمات الحادي عشر من سبتمبر", ("الحادي عشر", 11, .ordinal)),
        .init("شارك ثلاثة آلاف و خمسمائة متظاهر", ("ثلاثة آلاف و خمسمائة", 3500, .cardinal)),
        .init("أطلقوا بخمسة صواريخ", ("خمسة", 5, .cardinal)),
        .init("تحديات القرن الحادي والعشرين", ("الحادي والعشرين", 21, .ordinal)),
        .init("امتد الحصار لثلاثة أيام", ("ثلاثة", 3, .cardinal)),
        .init("استقبلت مليون ونصف لاجئ", ("مليون ونصف", 1_500_000, .cardinal)),
        .init("بلغت الخسائر مليون و200 ألف دولار", ("مليون و200 ألف", 1_200_000, .cardinal)),
        .init("يعيش نصف مليون نازح في المخيمات", ("نصف مليون", 500_000, .cardinal)),
        .init("صوّت ثلاثة أرباع الأعضاء", ("ثلاثة أرباع", 0.75, .fraction)),
        .init("يعيش نصف السكان تحت خط الفقر", ("نصف", 0.5, .fraction)),
        .init("بأغلبية ثلثي الأعضاء", ("ثلثي", 2.0 / 3, .fraction)),
        .init("حُكم عليه بالسجن خمس سنوات", ("خمس", 5, .cardinal)),
        .init("يملك خمس السكان نصف الثروة", ("خمس", 0.2, .fraction), ("نصف", 0.5, .fraction)),
        .init("سُجن بين 3 و5 سنوات", ("3", 3, .cardinal), ("5", 5, .cardinal)),
        .init("ما بين ثلاثة وخمسة آلاف", ("ثلاثة", 3, .cardinal), ("خمسة آلاف", 5000, .cardinal)),
        .init("في عامي 2011 و2012", ("2011", 2011, .cardinal), ("2012", 2012, .cardinal)),
        // A year after «في» or «عام» is no count of the scale word after it; other figures are.
        .init("سجلت المطارات في 2025 مليونا و300 ألف مسافر", ("2025", 2025, .cardinal), ("مليونا و300 ألف", 1_300_000, .cardinal)),
        .init("بلغ الإنتاج عام 2030 مليون طن", ("2030", 2030, .cardinal), ("مليون", 1_000_000, .cardinal)),
        .init("رصدت الوزارة 1500 مليون دينار", ("1500 مليون", 1_500_000_000, .cardinal)),
        .init("موسم 2020-2021", ("2020", 2020, .cardinal), ("2021", 2021, .cardinal)),
        .init("وباء كوفيد-19", ("19", 19, .cardinal)),
        .init("بلغ العجز -1.5 مليار دولار", ("-1.5 مليار", -1.5e9, .cardinal)),
        .init("شارك ١٠٠٬٠٠٠ شخص", ("١٠٠٬٠٠٠", 100_000, .cardinal)),
        .init("أكثر من 1,500 شخص، و2,5 في المئة", ("1,500", 1500, .cardinal), ("2,5", 2.5, .cardinal)),
        .init("ارتفعت الأسعار بنسبة 20 في المئة", ("20", 20, .cardinal)),
        .init("نسبة المشاركة مئة بالمئة", ("مئة", 100, .cardinal)),
        .init("في الذكرى المئة لتأسيس الجامعة", ("المئة", 100, .ordinal)),
        .init("للمرة الثالثة خلال عام", ("الثالثة", 3, .ordinal)),
        .init("يزور لأول مرة", ("أول", 1, .ordinal)),
        .init("في المرحلة الأولى", ("الأولى", 1, .ordinal)),
        .init("في مرة ثانية", ("ثانية", 2, .ordinal)),
        .init("السنوات الست الماضية", ("الست", 6, .cardinal)),
        .init("حصل 3/4 الأعضاء على", ("3/4", 0.75, .fraction)),
        .init("تكلفة مئتي مليون وخمسين ألفا", ("مئتي مليون وخمسين ألفا", 200_050_000, .cardinal)),
        .init("يضم ألفي جندي", ("ألفي", 2000, .cardinal)),
        .init("في عام ألفين وعشرين", ("ألفين وعشرين", 2020, .cardinal)),
        .init("قُتل أحد عشر شخصا", ("أحد عشر", 11, .cardinal)),
        .init("وصل عددهم إلى أحد عشر ألفا", ("أحد عشر ألفا", 11_000, .cardinal)),
        .init("درجة الحرارة صفر", ("صفر", 0, .cardinal)),
        .init("انخفضت إلى ما تحت الصفر", ("الصفر", 0, .cardinal)),
        .init("قُتل ثَلاثَةُ آلافٍ", ("ثَلاثَةُ آلافٍ", 3000, .cardinal)),
        .init("المادة 242 من القرار", ("242", 242, .cardinal)),
        .init("في العشرين من الشهر", ("العشرين", 20, .ordinal)),
        .init("ساعة ونصف", ("نصف", 0.5, .fraction)),
        .init("انفجرت خلال 30 ثانية", ("30", 30, .cardinal)),
        .init("توقف لثانية واحدة", ("واحدة", 1, .cardinal)),
        .init("اللاعبون الأحد عشر", ("الأحد عشر", 11, .ordinal)),
        .init("زارت إحدى عشرة دولة", ("إحدى عشرة", 11, .cardinal)),
        .init("أولاً، نرفض القرار", ("أولاً", 1, .ordinal)),
        .init("بعد اثنين من الاجتماعات", ("اثنين", 2, .cardinal)),
        .init("في الجولة الخامسة و العشرين", ("الخامسة و العشرين", 25, .ordinal)),
        .init("قتل عشرة وجرح ثمانية", ("عشرة", 10, .cardinal), ("ثمانية", 8, .cardinal)),
        .init("يبلغ خمسة عشر\nألف", ("خمسة عشر", 15, .cardinal), ("ألف", 1000, .cardinal)),
        .init("(-5) درجات", ("-5", -5, .cardinal)),
        .init("في ١٥ صفر ١٤٤٥هـ", ("١٥", 15, .cardinal), ("١٤٤٥", 1445, .cardinal)),
        .init("تحالف الـ20 دولة", ("20", 20, .cardinal)),
    ]

    /// Words that look like numerals but are not, in running text.
    static let negativeCases: [NumeralFinderCase] = [
        .init("عقد الاجتماع يوم الأحد الماضي"),
        .init("قتل أحد الجنود في الهجوم"),
        .init("زارت إحدى الدول المجاورة"),
        .init("جرت المباراة يوم الاثنين"),
        .init("في كانون الأول الماضي"),
        .init("منذ تشرين الثاني"),
        .init("في شهر ربيع الأول"),
        .init("في جمادى الأولى"),
        .init("سقط عشرات القتلى"),
        .init("خرج آلاف المتظاهرين"),
        .init("أنفقت ملايين الدولارات"),
        .init("نزح عشرات الآلاف ومئات العائلات"),
        .init("في شهر صفر"),
        .init("التحقيق الأولي في الحادث"),
        .init("قال: لست أدري"),
        .init("فاز وست هام"),
        .init("مجزرة ميدان رابعة العدوية"),
        .init("ثمن الصفقة مرتفع"),
        .init("الساعة 10:30 صباحا"),
        .init("في 11/9/2001 وقعت الهجمات"),
        .init("قرار 242/1967"),
        .init("نُشر في 10-12-2021, 13:45"),
        .init("عقد مؤتمر ثلاثي ورباعي وخماسي"),
        .init("في السبعينيات والثمانينات والعشرينيات"),
        .init("رسم مثلثا ومربعا"),
        .init("يوم الثلاثاء والأربعاء والخميس"),
        .init("مئات الآلاف وبضعة آلاف"),
        .init("لا أحد يعرف"),
    ]

    @Test(arguments: newsCases + negativeCases)
    func findsNumeralsInNewsText(_ example: NumeralFinderCase) {
        let found = finder.numerals(in: example.text).map { match in
            NumeralFinderCase.Expected(
                text: Self.text(of: match.span, in: example.text), value: match.value, kind: match.kind)
        }
        #expect(found.count == example.expected.count, "found \(found)")
        for (match, expected) in zip(found, example.expected) {
            #expect(match.text == expected.text)
            #expect(match.kind == expected.kind)
            #expect(abs(match.value - expected.value) <= 1e-9 * max(1, abs(expected.value)), "\(match)")
        }
    }

    @Test func mapsSpansBackThroughNormalization() {
        // Tatweel and a zero-width joiner inside the word are dropped by normalization.
        let text = "دفع ثلاثـــة\u{200D} آلاف"
        let match = finder.numerals(in: text)
        #expect(match.count == 1)
        #expect(match.first.map { Self.text(of: $0.span, in: text) } == "ثلاثـــة\u{200D} آلاف")
    }

    @Test func reportsSafarOnlyAsZeroOutsideDates() {
        #expect(finder.numerals(in: "15 صفر 1445").map(\.value) == [15, 1445])
        #expect(finder.numerals(in: "الخامس من صفر").map(\.value) == [5])
    }

    @Test func findsEveryDucklingNumeralWhereItStandsAlone() throws {
        // Each corpus text, searched as running text, yields one match over the whole text, except
        // the words that running text reads differently on purpose.
        // Improper written fractions are dates far more often in prose (11/10 is 11 October).
        let allowedToDiffer: Set<String> = ["١١/١٠", "-١٢/١٠"]
        let parser = NumeralParser()
        for example in try NumeralPeerCase.load("numeral.jsonl") + NumeralPeerCase.load("ordinal.jsonl") {
            guard let expected = parser.parse(example.text), !allowedToDiffer.contains(example.text) else { continue }
            let matches = finder.numerals(in: example.text)
            #expect(matches.count == 1, "«\(example.text)»")
            #expect(matches.first?.numeral == expected, "«\(example.text)»")
            #expect(matches.first?.span == 0..<example.text.unicodeScalars.count, "«\(example.text)»")
        }
    }

    static func text(of span: Range<Int>, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span.clamped(to: 0..<scalars.count)]))
    }
}
