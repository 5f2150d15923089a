import Extraction

/// The day an event happened, told two ways.
extension ConflictDetector {
    /// Two days one occurrence happened on, where two statements date an occurrence of the same kind
    /// (see ``ClaimUnit/occurrenceKind``) and share something else they tell of: «اندلع الحريق فجر
    /// الثلاثاء» against «نشب الحريق مساء الاثنين»، «انهار المبنى أمس» against «انهيار المبنى ليل
    /// السبت». However little else they share, an outbreak, a collapse or an explosion happens once;
    /// days more than ``eventDaysApart`` apart are two occurrences.
    static func eventDatedTwice(_ a: ClaimUnit, _ b: ClaimUnit, shared: Int) -> (String, String)? {
        guard shared >= 2, !a.isNegated, !b.isNegated, !a.isDenial, !b.isDenial,
              let kind = a.occurrenceKind, b.occurrenceKind == kind
        else { return nil }
        let ours = a.occurrenceDays.compactMap(DayRange.init).filter { $0.first == $0.last }
        let theirs = b.occurrenceDays.compactMap(DayRange.init).filter { $0.first == $0.last }
        guard !ours.contains(where: { x in theirs.contains { $0.first == x.first } }) else { return nil }
        for x in ours {
            for y in theirs where abs(x.first - y.first) <= eventDaysApart { return (x.value, y.value) }
        }
        return nil
    }

    /// The most days between two days sources give one occurrence.
    static let eventDaysApart = 3
}
