/// Finds the article body among the blocks of a page.
///
/// 1. Each block is judged alone (``BlockJudgement``): good prose, short, or furniture.
/// 2. The body's container is the element whose subtree holds the most good words less half the
///    words of its furniture; ties go to the deeper element, so the body is as tight as the page allows
///    and a body split by an advertisement stays whole.
/// 3. Inside that container, good blocks are kept, and short blocks are kept where good text
///    surrounds them (an in-article heading before a paragraph, a one-line paragraph between two),
///    as jusText does with its context-sensitive pass.
/// Everything else is removed, with the reason.
struct MainTextExtractor {
    /// What extraction found.
    struct Result {
        /// The body paragraphs in reading order.
        var paragraphs: [String]
        /// The blocks that were dropped, with why.
        var removed: [RemovedText]
    }

    /// The most `removed` entries one page reports; menus can hold hundreds of links.
    static let removedLimit = 150

    func extract(blocks: [TextBlock], containers: [BlockContainer], title: String?) -> Result {
        let judgements = blocks.map { BlockJudgement.of($0, containers: containers) }
        let root = bodyContainer(blocks: blocks, judgements: judgements, containers: containers)
        var keep = [Bool](repeating: false, count: blocks.count)
        let inRoot = blocks.map { root.map($0.containers.contains) ?? true }
        for index in blocks.indices where inRoot[index] && judgements[index] == .good { keep[index] = true }
        keepShortBlocksInContext(judgements: judgements, inRoot: inRoot, blocks: blocks, keep: &keep)
        let normalizedTitle = title.map(WhiteSpace.collapsed)
        var paragraphs: [String] = []
        var removed: [RemovedText] = []
        for (index, block) in blocks.enumerated() {
            if keep[index], block.text != normalizedTitle {
                paragraphs.append(block.text)
                continue
            }
            guard removed.count < Self.removedLimit, block.text != normalizedTitle else { continue }
            let reason: FurnitureKind
            switch judgements[index] {
            case .bad(let kind): reason = kind
            case .good, .short: reason = inRoot[index] ? .linkList : .outsideArticle
            }
            removed.append(RemovedText(text: block.text, reason: reason.rawValue))
        }
        return Result(paragraphs: paragraphs, removed: removed)
    }

    /// The index of the container that holds the body, or `nil` when the page has no good block.
    private func bodyContainer(blocks: [TextBlock], judgements: [BlockJudgement], containers: [BlockContainer]) -> Int? {
        var scores = [Double](repeating: 0, count: containers.count)
        var touched = false
        for (block, judgement) in zip(blocks, judgements) {
            let contribution: Double
            switch judgement {
            case .good:
                contribution = Double(block.wordCount) * (1 - block.linkDensity)
                touched = true
            case .bad: contribution = -0.5 * Double(block.wordCount)
            case .short: contribution = 0
            }
            for container in block.containers { scores[container] += contribution }
        }
        guard touched else { return nil }
        // Deeper containers come later in document order than their ancestors; `>=` lets them win ties.
        var best = 0
        for index in scores.indices where scores[index] >= scores[best] { best = index }
        return best
    }

    /// Keeps short blocks inside the body that good text surrounds: one with kept text before it and
    /// good text after it, or a heading right before good text.
    private func keepShortBlocksInContext(
        judgements: [BlockJudgement], inRoot: [Bool], blocks: [TextBlock], keep: inout [Bool]
    ) {
        let goodIndexes = blocks.indices.filter { inRoot[$0] && judgements[$0] == .good }
        guard let firstGood = goodIndexes.first, let lastGood = goodIndexes.last else { return }
        for index in blocks.indices where inRoot[index] && judgements[index] == .short {
            let block = blocks[index]
            guard block.linkDensity < 0.3 else { continue }
            let nextIsGood = index + 1 < blocks.count && judgements[index + 1] == .good && inRoot[index + 1]
            if index > firstGood && index < lastGood {
                keep[index] = true
            } else if block.isHeading, nextIsGood {
                keep[index] = true
            } else if index > lastGood, index == lastGood + 1, block.wordCount >= 3, Self.endsSentence(block.text) {
                keep[index] = true
            }
        }
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "؟" || last == "!" || last == "»" || last == "\"" || last == ")"
    }
}
