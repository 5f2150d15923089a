/// A numeral expression found in a text, with where it is.
public struct NumeralMatch: Sendable, Hashable, Codable {
    /// The span of the expression, as Unicode scalar offsets into the searched text (start inclusive,
    /// end exclusive). It leaves out the conjunction and preposition clitics in front of the first
    /// word («بخمسة» spans «خمسة») but keeps the article of a definite numeral («الثالث»).
    public var span: Range<Int>
    /// The value and kind of the expression.
    public var numeral: Numeral

    /// A match of `numeral` over `span`.
    public init(span: Range<Int>, numeral: Numeral) {
        self.span = span
        self.numeral = numeral
    }

    /// The value of the expression.
    public var value: Double { numeral.value }
    /// What kind of number the expression is.
    public var kind: NumeralKind { numeral.kind }
}
