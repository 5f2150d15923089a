import ArabicText
import Extraction
import Foundation

/// Counts: which counts of two statements cannot both hold, and how they are described.
extension ConflictDetector {
    /// The overlap that two counts of one particular thing need (see ``countsAParticularThing(_:)``).
    static let particularCountOverlap = 0.15

    /// Whether `number` counts a particular thing: it has a unit that is no person, currency, share
    /// or span of time, and no outcome (the dead and the wounded have rules of their own).
    static func countsAParticularThing(_ number: ClaimNumber) -> Bool {
        guard let unit = number.unit, number.outcome == nil, !number.isRise else { return false }
        let head = String(unit.prefix { $0 != " " })
        return head != "%" && !currencies.contains(head) && !durations.contains(head) && !people.contains(head)
    }

    /// Nouns that count people in general, in the matching form, and their stems.
    private static let people: Set<String> = {
        let stemmer = LightStemmer()
        let names = ["شخص", "أشخاص", "شخصا", "مواطن", "مواطنا", "مواطنين", "فرد", "أفراد", "نسمة", "نسمه", "شخصين"]
            .map { ArabicNormalizer.matching.normalizedString($0) }
        return Set(names + names.map(stemmer.stem))
    }()

    /// The least stem overlap for two counts of `number`'s kind to contradict each other. Sums of
    /// money, shares and lengths of time abound in news and stand for many different things (the revenue
    /// that is not oil and all revenue, a rise of one item and of the whole budget), so statements
    /// must be much the same to set them against each other.
    static func leastOverlap(for number: ClaimNumber) -> Double {
        guard let unit = number.unit, number.outcome == nil else { return 0 }
        let head = unit.prefix { $0 != " " }
        return head == "%" || currencies.contains(String(head)) || durations.contains(String(head)) ? 0.4 : 0
    }

    /// Units of time in the matching form, and their stems: «18 ساعة» of supply a day and «72
    /// ساعة» of fuel left measure different things.
    private static let durations: Set<String> = {
        let stemmer = LightStemmer()
        let names = ["ساعة", "ساعات", "دقيقة", "دقائق", "يوم", "أيام", "يوما", "أسبوع", "أسابيع", "شهر", "أشهر", "شهرا", "سنة", "سنوات", "عام", "أعوام", "عاما"]
            .map { ArabicNormalizer.matching.normalizedString($0) }
        return Set(names + names.map(stemmer.stem))
    }()

    /// Currency names in the matching form, and their stems (see ``ClaimNumber/unit``).
    private static let currencies: Set<String> = {
        let stemmer = LightStemmer()
        let names = ["دولار", "ريال", "دينار", "درهم", "جنيه", "يورو", "ليرة", "روبية", "شيكل", "أوقية", "فرنك", "يوان"]
            .map { ArabicNormalizer.matching.normalizedString($0) }
        return Set(names + names.map(stemmer.stem))
    }()

    /// Whether both statements give the result of a match and no result is the same: «فاز الوداد
    /// 3-1» and «فاز الوداد 2-1».
    static func scoresDiffer(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        !a.scores.isEmpty && !b.scores.isEmpty && Set(a.scores).isDisjoint(with: b.scores)
    }

