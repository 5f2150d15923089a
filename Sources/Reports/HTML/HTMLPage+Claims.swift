import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// The number of claims shown before the rest are folded into a `<details>`.
    static let visibleClaims = 10

    /// Writes the story's claims, the most corroborated first, each with a bar of its independent
    /// sources against all its sources and its citations.
    mutating func writeClaims(_ story: Story, token: SafeToken, numbers: CitationNumbers) {
        openSubsection("claims", token: token, title: ReportLabels.claims)
        guard !story.claims.isEmpty else {
            writeEmpty("لا ادعاءات في هذه القصة.")
            out.raw("</section>\n")
            return
        }
        out.raw("<p class=\"muted\"><span class=\"key key-independent\"></span>")
        out.text("مصادر مستقلة (المنابر التي نقل بعضها عن بعض تُعدّ مصدرًا واحدًا)")
        out.raw(" &#160; <span class=\"key key-total\"></span>")
        out.text("كل المصادر")
        out.raw("</p>\n<ol class=\"claims\">\n")
        let scale = max(1, story.outlets.count, story.claims.map(\.sources).max() ?? 1)
        for (position, claim) in story.claims.enumerated() {
            if position == Self.visibleClaims {
                out.raw("</ol>\n<details><summary>")
                out.text("بقية الادعاءات (\(story.claims.count - Self.visibleClaims))")
                out.raw("</summary>\n<ol class=\"claims\" start=\"")
                out.number(position + 1)
                out.raw("\">\n")
            }
            writeClaim(claim, scale: scale, numbers: numbers)
        }
        out.raw("</ol>\n")
        if story.claims.count > Self.visibleClaims { out.raw("</details>\n") }
        out.raw("</section>\n")
    }

    private mutating func writeClaim(_ claim: Claim, scale: Int, numbers: CitationNumbers) {
        out.raw("<li><p>")
        out.text(claim.text)
        writeCitations(claim.support.map(CitedSpan.init), numbers: numbers)
        out.raw("</p>\n")
        let total = max(0, claim.sources)
        let independent = min(max(0, claim.independentSources), total)
        let caption = "مستقلة: \(independent) من \(total)"
        out.raw("<span class=\"bar\" role=\"img\" aria-label=\"")
        out.attribute(caption)
        out.raw("\"><span class=\"bar-total\" style=\"width:")
        out.coordinate(Double(min(total, scale)) / Double(scale) * 100)
        out.raw("%\"><span class=\"bar-independent\" style=\"width:")
        out.coordinate(total == 0 ? 0 : Double(independent) / Double(total) * 100)
        out.raw("%\"></span></span></span>\n<span class=\"bar-caption\">")
        out.text(caption)
        if !claim.outlets.isEmpty {
            out.raw(" — ")
            isolatedList(claim.outlets)
        }
        out.raw("</span></li>\n")
    }
}
