/// What the tag, class and id of an HTML element say about its content.
///
/// Class and id values are split into words at `-`, `_`, spaces and camelCase humps, so
/// `td-post-content`, `entry_content` and `relatedPosts` all give their words. A word must match
/// exactly: `ad` matches `ad` and `ads`, not `head` or `shadow`.
enum ClassHints {
    /// The hint for an element: its positive and negative words, and the furniture kind it names.
    static func hint(tag: String, classAndID: String) -> (score: Int, furniture: FurnitureKind?, isWeak: Bool) {
        var score = 0
        var furniture: FurnitureKind?
        var isWeak = true
        switch tag {
        case "article", "main": score += 25
        case "header", "footer", "aside": score -= 25
        default: break
        }
        for word in words(of: classAndID) {
            if let weight = positiveWords[word] {
                score += weight
            } else if let kind = negativeWords[word] {
                score -= 25
                if furniture == nil || (isWeak && !weakWords.contains(word)) { furniture = kind }
                if !weakWords.contains(word) { isWeak = false }
            }
        }
        return (score, furniture, isWeak)
    }

    /// Furniture words that also name wrappers of real text (`post-meta-content`, `read-more`,
    /// `header`): they mark short blocks only.
    static let weakWords: Set<String> = [
        "meta", "date", "time", "author", "byline", "bio", "caption", "credit", "more", "also", "next", "prev",
        "teaser", "header", "masthead", "nav", "print", "counter", "views",
    ]

    /// Words that mark the article body.
    static let positiveWords: [String: Int] = [
        "article": 25, "articlebody": 30, "content": 15, "entry": 20, "post": 10, "body": 15, "story": 20,
        "text": 10, "main": 10, "detail": 15, "details": 15, "news": 5, "contenu": 20, "chapo": 15,
        "blog": 5, "single": 10, "prose": 15, "field": 5, "node": 5, "tweet": 10, "twitter": 5,
    ]

    /// Words that mark furniture, with the kind.
    static let negativeWords: [String: FurnitureKind] = {
        var words: [String: FurnitureKind] = [:]
        let groups: [(FurnitureKind, [String])] = [
            (.navigation, ["nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "topbar", "header", "masthead"]),
            (.footer, ["footer", "copyright", "colophon"]),
            (.sidebar, ["sidebar", "aside", "rail"]),
            (.comments, ["comment", "comments", "disqus", "respond", "reply", "replies"]),
            (.relatedLinks, ["related", "readmore", "recommended", "more", "also", "teaser", "outbrain", "taboola", "similar", "next", "prev"]),
            (.share, ["share", "sharing", "social", "sharethis", "addthis", "follow"]),
            (.newsletter, ["newsletter", "subscribe", "subscription", "signup"]),
            (.advertisement, ["ad", "ads", "adv", "advert", "advertisement", "adsbygoogle", "banner", "sponsor", "sponsored", "promo", "dfp", "gpt"]),
            (.cookieNotice, ["cookie", "cookies", "consent", "gdpr"]),
            (.ticker, ["ticker", "breaking", "marquee", "urgent"]),
            (.mostRead, ["popular", "mostread", "trending", "most", "top10"]),
            (.tags, ["tags", "tag", "keywords", "labels"]),
            (.author, ["author", "byline", "bio"]),
            (.caption, ["caption", "credit", "wp-caption-text"]),
            (.metadata, ["meta", "date", "time", "views", "counter", "print"]),
        ]
        for (kind, list) in groups { for word in list { words[word] = kind } }
        return words
    }()

    /// The lower-case words of a class or id value.
    static func words(of value: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for scalar in value.unicodeScalars {
            let isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
            let isLower = (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            if isUpper || isLower {
                if isUpper, previousWasLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.unicodeScalars.append(isUpper ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
                previousWasLower = isLower
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