    /// Two counts of one kind that cannot both hold, one from each statement, or `nil`.
    func conflictingNumbers(_ a: ClaimUnit, _ b: ClaimUnit) -> (ClaimNumber, ClaimNumber)? {
        // «هدمت 412 منشأة منذ مطلع العام» totals a period; «هدمت 17 منشأة فجر الأحد» counts one event.
        guard a.countsSinceADate == b.countsSinceADate else { return nil }
        // The winner's 12 seats and the loser's 3 are counts of two parties: a win and a loss are
        // said of two parties unless the same one is named in both.
        if let win = a.frames.first(where: { $0.axis == "outcome" }), b.frames.contains(where: { $0.axis == "outcome" && $0.pole != win.pole }),
           Self.twoParties(win, a, b) {
            return nil
        }
        if let left = a.outcomeParty, let right = b.outcomeParty, Self.differentParties(left, right) { return nil }
        // «94 بالمئة على المستوى الوطني» and «97 بالمئة في ولاية صفاقس» count different scopes.
        if ClaimAligner.scopesApart(a, b) { return nil }
        // Two counts of one kind disagree unless the statements agree on some count of that kind
        // («ارتفع عدد القتلى من 12 إلى 17» against «17 قتيلا»); agreeing on the dead says nothing
        // of the injured.
        // Agreeing takes the same figure, not a lower one a rise might have updated: «ارتفع عدد
        // الوفيات إلى 17» does not agree with «ارتفعت الحصيلة إلى 14 … بعد انتشال خمس جثث» through the five.
        // «ارتفعت الحصيلة إلى خمسة قتلى بعد وفاة مصابين اثنين»: beside a toll that rose, another count
        // of the same outcome tells the new deaths, a part of the rise, not the toll.
        func isPartOfARise(_ number: ClaimNumber, in unit: ClaimUnit) -> Bool {
            !number.isRise && number.outcome != nil && unit.numbers.contains { $0.isRise && $0.outcome == number.outcome }
        }
        for x in a.numbers where !isPartOfARise(x, in: a) {
            for y in b.numbers where x.countsTheSameAs(y) && !compatible(x, y) && !isPartOfARise(y, in: b) && Self.sameGroup(x, of: a, y, of: b)
                && !Self.farApart(x, y) {
                // A part settles no total: through its «سيارتان», «5 سيارات إسعاف بينها سيارتان» does not
                // agree with the 3 of the other.
                let agreed = a.numbers.contains { left in
                    !left.isPart && left.countsTheSameAs(x)
                        && b.numbers.contains { !$0.isPart && $0.countsTheSameAs(y) && left.countsTheSameAs($0) && compatible(left, $0, allowingRise: false) }
                }
                if !agreed { return (x, y) }
            }
        }
        return nil
    }

    /// The toll of none that `none` gives («لم تسجل أي إصابات») and the toll of one or more of the
    /// same outcome that `some` gives («أصيب عاملان»، «أصيبت معلمة»), or `nil`. A statement that
    /// counts a nationality counts a group, which «none» of others does not dispute.
    static func noneAgainstSome(_ none: ClaimUnit, _ some: ClaimUnit) -> (ClaimNumber, ClaimNumber)? {
        guard none.isNegated, !some.isNegated, let zero = none.numbers.first(where: { $0.value == 0 && $0.outcome != nil }),
              let count = some.numbers.first(where: { $0.outcome == zero.outcome && $0.value >= 1 && $0.group == nil && !$0.isFormer })
        else { return nil }
        return (zero, count)
    }

    /// Whether two counts lie so far apart that they count different things: «بلغ عدد الطلاب 112 ألفا»
    /// and «يقدر عدد طلابهما بنحو 600» are a total and a part. Sources that dispute a count differ
    /// by less than ``farApartRatio`` times.
    static func farApart(_ x: ClaimNumber, _ y: ClaimNumber) -> Bool {
        let (low, high) = (min(abs(x.value), abs(y.value)), max(abs(x.value), abs(y.value)))
        return low > 0 && high / low > farApartRatio
    }

    /// How many times larger one count of a disputed thing may be than the other.
    static let farApartRatio = 50.0

    /// Whether two counts count one group: neither names a nationality, or both the same one, or one
    /// names the nationality of a country the other statement is set in («مقتل 5 جنود سوريين» and
    /// «مقتل 7 جنود» in a Syrian town). «خمسة مواطنين عمانيين» among the passengers is a part of
    /// «58 راكبا», and seven citizens of another country are another part.
    static func sameGroup(_ x: ClaimNumber, of a: ClaimUnit, _ y: ClaimNumber, of b: ClaimUnit) -> Bool {
        switch (x.group, y.group) {
        case (nil, nil): true
        case let (ours?, theirs?): ours == theirs
        case let (ours?, nil): b.countries.contains(ours)
        case let (nil, theirs?): a.countries.contains(theirs)
        }
    }

