import ArabicText

/// Who a statement's words say speaks or acts, apart from what they say: claim alignment compares
/// what is said (see ``ClaimUnit/attributionStems``).
extension ClaimExtractor {
    /// For each token, whether it tells who speaks: a reporting verb (أعلن، قال، مضيفا) or a word of
    /// accordance (بحسب، وفق، حسب), and the entity mention that follows one as its subject or source
    /// («أعلنت وزارة الصحة»، «قال اليوم الدفاع المدني»، «بحسب وكالة الأنباء»), a time expression or a
    /// comma allowed between; and every word between a verb of saying and the «إن» or «أن» that opens
    /// what was said («وقال المتحدث باسم الوزارة، محمد سليمان، إن …»), but for the words of a
    /// quotation there (`quoted`: «نفى مسؤول، طلب عدم ذكر اسمه، إحالة الملاك …، موضحا أن» denies
    /// the referral). The parties an event tells of (الوداد، ميناء طنجة) are not who speaks.
    static func speakerWords(_ mentions: [Mention], dating: [Bool], quoted: [Bool], in text: AnnotatedText) -> [Bool] {
        var flags = [Bool](repeating: false, count: text.tokens.count)
        for (index, token) in text.tokens.enumerated() where token.isWord {
            guard token.reportingForm != nil || text.claimFacts(ofToken: index)?.isAccordance == true else { continue }
            flags[index] = true
            guard token.reportsSpeech else { continue }
            let sentence = text.sentenceOfToken[index]
            let reach = min(index + Self.speakerReach, text.tokens.count)
            if let opener = (index + 1..<reach).first(where: { text.tokens[$0].opensAReportedClause || text.tokens[$0].isPunctuation(":") }),
               (index + 1..<opener).allSatisfy({ text.sentenceOfToken[$0] == sentence && !text.tokens[$0].isOpeningQuote }) {
                // What a quotation holds is what was said, whatever opener comes after it.
                for between in index + 1..<opener where !quoted[between] { flags[between] = true }
            }
        }
        for mention in mentions {
            guard let tokens = text.tokens(within: mention.span) else { continue }
            var before = tokens.lowerBound - 1
            while before >= 0, before >= tokens.lowerBound - 4, dating[before] || text.tokens[before].isComma { before -= 1 }
            guard before >= 0, text.tokens[before].isWord, flags[before] else { continue }
            for token in tokens { flags[token] = true }
        }
        return flags
    }

    /// How many tokens after a verb of saying its subject and the «إن» after it may take.
    static let speakerReach = 14

    /// For each token, whether it names who acts: the entity mention right after the first word of a
    /// sentence, the subject of a verbal sentence («افتتحت وزارة الصحة مستشفى»، «خفض صندوق النقد
    /// الدولي توقعاته»).
    static func actorWords(_ mentions: [Mention], in text: AnnotatedText) -> [Bool] {
        var flags = [Bool](repeating: false, count: text.tokens.count)
        for mention in mentions {
            guard let tokens = text.tokens(within: mention.span), tokens.lowerBound > 0 else { continue }
            let verb = tokens.lowerBound - 1
            let sentence = text.tokensOfSentence[text.sentenceOfToken[verb]]
            // «يبقى الجسر مغلقا»: the subject of a verb of remaining is what a state holds of, not who
            // acts.
            guard text.tokens[verb].isWord, (sentence.lowerBound..<verb).allSatisfy({ !text.tokens[$0].isWord }),
                  text.claimFacts(ofToken: verb)?.isRemainingVerb != true
            else { continue }
            for token in tokens { flags[token] = true }
        }
        return flags
    }
}
