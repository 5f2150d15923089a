extension Gazetteer {
    /// More towns and regions outside the Arab states that Arab news names, in the format of
    /// ``placeSource``: Arab towns and other cities in Israel, Turkish and Iranian provinces and cities,
    /// the Sahel and the Horn of Africa, Pakistan and Afghanistan, the migrant routes of the
    /// Mediterranean. A name that is also a common word or a given name is listed only with its head.
    /// Added at stop 37 from general knowledge, not from any article.
    static let worldTownSource = """
        # Israel: Arab towns.
        umm-al-fahm IL | أم الفحم
        kafr-qasim IL | كفر قاسم
        rahat IL | مدينة رهط
        taybeh-il IL | مدينة الطيبة
        tira-il IL | مدينة الطيرة
        sakhnin IL | سخنين
        shefa-amr IL | شفاعمرو | شفا عمرو
        arraba-batuf IL | عرابة البطوف
        lod IL | اللد
        ramla IL | مدينة الرملة
        qalansawe IL | قلنسوة
        baqa-al-gharbiyye IL | باقة الغربية
        kafr-kanna IL | كفر كنا
        kafr-qara IL | كفر قرع
        arara IL | عرعرة
        tamra IL | طمرة
        daliyat-al-karmel IL | دالية الكرمل
        maghar IL | بلدة المغار
        majd-al-krum IL | مجد الكروم
        deir-al-asad IL | دير الأسد
        jisr-az-zarqa IL | جسر الزرقاء
        fureidis IL | الفريديس
        kafr-yasif IL | كفر ياسيف
        yafa-an-naseriyye IL | يافة الناصرة
        iksal IL | إكسال
        isfiya IL | عسفيا
        kafr-manda IL | كفر مندا
        deir-hanna IL | دير حنا
        eilabun IL | عيلبون
        turan IL | طرعان
        jaljulia IL | جلجولية
        kafr-bara IL | كفر برا
        kawkab-abu-al-hija IL | كوكب أبو الهيجا
        bir-al-maksur IL | بير المكسور
        ein-mahil IL | عين ماهل
        yarka IL | يركا
        hurfeish IL | حرفيش
        lakiya IL | اللقية
        tel-sheva IL | تل السبع
        kuseife IL | كسيفة
        arara-negev IL | عرعرة النقب
        wadi-ara IL region | وادي عارة
        jezreel-valley IL region | مرج ابن عامر | سهل مرج ابن عامر

        # Israel: Israeli cities, kibbutzim and bases.
        kfar-saba IL | كفار سابا
        netanya IL | نتانيا | ناتانيا
        herzliya IL | هرتسليا | هرتسيليا
        petah-tikva IL | بيتح تكفا | بتاح تكفا، بيتاح تكفا
        rishon-lezion IL | ريشون لتسيون | ريشون ليتسيون
        rehovot IL | رحوفوت
        holon IL | حولون
        bat-yam IL | بات يام
        ramat-gan IL | رمات غان | رامات غان
        bnei-brak IL | بني براك | بني باراك
        hadera IL | الخضيرة
        afula IL | العفولة
        beit-shean IL | مدينة بيسان | بيت شآن
        karmiel IL | كرمئيل | كرميئيل
        nof-hagalil IL | الناصرة العليا | نوف هجليل
        kiryat-gat IL | كريات جات | كريات غات
        kiryat-bialik IL | كريات بياليك
        kiryat-ata IL | كريات آتا
        netivot IL | نتيفوت
        ofakim IL | أوفاكيم
        caesarea IL | مدينة قيسارية
        beit-shemesh IL | بيت شيمش
        zichron-yaakov IL | زخرون يعقوب
        metula IL | مستوطنة المطلة
        shlomi IL | مستوطنة شلومي
        zarit IL | زرعيت
        beeri IL | كيبوتس بئيري | بئيري، مستوطنة بئيري
        kfar-aza IL | كفار عزة | كيبوتس كفار عزة
        nir-oz IL | نير عوز | كيبوتس نير عوز
        reim IL | كيبوتس ريعيم | ريعيم
        nevatim IL | قاعدة نيفاتيم | نيفاتيم
        ramat-david IL | قاعدة رمات دافيد | رمات دافيد
        tel-nof IL | قاعدة تل نوف | تل نوف
        palmachim IL | قاعدة بلماخيم | بلماخيم
        glilot IL | قاعدة غليلوت | غليلوت

        # Turkey.
        reyhanli TR | بلدة الريحانية | مدينة الريحانية
        elazig TR | إلازيغ | ألازيغ، إيلازيغ
        batman TR | بطمان | باطمان
        siirt TR | سعرد
        erzurum TR | أرضروم | أرزروم
        samsun TR | سامسون
        eskisehir TR | إسكي شهير | إسكيشهير
        balikesir TR | باليكسير | بالكسير
        sakarya TR | سكاريا | صقاريا
        duzce TR | دوزجة
        yalova TR | يالوفا
        kocaeli TR | قوجة إيلي | كوجالي، كوجا إيلي
        tekirdag TR | تكيرداغ
        denizli TR | دنيزلي
        manisa TR | مانيسا
        mugla TR | موغلا
        marmaris TR | مرمريس
        alanya TR | ألانيا
        sivas TR | سيواس | سيفاس
        nusaybin TR | نصيبين
        akcakale TR | أقجة قلعة | أكجة قلعة
        ceylanpinar TR | جيلان بينار | جيلانبينار
        suruc TR | مدينة سروج | بلدة سروج
        karkamis TR | قرقميش | كركميش
        yayladagi TR | يايلاداغ | يايلا داغ
        cilvegozu TR | معبر جيلفا غوزو | جيلفا غوزو
        oncupinar TR | معبر أونجو بينار | أونجو بينار

        # Iran.
        karaj IR | كرج
        hamadan IR | مدينة همدان | محافظة همدان
        qazvin IR | قزوين
        zanjan IR | زنجان
        ardabil IR | أردبيل
        semnan IR | سمنان
        khorramabad IR | خرم آباد
        dezful IR | دزفول | ديزفول
        shushtar IR | شوشتر
        mahshahr IR | ماهشهر | بندر ماهشهر، معشور
        bandar-imam IR | بندر إمام خميني | بندر الإمام الخميني، ميناء الإمام الخميني
        asaluyeh IR | عسلوية
        saravan IR | سراوان
        iranshahr IR | إيرانشهر
        saqqez IR | سقز
        marivan IR | مريوان
        piranshahr IR | بيرانشهر
        sardasht IR | سردشت
        qasr-shirin IR | قصر شيرين
        shahroud IR | شاهرود
        kashan IR | كاشان
        nishapur IR | نيسابور | نيشابور
        khomein IR | خمين
        jamkaran IR | مسجد جمكران | جمكران
        ilam IR region | محافظة إيلام
        lorestan IR region | لرستان | محافظة لرستان
        mazandaran IR region | مازندران | محافظة مازندران
        gilan IR region | محافظة جيلان
        south-pars IR region | حقل بارس الجنوبي | بارس الجنوبي

        # Sahel and Horn of Africa.
        segou ML | سيغو
        kayes ML | كايس
        sikasso ML | سيكاسو
        tessalit ML | تساليت | تيساليت
        kati ML | مدينة كاتي | معسكر كاتي
        ansongo ML | أنسونغو
        zinder NE | زيندر
        maradi NE | مارادي
        tahoua NE | تاهوا
        dosso NE | دوسو
        amdjarass TD | أم جرس
        farchana TD | فرشانا | مخيم فرشانا
        ouaddai TD region | إقليم وداي | إقليم واداي
        ennedi TD region | إنيدي | إقليم إنيدي
        faya-largeau TD | فايا لارجو
        barsalogho BF | بارسالوغو
        kaya BF | مدينة كايا
        fada-ngourma BF | فادا نغورما
        ouahigouya BF | واهيغويا
        zaria NG | زاريا
        katsina NG | كاتسينا | ولاية كاتسينا
        bauchi NG | باوتشي
        yola NG | يولا
        damaturu NG | داماتورو
        yobe NG region | ولاية يوبي | يوبي
        adamawa NG region | أداماوا | ولاية أداماوا
        plateau-ng NG region | ولاية بلاتو
        harar ET | هرر
        jijiga ET | جيجيغا | جيجيجا
        axum ET | أكسوم
        lalibela ET | لاليبيلا
        hawassa ET | هواسا
        gambela ET region | غامبيلا | إقليم غامبيلا
        keren ER | كرن
        tessenei ER | تسني
        barentu ER | بارنتو
        dahlak ER region | جزر دهلك | أرخبيل دهلك
        wajir KE | واجير | وجير
        malindi KE | ماليندي
        eldoret KE | إلدوريت
        marsabit KE | مارسابيت

        # Pakistan and Afghanistan.
        sialkot PK | سيالكوت
        gujranwala PK | غوجرانوالا | جوجرانوالا
        mardan PK | مدينة مردان
        kohat PK | كوهات
        nowshera PK | نوشهرة
        charsadda PK | تشارسدة | شارسدة
        miranshah PK | ميرانشاه | ميران شاه
        wana PK | مدينة وانا
        bahawalpur PK | بهاولبور
        muridke PK | مريدكي
        nur-khan PK | قاعدة نور خان
        tirah PK region | وادي تيراه
        farah AF | مدينة فراه | ولاية فراه
        zaranj AF | زرنج
        gardez AF | غرديز | جرديز
        pul-e-khumri AF | بل خمري | بول خمري
        sheberghan AF | شبرغان
        spin-boldak AF | سبين بولدك
        tora-bora AF region | تورا بورا | جبال تورا بورا
        balkh AF region | ولاية بلخ | بلخ
        paktia AF region | ولاية باكتيا | بكتيا، باكتيا
        paktika AF region | ولاية باكتيكا | بكتيكا، باكتيكا
        logar AF region | ولاية لوغار | لوغار، لوجار
        wardak AF region | ولاية وردك | ميدان وردك، وردك
        uruzgan AF region | أوروزغان | ولاية أوروزغان
        faryab AF region | فارياب | ولاية فارياب
        jowzjan AF region | جوزجان | ولاية جوزجان
        takhar AF region | تخار | ولاية تخار
        baghlan AF region | بغلان | ولاية بغلان
        parwan AF region | بروان | ولاية بروان
        laghman AF region | لغمان | ولاية لغمان
        nuristan AF region | نورستان | ولاية نورستان
        badghis AF region | بادغيس | ولاية بادغيس
        nimroz AF region | نيمروز | ولاية نيمروز

        # Mediterranean routes and Europe.
        crotone IT | كروتوني
        cutro IT | كوترو
        trapani IT | تراباني
        agrigento IT | أغريجنتو
        pantelleria IT region | جزيرة بانتيليريا | بانتيليريا
        ventimiglia IT | فينتيميليا
        reggio-calabria IT | ريجيو كالابريا
        almeria ES | ألميريا
        tarifa ES | مدينة طريفة
        murcia ES | مرسية | مورسيا
        alicante ES | أليكانتي | أليكانت
        el-hierro ES region | جزيرة إل هييرو | إل هييرو
        lanzarote ES region | لانزاروت | جزيرة لانزاروت
        alboran ES region | جزيرة ألبوران | ألبوران
        chafarinas ES region | الجزر الجعفرية | جزر الجعفرية، جزر شفاريناس
        kalamata GR | كالاماتا
        gozo MT region | جزيرة غوزو
        """
}
