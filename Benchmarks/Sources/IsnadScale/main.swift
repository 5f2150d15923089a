import Foundation
import IsnadCLI

// The whole pipeline (annotation, reuse, stories, story analysis) on generated streams of articles,
// release build, both cores. Prints time, throughput, peak memory and B-cubed F1 against the streams'
// events.
// usage: swift run -c release IsnadScale [sizes…]   (default 3000 10000 30000)
let sizes = CommandLine.arguments.dropFirst().compactMap(Int.init)
let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/StoriesTests/Fixtures/stories/articles.jsonl")

func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

print("| articles | MB of text | seconds | MB/s | stories | B-cubed F1 | peak memory (MB) |")
print("|---:|---:|---:|---:|---:|---:|---:|")
for size in sizes.isEmpty ? [3000, 10000, 30000] : sizes {
    var generator = try StreamGenerator(corpus: corpus)
    let stream = generator.articles(count: size)
    let megabytes = Double(stream.reduce(0) { $0 + $1.article.text.utf8.count }) / 1e6
    let start = ContinuousClock.now
    let report = await AnalysisPipeline().analyze(stream.map(\.article), rejected: [])
    let elapsed = start.duration(to: .now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var gold: [String: Int] = [:]
    for (article, event) in stream { gold[article.id] = event }
    let f1 = BCubed.f1(report.stories.map(\.articles), gold: gold)
    print("| \(size) | \(String(format: "%.1f", megabytes)) | \(String(format: "%.1f", seconds)) | \(String(format: "%.1f", megabytes / seconds)) | \(report.stories.count) | \(String(format: "%.3f", f1)) | \(String(format: "%.0f", peakMemoryMegabytes())) |")
}

/// B-cubed F1 of clusters against gold classes.
enum BCubed {
    static func f1(_ clusters: [[String]], gold: [String: Int]) -> Double {
        var clusterOf: [String: Int] = [:]
        for (index, cluster) in clusters.enumerated() { for item in cluster { clusterOf[item] = index } }
        var classSize: [Int: Int] = [:]
        for event in gold.values { classSize[event, default: 0] += 1 }
        var precision = 0.0
        var recall = 0.0
        for (item, event) in gold {
            guard let index = clusterOf[item] else { continue }
            let same = Double(clusters[index].filter { gold[$0] == event }.count)
            precision += same / Double(clusters[index].count)
            recall += same / Double(classSize[event] ?? 1)
        }
        precision /= Double(gold.count)
        recall /= Double(gold.count)
        return 2 * precision * recall / (precision + recall)
    }
}
