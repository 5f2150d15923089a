/// A place or an organization of the compiled-in gazetteer, with the names Arabic media give it.
///
/// ```swift
/// let iraq = Gazetteer.entry(id: "country:IQ")
/// iraq?.name        // "العراق"
/// iraq?.variants    // ["العراق", "جمهورية العراق", "بلاد الرافدين"]
/// iraq?.adjectives  // ["عراقي"]
/// ```
public struct GazetteerEntry: Sendable, Hashable, Codable {
    /// Stable identifier: the kind and a code, such as `country:IQ`, `city:baghdad`, `org:un`.
    ///
    /// Countries use their ISO 3166-1 alpha-2 code (`XK` for Kosovo); other entries an English slug.
    public var id: String
    /// The canonical Arabic name.
    public var name: String
    /// The entity type: ``EntityType/location`` for countries, cities and regions,
    /// ``EntityType/organization`` for organizations.
    public var type: EntityType
    /// What the entry names.
    public var kind: GazetteerKind
    /// Every name of the entry as the lexicon writes it, the canonical name first. Spellings that
    /// differ only in what `NormalizationLevel.matching` folds (hamza on alef, ة/ه, ى/ي,
    /// diacritics) match without being listed.
    public var variants: [String]
    /// The nisba adjectives of a country in their masculine singular form (عراقي، أمريكي، أميركي) and
    /// the irregular plurals listed with them (الأتراك); empty for other entries. Their feminine,
    /// plural and definite forms match too.
    public var adjectives: [String]
    /// The ISO 3166-1 alpha-2 code of the country the entry belongs to: the country itself for a
    /// country, the country of a city, region, national body or outlet; `nil` for international
    /// bodies and for places whose sovereignty the lexicon does not decide (القدس).
    public var country: String?
    /// Whether the entry is a capital city.
    public var isCapital: Bool
    /// Whether the entry is a news agency, newspaper, channel or news site, the links of a quotation
    /// chain (رويترز، وكالة الأنباء العراقية، الجزيرة).
    public var isMedia: Bool

    /// An entry.
    public init(
        id: String, name: String, type: EntityType, kind: GazetteerKind, variants: [String], adjectives: [String] = [],
        country: String? = nil, isCapital: Bool = false, isMedia: Bool = false
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.kind = kind
        self.variants = variants
        self.adjectives = adjectives
        self.country = country
        self.isCapital = isCapital
        self.isMedia = isMedia
    }
}
