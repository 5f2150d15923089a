/// What kind of title or role a ``RoleMatch`` is.
public enum RoleKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A head of state or government, a minister, an official or a member of a body (الرئيس، رئيس
    /// الوزراء، وزير الخارجية، المحافظ، النائب، الأمين العام).
    case office
    /// A diplomat or envoy (السفير، القنصل، المبعوث الأممي، المندوب الدائم).
    case diplomatic
    /// A spokesperson (المتحدث باسم، الناطق الرسمي).
    case spokesperson
    /// A military or police rank or command (اللواء، العميد، الفريق أول، قائد، رئيس أركان).
    case military
    /// A royal title (الملك، الأمير، ولي العهد، السلطان، الشيخ as a ruler's title).
    case royal
    /// A religious title (الإمام، آية الله، المرجع، المفتي، البابا، البطريرك).
    case religious
    /// A judicial title (القاضي، المدعي العام، النائب العام).
    case judicial
    /// An academic or professional degree (الدكتور، د.، المهندس، م.، البروفيسور).
    case academic
    /// A courtesy or honorific (السيد، السيدة، الحاج، الأستاذ، فخامة، سماحة).
    case courtesy
    /// A profession news puts before names (الصحفي، المراسل، الناشط، المحامي، الخبير).
    case profession
}
