/// What one word of the numeral lexicon means, once its clitics are stripped.
///
/// A spelling can mean several things (خمس is five and a fifth; عشر is ten, the tail of a teen
/// and a tenth), so the lexicon maps a spelling to a list of these.
enum NumeralWord: Hashable, Sendable {
    /// صفر.
    case zero
    /// A free-standing unit 1…9 (واحد، اثنان، ثلاثة، ثمان).
    case unit(Int)
    /// A unit that stands only at the head of a teen or a compound (أحد، إحدى، اثنا، اثنتي); alone it
    /// means «one of» or names a weekday.
    case compoundUnit(Int)
    /// عشر، عشرة: ten alone, or the tail of a teen (ثلاثة عشر).
    case ten
    /// A multiple of ten, 20…90, in either case (عشرون، عشرين).
    case tens(Int)
    /// A multiple of a hundred, 100…900 (مئة، مائتان، ثلاثمائة).
    case hundreds(Int)
    /// A power of a thousand and the form it is written in (ألف، ألفان، آلاف).
    case scale(Int, ScaleForm)
    /// One part of `denominator` (نصف، ثلث، ربع) and where it may be read as a fraction.
    case fraction(Int, FractionUse)
    /// Two parts of `denominator` (ثلثا، ثلثي).
    case fractionDual(Int)
    /// Parts of `denominator`, counted by the unit before it (ثلاثة أرباع).
    case fractionPlural(Int)
    /// An ordinal 1…10 in either gender (الأول، الثانية، عاشر).
    case ordinal(Int)
    /// An ordinal unit that stands only at the head of a teen or a compound (الحادي، الحادية).
    case compoundOrdinal(Int)
    /// فاصلة: the decimal point read aloud.
    case decimalPoint
    /// و written as a word of its own.
    case conjunction
    /// A word that changes how a neighbouring numeral is read.
    case context(Context)

    /// Whether the word can be part of a numeral expression (not a conjunction or a context word).
    var isNumeric: Bool {
        switch self {
        case .conjunction, .context: return false
        default: return true
        }
    }

    /// The forms a scale word (ألف، مليون، مليار) is written in.
    enum ScaleForm: String, Hashable, Sendable {
        /// ألف، مليون: one, or multiplied by the count before it.
        case singular
        /// ألفان، مليونين: two, never multiplied.
        case dual
        /// آلاف، ملايين: multiplied by the count before it; alone it is a vague «thousands of».
        case plural
    }

    /// Where a fraction word may be read as a fraction when it is found in running text.
    enum FractionUse: String, Hashable, Sendable {
        /// Always (نصف، ثلث، ربع، سدس).
        case free
        /// In text only before a definite word (خمس السكان); otherwise the word is read as its unit (خمس
        /// سنوات), because unvocalized خمس، سبع، تسع، عشر are far more often counts.
        case beforeDefinite
        /// Only by the whole-expression parser: ثمن is «price» far more often than «an eighth».
        case parserOnly
    }

    /// Words that are not numerals but decide how a neighbouring numeral is read in text.
    enum Context: String, Hashable, Sendable {
        /// The first word of a month name that ends in an ordinal (كانون الأول، ربيع الثاني).
        case monthNameHead
        /// The word «month» (شهر صفر names the month Safar).
        case month
        /// في، as in في المئة (per cent).
        case percentPreposition
        /// من، as in الخامس من صفر.
        case from
        /// A word for year (عام، سنة), before a year in digits.
        case year
        /// A word after an ordinal that makes it part of a proper name (رابعة العدوية).
        case nameAfterOrdinal
    }
}
