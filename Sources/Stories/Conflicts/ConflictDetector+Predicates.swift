import Extraction

/// Predicates: negated verbs against stated ones, wins and losses of parties, and measures of
/// different things.
extension ConflictDetector {
    /// Whether a win and a loss may be said of two parties: «توج الثمامة باللقب» and «خسر سمائل
    /// النهائي» tell one result. A match story tells the winner's win and the loser's loss, so only a
    /// win and a loss said of the same party contradict each other.
    static func twoParties(_ frame: PredicateFrame, _ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        guard frame.axis == "outcome" else { return false }
        guard let left = a.outcomeParty, let right = b.outcomeParty else { return true }
        return differentParties(left, right)
    }

    /// Whether two parties' entity keys name different parties; a name that ran on into the next
    /// word («جامعة السلطان قابوس المنافسة») is still the party.
    static func differentParties(_ left: String, _ right: String) -> Bool {
        left != right && !left.hasPrefix(right + " ") && !right.hasPrefix(left + " ")
    }

    /// Whether the two statements measure different things with the same head: a price, a number or
    /// a rate they share is followed in each by a word the other lacks («تراجع سعر صرف الجنيه»
    /// against «ارتفع سعر لتر البنزين», «لا زيادة في أسعار الغاز» against «زيادة في أسعار الوقود»);
    /// or by different heads, none in common: a rate and a ratio («سعر الفائدة» against «نسبة
    /// الاحتياطي»), exports and imports.
    static func measureDifferentThings(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        differentMeasures(a, b) != nil
    }

    /// The stems of the measure and of the two things it measures where ``measureDifferentThings(_:_:)``
    /// holds: «اسعار محروق» and «اسعار ذهب».
    static func differentMeasures(_ a: ClaimUnit, _ b: ClaimUnit) -> (String, String)? {
        // Most statements measure nothing: no string is compared for them.
        guard !a.measureAt.isEmpty, !b.measureAt.isEmpty else { return nil }
        for i in a.measureAt {
            let head = a.stems[i]
            guard let j = b.measureAt.first(where: { b.stems[$0] == head }) else { continue }
            // Past a unit both give after the head («سعر الكيلوغرام من لحم الغنم» against «سعر
            // الكيلوغرام من الدجاج»), to the first word they do not share.
            var step = 1
            if i + 1 < a.stems.count, j + 1 < b.stems.count, a.stems[i + 1] == b.stems[j + 1], ClaimUnit.isMeasureUnit(a.stems[i + 1]) {
                step = 2
            }
            guard i + step < a.stems.count, j + step < b.stems.count, a.stems[i + step] != b.stems[j + step] else { continue }
            let (ours, theirs) = (a.stems[i + step], b.stems[j + step])
            // «السعر النهائي لكيس الخبز» measures what «سعر كيس الخبز» does: the thing after an
            // adjective, with ل (read as the bare stem, see ``GluedPrepositions``).
            if !b.stems.contains(ours), !a.stems.contains(theirs) {
                let shared = a.stems[i..<(i + step)].joined(separator: " ")
                return (shared + " " + ours, shared + " " + theirs)
            }
        }
        let ours = Set(a.measureAt.map { Self.singularMeasure(a.stems[$0]) })
        let theirs = Set(b.measureAt.map { Self.singularMeasure(b.stems[$0]) })
        // «بلغ عدد العمال الذين نقلوا إلى المستشفى 22» counts what «نقل 19 عاملا إلى المستشفى» does,
        // whatever other head the other names («وحدات الإنتاج»): a count of one counted noun is no
        // measure of its own.
        if ours == [Self.countHead] || theirs == [Self.countHead],
           a.numbers.contains(where: { x in !x.isChange && x.unit != nil && x.unit != "%" && b.numbers.contains { !$0.isChange && $0.unit == x.unit } }) {
            return nil
        }
        guard ours.isDisjoint(with: theirs), let left = a.measureAt.first, let right = b.measureAt.first else { return nil }
        return (a.stems[left], b.stems[right])
    }

    /// The stem of a measure head in the singular and in one spelling: أسعار is سعر, أعداد is عدد,
    /// كميات is كمية, and كلفة (as the verb «كلّف» reads) is تكلفة.
    private static func singularMeasure(_ stem: String) -> String {
        measureForms[stem] ?? stem
    }

    /// The stem of «عدد», the head of a count.
    private static let countHead = ClaimUnit.contentStems(of: "عدد").first ?? "عدد"

    /// Measure heads in the plural or another spelling, by the stem of the form they stand for.
    private static let measureForms: [String: String] = {
        var table: [String: String] = [:]
        for (plural, singular) in [("أسعار", "سعر"), ("أعداد", "عدد"), ("كميات", "كمية"), ("كلفة", "تكلفة")] {
            guard let pluralStem = ClaimUnit.contentStems(of: plural).first, let singularStem = ClaimUnit.contentStems(of: singular).first
            else { continue }
            table[pluralStem] = singularStem
        }
        return table
    }()

