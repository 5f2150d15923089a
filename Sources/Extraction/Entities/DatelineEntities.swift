import ArabicText

/// The entities of a dateline the ingest took out of an article's body: the place the story was
/// filed from and the agency, outlet or correspondent credited with it («بغداد - واع»، «دمشق-سانا»،
/// «إسطنبول/ الأناضول»، «السومرية نيوز/ بغداد»، «تونس 18 جوان (وات)»). No sentence names them, so
/// they are entities of the article without mentions.
///
/// A dateline is read as one to three parts between dashes, slashes, colons or parentheses. The
/// part a gazetteer knows as a place is the place; where none is known, the first part is (datelines
/// open with the place as a rule). The next other part is the credit: a body the gazetteer knows, a
/// person where it opens with a given name and has a second word («بيروت - فادي سعد»), otherwise an
/// agency or outlet named as written («واع»، «أ ش أ»). A date after the place («الخرطوم 19 مايو») is
/// no part of either.
enum DatelineEntities {
    /// The entities `dateline` names, merged as within an article.
    static func items(of dateline: String) -> [DocumentEntities.Item] {
        let text = AnnotatedText(dateline)
        let candidates = candidates(of: text.tokens.indices, in: text, found: EntityRecognizer().candidates(in: text))
        return candidates.isEmpty ? [] : EntityMerger.merge(candidates, in: text).items
    }

