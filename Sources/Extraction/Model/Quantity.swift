/// A number in an article with what it counts: «أكثر من 2500 جندي»، «2.5 مليون دولار»، «30 في المئة».
public struct Quantity: Sendable, Hashable, Codable {
    /// Unicode scalar offsets into the article's text, end exclusive, covering the approximation
    /// marker, the number and the unit.
    public var span: Range<Int>
    /// The text at the span.
    public var text: String
    /// The number.
    public var value: Double
    /// What it counts, as written in the text after the number (جندي، دولار، %), or `nil`.
    public var unit: String?
    /// Whether the text marks the number as approximate or as a bound (نحو، حوالي، أكثر من …).
    public var isApproximate: Bool

    /// A quantity.
    public init(span: Range<Int>, text: String, value: Double, unit: String?, isApproximate: Bool) {
        self.span = span
        self.text = text
        self.value = value
        self.unit = unit
        self.isApproximate = isApproximate
    }
}
