/// The words of a text in matching form, with fixed hashes, the shingles over them, and where
/// sentences start. Internal storage of ``ReuseFingerprint``.
struct WordSequence: Sendable {
    /// FNV-1a 64 of each word's matching-form bytes.
    var hashes: [UInt64] = []
    /// Each word's Unicode scalar span in the normalized text.
    var spans: [Range<Int>] = []
    /// Indices of words that begin a sentence (after . ! ? ؟ … or a line break), ascending.
    var sentenceStarts: [Int] = []
    /// The hash of the shingle that starts at each word, `max(0, count - wordCount + 1)` of them
    /// (emptied in a ``ReuseFingerprint``, which keeps them as sorted keys).
    var shingles: [UInt64] = []

    /// Number of words.
    var count: Int { hashes.count }

    /// The index of the first word of the sentence that holds word `index`.
    /// - Complexity: O(log s), where s is the number of sentences.
    func sentenceStart(containing index: Int) -> Int {
        var low = 0
        var high = sentenceStarts.count
        while low < high {
            let middle = (low + high) / 2
            if sentenceStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : sentenceStarts[low - 1]
    }

    /// The index one past the last word of the sentence that holds word `index`.
    /// - Complexity: O(log s), where s is the number of sentences.
    func sentenceEnd(containing index: Int) -> Int {
        var low = 0
        var high = sentenceStarts.count
        while low < high {
            let middle = (low + high) / 2
            if sentenceStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low < sentenceStarts.count ? sentenceStarts[low] : count
    }
}
