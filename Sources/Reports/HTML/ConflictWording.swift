/// A conflict's description in Arabic for the reports a reader opens; the JSON report keeps the
/// English words as the machine-readable form.
///
/// Descriptions are made of figures, dates, the names of predicate poles and axes (`stay against
/// leave (presence)`) and a few fixed phrases; each English word is replaced, everything else stays.
enum ConflictWording {
    /// The description with its English words in Arabic.
    static func arabic(_ description: String) -> String {
        if let phrase = phrases[description] { return phrase }
        if description.hasPrefix(weekdayPrefix) {
            return "اليوم المكتوب بجانب التاريخ لا يوافقه:" + wordByWord(description.dropFirst(weekdayPrefix.count))
        }
        return wordByWord(Substring(description))
    }

    /// The text with each English word of ``words`` in Arabic, parentheses kept.
    private static func wordByWord(_ text: Substring) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).compactMap { word -> String? in
            let bare = word.trimmingParentheses
            guard let arabic = words[bare] else { return String(word) }
            if arabic.isEmpty { return nil }
            return word.hasPrefix("(") ? "(" + arabic + ")" : arabic
        }.joined(separator: " ")
    }

    private static let weekdayPrefix = "the weekday written beside the date does not match it:"

    private static let phrases = ["one source denies what the other states": "مصدر ينفي ما يقوله الآخر"]

    private static let words: [String: String] = [
        "against": "في مقابل",
        "stay": "بقاء", "leave": "مغادرة", "presence": "الوجود",
        "rise": "ارتفاع", "fall": "انخفاض", "change": "التغير",
        "open": "فتح", "close": "إغلاق", "status": "الحال",
        "win": "فوز", "lose": "خسارة", "outcome": "النتيجة",
        "accept": "قبول", "reject": "رفض", "agreement": "الموافقة",
        "alive": "نجاة", "dead": "وفاة", "life": "الحياة",
        "acquit": "براءة", "convict": "إدانة", "verdict": "الحكم",
        "qualify": "تأهل", "eliminate": "إقصاء", "progress": "المنافسة",
        "begin": "بدء", "end": "انتهاء", "phase": "المرحلة",
        "killed": "قتلى", "injured": "مصابون", "missing": "مفقودون", "detained": "محتجزون",
        "is": "هو", "a": "",
        "Monday": "الاثنين", "Tuesday": "الثلاثاء", "Wednesday": "الأربعاء", "Thursday": "الخميس", "Friday": "الجمعة",
        "Saturday": "السبت", "Sunday": "الأحد",
        "monday": "الاثنين", "tuesday": "الثلاثاء", "wednesday": "الأربعاء", "thursday": "الخميس", "friday": "الجمعة",
        "saturday": "السبت", "sunday": "الأحد",
    ]
}

extension Substring {
    /// The word without the parentheses around it.
    fileprivate var trimmingParentheses: String {
        String(drop { $0 == "(" }.reversed().drop { $0 == ")" }.reversed())
    }
}