    /// Whether two casualty counts from different days are a toll that rose: the later day's count is
    /// higher («أربعة قتلى» on Monday, «خمس وفيات» on Tuesday). Tolls grow as the missing are found
    /// and the injured die; a later, lower count still conflicts.
    static func tollRose(_ x: (number: ClaimNumber, day: CivilDate?), _ y: (number: ClaimNumber, day: CivilDate?)) -> Bool {
        guard let outcome = x.number.outcome, outcome == y.number.outcome, outcome != .detained,
              let first = x.day, let second = y.day, first != second
        else { return false }
        let (earlier, later) = first < second ? (x.number, y.number) : (y.number, x.number)
        // «لم تسجل أي إصابات» said outright is no first count: a later victim disputes it.
        return earlier.value > 0 && later.value > earlier.value
    }

    /// Whether a number conflict between `a` and `b` (of the statements `left` and `right`, with
    /// their stems) is answered by closer statements: another statement on either side shares more
    /// stems with the other side's statement and agrees with its figure (see ``agreesCloser``).
    func answeredElsewhere(
        _ kind: String, _ a: ClaimUnit, _ aStems: [Int32], in left: (claims: [ClaimUnit], stems: [[Int32]]),
        _ b: ClaimUnit, _ bStems: [Int32], in right: (claims: [ClaimUnit], stems: [[Int32]]), shared: Int
    ) -> Bool {
        guard kind == "number", let (x, y) = conflictingNumbers(a, b) else { return false }
        return agreesCloser(with: y, of: bStems, than: shared, among: left.claims, left.stems)
            || agreesCloser(with: x, of: aStems, than: shared, among: right.claims, right.stems)
    }

    /// Whether one of `statements` (with their `stems`) shares more stems with the statement of
    /// `stems` than `shared` and gives a figure that agrees with `number`: then that is the statement
    /// the figure answers to. «ارتفع سعر البنزين إلى 3150 …، فيما ارتفع سعر الجازولين إلى 3050» and
    /// «بلغ سعر البنزين 3150» do not dispute the price of petrol through the clause on diesel.
    private func agreesCloser(with number: ClaimNumber, of stems: [Int32], than shared: Int, among statements: [ClaimUnit], _ statementStems: [[Int32]]) -> Bool {
        statements.indices.contains { index in
            StemSets.sharedCount(stems, statementStems[index]) > shared
                && statements[index].numbers.contains { $0.countsTheSameAs(number) && compatible($0, number) }
        }
    }

    /// Whether two counts of the same thing can both hold: equal within the tolerance, an
    /// approximate count («نحو 3 آلاف»، «أكثر من 40») near or under the other, or a lower count and
    /// the figure a rising toll reached.
    func compatible(_ x: ClaimNumber, _ y: ClaimNumber, allowingRise: Bool = true) -> Bool {
        // A toll that rose to a figure updates any lower one: «ارتفع عدد القتلى إلى 26» and «23
        // قتيلا» of the day before.
        if allowingRise, x.isRise != y.isRise, (x.isRise ? y.value < x.value : x.value < y.value) { return true }
        // «ثلاثة من المصابين» are some of the injured, whatever their number.
        if x.isPart || y.isPart { return true }
        // «عشرات الهكتارات» holds any count from twenty up to the next order: it is too vague to
        // contradict «أكثر من 300 هكتار».
        if let vague = [x, y].first(where: \.isVague) {
            let other = vague == x ? y : x
            return other.isVague || other.value >= 2 * vague.value && other.value < 100 * vague.value
        }
        let larger = max(abs(x.value), abs(y.value))
        guard larger > 0 else { return true }
        // A bound holds every count on its side: «أكثر من 400» holds 412, not 388.
        if [x, y].contains(where: { $0.isLowerBound || $0.isUpperBound }) {
            let (left, right) = (Self.range(of: x), Self.range(of: y))
            return left.lowerBound <= right.upperBound * 1.01 && right.lowerBound <= left.upperBound * 1.01
        }
        if x.isApproximate || y.isApproximate {
            let spread = [x, y].filter(\.isApproximate).map { Self.spread(of: $0.value) }.max() ?? 0
            return abs(x.value - y.value) / larger <= spread
        }
        return roundsTo(x.value, y.value) || roundsTo(y.value, x.value)
    }

