import ArabicText
import Extraction
import Foundation

/// Finds where a story's statements contradict each other.
///
/// Two statements conflict when they speak of the same thing (their stems overlap) and:
/// - **number**: they give the same kind of count (the same counted noun) with values that cannot
///   both hold (12 against «أكثر من 40»), or different results of a match (3-1 against 2-1);
/// - **date**: they date the same event to days that do not overlap;
/// - **polarity**: they sit on opposite poles of one predicate (ستبقى against ستغادر), one negates
///   the predicate the other states in much the same words (لم يشارك against شارك), or they set
///   the same two parties against each other the other way round (فاز X على Y against فاز Y على X);
/// - **denial**: one explicitly denies (ننفي، نفى، لا صحة) what the other says.
/// Statements of one article conflict only when different speakers make them. Contradictions inside
/// one statement's article (a weekday that does not match its date) come in as inconsistencies.
struct ConflictDetector {
    /// The least stem overlap (shared stems over the smaller set) for two statements to be about
    /// the same thing.
    var sameFrame = 0.25
    /// The most conflicts a story reports, the strongest first.
    var limit = 12
    /// Stems in more statements than this are too common to pair statements by.
    var commonStemLimit = 64
    /// The fewest significant digits by which a figure must be finer than another for the other to
    /// be its rounding: «52 ألفا و311 متفرجا» rounds to «52 ألف متفرج», but no one rounds a price of
    /// 3050 to 3100 or 20 dead to 22.
    var roundingDigits = 2

    /// The least stem overlap for a negated predicate to contradict the same predicate stated: the
    /// rest of the two statements must be much the same too.
    var negationOverlap = 0.5

    /// The least stem overlap for two short statements that share only two stems to be one frame:
    /// the shorter one must lie in the other but for its predicate («القوات ستبقى في القاعدة حتى
    /// نهاية العام» against «القوات ستغادر القاعدة قبل نهاية العام»).
    var shortFrameOverlap = 0.6

    /// The least stem overlap for two statements in copied passages to be a sentence and its copy.
    var copyOverlap = 0.6

