import ArabicText
import Testing

@testable import Stories

@Suite struct MinHashTests {
    /// Coefficients from SplitMix64 seeded with "ISNAD_MH", pinned from an independent implementation.
    @Test func pinsTheCoefficients() {
        let family = MinHash.standard
        #expect(MinHash.seed == 0x4953_4E41_445F_4D48)
        #expect(family.multipliers.count == 128 && family.increments.count == 128)
        #expect(family.multipliers[0] == 0x73F4_8285_757D_D731)
        #expect(family.increments[0] == 0xF63D_F978_4E10_BBC2)
        #expect(family.multipliers[127] == 0x77D9_BD38_28B0_B527)
        #expect(family.increments[127] == 0x8B33_1B7C_1387_ABFD)
        #expect(family.multipliers.allSatisfy { $0 & 1 == 1 })
    }

    @Test func pinsTheMixerAndOneValue() {
        #expect(SplitMix64.mix(0) == 0)
        #expect(SplitMix64.mix(1) == 0x5692_161D_100B_05E5)
        #expect(MinHash.standard.value(0x721E_2C6B_69BF_CC0C, function: 0) == 0x865A_18EB)
    }

    /// The signature of the golden text of the shingler tests, pinned from an independent
    /// implementation: the first eight rows and FNV-1a 64 of all 128 rows as little-endian bytes.
    @Test func pinsTheSignature() {
        let signature = MinHash.standard.signature(of: Shingler().hashes(in: ReuseShinglerTests.goldenText))
        #expect(
            Array(signature.values.prefix(8)) == [
                0x2951_FB8B, 0x26C6_12C1, 0x1F0E_3CF4, 0x645B_50BB, 0x6ADC_6E59, 0x038A_DDB7, 0x5488_28B3, 0x404C_9AA4,
            ])
        let bytes = signature.values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
        #expect(FNV1a.hash(bytes) == 0xF04C_8D64_A0C4_7311)
    }

    @Test func ignoresOrderAndRepeats() {
        let hashes: [UInt64] = [3, 1, 4, 1, 5, 9, 2, 6]
        #expect(MinHash.standard.signature(of: hashes) == MinHash.standard.signature(of: Set(hashes).sorted()))
    }

    @Test func signatureOfNothingIsEmpty() {
        let signature = MinHash.standard.signature(of: [])
        #expect(signature.isEmpty)
        #expect(signature.values.count == MinHash.permutationCount)
    }

    /// Pairs of generated texts that share a known share of their words; the estimate is within 0.12
    /// of the exact Jaccard similarity of their shingle sets (about 2.7 standard errors) and within
    /// 0.04 on average.
    @Test(arguments: [0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1.0])
    func estimatesJaccardSimilarity(_ sharedShare: Double) {
        var random = ReuseRandom(seed: UInt64(sharedShare * 1000) + 7)
        var totalError = 0.0
        let trials = 12
        for _ in 0..<trials {
            let length = Int.random(in: 150...400, using: &random)
            let shared = Int(Double(length) * sharedShare)
            let common = GeneratedText.words(shared, using: &random)
            let first = (GeneratedText.words(length - shared, using: &random) + common).joined(separator: " ")
            let second = (common + GeneratedText.words(length - shared, using: &random)).joined(separator: " ")
            let a = Shingler().hashes(in: first)
            let b = Shingler().hashes(in: second)
            let exact = Double(Set(a).intersection(b).count) / Double(Set(a).union(b).count)
            let estimate = MinHash.standard.signature(of: a).estimatedJaccard(with: MinHash.standard.signature(of: b))
            #expect(abs(estimate - exact) <= 0.12, "exact \(exact), estimate \(estimate)")
            totalError += abs(estimate - exact)
        }
        #expect(totalError / Double(trials) <= 0.04)
    }
}
