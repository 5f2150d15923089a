extension TenseLexicon {
    /// Perfect verbs of news reports, third person masculine singular, one a line group; the
    /// feminine (أعلنت), plural (أعلنوا) and dual (أعلنا) forms are derived, and verbs ending in ى or
    /// ا (التقى، دعا) take their own endings (التقت، التقوا).
    static let pastSource = """
        أعلن قال أكد أفاد ذكر أوضح أضاف كشف شهد وقع قتل أصيب عقد اتفق التقى استقبل بحث زار وصل غادر
        أجرى ترأس شارك أطلق نفذ استهدف اعتقل أصدر صادق أقر رفض طالب دعا حذر نفى اندلع سقط ارتفع انخفض
        بلغ سجل تم جرى كان نشر صرح أشار قام بدأ انطلق انتهى اختتم افتتح تابع أردف لفت شدد اعتبر اتهم
        أدان هاجم انسحب دخل خرج عاد توفي فاز خسر انتخب أقال استقال قرر وافق تعرض تسلم أبرم اختار
        حصل أدلى ناقش تناول استعرض اجتمع تلقى شن اغتال اختطف أفرج ضبط أحبط أعدم قضى أنهى
        أنهينا أكملنا بدأنا أعلنا اتفقنا استضاف باشر بدأت أطلقت قدم قدموا أبلغ أسفر أودى أوقع تمكن نجح
        أعاد أغلق سمح أوقف استأنف علق ألغى حدد أكدت أعلنت وقعت شهدت جاء جاءت
        وردت ورد أبدى أعرب رحب هنأ عزى نعى أشاد انتقد طالبت حضر ألقى أحيا احتفل أقيم أقيمت
        صوت صوّت أجاز أرجأ رعى دشن تعادل تغلب توج تأهل ودع أقصى أحرز
        توقع تقدم تحدث تعهد تولى تراجع تحول توجه طلب
        """

    /// Imperfect verbs that, in news, announce a scheduled event (يعقد المجلس جلسته الخميس) or one
    /// that goes on until a coming date (يستمر، يتواصل، يمتد) or a rule that takes effect on one
    /// (يطبق، يسري), third person masculine singular; the feminine (تعقد), first person plural (نعقد)
    /// and plural (يعقدون) forms, and the future forms with سـ (سيعقد، ستعقد), are derived.
    static let scheduledSource = """
        يعقد يبدأ ينطلق يزور يصل يلتقي يجتمع يجري ينظم يشارك يستضيف يتوجه يغادر يستقبل يترأس يفتتح
        يختتم يصوت ينتخب يحتفل يقام ينعقد يلقي يوقع يناقش يحل يعود يتسلم يدخل يكون يتم ينتهي يستأنف
        يطلق ينفذ يصدر يعلن يقدم يحضر يشهد يجري يمثل يتولى يحيي يستكمل يختار يستمر يتواصل يمتد
        يطبق يعتمد يسري
        """

    /// Words that mark a clause as looking ahead; «موعدا» sets a date for what is to come («حددت
    /// الهيئة 12 يوليو موعدا للانتخابات»).
    static let futureMarkers = """
        سوف المقرر المقررة المنتظر المنتظرة المتوقع المتوقعة المرتقب المرتقبة المزمع المزمعة يعتزم تعتزم ينوي
        تنوي يرتقب المقبل المقبلة القادم القادمة موعدا
        """

    /// Words that mark a clause as looking back.
    static let pastMarkers = "لقد"
}
