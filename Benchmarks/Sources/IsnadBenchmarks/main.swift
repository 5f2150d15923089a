import ArabicText
import CLibXML2
import Foundation
import Ingest

// Release benchmarks of the Arabic text core, on one core.
// usage: swift run -c release IsnadBenchmarks [megabytes] [runs] [stage filter]
let arguments = Array(CommandLine.arguments.dropFirst())
let megabytes = arguments.first.flatMap(Int.init) ?? 64
let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 5
let filter = arguments.count > 2 ? arguments[2] : ""

var generator = CorpusGenerator()
let corpus = generator.corpus(byteCount: megabytes << 20)
let size = corpus.utf8.count
print("corpus: \(size) bytes (\(String(format: "%.2f", Double(size) / 1_048_576)) MiB), seed 2026; best of \(runs) runs, one core")
print("")
print("| stage | MB/s | seconds |")
print("|---|---:|---:|")

/// Times `body` `runs` times and prints the best throughput in MB/s (10^6 bytes per second).
func measure(_ name: String, _ body: () -> Int) {
    guard filter.isEmpty || name.contains(filter) else { return }
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        checksum &+= body()
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = min(best, seconds)
    }
    print("| \(name) | \(String(format: "%.1f", Double(size) / best / 1e6)) | \(String(format: "%.3f", best)) |")
    if checksum == 42 { print("") }  // keeps the work observable
}

measure("normalize UTF-8, matching level, with offset map") {
    var text = corpus
    return text.withUTF8 { ArabicNormalizer.matching.normalize(utf8: $0).offsetMap.normalizedCount }
}
measure("normalize UTF-8, display level, with offset map") {
    var text = corpus
    return text.withUTF8 { ArabicNormalizer.display.normalize(utf8: $0).offsetMap.normalizedCount }
}
measure("normalize to String, matching level, with offset map") {
    ArabicNormalizer.matching.normalize(corpus).scalarCount
}
measure("normalize to String, matching level, no map") {
    ArabicNormalizer.matching.normalizedString(corpus).utf8.count
}
measure("tokenize (spans, no strings)") {
    var count = 0
    var text = corpus
    text.withUTF8 { bytes in Tokenizer().forEachToken(inUTF8: bytes) { _ in count += 1 } }
    return count
}
let matchingCorpus = ArabicNormalizer.matching.normalizedString(corpus)
measure("tokenize + stem every word (matching text)") {
    var total = 0
    var text = matchingCorpus
    let stemmer = LightStemmer()
    text.withUTF8 { bytes in
        Tokenizer().forEachToken(inUTF8: bytes) { token in
            guard token.kind == .word else { return }
            let word = UnsafeBufferPointer(rebasing: bytes[token.utf8Span])
            total &+= stemmer.stemRange(ofUTF8: word).count
        }
    }
    return total
}
measure("sentences") {
    SentenceSplitter().sentences(in: corpus).count
}


// HTML pages: the main-text corpus of the ingest tests, read page by page until the total reaches
// the corpus size above.
let pagesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/IngestTests/Fixtures/html")
let pageFiles = ((try? FileManager.default.contentsOfDirectory(atPath: pagesFolder.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
let pages = pageFiles.compactMap { try? [UInt8](Data(contentsOf: pagesFolder.appendingPathComponent($0))) }
if !pages.isEmpty, filter.isEmpty || "html".contains(filter) || filter == "html" {
    var batch: [[UInt8]] = []
    var total = 0
    while total < size {
        let page = pages[batch.count % pages.count]
        batch.append(page)
        total += page.count
    }
    var best = Double.infinity
    for _ in 0..<runs {
        let start = ContinuousClock.now
        var articles = 0
        for (index, page) in batch.enumerated() {
            articles += Ingestor().articles(inBytes: page, input: "page\(index).html").articles.count
        }
        let elapsed = start.duration(to: .now)
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        if articles == 0 { print("no articles") }
    }
    print("| HTML pages to articles (\(pages.count) layouts, \(batch.count) pages) | \(String(format: "%.1f", Double(total) / best / 1e6)) | \(String(format: "%.3f", best)) |")

    // The ceiling: libxml2's HTML parser alone, with the options Ingest uses, building its tree and
    // freeing it, then as a SAX parser whose callbacks do nothing.
    let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_NODEFDTD.rawValue)
    func measurePages(_ name: String, _ parse: ([UInt8]) -> Void) {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now
            for page in batch { parse(page) }
            let elapsed = start.duration(to: .now)
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        print("| \(name) | \(String(format: "%.1f", Double(total) / best / 1e6)) | \(String(format: "%.3f", best)) |")
    }
    measurePages("libxml2 alone: HTML parse to a tree and free it") { page in
        page.withUnsafeBytes { buffer in
            let bytes = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            xmlFreeDoc(htmlReadMemory(bytes, Int32(buffer.count), nil, "UTF-8", options))
        }
    }
    measurePages("libxml2 alone: HTML SAX parse, callbacks that do nothing") { page in
        page.withUnsafeBytes { buffer in
            let bytes = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            guard let context = htmlCreateMemoryParserCtxt(bytes, Int32(buffer.count)) else { return }
            var handler = htmlSAXHandler()
            handler.startElement = { _, _, _ in }
            handler.characters = { _, _, _ in }
            handler.initialized = 1
            let own = context.pointee.sax
            withUnsafeMutablePointer(to: &handler) { pointer in
                context.pointee.sax = pointer
                htmlCtxtUseOptions(context, options)
                htmlParseDocument(context)
                context.pointee.sax = own
            }
            htmlFreeParserCtxt(context)
        }
    }
}
