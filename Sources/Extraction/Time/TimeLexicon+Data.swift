extension TimeLexicon {
    /// The words of time expressions, one kind a line: `KIND | FORMS`, forms separated by spaces and
    /// written in ordinary spelling (they are folded at the matching level when parsed). Attached
    /// proclitics (و، ف، ب، ل، ك) are removed at lookup, so they are not listed.
    static let source = """
        today | اليوم
        tonight | الليلة
        yesterday | أمس الأمس البارحة امبارح مبارح
        tomorrow | غدا غداً بكرة بكرا بكره
        tomorrow-noun | غد الغد
        day one | يوم يوما
        day two | يومين يومان
        day two definite | اليومين
        day many | أيام أياما
        day many definite | الأيام
        week one | أسبوع أسبوعا
        week one definite | الأسبوع الاسبوع
        week two | أسبوعين أسبوعان
        week two definite | الأسبوعين
        week many | أسابيع
        week many definite | الأسابيع
        month one | شهر شهرا
        month one definite | الشهر
        month two | شهرين شهران
        month two definite | الشهرين
        month many | أشهر شهور
        month many definite | الأشهر الشهور
        year one | عاما سنة سنه
        year one definite | العام السنة
        year two | عامين عامان سنتين سنتان
        year two definite | العامين السنتين
        year many | أعوام سنوات سنين
        year many definite | الأعوام السنوات السنين
        past | الماضي الماضية الماض المنصرم المنصرمة الفائت الفائتة المنقضي المنقضية المنصرمين الماضيين الفارط الفارطة
        current | الجاري الجارية الحالي الحالية
        next | المقبل المقبلة القادم القادمة الجاي الجاية المقبلين القادمين
        previous | السابق السابقة
        following | التالي التالية
        recent | الأخيرة
        start | بداية مطلع مستهل
        early | أوائل بدايات مطالع
        middle | منتصف أواسط وسط نصف نص
        late | أواخر
        quarter | الربع الثلاثي
        half | النصف السداسي
        end | نهاية نهايات ختام متم موفى
        first | أول
        last | آخر الأخير
        in | في
        from | من
        since | منذ
        during | خلال طوال
        until | حتى
        to | إلى الى
        before | قبل
        after | بعد
        between | بين
        year-cue | عام
        hijri | هـ ه هجري هجرية الهجري الهجرية للهجرة هجريا
        gregorian | م ميلادي ميلادية الميلادي الميلادية للميلاد ميلاديا
        this | هذا هذه
        that | ذلك تلك
        same | نفسه نفسها ذاته ذاتها عينه
        agreeing | الموافق الموافقة بتاريخ تاريخ
        time-of-day | صباح مساء ظهر ظهيرة فجر عصر ليلة ليل صبيحة عشية
        holiday | عيد رأس المولد عاشوراء كريسماس الكريسماس وقفة
        """
}
