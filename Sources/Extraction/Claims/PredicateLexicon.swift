import ArabicText

/// Predicates that oppose each other in news claims, by axis and pole, matched on light stems.
///
/// Two claims about the same thing that sit on opposite poles of one axis contradict each other
/// (القوات ستبقى against القوات ستغادر). The list holds the verbs and verbal nouns of the common
/// oppositions of news reporting; it is ours and not tied to any one story.
enum PredicateLexicon {
    /// The frame a stem asserts, if it is one of the opposable predicates.
    static func frame(ofStem stem: String) -> PredicateFrame? {
        table.value(for: stem)
    }

    /// The frame of a word whose stem other words share, read on the word itself (matching form):
    /// «برأت» and «برأ» stem as «البرية» (by land) does.
    static func frame(ofWord key: String) -> PredicateFrame? {
        wordTable.value(for: key)
    }

    private static let wordTable: ByteKeyTable<PredicateFrame> = {
        var table = ByteKeyTable<PredicateFrame>(capacity: 8)
        for word in ["برأت", "برأ", "وبرأت", "وبرأ", "تبرئ", "يبرئ"] {
            table.insert(PredicateFrame(axis: "verdict", pole: "acquit"), for: ArabicNormalizer.matching.normalizedString(word))
        }
        return table
    }()

    /// Whether the poles of `axis` are stages of one event rather than opposite claims: a withdrawal
    /// that began in October and one that ends in December are one withdrawal, and «لم ينته» does not
    /// mean it began.
    static func isSequence(_ axis: String) -> Bool {
        axis == "phase"
    }

    /// Whether a negated predicate of `axis` asserts the other pole: «لم يغادر» says he stayed, but
    /// «نفى اعتقاله» does not say he was released.
    static func negationIsOpposite(_ axis: String) -> Bool {
        axis != "custody"
    }

    /// The frame on the other pole of the same axis (stay for leave, fall for rise).
    static func opposite(of frame: PredicateFrame) -> PredicateFrame {
        PredicateFrame(axis: frame.axis, pole: poles[frame.axis]?.first { $0 != frame.pole } ?? frame.pole)
    }

    /// The two poles of each axis.
    private static let poles: [String: [String]] = {
        var poles: [String: [String]] = [:]
        for frame in Set(frames.map(\.frame)) where !(poles[frame.axis] ?? []).contains(frame.pole) {
            poles[frame.axis, default: []].append(frame.pole)
        }
        return poles
    }()

    // axis pole: words (inflected forms; each is stemmed at first use)
    private static let entries = """
        presence stay: بقاء البقاء يبقى تبقى ستبقى سيبقى بقيت بقي ستظل سيظل إبقاء الإبقاء أبقى يبقي تبقي ستبقي سيبقي بقاؤها بقائها بقاءها بقاءه بقائه باق باقيا
        presence leave: مغادرة المغادرة يغادر تغادر ستغادر سيغادر غادرت غادر غادروا انسحاب الانسحاب انسحب انسحبوا ينسحب تنسحب ستنسحب سينسحب انسحبت انسحابها خروج الخروج يخرج تخرج ستخرج رحيل الرحيل سحب سحبت إجلاء استقال استقالت يستقيل تستقيل سيستقيل استقالة الاستقالة استقالته استقالتها
        change rise: ارتفاع ارتفع ارتفعت يرتفع ترتفع زيادة زاد زادت يزيد تزيد صعود صعد صعدت قفز قفزت يقفز تقفز
        change fall: انخفاض انخفض انخفضت ينخفض تنخفض تراجع تراجعت يتراجع هبوط هبط هبطت تقلص تقلصت
        status open: فتح افتتاح افتتح افتتحت يفتتح تفتتح استئناف استأنف استأنفت استؤنف استؤنفت يستأنف تستأنف ستستأنف سيستأنف يفتح تفتح مفتوح مفتوحا مفتوحة مستمر مستمرة مستمرا متواصل متواصلة استمرار باستمرار استأنفوا فتحوا
        status close: إغلاق أغلق أغلقت يغلق تغلق تعليق علق علقت معلق معلقة معلقا إيقاف أوقف أوقفت توقف توقفت يتوقف تتوقف متوقف متوقفة متوقفا مغلق مغلقا مغلقة مغلقين مقطوع مقطوعة مقطوعا علقوا أوقفوا أغلقوا
        occurrence held: أقيم أقيمت يقام تقام ستقام سيقام انعقد انعقدت ينعقد تنعقد انعقاد
        occurrence cancelled: إلغاء ألغي ألغيت ألغى ألغت يلغي تلغي ستلغي تأجيل أجلت تأجل تأجلت يؤجل تؤجل أرجأ أرجأت يرجئ ترجئ
        permission allowed: سمح سمحت يسمح تسمح السماح بالسماح
        permission banned: منع منعت يمنع تمنع المنع بمنع حظر حظرت يحظر تحظر الحظر بحظر
        custody detained: احتجاز احتجز احتجزت يحتجز تحتجز محتجز محتجزا اعتقال اعتقل اعتقلت يعتقل تعتقل معتقل معتقلا توقيف موقوف موقوفا القبض بالقبض
        custody released: إفراج الإفراج أفرج أفرجت يفرج تفرج سراح سراحه سراحها
        outcome win: فوز فاز فازت يفوز تفوز انتصار انتصر توج توجت تتوج يتوج تتويج تغلب تغلبت يتغلب
        outcome lose: خسارة خسر خسرت يخسر تخسر هزيمة هزم
        agreement accept: قبول قبلت يقبل وافق وافقت موافقة صادق صادقت يصادق تصادق مصادقة المصادقة بالمصادقة أقر أقرت يقر تقر إقرار منح منحت يمنح تمنح رحب رحبت يرحب ترحب ترحيب الترحيب بالترحيب أيد أيدت يؤيد تؤيد تأييد
        agreement reject: رفض رفضت يرفض ترفض رفضوا
        life alive: نجا نجت نجاة
        verdict acquit: براءة ببراءة البراءة تبرئة بتبرئة
        verdict convict: إدانة أدانت أدان بإدانة بسجن سجن السجن حبس بحبس الحبس بالسجن بالحبس بالإعدام الإعدام إعدام المؤبد
        balance surplus: فائض فائضا الفائض بفائض فائضه
        balance deficit: عجز عجزا العجز بعجز عجزه
        progress qualify: تأهل تأهلت يتأهل
        progress eliminate: إقصاء أقصي أقصيت
        life dead: مقتل قتل قتلت مصرع وفاة توفي
        recovery found: عثر عثرت عثروا يعثر العثور استعاد استعادت استعادوا استعادة استرجع استرجعت استرجاع
        recovery missing: مفقود مفقودا مفقودة مفقودين مفقودون
        phase begin: بدء البدء بدأ بدأت يبدأ تبدأ ستبدأ سيبدأ باشر باشرت يباشر تباشر انطلاق انطلق انطلقت ينطلق تنطلق سينطلق ستنطلق انطلاقة شرع شرعت يشرع تشرع حيز
        phase end: اكتمال اكتمل اكتملت يكتمل تكتمل سيكتمل ستكتمل استكمال إتمام أتم أتمت أكمل أكملت يكمل تكمل انتهاء انتهى انتهت ينتهي تنتهي ستنتهي ينته تنته إنهاء أنهى أنهت
        """

