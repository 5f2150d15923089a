import ArabicText

/// Towns the gazetteer does not know, named before where they lie: «في ملهم شمال الرياض»، «من
/// الهبيط جنوب إدلب».
///
/// News places a small town by the city or region it lies off: a preposition of place, one bare word,
/// a point of the compass and a place the gazetteer knows. The word is a town where nothing else
/// claims it and it is no function word, verb, title, body head, given name or number (the checks
/// of ``PlaceLists``), nor the head of a place: «في الموقع شمال المدينة»، «في اجتماع شرق المدينة» and
/// «في منطقة شمال الإسكندرية» add nothing.
enum LocatedTowns {
    /// Adds every such town of `text` to `found` (in text order), as a place.
    static func add(to found: inout [EntityCandidate], in text: AnnotatedText) {
        let tokens = text.tokens
        var added: [EntityCandidate] = []
        for index in tokens.indices.dropFirst() where index + 2 < tokens.count && tokens[index].isWord {
            guard prepositions.contains(tokens[index - 1].key), EntityRecognizer.isDirection(tokens[index + 1].key),
                  text.paragraphOfToken[index + 2] == text.paragraphOfToken[index],
                  !found.contains(where: { $0.tokens.contains(index) }),
                  // «في منطقة شمال الإسكندرية»: the head of a place is no town.
                  !EntityRecognizer.isLocalityHead(tokens[index].key), EntityRecognizer.facilityHead(tokens[index].key) == nil,
                  let place = found.first(where: { $0.tokens.lowerBound == index + 2 }), place.type == .location, place.procliticLength == 0,
                  let town = PlaceLists.town(at: index, proclitic: 0, in: text)
            else { continue }
            added.append(town)
        }
        guard !added.isEmpty else { return }
        found = (found + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Prepositions of place before a town (matching form).
    private static let prepositions: WordIndex = ["في", "من", "الي", "قرب", "بين", "وفي", "ومن"]
}
