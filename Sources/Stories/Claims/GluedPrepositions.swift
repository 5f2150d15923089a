import Extraction

/// Stems that kept a preposition glued to them, read as the bare stem where the statements compared
/// use that stem too.
///
/// The light stemmer cannot take ب or ل off a word on its own: «بلد» and «لبنان» begin with them.
/// Within the statements compared, though, a stem «بصرف» or «لكيس» beside a bare «صرف» or «كيس»
/// is the same word after a preposition («وعدت بصرف تعويض» and «لن يتم صرف أي تعويض»). Only
/// stems of three letters or more after the preposition are read so.
enum GluedPrepositions {
    /// `groups` with every glued stem read as its bare stem where any statement has the bare one.
    static func resolved(_ groups: [[ClaimUnit]]) -> [[ClaimUnit]] {
        var known = Set<String>()
        for group in groups {
            for unit in group { known.formUnion(unit.stems) }
        }
        var bare: [String: String] = [:]
        for stem in known {
            guard let first = stem.unicodeScalars.first, first == "ب" || first == "ل", stem.unicodeScalars.count >= 4 else { continue }
            let rest = String(stem.unicodeScalars.dropFirst())
            if known.contains(rest) { bare[stem] = rest }
        }
        guard !bare.isEmpty else { return groups }
        let read = { (stems: [String]) in stems.map { bare[$0] ?? $0 } }
        return groups.map { group in
            group.map { unit in
                guard unit.stems.contains(where: { bare[$0] != nil }) || unit.deniedStems.contains(where: { bare[$0] != nil })
                    || unit.negatedStems.contains(where: { bare[$0] != nil })
                else { return unit }
                var unit = unit
                unit.stems = read(unit.stems)
                unit.attributionStems = read(unit.attributionStems)
                unit.speakerStems = read(unit.speakerStems)
                unit.negatedStems = read(unit.negatedStems)
                unit.deniedStems = read(unit.deniedStems)
                return unit
            }
        }
    }

    /// `articles` with the stems of their statements read so (see ``resolved(_:)``).
    static func resolved(_ articles: [AnalyzedArticle]) -> [AnalyzedArticle] {
        let groups = resolved(articles.map(\.claims))
        return zip(articles, groups).map { article, claims in
            var article = article
            article.claims = claims
            return article
        }
    }
}
