import ArabicText

/// Given names that open person names in Arabic news: Arab names and the foreign names Arab media
/// transliterate, each with its gender where the name shows it.
///
/// A person mention is a given name followed by one or two family names (قاسم الأعرجي، جو بايدن،
/// يحيى رسول); the given name is what tells a name from an ordinary noun phrase. Compound given
/// names start with عبد (عبد الله، عبد الرحمن) or أبو/أم (أبو بكر). The list is ours.
enum GivenNames {
    /// The gender of a given name (a matching-level word), or `nil` when it is not one.
    static func gender(of key: String) -> ReportingVerbs.Gender? {
        if let gender = names.value(for: key) { return gender }
        // «عبدالكريم»، «عبدالرزاق»: a compound with عبد written as one word (common in the Gulf) is a
        // man's name whatever divine name follows.
        return key.startsWithBytes("عبدال") && key.scalarCount >= 8 ? .masculine : nil
    }

    /// Whether the word as written (`surface`) can be the given name `key`: a name listed only
    /// without a hamza on its alef is not written with one, so «بأن» (that) is not «بان» (Ban), which
    /// the matching level folds it into; a name listed with hamza is often written without it.
    static func isWritten(_ surface: String, as key: String) -> Bool {
        guard hamzaFreeNames.contains(key) else { return true }
        return !surface.unicodeScalars.contains { $0 == "\u{0623}" || $0 == "\u{0625}" }
    }

    /// The gender of the given name `key` as the word is written (`surface`), or `nil`: the name must
    /// be written as such (``isWritten(_:as:)``), and «على» (on) is not «علي» (Ali), which the
    /// matching level folds it into.
    static func gender(ofWritten surface: String, key: String) -> ReportingVerbs.Gender? {
        guard let gender = gender(of: key), isWritten(surface, as: key) else { return nil }
        return surface.endsWithBytes("ى") && key.sameBytes("علي") ? nil : gender
    }

    /// Whether `key` opens a compound given name (عبد، أبو، أم، أبي) that takes the next word too.
    static func isCompoundOpener(_ key: String) -> Bool {
        compoundOpeners.contains(key)
    }

    /// The key of the given name or compound opener that `key` opens, with a conjunction و before it
    /// taken off (وقاسم، وأبو), or a preposition ب before أبو («التقى بأبو فلان», as news write the
    /// kunya unchanged); `nil` when the word opens no name.
    static func nameOpener(_ key: String) -> String? {
        if gender(of: key) != nil || isCompoundOpener(key) { return key }
        guard key.scalarCount > 3, let first = key.unicodeScalars.first, first == "و" || first == "ب" else { return nil }
        let rest = key.droppingScalars()
        if first == "ب" { return rest.sameBytes("ابو") ? rest : nil }
        return gender(of: rest) != nil || isCompoundOpener(rest) ? rest : nil
    }

    /// Whether `key` opens a compound family name and takes the next word with it (أبو العلا، بن
    /// سلمان، عبد الغني، آل ثاني).
    static func isFamilyOpener(_ key: String) -> Bool {
        familyOpeners.contains(key)
    }

    /// «ولد» and «ول» (son of) open the family name in Mauritanian names (محمد ولد الغزواني), «ود»
    /// in Sudanese ones (عمر عبد الله ود الريح).
    private static let familyOpeners: WordIndex = ["ابو", "بن", "ابن", "بنت", "عبد", "ال", "ابي", "ولد", "ول", "ود"]

    private static let compoundOpeners: WordIndex = ["عبد", "ابو", "ام", "ابي", "عبدال"]

