/// The answers a lexicon gave at each word of one article, kept for the next question about that
/// word: the entity and quotation rules ask the gazetteer, the roles and the organization heads
/// about the same words many times (whether a word is a place, as a name's family name, as a
/// chain's genitive, as an office's place), and each lookup hashes the word and its readings
/// without proclitics and probes tables too large for the cache.
///
/// One article is annotated on one thread, and its ``WordMatchingText`` (which holds the memo)
/// does not leave the annotation; the memo is therefore not locked.
final class WordMatchMemo<Value>: @unchecked Sendable {
    /// For each word: -2 not asked yet, -1 no match, else the index of the match in `values`.
    private var slots: [Int32]
    private var values: [Value] = []

    /// A memo for `count` words.
    init(count: Int) {
        slots = [Int32](repeating: -2, count: count)
    }

    /// The match at word `index`, from `lookUp` the first time it is asked.
    func match(at index: Int, _ lookUp: () -> Value?) -> Value? {
        guard index >= 0, index < slots.count else { return lookUp() }
        let slot = slots[index]
        if slot >= 0 { return values[Int(slot)] }
        if slot == -1 { return nil }
        let value = lookUp()
        if let value {
            slots[index] = Int32(values.count)
            values.append(value)
        } else {
            slots[index] = -1
        }
        return value
    }
}