    /// Every word's stem and frame, in list order.
    private static let frames: [(stem: String, frame: PredicateFrame)] = {
        var frames: [(stem: String, frame: PredicateFrame)] = []
        let stemmer = LightStemmer()
        for line in entries.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let head = parts[0].split(separator: " ")
            guard head.count == 2 else { continue }
            let frame = PredicateFrame(axis: String(head[0]), pole: String(head[1]))
            for word in parts[1].split(separator: " ") {
                guard let stem = ClaimExtractor.WordFacts.stem(ofKey: ArabicNormalizer.matching.normalizedString(String(word)), stemmer: stemmer)
                else { continue }
                frames.append((stem, frame))
            }
        }
        return frames
    }()

    /// The stem of the perfect an imperfect listed here shares its line with: «يعتقل»، «تعتقل» state
    /// what «اعتقل» does, «يتوقف» what «توقف» does, so that statements in either tense share the
    /// verb. `nil` for any other stem.
    static func perfectStem(ofStem stem: String) -> String? {
        perfects.value(for: stem)
    }

    /// For each imperfect of a line, the stem of the perfect of the same line it is: its prefix
    /// (ي، ت، ن) dropped, as the imperfects of «غادر، توقف» are, or turned into the alef of a derived
    /// perfect («يعتقل» of «اعتقل»، «يستأنف» of «استأنف»، «يغلق» of «أغلق»).
    private static let perfects: ByteKeyTable<String> = {
        var table = ByteKeyTable<String>(capacity: 64)
        let stemmer = LightStemmer()
        func stem(_ key: String) -> String? { ClaimExtractor.WordFacts.stem(ofKey: key, stemmer: stemmer) }
        for line in entries.split(separator: "\n") {
            guard let words = line.split(separator: ":", maxSplits: 1).last?.split(separator: " ") else { continue }
            let keys = words.map { ArabicNormalizer.matching.normalizedString(String($0)) }
            let listed = Set(keys.compactMap(stem))
            for key in keys {
                guard let first = key.unicodeScalars.first, "يتن".unicodeScalars.contains(first), key.unicodeScalars.count >= 4,
                      let own = stem(key)
                else { continue }
                let rest = key.droppingScalars(1)
                guard let perfect = [rest, "ا" + rest].lazy.compactMap(stem).first(where: { $0 != own && listed.contains($0) })
                else { continue }
                table.insert(perfect, for: own)
            }
        }
        return table
    }()

    /// The frames by stem; a stem listed twice keeps its last frame.
    private static let table: ByteKeyTable<PredicateFrame> = {
        var table = ByteKeyTable<PredicateFrame>(capacity: frames.count)
        for (stem, frame) in frames { table.insert(frame, for: stem) }
        return table
    }()
}
