import Extraction

/// Denials and corrections: what a denial denies, and a day a statement sets aside.
extension ConflictDetector {
    /// The words `denial` denies that `statement` states, where it is a denial and the other a plain
    /// statement and they share at least two of the denied stems and half of them; `nil` otherwise.
    static func deniedThing(_ denial: ClaimUnit, _ statement: ClaimUnit) -> String? {
        deniedThingAndHead(denial, statement)?.thing
    }

    /// ``deniedThing(_:_:)`` and whether the statement tells the denied head itself («تخفيض» of
    /// «نفى … تخفيض عدد الزجاجات» against «تقرر تخفيض عدد الزجاجات»), which makes the dispute stronger
    /// than one over the rest of the words.
    static func deniedThingAndHead(_ denial: ClaimUnit, _ statement: ClaimUnit) -> (thing: String, tellsTheHead: Bool)? {
        guard denial.isDenial, !statement.isDenial, !statement.isNegated, denial.deniedStems.count >= 2 else { return nil }
        // «نفت الشركة امتناعها عن صرف الرواتب»: a denied refusal or negation says the thing was done,
        // as the statement does.
        if denial.deniedStems.contains(where: denial.negatedStems.contains) { return nil }
        // «فرار عدد من النزلاء» denied is what «فر 17 نزيلا» tells.
        let stated = Set(statement.stems.map(ClaimUnit.singular(ofStem:)))
        let shared = denial.deniedStems.filter { stated.contains(ClaimUnit.singular(ofStem: $0)) }
        // Half the denied words or more, the first (the head: «تسريب» of «نفت تسريب أسئلة الامتحانات»)
        // counting twice: a denied leak is not disputed by a postponement of the same exams.
        // The head told by another form of its predicate counts too: «نفت … إنهاء خدمة المدير»
        // against «أنهى المحافظ خدمة المدير».
        // So is a derived verbal noun the other tells by its verb: «نفت … استثناء المشروعات» against
        // «يستثنى من الحظر المشروعات».
        let headAsWritten = denial.deniedStems.first.map { stated.contains(ClaimUnit.singular(ofStem: $0)) } == true
        let headStated = headAsWritten || denial.deniedStems.first.map { toldByAnotherForm($0, in: statement) } == true
        let head = headStated || denial.deniedStems.first.flatMap(ClaimUnit.predicate(ofStem:)).map(statement.frames.contains) == true ? 1 : 0
        if denial.deniesExistence, head == 0 { return nil }
        // A head told by another form is shared as its own form is («تعليق الإضراب» of «علق الإضراب»);
        // told only by its predicate, where the statement names half of what the denial speaks of or
        // more: a denied rise in the price of bread is no rise in the price of flour.
        let headByAnotherForm = head == 1 && !headAsWritten
        if headByAnotherForm, !headStated, !disputes(denial, statement) { return nil }
        let sharedCount = shared.count + (headByAnotherForm ? 1 : 0)
        guard sharedCount >= 2, Double(sharedCount + head) >= 0.5 * Double(denial.deniedStems.count + 1) else { return nil }
        // A denied predicate must be told by the other: the closing of a bridge is not disputed by
        // a statement that someone will cross it.
        let denied = denial.deniedFrames
        if let predicate = denied.first, !statement.frames.contains(where: { $0.axis == predicate.axis }) { return nil }
        // A statement that tells of another predicate (a postponement) must name the denied head (a leak).
        if head == 0, statement.frames.contains(where: { frame in !denied.contains { $0.axis == frame.axis } }) { return nil }
        return (shared.joined(separator: " "), head == 1)
    }

    /// Whether `statement` tells the denied head `head` (a verbal noun) by a verb of it: a derived
    /// perfect whose ا the noun keeps («نفت … إنهاء خدمة المدير» against «أنهى المحافظ خدمته»), the
    /// imperfect of a bare noun («فرض رسوم» against «ستفرض رسوما»), or another derived form of the
    /// same root («توقيف الربان» against «أوقفت الشرطة الربان»، «إجلاء السكان» against «أجلت السلطات»).
    static func toldByAnotherForm(_ head: String, in statement: ClaimUnit) -> Bool {
        let core = verbCore(head)
        if core != head, head.hasPrefix("ا"), statement.stems.contains(where: { verbCore($0) == core }) { return true }
        if head.unicodeScalars.count >= 3, statement.stems.contains(where: { $0 != head && verbCore($0) == head }) { return true }
        let root = derivedRoot(head)
        return root != head && statement.stems.contains { $0 != head && derivedRoot($0) == root }
    }

