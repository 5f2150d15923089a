/// FNV-1a 64 of every window of five consecutive words joined by a space, and of each word alone,
/// computed in one pass over the words.
///
/// Rehashing each shingle from scratch feeds every byte five times through one serial chain of
/// multiplications. Here the four unfinished shingles and the current word each keep their own FNV-1a
/// state and every byte is fed to all five, so the multiplications are independent and overlap in
/// the processor. The results are exactly FNV-1a of the joined bytes (golden tests compare them with
/// `FNV1a`).
struct RollingShingleHasher {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The shingles that started 4, 3, 2 and 1 words before the current word.
    private var started4 = offsetBasis
    private var started3 = offsetBasis
    private var started2 = offsetBasis
    private var started1 = offsetBasis
    /// The current word alone (the shingle that starts with it).
    private var word = offsetBasis
    /// Words finished so far.
    private(set) var wordCount = 0

    /// Starts a word: the shingles in progress take the separating space.
    @inline(__always)
    mutating func beginWord() {
        started4 = (started4 ^ 0x20) &* Self.prime
        started3 = (started3 ^ 0x20) &* Self.prime
        started2 = (started2 ^ 0x20) &* Self.prime
        started1 = (started1 ^ 0x20) &* Self.prime
        word = Self.offsetBasis
    }

    /// Feeds one byte of the current word.
    @inline(__always)
    mutating func feed(_ byte: UInt8) {
        let value = UInt64(byte)
        started4 = (started4 ^ value) &* Self.prime
        started3 = (started3 ^ value) &* Self.prime
        started2 = (started2 ^ value) &* Self.prime
        started1 = (started1 ^ value) &* Self.prime
        word = (word ^ value) &* Self.prime
    }

    /// Ends the current word.
    /// - Returns: the word's hash, and the hash of the shingle that it completes, `nil` for the first
    ///   four words.
    @inline(__always)
    mutating func endWord() -> (word: UInt64, shingle: UInt64?) {
        let completed = started4
        started4 = started3
        started3 = started2
        started2 = started1
        started1 = word
        wordCount += 1
        return (word, wordCount >= Shingler.wordCount ? completed : nil)
    }
}
