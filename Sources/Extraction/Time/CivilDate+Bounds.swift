import ArabicText

extension CivilDate {
    /// A day far before any news: 1 January 1.
    static let distantPast = CivilDate(year: 1, month: 1, day: 1) ?? CivilDate(daysSinceEpoch: -719_162)
    /// A day far after any news: 31 December 9999.
    static let distantFuture = CivilDate(year: 9999, month: 12, day: 31) ?? CivilDate(daysSinceEpoch: 2_932_896)
}
