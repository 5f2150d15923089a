import ArabicText

/// A place name that places in several countries share: طرابلس in Libya and in Lebanon, عمان for
/// Oman and for Amman, صور in Lebanon and in Oman.
///
/// The gazetteer reads such a name as its likeliest place. Where the article speaks more of the
/// country of another of those places (its other places, its bodies and agencies, its nationality
/// adjective), the name is that place: «طرابلس» in a story about northern Lebanon is Lebanon's city,
/// «عمان (بترا)» is Jordan's capital. A shadda as written settles it too: «عمّان» is Amman.
enum SharedPlaceName {
    /// Points each mention of a shared place name in `candidates` at the place of the article's country.
    static func resolve(_ candidates: inout [EntityCandidate], in text: AnnotatedText) {
        let shared = candidates.indices.filter { !candidates[$0].otherPlaces.isEmpty }
        guard !shared.isEmpty else { return }
        let evidence = countryEvidence(in: text, candidates: candidates)
        for index in shared {
            let candidate = candidates[index]
            let current = candidate.country.map { evidence[$0, default: 0] } ?? 0
            let written = candidate.bareSurface
            let chosen = candidate.otherPlaces.first { place in
                written.unicodeScalars.contains("\u{0651}") && (place.name == written || place.variants.contains(written))
            } ?? candidate.otherPlaces
                .filter { place in place.country.map { evidence[$0, default: 0] } ?? 0 > current }
                .max { evidence[$0.country ?? "", default: 0] < evidence[$1.country ?? "", default: 0] }
            guard let place = chosen else { continue }
            candidates[index].canonical = place.name
            candidates[index].country = place.country
            candidates[index].isSettlement = place.kind == .city
        }
    }

    /// How often the article names each country otherwise: the countries of its other known names
    /// (places, national bodies, agencies) and its nationality adjectives (الأردنية، اللبناني).
    private static func countryEvidence(in text: AnnotatedText, candidates: [EntityCandidate]) -> [String: Int] {
        var evidence: [String: Int] = [:]
        for candidate in candidates where candidate.otherPlaces.isEmpty {
            if let country = candidate.country { evidence[country, default: 0] += 1 }
        }
        for index in text.tokens.indices where text.tokens[index].isWord && text.tokens[index].hasArticle && EntityLexicons.mayBeANisba(text.tokens[index].key) {
            guard let match = Gazetteer.match(in: text.words, at: index), match.isAdjective, match.wordCount == 1,
                  let country = match.country
            else { continue }
            evidence[country, default: 0] += 1
        }
        return evidence
    }
}