    /// The place and the credit of the dateline at `tokens` of `text`, in text order: for each, the
    /// candidate of `found` (the recognizer's candidates there) that covers the whole part, or else
    /// a new one over the part. Empty where the tokens do not read as a dateline, or where
    /// `knownPlace` asks for a place the recognizer found and there is neither one nor an outlet
    /// the gazetteer knows as the credit («شفشاون: اليوم 24»).
    static func candidates(of tokens: Range<Int>, in text: AnnotatedText, found: [EntityCandidate], knownPlace: Bool = false) -> [EntityCandidate] {
        let parts = parts(of: tokens, in: text)
        guard !parts.isEmpty, parts.count <= 3 else { return [] }
        // The candidate that covers a whole part, if any.
        let whole = parts.map { part in found.first { $0.tokens == part } }
        let knownPlaceAt = parts.indices.first { whole[$0]?.type == .location }
        guard knownPlaceAt != nil || !knownPlace || parts.count == 2 && namesAKnownOutlet(parts[1], in: text) else { return [] }
        let place = knownPlaceAt ?? 0
        var candidates: [EntityCandidate] = [whole[place] ?? candidate(parts[place], type: .location, in: text)]
        if let credit = parts.indices.first(where: { $0 != place }), !namesNoOne(parts[credit], in: text) {
            // «الرباط - هبة بريس:»: a word that closes an outlet's name makes the credit an outlet,
            // though a given name opens it.
            if let known = whole[credit], known.type == .person, let last = parts[credit].last,
               OutletName.tailWords.contains(text.tokens[last].key) {
                candidates.append(candidate(parts[credit], type: .organization, in: text))
            } else if let known = whole[credit], known.type != .location {
                candidates.append(known)
            } else if whole[credit] == nil {
                candidates.append(candidate(parts[credit], type: namesAPerson(parts[credit], in: text) ? .person : .organization, in: text))
            }
        }
        return candidates.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The runs of words between the dateline's separators. A date after a place («الخرطوم 19 مايو»,
    /// «مسقط في 1 يناير») runs from its number, or the «في» before it, to the next separator and is
    /// no part; a number alone after a word is the end of its name («اليوم 24»). A run of more than
    /// four words is no part of a dateline, and makes it unread.
    private static func parts(of range: Range<Int>, in text: AnnotatedText) -> [Range<Int>] {
        let tokens = text.tokens[..<range.upperBound]
        func isWord(_ index: Int) -> Bool { tokens[index].kind == .word || tokens[index].kind == .latin }
        func opensADate(_ index: Int) -> Bool {
            tokens[index].kind == .number
                || tokens[index].key.sameBytes("في") && index + 1 < tokens.count && tokens[index + 1].kind == .number
        }
        // What a date goes on with: a number, a month's name, or a mark glued between them
        // («12-3-2026»، «أيلول/سبتمبر»).
        func continuesADate(_ index: Int) -> Bool {
            switch tokens[index].kind {
            case .number: return true
            case .word: return MonthLexicon.month(named: tokens[index].surface) != nil
            case .punctuation, .symbol:
                return index > 0 && index + 1 < tokens.count
                    && tokens[index - 1].span.upperBound == tokens[index].span.lowerBound
                    && tokens[index].span.upperBound == tokens[index + 1].span.lowerBound
                    && (tokens[index + 1].kind == .number || MonthLexicon.month(named: tokens[index + 1].surface) != nil)
            default: return false
            }
        }
        // Whether a date goes on after the number at `index`, glued or spaced («15 – 11»).
        func goesOnAsADate(after index: Int) -> Bool {
            guard index + 1 < tokens.count else { return false }
            if continuesADate(index + 1) { return true }
            return tokens[index + 1].kind != .word && index + 2 < tokens.count && tokens[index + 2].kind == .number
        }
        var parts: [Range<Int>] = []
        var index = range.lowerBound
        while index < tokens.count {
            if opensADate(index) {
                index += 1
                while index < tokens.count, continuesADate(index) { index += 1 }
            } else if isWord(index) {
                let start = index
                while index < tokens.count, isWord(index), !opensADate(index) { index += 1 }
                // A number of one to three digits alone after a word is the end of an outlet's name
                // («اليوم 24»، «فرانس 24»), not a date.
                if index < tokens.count, tokens[index].kind == .number, tokens[index].span.count <= 3,
                   !goesOnAsADate(after: index) {
                    index += 1
                }
                guard index - start <= 4 else { return [] }
                parts.append(start..<index)
            } else {
                index += 1
            }
        }
        return parts
    }

    /// Whether the words `part` are the whole name of an outlet the gazetteer knows («اليوم 24»، «الشروق»).
    private static func namesAKnownOutlet(_ part: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let match = Gazetteer.match(in: text.words, at: part.lowerBound) else { return false }
        return match.procliticLength == 0 && match.wordCount == part.count && (match.entry.isMedia || match.alternatives.contains(where: \.isMedia))
    }

    /// Whether the credit `part` names no one: «مراسلنا»، «خاص»، «وكالات»، «متابعات».
    private static func namesNoOne(_ part: Range<Int>, in text: AnnotatedText) -> Bool {
        genericCredits.contains(text.tokens[part.lowerBound].key)
    }

    /// First words of credits that name no one (matching form).
    private static let genericCredits = WordIndex(
        ["مراسلنا", "مراسلتنا", "مراسلونا", "مراسل", "مراسلة", "موفدنا", "موفد", "مندوبنا", "مندوب", "خاص", "خاصة", "وكالات", "الوكالات",
         "متابعات", "متابعة", "المحرر", "محرر", "تحرير", "القسم", "قسم", "فريق"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the words `part` read as a correspondent's name: a given name and at least one more word.
    private static func namesAPerson(_ part: Range<Int>, in text: AnnotatedText) -> Bool {
        part.count >= 2 && text.tokens[part.lowerBound].isWord && !OutletName.tailWords.contains(text.tokens[part.upperBound - 1].key)
            && GivenNames.gender(ofWritten: text.tokens[part.lowerBound].surface, key: text.tokens[part.lowerBound].key) != nil
    }

    /// A candidate of `type` over the words `part`, named as written.
    private static func candidate(_ part: Range<Int>, type: EntityType, in text: AnnotatedText) -> EntityCandidate {
        EntityCandidate(type: type, tokens: part, surface: text.text(ofTokens: part), words: part.map { text.tokens[$0].key })
    }
}
