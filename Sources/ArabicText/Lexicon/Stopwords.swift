/// Arabic function words of news prose: particles, prepositions, pronouns, demonstratives, relatives,
/// auxiliaries, the commonest adverbs and the words that make a number approximate (نحو، حوالي،
/// قرابة) and «يوم», which dates rather than tells, in their ``NormalizationLevel/matching`` form.
///
/// Used where content words matter (story features, boilerplate density). The list is ours, written
/// for Modern Standard Arabic news; it deliberately leaves out reporting verbs and negations, which
/// carry meaning for quotations and conflicts.
public enum Stopwords {
    /// Whether `word`, in matching form, is a function word.
    public static func contains(_ word: String) -> Bool {
        words.contains(word)
    }

    /// Whether the UTF-8 bytes of a word in matching form are a function word.
    public static func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains(utf8: word)
    }

    /// All function words, in matching form.
    public static let words = WordIndex(
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            ArabicNormalizer.matching.normalizedString(String($0))
        })

    private static let list = """
        في من إلى الى على عن مع عند لدى لدي حتى منذ مذ بين خلال ضمن نحو حول دون عبر وفق وفقا بعد قبل \
        فوق تحت أمام وراء خلف عدا سوى غير إلا ألا أن إن أنّ إنّ لأن لكن لكنّ كأن ليت لعل بل أو أم ثم \
        و ف ب ك ل لا لم لن ما ماذا متى أين كيف كم هل قد لقد سوف سـ إذ إذا إذن لو لولا كلما بينما \
        هو هي هم هن هما أنا نحن أنت أنتم أنتن إياه إياها إياهم \
        هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك ذاك هناك هنا هنالك \
        الذي التي الذين اللذان اللتان اللواتي اللاتي اللائي من ما \
        كان كانت كانوا يكون تكون يكونوا ليس ليست ليسوا أصبح أصبحت صار ظل مازال ما زال لا يزال \
        كل بعض جميع كلا كلتا أي أيّ أية عدة نفس ذات \
        أيضا أيضاً فقط جدا جداً كذلك لذلك لذا حيث بحيث عندما حين حينما بينما ريثما كي لكي \
        له لها لهم لهن لنا لي لك لكم به بها بهم بهن بنا بي بك بكم \
        منه منها منهم منهن منا مني منك منكم عنه عنها عنهم عنهن عنا عليه عليها عليهم علينا \
        إليه إليها إليهم إلينا فيه فيها فيهم فيهن فينا معه معها معهم معنا \
        التي الذي وهو وهي وهم وقد ولم ولن ولا وما وفي ومن وعلى وإلى وعن ومع وأن وإن فإن فقد \
        أي عند اي يا أما إما \
        إنه إنها إنهم إنهن إنني إننا أنه أنها أنهم أنهن أنني أننا بأنه بأنها بأنهم وأنه وأنها وأنهم لأنه لأنها لأنهم \
        بنحو ونحو حوالي حوالى بحوالي وحوالي قرابة بقرابة زهاء بزهاء \
        يوم اليوم ويوم
        """
}