    /// The conflicts between the statements of `articles`, the strongest first; statements that
    /// copies make one voice (see ``CopiedStatements``) are not set against each other.
    func conflicts(in articles: [AnalyzedArticle], sets: StemSets, reuse: [ReuseEdge] = []) -> [Conflict] {
        let copies = CopiedStatements(articles, reuse: reuse)
        var found: [(conflict: Conflict, strength: Double)] = []
        var seen = Set<[Int]>()
        var pairs = Set<String>()
        let units = articles.enumerated().flatMap { article in article.element.claims.indices.map { (article.offset, $0) } }
        var index: [Int32: [Int]] = [:]
        for (position, unit) in units.enumerated() {
            for stem in sets.stems[unit.0][unit.1] { index[stem, default: []].append(position) }
        }
        // Which statement last took each statement as a candidate, so that a candidate found
        // through several stems is compared once.
        var candidateOf = [Int](repeating: -1, count: units.count)
        var candidates: [Int] = []
        for (position, left) in units.enumerated() {
            let a = articles[left.0].claims[left.1]
            let aStems = sets.stems[left.0][left.1]
            candidates.removeAll(keepingCapacity: true)
            for stem in aStems {
                guard let postings = index[stem], postings.count <= commonStemLimit else { continue }
                for other in postings where other > position && candidateOf[other] != position {
                    candidateOf[other] = position
                    candidates.append(other)
                }
            }
            candidates.sort()
            for other in candidates {
                let right = units[other]
                let b = articles[right.0].claims[right.1]
                // An explicit denial is another voice, even in the article (or the copy) that
                // reports what it denies: «قال الوزير إن … لكن مصدرا دبلوماسيا نفى …».
                let denies = a.isDenial != b.isDenial
                let oneVoice = a.speaker == nil || b.speaker == nil || a.speaker == b.speaker
                // In one article, the denial must deny the head of what the other says: «نفت السلطات
                // وجود أي أجنبي بين ضحايا الزلزال» does not dispute the toll of the same article.
                if left.0 == right.0, oneVoice, !denies || !Self.deniesItsHead(a, b) { continue }
                // One speaker in two articles is one voice: his words relayed twice do not clash.
                if let speaker = a.speaker, speaker == b.speaker { continue }
                let shared = StemSets.sharedCount(aStems, sets.stems[right.0][right.1])
                let smaller = max(1, min(aStems.count, sets.stems[right.0][right.1].count))
                let overlap = Double(shared) / Double(smaller)
                // The cheap test first: most pairs do not disagree at all.
                guard let (kind, description, strength) = disagreement(a, b, shared: shared, overlap: overlap)
                else { continue }
                if kind == "number", let (x, y) = conflictingNumbers(a, b),
                   Self.tollRose((x, articles[left.0].published), (y, articles[right.0].published)) {
                    continue
                }
                if answeredElsewhere(
                    kind, a, aStems, in: (articles[left.0].claims, sets.stems[left.0]),
                    b, sets.stems[right.0][right.1], in: (articles[right.0].claims, sets.stems[right.0]), shared: shared) {
                    continue
                }
                if oneVoice, kind != "denial" || !denies {
                    if left.0 == right.0 { continue }
                    if copies.shareAVoice((left.0, left.1), (right.0, right.1), counterparts: overlap >= copyOverlap) { continue }
                }
                let key = [left.0, left.1, right.0, right.1]
                guard seen.insert(key).inserted else { continue }
                let withDates = kind == "date"
                found.append((Conflict(
                    id: "", kind: kind, description: description,
                    sides: [side(of: a, in: articles[left.0], dated: withDates), side(of: b, in: articles[right.0], dated: withDates)]),
                    strength))
            }
        }
        // One conflict of a kind per pair of articles: the strongest; and one per pair of figures
        // («17.5 % against ~25 %» said by two outlets that relay the same figure).
        found.sort { $0.strength > $1.strength }
        var kept: [Conflict] = []
        var figures = Set<String>()
        // One per denial too: a denial set against a statement and against its copy is one dispute.
        var deniedSides = Set<String>()
        for entry in found {
            let sides = entry.conflict.sides.map(\.article)
            guard pairs.insert(entry.conflict.kind + "|" + sides.sorted().joined(separator: "|")).inserted else { continue }
            if entry.conflict.kind == "denial" {
                let keys = entry.conflict.sides.map { "\($0.article)|\($0.start)" }
                guard deniedSides.isDisjoint(with: keys) else { continue }
                deniedSides.formUnion(keys)
            }
            if entry.conflict.kind == "number" {
                let values = entry.conflict.description.split(separator: " against ").map(String.init).sorted().joined(separator: "|")
                guard figures.insert(values).inserted else { continue }
            }
            kept.append(entry.conflict)
            if kept.count == limit { break }
        }
        for article in articles {
            for inconsistency in article.inconsistencies {
                kept.append(Conflict(
                    id: "", kind: "inconsistency", description: inconsistency.description,
                    sides: [
                        ConflictSide(article: article.id, start: inconsistency.first.span.lowerBound, end: inconsistency.first.span.upperBound, text: inconsistency.first.text),
                        ConflictSide(article: article.id, start: inconsistency.second.span.lowerBound, end: inconsistency.second.span.upperBound, text: inconsistency.second.text),
                    ]))
            }
        }
        return kept.enumerated().map { number, conflict in
            var conflict = conflict
            conflict.id = "x\(number + 1)"
            return conflict
        }
    }

