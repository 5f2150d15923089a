import ArabicText

/// One quantity while ``QuantityScan`` builds it, in normalized scalar offsets and token indices.
struct QuantityCandidate {
    /// Span start and end (normalized scalars).
    var start: Int
    var end: Int
    /// The first token of the whole span, the first and last token of the number itself, and the
    /// last token of the whole span.
    var startToken: Int
    var firstToken: Int
    var lastToken: Int
    var endToken: Int
    var value: Double
    /// The unit's span (normalized scalars) and category, when known.
    var unit: Range<Int>?
    var unitCategory: QuantityLexicon.UnitCategory?
    var isApproximate: Bool
    /// Preceded by بين or ما بين: the first bound of a range.
    var opensRange = false
    /// A whole number of four digits from 1900 to 2100 written in digits alone: a year unless a
    /// listed unit follows, or any noun after a marker. Earlier years come with a year word (عام
    /// 1258، سنة 1798), so a bare 1237 is a count.
    var isYearLike = false
    /// Written with the article before the digits (الـ20): an ordinal or a name unless a unit follows.
    var hasArticle = false
    /// A fraction (نصف، ثلثا، 3/4): a quantity only with what it divides.
    var isFraction = false
    /// واحد or اثنان and their forms alone: an adjective after the counted noun.
    var isLoneOneOrTwo = false
    /// The token before the span, for relative dates (قبل، منذ).
    var tokenBefore: Int?
}

/// The rules of ``QuantityFinder`` over one tokenized, normalized text.
struct QuantityScan {
    let text: MatchingText
    let triggers: QuantityTriggers

    init(text: MatchingText, triggers: QuantityTriggers) {
        self.text = text
        self.triggers = triggers
    }

    // Normalized bytes of the tokens the rules compare against.
    private static let dash: [UInt8] = Array("-".utf8)
    private static let enDash: [UInt8] = Array("–".utf8)
    private static let article: [UInt8] = Array("ال".utf8)

    /// Whether the word of `bytes` (matching form) may be the noun a number counts: no article, no
    /// leading و or ف, no plural verb's «وا», no function word.
    private static func mayBeCountedNoun(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.starts(with: article), !bytes.starts(with: conjunctionWa), !bytes.starts(with: conjunctionFa),
              !bytes.reversed().starts(with: pluralVerbEnding.reversed())
        else { return false }
        return !bytes.withUnsafeBufferPointer { Stopwords.contains(utf8: $0) }
    }

