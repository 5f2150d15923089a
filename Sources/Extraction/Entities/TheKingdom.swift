/// «المملكة» alone: the kingdom the article is about.
///
/// Saudi outlets call their country «المملكة», and so do Jordanian, Moroccan and Bahraini ones. The
/// gazetteer reads the bare word as Saudi Arabia, the commonest use across Arab media; where the
/// article names one other kingdom and not Saudi Arabia (its capital or cities, its agency, its
/// name), the word stands for that kingdom.
enum TheKingdom {
    /// The kingdoms Arabic news calls «المملكة», by country code.
    private static let kingdoms: Set<String> = ["SA", "JO", "MA", "BH"]

    /// Points the mentions of the bare «المملكة» in `candidates` at the article's kingdom.
    static func resolve(_ candidates: inout [EntityCandidate]) {
        let bare = candidates.indices.filter { candidates[$0].country == "SA" && isBareKingdom(candidates[$0]) }
        guard !bare.isEmpty else { return }
        let named = Set(candidates.indices.filter { !bare.contains($0) }.compactMap { candidates[$0].country })
            .intersection(kingdoms)
        guard named.count == 1, let kingdom = named.first, kingdom != "SA",
              let entry = Gazetteer.entry(id: "country:\(kingdom)")
        else { return }
        for index in bare {
            candidates[index].canonical = entry.name
            candidates[index].country = kingdom
        }
    }

    private static func isBareKingdom(_ candidate: EntityCandidate) -> Bool {
        candidate.words.count == 1 && candidate.words[0].sameBytes("المملكه")
    }
}
