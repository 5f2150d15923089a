import ArabicText

/// Feminine nouns in the dual count two of what they name: «افتتح محطتين»، «شهدت المدينة جريمتين»،
/// «ردهتين للعزل»، «خلال ساعتين». The dual of a feminine noun ends in تين or تان, which no feminine
/// plural (ات) shares, so the form alone tells it; in the construct it ends in تي, and counts only
/// before the two places it names («مدينتي تريم وسيئون»). The masculine dual (اجتماعين) reads as a
/// plural as often and is left out.
enum FeminineDuals {
    /// The feminine duals of `matching` that no quantity of `found` overlaps, as counts of two.
    static func quantities(in matching: MatchingText, original: inout OriginalText, besides found: [Quantity]) -> [Quantity] {
        // «محطتين جديدتين»: an adjective agrees with the dual before it and counts nothing more.
        DualCounts.quantities(
            in: matching, original: &original, besides: found, isDual: { isFeminineDual(at: $0, in: matching) },
            describesTheWordBefore: { isFeminineDual(at: $0 - 1, in: matching) })
    }

    /// The endings of the feminine dual (matching form).
    private static let endings: [[UInt8]] = ["تين", "تان"].map { Array($0.utf8) }

    /// The article, alone or after و or ف, as bytes.
    private static let definitePrefixes: [[UInt8]] = ["ال", "وال", "فال"].map { Array($0.utf8) }

    /// The ending of the feminine dual in the construct, its ن dropped (matching form).
    private static let constructEnding: [UInt8] = Array("تي".utf8)

    /// Whether the word at `index`, in تي, is a feminine dual in the construct before the two places
    /// it names, joined by و: «في مدينتي تريم وسيئون»، «محافظتي إربد والمفرق». One of the two must
    /// be a place the gazetteer knows: «زيارتي الأولى والأخيرة» is someone's visit.
    private static func isDualConstruct(at index: Int, in matching: MatchingText) -> Bool {
        let key = matching.text(ofToken: index)
        guard key.scalarCount >= 5, !key.startsWithBytes("ال"), !Stopwords.contains(key), index + 2 < matching.tokens.count,
              matching.tokens[index + 1].kind == .word
        else { return false }
        for position in (index + 2)..<min(index + 5, matching.tokens.count) {
            guard matching.tokens[position].kind == .word else { return false }
            let member = matching.text(ofToken: position)
            guard member.startsWithBytes("و"), member.scalarCount >= 3 else { continue }
            let second = member.droppingScalars()
            return [matching.text(ofToken: index + 1), second].contains { Gazetteer.match([$0], at: 0)?.entry.type == .location }
        }
        return false
    }

    /// Whether the word at `index` is a feminine noun (or adjective) in the dual: at least three letters before
    /// تين or تان, no article, no number before it (which counts it itself) and no «اثنتين» after it;
    /// not a given name (كريستين) or a name the gazetteer knows.
    private static func isFeminineDual(at index: Int, in matching: MatchingText) -> Bool {
        let token = matching.tokens[index]
        guard token.kind == .word, token.span.count >= 6 else { return false }
        let bytes = matching.bytes[token.utf8Span]
        // «التي»، «والتي» end alike: a word with the article, asked on its bytes, is no construct.
        if bytes.suffix(constructEnding.count).elementsEqual(constructEnding) {
            return !definitePrefixes.contains { bytes.starts(with: $0) } && isDualConstruct(at: index, in: matching)
        }
        guard endings.contains(where: { bytes.suffix($0.count).elementsEqual($0) }) else { return false }
        let key = matching.text(ofToken: index)
        // «بساتين»، «سلاطين»: the broken plural فعالين, whose third letter is an alef.
        if token.span.count == 6, key.unicodeScalars.dropFirst(2).first == "ا" { return false }
        guard !key.startsWithBytes("ال"), !["بال", "وال", "فال", "كال", "لل"].contains(where: key.startsWithBytes),
              !Stopwords.contains(key), GivenNames.gender(of: key) == nil, Gazetteer.match([key], at: 0) == nil
        else { return false }
        if index > 0, matching.tokens[index - 1].kind == .number { return false }
        if index + 1 < matching.tokens.count, ["اثنتين", "اثنتان"].contains(where: { matching.text(ofToken: index + 1).sameBytes($0) }) {
            return false
        }
        return true
    }
}