    private static let conjunctionWa: [UInt8] = Array("و".utf8)
    private static let conjunctionFa: [UInt8] = Array("ف".utf8)
    private static let pluralVerbEnding: [UInt8] = Array("وا".utf8)
    private static let min: [UInt8] = Array("من".utf8)
    private static let openingParenthesis: [UInt8] = Array("(".utf8)
    private static let closingParenthesis: [UInt8] = Array(")".utf8)
    private static let or: [UInt8] = Array("او".utf8)
    /// Phrases of ب and ف that follow a number without being its counted noun (matching form).
    private static let prepositionalPhrases = WordIndex(
        ["بنسبة", "بقيمة", "بمعدل", "بواقع", "بمبلغ", "بمقدار", "بفارق", "بزيادة", "بحسب", "بسبب", "بفضل", "بدلا", "بدل", "بحلول",
         "بينها", "بينهم", "بينهن", "بعدما", "فيما", "فقط", "فأكثر", "فما", "فوق", "بمجموع", "بإجمالي", "بحصيلة", "بتكلفة", "بكلفة",
         "بسعر", "بطول", "بعرض", "بعمق", "بارتفاع", "بوزن", "بحجم", "بمساحة", "بسرعة", "بنتيجة", "برصيد", "بمشاركة", "بحضور"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
    /// «من» and «على» (matching form) after a duration that counts from an event.
    private static let eventPrepositions: [[UInt8]] = ["من", "علي"].map { Array($0.utf8) }
    /// The endings of sound plurals and duals (matching form).
    private static let pluralEndings: [[UInt8]] = ["ين", "ون", "ات", "ان"].map { Array($0.utf8) }
    /// The prepositions ل and ب, glued to a word.
    private static let prepositions: [[UInt8]] = ["ل", "ب"].map { Array($0.utf8) }
    /// «هذا» and «هذه» (matching form), which make a year word a whole date.
    private static let demonstratives: [[UInt8]] = ["هذا", "هذه"].map { Array($0.utf8) }
    /// «فقط» and «تقريبا» (matching form), which may stand between a duration and its «من».
    /// «منذ» (matching form), alone or after و: a duration after it lasts to the present.
    private static let since: [[UInt8]] = ["منذ", "ومنذ"].map { Array($0.utf8) }
    private static let adverbsBeforeAnEvent: [[UInt8]] = ["فقط", "تقريبا"].map { Array($0.utf8) }
    private static let signs: [[UInt8]] = ["$", "€", "£", "¥"].map { Array($0.utf8) }

    /// The endings of a counted noun after a number: the accusative («مصارعا»), sound plurals.
    private static let countedEndings: [[UInt8]] = ["ا", "ات", "ين"].map { Array($0.utf8) }

    /// Percent signs, Latin and Arabic.
    private static let percentSigns: [[UInt8]] = ["%", "٪"].map { Array($0.utf8) }

    /// The quantities for the numerals found in the text, with approximate plurals added, in order.
    func candidates(for numerals: [NumeralMatch]) -> [QuantityCandidate] {
        var candidates: [QuantityCandidate] = []
        candidates.reserveCapacity(numerals.count)
        var token = 0
        var consumed = -1
        for numeral in numerals where numeral.kind != .ordinal {
            let start = numeral.span.lowerBound
            while token < text.tokens.count, text.tokens[token].span.upperBound <= start { token += 1 }
            guard token < text.tokens.count, token > consumed else { continue }
            var last = token
            while last + 1 < text.tokens.count, text.tokens[last + 1].span.lowerBound < numeral.span.upperBound {
                last += 1
            }
            guard let candidate = candidate(numeral, first: token, last: last, after: consumed) else { continue }
            candidates.append(candidate)
            consumed = candidate.endToken
        }
        joinRanges(&candidates)
        var kept: [QuantityCandidate] = []
        kept.reserveCapacity(candidates.count)
        for candidate in candidates {
            // A unit read back from the noun before a lone واحد may reach into the quantity before it.
            guard let done = finished(candidate), done.startToken > kept.last?.endToken ?? -1 else { continue }
            kept.append(done)
        }
        addApproximatePlurals(to: &kept)
        addDuals(to: &kept)
        addOnesAfterComparisons(to: &kept)
        addOthers(to: &kept)
        addCounterComplements(to: &kept)
        return kept
    }

    // MARK: Numbers

    /// The quantity of a numeral over tokens `first...last`, whose span may not reach back to token
    /// `consumed`, or `nil` when the numeral is no quantity.
    private func candidate(_ numeral: NumeralMatch, first: Int, last: Int, after consumed: Int) -> QuantityCandidate? {
        let tokens = text.tokens
        // A sign or a leading point may come first (-5، .77); a handle or a URL never does.
        guard (first...last).contains(where: { tokens[$0].kind == .number || tokens[$0].kind == .word }),
            tokens[first].kind == .number || tokens[first].kind == .word || tokens[first].kind == .punctuation
        else { return nil }
        var candidate = QuantityCandidate(
            start: numeral.span.lowerBound, end: numeral.span.upperBound, startToken: first, firstToken: first,
            lastToken: last,
            endToken: last, value: numeral.value, isApproximate: false)
        candidate.isFraction = numeral.kind == .fraction
        let digitsOnly = first == last && tokens[first].kind == .number
        if digitsOnly {
            let bytes = text.bytes[tokens[first].utf8Span]
            // A leading zero makes a code or a telephone number (07، 0770…), not a count.
            if bytes.count > 1, bytes.first == 0x30, bytes.dropFirst().first != 0x2E, bytes.dropFirst().first != 0x2C {
                return nil
            }
            candidate.isYearLike =
                numeral.value >= 1900 && numeral.value <= 2100 && numeral.value.rounded() == numeral.value
                && bytes.count == 4
        }
        if first == last, tokens[first].kind == .word, numeral.value == 1 || numeral.value == 2 {
            candidate.isLoneOneOrTwo = true
        }
        if tokens[first].kind == .word, startsWithArticle(token: first, atScalar: numeral.span.lowerBound) {
            candidate.hasArticle = true  // السنوات الخمس، الأعضاء الثلاثة: the count follows its noun
        }

        // Before the number: الـ, a code's dash, a currency sign, a marker, a year, time or label word.
        var before = first - 1
        // «ضبط (250,000) قرص»، «ضبط (150) كيلوغراما»: official statements set the figure in
        // parentheses before its noun; the words around the parentheses are read as around the figure
        // («المادة (12)» is a label).
        let inParentheses = before >= 0 && last + 2 < tokens.count && text.token(before, is: Self.openingParenthesis)
            && text.token(last + 1, is: Self.closingParenthesis) && text.isOnSameLine(last + 2)
        if inParentheses {
            before -= 1
        } else if before >= 0, text.isAttached(first), text.token(before, is: Self.article) {
            candidate.hasArticle = true
            before -= 1
        } else if before >= 1, text.isAttached(first), isDash(before), text.isAttached(before),
            text.isWordLike(before - 1)
        {
            return nil  // كوفيد-19، إف-16
        } else if before >= 1, text.isAttached(first), text.token(before, is: Array("+".utf8)), text.isAttached(before),
            tokens[before - 1].kind == .number
        {
            return nil  // «الدقيقة 90+3»: the minutes of stoppage time, not a count
        }
        if before >= 0, text.isOnSameLine(before + 1), Self.signs.contains(where: { text.token(before, is: $0) }) {
            candidate.unit = tokens[before].span
            candidate.unitCategory = .currency
            candidate.start = tokens[before].span.lowerBound
            candidate.startToken = before
            before -= 1
        }
        // «العام 2026»، «الساعة 10»: a year, a time or a label; but no year is beyond 2100 («هذا العام
        // 3450 حاجا» counts pilgrims), and «هذا العام» is a whole date: «افتتحت هذا العام 64 مدرسة».
        let afterThisYear = before >= 1 && Self.demonstratives.contains { text.token(before - 1, is: $0) }
        // «إم 16» is a label; «أم لخمسة أطفال», which folds alike, is a mother of five: a label takes
        // no number glued to a preposition.
        let afterPreposition = tokens[first].kind == .word && Self.prepositions.contains { text.bytes[tokens[first].utf8Span].starts(with: $0) }
        // «منذ بدء الموسم 64 محضرا»: a number below any year with a bare noun after it counts that
        // noun; not a function word, a verb in the plural or a word after و («عام 48 وعادوا»). Read
        // only after a year's head.
        let countsTheNounAfter = {
            digitsOnly && numeral.value < 1900 && last + 1 < tokens.count && tokens[last + 1].kind == .word
                && text.isOnSameLine(last + 1) && Self.mayBeCountedNoun(text.bytes[tokens[last + 1].utf8Span])
        }
        // «القطاع العام 30%»: a share is no year.
        let isAShare = last + 1 < tokens.count && Self.percentSigns.contains { text.token(last + 1, is: $0) }
        // «شارك في هذه الطبعة 286 مصارعا»: a label word before a count of the noun after it, in the
        // accusative or a plural («الطريق 30 شمال العاصمة» is a road's number), is no label.
        let countsAPluralOrAccusativeAfter = {
            countsTheNounAfter() && Self.countedEndings.contains { text.bytes[tokens[last + 1].utf8Span].reversed().starts(with: $0.reversed()) }
        }
        if before >= 0, let roles = contextRoles(endingAt: before),
            roles.contains(.clockHead) || roles.contains(.label) && !afterPreposition && !countsAPluralOrAccusativeAfter()
                || roles.contains(.yearHead) && !(digitsOnly && numeral.value > 2100) && !afterThisYear && !countsTheNounAfter() && !isAShare
        {
            return nil
        }
        // «كانون الثاني 2026 مليونا وثلاثمئة ألف مسافر»: the year of a date does not start a count
        // with the number words after it.
        if first != last, tokens[first].kind == .number, before >= 0, monthEnds(at: before) {
            let bytes = text.bytes[tokens[first].utf8Span]
            if bytes.count == 4, let year = Int(String(decoding: bytes, as: UTF8.self)), (1900...2100).contains(year) { return nil }
        }
        if let (markerStart, _) = phrase(endingAt: before, in: QuantityLexicon.markersBefore), markerStart > consumed {
            candidate.isApproximate = true
            candidate.opensRange = contextRoles(endingAt: before)?.contains(.rangeStart) ?? false
            candidate.start = tokens[markerStart].span.lowerBound + markerProcliticLength(at: markerStart)
            candidate.startToken = markerStart
            before = markerStart - 1
        } else if followsBoundVerb(before: before) {
            candidate.isApproximate = true
        }
        candidate.tokenBefore = before >= 0 ? before : nil

        // After the number: a year or time word, a month (a date), then the unit.
        var next = last + 1
        if inParentheses { next += 1 }
        if next < tokens.count, text.isOnSameLine(next) {
            if let hit = QuantityLexicon.context.longest(in: text, at: next, proclitics: false),
                QuantityLexicon.context.payloads(of: hit).contains(where: {
                    !$0.intersection([.eraSuffix, .dayPart]).isEmpty
                })
            {
                return nil
            }
            // A day of the month: 9 ديسمبر، 15 من ديسمبر، 15 من الشهر الجاري.
            let couldBeDay = numeral.value >= 1 && numeral.value <= 31 && numeral.value.rounded() == numeral.value
            if couldBeDay, tokens[next].kind == .word, monthStarts(at: next) { return nil }
            if couldBeDay, text.token(next, is: Self.min), next + 1 < tokens.count,
                monthStarts(at: next + 1) || contextRoles(startingAt: next + 1).contains(.monthWord)
            {
                return nil
            }
            if let hit = markerAfter(at: next) {
                // «مئة ونيف قتيل»: the marker sits between the number and its unit.
                candidate.isApproximate = true
                next += hit.tokenCount
                candidate.endToken = next - 1
                candidate.end = tokens[next - 1].span.upperBound
            }
        }
        // A year-like number takes any noun as its unit only after a marker (أكثر من 1200 مشجع):
        // «في 2019 قرر» has none. A count in words with the article follows its noun («الأرصفة
        // الخمسة بكامل طاقتها») and takes only a listed unit after it.
        let countsTheNounBefore = candidate.hasArticle && tokens[first].kind == .word
        if candidate.unit == nil,
            let unit = unit(
                at: next, definite: candidate.isFraction ? .allowed : .forbidden,
                fallback: (!candidate.isYearLike || candidate.isApproximate) && !countsTheNounBefore)
        {
            candidate.unit = tokens[unit.first].span.lowerBound..<tokens[unit.last].span.upperBound
            candidate.unitCategory = unit.category
            if inParentheses, candidate.startToken == first {
                candidate.start = tokens[first - 1].span.lowerBound
                candidate.startToken = first - 1
            }
            candidate.endToken = unit.last
            candidate.end = tokens[unit.last].span.upperBound
            extendUnit(&candidate)
        }
        extendWithMarkerAfter(&candidate)
        // A year after a month name (ديسمبر 2021، كانون الأول 2021): only a year-like number with a
        // unit got this far, since one without a unit is dropped anyway.
        if candidate.isYearLike, candidate.unit != nil, let tokenBefore = candidate.tokenBefore,
            monthEnds(at: tokenBefore)
        {
            return nil
        }
        return candidate
    }

    /// A rate (يوميا، للبرميل) or, after a currency, a nationality (دولار أمريكي) continues the unit.
    private func extendUnit(_ candidate: inout QuantityCandidate) {
        guard let unit = candidate.unit else { return }
        var next = candidate.endToken + 1
        guard next < text.tokens.count, text.isOnSameLine(next) else { return }
        if candidate.unitCategory == .currency,
            let hit = Gazetteer.table.phrases.longest(in: text, at: next, proclitics: false),
            Gazetteer.table.phrases.payloads(of: hit).contains(where: \.isAdjective)
        {
            next += hit.tokenCount
        }
        if candidate.unitCategory != .percent, candidate.unitCategory != .duration, next < text.tokens.count,
            text.isOnSameLine(next), let hit = QuantityLexicon.context.longest(in: text, at: next, proclitics: false),
            QuantityLexicon.context.payloads(of: hit).contains(where: { $0.contains(.rate) })
        {
            next += hit.tokenCount
        }
        guard next - 1 > candidate.endToken else { return }
        candidate.endToken = next - 1
        candidate.end = text.tokens[next - 1].span.upperBound
        candidate.unit = unit.lowerBound..<candidate.end
    }

    /// A marker after the number or its unit (تقريبا، فأكثر، على الأقل) makes it approximate, unless
    /// it opens the next number's marker: in «1500 جندي وأكثر من 1200 مسعف», «وأكثر» is و + «أكثر من».
    private func extendWithMarkerAfter(_ candidate: inout QuantityCandidate) {
        let next = candidate.endToken + 1
        guard next < text.tokens.count, text.isOnSameLine(next),
            let hit = markerAfter(at: next)
        else { return }
        candidate.isApproximate = true
        candidate.endToken = next + hit.tokenCount - 1
        candidate.end = text.tokens[candidate.endToken].span.upperBound
    }

    /// The marker after a number that starts at token `index`, when it is not the start of a longer
    /// marker before a number.
    private func markerAfter(at index: Int) -> PhraseTable<Bool>.Hit? {
        guard let hit = QuantityLexicon.markersAfter.longest(in: text, at: index, proclitics: false) else { return nil }
        if let before = QuantityLexicon.markersBefore.longest(in: text, at: index, proclitics: true),
            before.tokenCount > hit.tokenCount
        {
            return nil
        }
        return hit
    }

    // MARK: Units

    enum DefinitePolicy {
        case forbidden
        case allowed
        case required
    }

    /// The unit that starts at token `index`: a sign, a listed unit, «من» and a definite or listed
    /// noun, or (with `fallback`) any other noun that passes ``isFallbackUnit(_:definite:)``.
    func unit(at index: Int, definite: DefinitePolicy, fallback: Bool)
        -> (first: Int, last: Int, category: QuantityLexicon.UnitCategory?)?
    {
        guard index < text.tokens.count, text.isOnSameLine(index) else { return nil }
        if let hit = QuantityLexicon.units.longest(in: text, at: index, proclitics: false),
            let form = QuantityLexicon.units.payloads(of: hit).first, !form.isDefinite || definite != .forbidden
        {
            return (index, index + hit.tokenCount - 1, form.category)
        }
        if Self.signs.contains(where: { text.token(index, is: $0) }) { return (index, index, .currency) }
        if text.token(index, is: Self.min) {
            let noun = index + 1
            guard noun < text.tokens.count, text.isOnSameLine(noun) else { return nil }
            if let hit = QuantityLexicon.units.longest(in: text, at: noun, proclitics: false),
                let form = QuantityLexicon.units.payloads(of: hit).first
            {
                return (noun, noun + hit.tokenCount - 1, form.category)
            }
            return isFallbackUnit(noun, definite: .required) ? (noun, noun, nil) : nil
        }
        guard fallback, isFallbackUnit(index, definite: definite) else { return nil }
        return (index, index, nil)
    }

    /// Whether the word at `index` may be a counted noun: an Arabic word of two letters or more (four
    /// with the article), not starting with a proclitic letter, not a function word, a context word
    /// or an approximate plural. (A month after a day number was ruled out before.)
    func isFallbackUnit(_ index: Int, definite: DefinitePolicy) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word else { return false }
        return text.bytes.withUnsafeBufferPointer { all -> Bool in
            let bytes = UnsafeBufferPointer(rebasing: all[token.utf8Span])
            let letters = token.span.count
            let isDefinite =
                bytes.count > 4 && bytes[0] == 0xD8 && bytes[1] == 0xA7 && bytes[2] == 0xD9 && bytes[3] == 0x84
            switch definite {
            case .forbidden: if isDefinite { return false }
            case .required: if !isDefinite { return false }
            case .allowed: break
            }
            guard letters >= (isDefinite ? 4 : 2) else { return false }
            // A noun in the accusative with its alef (فرعا، بلاغا، لاجئا) is the counted noun of a
            // number from 11 on, whatever letter opens it: no proclitic comes before such a noun.
            let isAccusative = letters >= 4 && bytes.count >= 2 && bytes[bytes.count - 2] == 0xD8 && bytes[bytes.count - 1] == 0xA7
            if !isDefinite, !isAccusative, bytes.count >= 2 {
                let lead = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
                // U+0648 WAW and U+0644 LAM open a conjunction or a preposition after a number («قتل 5
                // وأصيب»، «5 لكل»). U+0641 FEH, U+0628 BEH and U+0643 KAF open nouns as often (ثلاثة فصول،
                // 85 فعالية، ألف بطانية، عشر بقرات): a word of four letters or more is a noun unless it
                // is a preposition's phrase a number is followed by (بنسبة، بقيمة، بفارق).
                if [0xD988, 0xD984].contains(lead) { return false }
                if [0xD981, 0xD8A8, 0xD983].contains(lead) {
                    if letters < 4 || Self.prepositionalPhrases.contains(utf8: bytes) { return false }
                    // «بالفساد»: a preposition glued to the article.
                    if bytes.count > 6, bytes[2...].starts(with: Self.article) { return false }
                    if Stopwords.contains(utf8: UnsafeBufferPointer(rebasing: bytes[2...])) { return false }
                }
            }
            if Stopwords.contains(utf8: bytes) { return false }
            if QuantityLexicon.context.longest(in: text, at: index, proclitics: false)?.tokenCount == 1 { return false }
            return QuantityLexicon.approximatePlurals.longest(in: text, at: index, proclitics: false) == nil
        }
    }

    // MARK: Context

    /// Whether the number word at scalar `offset`, inside the word token `index`, carries the
    /// article: ال, but not the ا and ل of ألف and آلاف (الف، الاف in matching form).
    private func startsWithArticle(token index: Int, atScalar offset: Int) -> Bool {
        let token = text.tokens[index]
        // The letters before `offset` in the word are proclitics, two bytes each.
        let byte = token.utf8Span.lowerBound + 2 * (offset - token.span.lowerBound)
        // «للنصف»: ل before the article drops its alef, and the number is read from the article's ل.
        if byte >= token.utf8Span.lowerBound + 2, byte + 4 <= token.utf8Span.upperBound,
           text.bytes[byte - 2] == 0xD9, text.bytes[byte - 1] == 0x84, text.bytes[byte] == 0xD9, text.bytes[byte + 1] == 0x84 {
            return true
        }
        guard byte + 6 <= token.utf8Span.upperBound, text.bytes[byte] == 0xD8, text.bytes[byte + 1] == 0xA7,
            text.bytes[byte + 2] == 0xD9, text.bytes[byte + 3] == 0x84
        else { return false }
        let afterArticle = (text.bytes[byte + 4], text.bytes[byte + 5])
        if afterArticle == (0xD9, 0x81) { return false }  // الف: U+0641 ARABIC LETTER FEH after ا ل
        if afterArticle == (0xD8, 0xA7), byte + 8 <= token.utf8Span.upperBound,
            text.bytes[byte + 6] == 0xD9, text.bytes[byte + 7] == 0x81
        {
            return false  // الاف: ا ل ا ف
        }
        return true
    }

    private func isDash(_ index: Int) -> Bool {
        text.token(index, is: Self.dash) || text.token(index, is: Self.enDash)
    }

    /// The roles of the context phrase that starts at token `index`, read without proclitics.
    func contextRoles(startingAt index: Int) -> QuantityLexicon.ContextRoles {
        guard let hit = QuantityLexicon.context.longest(in: text, at: index, proclitics: false) else { return [] }
        return QuantityLexicon.context.payloads(of: hit).reduce(into: []) { $0.formUnion($1) }
    }

    /// The roles of the context phrase that ends at token `index`.
    private func contextRoles(endingAt index: Int) -> QuantityLexicon.ContextRoles? {
        guard let (_, hit) = phrase(endingAt: index, in: QuantityLexicon.context) else { return nil }
        return QuantityLexicon.context.payloads(of: hit).reduce(into: []) { $0.formUnion($1) }
    }

    /// The longest phrase of `table` that ends exactly at token `index`, read with proclitics on its
    /// first word, with the index of its first token.
    private func phrase<Payload>(endingAt index: Int, in table: PhraseTable<Payload>) -> (
        Int, PhraseTable<Payload>.Hit
    )? {
        guard index >= 0, index < text.tokens.count else { return nil }
        var start = Swift.max(0, index - table.maxTokenCount + 1)
        while start <= index {
            if text.isWordLike(start), let hit = table.longest(in: text, at: start, proclitics: true),
                start + hit.tokenCount - 1 == index
            {
                return (start, hit)
            }
            start += 1
        }
        return nil
    }

    /// The proclitic letters in front of a marker's first word (بنحو، وأكثر), which its span leaves out.
    private func markerProcliticLength(at index: Int) -> Int {
        QuantityLexicon.markersBefore.longest(in: text, at: index, proclitics: true)?.procliticLength ?? 0
    }

    /// Whether a month name starts at token `index` (with شهر before it, or a proclitic).
    private func monthStarts(at index: Int) -> Bool {
        guard index < text.tokens.count, text.tokens[index].kind == .word else { return false }
        let words = (index..<Swift.min(index + 3, text.tokens.count)).map(text.text(ofToken:))
        return MonthLexicon.match(words, at: 0) != nil
    }

    /// Whether a month name of one to three words ends at token `index`.
    private func monthEnds(at index: Int) -> Bool {
        guard text.tokens[index].kind == .word else { return false }
        for count in 1...3 where index - count + 1 >= 0 {
            let start = index - count + 1
            let words = (start...index).map(text.text(ofToken:))
            if MonthLexicon.match(words, at: 0)?.wordCount == count { return true }
        }
        return false
    }

    // MARK: Ranges and filtering

    /// Two numbers joined by و، أو، إلى، حتى or a dash share the unit after the second (بين 20 و30
    /// قتيلا، 3-4 أيام); a dash, أو or بين makes both approximate. Two numbers joined by a dash with no
    /// unit (a score 2-1, seasons 2020-2021) are dropped.
    private func joinRanges(_ candidates: inout [QuantityCandidate]) {
        var index = 0
        while index + 1 < candidates.count {
            let first = candidates[index]
            let second = candidates[index + 1]
            guard first.unit == nil, let joiner = joiner(between: first, and: second) else {
                index += 1
                continue
            }
            if second.unit == nil, joiner == .dash {
                candidates.removeSubrange(index...index + 1)
                continue
            }
            let approximate = joiner == .dash || joiner == .or || first.opensRange
            if let unit = second.unit, first.isLoneOneOrTwo == false {
                candidates[index].unit = unit
                candidates[index].unitCategory = second.unitCategory
            }
            if approximate {
                candidates[index].isApproximate = true
                candidates[index + 1].isApproximate = true
            }
            // «ما بين 8 و10 آلاف»، «من 3 إلى 5 ملايين»: the first bound takes the second's scale.
            if first.opensRange || joiner == .to || joiner == .dash, let scale = Self.scale(of: second.value),
               first.value < 1000, first.value * scale <= second.value,
               (second.firstToken...second.lastToken).contains(where: { text.tokens[$0].kind == .word }) {
                candidates[index].value = first.value * scale
            }
            index += 1
        }
    }

    /// The scale word a round figure written with one (ألف، مليون، مليار) has, as a factor: 10 000 has
    /// 1 000, 5 000 000 has 1 000 000; `nil` below a thousand or for a figure that is not round.
    static func scale(of value: Double) -> Double? {
        for scale in [1e9, 1e6, 1e3] where value >= scale {
            let count = value / scale
            return count < 1000 && count.rounded() == count ? scale : nil
        }
        return nil
    }

    private enum Joiner {
        case and
        case or
        case to
        case dash
    }

    private func joiner(between first: QuantityCandidate, and second: QuantityCandidate) -> Joiner? {
        let gap = second.firstToken - first.endToken
        if gap == 1 {
            // «ثلاثة وخمسة»: و is a clitic inside the second number's first token.
            let token = text.tokens[second.firstToken]
            guard second.start == token.span.lowerBound + 1, text.bytes[token.utf8Span.lowerBound] == 0xD9,
                text.bytes[token.utf8Span.lowerBound + 1] == 0x88  // U+0648 ARABIC LETTER WAW
            else { return nil }
            return .and
        }
        guard gap == 2, second.startToken == second.firstToken,
            second.start == text.tokens[second.firstToken].span.lowerBound
        else { return nil }
        let middle = first.endToken + 1
        guard text.isOnSameLine(middle), text.isOnSameLine(second.firstToken) else { return nil }
        if isDash(middle) { return text.isAttached(middle) && text.isAttached(second.firstToken) ? .dash : nil }
        guard let hit = QuantityLexicon.context.longest(in: text, at: middle, proclitics: false), hit.tokenCount == 1,
            QuantityLexicon.context.payloads(of: hit).contains(where: { $0.contains(.joiner) })
        else { return nil }
        if text.token(middle, is: Self.or) { return .or }
        return text.tokens[middle].span.count == 1 ? .and : .to
    }

    /// The candidate as it will be reported, or `nil` when it is no quantity after all: a duration
    /// after قبل or بعد or before الماضية or المقبلة (a date), or a number without a unit that is a
    /// year, written with the article (الـ20، السنوات الخمس), a bare fraction, or a lone واحد (unless
    /// the noun before it is a listed unit: شخص واحد).
    private func finished(_ candidate: QuantityCandidate) -> QuantityCandidate? {
        var candidate = candidate
        if candidate.unitCategory == .duration {
            // «قبل ثلاث ساعات من موعد الأمسية»، «بعد يومين على الحادث»: counted from an event, the
            // duration is no date but a span of time.
            let after = candidate.endToken + 1
            // «بعد 9 أيام فقط من رفع السعر»: an adverb may come before the preposition.
            let preposition = after < text.tokens.count && Self.adverbsBeforeAnEvent.contains(where: { text.token(after, is: $0) }) ? after + 1 : after
            let fromAnEvent = preposition < text.tokens.count && text.isOnSameLine(preposition)
                && Self.eventPrepositions.contains { text.token(preposition, is: $0) }
            // «يعمل بعقود يومية منذ أكثر من 12 عاما»: a duration after «منذ» is both a date and how
            // long something has lasted, a span of time the writer states.
            let lastsToThePresent = candidate.tokenBefore.map { before in Self.since.contains { text.token(before, is: $0) } } ?? false
            // «لم تصل الزوارق إلا بعد 6 ساعات»: hours and minutes name no day to resolve; after «بعد» or
            // «قبل» they tell how long something took.
            let finerThanADay = Self.unitsFinerThanADay.contains(text.text(ofToken: candidate.endToken))
            if let before = candidate.tokenBefore, contextRoles(endingAt: before)?.contains(.relativeTime) == true, !fromAnEvent,
               !lastsToThePresent, !finerThanADay {
                return nil
            }
            if after < text.tokens.count, text.isOnSameLine(after),
                contextRoles(startingAt: after).contains(.relativeAfter)
            {
                return nil
            }
        }
        // النصف الأول، الربع الثالث: a fraction with the article names a part, it counts nothing.
        if candidate.isFraction, candidate.hasArticle { return nil }
        // «وفاة مصابين اثنين متأثرين بجروحهما»: one or two in words follows the noun it counts, not
        // the word after it.
        if candidate.isLoneOneOrTwo, candidate.unit != nil, countsTheNounBefore(candidate) {
            candidate.unit = nil
            candidate.unitCategory = nil
            candidate.endToken = candidate.lastToken
            candidate.end = text.tokens[candidate.lastToken].span.upperBound
        }
        guard candidate.unit == nil else { return candidate }
        // A year-like figure is a count where it is approximate («أكثر من 1500») or counts others
        // («1500 آخرين»).
        if candidate.isYearLike, !candidate.isApproximate, !isFollowedByOthers(candidate) { return nil }
        // «الأرصفة الخمسة»، «الدول الخمس»: a count in words with the article follows the definite
        // noun it counts.
        if candidate.hasArticle, !candidate.isFraction, !candidate.isLoneOneOrTwo, candidate.value >= 3,
           text.tokens[candidate.firstToken].kind == .word, candidate.firstToken > 0, text.isOnSameLine(candidate.firstToken),
           isFallbackUnit(candidate.firstToken - 1, definite: .required) {
            let noun = candidate.firstToken - 1
            candidate.start = text.tokens[noun].span.lowerBound
            candidate.unit = candidate.start..<text.tokens[noun].span.upperBound
            candidate.startToken = noun
            return candidate
        }
        if candidate.hasArticle || candidate.isFraction { return nil }
        if candidate.isLoneOneOrTwo {
            let noun = candidate.firstToken - 1
            guard noun >= 0, text.isOnSameLine(candidate.firstToken) else { return nil }
            if let hit = indefiniteUnit(at: noun) {
                candidate.start = text.tokens[noun].span.lowerBound + hit.procliticLength
                candidate.unitCategory = QuantityLexicon.units.payloads(of: hit).first?.category
            } else if isBareCountedNoun(noun, value: candidate.value) {
                // «متهمين اثنين»، «مقاولين اثنين»: two follows the plural it counts, and one the
                // singular («شوط واحد»).
                candidate.start = text.tokens[noun].span.lowerBound
            } else if candidate.value == 2, Self.partitives.contains(where: { text.token(noun, is: $0) }) {
                // «سبعة أفراد بينهم اثنان من جنسية أجنبية»: two of those just counted, and «من» says
                // where they come from, not what they count.
                candidate.unit = nil
                candidate.unitCategory = nil
                candidate.endToken = candidate.lastToken
                candidate.end = text.tokens[candidate.lastToken].span.upperBound
                return candidate
            } else {
                return nil
            }
            candidate.unit = candidate.start..<text.tokens[noun].span.upperBound
            candidate.startToken = noun
        }
        return candidate
    }

    /// A listed unit of one word without the article at token `index` («جنديين اثنين»).
    private func indefiniteUnit(at index: Int) -> PhraseTable<QuantityLexicon.UnitForm>.Hit? {
        guard let hit = QuantityLexicon.units.longest(in: text, at: index, proclitics: true), hit.tokenCount == 1,
              QuantityLexicon.units.payloads(of: hit).first?.isDefinite == false
        else { return nil }
        return hit
    }

    /// Whether the noun right before a lone one or two in words is what it counts: a listed unit
    /// without the article, or a sound plural or dual of any noun («مصابين اثنين»، «شرطيان اثنان»).
    private func countsTheNounBefore(_ candidate: QuantityCandidate) -> Bool {
        let noun = candidate.firstToken - 1
        guard noun >= 0, text.isOnSameLine(candidate.firstToken) else { return false }
        return indefiniteUnit(at: noun) != nil || isBareCountedNoun(noun, value: candidate.value)
    }

    /// Whether the bare noun at `index`, no listed unit, is what a lone one or two after it counts: a
    /// plural or dual for two, any noun for one.
    private func isBareCountedNoun(_ index: Int, value: Double) -> Bool {
        isFallbackUnit(index, definite: .forbidden) && (value == 1 || isPlural(index))
    }

    /// Hours, minutes and seconds counted (matching form).
    private static let unitsFinerThanADay = WordIndex(
        ["ساعة", "ساعات", "ساعتين", "ساعتان", "دقيقة", "دقائق", "دقيقتين", "دقيقتان", "ثانية", "ثوان", "ثواني"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// «بينهم»، «منهم» and their feminine forms (matching form), after which «اثنان» alone counts.
    private static let partitives: [[UInt8]] = ["بينهم", "منهم", "بينها", "منها", "بينهن", "منهن"].map { Array($0.utf8) }

    /// Whether the word at `index` ends like a sound plural or a dual (ين، ون، ات، ان) after two
    /// letters at least.
    private func isPlural(_ index: Int) -> Bool {
        let bytes = text.bytes[text.tokens[index].utf8Span]
        return bytes.count >= 8 && Self.pluralEndings.contains { bytes.suffix($0.count).elementsEqual($0) }
    }

    // MARK: Approximate plurals

    /// The noun an approximate plural counts: after a definite plural (العشرات، الآلاف) only «من» and
    /// a noun; after بضعة or بضع an indefinite noun (بضعة أيام); after the other plurals a definite
    /// genitive (عشرات القتلى), a listed unit or «من» and a noun.
    private func unitAfterApproximatePlural(at index: Int, _ plural: QuantityLexicon.ApproximatePlural)
        -> (first: Int, last: Int, category: QuantityLexicon.UnitCategory?)?
    {
        if plural.isDefinite {
            guard index < text.tokens.count, text.token(index, is: Self.min) else { return nil }
            return unit(at: index, definite: .required, fallback: true)
        }
        return unit(at: index, definite: plural.value == 3 ? .forbidden : .required, fallback: true)
    }

    /// Adds «عشرات القتلى»، «آلاف المتظاهرين»، «بضعة أيام»، «مئات الآلاف من اللاجئين»: an approximate
    /// plural with a noun after it, on tokens no number covers; the value is the plural's lower bound.
    private func addApproximatePlurals(to candidates: inout [QuantityCandidate]) {
        var added: [QuantityCandidate] = []
        var next = 0
        var index = 0
        while index < text.tokens.count {
            while next < candidates.count, candidates[next].endToken < index { next += 1 }
            if next < candidates.count, candidates[next].startToken <= index, index <= candidates[next].endToken {
                index = candidates[next].endToken + 1
                continue
            }
            guard triggers.mayStartPlural(index),
                let hit = QuantityLexicon.approximatePlurals.longest(in: text, at: index, proclitics: true),
                let plural = QuantityLexicon.approximatePlurals.payloads(of: hit).first
            else {
                index += 1
                continue
            }
            let after = index + hit.tokenCount
            let limit = next < candidates.count ? candidates[next].startToken : text.tokens.count
            guard
                let unit = unitAfterApproximatePlural(at: after, plural),
                unit.last < limit
            else {
                index = after
                continue
            }
            var candidate = QuantityCandidate(
                start: text.tokens[index].span.lowerBound + hit.procliticLength,
                end: text.tokens[unit.last].span.upperBound, startToken: index, firstToken: index, lastToken: after - 1,
                endToken: unit.last, value: plural.value,
                unit: text.tokens[unit.first].span.lowerBound..<text.tokens[unit.last].span.upperBound,
                unitCategory: unit.category, isApproximate: true)
            let previousEnd = next > 0 ? candidates[next - 1].endToken : -1
            if let (markerStart, _) = phrase(endingAt: index - 1, in: QuantityLexicon.markersBefore),
                markerStart > previousEnd
            {
                candidate.start = text.tokens[markerStart].span.lowerBound + markerProcliticLength(at: markerStart)
                candidate.startToken = markerStart
                candidate.tokenBefore = markerStart > 0 ? markerStart - 1 : nil
            } else {
                candidate.tokenBefore = index > 0 ? index - 1 : nil
            }
            extendUnit(&candidate)
            extendWithMarkerAfter(&candidate)
            if let kept = finished(candidate) { added.append(kept) }
            index = candidate.endToken + 1
        }
        guard !added.isEmpty else { return }
        candidates.append(contentsOf: added)
        candidates.sort { $0.start < $1.start }
    }

    // MARK: Duals

    /// Adds the duals of listed units, which count two by themselves (يومين، ساعتين، شخصان،
    /// دولارين), where no other quantity covers them. A form the lexicon lists is its plural, not a
    /// dual (مواطنين، مدنيين), and a definite dual refers back to two things named before (البلدين).
    private func addDuals(to candidates: inout [QuantityCandidate]) {
        var added: [QuantityCandidate] = []
        var next = 0
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            while next < candidates.count, candidates[next].endToken < index { next += 1 }
            if next < candidates.count, candidates[next].startToken <= index { continue }
            guard let unit = dualUnit(at: index) else { continue }
            let last = index + unit.tokenCount - 1
            let start = text.tokens[index].span.lowerBound + unit.procliticLength
            let end = text.tokens[last].span.upperBound
            let candidate = QuantityCandidate(
                start: start, end: end, startToken: index, firstToken: index,
                lastToken: last, endToken: last, value: 2, unit: start..<end,
                unitCategory: unit.category, isApproximate: false, tokenBefore: index > 0 ? index - 1 : nil)
            if let kept = finished(candidate) { added.append(kept) }
        }
        guard !added.isEmpty else { return }
        candidates.append(contentsOf: added)
        candidates.sort { $0.start < $1.start }
    }

    /// A unit of time alone after «أكثر من»، «أقل من»، «أزيد من» counts one: «بعد أكثر من ساعة على
    /// توقفها»، «منذ أقل من عام».
    private func addOnesAfterComparisons(to candidates: inout [QuantityCandidate]) {
        var added: [QuantityCandidate] = []
        var next = 0
        for index in text.tokens.indices.dropFirst().dropLast() where text.token(index, is: Self.min) {
            let marker = index - 1
            let unit = index + 1
            guard Self.comparisons.contains(where: { text.token(marker, is: $0) }), text.isOnSameLine(unit),
                  Self.unitsOfTime.contains(text.text(ofToken: unit))
            else { continue }
            while next < candidates.count, candidates[next].endToken < marker { next += 1 }
            if next < candidates.count, candidates[next].startToken <= unit { continue }
            let start = text.tokens[marker].span.lowerBound
            let candidate = QuantityCandidate(
                start: start, end: text.tokens[unit].span.upperBound, startToken: marker, firstToken: unit,
                lastToken: unit, endToken: unit, value: 1, unit: text.tokens[unit].span,
                unitCategory: .duration, isApproximate: true, tokenBefore: marker > 0 ? marker - 1 : nil)
            if let kept = finished(candidate) { added.append(kept) }
        }
        guard !added.isEmpty else { return }
        candidates.append(contentsOf: added)
        candidates.sort { $0.start < $1.start }
    }

    /// «أكثر»، «أقل»، «أزيد» before «من» (matching form).
    private static let comparisons: [[UInt8]] = ["اكثر", "اقل", "ازيد"].map { Array($0.utf8) }

    /// Units of time in the singular, without the article (matching form).
    private static let unitsOfTime = WordIndex(
        ["ساعة", "يوم", "أسبوع", "شهر", "عام", "سنة", "دقيقة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The unit whose dual opens at the word at `index`, from the lexicon's table of duals, with the
    /// number of words it takes («كيلومترين مربعين» takes two). Every dual ends in ان or ين, so only
    /// such a word is looked up.
    private func dualUnit(at index: Int) -> (category: QuantityLexicon.UnitCategory, procliticLength: Int, tokenCount: Int)? {
        let span = text.tokens[index].utf8Span
        guard span.count >= 6, text.bytes[span.upperBound - 2] == 0xD9, text.bytes[span.upperBound - 1] == 0x86,
              text.bytes[span.upperBound - 4] == 0xD8 && text.bytes[span.upperBound - 3] == 0xA7
                || text.bytes[span.upperBound - 4] == 0xD9 && text.bytes[span.upperBound - 3] == 0x8A,
              let hit = QuantityLexicon.duals.longest(in: text, at: index, proclitics: true),
              let category = QuantityLexicon.duals.payloads(of: hit).first
        else { return nil }
        return (category, hit.procliticLength, hit.tokenCount)
    }
}
