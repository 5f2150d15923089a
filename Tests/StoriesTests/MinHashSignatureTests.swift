import Foundation
import Testing

@testable import Stories

@Suite struct MinHashSignatureTests {
    @Test func identicalSignaturesEstimateOne() {
        let signature = MinHash.standard.signature(of: [1, 2, 3])
        #expect(signature.estimatedJaccard(with: signature) == 1)
    }

    @Test func emptySignaturesEstimateZero() {
        let empty = MinHash.standard.signature(of: [])
        #expect(empty.estimatedJaccard(with: empty) == 0)
        #expect(empty.estimatedJaccard(with: MinHash.standard.signature(of: [1])) == 0)
    }

    @Test func signaturesOfDifferentLengthsEstimateZero() {
        let short = MinHashSignature(values: [1, 2])
        let long = MinHashSignature(values: [1, 2, 3])
        #expect(short.estimatedJaccard(with: long) == 0)
    }

    @Test func roundTripsThroughCodable() throws {
        let signature = MinHash.standard.signature(of: [42, 43])
        let data = try JSONEncoder().encode(signature)
        #expect(try JSONDecoder().decode(MinHashSignature.self, from: data) == signature)
    }
}
