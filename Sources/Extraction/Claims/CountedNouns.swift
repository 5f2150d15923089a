import ArabicText

/// The counted nouns of news in their singular and plural forms, so that counts compare however the
/// count made the noun agree: Arabic counts three to ten with the plural («5 منازل») and eleven and
/// more with the singular («12 منزلا»), and many plurals are broken (منزل، منازل). Words for one
/// unit of time count alike (سنة، عام).
enum CountedNouns {
    /// The singular that stands for the counted noun `key` (matching form), without the alef of the
    /// accusative that a count of eleven and more puts on it («12 منزلا»، «15 عاما»).
    static func canonical(_ key: String) -> String {
        if let singular = table[key] { return singular }
        if let singular = singular(ofFeminineDual: key) { return table[singular] ?? singular }
        guard key.scalarCount >= 4, key.endsWithBytes("ا") else { return key }
        let bare = key.droppingLastScalar()
        return table[bare] ?? bare
    }

    /// The singular of a dual of a noun in ة (matching form, ه): «شاحنتين» counts شاحنه as «4
    /// شاحنات» does, where the stem of the dual would keep its ت. Nouns whose own last letter is ت
    /// («بيتين»، «وقتين») keep it. `nil` for other words.
    static func singular(ofFeminineDual key: String) -> String? {
        guard key.scalarCount >= 5, key.endsWithBytes("تين") || key.endsWithBytes("تان") else { return nil }
        let bare = key.droppingLastScalar().droppingLastScalar()
        guard !radicalTs.contains(bare) else { return nil }
        return bare.droppingLastScalar() + "ه"
    }

    /// Singulars whose ت is their own letter, not the ة of the feminine (matching form).
    private static let radicalTs: Set<String> = ["بيت", "وقت", "صوت", "زيت", "سبت", "نبت", "ميت", "تخت", "بنت", "اخت", "كبريت"]

    /// Each line: the singular, then its other forms.
    private static let source = """
        عام سنة سنوات سنين أعوام عاما سنه
        شهر أشهر شهور
        يوم أيام
        أسبوع أسابيع
        ساعة ساعات
        دقيقة دقائق
        منزل منازل
        بيت بيوت
        مبنى مباني مبان
        شخص أشخاص
        فرد أفراد
        طفل أطفال
        رجل رجال
        امرأة نساء
        جندي جنود
        عنصر عناصر
        مقاتل مقاتلين مقاتلون
        مدني مدنيين مدنيون
        مواطن مواطنين مواطنون
        مهاجر مهاجرين مهاجرون
        صاروخ صواريخ
        قذيفة قذائف
        طائرة طائرات
        سفينة سفن
        قارب قوارب
        مدرسة مدارس
        مستشفى مستشفيات
        أسرة أسر
        عائلة عائلات
        دولة دول
        طن أطنان
        متر أمتار
        برميل براميل
        مقعد مقاعد
        صوت أصوات
        ناخب ناخبين ناخبون
        دينار دنانير
        درهم دراهم
        قرش قروش
        فلس فلوس فلسات
        قتيل قتلى
        جريح جرحى
        مريض مرضى
        أسير أسرى
        سجين سجناء
        عامل عمال
        طالب طلاب طلبة
        أستاذ أساتذة
        شقة شقق
        قرية قرى
        مصنع مصانع
        نزيل نزلاء
        زورق زوارق
        مركب مراكب
        رهينة رهائن
        ضحية ضحايا
        جثة جثث
        شهيد شهداء
        راكب ركاب
        سائح سياح
        زائر زوار
        حاج حجاج
        تاجر تجار
        طبيب أطباء
        وزير وزراء
        سفير سفراء
        خبير خبراء
        رئيس رؤساء
        زعيم زعماء
        قائد قادة
        ضابط ضباط
        حارس حراس
        نائب نواب
        عضو أعضاء
        شاب شبان
        أجنبي أجانب
        شاهد شهود
        قاض قضاة
        مدينة مدن
        شارع شوارع
        طريق طرق
        جسر جسور
        سد سدود
        بئر آبار
        حقل حقول
        منجم مناجم
        ميناء موانئ
        مركز مراكز
        مكتب مكاتب
        مسجد مساجد
        كنيسة كنائس
        فندق فنادق
        سجن سجون
        سوق أسواق
        مصرف مصارف
        بنك بنوك
        مخبز مخابز
        خيمة خيام
        منطقة مناطق
        إقليم أقاليم
        بلد بلدان
        جبل جبال
        نهر أنهار
        شجرة أشجار
        محصول محاصيل
        سلعة سلع
        سلاح أسلحة
        قنبلة قنابل
        لغم ألغام
        معركة معارك
        وثيقة وثائق
        قانون قوانين
        جريمة جرائم
        مشروع مشاريع
        حادث حوادث
        صندوق صناديق
        كيس أكياس
        قرض قروض
        تمثال تماثيل
        قبر قبور
        ملعب ملاعب
        هدف أهداف
        """

    /// The claim stem of the singular for the claim stem of one of its other forms (see
    /// ``ClaimExtractor/WordFacts/stem(ofKey:stemmer:)``), or `nil` where `stem` is no such form:
    /// «نزلاء» for «نزيل», so that what a denial denies of «النزلاء» is what a count of «17 نزيلا»
    /// tells. Forms whose stem is under three letters, or is the stem of a singular of the list
    /// («أسر» of «أسرة» and of «أسرى»), map to nothing.
    static func singularStem(of stem: String) -> String? {
        singularStems.value(for: stem)
    }

    private static let singularStems: ByteKeyTable<String> = {
        let stemmer = LightStemmer()
        let stem = { (key: String) in ClaimExtractor.WordFacts.stem(ofKey: key, stemmer: stemmer) }
        let singulars = Set(table.values.compactMap(stem))
        var stems = ByteKeyTable<String>(capacity: table.count)
        for (form, singular) in table.sorted(by: { $0.key < $1.key }) {
            guard let formStem = stem(form), let singularStem = stem(singular), !formStem.sameBytes(singularStem),
                  formStem.unicodeScalars.count >= 3, !singulars.contains(formStem), stems.value(for: formStem) == nil
            else { continue }
            stems.insert(singularStem, for: formStem)
        }
        return stems
    }()

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for line in source.split(separator: "\n") {
            let forms = line.split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) }
            guard let singular = forms.first else { continue }
            for form in forms.dropFirst() { table[form] = singular }
        }
        return table
    }()
}
