import Extraction
import Ingest
import Stories

/// The quotations of some articles attributed to one speaker.
struct SpeakerQuotes {
    /// The speaker's name: the entity's name where resolved, else as the text names them.
    var speaker: String
    /// The entity's roles, where the speaker was resolved to one.
    var roles: [String]
    /// The quotations, each with the position of its article in the report.
    var quotes: [(article: Int, quote: Quote)]

    /// The quotations of the articles at `positions`, grouped by speaker: the speakers quoted most
    /// first, quotations in article order.
    /// - Complexity: O(q log q) for q quotations.
    static func groups(articles positions: [Int], index: ReportIndex) -> [SpeakerQuotes] {
        var groups: [SpeakerQuotes] = []
        var keys: [String: Int] = [:]
        for position in positions {
            for quote in index.report.articles[position].quotes {
                let entity = quote.speaker.flatMap(index.entity)
                let named = quote.speakerText.map { Clipping.words($0, limit: 12) }.flatMap { $0.isEmpty ? nil : $0 }
                let key = entity.map { "e:" + $0.id } ?? named.map { "t:" + $0 } ?? "?"
                if let group = keys[key] {
                    groups[group].quotes.append((position, quote))
                } else {
                    keys[key] = groups.count
                    groups.append(SpeakerQuotes(
                        speaker: entity?.name ?? named ?? ReportLabels.unknownSpeaker, roles: entity?.roles ?? [],
                        quotes: [(position, quote)]))
                }
            }
        }
        return groups.enumerated()
            .sorted { ($0.element.quotes.count, -$0.offset) > ($1.element.quotes.count, -$1.offset) }
            .map(\.element)
    }
}
