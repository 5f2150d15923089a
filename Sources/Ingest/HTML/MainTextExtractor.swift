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
        if root == nil {
            // No block reads as prose on its own (a page with one short paragraph): keep the short
            // blocks that are not furniture and not headings.
            for index in blocks.indices where judgements[index] == .short && !blocks[index].isHeading
                && blocks[index].wordCount >= 3 && blocks[index].linkDensity < 0.3 {
                keep[index] = true
            }
        }
        let parentOfRoot = root.flatMap { root in blocks.lazy.compactMap { block -> Int? in
            guard let position = block.containers.firstIndex(of: root), position > 0 else { return nil }
            return block.containers[position - 1]
        }.first }
        let firstInRoot = root.flatMap { root in blocks.firstIndex { $0.containers.contains(root) } } ?? 0
        let inRoot = blocks.enumerated().map { index, block in
            guard let root else { return true }
            if block.containers.contains(root) { return true }
            // Good prose just above the body in the same parent (a lead or summary in its own wrapper)
            // belongs to it; what follows the body (the next article's teaser) does not.
            guard index < firstInRoot, judgements[index] == .good, let parent = parentOfRoot,
                  let position = block.containers.firstIndex(of: parent)
            else { return false }
            return block.containers[(position + 1)...].allSatisfy { containers[$0].hint >= 0 }
        }
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
    ///
    /// Start from the container with the best score (good words less half the furniture words),
    /// then step down into a child while that child alone holds at least ``descentShare`` of the
    /// good words: a ticker or a teaser of the next article beside the body must not widen it, and a
    /// body that an advertisement splits in two keeps both halves.
    private func bodyContainer(blocks: [TextBlock], judgements: [BlockJudgement], containers: [BlockContainer]) -> Int? {
        var scores = [Double](repeating: 0, count: containers.count)
        var goodWords = [Double](repeating: 0, count: containers.count)
        var parent = [Int?](repeating: nil, count: containers.count)
        var touched = false
        for (block, judgement) in zip(blocks, judgements) {
            for (depth, container) in block.containers.enumerated() where depth > 0 {
                parent[container] = block.containers[depth - 1]
            }
            switch judgement {
            case .good:
                let words = Double(block.wordCount) * (1 - block.linkDensity)
                for container in block.containers {
                    scores[container] += words
                    goodWords[container] += words
                }
                touched = true
            case .bad:
                for container in block.containers { scores[container] -= 0.5 * Double(block.wordCount) }
            case .short:
                break
            }
        }
        guard touched else { return nil }
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        var children: [Int: [Int]] = [:]
        for (child, owner) in parent.enumerated() { if let owner { children[owner, default: []].append(child) } }
        while let candidates = children[best],
              let child = candidates.max(by: { goodWords[$0] < goodWords[$1] }),
              goodWords[child] >= Self.descentShare * goodWords[best] {
            best = child
        }
        return best
    }

    /// The share of the good words a child must hold for the body to narrow to it.
    static let descentShare = 0.8

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
