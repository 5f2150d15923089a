/// The value of one numeral expression and what kind of number it is.
///
/// ```swift
/// NumeralParser().parse("ثلاثة آلاف و خمسمائة")  // Numeral(value: 3500, kind: .cardinal)
/// NumeralParser().parse("الحادي عشر")           // Numeral(value: 11, kind: .ordinal)
/// ```
public struct Numeral: Sendable, Hashable, Codable {
    /// The value: a count or measure for cardinals, the position for ordinals, the part for fractions.
    public var value: Double
    /// What kind of number the expression is.
    public var kind: NumeralKind

    /// A numeral of `kind` with `value`.
    public init(value: Double, kind: NumeralKind) {
        self.value = value
        self.kind = kind
    }

    /// The position, when the numeral is an ordinal; `nil` otherwise.
    public var ordinal: Int? {
        kind == .ordinal ? Int(exactly: value) : nil
    }
}
