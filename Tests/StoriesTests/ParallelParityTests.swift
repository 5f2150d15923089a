import Foundation
import Testing

@testable import Stories

/// The forms that spread work over cores give exactly what the one-core forms give.
@Suite struct ParallelParityTests {
    @Test func parallelClusteringFindsTheSameStories() async throws {
        let (documents, _) = try StoryClustererEvaluationTests.corpus()
        let copies = StoryClustererEvaluationTests.copies(among: documents)
        let serial = StoryClusterer().cluster(documents, copies: copies)
        let parallel = await StoryClusterer().clusterInParallel(documents, copies: copies)
        #expect(serial.count > 20)
        #expect(parallel == serial)
    }

    @Test func parallelReuseFindsTheSameEdgesInTheSameOrder() async throws {
        let (documents, _) = try StoryClustererEvaluationTests.corpus()
        let reuse = documents.map { ReuseDocument(id: $0.id, text: $0.text, outlet: nil, published: nil, order: $0.order) }
        let serial = ReuseDetector().edges(among: reuse)
        let parallel = await ReuseDetector().edgesInParallel(among: reuse)
        #expect(!serial.isEmpty)
        #expect(parallel == serial)
    }
}
