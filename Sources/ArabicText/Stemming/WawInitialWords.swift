/// Words of news prose whose first letter و belongs to the word, not to the conjunction و "and".
///
/// Light10 strips a lone و from any word of four letters or more, which turns وزير into زير while
/// الوزير keeps its و, so the two never match. ``LightStemmer`` keeps the و where the stem with it
/// is one of these words' stems. Written in ordinary spelling; folded to the matching level and
/// suffix-stripped once at first use.
enum WawInitialWords {
    static let list = """
        وزير وزيرة وزراء وزارة وزارات وكالة وكالات وكيل وكلاء وفد وفود وقت أوقات وضع أوضاع وطن وطني وطنية \
        ولاية ولايات وحدة وحدات واشنطن وسط وسائل وسيلة وصول وثيقة وثائق وجود وقف وعد وعود ورقة أوراق \
        ولد والد والدة وادي واقع واقعة واجب واجبات وجه وجهة وراء وزن وظيفة وظائف وعي وفاة وفيات وقود \
        ولي وليد وئام ودائع وديعة ورشة واردات وافد وافدين ودية وصية وصف ولاء وباء واحد واحدة وتيرة \
        وحشية وسيط وساطة وصفة ورثة وريث وئيد ولاءات وقائع وقفة وتر وهران وجدة ورقلة ويلز وارسو فيينا
        """
}
