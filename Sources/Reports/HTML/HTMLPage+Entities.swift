import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// The number of entities shown before the rest are folded into a `<details>`.
    static let visibleEntities = 12

    /// Writes the people, organizations and places the story's articles mention, the most mentioned
    /// first, each with its variants (aliases) and roles.
    mutating func writeEntities(_ story: Story, token: SafeToken) {
        openSubsection("entities", token: token, title: ReportLabels.entities)
        let positions = story.articles.compactMap(index.position(of:))
        let storyArticles = Set(story.articles)
        var mentions: [String: (count: Int, articles: Set<Int>)] = [:]
        for position in positions {
            for mention in report.articles[position].mentions {
                mentions[mention.entity, default: (0, [])].count += 1
                mentions[mention.entity, default: (0, [])].articles.insert(position)
            }
        }
        let entities = report.entities.enumerated()
            .filter { mentions[$0.element.id] != nil || $0.element.articles.contains(where: storyArticles.contains) }
            .sorted { (mentions[$0.element.id]?.count ?? 0, -$0.offset) > (mentions[$1.element.id]?.count ?? 0, -$1.offset) }
            .map(\.element)
        guard !entities.isEmpty else {
            writeEmpty("لم تُرصد جهات في مقالات هذه القصة.")
            out.raw("</section>\n")
            return
        }
        out.raw("<ul class=\"entities\">\n")
        for (position, entity) in entities.enumerated() {
            if position == Self.visibleEntities {
                out.raw("</ul>\n<details><summary>")
                out.text("بقية الجهات (\(entities.count - Self.visibleEntities))")
                out.raw("</summary>\n<ul class=\"entities\">\n")
            }
            out.raw("<li><strong>")
            out.text(entity.name)
            out.raw("</strong>")
            element("<span class=\"entity-type\">", ReportLabels.entityType(entity.type), "</span>")
            let variants = entity.aliases.filter { $0 != entity.name }
            if !variants.isEmpty {
                out.raw("<ul class=\"chips\"><li class=\"chip-label\">")
                out.text("الصيغ:")
                out.raw("</li>")
                for alias in variants { element("<li class=\"chip\">", alias, "</li>") }
                out.raw("</ul>")
            }
            if !entity.roles.isEmpty {
                out.raw("<ul class=\"chips\"><li class=\"chip-label\">")
                out.text("الصفات:")
                out.raw("</li>")
                for role in entity.roles { element("<li class=\"chip chip-role\">", role, "</li>") }
                out.raw("</ul>")
            }
            if let counted = mentions[entity.id] {
                element("<div class=\"muted\">", "الإشارات: \(counted.count) · المقالات: \(counted.articles.count)", "</div>")
            }
            out.raw("</li>\n")
        }
        out.raw("</ul>\n")
        if entities.count > Self.visibleEntities { out.raw("</details>\n") }
        out.raw("</section>\n")
    }
}
