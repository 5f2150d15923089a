/// Spellings of one word that Arabic outlets use side by side and the matching level keeps apart,
/// folded to one: أميركي and أمريكي (أميركا، الأميركية), in words the matching level has already
/// folded.
enum SpellingVariants {
    /// `word` (matching level) with its variant spelling folded.
    static func folded(_ word: String) -> String {
        word.replacingBytes("ميرك", with: "مريك")
    }
}
