// Every field the report schema requires is written even when it is empty: `null` for a missing
// value, never an absent key. The synthesized `Encodable` leaves `nil` optionals out, so these
// types encode themselves.

extension Article {
    enum CodingKeys: String, CodingKey {
        case id, source, title, published, text, removed, language, author, dateline
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(text, forKey: .text)
        try container.encode(removed, forKey: .removed)
        try container.encode(language, forKey: .language)
        try container.encode(author, forKey: .author)
        try container.encode(dateline, forKey: .dateline)
    }
}

extension ArticleSource {
    enum CodingKeys: String, CodingKey {
        case input, outlet, url
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(url, forKey: .url)
    }
}

extension PublicationDate {
    enum CodingKeys: String, CodingKey {
        case value, inferred, evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(inferred, forKey: .inferred)
        try container.encode(evidence, forKey: .evidence)
    }
}
