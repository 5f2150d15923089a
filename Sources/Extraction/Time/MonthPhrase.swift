/// A month expression found at some token, before what surrounds it is read.
struct MonthPhrase {
    /// The month.
    var spec: MonthSpec
    /// The token after the phrase.
    var end: Int
    /// Whether the phrase is a month name that needs context («مارس» is also a verb).
    var isAmbiguous: Bool
    /// Whether the month is named in English («December»), which puts the day after it.
    var isEnglish: Bool
    /// Whether the phrase is «الشهر» alone, a month only after a day or a part word.
    var isBare: Bool
}
