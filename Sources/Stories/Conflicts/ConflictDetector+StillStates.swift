import Extraction

/// States said to hold still against the changes other statements report of them.
extension ConflictDetector {
    /// The state one statement says still holds and the change the other reports of it, where they
    /// share the thing it is said of: «أفرج عن الصيادين الخمسة» against «الصيادون الخمسة لا يزالون
    /// محتجزين»، «أعيد فتح المعبر» against «ما زال المعبر مغلقا». Saying that a state still holds is
    /// the point of such a statement, so the thing may be all the two have in common. It must be
    /// what the change befalls, not who speaks or acts (the word right after the statement's first,
    /// the subject of «أعادت البلدية فتح السوق», is read as who acts unless it comes after the
    /// predicate), and the two must not be set apart in place or time, nor count different numbers
    /// («أفرج عن ثلاثة من الصيادين» and «لا يزال صيادان محتجزين» tell of parts), nor may the state be
    /// said of the others («لا يزال ناشطون آخرون محتجزين»).
    static func stateAgainstItsChange(_ a: ClaimUnit, _ b: ClaimUnit) -> (still: PredicateFrame, change: PredicateFrame)? {
        guard a.holdsStill != b.holdsStill, !a.isDenial, !b.isDenial,
              !ClaimAligner.placesApart(a, b), !ClaimAligner.datedApart(a.dates, b.dates)
        else { return nil }
        let (still, changed) = a.holdsStill ? (a, b) : (b, a)
        // «لم يعثر عليه بعد» holds still by its negation; a negated change is no change.
        guard a.isNegated == b.isNegated || still.isNegated && !changed.isNegated else { return nil }
        guard !still.stems.contains(where: othersStems.contains) else { return nil }
        if !a.numbers.isEmpty, !b.numbers.isEmpty {
            guard a.numbers.contains(where: { number in b.numbers.contains { $0.value == number.value } }) else { return nil }
        }
        for state in still.frames where !state.isStage {
            for change in changed.frames
            where change.axis == state.axis && change.pole != state.pole && !change.isStage && !twoParties(change, a, b)
                && sharesWhatChanged(still, changed, change, state) {
                return (state, change)
            }
        }
        return nil
    }

    /// Whether `changed` and `still` share a stem that is what the change `change` befalls and the
    /// subject of the `state` that still holds: in `still`, among the few words before the state's
    /// predicate («أعمال الإنقاذ لا تزال مستمرة» holds of the search, not of the night it names
    /// later); in `changed`, neither who speaks or acts nor where the subject of a verbal statement
    /// stands (second, before the predicate).
    private static func sharesWhatChanged(_ still: ClaimUnit, _ changed: ClaimUnit, _ change: PredicateFrame, _ state: PredicateFrame) -> Bool {
        let actors = Set((still.attributionStems + changed.attributionStems).map(ClaimUnit.singular(ofStem:)))
        var subject: [String] = []
        // The predicate of a state held by negation is the other pole's: «لم يعثر عليه بعد».
        let heldPredicate = still.isNegated ? state.opposite : state
        // «السائق فر ولا يزال متواريا»: one still at large is named before the word that says so.
        let isHeld = { (stem: String) in
            ClaimUnit.predicate(ofStem: stem) == state || ClaimUnit.predicate(ofStem: stem) == heldPredicate
                || state.axis == "custody" && ClaimUnit.atLargeStems.contains(stem)
        }
        let stillVerb = still.stems.firstIndex(where: stillStems.contains)
        // «الموقوفون ما زالوا رهن التوقيف»: the state is the predicate after "still", not a word of the
        // subject before it that names the detained.
        let held = stillVerb.flatMap { verb in still.stems[(verb + 1)...].firstIndex(where: isHeld) } ?? still.stems.firstIndex(where: isHeld)
        if let held {
            subject += still.stems[max(0, held - subjectReach)..<held]
        }
        // «لا تزال خدمة الترام معلقة»: the words after "still" where the predicate is read elsewhere;
        // «الموقوفون على خلفية الأحداث ما زالوا …»: and the subject before it.
        if let verb = stillVerb {
            subject += still.stems[(verb + 1)..<min(still.stems.count, verb + 1 + subjectReach)]
            subject += still.stems[max(0, verb - subjectReach)..<verb]
        }
        let predicate = changed.stems.firstIndex { ClaimUnit.predicate(ofStem: $0)?.axis == change.axis } ?? changed.stems.count
        // «رهينة» of a hostage still held is one of «الرهائن» released.
        let subjects = Set(subject.map(ClaimUnit.singular(ofStem:)))
        return changed.stems.indices.contains { index in
            let stem = ClaimUnit.singular(ofStem: changed.stems[index])
            return !actors.contains(stem) && subjects.contains(stem) && (index > predicate || index != 1)
        }
    }

    /// How many stems before the predicate of a state that still holds, or after "still", may name
    /// its subject («لا تزال خدمة الترام في وسط المدينة معلقة»).
    private static let subjectReach = 4

    /// The stems of the verbs of "still" that stay among a statement's stems (تزال، زالت).
    private static let stillStems = ClaimUnit.contentStems(of: "زال زالت تزال يزال يزالون تزالان زالوا")

    /// Stems that say a state holds of the others or the rest (آخرون، بقية، باقي): not of the thing
    /// another statement says changed.
    private static let othersStems: Set<String> = ["اخر", "بق", "بقي", "باق"]
}
