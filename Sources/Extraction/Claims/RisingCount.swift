import ArabicText

/// A count given as the new figure of a rising toll: «ارتفع عدد القتلى إلى 26»، «لترتفع الحصيلة إلى
/// 40 قتيلا». It updates an earlier, lower count rather than contradicting it.
enum RisingCount {
    /// How far before «إلى» the verb of rising may stand, in tokens, without a comma between («ارتفعت
    /// حصيلة ضحايا الهزة التي ضربت الإقليم مساء الجمعة 6 نونبر الجاري إلى …»).
    static let reach = 20

    /// Whether the quantity at the scalar span `span` of `text` is the new figure of a rising count:
    /// «إلى» just before it, and a verb of rising before that in its sentence.
    static func isRise(quantityAt span: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let quantity = text.tokens(within: span), quantity.lowerBound > 0 else { return false }
        let sentence = text.sentenceOfToken[quantity.lowerBound]
        // «إلى» before the number or before its marker of approximation («إلى نحو 40»).
        var to = quantity.lowerBound - 1
        if !isTo(text.tokens[to].key), to > 0, isTo(text.tokens[to - 1].key) { to -= 1 }
        guard isTo(text.tokens[to].key) else { return false }
        var index = to - 1
        while index >= 0, to - index <= reach, text.sentenceOfToken[index] == sentence, !text.tokens[index].isComma {
            if rising.contains(text.tokens[index].key) { return true }
            index -= 1
        }
        return false
    }

    /// Whether the key is «إلى» (matching form: the hamza and the final ى fold).
    private static func isTo(_ key: String) -> Bool {
        key.sameBytes("الي")
    }

    /// Verbs of a count that rises, with و، ف or ل glued on (matching form).
    private static let rising = WordIndex(
        ["ارتفع", "ارتفعت", "يرتفع", "ترتفع", "لترتفع", "ليرتفع", "وارتفع", "وارتفعت", "فارتفع", "فارتفعت", "ارتفاع", "بارتفاع",
         "وصل", "وصلت", "لتصل", "ليصل", "ووصل", "ووصلت", "قفز", "قفزت", "لتقفز", "زاد", "زادت"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
