import Extraction

/// Rewrites an article's local entity references (`#n`) into the report's entity ids.
struct LocalReferences {
    let directory: EntityDirectory
    let article: Int

    struct Resolved {
        var mentions: [Mention]
        var quotes: [Quote]
        var claims: [ClaimUnit]
    }

    func resolve(_ annotations: ArticleAnnotations) -> Resolved {
        let mentions = annotations.mentions.compactMap { mention in
            directory.id(ofItem: mention.item, inArticle: article).map { Mention(entity: $0, span: mention.span, text: mention.text) }
        }
        let quotes = annotations.quotes.map { quote in
            var quote = quote
            quote.speaker = resolve(quote.speaker)
            return quote
        }
        let claims = annotations.claims.map { claim in
            claim.resolvingEntityReferences { directory.id(ofItem: $0, inArticle: article) }
        }
        return Resolved(mentions: mentions, quotes: quotes, claims: claims)
    }

    private func resolve(_ reference: String?) -> String? {
        guard let reference, reference.hasPrefix("#"), let item = Int(reference.dropFirst()) else { return reference }
        return directory.id(ofItem: item, inArticle: article)
    }
}
