import Foundation
import Synchronization
import Ingest
import Extraction
import IsnadCLI
import Stories

// The whole pipeline (annotation, reuse, stories, story analysis) on generated streams of articles,
// release build, both cores. Prints time, throughput, peak memory and B-cubed F1 against the streams'
// events.
// Before that, annotation alone (entities, dates, numbers, quotations, and the claims the analysis
// reads) on one core (also with four articles joined into one document, and with each paragraph a
// document of its own, which show the work per document), after a warm-up of 500 other articles.
// usage: swift run -c release IsnadScale [sizes…]   (default 3000 10000 30000)
//        swift run -c release IsnadScale annotate
let sizes = CommandLine.arguments.dropFirst().compactMap(Int.init)
let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/StoriesTests/Fixtures/stories/articles.jsonl")

func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Annotation alone, one article after another on each of `threads` cores (each taking every
/// `threads`-th article), after `warmUp` other articles have built the lexicons and met the common
/// vocabulary (as a long run does in its first seconds).
/// With `joined` above 1, every `joined` articles are annotated as one document of as many
/// paragraphs, which shows what the work per document costs beside the work per byte.
/// With `joined` 0, every paragraph is a document of its own, which shows the work per document alone.
/// With `readsClaims` false, what `isnad annotate` does: the same without claim units.
func annotationThroughput(
    articles: Int, warmUp: Int, threads: Int = 1, joined: Int = 1, readsClaims: Bool = true
) throws -> (megabytes: Double, seconds: Double) {
    var generator = try StreamGenerator(corpus: corpus)
    let all = generator.articles(count: warmUp + articles)
    let annotator = ArticleAnnotator(readsClaims: readsClaims)
    for (article, _) in all.prefix(warmUp) {
        _ = annotator.annotate(text: article.text, articleID: article.id, outlet: nil, published: nil)
    }
    let articles = Array(all.dropFirst(warmUp).map(\.article))
    let stream = joined < 1 ? paragraphs(of: articles) : joined == 1 ? articles : stride(from: 0, to: articles.count, by: joined).map { start in
        var document = articles[start]
        document.text = articles[start..<min(start + joined, articles.count)].map(\.text).joined(separator: "\n")
        return document
    }
    let start = ContinuousClock.now
    let mentions = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
        var found = 0
        for index in stride(from: thread, to: stream.count, by: threads) {
            let article = stream[index]
            found += annotator.annotate(text: article.text, articleID: article.id, outlet: nil, published: nil).mentions.count
        }
        mentions.withLock { $0 += found }
    }
    precondition(mentions.withLock { $0 } > 0, "the generated articles name no one")
    return (Double(stream.reduce(0) { $0 + $1.text.utf8.count }) / 1e6, seconds(since: start))
}

/// Each paragraph of `articles` as a document of its own.
func paragraphs(of articles: [Article]) -> [Article] {
    articles.flatMap { article in
        article.text.split(separator: "\n").enumerated().map { index, paragraph in
            var document = article
            document.id = "\(article.id)-\(index)"
            document.text = String(paragraph)
            return document
        }
    }
}

// `IsnadScale annotate`: annotation alone on one core, the best of five runs of 1 000 articles
// (steadier on a shared machine than one run, for comparing two builds back to back), as the
// analysis annotates (with claims) and as `isnad annotate` does (without).
if CommandLine.arguments.dropFirst().first == "annotate" {
    for (readsClaims, label) in [(true, "with claims"), (false, "as `isnad annotate`, without claims")] {
        var best = (megabytes: 0.0, seconds: Double.infinity)
        for _ in 0..<5 {
            let run = try annotationThroughput(articles: 1000, warmUp: 500, readsClaims: readsClaims)
            if run.seconds < best.seconds { best = run }
        }
        let rate = String(format: "%.1f MB in %.3f s = %.2f MB/s", best.megabytes, best.seconds, best.megabytes / best.seconds)
        print("annotate \(label), one core, best of 5: \(rate)")
    }
    exit(0)
}

let annotation = try annotationThroughput(articles: 1000, warmUp: 500)
print("annotate, one core: \(String(format: "%.1f", annotation.megabytes)) MB in \(String(format: "%.2f", annotation.seconds)) s = \(String(format: "%.2f", annotation.megabytes / annotation.seconds)) MB/s")
let long = try annotationThroughput(articles: 1000, warmUp: 500, joined: 4)
print("annotate, one core, four articles a document: \(String(format: "%.1f", long.megabytes)) MB in \(String(format: "%.2f", long.seconds)) s = \(String(format: "%.2f", long.megabytes / long.seconds)) MB/s")
let short = try annotationThroughput(articles: 1000, warmUp: 500, joined: 0)
print("annotate, one core, one paragraph a document: \(String(format: "%.1f", short.megabytes)) MB in \(String(format: "%.2f", short.seconds)) s = \(String(format: "%.2f", short.megabytes / short.seconds)) MB/s")
let parallel = try annotationThroughput(articles: 2000, warmUp: 500, threads: ProcessInfo.processInfo.activeProcessorCount)
print("annotate, \(ProcessInfo.processInfo.activeProcessorCount) cores: \(String(format: "%.1f", parallel.megabytes)) MB in \(String(format: "%.2f", parallel.seconds)) s = \(String(format: "%.2f", parallel.megabytes / parallel.seconds)) MB/s\n")

print("| articles | MB of text | seconds | MB/s | stories | B-cubed F1 | peak memory (MB) |")
print("|---:|---:|---:|---:|---:|---:|---:|")
for size in sizes.isEmpty ? [3000, 10000, 30000] : sizes {
    var generator = try StreamGenerator(corpus: corpus)
    let stream = generator.articles(count: size)
    let megabytes = Double(stream.reduce(0) { $0 + $1.article.text.utf8.count }) / 1e6
    let start = ContinuousClock.now
    var pipeline = AnalysisPipeline()
    // Each stage's start, on stderr, so that a slow stage shows.
    pipeline.progress = { stage in
        FileHandle.standardError.write(Data("  \(String(format: "%6.2f", seconds(since: start))) s  \(stage)\n".utf8))
    }
    let report = await pipeline.analyze(stream.map(\.article), rejected: [])
    let elapsed = seconds(since: start)
    var gold: [String: Int] = [:]
    for (article, event) in stream { gold[article.id] = event }
    let f1 = BCubed.scores(of: report.stories.map(\.articles), gold: gold).f1
    print("| \(size) | \(String(format: "%.1f", megabytes)) | \(String(format: "%.1f", elapsed)) | \(String(format: "%.1f", megabytes / elapsed)) | \(report.stories.count) | \(String(format: "%.3f", f1)) | \(String(format: "%.0f", peakMemoryMegabytes())) |")
}

/// The seconds from `start` to now.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = start.duration(to: .now)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
