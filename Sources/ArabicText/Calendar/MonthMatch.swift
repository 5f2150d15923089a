/// A month name found in a run of words by ``MonthLexicon``.
public struct MonthMatch: Hashable, Sendable {
    /// The month the name stands for.
    public let month: CalendarMonth
    /// The naming traditions that use the matched spelling.
    public let styles: MonthNameStyles
    /// The number of words the match covers, counting an introducing شهر.
    public let wordCount: Int
    /// Whether the matched word has a common meaning besides the month, so that a caller should
    /// accept it only with context such as a day number or a year next to it.
    ///
    /// صفر is also "zero", رجب، رمضان and شعبان are also given names, محرم is also "forbidden",
    /// مارس is also the verb "he practised", آب folds to the same letters as أب "father", and
    /// May and March are English words. A name introduced by شهر ("شهر رمضان") is never ambiguous.
    public let isAmbiguous: Bool

    /// A match of `month` covering `wordCount` words.
    public init(month: CalendarMonth, styles: MonthNameStyles, wordCount: Int, isAmbiguous: Bool) {
        self.month = month
        self.styles = styles
        self.wordCount = wordCount
        self.isAmbiguous = isAmbiguous
    }
}
