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
        if words <= 30, FurnitureLexicon.mayOpenFurniture(block.text), let kind = FurnitureLexicon.kind(of: block.text) {
            return .bad(kind)
        }
        if let kind = furnitureHint(of: block, containers: containers, words: words) { return .bad(kind) }
        let density = block.linkDensity
        if density > 0.5 { return .bad(.linkList) }
        if !block.isHeading, isMetadataStrip(block) { return .bad(.metadata) }
        // Prose has punctuation; a long run of words without any is a ticker, a score table or a list.
        if words >= 12, density < 0.3, hasPunctuation(block.text) { return .good }
        return .short
    }

    /// The furniture kind named by the innermost container with a hint, where that hint is negative.
    ///
    /// Weak names such as `meta`, `author` or `caption` also appear on wrappers of real text, so they
    /// only count against short blocks.
    private static func furnitureHint(of block: TextBlock, containers: [BlockContainer], words: Int) -> FurnitureKind? {
        for index in block.containers.reversed() {
            let container = containers[index]
            guard container.hint != 0 else { continue }
            guard container.hint < 0, let kind = container.furniture else { return nil }
            // Weak names mark short blocks; a long block looks further out.
            if !container.isWeakFurniture || words < 25 || block.linkDensity > 0.3 { return kind }
        }
        return nil
    }
}

/// A byline or date strip: three or more short fields separated by `|` (نشر في … | بقلم … | قرئ …),
/// or a short block with a clock time or a year that does not end like a sentence
/// («كتب: فلان الاثنين، 19 يونيو 2023 - 06:00 ص عدد القراءات: 4215»).
private func isMetadataStrip(_ block: TextBlock) -> Bool {
    guard block.wordCount <= 40 else { return false }
    var fields = 1
    var wordsInField = 0
    var longestField = 0
    var inWord = false
    for byte in block.text.utf8 {
        switch byte {
        case 0x7C:  // |
            fields += 1
            longestField = max(longestField, wordsInField)
            wordsInField = 0
            inWord = false
        case 0x20:
            inWord = false
        default:
            if !inWord { wordsInField += 1 }
            inWord = true
        }
    }
    longestField = max(longestField, wordsInField)
    if fields >= 3, longestField <= 8 { return true }
    guard block.wordCount <= 25, !endsSentence(block.text) else { return false }
    return DigitRuns.containsClockTime(block.text) || DigitRuns.containsYear(block.text)
}

private func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return ".!؟?»\")".unicodeScalars.contains(last)
}

/// Whether the text holds sentence punctuation, Arabic or Latin.
private func hasPunctuation(_ text: String) -> Bool {
    for byte in text.utf8 {
        switch byte {
        case 0x2E, 0x2C, 0x3A, 0x21, 0x3F, 0x22: return true  // . , : ! ? "
        default: break
        }
    }
    // ، ؛ ؟ (U+060C, U+061B, U+061F) and « » (U+00AB, U+00BB).
    return text.unicodeScalars.contains { $0.value == 0x060C || $0.value == 0x061B || $0.value == 0x061F || $0.value == 0xAB || $0.value == 0xBB }
}