    private static let masculine = """
        محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سعود فهد فيصل سلمان عبدالله عبدالرحمن \
        إبراهيم اسماعيل إسماعيل يوسف يونس موسى عيسى يحيى زكريا سليمان داود هارون إدريس نوح آدم إلياس \
        قاسم جعفر باقر صادق كاظم رضا هادي مهدي حيدر عباس جواد كريم جاسم هاشم نوري نوري عادل عامر عمار \
        مقتدى هادي فالح فائق فؤاد فاضل فراس فادي فارس فاروق فتحي فريد فوزي طارق طلال طه ثامر جمال جميل \
        حامد حمد حمدي حمزة حازم حاتم حبيب حسام حسني حكمت حلمي خليل خليفة خضر رائد راشد رامي رياض ريان \
        زايد زياد زيد زهير سامي سالم سامر سمير سلام سلطان سليم سيف شاكر شريف صالح صلاح صابر صبري ضياء \
        عاطف عبود عدنان عزت عزيز عصام علاء عماد عوض غازي غسان قيس كمال ليث ماجد مازن مالك مأمون مجدي \
        مراد مروان مشعل معاذ معتز منصور منير مهند مؤيد ناصر نبيل نجيب نزار نصر نضال نعمان نواف هشام \
        هيثم وائل وليد وسام ياسر ياسين يزن أسامة أشرف أكرم أمجد أمين أنور أيمن أياد إياد بسام بشار بشير \
        بكر تامر تميم توفيق جلال جهاد حافظ رشيد رفيق رمزي شادي شوقي صفوت ضرغام طاهر عادل عبيد عرفات \
        لؤي ماهر محسن مرتضى مصعب منذر نايف نجم هاني هيمن همام ولي يعقوب برهم نيجيرفان مسعود بافل \
        كينيث جو جون جوزيف دونالد باراك جورج بيل رونالد مايكل مايك أنتوني لويد جيمس روبرت ريتشارد \
        ديفيد دافيد توماس ستيفن ستيف مارك بول بيتر كريستوفر أندرو ماثيو دانيال دانيال إدوارد فرانك \
        هنري تشارلز وليام ويليام جيك نيد فلاديمير سيرغي سيرجي ديمتري ألكسندر إيمانويل إيمانويل فرانسوا \
        أنغيلا أولاف بوريس ريشي كير جاستن شي رجب أحمد حسن إبراهيم ناريندرا بنيامين يائير نفتالي \
        إيهود أرييل شيمون إسحاق أنطونيو بان كوفي جوزيب أورسولا ينس مارك ليندسي تشاك نانسي \
        كيفن لويس ماركو رون أنطوان ميشال ميشيل نبيه جبران تمام \
        سايمون جيسون مارتن لوكا لوكاس ماتيو ماتيوس ماركوس ستيفانو فرانشيسكو جوفاني أليساندرو باولو كارلو هانز كلاوس يورغن توماس \
        نادر بهاء كميل طوني إيلي شربل بيار نقولا جان وديع ريمون رفعت عزمي لطفي وجدي مدحت ممدوح سامح عمرو \
        مؤمن عصمت رامز باسل زكي فكري صبحي حمدان بدر مشاري ذياب هزاع حمود ستار جبار قصي عدي مثنى أنمار \
        رعد سرمد حارث عقيل الحبيب الطاهر المنجي المنصف الطيب الباجي الهادي المختار الصادق الصديق المولدي حميد لحسن امحمد بوعلام سفيان أنس نسيم حمادي \
        بيدرو كارلوس خوان أوليفر هاري جيروم فيليب لوران نيكولا أليكسي إيغور هاكان مولود \
        معاذ حذيفة أيوب بلال صهيب عبادة تيسير ثائر غيث صخر مجد سيدي فهمي وهبة بركات كامل لبيب \
        وسيم وحيد وضاح وفيق وصفي وهيب وجيه المهدي الفاتح معتصم جبريل ميرغني صديق مختار \
        رضوان ناجي منجي عزام جابر سطام عايض عائض غانم مرزوق فايز فواز بندر مقرن طحنون راكان خلفان ضاحي بطي قابوس \
        حنا بطرس جرجس سمعان جريس ملحم ناصيف حسان نديم سهيل شفيق عاصم كنان أيهم أوس غياث يامن معن أنيس \
        قتيبة كرار خضير سنان عواد سعدون قحطان أثيل نبراس غزوان دحام مجتبى \
        رأفت ثروت رشدي حسنين إيهاب حمادة حمدين عدلي شنودة بيشوي تواضروس يوحنا بهجت حشمت شوكت جودت صدقي راجي مسعد سعدي \
        بابكر بكري مدثر مزمل معمر ونيس عاشور حمودة عيدروس رشاد \
        زكرياء قدور بلقاسم لخضر شكيب هواري بوبكر ميلود نوفل عياض رمطان بوجمعة بومدين بوشعيب بلحسن رباح عزوز بلعيد \
        شعيب لقمان طلحة أدهم رؤوف زاهر زاهي عبيدة مقداد خلدون دريد شاهر ضرار علوان ناظم نائل نائف معاوية عروة إياس أويس أسيد \
        عمير نمير جرير أكثم منيف منيب معز واصف نبهان بهيج ظافر جاسر رغيد مفلح شخبوط عوني حسيب سميح رئيف رائف حليم سرحان عليان نصوح دياب خميس جمعة
        """

