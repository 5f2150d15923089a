/// What a ``GazetteerEntry`` names.
public enum GazetteerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A state: a UN member or another state or territory that news treats as a country (فلسطين،
    /// كوسوفو، تايوان، الصحراء الغربية).
    case country
    /// A capital or another city.
    case city
    /// A region, province, sea or strait that is neither a country nor a city (قطاع غزة، دارفور،
    /// مضيق هرمز، الشرق الأوسط).
    case region
    /// An international or regional body, a government body, an armed group, a news agency or outlet.
    case organization
}