    /// Whether the two statements set the same two parties against each other the other way round:
    /// «فاز الوداد على الرجاء» and «فاز الرجاء على الوداد».
    static func swapped(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        a.doerAndTarget.count == 2 && a.doerAndTarget == b.doerAndTarget.reversed()
    }

    /// A predicate `a` negates («لم يشارك») that `b` states without a negation («شارك»), or `nil`.
    func negatedPredicate(_ a: ClaimUnit, _ b: ClaimUnit) -> String? {
        // The other may negate something else («… والتي لم تفض إلى اتفاق»), not this predicate.
        guard !a.negatedStems.isEmpty, !b.isDenial else { return nil }
        return a.negatedStems.first { negated in
            // «نفت الشركة امتناعها عن صرف الرواتب»: a negation a denial denies says the thing was done.
            if a.isDenial, a.deniedStems.contains(negated) { return false }
            let core = Self.verbCore(negated)
            let cores = [core] + Self.assimilatedPerfects(negated)
            if Self.verbalNouns(ofCore: core).contains(where: b.stems.contains) { return true }
            // The stems' cores are made only for stems that end as a core may (most do not).
            let endings = Set(cores.compactMap(\.unicodeScalars.last))
            return b.stems.contains { stem in
                guard let last = stem.unicodeScalars.last, endings.contains(last) || "توا".unicodeScalars.contains(last),
                      !b.negatedStems.contains(stem)
                else { return false }
                // A three-letter stem may be a verb whose first و the light stemmer took for the
                // conjunction («وقّعت» → قعت): its core is read with the و back too.
                return cores.contains(Self.verbCore(stem))
                    || stem.unicodeScalars.count == 3 && cores.contains(Self.verbCore("و" + stem))
            }
        }
    }

    /// The frame of a predicate `negating` negates («لم يتم توقيفه») that `stating` states in its own
    /// words («أوقفت الشرطة السائق»), with, where `besideTheSameWord`, a word beside it in both
    /// (see ``sameNeighbour(_:in:_:)``); `nil` where there is none. A denial is read elsewhere.
    static func negatedFrame(of negating: ClaimUnit, statedBy stating: ClaimUnit, besideTheSameWord: Bool = false) -> PredicateFrame? {
        guard !negating.isDenial, !stating.isNegated else { return nil }
        for stem in negating.negatedStems {
            guard let frame = ClaimUnit.predicate(ofStem: stem), !frame.isStage, stating.frames.contains(frame) else { continue }
            if !besideTheSameWord || sameNeighbour(stem, in: negating, stating) { return frame }
        }
        return nil
    }

    /// The poles of one named person said to leave and to stay: «أعلن فلان استقالته من منصبه» against
    /// «أكد البيان أن فلان باق في منصبه». The person may be all the two statements share, as the
    /// subject of both.
    static func onePersonStaysAndLeaves(_ a: ClaimUnit, _ b: ClaimUnit) -> (String, String)? {
        guard !a.isDenial, !b.isDenial, let ours = a.frames.first(where: { $0.axis == "presence" }),
              let theirs = b.frames.first(where: { $0.axis == "presence" }), ours.pole != theirs.pole,
              a.entities.contains(where: { ClaimUnit.namesAPerson($0) && b.entities.contains($0) })
        else { return nil }
        return (ours.pole, theirs.pole)
    }

    /// Whether the words of scope of both statements include or exclude a thing of the same stem
    /// (see ``ClaimUnit/scopeThings``).
    static func scopeOfOneThing(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        a.scopeThings.contains(where: b.scopeThings.contains)
    }

    /// Whether a word next to the negated `predicate` of `negating` is next to the same verb stated
    /// in `stating` (its subject or object, before or after it: «لم يستأنف الركاب رحلتهم» and «الركاب
    /// استأنفوا رحلتهم»).
    static func sameNeighbour(_ predicate: String, in negating: ClaimUnit, _ stating: ClaimUnit) -> Bool {
        guard let i = negating.stems.firstIndex(of: predicate) else { return false }
        let core = verbCore(predicate)
        // The predicate stated by its verbal noun too: «لن تستورد الأعلاف» against «استيراد الأعلاف».
        let nouns = verbalNouns(ofCore: core)
        guard let j = stating.stems.firstIndex(where: { verbCore($0) == core || nouns.contains($0) }) else { return false }
        func neighbours(_ stems: [String], _ index: Int) -> [String] {
            [index - 1, index + 1].filter(stems.indices.contains).map { stems[$0] }
        }
        let theirs = neighbours(stating.stems, j)
        return neighbours(negating.stems, i).contains(where: theirs.contains)
    }

