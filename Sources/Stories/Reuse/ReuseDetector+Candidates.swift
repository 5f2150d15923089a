extension ReuseDetector {
    /// The pairs of articles worth aligning: those that fall into one LSH bucket in at least one band
    /// of their MinHash signatures, and those that share at least
    /// ``ReuseConfiguration/minimumSharedShingles`` distinct shingles found in no more than
    /// ``ReuseConfiguration/maximumDocumentFrequency`` articles. Sorted, without repeats.
    ///
    /// - Complexity: O(S log S + B log B + Σ df²) for S distinct (article, shingle) entries, B = N · bands
    ///   bucket entries and df the article frequency of each indexed shingle, capped by
    ///   ``ReuseConfiguration/maximumDocumentFrequency``; near-linear in the corpus size.
    public func candidates(among fingerprints: [ReuseFingerprint]) -> [ReuseCandidate] {
        guard fingerprints.count > 1, fingerprints.count < Int(UInt32.max) else { return [] }
        var pairs = bandPairs(fingerprints)
        pairs.append(contentsOf: sharedShinglePairs(fingerprints))
        KeySort.sort(&pairs)
        var result: [ReuseCandidate] = []
        result.reserveCapacity(pairs.count)
        var previous: UInt64?
        for pair in pairs where pair != previous {
            result.append(ReuseCandidate(first: Int(pair >> 32), second: Int(pair & 0xFFFF_FFFF)))
            previous = pair
        }
        return result
    }

    /// Two article indices packed into one integer, the smaller in the high half.
    private static func pack(_ x: UInt32, _ y: UInt32) -> UInt64 {
        x < y ? UInt64(x) << 32 | UInt64(y) : UInt64(y) << 32 | UInt64(x)
    }

    /// The key of band `band` of a signature: FNV-1a 64 over the band index as one byte and the band's
    /// rows as little-endian 32-bit values.
    static func bandKey(_ rows: ArraySlice<UInt32>, band: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        hash = (hash ^ UInt64(UInt8(truncatingIfNeeded: band))) &* 0x0000_0100_0000_01B3
        for row in rows {
            for shift in stride(from: 0, to: 32, by: 8) {
                hash = (hash ^ UInt64((row >> UInt32(shift)) & 0xFF)) &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }

    /// Pairs that share an LSH bucket, from the sorted integers `bucket << 24 | article` where the
    /// bucket is the upper 40 bits of the band key (articles from index 2²⁴ on are not banded). A
    /// bucket larger than ``ReuseConfiguration/maximumBucketSize`` pairs each member with its first
    /// member only.
    private func bandPairs(_ fingerprints: [ReuseFingerprint]) -> [UInt64] {
        let rows = max(1, configuration.rowsPerBand)
        let bands = min(max(0, configuration.bands), MinHash.permutationCount / rows)
        let indexed = min(fingerprints.count, ShingleKey.maximumPosition + 1)
        var entries: [UInt64] = []
        entries.reserveCapacity(indexed * bands)
        for document in 0..<indexed where !fingerprints[document].signature.isEmpty {
            let values = fingerprints[document].signature.values
            guard values.count >= bands * rows else { continue }
            for band in 0..<bands {
                let key = Self.bandKey(values[(band * rows)..<((band + 1) * rows)], band: band)
                entries.append(ShingleKey.make(hash: key, position: document))
            }
        }
        KeySort.sort(&entries, lowBytesInOrder: 3)
        var pairs: [UInt64] = []
        var start = 0
        while start < entries.count {
            let bucket = ShingleKey.prefix(entries[start])
            var end = start + 1
            while end < entries.count, ShingleKey.prefix(entries[end]) == bucket { end += 1 }
            if end - start > 1 {
                let first = UInt32(ShingleKey.position(entries[start]))
                if end - start <= configuration.maximumBucketSize {
                    for x in start..<(end - 1) {
                        for y in (x + 1)..<end {
                            pairs.append(
                                Self.pack(
                                    UInt32(ShingleKey.position(entries[x])), UInt32(ShingleKey.position(entries[y]))))
                        }
                    }
                } else {
                    for y in (start + 1)..<end {
                        pairs.append(Self.pack(first, UInt32(ShingleKey.position(entries[y]))))
                    }
                }
            }
            start = end
        }
        return pairs
    }

    /// Pairs that share enough distinct shingles of moderate article frequency, counted per article
    /// with a dense accumulator over an inverted index: the sorted integers `prefix << 24 | article` of
    /// each article's distinct 40-bit shingle prefixes (articles from index 2²⁴ on are not indexed).
    private func sharedShinglePairs(_ fingerprints: [ReuseFingerprint]) -> [UInt64] {
        let indexed = min(fingerprints.count, ShingleKey.maximumPosition + 1)
        var keys: [UInt64] = []
        keys.reserveCapacity(fingerprints.prefix(indexed).reduce(0) { $0 + $1.shingleKeys.count })
        for document in 0..<indexed {
            var previous: UInt64?
            for key in fingerprints[document].shingleKeys {
                let prefix = ShingleKey.prefix(key)
                if prefix != previous {
                    keys.append(ShingleKey.make(hash: prefix << ShingleKey.positionBits, position: document))
                }
                previous = prefix
            }
        }
        KeySort.sort(&keys, lowBytesInOrder: 3)
        // Posting lists of 2...maximumDocumentFrequency articles, and per article the lists it is in.
        var lists: [Range<Int>] = []
        var listsPerDocument = [Int](repeating: 0, count: indexed + 1)
        var start = 0
        while start < keys.count {
            let prefix = ShingleKey.prefix(keys[start])
            var end = start + 1
            while end < keys.count, ShingleKey.prefix(keys[end]) == prefix { end += 1 }
            if end - start > 1, end - start <= configuration.maximumDocumentFrequency {
                lists.append(start..<end)
                for index in start..<end { listsPerDocument[ShingleKey.position(keys[index]) + 1] += 1 }
            }
            start = end
        }
        for document in 0..<indexed { listsPerDocument[document + 1] += listsPerDocument[document] }
        var memberships = [Int](repeating: 0, count: listsPerDocument[indexed])
        var fill = listsPerDocument
        for (list, range) in lists.enumerated() {
            for index in range {
                let document = ShingleKey.position(keys[index])
                memberships[fill[document]] = list
                fill[document] += 1
            }
        }
        // For each article, count the shingles shared with each later article.
        var counts = [Int32](repeating: 0, count: indexed)
        var touched: [Int] = []
        var pairs: [UInt64] = []
        let minimum = Int32(clamping: max(1, configuration.minimumSharedShingles))
        for document in 0..<indexed {
            for membership in listsPerDocument[document]..<listsPerDocument[document + 1] {
                let range = lists[memberships[membership]]
                var index = range.upperBound - 1
                while index >= range.lowerBound, ShingleKey.position(keys[index]) > document {
                    let other = ShingleKey.position(keys[index])
                    if counts[other] == 0 { touched.append(other) }
                    counts[other] += 1
                    index -= 1
                }
            }
            for other in touched {
                if counts[other] >= minimum { pairs.append(Self.pack(UInt32(document), UInt32(other))) }
                counts[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }
}
