/// What a numeral expression counts: a quantity, a position in an order, or a part of a whole.
public enum NumeralKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// A number that counts or measures, written in digits or words, whole or decimal:
    /// «خمسة وعشرون»، «2.5 مليون»، «واحد فاصلة واحد»، «مليون ونصف».
    case cardinal
    /// A position in an order: «الأول»، «الحادي عشر»، «الخامس والعشرين»، «التسعون».
    case ordinal
    /// A part of a whole on its own: «نصف»، «ثلثا»، «ثلاثة أرباع»، «3/4».
    case fraction
}