    /// The values a count allows: «أكثر من 400» 400 and up, «لم يتجاوز 30 ألفا» up to 30 000, «نحو
    /// 3 آلاف» within its spread (see ``spread(of:)``), an exact count itself.
    static func range(of number: ClaimNumber) -> ClosedRange<Double> {
        let value = abs(number.value)
        if number.isLowerBound { return value...Double.greatestFiniteMagnitude }
        if number.isUpperBound { return 0...value }
        if number.isApproximate {
            let spread = Self.spread(of: value)
            return (value * (1 - spread))...(value * (1 + spread))
        }
        return value...value
    }

    /// How far, as a share of it, an approximate figure reaches: as far as its digits say it was
    /// rounded. A figure of one significant digit («نحو 3 آلاف») holds a quarter either way; one of
    /// more («نحو 64 تريليون دينار») was written to a finer step and holds a tenth, so «نحو 49» is
    /// another figure.
    static func spread(of value: Double) -> Double {
        (significantPlaces(value)?.count ?? 1) <= 1 ? 0.25 : 0.1
    }

    /// Whether the exact figure `fine` rounds to `coarse` where it has at least ``roundingDigits``
    /// more significant digits: 52311 to 52000, 1234 to 1200, but not 3050 to 3100.
    func roundsTo(_ fine: Double, _ coarse: Double) -> Bool {
        if fine == coarse { return true }
        guard let fineDigits = Self.significantPlaces(fine), let coarseDigits = Self.significantPlaces(coarse),
              fineDigits.count - coarseDigits.count >= roundingDigits
        else { return false }
        let step = pow(10, Double(coarseDigits.lowest))
        return abs((fine / step).rounded() * step - coarse) < step / 1000
    }

