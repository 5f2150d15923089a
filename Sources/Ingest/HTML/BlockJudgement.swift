/// The extractor's verdict on one ``TextBlock``.
enum BlockJudgement: Sendable, Equatable {
    /// Article prose: long enough, few links.
    case good
    /// Too short to judge alone (a heading, a one-line paragraph, a caption): its neighbours decide.
    case short
    /// Furniture, with its kind.
    case bad(FurnitureKind)

    /// Judges a block by its words, link density, furniture phrases and the hints of its containers.
    static func of(_ block: TextBlock, containers: [BlockContainer]) -> BlockJudgement {
        let words = block.wordCount
        if words <= 30, let kind = FurnitureLexicon.kind(of: block.text) { return .bad(kind) }
        if let kind = furnitureHint(of: block, containers: containers, words: words) { return .bad(kind) }
        let density = block.linkDensity
        if density > 0.5 { return .bad(.linkList) }
        if words >= 12, density < 0.3 { return .good }
        return .short
    }

    /// The furniture kind named by the innermost container with a hint, where that hint is negative.
    ///
    /// Names such as `meta`, `author` or `caption` also appear on wrappers of real text, so they only
    /// count against short blocks.
    private static func furnitureHint(of block: TextBlock, containers: [BlockContainer], words: Int) -> FurnitureKind? {
        for index in block.containers.reversed() {
            let container = containers[index]
            guard container.hint != 0 else { continue }
            guard container.hint < 0, let kind = container.furniture else { return nil }
            switch kind {
            case .metadata, .author, .caption, .navigation, .relatedLinks:
                return words < 25 || block.linkDensity > 0.3 ? kind : nil
            default:
                return kind
            }
        }
        return nil
    }
}

extension TextBlock {
    /// The number of space-separated words.
    var wordCount: Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