    /// The stems of the verbal nouns of a verb, from its core (see ``verbCore(_:)``), so that «لن
    /// تشارك قطر» negates «أكدت قطر مشاركتها»: a sound verb of three letters gives فعول (دخل → دخول،
    /// وصل → وصول), فاعل gives مفاعلة (شارك → مشارك), and the
    /// imperfect cores of افتعل، استفعل and انفعل give their nouns with ا before the last letter
    /// (جتمع → اجتماع، ستقبل → استقبال، نسحب → انسحاب; ستورد → استيراد).
    static func verbalNouns(ofCore core: String) -> [String] {
        let letters = Array(core.unicodeScalars)
        func word(_ scalars: [Unicode.Scalar]) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        guard let last = letters.last else { return [] }
        if letters.count == 4, letters[1] == "ا" { return [word(["م"] + letters)] }
        // Verbs of going, coming and being present take فعول («لم تدخل الخدمة» negates «دخول الوحدة
        // الخدمة»); a verb whose noun has another form finds no stem of this one.
        if letters.count == 3, !"اوي".unicodeScalars.contains(letters[1]), !"اوي".unicodeScalars.contains(last) {
            return [word([letters[0], letters[1], "و", last])]
        }
        let isEighth = letters.count == 4 && letters[1] == "ت"
        let isTenth = letters.count == 5 && letters[0] == "س" && letters[1] == "ت"
        let isSeventh = letters.count == 4 && letters[0] == "ن"
        guard isEighth || isTenth || isSeventh else { return [] }
        // استفعل of a root whose first letter is و turns it to ي in the noun: «يستورد» gives استيراد,
        // «يستوعب» استيعاب.
        let noun = word(["ا"] + letters.dropLast() + ["ا", last])
        if isTenth, letters[2] == "و" { return [word(["ا", "س", "ت", "ي", letters[3], "ا", last]), noun] }
        return [noun]
    }

    /// The stems the perfect of an imperfect that lost the و of its root takes (يصل → وصل، يقع →
    /// وقع، تعد → وعد), with its و and without it (the light stemmer reads a first و as the
    /// conjunction): «لم يصل الوفد» negates «وصل الوفد».
    static func assimilatedPerfects(_ stem: String) -> [String] {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count == 3, "يتنأ".unicodeScalars.contains(scalars[0]) else { return [] }
        var bare = String.UnicodeScalarView()
        bare.append(contentsOf: scalars.dropFirst())
        return ["و" + String(bare), String(bare)]
    }

    /// A stem without the letters of person and tense of a verb (يشارك، تشارك، شاركت → شارك), so
    /// that the negated imperfect and the stated perfect meet.
    static func verbCore(_ stem: String) -> String {
        var scalars = Array(stem.unicodeScalars)
        // «سيشارك»، «ستبدأ»: the future's س before the imperfect (not «سيطرت»، «سيطرة», which end as
        // a perfect or a noun).
        if scalars.count >= 5, scalars.first == "س", let second = scalars.dropFirst().first, "يتنأ".unicodeScalars.contains(second),
           let last = scalars.last, last != "ت", last != "ه" {
            scalars.removeFirst()
        }
        if scalars.count >= 4, let first = scalars.first, "يتنأ".unicodeScalars.contains(first) { scalars.removeFirst() }
        if scalars.count >= 4, scalars.last == "ت" { scalars.removeLast() }
        if scalars.count >= 5, scalars.suffix(2).elementsEqual("وا".unicodeScalars) { scalars.removeLast(2) }
        // «استأنفوا» stems as استانفو: the plural's و goes too.
        if scalars.count >= 5, scalars.last == "و" { scalars.removeLast() }
        // افتعل of a root whose first letter is و or ت keeps its doubled ت (اتفق، اتصل، اتهم): the
        // perfect and its noun (اتفاق، اتصال، اتهام) meet the imperfect (يتفق) without the ا.
        if (4...5).contains(scalars.count), scalars.starts(with: "ات".unicodeScalars) {
            scalars.removeFirst()
            if scalars.count == 4, scalars[2] == "ا" { scalars.remove(at: 2) }
            return String(String.UnicodeScalarView(scalars))
        }
        // The ا of a derived perfect (استأنف، اجتمع، انسحب) that its imperfect has not (يستأنف).
        if scalars.count >= 5, scalars.first == "ا" {
            scalars.removeFirst()
            // The verbal noun of one whose root ends in a weak letter ends in اء where the verb has
            // none (استثناء of «يستثنى»، انتهاء of «ينتهي»).
            if scalars.count >= 5, scalars.suffix(2).elementsEqual("اء".unicodeScalars) { scalars.removeLast(2) }
            // The verbal noun of such a verb (اعتقال، انسحاب) has an ا before its last letter that
            // the verb has not: «لم يتم اعتقاله» denies «اعتقلت».
            if scalars.count >= 5, scalars[scalars.count - 2] == "ا", let last = scalars.last, last != "ت", last != "ه" {
                scalars.remove(at: scalars.count - 2)
            }
        }
        var core = String.UnicodeScalarView()
        core.append(contentsOf: scalars)
        return String(core)
    }
}