    /// The number of significant digits of `value` and the power of ten of its last one (52000:
    /// 2 and 3; 14.5: 3 and -1); `nil` for zero or a value with more than six decimals.
    static func significantPlaces(_ value: Double) -> (count: Int, lowest: Int)? {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return nil }
        var lowest = -6
        var scaled = (magnitude * 1e6).rounded()
        guard abs(scaled - magnitude * 1e6) < 1e-3 else { return nil }
        while scaled >= 10, scaled.truncatingRemainder(dividingBy: 10) == 0 {
            scaled /= 10
            lowest += 1
        }
        let count = Int(log10(scaled).rounded(.down)) + 1
        return (count, lowest)
    }

    static func describe(_ number: ClaimNumber) -> String {
        // «4.1 مليون» is 4099999.9999999995 in binary: a figure that close to a whole number is it.
        let whole = number.value.rounded()
        let isWhole = abs(number.value - whole) <= 1e-9 * max(1, abs(number.value)) && abs(whole) < 1e15
        let value = isWhole ? String(Int(whole)) : String(number.value)
        let marker = number.isLowerBound ? ">" : number.isUpperBound ? "<" : number.isApproximate ? "~" : ""
        return marker + value + (number.unit.map { " " + $0 } ?? "")
            + (number.outcome.map { " (\($0.rawValue))" } ?? "")
    }

    /// Whether two statements name an entity in common and a date of the same value.
    static func sameEntityAndPeriod(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        !a.dates.isEmpty && !b.dates.isEmpty && a.dates.contains(where: b.dates.contains) && a.entities.contains(where: b.entities.contains)
    }

    /// Two values of one measure (see ``ClaimNumber/measure``), in one unit, that cannot both hold,
    /// where nothing sets the statements apart: place, time, the group they count.
    func valuesOfOneMeasure(_ a: ClaimUnit, _ b: ClaimUnit) -> (ClaimNumber, ClaimNumber)? {
        guard a.numbers.contains(where: { $0.measure != nil }), b.numbers.contains(where: { $0.measure != nil }),
              !ClaimAligner.placesApart(a, b), !ClaimAligner.datedApart(a.dates, b.dates), a.countsSinceADate == b.countsSinceADate
        else { return nil }
        for x in a.numbers where x.measure != nil && !x.isPart {
            for y in b.numbers where y.measure == x.measure && y.unit == x.unit && !y.isPart && x.isChange == y.isChange
                && x.isFormer == y.isFormer && !compatible(x, y) && Self.sameGroup(x, of: a, y, of: b) && !Self.farApart(x, y) {
                return (x, y)
            }
        }
        return nil
    }

    /// The new levels of two changes from the same former level, in one unit, that disagree: «رفعت
    /// الوزارة سعر الدولار الجمركي إلى 2500 جنيه بدلا عن 1850» against «بتعديل سعره من 1850 جنيها إلى
    /// 2300»: a change that starts where the other starts and ends elsewhere is the same change told
    /// two ways, however differently the rest is worded. Nothing may set the statements apart: place,
    /// time, what they measure, the group they count.
    func changesFromTheSameLevel(_ a: ClaimUnit, _ b: ClaimUnit) -> (ours: ClaimNumber, theirs: ClaimNumber, former: ClaimNumber)? {
        guard let former = a.numbers.first(where: { x in x.isFormer && x.unit != nil && b.numbers.contains { $0.isFormer && $0.unit == x.unit && $0.value == x.value } }),
              !ClaimAligner.placesApart(a, b), !ClaimAligner.datedApart(a.dates, b.dates)
        else { return nil }
        let newLevels = { (unit: ClaimUnit) in unit.numbers.filter { $0.unit == former.unit && !$0.isFormer && !$0.isChange && !$0.isPart } }
        let ours = newLevels(a)
        let theirs = newLevels(b)
        guard ours.count == 1, theirs.count == 1, let x = ours.first, let y = theirs.first, !compatible(x, y), Self.sameGroup(x, of: a, y, of: b),
              !Self.measureDifferentThings(a, b)
        else { return nil }
        return (x, y, former)
    }

    /// Two counts of two statements that disagree and count one noun after the same content word
    /// («أجلت 58 راكبا»، «أجلت 85 راكبا كانوا محتجزين»: what one adds of the passengers does not make
    /// them others), where nothing sets the statements apart: place, time, what they measure, the
    /// thing they say it of, the group they count.
    func countsAfterTheSameWord(_ a: ClaimUnit, _ b: ClaimUnit) -> (ClaimNumber, ClaimNumber)? {
        guard a.numbers.contains(where: { $0.stemBefore != nil }), b.numbers.contains(where: { $0.stemBefore != nil }),
              !ClaimAligner.placesApart(a, b), !ClaimAligner.datedApart(a.dates, b.dates), a.countsSinceADate == b.countsSinceADate
        else { return nil }
        for x in a.numbers where x.stemBefore != nil && x.unit != nil && !x.isPart {
            for y in b.numbers where y.stemBefore == x.stemBefore && y.unit == x.unit && !y.isPart
                && x.isChange == y.isChange && x.isFormer == y.isFormer
                && (x.outcome == nil || y.outcome == nil || x.outcome == y.outcome) && !compatible(x, y) && Self.sameGroup(x, of: a, y, of: b)
                && !Self.farApart(x, y) {
                guard !Self.measureDifferentThings(a, b), SubstitutedThing.between(a, b) == nil else { return nil }
                return (x, y)
            }
        }
        return nil
    }
}
