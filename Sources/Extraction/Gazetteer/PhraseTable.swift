import ArabicText

/// Phrases of one or more tokens, keyed by their matching-normalized bytes, found by longest match in a
/// ``MatchingText``.
///
/// Phrases are grouped by their first token, under the 64-bit FNV-1a hash of its bytes, so that a
/// lookup hashes the token at hand (and its readings without proclitics) and compares bytes only on a
/// hit; most words of a text start no phrase and cost one hash and one failed probe. Within a group,
/// phrases are ordered longest first, so the first one whose tokens follow is the longest match.
///
/// The table is built by a ``PhraseTableBuilder`` and then stored flat: token bytes in one pool, groups,
/// phrases and payloads in arrays of plain values addressed by index, so that a lookup retains and
/// releases nothing.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// A group of phrases that share a first token; `next` chains groups whose first tokens share a
    /// hash.
    struct Group: Sendable {
        var head: Range<Int>
        var phrases: Range<Int>
        var next: Int
    }

    /// One phrase: its tokens after the first (ranges of ``tokenRanges``) and its payloads.
    struct Phrase: Sendable {
        var tail: Range<Int>
        var payloads: Range<Int>
    }

    /// A match: the tokens it covers, the proclitic letters in front of the first, and the payloads.
    struct Hit {
        /// Tokens covered, the first included.
        var tokenCount: Int
        /// Unicode scalars of proclitics (و، ف، ب، ل، ك) removed from the first token.
        var procliticLength: Int
        /// The payloads of the matched phrase, as a range of ``PhraseTable/payloadStore``.
        var payloadRange: Range<Int>
        /// The payloads of a phrase of the same length under another reading of the first token
        /// (وجدة: the city Oujda, or و + جدة, Jeddah), as a range of ``PhraseTable/payloadStore``.
        var alternativeRange: Range<Int>?
    }

    private let groupIndex: PhraseHashIndex
    private let groups: [Group]
    private let phraseStore: [Phrase]
    private let tokenRanges: [Range<Int>]
    private let bytePool: [UInt8]
    /// Every payload, phrase by phrase.
    let payloadStore: [Payload]
    /// The most tokens in one phrase.
    let maxTokenCount: Int

    /// The number of distinct phrases.
    var count: Int { phraseStore.count }

    /// The table of everything `builder` holds.
    /// - Complexity: O(n) in the size of the builder.
    init(_ builder: PhraseTableBuilder<Payload>) {
        var groupIndex: [UInt64: Int] = [:]
        var groups: [Group] = []
        var phrases: [Phrase] = []
        var tokenRanges: [Range<Int>] = []
        var pool: [UInt8] = []
        var payloads: [Payload] = []
        func store(_ bytes: [UInt8]) -> Range<Int> {
            pool.append(contentsOf: bytes)
            return pool.count - bytes.count..<pool.count
        }
        for (hash, bucket) in builder.groups {
            for group in bucket {
                let phraseStart = phrases.count
                for phrase in group.phrases {
                    let tailStart = tokenRanges.count
                    for token in phrase.tail { tokenRanges.append(store(token)) }
                    let payloadStart = payloads.count
                    payloads.append(contentsOf: phrase.payloads)
                    phrases.append(
                        Phrase(tail: tailStart..<tokenRanges.count, payloads: payloadStart..<payloads.count))
                }
                groups.append(
                    Group(head: store(group.head), phrases: phraseStart..<phrases.count, next: groupIndex[hash] ?? -1))
                groupIndex[hash] = groups.count - 1
            }
        }
        self.groupIndex = PhraseHashIndex(groupIndex)
        self.groups = groups
        self.phraseStore = phrases
        self.tokenRanges = tokenRanges
        self.bytePool = pool
        self.payloadStore = payloads
        self.maxTokenCount = builder.maxTokenCount
    }

    /// The payloads of a hit's phrase.
    func payloads(of hit: Hit) -> ArraySlice<Payload> {
        payloadStore[hit.payloadRange]
    }

    /// The payloads of a hit's alternative reading.
    func alternativePayloads(of hit: Hit) -> ArraySlice<Payload> {
        hit.alternativeRange.map { payloadStore[$0] } ?? []
    }

    /// Every phrase, as its normalized tokens joined by spaces, with its payloads.
    var phrases: [(form: String, payloads: [Payload])] {
        groups.flatMap { group in
            phraseStore[group.phrases].map { phrase in
                let tokens = [group.head] + tokenRanges[phrase.tail]
                let form = tokens.map { String(decoding: bytePool[$0], as: UTF8.self) }.joined(separator: " ")
                return (form, Array(payloadStore[phrase.payloads]))
            }
        }
    }

    // MARK: Lookup

    /// The longest phrase that starts at token `index` of `text`.
    ///
    /// With `proclitics`, the first token may also be read without the conjunctions و or ف and then
    /// the prepositions ب، ل or ك (وبغداد، بالعراق، لواشنطن، وللسعودية with لل read as ل + ال). The
    /// whole token is tried first; a reading without proclitics must keep two letters, or three for a
    /// phrase of one token (باب "door" is not ب + آب). The other tokens of a phrase must follow one
    /// another exactly, on one line.
    /// - Parameters:
    ///   - text: The tokenized text.
    ///   - index: The index of the first token.
    ///   - proclitics: Whether to try readings without proclitics.
    /// - Complexity: O(r·(m + k·p)) for r readings of a first token of m bytes, and k phrases of at most
    ///   p tokens starting with it; O(r·m) for a token that starts no phrase.
    func longest(in text: MatchingText, at index: Int, proclitics: Bool) -> Hit? {
        guard index < text.tokens.count else { return nil }
        let token = text.tokens[index]
        let span = token.utf8Span
        return text.bytes.withUnsafeBufferPointer { bytes -> Hit? in
            let whole = Reading(start: span.lowerBound, restoresAlef: false, procliticLength: 0, letters: Int.max)
            var best = hit(text, bytes, index, whole)
            guard proclitics, token.kind == .word, Readings.mayHaveProclitics(bytes, span) else { return best }
            let readings = Readings(bytes, span)
            for slot in 1..<readings.count {
                guard let found = hit(text, bytes, index, readings[slot]) else { continue }
                if let current = best, found.tokenCount <= current.tokenCount {
                    // Readings come whole token first: a later one only adds an alternative of equal length.
                    if found.tokenCount == current.tokenCount, current.alternativeRange == nil {
                        best?.alternativeRange = found.payloadRange
                    }
                } else {
                    best = found
                }
            }
            return best
        }
    }

    /// Whether some phrase starts with the token at `index` or, with `proclitics`, with one of its
    /// readings without proclitics; when not, ``longest(in:at:proclitics:)`` is `nil` whatever follows.
    /// - Complexity: O(r·m) for r readings of a token of m bytes.
    func startsPhrase(in text: MatchingText, at index: Int, proclitics: Bool) -> Bool {
        guard index < text.tokens.count else { return false }
        let token = text.tokens[index]
        let span = token.utf8Span
        return text.bytes.withUnsafeBufferPointer { bytes -> Bool in
            let readings =
                proclitics && token.kind == .word && Readings.mayHaveProclitics(bytes, span)
                ? Readings(bytes, span) : Readings(whole: span)
            for slot in 0..<readings.count where group(for: readings[slot], in: bytes, end: span.upperBound) != nil {
                return true
            }
            return false
        }
    }

    /// The group whose first token is `reading` of the bytes up to `end`.
    @inline(__always)
    private func group(for reading: Reading, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var hash = PhraseHash.offsetBasis
        if reading.restoresAlef {
            PhraseHash.feed(&hash, 0xD8)
            PhraseHash.feed(&hash, 0xA7)
        }
        var byte = reading.start
        while byte < end {
            PhraseHash.feed(&hash, bytes[byte])
            byte += 1
        }
        guard var candidate = groupIndex.value(for: hash) else { return nil }
        while candidate >= 0 {
            if headEquals(groups[candidate].head, bytes, reading, end) { return candidate }
            candidate = groups[candidate].next
        }
        return nil
    }

    /// The longest phrase whose first token is `reading` and whose other tokens follow.
    private func hit(_ text: MatchingText, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ reading: Reading)
        -> Hit?
    {
        guard let found = group(for: reading, in: bytes, end: text.tokens[index].utf8Span.upperBound) else {
            return nil
        }
        for phrase in groups[found].phrases {
            let tail = phraseStore[phrase].tail
            var matches = true
            if tail.isEmpty {
                matches = reading.procliticLength == 0 || reading.letters >= 3
            } else if index + tail.count < text.tokens.count {
                var at = index + 1
                for token in tail {
                    if !text.isOnSameLine(at) || !tokenEquals(tokenRanges[token], bytes, text.tokens[at].utf8Span) {
                        matches = false
                        break
                    }
                    at += 1
                }
            } else {
                matches = false
            }
            if matches {
                return Hit(
                    tokenCount: 1 + tail.count, procliticLength: reading.procliticLength,
                    payloadRange: phraseStore[phrase].payloads, alternativeRange: nil)
            }
        }
        return nil
    }

    @inline(__always)
    private func headEquals(_ head: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ reading: Reading, _ end: Int)
        -> Bool
    {
        var h = head.lowerBound
        if reading.restoresAlef {
            guard head.count >= 2, bytePool[h] == 0xD8, bytePool[h + 1] == 0xA7 else { return false }
            h += 2
        }
        guard head.upperBound - h == end - reading.start else { return false }
        var byte = reading.start
        while byte < end {
            if bytePool[h] != bytes[byte] { return false }
            h += 1
            byte += 1
        }
        return true
    }

    private func tokenEquals(_ stored: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Bool {
        guard span.count == stored.count else { return false }
        var offset = 0
        while offset < stored.count {
            if bytePool[stored.lowerBound + offset] != bytes[span.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }
}

/// The 64-bit FNV-1a hash of the first tokens of phrases, fed byte by byte so that a reading with a
/// restored alef needs no copy.
enum PhraseHash {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func feed(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value = offsetBasis
        for byte in bytes { feed(&value, byte) }
        return value
    }
}