    /// The words `denial` denies that `statement` states, where it is a denial and the other a plain
    /// statement and they share at least two of the denied stems and half of them; `nil` otherwise.
    static func deniedThing(_ denial: ClaimUnit, _ statement: ClaimUnit) -> String? {
        guard denial.isDenial, !statement.isDenial, !statement.isNegated, denial.deniedStems.count >= 2 else { return nil }
        let stated = Set(statement.stems)
        let shared = denial.deniedStems.filter(stated.contains)
        // Half the denied words or more, the first (the head: «تسريب» of «نفت تسريب أسئلة الامتحانات»)
        // counting twice: a denied leak is not disputed by a postponement of the same exams.
        let head = denial.deniedStems.first.map(stated.contains) == true ? 1 : 0
        if denial.deniesExistence, head == 0 { return nil }
        guard shared.count >= 2, Double(shared.count + head) >= 0.5 * Double(denial.deniedStems.count + 1) else { return nil }
        // A denied predicate must be told by the other: the closing of a bridge is not disputed by
        // a statement that someone will cross it.
        let denied = denial.deniedFrames
        if let predicate = denied.first, !statement.frames.contains(where: { $0.axis == predicate.axis }) { return nil }
        // A statement that tells of another predicate (a postponement) must name the denied head (a leak).
        if head == 0, statement.frames.contains(where: { frame in !denied.contains { $0.axis == frame.axis } }) { return nil }
        return shared.joined(separator: " ")
    }

    /// A date `statement` gives that `corrector` sets aside («وليس مساء الاثنين»), with the date the
    /// corrector gives instead; `nil` where there is none.
    static func dateSetAside(by corrector: ClaimUnit, in statement: ClaimUnit) -> (String, String)? {
        guard !corrector.correctedDates.isEmpty, !statement.dates.isEmpty else { return nil }
        let setAside = corrector.correctedDates.compactMap(DayRange.init)
        for value in statement.dates {
            // A single day: «منتصف الشهر» holds the day set aside and others.
            guard let day = DayRange(value), day.first == day.last, setAside.contains(where: { $0.overlaps(day) }) else { continue }
            return (value, corrector.dates.first ?? "another day")
        }
        return nil
    }

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

    /// Whether two statements assert the same pole of one axis.
    static func shareAFrame(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        a.frames.contains { frame in !frame.isStage && b.frames.contains(frame) }
    }

