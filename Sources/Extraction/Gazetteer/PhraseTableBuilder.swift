import ArabicText

/// Collects the phrases of a ``PhraseTable`` before it is stored flat.
struct PhraseTableBuilder<Payload: Sendable> {
    /// The tokens after the first, and what the phrase stands for.
    struct Phrase {
        var tail: [[UInt8]]
        var payloads: [Payload]
    }

    /// The phrases that start with one first token, longest first.
    struct Group {
        var head: [UInt8]
        var phrases: [Phrase]
    }

    private(set) var groups: [UInt64: [Group]] = [:]
    /// The most tokens in one phrase.
    private(set) var maxTokenCount = 0

    /// An empty builder.
    init() {}

    /// Adds `form` with `payload`, after folding and tokenizing it like running text.
    ///
    /// A form already present gets `payload` added to its payloads, unless `merge` combines it with
    /// one of them.
    /// - Returns: `false` when `form` has no tokens.
    /// - Complexity: O(n) in the length of `form`, plus O(p) for the p phrases of its first token.
    @discardableResult
    mutating func insert(
        _ form: some StringProtocol, _ payload: Payload, merge: (Payload, Payload) -> Payload? = { _, _ in nil }
    ) -> Bool {
        let text = MatchingText(String(form))
        guard !text.tokens.isEmpty else { return false }
        let tokenBytes = text.tokens.map { Array(text.bytes[$0.utf8Span]) }
        let head = tokenBytes[0]
        let tail = Array(tokenBytes.dropFirst())
        let hash = PhraseHash.hash(head)
        var bucket = groups[hash] ?? []
        let groupIndex: Int
        if let existing = bucket.firstIndex(where: { $0.head == head }) {
            groupIndex = existing
        } else {
            bucket.append(Group(head: head, phrases: []))
            groupIndex = bucket.count - 1
        }
        if let p = bucket[groupIndex].phrases.firstIndex(where: { $0.tail == tail }) {
            var payloads = bucket[groupIndex].phrases[p].payloads
            if let m = payloads.firstIndex(where: { merge($0, payload) != nil }),
                let merged = merge(payloads[m], payload)
            {
                payloads[m] = merged
            } else {
                payloads.append(payload)
            }
            bucket[groupIndex].phrases[p].payloads = payloads
        } else {
            let position =
                bucket[groupIndex].phrases.firstIndex { $0.tail.count < tail.count }
                ?? bucket[groupIndex].phrases.endIndex
            bucket[groupIndex].phrases.insert(Phrase(tail: tail, payloads: [payload]), at: position)
        }
        groups[hash] = bucket
        maxTokenCount = max(maxTokenCount, tokenBytes.count)
        return true
    }
}