    private static let feminineNames = """
        فاطمة زينب مريم عائشة خديجة سارة هند ليلى سلمى نور نادية هدى منى رنا ريم لينا لمى دينا رشا \
        سعاد سميرة أمل إيمان أسماء آمنة حنان سناء وفاء صفاء نجلاء هالة غادة رانيا ياسمين \
        هيفاء نوال نجاة سوسن عبير ميسون بثينة تغريد روان شيماء دعاء إسراء آلاء رغد بسمة نسرين \
        كامالا هيلاري أنغيلا أورسولا تيريزا ليز جاسيندا كريستين أنجيلا ماري سوزان جين \
        إيزابيل كاترين كاترينا ماريا آنا صوفي إيما جوليا لورا كلارا إيلينا ناتالي مارغريت \
        كلير نسيمة سلوى سهى رولا ديما جمانة ميادة ريما منال إلهام سهام نهى عفاف ابتسام كوثر خلود شذى أريج \
        لبنى وداد إنعام رحاب سمر سحر هبة مي نادين كارول ماغي جويل دلال عبلة مها غدير فدوى ماريا ليندا \
        سامية لمياء بشرى \
        ريهام رهام دانة دانا رهف نورة موضي نوف العنود منيرة شما ميثاء عفراء بدرية لولوة مزنة أسيل ناديا رزان تالا لانا ليان \
        جومانا ميرنا رندة راندا نايلة نائلة هيام ماجدة نجوى لميس نهلة سهير يسرا يارا لجين مروة صفية رقية حفصة زهراء بتول حوراء \
        إيناس داليا نيفين شيرين جيهان علياء ميرفت هناء مرام بلقيس سمية حليمة فتحية زكية شادية مليكة حورية نعيمة فتيحة \
        سهيلة أميمة نرمين نيرمين كندة ميسم هديل ميساء ناهد فايزة هويدا فاتن نشوى رضوى بسنت بسيمة فوزية غيثة حسيبة زهية بهية \
        هنادي رغدة عايدة فادية راوية وصال دعد فريال سعدية زبيدة خنساء
        """

    /// Every listed spelling, as written, with its gender.
    private static let spellings: [(spelling: Substring, gender: ReportingVerbs.Gender)] =
        masculine.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ($0, .masculine) }
        + feminineNames.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ($0, .feminine) }

    /// Names (matching level) none of whose listed spellings has a hamza on alef.
    private static let hamzaFreeNames: WordIndex = {
        var withHamza = Set<String>()
        var keys: [String] = []
        for (spelling, _) in spellings {
            let key = ArabicNormalizer.matching.normalizedString(String(spelling))
            if spelling.unicodeScalars.contains(where: { $0 == "\u{0623}" || $0 == "\u{0625}" || $0 == "\u{0622}" }) {
                withHamza.insert(key)
            }
            keys.append(key)
        }
        return WordIndex(keys.filter { !withHamza.contains($0) })
    }()

    /// The gender of each name; a name listed under both genders is feminine.
    private static let names: ByteKeyTable<ReportingVerbs.Gender> = {
        var names = ByteKeyTable<ReportingVerbs.Gender>(capacity: 512)
        for (spelling, gender) in spellings {
            names.insert(gender, for: ArabicNormalizer.matching.normalizedString(String(spelling)))
        }
        return names
    }()
}
