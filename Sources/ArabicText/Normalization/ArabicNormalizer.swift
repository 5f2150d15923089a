/// Normalizes Arabic text at one ``NormalizationLevel``, optionally keeping an ``OffsetMap``.
///
/// The normalizer walks the UTF-8 bytes of the text once and decides per Unicode scalar, from a table
/// for ASCII and one for the Arabic block and from range rules elsewhere. Canonical compositions of a
/// letter with U+0653 MADDA ABOVE, U+0654 HAMZA ABOVE or U+0655 HAMZA BELOW are composed first
/// (ا + ٔ is أ), so decomposed and precomposed input normalize alike. Both levels are idempotent.
///
/// ```swift
/// let normalized = ArabicNormalizer.matching.normalize("قالَ المسؤولُ")
/// normalized.text  // "قال المسءول"
/// ```
public struct ArabicNormalizer: Sendable {
    /// The level this normalizer folds to.
    public let level: NormalizationLevel
    private let tables: FoldTables

    /// A normalizer for `level`.
    public init(level: NormalizationLevel) {
        self.level = level
        self.tables = level == .display ? FoldTables.display : FoldTables.matching
    }

    /// The display-level normalizer.
    public static let display = ArabicNormalizer(level: .display)
    /// The matching-level normalizer.
    public static let matching = ArabicNormalizer(level: .matching)

    /// Normalizes `text` and keeps the map back to it.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func normalize(_ text: String) -> NormalizedText {
        var text = text
        let (bytes, map) = text.withUTF8 { normalize(utf8: $0) }
        return NormalizedText(level: level, text: String(decoding: bytes, as: UTF8.self), offsetMap: map)
    }

    /// Normalizes `text` without keeping an offset map.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func normalizedString(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: normalizedUTF8($0), as: UTF8.self) }
    }

    /// Normalizes UTF-8 bytes without keeping a map or building a `String`.
    ///
    /// Ill-formed input is read as U+FFFD REPLACEMENT CHARACTER, one per maximal bad subpart.
    /// - Returns: the normalized bytes, always well-formed UTF-8.
    /// - Complexity: O(n) in the length of `input`.
    public func normalizedUTF8(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var none = NoOffsetRecorder()
        return FoldLoop(tables: tables, level: level).run(input, recorder: &none).bytes
    }

    /// Normalizes UTF-8 bytes and keeps the map back to them, without building a `String`.
    ///
    /// This is the form the byte-level stages (tokenizer, stemmer) consume; it skips the UTF-8
    /// validation that every `String` initializer performs. Ill-formed input is read as U+FFFD
    /// REPLACEMENT CHARACTER, one per maximal bad subpart.
    /// - Returns: the normalized bytes, always well-formed UTF-8, and the offset map.
    /// - Complexity: O(n) in the length of `input`.
    public func normalize(utf8 input: UnsafeBufferPointer<UInt8>) -> (utf8: [UInt8], offsetMap: OffsetMap) {
        var builder = OffsetMap.Builder()
        let result = FoldLoop(tables: tables, level: level).run(input, recorder: &builder)
        return (result.bytes, builder.finish(normalizedCount: result.normalizedCount, originalCount: result.originalCount))
    }
}
