/// Generates a deterministic corpus of Arabic news-like text for benchmarks.
///
/// The text is drawn by a seeded SplitMix64 generator from a fixed vocabulary of news words (with
/// proclitics, suffixes, occasional harakat and tatweel), numbers in ASCII, Arabic-Indic and
/// Persian digits with separators, hashtags, handles, URLs, Latin words, Arabic and Latin
/// punctuation, sentences of 6 to 30 words and paragraphs of 1 to 5 sentences. The same seed and
/// size give the same bytes on every machine, so figures compare across runs.
struct CorpusGenerator {
    private var state: UInt64

    init(seed: UInt64 = 2026) {
        state = seed
    }

    /// About `byteCount` bytes of UTF-8 text (whole paragraphs, so slightly more).
    mutating func corpus(byteCount: Int) -> String {
        var text = ""
        text.reserveCapacity(byteCount + 4096)
        while text.utf8.count < byteCount {
            for _ in 0..<(1 + next(5)) {
                appendSentence(to: &text)
                text += " "
            }
            text += "\n"
        }
        return text
    }

    private mutating func appendSentence(to text: inout String) {
        let length = 6 + next(25)
        var inQuote = false
        for index in 0..<length {
            if index > 0 { text += " " }
            switch next(100) {
            case 0..<78: appendWord(to: &text)
            case 78..<84: text += number()
            case 84..<86: text += "#" + pick(Self.words) + "_" + pick(Self.words)
            case 86..<87: text += "@" + pick(Self.latin) + String(next(100))
            case 87..<88: text += "https://www." + pick(Self.latin).lowercased() + ".example/news/" + String(next(99_999))
            case 88..<91: text += pick(Self.latin)
            case 91..<94:
                text += inQuote ? "»" : "«"
                inQuote.toggle()
            default: text += pick(Self.innerPunctuation)
            }
        }
        if inQuote { text += "»" }
        text += pick(Self.finalPunctuation)
    }

    private mutating func appendWord(to text: inout String) {
        if next(4) == 0 { text += pick(Self.proclitics) }
        var word = pick(Self.words)
        if next(8) == 0 { word += pick(Self.suffixes) }
        if next(12) == 0 {
            // Harakat on one letter, or a tatweel, as hurried or careful writers leave them.
            let scalars = Array(word.unicodeScalars)
            let position = next(scalars.count)
            var view = String.UnicodeScalarView()
            for (index, scalar) in scalars.enumerated() {
                view.append(scalar)
                if index == position { view.append(contentsOf: pick(Self.marks).unicodeScalars) }
            }
            word = String(view)
        }
        text += word
    }

    private mutating func number() -> String {
        let value = String(next(3_000_000))
        let digits: [Character]
        switch next(3) {
        case 0: digits = Array("0123456789")
        case 1: digits = Array("٠١٢٣٤٥٦٧٨٩")
        default: digits = Array("۰۱۲۳۴۵۶۷۸۹")
        }
        var result = ""
        for (index, character) in value.enumerated() {
            if index > 0, (value.count - index) % 3 == 0, next(2) == 0 { result += next(2) == 0 ? "," : "٬" }
            result.append(digits[Int(character.asciiValue ?? 48) - 48])
        }
        return result
    }

    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func pick(_ list: [String]) -> String {
        list[next(list.count)]
    }

    static let words: [String] = """
        أعلن قال أكد أوضح أضاف الرئيس الوزير الحكومة البرلمان المجلس القوات الجيش الأمن العراق مصر سوريا لبنان \
        الأردن السعودية المغرب الجزائر تونس ليبيا اليمن قطر الكويت الإمارات عمان البحرين فلسطين السودان \
        الانتخابات الاتفاق المفاوضات الاقتصاد النفط الأسعار التضخم الموازنة الدولار البنك المركزي الشركة \
        المشروع العاصمة المدينة المحافظة الوزارة وزارة الخارجية الداخلية الدفاع الصحة التعليم مستشار المتحدث \
        باسم قيادة العمليات المشتركة التحالف الدولي انسحاب بقاء القتالية المهام التدريب الاستشارة مسؤول \
        مسؤولون مسئول شؤون رئيس رئيسة اجتماع مؤتمر صحفي بيان رسمي مصدر مطلع وكالة الأنباء صحيفة موقع \
        تلفزيون قناة تقرير دراسة الأمم المتحدة الجامعة العربية حلف الناتو الاتحاد الأوروبي الولايات \
        المتحدة واشنطن موسكو باريس لندن بكين طهران أنقرة القاهرة بغداد دمشق بيروت عمّان الرياض الدوحة \
        الماضي الجاري المقبل اليوم أمس غدا الأسبوع الشهر العام يناير فبراير مارس أبريل مايو يونيو يوليو \
        أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي \
        فيفري أفريل ماي جوان جويلية أوت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت في من إلى \
        على عن مع أن إن التي الذي هذا هذه ذلك كان كانت لم لن قد بعد قبل خلال حول نحو أكثر أقل ألف \
        مليون مليار ثلاثة خمسة عشرة عشرين مئة جندي عنصر شحنة دولار طن برميل بالمئة نسبة ارتفاع انخفاض \
        زيارة لقاء محادثات مباحثات تعاون علاقات ثنائية إقليمية دولية أزمة حرب سلام هدنة وقف إطلاق النار
        """.split(separator: " ").map(String.init).filter { !$0.isEmpty }

    static let proclitics = ["و", "ف", "ب", "ل", "وال", "بال", "لل", "فال", "ك"]
    static let suffixes = ["ها", "هم", "ات", "ون", "ين", "ية", "ة", "ه", "نا", "كم"]
    static let marks = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{064B}", "\u{0640}", "\u{0640}\u{0640}"]
    static let latin = ["Reuters", "AFP", "Twitter", "COVID-19", "NATO", "UN", "OPEC", "Biden", "Brent", "GDP"]
    static let innerPunctuation = ["،", "؛", ":", "-", "–", "(", ")", "\"", "..."]
    static let finalPunctuation = [".", ".", ".", "؟", "!", "..", "…"]
}
