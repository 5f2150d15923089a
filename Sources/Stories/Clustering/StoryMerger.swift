/// Joins stories whose articles copied from one another: an article that takes whole passages from
/// another reports the same story, whatever else it adds.
enum StoryMerger {
    /// `clusters` with every two stories that `copies` links made one, in the order of their first
    /// story.
    static func merge(_ clusters: [StoryCluster], joining copies: [(String, String)]) -> [StoryCluster] {
        guard !copies.isEmpty else { return clusters }
        var clusterOf: [String: Int] = [:]
        for (index, cluster) in clusters.enumerated() { for article in cluster.articles { clusterOf[article] = index } }
        var parent = Array(clusters.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var reasons: [String: String] = [:]
        for (first, second) in copies {
            guard let a = clusterOf[first], let b = clusterOf[second] else { continue }
            let (x, y) = (root(a), root(b))
            guard x != y else { continue }
            parent[max(x, y)] = min(x, y)
            reasons[second] = first
            reasons[first] = reasons[first] ?? second
        }
        var merged: [Int: StoryCluster] = [:]
        var order: [Int] = []
        for (index, cluster) in clusters.enumerated() {
            let target = root(index)
            if merged[target] == nil {
                merged[target] = StoryCluster(articles: [], assignments: [])
                order.append(target)
            }
            merged[target]?.articles += cluster.articles
            let joined = target != index
            merged[target]?.assignments += cluster.assignments.map { assignment in
                guard joined, assignment.startedStory, let source = reasons[assignment.article] else { return assignment }
                var assignment = assignment
                assignment.startedStory = false
                assignment.sharedFeatures = ["copy:" + source]
                return assignment
            }
        }
        return order.compactMap { merged[$0] }
    }
}
