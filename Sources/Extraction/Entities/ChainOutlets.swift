import ArabicText

/// The outlets a statement was given to or carried by are organizations of the article even where
/// no lexicon knows them: «في تصريح لقناة الظفرة»، «في حديث لإذاعة أجيال»، «نقلت شبكة رووداو
/// الإعلامية عن …»، «قال مصدر أمني لـ«الوطن» إن …»، «بحسب صحيفة …». ``TransmissionChain`` reads
/// them; only sentences that report speech or name a carrier are read, so that «لقناة» in any
/// other sentence («الإيرادات السنوية لقناة السويس») names no outlet.
enum ChainOutlets {
    /// Adds to `found` an organization for each outlet named in the chains of `text` that no
    /// candidate covers. A place inside the outlet's name is the outlet's («لقناة الظفرة»، «لقناة
    /// المملكة»), and so is a shorter body inside it, which keeps the outlet's full name as an alias
    /// («شبكة رووداو الإعلامية» for «رووداو»; «قناة تي آر تي عربي» is not «آر تي»).
    static func add(to found: inout [EntityCandidate], in text: AnnotatedText) {
        var added: [EntityCandidate] = []
        for sentence in text.tokensOfSentence where reportsSpeech(sentence, in: text) {
            for link in TransmissionChain.links(in: sentence, of: text) where !link.isPlatform {
                guard link.tokens.contains(where: { text.tokens[$0].isWord }), !describes(link, in: text),
                      !added.contains(where: { $0.tokens.overlaps(link.tokens) })
                else { continue }
                let inside = found.indices.filter { found[$0].tokens.overlaps(link.tokens) }
                // «في حديث لـ"القدس"»، «في تصريح لـ«الرياض»»: a place in quotation marks that words
                // were given to is the outlet named after it.
                if inside.count == 1, found[inside[0]].type == .location, found[inside[0]].tokens == link.tokens,
                   link.tokens.lowerBound > 0, text.tokens[link.tokens.lowerBound - 1].isOpeningQuote {
                    found.remove(at: inside[0])
                    added.append(outlet(named: link, in: text))
                    continue
                }
                if !inside.isEmpty {
                    guard inside.allSatisfy({ link.tokens.lowerBound < found[$0].tokens.lowerBound && found[$0].tokens.upperBound <= link.tokens.upperBound })
                    else { continue }
                    let name = link.tokens.dropFirst()
                    if inside.count == 1, found[inside[0]].type == .organization, found[inside[0]].tokens.lowerBound == name.lowerBound {
                        // The body is the outlet's name after its head, with its adjectives.
                        found[inside[0]].otherForms.append(link.name)
                        continue
                    }
                    guard inside.allSatisfy({ found[$0].type != .person }) else { continue }
                    found.removeAll { $0.tokens.overlaps(link.tokens) }
                }
                added.append(outlet(named: link, in: text))
            }
        }
        found += added
    }

    /// The outlet `link` names. After a descriptor head (قناة، صحيفة، موقع …) the outlet is the name
    /// without it, as news cites it alone afterwards («لقناة بلقيس» is «بلقيس»), with the headed form
    /// as another of its forms; agencies, networks and broadcasters keep their head.
    private static func outlet(named link: TransmissionChain.Link, in text: AnnotatedText) -> EntityCandidate {
        let head = text.tokens[link.tokens.lowerBound].key.droppingProclitics(link.procliticLength)
        if link.tokens.count >= 2, descriptorHeads.contains(head) {
            let name = (link.tokens.lowerBound + 1)..<link.tokens.upperBound
            var candidate = EntityCandidate(
                type: .organization, tokens: name, surface: text.text(ofTokens: name), words: name.map { text.tokens[$0].key })
            candidate.otherForms = [link.name]
            candidate.isOutlet = true
            return candidate
        }
        var words = link.tokens.map { text.tokens[$0].key }
        words[0] = words[0].droppingProclitics(link.procliticLength)
        var candidate = EntityCandidate(type: .organization, tokens: link.tokens, surface: text.text(ofTokens: link.tokens), words: words)
        candidate.procliticLength = link.procliticLength
        candidate.isOutlet = true
        return candidate
    }

    /// Media heads that describe what an outlet is rather than name it (matching form).
    private static let descriptorHeads: WordIndex = ["قناه", "صحيفه", "جريده", "موقع", "مجله"]

    /// Whether `link` describes an outlet named elsewhere rather than names it: a definite media head
    /// alone or with adjectives («الصحيفة»، «الموقع الإخباري»، «القناة الأمريكية»). The state
    /// broadcasters are named that way (الإذاعة الوطنية، التلفزيون الجزائري، التلفزة التونسية), and a
    /// complement with ل makes a name («الوكالة الوطنية للإعلام»).
    private static func describes(_ link: TransmissionChain.Link, in text: AnnotatedText) -> Bool {
        let head = text.tokens[link.tokens.lowerBound].key.droppingProclitics(link.procliticLength)
        guard head.startsWithBytes("ال"), TransmissionChain.isMediaHead(head), !broadcasters.contains(head) else { return false }
        return link.tokens.dropFirst().allSatisfy { text.tokens[$0].key.startsWithBytes("ال") }
    }

    /// Heads that name a state broadcaster with an adjective (matching form).
    private static let broadcasters: WordIndex = ["الاذاعه", "التلفزيون", "التلفزه"]

    /// Whether the sentence at `tokens` has a verb of saying or a word that names a carrier
    /// (بحسب، نقلا عن).
    private static func reportsSpeech(_ tokens: Range<Int>, in text: AnnotatedText) -> Bool {
        tokens.contains { text.tokens[$0].reportingForm != nil || TransmissionChain.introducesAnOutlet(text.tokens[$0].key) }
    }
}
