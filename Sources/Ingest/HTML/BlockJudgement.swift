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
        if !block.isHeading, isMetadataStrip(block.text) { return .bad(.metadata) }
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
private func isMetadataStrip(_ text: String) -> Bool {
    let fields = text.split(separator: "|")
    if fields.count >= 3, fields.allSatisfy({ $0.split(separator: " ").count <= 8 }) { return true }
    guard text.split(separator: " ").count <= 25, !endsSentence(text) else { return false }
    return containsClockTime(text) || containsYear(text)
}

private func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return ".!؟?»\")".unicodeScalars.contains(last)
}

/// Whether the text has `h:mm` or `hh:mm` in any digit script.
private func containsClockTime(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where scalar == ":" && index > 0 && index + 2 < scalars.count {
        if scalars[index - 1].properties.numericType == .decimal, scalars[index + 1].properties.numericType == .decimal,
           scalars[index + 2].properties.numericType == .decimal {
            return true
        }
    }
    return false
}

/// Whether the text has a year from 1900 to 2099 standing as its own number.
private func containsYear(_ text: String) -> Bool {
    var digits = ""
    for scalar in text.unicodeScalars + [" "] {
        if let value = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
            digits.append(String(Int(value)))
            continue
        }
        if digits.count == 4, let year = Int(digits), (1900...2099).contains(year) { return true }
        digits = ""
    }
    return false
}

/// Whether the text holds sentence punctuation, Arabic or Latin.
private func hasPunctuation(_ text: String) -> Bool {
    text.unicodeScalars.contains { ".،,؛:!؟?«»\"".unicodeScalars.contains($0) }
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