    /// The root letters of a stem of the two commonest derived patterns of verbs and their nouns,
    /// أفعل with إفعال and فعّل with تفعيل: «إغلاق» and «أغلق» are غلق, «إيقاف»، «أوقف» and «توقيف» are
    /// وقف, «إجلاء» and «أجلى» (stemmed اجل) are جل. Other stems are their own.
    static func derivedRoot(_ stem: String) -> String {
        let letters = Array(stem.unicodeScalars)
        func root(_ scalars: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(scalars)) }
        switch letters.count {
        case 5 where letters[0] == "ا" && letters[3] == "ا":
            // A weak first letter is ي in the noun (إيقاف of وقف); a weak last one is ء (إجلاء).
            let first: Unicode.Scalar = letters[1] == "ي" ? "و" : letters[1]
            return letters[4] == "ء" ? root([first, letters[2]]) : root([first, letters[2], letters[4]])
        case 5 where letters[0] == "ت" && letters[3] == "ي":
            return root([letters[1], letters[2], letters[4]])
        case 4 where letters[0] == "ا":
            return root(Array(letters[1...]))
        case 3 where letters[0] == "ا":
            return root(Array(letters[1...]))
        default:
            return stem
        }
    }

    /// Whether one of two statements of one speaker denies what the other has him say, in three
    /// of its words or more: a speaker who denies a thing and names a narrower one («نفى وجود أي نقص
    /// في أدوية السرطان» after «النقص يشمل 112 دواء») adds to his words, and does not take them back.
    static func deniesWhatHeIsSaidToSay(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        guard a.isDenial != b.isDenial, let thing = deniedThing(a, b) ?? deniedThing(b, a) else { return false }
        return thing.split(separator: " ").count >= 3
    }

    /// A date `statement` gives that `corrector` sets aside («وليس مساء الاثنين»), with the date the
    /// corrector gives instead; `nil` where there is none.
    static func dateSetAside(by corrector: ClaimUnit, in statement: ClaimUnit) -> (String, String)? {
        guard !corrector.correctedDates.isEmpty, !statement.dates.isEmpty else { return nil }
        let setAside = corrector.correctedDates.compactMap(DayRange.init)
        for value in statement.dates {
            // A single day: «منتصف الشهر» holds the day set aside and others. A month or a year set
            // aside as such («وليس من ديسمبر») is the same month or year.
            if corrector.correctedDates.contains(value) { return (value, corrector.dates.first ?? "another day") }
            guard let day = DayRange(value), day.first == day.last, setAside.contains(where: { $0.overlaps(day) }) else { continue }
            return (value, corrector.dates.first ?? "another day")
        }
        return nil
    }

    /// A figure `statement` gives that `corrector` sets aside as wrong («بلغ 31 عاملا وليس 19 كما ذكرت
    /// الإدارة» against «نقل 19 عاملا إلى المستشفى»), with the figure the corrector gives
    /// instead; `nil` where there is none. Both must count one thing (one counted noun, one outcome).
    static func figureSetAside(by corrector: ClaimUnit, in statement: ClaimUnit) -> (instead: ClaimNumber, setAside: ClaimNumber)? {
        for wrong in corrector.numbers where wrong.isSetAside && wrong.unit != nil {
            guard let instead = corrector.numbers.first(where: { !$0.isFormer && $0.unit == wrong.unit && $0.value != wrong.value }) else { continue }
            for given in statement.numbers where !given.isFormer && !given.isPart && given.value == wrong.value
                && given.unit == wrong.unit && (given.outcome == nil || wrong.outcome == nil || given.outcome == wrong.outcome) {
                return (instead, given)
            }
        }
        return nil
    }

    /// The day one statement says something happens on, earlier than the day the other says it will
    /// not happen before: «ستنطلق الحملة يوم الأربعاء» against «لن تنطلق الحملة قبل يوم الاثنين
    /// المقبل», «ستصل الشحنة يوم الاثنين» against «لن تصل قبل نهاية الشهر». Both tell of the same
    /// act (a start, or the predicate the negation turns, in the future or not: «ستصل»، «لن تصل»);
    /// the negated one bounds it from below.
    static func eventBeforeItsEarliest(by bounding: ClaimUnit, in statement: ClaimUnit) -> (String, String)? {
        // Every pair of statements asks: the bound, rare, rules most out first.
        guard boundsTheEvent(bounding), !statement.isNegated else { return nil }
        let turnsTheSamePredicate = bounding.negatedStems.contains { negated in statement.stems.contains { $0 == negated || $0 == "س" + negated } }
        guard bounding.frames.contains(begins) && statement.frames.contains(begins) || turnsTheSamePredicate else { return nil }
        for bound in bounding.boundDates where bound.hasPrefix("<") {
            guard let earliest = DayRange(String(bound.dropFirst())), earliest.isNarrow else { continue }
            for value in statement.dates {
                guard let day = DayRange(value), day.first == day.last, day.last < earliest.first else { continue }
                return (value, String(bound.dropFirst()))
            }
        }
        return nil
    }

    /// Whether a negated statement says when something will happen, not whether: «لن تنطلق الحملة
    /// قبل الاثنين» bounds the start from below and negates no other source's start.
    static func boundsTheEvent(_ unit: ClaimUnit) -> Bool {
        unit.isNegated && unit.boundDates.contains { $0.hasPrefix("<") }
    }

    private static let begins = PredicateFrame(axis: "phase", pole: "begin")

    /// Whether what the denial of `a` and `b` denies is what the other statement says: the denied
    /// predicate where there is one (the other tells of a closing too), else the head of the denied
    /// object, its first word («وجود أي أجنبي بين الضحايا» is about a foreigner, not the toll).
    static func deniesItsHead(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        let (denial, statement) = a.isDenial ? (a, b) : (b, a)
        if let predicate = denial.deniedFrames.first {
            return statement.frames.contains { $0.axis == predicate.axis }
        }
        guard let head = denial.deniedSubjects.first else { return false }
        return statement.stems.contains(head)
    }

    /// Whether `denial` is a denial about what `statement` speaks of: half the things it denies or
    /// more (its denied stems that are no predicate) are in the statement, or it says no such thing.
    static func disputes(_ denial: ClaimUnit, _ statement: ClaimUnit) -> Bool {
        guard denial.isDenial else { return false }
        let subjects = denial.deniedSubjects
        guard subjects.count >= 2 else { return true }
        let stated = Set(statement.stems)
        return 2 * subjects.filter(stated.contains).count >= subjects.count
    }
}
