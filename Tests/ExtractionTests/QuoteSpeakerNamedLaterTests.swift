import Testing
@testable import Extraction

/// Speakers named by their title first and by name in the sentences after, on texts we wrote.
@Suite struct QuoteSpeakerNamedLaterTests {
    /// The quotations before the name are the named person's, whether the title named no one or
    /// only the body it heads, and whether the name comes with the title shortened or with
    /// «المسؤول».
    @Test(arguments: [
        ("وقال المدير الإقليمي للتجهيز بولاية صفاقس إن «الجسر سيغلق أسبوعين»، مضيفا أن الأشغال تبدأ الأحد. "
            + "وأوضح المدير الإقليمي، المهندس رضا بن سالم، أن كلفة الصيانة تتجاوز مليون دينار.", "رضا بن سالم", 3),
        ("وقال مدير عام دائرة صحة البصرة إن «المستشفى استقبل 40 مصابا». وأضاف المدير العام، الدكتور حسن عبد الزهرة الموسوي، "
            + "أن حالة ثلاثة منهم حرجة.", "حسن عبد الزهرة الموسوي", 2),
        ("وقالت مديرة مدرسة البنات في الحي إن «الدروس ستستأنف غدا». وأوضحت المسؤولة، سميرة العبيدي، أن الصفوف نظفت.", "سميرة العبيدي", 2),
    ])
    func aTitleNamedLaterIsThePerson(_ text: String, _ person: String, _ quotes: Int) {
        #expect(QuoteSpeakerTests.speakers(of: text) == Array(repeating: person, count: quotes))
    }

    /// A title followed by «وأضاف» and a person named there for the first time: the writer names
    /// the one the title stood for. Not an unnamed source, who stays unnamed.
    @Test func aContinuingVerbNamesTheTitle() {
        let named = "وقال رئيس قسم الطوارئ في المستشفى إن «الحالات مستقرة». وأضاف الطبيب كمال حداد، الذي يعمل في القسم منذ سنوات، أن الأسرة كافية."
        #expect(QuoteSpeakerTests.speakers(of: named) == ["كمال حداد", "كمال حداد"])
        let source = "وقال مصدر في الدفاع المدني إن البحث بدأ مساء. وأوضح المتطوع سامي الأحمد أن الفريق قضى الليلة في الجبل."
        #expect(QuoteSpeakerTests.speakers(of: source).first != "سامي الأحمد")
    }

    /// Once named, the title speaks for the same person again; «المتحدث» with no office after it is
    /// the last person who spoke.
    @Test func aTitleNamedOnceAndTheSpeakerReferBackToThePerson() {
        let text = "وأفاد مدير مكتب التشغيل بالإقليم أن عدد الملفات المودعة بلغ 900 ملف. وأضاف المهندس يوسف العلوي أن المكتب سيفتح فرعا جديدا. "
            + "وأشار المتحدث إلى أن المقابلات تبدأ الاثنين. وسيستقبل المكتب الطلبات حتى نهاية الشهر، حسب مدير مكتب التشغيل."
        #expect(QuoteSpeakerTests.speakers(of: text) == Array(repeating: "يوسف العلوي", count: 4))
        // «المتحدث باسم …» is an office, not the one who spoke before.
        let office = "وقال المهندس يوسف العلوي إن الأشغال انتهت. وقال المتحدث باسم البلدية إن الشوارع نظفت."
        #expect(QuoteSpeakerTests.speakers(of: office).last != "يوسف العلوي")
    }

    /// After «نقلت … عن», an office in construct with the person named in apposition is that
    /// person; a bare «مسؤول في …» stays an unnamed source.
    @Test func anOfficeAfterAnWithItsHolderInAppositionIsTheHolder() {
        let named = "ونقلت الوكالة عن مسؤول الطوارئ في الهلال الأحمر بمحافظة إربد، معاذ سليم الخطيب، أن الحالات مستقرة."
        #expect(QuoteSpeakerTests.speakers(of: named) == ["معاذ سليم الخطيب"])
        let unnamed = "ونقلت الوكالة عن مسؤول في الهلال الأحمر، بعد لقائه معاذ سليم الخطيب، أن الحالات مستقرة."
        #expect(QuoteSpeakerTests.speakers(of: unnamed).first != "معاذ سليم الخطيب")
    }

    /// Not a person named later with another title, of another gender, or too far on.
    @Test func aTitleIsNotAnotherPersonNamedLater() {
        let other = "وقال وزير الزراعة إن «الموسم جيد». وأكد رئيس اتحاد الفلاحين، محمود الخطيب، أن الأسعار متدنية."
        #expect(QuoteSpeakerTests.speakers(of: other) == ["وزير الزراعة", "محمود الخطيب"])
        let gender = "وقال مدير المستشفى إن «الأسرة ممتلئة». وأوضحت المديرة، سلمى الحسن، أن الطاقم مرهق."
        #expect(QuoteSpeakerTests.speakers(of: gender).first == "مدير المستشفى")
        let far = "وقال مدير الميناء إن «الحركة عادية». وتوقفت الرافعات ساعة. وعاد العمال إلى أماكنهم. وازدحم الرصيف بالشاحنات. "
            + "وأوضح المدير، خالد الراشد، أن السفن تنتظر."
        #expect(QuoteSpeakerTests.speakers(of: far).first == "مدير الميناء")
    }

    /// A title that names another body than the one a person heads is another office, though its
    /// first word is theirs; the same title with its body shortened is still the person.
    @Test func aTitleOverAnotherBodyIsAnotherOffice() {
        let other = "قال مدير شركة الكهرباء في المحافظة ناصر الدوري إن التيار سيعود مساء. "
            + "من جهته، قال مدير مديرية التربية إن الامتحانات لن تتأجل."
        #expect(QuoteSpeakerTests.speakers(of: other) == ["ناصر الدوري", "مدير مديرية التربية"])
        let hospital = "وأكد مدير مستشفى الرمادي العام الدكتور وليد الفهداوي أن الجرحى بحالة مستقرة. وقال مدير الدفاع المدني إن الحريق أخمد."
        #expect(QuoteSpeakerTests.speakers(of: hospital).last != "وليد الفهداوي")
        let same = "قال رئيس هيئة المنافذ الحدودية عمر الوائلي إن المنفذ فتح. وأكد رئيس الهيئة أن الشاحنات عبرت."
        #expect(QuoteSpeakerTests.speakers(of: same) == ["عمر الوائلي", "عمر الوائلي"])
    }
}
