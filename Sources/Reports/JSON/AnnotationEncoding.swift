import Extraction

// The report writes every span as `start` and `end` fields beside the annotation's own fields, as
// `schema/report.schema.json` defines them; Swift's `Range` would encode as an array.

/// A mention as the report writes it.
struct EncodedMention: Encodable {
    let mention: Mention

    enum CodingKeys: String, CodingKey { case start, end, entity, text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mention.span.lowerBound, forKey: .start)
        try container.encode(mention.span.upperBound, forKey: .end)
        try container.encode(mention.entity, forKey: .entity)
        try container.encode(mention.text, forKey: .text)
    }
}

/// A quantity as the report writes it.
struct EncodedQuantity: Encodable {
    let quantity: Quantity

    enum CodingKeys: String, CodingKey { case start, end, text, value, unit, approximate }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quantity.span.lowerBound, forKey: .start)
        try container.encode(quantity.span.upperBound, forKey: .end)
        try container.encode(quantity.text, forKey: .text)
        try container.encode(quantity.value, forKey: .value)
        try container.encode(quantity.unit, forKey: .unit)
        try container.encode(quantity.isApproximate, forKey: .approximate)
    }
}

/// A quotation as the report writes it.
struct EncodedQuote: Encodable {
    let quote: Quote

    enum CodingKeys: String, CodingKey { case start, end, id, text, speaker, speakerText, cue, direct, via }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quote.span.lowerBound, forKey: .start)
        try container.encode(quote.span.upperBound, forKey: .end)
        try container.encode(quote.id, forKey: .id)
        try container.encode(quote.text, forKey: .text)
        try container.encode(quote.speaker, forKey: .speaker)
        try container.encode(quote.speakerText, forKey: .speakerText)
        try container.encode(quote.cue, forKey: .cue)
        try container.encode(quote.isDirect, forKey: .direct)
        try container.encode(quote.via, forKey: .via)
    }
}

/// A time expression as the report writes it.
struct EncodedTimex: Encodable {
    let timex: Timex

    enum CodingKeys: String, CodingKey { case start, end, text, value, anchor, weekdayMismatch }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timex.span.lowerBound, forKey: .start)
        try container.encode(timex.span.upperBound, forKey: .end)
        try container.encode(timex.text, forKey: .text)
        try container.encode(timex.value, forKey: .value)
        try container.encode(timex.anchor.rawValue, forKey: .anchor)
        try container.encodeIfPresent(timex.weekdayMismatch, forKey: .weekdayMismatch)
    }
}
