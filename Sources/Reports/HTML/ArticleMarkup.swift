/// Writes an article's text as paragraphs with highlights and link targets.
///
/// Highlights may overlap in any way. The text is cut into segments at every boundary of every
/// highlight and target (and at line breaks); each segment becomes one element carrying the classes
/// of every highlight that covers it. Link targets become wrapping elements with an id: they nest
/// where they nest, and where two cross, or a target runs over a line break, the later piece is
/// reopened without the id (so a `:target` highlight covers the first piece only).
struct ArticleMarkup {
    /// The article's text as UTF-8.
    let bytes: [UInt8]
    /// The number of Unicode scalars of the text.
    let scalarCount: Int
    /// The highlights, clamped to the text.
    let highlights: [Highlight]
    /// The link targets, clamped to the text, each with its id.
    let targets: [(span: Range<Int>, id: SafeToken)]

    /// Writes `<p>` elements for the text into `page`.
    /// - Complexity: O(n + k log k) for n bytes and k highlights and targets.
    func write(into page: inout HTMLBuffer) {
        let boundaries = boundaries()
        let byteOffsets = UTF8Scalars.byteOffsets(of: boundaries, in: bytes)

        var changes: [(offset: Int, kind: Int, delta: Int)] = []
        changes.reserveCapacity(highlights.count * 2)
        for highlight in highlights where !highlight.span.isEmpty {
            changes.append((highlight.span.lowerBound, highlight.kind.rawValue, 1))
            changes.append((highlight.span.upperBound, highlight.kind.rawValue, -1))
        }
        changes.sort { $0.offset < $1.offset }
        var active = Array(repeating: 0, count: HighlightKind.allCases.count)
        var nextChange = 0

        let sortedTargets = targets.sorted { ($0.span.lowerBound, -$0.span.upperBound) < ($1.span.lowerBound, -$1.span.upperBound) }
        var nextTarget = 0
        var open: [(end: Int, id: SafeToken)] = []

        page.raw("<p dir=\"auto\">")
        for (position, offset) in boundaries.enumerated() {
            // Close the targets that end here; reopen, as plain pieces, those closed only to keep nesting.
            if open.contains(where: { $0.end <= offset }) {
                var reopen: [(end: Int, id: SafeToken)] = []
                while let last = open.last {
                    open.removeLast()
                    page.raw("</span>")
                    if last.end > offset { reopen.append(last) }
                    if !open.contains(where: { $0.end <= offset }) { break }
                }
                for piece in reopen.reversed() {
                    page.raw("<span class=\"cite\">")
                    open.append(piece)
                }
            }
            while nextTarget < sortedTargets.count, sortedTargets[nextTarget].span.lowerBound == offset {
                let target = sortedTargets[nextTarget]
                page.raw("<span class=\"cite\" id=\"")
                page.token(target.id)
                page.raw("\">")
                if target.span.isEmpty { page.raw("</span>") } else { open.append((target.span.upperBound, target.id)) }
                nextTarget += 1
            }
            while nextChange < changes.count, changes[nextChange].offset == offset {
                active[changes[nextChange].kind] += changes[nextChange].delta
                nextChange += 1
            }
            guard position + 1 < boundaries.count else { break }
            let range = byteOffsets[position]..<byteOffsets[position + 1]
            if range.count == 1, bytes[range.lowerBound] == 0x0A {
                for _ in open { page.raw("</span>") }
                page.raw("</p>\n<p dir=\"auto\">")
                for _ in open { page.raw("<span class=\"cite\">") }
                continue
            }
            writeSegment(range, active: active, into: &page)
        }
        for _ in open { page.raw("</span>") }
        page.raw("</p>")
    }

    private func writeSegment(_ range: Range<Int>, active: [Int], into page: inout HTMLBuffer) {
        guard active.contains(where: { $0 > 0 }) else {
            page.text(bytes, range)
            return
        }
        page.raw("<span class=\"hl")
        for kind in HighlightKind.allCases where active[kind.rawValue] > 0 {
            page.raw(" ")
            page.raw(kind.cssClass)
        }
        page.raw("\">")
        page.text(bytes, range)
        page.raw("</span>")
    }

    /// Every offset where a segment starts or ends, sorted, from 0 to the end of the text.
    private func boundaries() -> [Int] {
        var offsets: [Int] = [0, scalarCount]
        offsets.reserveCapacity(2 + highlights.count * 2 + targets.count * 2)
        for highlight in highlights {
            offsets.append(highlight.span.lowerBound)
            offsets.append(highlight.span.upperBound)
        }
        for target in targets {
            offsets.append(target.span.lowerBound)
            offsets.append(target.span.upperBound)
        }
        var scalar = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            if byte == 0x0A {
                offsets.append(scalar)
                offsets.append(scalar + 1)
            }
            scalar += 1
        }
        offsets.sort()
        var unique: [Int] = []
        unique.reserveCapacity(offsets.count)
        for offset in offsets where unique.last != offset { unique.append(offset) }
        return unique
    }
}
