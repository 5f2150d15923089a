public import ArabicText

/// One text stage of `isnad text`, applied to a line at a time.
public enum TextStage: Sendable {
    /// The line normalized at a level.
    case normalize(NormalizationLevel)
    /// The line's tokens, space-separated; with `showingKinds`, each as `kind:text`.
    case tokens(showingKinds: Bool)
    /// The line's sentences, separated by tabs.
    case sentences
    /// The stems of the line's words (matching form), other tokens as they are, space-separated.
    case stem

    /// The output line for one input line (without its line break).
    public func transform(_ line: String) -> String {
        switch self {
        case .normalize(let level):
            // Vertical white space inside a line (U+2028, form feed) must not split the output line.
            let normalized = ArabicNormalizer(level: level).normalizedString(line)
            return normalized.contains("\n") ? normalized.replacing("\n", with: " ") : normalized
        case .tokens(let showingKinds):
            return Tokenizer().tokens(in: line).map { token in
                let text = token.text(in: line)
                return showingKinds ? "\(token.kind.rawValue):\(text)" : String(text)
            }.joined(separator: " ")
        case .sentences:
            return SentenceSplitter().sentences(in: line).map { String($0.text(in: line)) }.joined(separator: "\t")
        case .stem:
            let matching = ArabicNormalizer.matching.normalizedString(line)
            let stemmer = LightStemmer()
            return Tokenizer().tokens(in: matching).map { token in
                let text = String(token.text(in: matching))
                return token.kind == .word ? stemmer.stem(text) : text
            }.joined(separator: " ")
        }
    }
}
