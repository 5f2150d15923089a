import ArabicText

/// Predicates that oppose each other in news claims, by axis and pole, matched on light stems.
///
/// Two claims about the same thing that sit on opposite poles of one axis contradict each other
/// (القوات ستبقى against القوات ستغادر). The list holds the verbs and verbal nouns of the common
/// oppositions of news reporting; it is ours and not tied to any one story.
enum PredicateLexicon {
    /// The frames the stems of a sentence assert.
    static func frames(of stems: [String]) -> [PredicateFrame] {
        var frames: [PredicateFrame] = []
        for stem in stems {
            if let frame = table[stem], !frames.contains(frame) { frames.append(frame) }
        }
        return frames
    }

    // axis pole: words (inflected forms; each is stemmed at first use)
    private static let entries = """
        presence stay: بقاء البقاء يبقى تبقى ستبقى سيبقى بقيت بقي ستظل سيظل تظل يظل ظلت البقاء المتبقية المتبقين باقية باقون تواجد يتواجد سيتواجد ستتواجد تتواجد متواجدة
        presence leave: مغادرة المغادرة يغادر تغادر ستغادر سيغادر غادرت غادر انسحاب الانسحاب ينسحب تنسحب ستنسحب سينسحب انسحبت انسحابها خروج الخروج يخرج تخرج ستخرج رحيل الرحيل سحب سحبت إجلاء
        change rise: ارتفاع ارتفع ارتفعت يرتفع ترتفع زيادة زاد زادت يزيد تزيد صعود صعد صعدت
        change fall: انخفاض انخفض انخفضت ينخفض تنخفض تراجع تراجعت يتراجع هبوط هبط هبطت نقص تقلص تقلصت
        status open: فتح افتتاح استئناف استأنف استؤنفت يفتح تفتح
        status close: إغلاق أغلق أغلقت يغلق تغلق تعليق علق علقت إيقاف أوقف أوقفت توقف
        outcome win: فوز فاز فازت يفوز تفوز انتصار انتصر
        outcome lose: خسارة خسر خسرت يخسر تخسر هزيمة هزم
        agreement accept: قبول قبل قبلت يقبل وافق وافقت موافقة
        agreement reject: رفض رفضت يرفض ترفض
        life alive: نجا نجت نجاة
        life dead: مقتل قتل قتلت مصرع وفاة توفي
        """

    private static let table: [String: PredicateFrame] = {
        var table: [String: PredicateFrame] = [:]
        let stemmer = LightStemmer()
        for line in entries.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let head = parts[0].split(separator: " ")
            guard head.count == 2 else { continue }
            let frame = PredicateFrame(axis: String(head[0]), pole: String(head[1]))
            for word in parts[1].split(separator: " ") {
                table[stemmer.stem(ArabicNormalizer.matching.normalizedString(String(word)))] = frame
            }
        }
        return table
    }()
}
