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
    /// What a dispute between two articles adds to its strength over one inside an article.
    static let otherOutletWeight = 2.0

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
            for stem in sets.singulars[unit.0][unit.1] { index[stem, default: []].append(position) }
            for key in Self.tollKeys(of: articles[unit.0].claims[unit.1]).filed { index[key, default: []].append(position) }
        }
        // Which statement last took each statement as a candidate, so that a candidate found
        // through several stems is compared once.
        var candidateOf = [Int](repeating: -1, count: units.count)
        var candidates: [Int] = []
        for (position, left) in units.enumerated() {
            let a = articles[left.0].claims[left.1]
            let aStems = sets.stems[left.0][left.1]
            candidates.removeAll(keepingCapacity: true)
            func collect(_ stems: [Int32]) {
                for stem in stems {
                    guard let postings = index[stem], postings.count <= commonStemLimit else { continue }
                    for other in postings where other > position && candidateOf[other] != position {
                        candidateOf[other] = position
                        candidates.append(other)
                    }
                }
            }
            collect(aStems)
            collect(sets.singulars[left.0][left.1])
            collect(Self.tollKeys(of: a).sought)
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
                // Unless he denies in one what the other outlet has him say: «نفى رئيس اللائحة أن
                // تكون لائحته بصدد تقديم أي طعن» against «قال رئيس اللائحة إن اللائحة ستتقدم بطعن».
                if let speaker = a.speaker, speaker == b.speaker, left.0 == right.0 || !Self.deniesWhatHeIsSaidToSay(a, b) {
                    continue
                }
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
                // A denial that answers another outlet outranks the rumour its own article retells
                // before denying it: the reader wants who contradicts whom.
                found.append((Conflict(
                    id: "", kind: kind, description: description,
                    sides: [side(of: a, in: articles[left.0], dated: withDates), side(of: b, in: articles[right.0], dated: withDates)]),
                    strength + (left.0 == right.0 ? 0 : Self.otherOutletWeight)))
            }
        }
        // One conflict of a kind per pair of articles: the strongest; and one per pair of figures
        // («17.5 % against ~25 %» said by two outlets that relay the same figure), which takes the
        // sides of the other outlets that say either figure, so that every voice of the dispute is cited.
        found.sort { $0.strength > $1.strength }
        var kept: [Conflict] = []
        var conflictOfFigures: [String: Int] = [:]
        // One per denial too: a denial set against a statement and against its copy is one dispute,
        // which cites both.
        var conflictOfDeniedSide: [String: Int] = [:]
        for entry in found {
            let sides = entry.conflict.sides.map(\.article)
            // Two articles may dispute two counts of different things (the seats won and the turnout):
            // one conflict per counted thing.
            let counted = entry.conflict.kind == "number" ? "|" + Self.countedThing(entry.conflict.description) : ""
            guard pairs.insert(entry.conflict.kind + counted + "|" + sides.sorted().joined(separator: "|")).inserted else { continue }
            let deniedKeys = entry.conflict.kind == "denial" ? entry.conflict.sides.map { "\($0.article)|\($0.start)" } : []
            let figures = entry.conflict.kind == "number"
                ? entry.conflict.description.split(separator: " against ").map(String.init).sorted().joined(separator: "|") : nil
            // The same dispute between other articles joins the conflict kept for it, even past the limit.
            if let earlier = deniedKeys.lazy.compactMap({ conflictOfDeniedSide[$0] }).first ?? figures.flatMap({ conflictOfFigures[$0] }) {
                Self.addSides(of: entry.conflict, to: &kept[earlier])
                continue
            }
            guard kept.count < limit else { continue }
            for key in deniedKeys { conflictOfDeniedSide[key] = kept.count }
            if let figures { conflictOfFigures[figures] = kept.count }
            kept.append(entry.conflict)
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

    /// Keys beside the stems under which a statement that no one was befallen («لم تسجل أي إصابات»)
    /// and one that someone was («أصيبت معلمة») find each other, however few words they share: each
    /// is filed under its own side and seeks the other's. Negative, so that no stem number is one.
    static func tollKeys(of unit: ClaimUnit) -> (filed: [Int32], sought: [Int32]) {
        var keys: (filed: [Int32], sought: [Int32]) = ([], [])
        for number in unit.numbers {
            guard let outcome = number.outcome, let kind = Self.outcomes.firstIndex(of: outcome) else { continue }
            let none = Int32(-1 - 2 * kind)
            let some = none - 1
            if number.value == 0, unit.isNegated {
                keys.filed.append(none)
                keys.sought.append(some)
            } else if number.value >= 1, !unit.isNegated {
                keys.filed.append(some)
                keys.sought.append(none)
            }
        }
        return keys
    }

    /// The outcomes a toll counts, numbered for ``tollKeys(of:)``.
    private static let outcomes: [CountedOutcome] = [.killed, .injured, .missing, .detained]

    /// What a number conflict's description counts: the unit after its first figure («مقعد» of «14
    /// مقعد against 7 مقعد»), or nothing for a match's result.
    static func countedThing(_ description: String) -> String {
        let first = description.split(separator: " against ").first ?? ""
        return first.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
    }

    /// Whether one statement dates when a measure starts («اعتبارا من الأول من أيلول») and the other
    /// when it was decided («قررت الوزارة يوم الأحد»): two moments of one measure, neither a disputed
    /// date nor two claims.
    static func startAgainstDecision(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        [(a, b), (b, a)].contains { starting, other in
            starting.datesAStart && !other.datesAStart && !other.frames.contains(where: \.startsSomething)
        }
    }

    /// Whether two statements assert the same pole of one axis.
    static func shareAFrame(_ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        a.frames.contains { frame in !frame.isStage && b.frames.contains(frame) }
    }

    /// Whether one statement tells that something resumed and the other only that it was closed:
    /// «استؤنفت خدمة المترو» after «علقت خدمة المترو» tells what followed, not another story. Only a
    /// closure that still holds («لا يزال مغلقا») or a negated resumption contradicts a resumption.
    static func resumesAfterAClosure(_ frame: PredicateFrame, _ a: ClaimUnit, _ b: ClaimUnit) -> Bool {
        guard frame.axis == "status" else { return false }
        let (opening, closing) = frame.pole == "open" ? (a, b) : (b, a)
        return opening.resumes && !closing.holdsStill && !closing.isNegated
    }

    /// Whether `unit` names the other pole of its own predicate too, as what came before it
    /// («أفرجت البحرية عن قارب الصيد الذي احتجزته قبالة زوارة»): it tells the sequence, and a statement
    /// of that earlier pole («احتجزت البحرية قارب صيد قبالة زوارة») is its start, not its contradiction.
    /// (A statement that the earlier pole still holds, «ما زال القارب محتجزا», does contradict it.)
    /// A statement that negates («رفض المجلس المقترح ولم تصدر عنه أي مصادقة») names the other pole to
    /// deny it.
    static func tellsWhatCameBefore(_ unit: ClaimUnit, _ earlier: PredicateFrame) -> Bool {
        !unit.isNegated && !unit.frames.contains(earlier) && unit.stems.contains { stem in
            ClaimUnit.predicate(ofStem: stem) == earlier && !unit.negatedStems.contains(stem)
        }
    }

    /// The kind and description of the disagreement between two statements, or `nil`.
    ///
    /// Sameness is the overlap coefficient of their stems (shared stems over the smaller set), so a
    /// short statement inside a long one still counts as the same thing.
    func disagreement(_ a: ClaimUnit, _ b: ClaimUnit, shared: Int, overlap: Double) -> (String, String, Double)? {
        // Two sports are two matches, whatever clubs and results they share.
        if ClaimAligner.sportsDiffer(a, b) { return nil }
        // Two named speakers opposing each other, one of them denying, need only share the subject:
        // «ننفي … بقاء القوات» against «ستبقي على 2500 عنصر من قواتها في العراق».
        // A denial that says what it denies («نفى صحة ما تم تداوله بشأن زيادة سعر الغاز») disputes
        // only a statement about that.
        let disputed = a.speaker != nil && b.speaker != nil && a.speaker != b.speaker
            && (Self.disputes(a, b) || Self.disputes(b, a))
        // «نفى صحة الأنباء عن احتراق منازل» against «احترقت سبعة منازل»: what a denial denies is
        // what the other states; the strongest evidence of a dispute there is.
        if let denied = Self.deniedThingAndHead(a, b) ?? Self.deniedThingAndHead(b, a), !ClaimAligner.placesApart(a, b), !Self.shareAFrame(a, b) {
            return ("denial", "one source denies what the other states (\(denied.thing))", overlap + (denied.tellsTheHead ? 2 : 1.5))
        }
        // «اندلعت النيران مساء الأحد وليس مساء الاثنين» sets aside the Monday another source gives.
        if shared >= 1, let (setAside, instead) = Self.dateSetAside(by: a, in: b) ?? Self.dateSetAside(by: b, in: a) {
            return ("date", "\(setAside) against \(instead): one source says it was not on the day the other gives", overlap + 0.5)
        }
        // «بلغ 31 عاملا وليس 19 كما ذكرت الإدارة» sets aside the 19 another source gives.
        if shared >= 1, let (instead, setAside) = Self.figureSetAside(by: a, in: b) ?? Self.figureSetAside(by: b, in: a) {
            return ("number", "\(Self.describe(instead)) against \(Self.describe(setAside)): one source says it was not the figure the other gives", overlap + 0.5)
        }
        if shared >= 2, let (day, earliest) = Self.eventBeforeItsEarliest(by: a, in: b) ?? Self.eventBeforeItsEarliest(by: b, in: a) {
            return ("date", "on \(day) against not before \(earliest)", overlap + 0.5)
        }
        // «لم تسجل أي إصابات بين الركاب» against «أصيبت معلمة بحروق»: no one befallen against someone,
        // in one story, however little else the statements share.
        if let (none, some) = Self.noneAgainstSome(a, b) ?? Self.noneAgainstSome(b, a),
           !ClaimAligner.placesApart(a, b), !ClaimAligner.datedApart(a.dates, b.dates) {
            return ("number", "\(Self.describe(none)) against \(Self.describe(some))", overlap + 0.2)
        }
        if let (ours, theirs) = Self.eventDatedTwice(a, b, shared: shared) {
            return ("date", "\(ours) against \(theirs): one occurrence dated to two days", overlap + 0.3)
        }
        // «عثرت البعثة داخل المقبرة على 23 مومياء» against «تضم المقبرة 27 مومياء»: counts of the
        // same particular thing (no person, money, share or span of time) need less else in common.
        if shared >= 3, overlap >= Self.particularCountOverlap, let numbers = conflictingNumbers(a, b),
           Self.countsAParticularThing(numbers.0), !ClaimAligner.placesApart(a, b), !ClaimAligner.datedApart(a.dates, b.dates),
           !Self.measureDifferentThings(a, b) {
            return ("number", "\(Self.describe(numbers.0)) against \(Self.describe(numbers.1))", overlap + 0.2)
        }
        // «بلغت نسبة الاقتراع 41.3 في المئة» against «نسبة اقتراع لم تتجاوز 36 في المئة»: two values of
        // one measure need nothing else in common.
        if shared >= 2, let numbers = valuesOfOneMeasure(a, b) {
            return ("number", "\(Self.describe(numbers.0)) against \(Self.describe(numbers.1))", overlap + 0.2)
        }
        if shared >= 3, let change = changesFromTheSameLevel(a, b) {
            return ("number", "\(Self.describe(change.ours)) against \(Self.describe(change.theirs)), from the same \(Self.describe(change.former))", overlap + 0.2)
        }
        // «أجلت السلطات 58 راكبا» against «أجلت فرق الإنقاذ 85 راكبا»: counts of one noun after the
        // same word count one thing, however little else the statements share.
        if shared >= 3, let numbers = countsAfterTheSameWord(a, b) {
            return ("number", "\(Self.describe(numbers.0)) against \(Self.describe(numbers.1))", overlap + 0.2)
        }
        // «استقبل الأردن 6.3 مليون زائر خلال عام 2025» against «بلغ عدد الزوار الذين قصدوا الأردن
        // في 2025 نحو 4.1 مليون»: counts of one noun for the same place or body and the same period.
        if shared >= 2, Self.sameEntityAndPeriod(a, b), let numbers = conflictingNumbers(a, b), !Self.measureDifferentThings(a, b),
           SubstitutedThing.between(a, b) == nil, !ClaimAligner.placesApart(a, b) {
            return ("number", "\(Self.describe(numbers.0)) against \(Self.describe(numbers.1))", overlap + 0.2)
        }
        // «الأدوية مستثناة من القرار» against «القرار شمل الأدوية»: one thing set in and out of a
        // measure needs nothing else in common.
        if shared >= 2, let ours = a.scopePole, let theirs = b.scopePole, ours != theirs, Self.scopeOfOneThing(a, b) {
            return ("polarity", "\(ours) against \(theirs) (scope)", overlap)
        }
        if let (ours, theirs) = Self.onePersonStaysAndLeaves(a, b) {
            return ("polarity", "\(ours) against \(theirs) (presence), of one person", overlap)
        }
        let oneFrame = (shared >= 3 && overlap >= sameFrame) || (shared >= 2 && (disputed || overlap >= shortFrameOverlap))
        if !oneFrame, let (still, change) = Self.stateAgainstItsChange(a, b) {
            return ("polarity", "one source says \(still.pole) still holds, the other reports \(change.pole) (\(still.axis))", overlap)
        }
        // «لم يتم إلغاء أي رحلة جراء العطل» against «تسبب العطل في تأخير 19 رحلة وإلغاء 3 رحلات»: a
        // negated predicate the other states with the same word beside it is one frame, however much
        // else each statement says.
        if !oneFrame, shared >= 3, !ClaimAligner.placesApart(a, b), !Self.measureDifferentThings(a, b),
           let frame = Self.negatedFrame(of: a, statedBy: b, besideTheSameWord: true) ?? Self.negatedFrame(of: b, statedBy: a, besideTheSameWord: true) {
            return ("polarity", "one source negates what the other states (\(frame.pole), \(frame.axis))", overlap)
        }
        guard oneFrame, !ClaimAligner.placesApart(a, b) else { return nil }
        // A price or a count rose in one and fell in the other, but of two things.
        if Self.measureDifferentThings(a, b) { return nil }
        for frameA in a.frames {
            for frameB in b.frames
            where frameA.axis == frameB.axis && frameA.pole != frameB.pole && !frameA.isStage && !Self.twoParties(frameA, a, b)
                && !Self.resumesAfterAClosure(frameA, a, b)
                && (a.isDenial != b.isDenial || a.holdsStill || b.holdsStill
                    || !Self.tellsWhatCameBefore(b, frameA) && !Self.tellsWhatCameBefore(a, frameB)) {
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
        // «أوقفت مصالح الدرك السائق» against «السائق لم يتم توقيفه»: a predicate one side negates
        // whose frame the other states, where the negation does not turn it (custody) or the words
        // differ («أوقفت»، «توقيف»).
        if let frame = Self.negatedFrame(of: a, statedBy: b) ?? Self.negatedFrame(of: b, statedBy: a) {
            return ("polarity", "one source negates what the other states (\(frame.pole), \(frame.axis))", overlap)
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
        for (negating, stating) in [(a, b), (b, a)] where !Self.boundsTheEvent(negating) {
            guard let predicate = negatedPredicate(negating, stating),
                  overlap >= negationOverlap || Self.sameNeighbour(predicate, in: negating, stating) || shared >= 5 && overlap >= 0.4
            else { continue }
            return ("polarity", "one source negates what the other states (\(predicate))", overlap)
        }
        // «تبدأ إجازة منتصف العام الدراسي يوم 21 يناير» and «تبدأ اختبارات منتصف العام الدراسي يوم 10
        // يناير»، «تغلب الصفاقسي على الملعب التونسي» and «تغلب الصفاقسي على مستقبل سليمان»: the same
        // words of two things, whose dates and results are two facts. (Counts are read first: the words around two
        // counts of one toll vary the most.)
        if Self.scoresDiffer(a, b), SubstitutedThing.between(a, b) == nil {
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
        // What they have in common is counted without who speaks: one spokesman dating two events is
        // no event dated twice.
        guard overlap >= 0.3, let dates = conflictingDates(a, b), SubstitutedThing.between(a, b) == nil else { return nil }
        let (sharedContent, contentOverlap) = Self.overlapBesidesSharedSpeaker(a, b)
        // «يفتتح المعرض يوم الأربعاء» and «ينطلق المعرض يوم الجمعة» date one opening; so do «يبدأ
        // تطبيق القرار مطلع الشهر» and «يطبق القرار اعتبارا من الأحد». (A closing from a day starts
        // no opening: it is dated against another closing, as the same predicate.)
        let framesStart = [a, b].allSatisfy { unit in
            unit.frames.contains(where: \.startsSomething) || unit.datesAStart && unit.frames.allSatisfy(\.isStage)
        }
        // Two dates each after «اعتبارا من» date the start of one measure too, whatever else the
        // statements say of it («ستطبق التعليمات اعتبارا من الأول من تشرين الأول، وإن الحد الأقصى …»),
        // where they share five words or more of what they say: one ministry's two measures (a price
        // from one month, an import ban from the next) share fewer.
        let bothStart = framesStart || a.datesAStart && b.datesAStart && sharedContent >= 5
        let samePredicate = bothStart || a.frames.contains(where: b.frames.contains)
        let (ourStages, theirStages) = (Set(a.frames.filter(\.isStage)), Set(b.frames.filter(\.isStage)))
        // A stage named on one side only («ستنطلق الحملة يوم السبت» against «ستطلق الوزارة الحملة يوم
        // الخميس») may be the same start, where the two say much else alike.
        let sameStage = !Self.startAgainstDecision(a, b) && (ourStages == theirStages || bothStart
            || (ourStages.isEmpty || theirStages.isEmpty) && contentOverlap >= 0.5 && sharedContent >= 5)
        // A toll that rose is dated by its update («ارتفع عدد القتلى إلى 26، وفق ما أعلن … اليوم
        // الاثنين»), not by the event it counts.
        let updates = [a, b].contains { $0.numbers.contains { $0.isRise && $0.outcome != nil } }
        // Two short statements that say nearly all the same («تجري الانتخابات البلدية في تونس يوم 8
        // نوفمبر» and «حدد يوم 15 نوفمبر موعدا للانتخابات البلدية في تونس») date one event too.
        if sameStage, !updates,
           (contentOverlap >= 0.4 && sharedContent >= 4) || (samePredicate && contentOverlap >= 0.3) || (sharedContent >= 3 && contentOverlap >= 0.6),
           // «تجمع المتضررين اليوم الخميس، غداة صدور الحكم»: the date is the gathering's, and the
           // event named after غداة or عشية was the day before or comes the day after.
           !a.namesAnEventADayAway, !b.namesAnEventADayAway,
           // A day expected against a day something happened: a projection and a fact.
           a.projectsADate == b.projectsADate,
           // Different acts (detained, released) are told on different days.
           a.frames.isEmpty || b.frames.isEmpty || samePredicate,
           // Different counts on different days are two readings (the heat of two summers), not
           // one event dated twice.
           conflictingNumbers(a, b) == nil {
            return ("date", "\(dates.0) against \(dates.1)", overlap)
        }
        return nil
    }

    /// The stems two statements share and the share of the smaller statement's they are, both
    /// without the stems that say who speaks in each (see ``ClaimUnit/speakerStems``): a stem of the
    /// speaker on one side only («أعلنت إدارة مهرجان جرش») may be what the other side is about.
    static func overlapBesidesSharedSpeaker(_ a: ClaimUnit, _ b: ClaimUnit) -> (shared: Int, overlap: Double) {
        let attribution = Set(a.speakerStems).intersection(b.speakerStems)
        let ours = Set(a.stems).subtracting(attribution)
        let theirs = Set(b.stems).subtracting(attribution)
        let shared = ours.intersection(theirs).count
        return (shared, Double(shared) / Double(max(1, min(ours.count, theirs.count))))
    }

    private func conflictingDates(_ a: ClaimUnit, _ b: ClaimUnit) -> (String, String)? {
        // Two deadlines («قبل 30 حزيران» against «قبل نهاية تموز») are compared with each other
        // first, whatever other dates the statements give.
        let (leftBounds, rightBounds) = (Self.bounds(of: a), Self.bounds(of: b))
        if let disputed = Self.disputedDeadlines(leftBounds, rightBounds) { return disputed }
        // A deadline is a date too: «قبل 30 حزيران» disputes «تنتهي المهلة في 31 تموز».
        let left = a.dates.compactMap { DayRange($0) } + leftBounds
        let right = b.dates.compactMap { DayRange($0) } + rightBounds
        guard !left.isEmpty, !right.isEmpty else { return nil }
        // Where both name a day, the days are what is disputed: a season named beside one («عادت
        // الحرائق هذا الصيف … اندلع ظهر الأحد 9 أغسطس») agrees with any day of it.
        let (narrowLeft, narrowRight) = (left.filter(\.isNarrow), right.filter(\.isNarrow))
        let (ours, theirs) = narrowLeft.isEmpty || narrowRight.isEmpty ? (left, right) : (narrowLeft, narrowRight)
        for x in ours { for y in theirs where x.agrees(with: y) { return nil } }
        // Days most of a year apart are two occurrences (two editions of a forum), not one event
        // dated twice.
        // The closest pair tells the dispute («13 أبريل» against «11 أبريل», not the arrival after).
        return Self.closestPair(left, right) { ($0.isNarrow || $0.boundDay != nil) && ($1.isNarrow || $1.boundDay != nil) }
    }

    /// The bounds of a statement's event: «لن تنطلق قبل 9 آذار» says it starts on the 9th or later,
    /// the other side of what «قبل» alone says.
    private static func bounds(of unit: ClaimUnit) -> [DayRange] {
        let flips = boundsTheEvent(unit)
        return unit.boundDates.compactMap { bound in
            DayRange.bound(flips && bound.hasPrefix("<") ? ">" + bound.dropFirst() : bound)
        }
    }

    /// The closest two bounds on one side (two deadlines) that name different days, where no two
    /// such bounds name the same day; `nil` where there are none on one side in both.
    private static func disputedDeadlines(_ left: [DayRange], _ right: [DayRange]) -> (String, String)? {
        let sameSide = { (x: DayRange, y: DayRange) in x.isBefore == y.isBefore }
        if left.contains(where: { x in right.contains { y in sameSide(x, y) && x.agrees(with: y) } }) { return nil }
        return closestPair(left, right, where: sameSide)
    }

    /// The values of the closest pair of `left` and `right` that `admits` takes, at most
    /// ``mostDaysApart`` days apart; `nil` where there is none.
    private static func closestPair(_ left: [DayRange], _ right: [DayRange], where admits: (DayRange, DayRange) -> Bool) -> (String, String)? {
        var closest: (DayRange, DayRange)?
        for x in left {
            for y in right where admits(x, y) && abs(x.anchor - y.anchor) <= mostDaysApart {
                if closest.map({ abs(x.anchor - y.anchor) < abs($0.0.anchor - $0.1.anchor) }) ?? true { closest = (x, y) }
            }
        }
        return closest.map { ($0.0.value, $0.1.value) }
    }

    /// The most days between two dates of one event that sources dispute.
    static let mostDaysApart = 300

    /// Adds to `conflict` the sides of `other` (the same dispute between other articles) from articles
    /// it does not cite yet.
    private static func addSides(of other: Conflict, to conflict: inout Conflict) {
        for side in other.sides where !conflict.sides.contains(where: { $0.article == side.article }) {
            conflict.sides.append(side)
        }
    }

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
}
