import ArabicText

/// A place whose bare name the lexicons read as something else: «الكاف» alone is Africa's football
/// confederation, «ولاية الكاف» a Tunisian province.
///
/// Where the article names the place with the head of its locality (ولاية، محافظة، مدينة، بلدة …),
/// the bare word elsewhere in it is that place too: «مستشفى الكاف»، «قال والي الكاف». An outlet keeps
/// its name: «ولاية الجزيرة» is a Sudanese state, and «لقناة «الجزيرة»» still the channel.
enum HeadedPlaceNames {
    /// Turns each one-word organization of `found` whose word names a place of the article after its
    /// head into that place.
    static func resolve(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        let tokens = text.tokens
        var placeOf: [String: EntityCandidate] = [:]
        for candidate in found where candidate.type == .location {
            let last = candidate.tokens.upperBound - 1
            guard last > 0, tokens[last].isWord, tokens[last - 1].isWord,
                  EntityRecognizer.isLocalityHead(tokens[last - 1].key.droppingProclitics(candidate.procliticLength))
                    || EntityRecognizer.isLocalityHead(tokens[last - 1].key)
            else { continue }
            placeOf[tokens[last].key] = candidate
        }
        guard !placeOf.isEmpty else { return }
        for index in found.indices where found[index].type == .organization && found[index].tokens.count == 1 && !found[index].isOutlet {
            let start = found[index].tokens.lowerBound
            guard found[index].otherForms.isEmpty, start == 0 || !tokens[start - 1].isOpeningQuote else { continue }
            let key = tokens[start].key.droppingScalars(found[index].procliticLength)
            guard let place = placeOf[key] else { continue }
            found[index].type = .location
            found[index].words = place.words
            found[index].canonical = place.canonical
            found[index].country = place.country
            found[index].isSettlement = place.isSettlement
            found[index].isTeam = false
        }
    }
}