    /// The kind and description of the disagreement between two statements, or `nil`.
    ///
    /// Sameness is the overlap coefficient of their stems (shared stems over the smaller set), so a
    /// short statement inside a long one still counts as the same thing.
    func disagreement(_ a: ClaimUnit, _ b: ClaimUnit, shared: Int, overlap: Double) -> (String, String, Double)? {
        // Two named speakers opposing each other, one of them denying, need only share the subject:
        // «ننفي … بقاء القوات» against «ستبقي على 2500 عنصر من قواتها في العراق».
        // A denial that says what it denies («نفى صحة ما تم تداوله بشأن زيادة سعر الغاز») disputes
        // only a statement about that.
        let disputed = a.speaker != nil && b.speaker != nil && a.speaker != b.speaker
            && (Self.disputes(a, b) || Self.disputes(b, a))
        // «نفى صحة الأنباء عن احتراق منازل» against «احترقت سبعة منازل»: what a denial denies is
        // what the other states; the strongest evidence of a dispute there is.
        if let denied = Self.deniedThing(a, b) ?? Self.deniedThing(b, a), !ClaimAligner.placesApart(a, b), !Self.shareAFrame(a, b) {
            return ("denial", "one source denies what the other states (\(denied))", overlap + 1.5)
        }
        // «اندلعت النيران مساء الأحد وليس مساء الاثنين» sets aside the Monday another source gives.
        if shared >= 1, let (setAside, instead) = Self.dateSetAside(by: a, in: b) ?? Self.dateSetAside(by: b, in: a) {
            return ("date", "\(setAside) against \(instead): one source says it was not on the day the other gives", overlap + 0.5)
        }
        let oneFrame = (shared >= 3 && overlap >= sameFrame) || (shared >= 2 && (disputed || overlap >= shortFrameOverlap))
        guard oneFrame, !ClaimAligner.placesApart(a, b) else { return nil }
        // A price or a count rose in one and fell in the other, but of two things.
        if Self.measureDifferentThings(a, b) { return nil }
        for frameA in a.frames {
            for frameB in b.frames
            where frameA.axis == frameB.axis && frameA.pole != frameB.pole && !frameA.isStage && !Self.twoParties(frameA, a, b) {
                // An explicit denial between speakers makes the opposition the point of the statements.
                let strength = overlap + (disputed ? 1 : 0)
                // A denial's predicate was turned to its other pole: say what was denied.
                if a.isDenial != b.isDenial {
                    let stated = a.isDenial ? frameB : frameA
                    return ("denial", "one source denies what the other states (\(stated.pole), \(stated.axis))", strength)
                }
                if a.isNegated != b.isNegated {
                    let stated = a.isNegated ? frameB : frameA
                    return ("polarity", "one source negates what the other states (\(stated.pole), \(stated.axis))", strength)
                }
                return ("polarity", "\(frameA.pole) against \(frameB.pole) (\(frameA.axis))", strength)
            }
        }
        guard shared >= 3, overlap >= sameFrame else { return nil }
        if Self.swapped(a, b) {
            return ("polarity", "the same parties the other way round (who beat or accused whom)", overlap + 0.2)
        }
        // A denial agrees with a statement that negates the same thing: «نفت الوزارة وجود نقص» and
        // «أكدت أنه لا يوجد نقص».
        // So does a denial whose predicate, turned, is the other's: «نفت تعليق رحلاتها» and «رحلاتها
        // مستمرة».
        // A denial that says what it denies was set against the other's words above.
        if a.isDenial != b.isDenial, overlap >= 0.4, !(a.isDenial ? b.isNegated : a.isNegated), !Self.shareAFrame(a, b),
           (a.isDenial ? a : b).deniedStems.count < 2 {
            return ("denial", "one source denies what the other states", overlap)
        }
        // «لم يحضر وزير العدل الجلسة» against «حضر وزير العدل الجلسة»: the same predicate with the
        // same word after it needs less in common elsewhere.
        for (negating, stating) in [(a, b), (b, a)] {
            guard let predicate = negatedPredicate(negating, stating),
                  overlap >= negationOverlap || Self.sameWordAfter(predicate, in: negating, stating) || shared >= 5 && overlap >= 0.4
            else { continue }
            return ("polarity", "one source negates what the other states (\(predicate))", overlap)
        }
        if Self.scoresDiffer(a, b) {
            let results = (a.scores.joined(separator: ", "), b.scores.joined(separator: ", "))
            return ("number", "result \(results.0) against \(results.1)", overlap + 0.2)
        }
        // Counts of different years or weeks are two facts: the heat of July 2025 and of July 2026.
        if let numbers = conflictingNumbers(a, b), overlap >= Self.leastOverlap(for: numbers.0), !ClaimAligner.datedApart(a.dates, b.dates) {
            return ("number", "\(Self.describe(numbers.0)) against \(Self.describe(numbers.1))", overlap + 0.2)
        }
        // The same event dated apart: much in common, or the same predicate (both say they left);
        // but only where both speak of the same stage of it: it began in October, it ends in
        // December, they agreed in July on it are three dates of one withdrawal.
        let samePredicate = a.frames.contains(where: b.frames.contains)
        let sameStage = Set(a.frames.filter(\.isStage)) == Set(b.frames.filter(\.isStage))
        // A toll that rose is dated by its update («ارتفع عدد القتلى إلى 26، وفق ما أعلن … اليوم
        // الاثنين»), not by the event it counts.
        let updates = [a, b].contains { $0.numbers.contains { $0.isRise && $0.outcome != nil } }
        if sameStage, !updates, (overlap >= 0.4 && shared >= 4) || (samePredicate && overlap >= 0.3), let dates = conflictingDates(a, b),
           // «تجمع المتضررين اليوم الخميس، غداة صدور الحكم»: the date is the gathering's, and the
           // event named after غداة or عشية was the day before or comes the day after.
           !a.namesAnEventADayAway, !b.namesAnEventADayAway,
           // Different counts on different days are two readings (the heat of two summers), not
           // one event dated twice.
           conflictingNumbers(a, b) == nil {
            return ("date", "\(dates.0) against \(dates.1)", overlap)
        }
        return nil
    }

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
    /// against «ارتفع سعر لتر البنزين», «لا زيادة في أسعار الغاز» against «زيادة في أسعار الوقود»).
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
            if !b.stems.contains(ours), !a.stems.contains(theirs) {
                let shared = a.stems[i..<(i + step)].joined(separator: " ")
                return (shared + " " + ours, shared + " " + theirs)
            }
        }
        return nil
    }

    /// Whether the two statements set the same two parties against each other the other way round:
    /// «فاز الوداد على الرجاء» and «فاز الرجاء على الوداد».
    static func swapped(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        a.doerAndTarget.count == 2 && a.doerAndTarget == b.doerAndTarget.reversed()
    }

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

    /// A predicate `a` negates («لم يشارك») that `b` states without a negation («شارك»), or `nil`.
    func negatedPredicate(_ a: ClaimUnit, _ b: ClaimUnit) -> String? {
        // The other may negate something else («… والتي لم تفض إلى اتفاق»), not this predicate.
        guard !a.negatedStems.isEmpty, !b.isDenial else { return nil }
        return a.negatedStems.first { negated in
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

    /// Whether a word next to the negated `predicate` of `negating` is next to the same verb stated
    /// in `stating` (its subject or object, before or after it: «لم يستأنف الركاب رحلتهم» and «الركاب
    /// استأنفوا رحلتهم»).
    static func sameWordAfter(_ predicate: String, in negating: ClaimUnit, _ stating: ClaimUnit) -> Bool {
        guard let i = negating.stems.firstIndex(of: predicate) else { return false }
        let core = verbCore(predicate)
        guard let j = stating.stems.firstIndex(where: { verbCore($0) == core }) else { return false }
        func neighbours(_ stems: [String], _ index: Int) -> [String] {
            [index - 1, index + 1].filter(stems.indices.contains).map { stems[$0] }
        }
        let theirs = neighbours(stating.stems, j)
        return neighbours(negating.stems, i).contains(where: theirs.contains)
    }

    /// The stems of the verbal nouns of a derived verb, from its core (see ``verbCore(_:)``), so that
    /// «لن تشارك قطر» negates «أكدت قطر مشاركتها»: فاعل gives مفاعلة (شارك → مشارك), and the
    /// imperfect cores of افتعل، استفعل and انفعل give their nouns with ا before the last letter
    /// (جتمع → اجتماع، ستقبل → استقبال، نسحب → انسحاب).
    static func verbalNouns(ofCore core: String) -> [String] {
        let letters = Array(core.unicodeScalars)
        func word(_ scalars: [Unicode.Scalar]) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        guard let last = letters.last else { return [] }
        if letters.count == 4, letters[1] == "ا" { return [word(["م"] + letters)] }
        let isEighth = letters.count == 4 && letters[1] == "ت"
        let isTenth = letters.count == 5 && letters[0] == "س" && letters[1] == "ت"
        let isSeventh = letters.count == 4 && letters[0] == "ن"
        guard isEighth || isTenth || isSeventh else { return [] }
        return [word(["ا"] + letters.dropLast() + ["ا", last])]
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
        if scalars.count >= 4, let first = scalars.first, "يتنأ".unicodeScalars.contains(first) { scalars.removeFirst() }
        if scalars.count >= 4, scalars.last == "ت" { scalars.removeLast() }
        if scalars.count >= 5, scalars.suffix(2).elementsEqual("وا".unicodeScalars) { scalars.removeLast(2) }
        // «استأنفوا» stems as استانفو: the plural's و goes too.
        if scalars.count >= 5, scalars.last == "و" { scalars.removeLast() }
        // The ا of a derived perfect (استأنف، اجتمع، انسحب) that its imperfect has not (يستأنف).
        if scalars.count >= 5, scalars.first == "ا" { scalars.removeFirst() }
        var core = String.UnicodeScalarView()
        core.append(contentsOf: scalars)
        return String(core)
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
        for x in a.numbers {
            for y in b.numbers where x.countsTheSameAs(y) && !compatible(x, y) {
                let agreed = a.numbers.contains { left in
                    left.countsTheSameAs(x) && b.numbers.contains { $0.countsTheSameAs(y) && left.countsTheSameAs($0) && compatible(left, $0) }
                }
                if !agreed { return (x, y) }
            }
        }
        return nil
    }

    /// Whether two casualty counts from different days are a toll that rose: the later day's count is
    /// higher («أربعة قتلى» on Monday, «خمس وفيات» on Tuesday). Tolls grow as the missing are found
    /// and the injured die; a later, lower count still conflicts.
    static func tollRose(_ x: (number: ClaimNumber, day: CivilDate?), _ y: (number: ClaimNumber, day: CivilDate?)) -> Bool {
        guard let outcome = x.number.outcome, outcome == y.number.outcome, outcome != .detained,
              let first = x.day, let second = y.day, first != second
        else { return false }
        let (earlier, later) = first < second ? (x.number, y.number) : (y.number, x.number)
        return later.value > earlier.value
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
    private func compatible(_ x: ClaimNumber, _ y: ClaimNumber) -> Bool {
        // A toll that rose to a figure updates any lower one: «ارتفع عدد القتلى إلى 26» and «23
        // قتيلا» of the day before.
        if x.isRise != y.isRise, (x.isRise ? y.value < x.value : x.value < y.value) { return true }
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
        if x.isApproximate || y.isApproximate { return abs(x.value - y.value) / larger <= 0.25 }
        return roundsTo(x.value, y.value) || roundsTo(y.value, x.value)
    }

    /// The values a count allows: «أكثر من 400» 400 and up, «لم يتجاوز 30 ألفا» up to 30 000, «نحو
    /// 180 ألفا» within a quarter of it, an exact count itself.
    static func range(of number: ClaimNumber) -> ClosedRange<Double> {
        let value = abs(number.value)
        if number.isLowerBound { return value...Double.greatestFiniteMagnitude }
        if number.isUpperBound { return 0...value }
        if number.isApproximate { return (value * 0.75)...(value * 1.25) }
        return value...value
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

    private func conflictingDates(_ a: ClaimUnit, _ b: ClaimUnit) -> (String, String)? {
        let left = a.dates.compactMap(DayRange.init)
        let right = b.dates.compactMap(DayRange.init)
        guard !left.isEmpty, !right.isEmpty else { return nil }
        for x in left { for y in right where x.overlaps(y) { return nil } }
        // Days most of a year apart are two occurrences (two editions of a forum), not one event
        // dated twice.
        // The closest pair tells the dispute («13 أبريل» against «11 أبريل», not the arrival after).
        var closest: (DayRange, DayRange)?
        for x in left where x.isNarrow {
            for y in right where y.isNarrow && abs(x.first - y.first) <= Self.mostDaysApart {
                if closest.map({ abs(x.first - y.first) < abs($0.0.first - $0.1.first) }) ?? true { closest = (x, y) }
            }
        }
        return closest.map { ($0.0.value, $0.1.value) }
    }

    /// The most days between two dates of one event that sources dispute.
    static let mostDaysApart = 300

    /// A side of a conflict; a date in dispute says where it comes from, down to the publication
    /// date a relative expression («اليوم») counts from.
    private func side(of unit: ClaimUnit, in article: AnalyzedArticle, dated: Bool) -> ConflictSide {
        var text = unit.text
        if dated {
            let sources = zip(unit.dateExpressions, unit.dates).map { expression, value in
                "«\(expression)» = \(value)"
            }
            text += " [" + sources.joined(separator: "؛ ")
            if let evidence = article.publicationEvidence { text += "؛ تاريخ النشر: " + evidence }
            text += "]"
        }
        return ConflictSide(article: article.id, start: unit.span.lowerBound, end: unit.span.upperBound, text: text)
    }

    private static func describe(_ number: ClaimNumber) -> String {
        let value = number.value == number.value.rounded() ? String(Int(number.value)) : String(number.value)
        let marker = number.isLowerBound ? ">" : number.isUpperBound ? "<" : number.isApproximate ? "~" : ""
        return marker + value + (number.unit.map { " " + $0 } ?? "")
            + (number.outcome.map { " (\($0.rawValue))" } ?? "")
    }
}
