/// The compatibility foldings of the Arabic presentation-form blocks (U+FB50–U+FDFF, U+FE70–U+FEFF).
enum PresentationForms {
    /// First code point covered by ``foldings``.
    static let firstScalar: UInt32 = 0xFB50
    /// Last code point covered by ``foldings``.
    static let lastScalar: UInt32 = 0xFEFF
    /// The most UTF-8 bytes a folding writes per byte of its presentation form (U+FDFA, three bytes,
    /// becomes eighteen scalars in thirty-three bytes).
    static let maximumGrowth = 12

    /// For each code point from ``firstScalar`` to ``lastScalar``, its NFKC scalars, or an empty array
    /// where the code point has no compatibility folding.
    static let foldings: [[UInt32]] = {
        var result = [[UInt32]](repeating: [], count: Int(lastScalar - firstScalar) + 1)
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ").compactMap { UInt32($0, radix: 16) }
            guard let source = fields.first, source >= firstScalar, source <= lastScalar else { continue }
            result[Int(source - firstScalar)] = Array(fields.dropFirst())
        }
        return result
    }()
}
