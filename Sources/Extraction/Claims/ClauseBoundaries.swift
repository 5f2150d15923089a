import ArabicText

/// Where a long sentence of news chains clauses that each report something of their own.
///
/// Arabic news writes long sentences that join several reports with a comma and و before a verb
/// («تقود واشنطن التحالف منذ 2014، ونشرت نحو ثلاثة آلاف جندي») or with a clause particle («…، فيما
/// أعلنت الوزارة …»). Each such clause is a claim of its own: aligned as one unit with the whole
/// sentence, each of its reports would be compared with the other reports too. A sentence is cut only
/// where both sides keep ``minimumWords`` words, so a short clause stays with its sentence.
enum ClauseBoundaries {
    /// The fewest words a clause keeps on each side of a cut.
    static let minimumWords = 6

    /// The token ranges of the clauses of the sentence whose tokens are `sentence`, in order; they
    /// cover `sentence` (the comma before a clause ends the clause before it).
    static func clauses(of sentence: Range<Int>, in text: AnnotatedText) -> [Range<Int>] {
        let tokens = text.tokens
        let totalWords = sentence.reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        guard totalWords >= 2 * minimumWords else { return [sentence] }
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        var wordsBefore = 0
        var wordsSinceStart = 0
        for index in sentence {
            if tokens[index].isWord {
                wordsBefore += 1
                wordsSinceStart += 1
            }
            guard tokens[index].isComma, index + 1 < sentence.upperBound, opensClause(tokens[index + 1].key),
                  wordsSinceStart >= minimumWords, totalWords - wordsBefore >= minimumWords
            else { continue }
            clauses.append(start..<(index + 1))
            start = index + 1
            wordsSinceStart = 0
        }
        clauses.append(start..<sentence.upperBound)
        return clauses
    }

    /// Whether the word `key` (matching form) opens a clause after a comma: a particle that opens one
    /// (فيما، بينما، كما، ثم، رغم، لكن، إلا), or و or ف with a verb: one of the news lexicon (وأضاف، وسيعقد), an
    /// imperfect (ويأتي، وستبدأ) or a perfect in the feminine or the plural (ونقلت، وأكدوا). A noun
    /// with the article after و (، والمالية) joins a list instead.
    static func opensClause(_ key: String) -> Bool {
        if particles.contains(key) { return true }
        guard key.scalarCount > 3, key.startsWithBytes("و") || key.startsWithBytes("ف") else { return false }
        let verb = key.droppingScalars()
        if TenseLexicon.table.value(for: verb) != nil { return true }
        guard !verb.startsWithBytes("ال"), verb.scalarCount >= 4 else { return false }
        if verb.startsWithBytes("ي") || verb.startsWithBytes("سي") || verb.startsWithBytes("ست") { return true }
        return (verb.endsWithBytes("ت") && !verb.endsWithBytes("ات")) || verb.endsWithBytes("وا")
    }

    /// Particles that open a clause of its own after a comma; «رغم، لكن، إلا أن» open one that
    /// reports against the first («قفز السعر …، رغم تأكيد الوزارة أن الأسعار لم تتغير»).
    private static let particles = WordIndex(
        ["فيما", "بينما", "كما", "ثم", "وفيما", "وبينما", "وكما", "رغم", "ورغم", "برغم", "لكن", "ولكن", "إلا"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
