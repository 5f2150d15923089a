extension Gazetteer {
    /// Cities and regions, one a line: `slug CODE [capital] [region] | name | variants` (see
    /// ``GazetteerTable``).
    ///
    /// Every Arab capital and the large cities of the Arab world, the capitals and big cities of the
    /// rest of the world that news names, and regions, provinces, seas and straits. A name several
    /// places share (طرابلس in Libya and Lebanon, صور in Lebanon and Oman) is listed under each and
    /// comes back ambiguous; a name that is also a common word (صور "pictures", العين "the eye", الخبر
    /// "the news") ends in `?`. القدس carries no country: the lexicon does not decide sovereignty.
    static let placeSource = """
        # Iraq.
        baghdad IQ capital | بغداد | بغداد العاصمة
        basra IQ | البصرة
        mosul IQ | الموصل
        erbil IQ | أربيل | اربيل، هولير
        kirkuk IQ | كركوك
        najaf IQ | النجف | النجف الأشرف
        karbala IQ | كربلاء | كربلاء المقدسة
        sulaymaniyah IQ | السليمانية
        duhok IQ | دهوك
        nasiriyah IQ | الناصرية
        hillah IQ | الحلة?
        ramadi IQ | الرمادي?
        fallujah IQ | الفلوجة
        tikrit IQ | تكريت
        samarra IQ | سامراء
        baqubah IQ | بعقوبة
        kut IQ | الكوت
        amarah IQ | العمارة?
        diwaniyah IQ | الديوانية
        samawah IQ | السماوة
        tal-afar IQ | تلعفر | تل عفر
        sinjar IQ | سنجار
        zubair IQ | الزبير?
        umm-qasr IQ | أم قصر
        zakho IQ | زاخو
        halabja IQ | حلبجة
        anbar IQ region | الأنبار | محافظة الأنبار
        nineveh IQ region | نينوى | محافظة نينوى، سهل نينوى
        diyala IQ region | ديالى | محافظة ديالى
        salahuddin IQ region | صلاح الدين? | محافظة صلاح الدين
        kurdistan-region IQ region | إقليم كردستان | كردستان العراق، إقليم كردستان العراق، كردستان?، إقليم كوردستان، كوردستان العراق، كوردستان?
        jurf-al-sakhar IQ | جرف الصخر | جرف النصر
        al-qaim IQ | قضاء القائم | مدينة القائم
        tuz-khurmatu IQ | طوز خورماتو | طوزخورماتو، الطوز
        khanaqin IQ | خانقين
        kadhimiya IQ | الكاظمية
        sadr-city IQ | مدينة الصدر
        green-zone IQ region | المنطقة الخضراء?
        makhmour IQ | مخمور? | قضاء مخمور، مخيم مخمور
        hawija IQ | الحويجة
        abu-ghraib IQ | أبو غريب

        # Syria.
        damascus SY capital | دمشق | العاصمة السورية
        aleppo SY | حلب
        homs SY | حمص
        hama SY | حماة?
        latakia SY | اللاذقية
        tartus SY | طرطوس
        idlib SY | إدلب
        deir-ez-zor SY | دير الزور
        raqqa SY | الرقة?
        hasakah SY | الحسكة
        qamishli SY | القامشلي
        daraa SY | درعا
        suwayda SY | السويداء
        douma SY | دوما
        manbij SY | منبج
        afrin SY | عفرين
        kobani SY | كوباني | عين العرب
        palmyra SY | تدمر
        quneitra SY | القنيطرة
        golan SY region | الجولان | هضبة الجولان، مرتفعات الجولان، الجولان السوري المحتل، الجولان المحتل
        al-bab SY | مدينة الباب | منطقة الباب
        jarabulus SY | جرابلس
        azaz SY | أعزاز | عزاز
        tal-abyad SY | تل أبيض
        ras-al-ayn SY | رأس العين | سري كانيه
        abu-kamal SY | البوكمال | أبو كمال
        mayadin SY | مدينة الميادين
        tabqa SY | الطبقة? | مدينة الطبقة
        maarat-al-numan SY | معرة النعمان
        saraqib SY | سراقب
        jisr-al-shughur SY | جسر الشغور
        khan-shaykhun SY | خان شيخون
        ghouta SY region | الغوطة | الغوطة الشرقية، الغوطة الغربية
        qusayr SY | مدينة القصير
        jableh SY | جبلة
        baniyas SY | بانياس
        sayyida-zaynab SY | السيدة زينب?
        yarmouk-camp SY | مخيم اليرموك | اليرموك?
        al-tanf SY | التنف | قاعدة التنف
        al-hol SY | مخيم الهول | الهول?
        nasib-crossing SY | معبر نصيب | نصيب?
        syrian-coast SY region | الساحل السوري

        # Lebanon.
        beirut LB capital | بيروت | العاصمة اللبنانية
        tripoli-lb LB | طرابلس | طرابلس الشام
        sidon LB | صيدا
        tyre LB | صور?
        zahle LB | زحلة
        baalbek LB | بعلبك
        byblos LB | جبيل
        nabatieh LB | النبطية
        jounieh LB | جونيه | جونية
        south-lebanon LB region | جنوب لبنان | الجنوب اللبناني
        hermel LB | الهرمل
        bint-jbeil LB | بنت جبيل
        marjayoun LB | مرجعيون
        dahieh LB region | الضاحية الجنوبية | الضاحية الجنوبية لبيروت، ضاحية بيروت الجنوبية، الضاحية?
        haret-hreik LB | حارة حريك
        burj-al-barajneh LB | برج البراجنة
        khiam LB | بلدة الخيام
        naqoura LB | الناقورة
        hasbaya LB | حاصبيا
        aita-al-shaab LB | عيتا الشعب
        kfar-kila LB | كفركلا | كفر كلا
        shebaa-farms LB region | مزارع شبعا
        ain-al-hilweh LB | عين الحلوة | مخيم عين الحلوة
        baabda LB | بعبدا
        masnaa LB | معبر المصنع | نقطة المصنع
        chouf LB region | الشوف | جبل الشوف
        litani LB region | نهر الليطاني | الليطاني

        # Jordan.
        amman JO capital | عمّان? | العاصمة الأردنية
        zarqa JO | الزرقاء?
        irbid JO | إربد
        aqaba JO | العقبة?
        salt JO | السلط
        mafraq JO | المفرق
        karak JO | الكرك
        maan JO | معان
        ramtha JO | الرمثا
        russeifa JO | الرصيفة
        zaatari JO | الزعتري | مخيم الزعتري
        azraq JO | مخيم الأزرق | مدينة الأزرق
        petra JO | البتراء | البترا
        dead-sea - region | البحر الميت
        allenby-bridge - | جسر الملك حسين | جسر اللنبي، جسر الكرامة، معبر الكرامة، معبر الملك حسين
        jordan-valley - region | غور الأردن | الأغوار، وادي الأردن

        # Palestine and Israel.
        jerusalem - | القدس | القدس الشريف، القدس المحتلة، القدس الشرقية، القدس الغربية، أورشليم
        gaza PS | غزة | مدينة غزة
        gaza-strip PS region | قطاع غزة
        west-bank PS region | الضفة الغربية | الضفة?، الضفة الغربية المحتلة
        ramallah PS | رام الله
        hebron PS | الخليل?
        nablus PS | نابلس
        jenin PS | جنين?
        bethlehem PS | بيت لحم
        jericho PS | أريحا
        tulkarm PS | طولكرم
        qalqilya PS | قلقيلية
        rafah PS | رفح
        khan-yunis PS | خان يونس | خانيونس
        deir-al-balah PS | دير البلح
        jabalia PS | جباليا
        beit-hanoun PS | بيت حانون
        nuseirat PS | النصيرات | مخيم النصيرات
        bureij PS | البريج | مخيم البريج
        maghazi PS | المغازي? | مخيم المغازي
        zawayda PS | الزوايدة
        beit-lahia PS | بيت لاهيا
        jabalia-camp PS | مخيم جباليا
        shati-camp PS | مخيم الشاطئ | الشاطئ?
        shujaiya PS | الشجاعية | حي الشجاعية
        zeitoun PS | حي الزيتون | الزيتون?
        rimal PS | حي الرمال
        tal-al-hawa PS | تل الهوى | حي تل الهوى
        sheikh-radwan PS | حي الشيخ رضوان
        mawasi PS | المواصي | منطقة المواصي، مواصي خان يونس
        bani-suheila PS | بني سهيلا
        tal-al-sultan PS | تل السلطان | حي تل السلطان
        philadelphi PS region | محور فيلادلفيا | محور صلاح الدين
        netzarim PS region | محور نتساريم | نتساريم
        rafah-crossing PS | معبر رفح
        al-bireh PS | البيرة?
        salfit PS | سلفيت
        tubas PS | طوباس
        jenin-camp PS | مخيم جنين
        nur-shams PS | نور شمس | مخيم نور شمس
        tulkarm-camp PS | مخيم طولكرم
        balata PS | مخيم بلاطة | بلاطة?
        dheisheh PS | الدهيشة | مخيم الدهيشة
        qalandia PS | قلنديا | مخيم قلنديا، حاجز قلنديا
        huwara PS | حوارة
        turmusayya PS | ترمسعيا
        beita PS | بلدة بيتا
        yatta PS | يطا
        masafer-yatta PS region | مسافر يطا
        khan-al-ahmar PS | الخان الأحمر
        abu-dis PS | أبو ديس
        silwan - | حي سلوان | بلدة سلوان
        sheikh-jarrah - | الشيخ جراح | حي الشيخ جراح
        issawiya - | العيسوية
        beit-hanina - | بيت حنينا
        shuafat - | شعفاط | مخيم شعفاط
        jabal-al-mukaber - | جبل المكبر
        tel-aviv IL | تل أبيب | تل ابيب يافا
        haifa IL | حيفا
        jaffa IL | يافا
        nazareth IL | الناصرة
        beersheba IL | بئر السبع
        acre IL | عكا
        eilat IL | إيلات
        ashkelon IL | عسقلان
        ashdod IL | أسدود
        sderot IL | سديروت
        kerem-shalom IL | معبر كرم أبو سالم | كرم أبو سالم
        erez IL | معبر إيرز | معبر بيت حانون، إيرز
        gaza-envelope IL region | غلاف غزة | مستوطنات غلاف غزة
        dimona IL | ديمونا
        safed IL | صفد
        tiberias IL | طبريا
        kiryat-shmona IL | كريات شمونة
        nahariya IL | نهاريا
        galilee IL region | الجليل? | الجليل الأعلى، الجليل الأسفل، منطقة الجليل
        negev IL region | النقب | صحراء النقب

        # Egypt.
        cairo EG capital | القاهرة | العاصمة المصرية
        alexandria EG | الإسكندرية
        giza EG | الجيزة
        port-said EG | بورسعيد | بور سعيد
        suez EG | السويس
        ismailia EG | الإسماعيلية
        mansoura EG | المنصورة?
        tanta EG | طنطا
        zagazig EG | الزقازيق
        asyut EG | أسيوط
        minya EG | المنيا
        sohag EG | سوهاج
        qena EG | قنا?
        luxor EG | الأقصر?
        aswan EG | أسوان
        sharm-el-sheikh EG | شرم الشيخ
        hurghada EG | الغردقة
        arish EG | العريش
        damietta EG | دمياط
        faiyum EG | الفيوم
        new-capital EG | العاصمة الإدارية الجديدة | العاصمة الإدارية
        sinai EG region | سيناء | شبه جزيرة سيناء، شمال سيناء، جنوب سيناء
        marsa-matruh EG | مرسى مطروح
        el-alamein EG | العلمين | مدينة العلمين، العلمين الجديدة
        october-city EG | مدينة السادس من أكتوبر
        banha EG | بنها
        mahalla EG | المحلة الكبرى | المحلة?
        damanhour EG | دمنهور
        sheikh-zuweid EG | الشيخ زويد
        marsa-alam EG | مرسى علم
        helwan EG | حلوان
        nasr-city EG | مدينة نصر
        tahrir-square EG | ميدان التحرير

        # Saudi Arabia.
        riyadh SA capital | الرياض | العاصمة السعودية
        jeddah SA | جدة
        mecca SA | مكة المكرمة | مكة، أم القرى
        medina SA | المدينة المنورة
        dammam SA | الدمام
        khobar SA | مدينة الخبر
        dhahran SA | الظهران
        taif SA | الطائف
        tabuk SA | تبوك
        abha SA | أبها
        najran SA | نجران
        jazan SA | جازان | جيزان
        buraidah SA | بريدة
        hail SA | حائل
        yanbu SA | ينبع
        al-ahsa SA | الأحساء
        qatif SA | القطيف
        jubail SA | الجبيل
        khamis-mushait SA | خميس مشيط
        neom SA | نيوم
        alula SA | العلا
        arar SA | عرعر
        sakakah SA | سكاكا
        hafar-al-batin SA | حفر الباطن
        al-kharj SA | الخرج
        unaizah SA | عنيزة
        diriyah SA | الدرعية
        abqaiq SA | بقيق | أبقيق
        khafji SA | الخفجي
        awamiyah SA | العوامية
        mina SA | مشعر منى | منطقة منى، منى?
        arafat SA | صعيد عرفات | جبل عرفات، مشعر عرفات، عرفات?، عرفة?، صعيد عرفة
        holy-sites SA region | المشاعر المقدسة
        muzdalifah SA | مزدلفة | مشعر مزدلفة

        # The Gulf.
        abu-dhabi AE capital | أبوظبي | أبو ظبي
        dubai AE | دبي
        sharjah AE | الشارقة
        ajman AE | عجمان
        ras-al-khaimah AE | رأس الخيمة
        fujairah AE | الفجيرة
        umm-al-quwain AE | أم القيوين
        al-ain AE | مدينة العين
        khor-fakkan AE | خورفكان | خور فكان
        al-dhafra AE region | منطقة الظفرة | الظفرة
        greater-tunb - region | طنب الكبرى
        lesser-tunb - region | طنب الصغرى
        abu-musa - region | جزيرة أبو موسى
        doha QA capital | الدوحة
        al-rayyan QA | الريان?
        al-wakrah QA | الوكرة
        lusail QA | لوسيل
        al-khor QA | الخور? | مدينة الخور
        ras-laffan QA | رأس لفان
        kuwait-city KW capital | مدينة الكويت | الكويت?
        jahra KW | الجهراء
        ahmadi KW | الأحمدي
        failaka KW | جزيرة فيلكا | فيلكا
        bubiyan KW | جزيرة بوبيان | بوبيان
        manama BH capital | المنامة
        muharraq BH | المحرق
        riffa BH | الرفاع
        isa-town BH | مدينة عيسى
        sitra BH | سترة?
        muscat OM capital | مسقط
        salalah OM | صلالة
        sohar OM | صحار
        nizwa OM | نزوى
        sur-om OM | صور?
        duqm OM | الدقم
        ibri OM | عبري?
        buraimi OM | البريمي | محافظة البريمي
        rustaq OM | الرستاق
        seeb OM | السيب
        barka OM | بركاء
        ibra OM | ولاية إبراء | إبراء?
        khasab OM | خصب?
        masirah OM | جزيرة مصيرة | مصيرة?
        jabal-akhdar-om OM region | الجبل الأخضر?

        # Yemen.
        sanaa YE capital | صنعاء
        aden YE | عدن
        taiz YE | تعز
        hodeidah YE | الحديدة
        mukalla YE | المكلا
        marib YE | مأرب?
        saada YE | صعدة
        dhamar YE | ذمار
        mocha YE | المخا
        hadramawt YE region | حضرموت
        socotra YE region | سقطرى | أرخبيل سقطرى
        seiyun YE | سيئون | سيون
        ataq YE | عتق?
        zinjibar YE | زنجبار?
        bayda-ye YE | البيضاء? | محافظة البيضاء
        ibb YE | مدينة إب | محافظة إب
        hajjah YE | مدينة حجة | محافظة حجة
        amran YE | مدينة عمران | محافظة عمران
        midi YE | ميدي
        ghaydah YE | الغيضة
        ras-isa YE | رأس عيسى | ميناء رأس عيسى
        salif YE | الصليف | ميناء الصليف
        khokha YE | الخوخة?
        haradh YE | مدينة حرض | مديرية حرض
        sirwah YE | صرواح
        rada YE | رداع
        shihr YE | الشحر
        crater YE | كريتر
        perim YE | جزيرة ميون | ميون

        # Sudan and South Sudan.
        khartoum SD capital | الخرطوم
        omdurman SD | أم درمان
        port-sudan SD | بورتسودان | بور سودان
        el-fasher SD | الفاشر
        nyala SD | نيالا
        kassala SD | كسلا
        wad-madani SD | ود مدني
        atbara SD | عطبرة
        geneina SD | الجنينة?
        darfur SD region | دارفور | إقليم دارفور
        kordofan SD region | كردفان
        el-obeid SD | الأبيض?
        kadugli SD | كادقلي
        damazin SD | الدمازين
        shendi SD | شندي
        dueim SD | الدويم
        kosti SD | كوستي
        rabak SD | مدينة ربك
        bahri SD | الخرطوم بحري | بحري?
        zalingei SD | زالنجي
        ed-daein SD | الضعين
        dilling SD | الدلنج
        jebel-marra SD region | جبل مرة
        abyei - region | أبيي | منطقة أبيي
        juba SS capital | جوبا

        # Libya.
        tripoli-ly LY capital | طرابلس | العاصمة الليبية، طرابلس الغرب
        benghazi LY | بنغازي
        misrata LY | مصراتة | مصراته
        sirte LY | سرت?
        sabha LY | سبها
        tobruk LY | طبرق
        derna LY | درنة
        zawiya LY | الزاوية?
        ajdabiya LY | أجدابيا
        kufra LY | الكفرة
        fezzan LY region | فزان
        bayda-ly LY | البيضاء? | مدينة البيضاء
        zuwara LY | زوارة
        tarhuna LY | ترهونة
        bani-walid LY | بني وليد
        ubari LY | أوباري
        ghadames LY | غدامس
        jufra LY region | الجفرة
        ras-lanuf LY | رأس لانوف
        brega LY | البريقة | مرسى البريقة
        sidra LY | السدرة? | ميناء السدرة
        marj LY | المرج?
        khoms LY | مدينة الخمس
        zliten LY | زليتن
        sabratha LY | صبراتة
        janzour LY | جنزور
        tajoura LY | تاجوراء
        zintan LY | الزنتان
        ras-jedir LY | رأس جدير | معبر رأس جدير
        oil-crescent LY region | الهلال النفطي | منطقة الهلال النفطي
        cyrenaica LY region | إقليم برقة | برقة?
        jabal-akhdar-ly LY region | الجبل الأخضر?

        # Tunisia.
        tunis TN capital | تونس | تونس العاصمة
        sfax TN | صفاقس
        sousse TN | سوسة?
        kairouan TN | القيروان
        bizerte TN | بنزرت
        gabes TN | قابس
        gafsa TN | قفصة
        monastir TN | المنستير
        nabeul TN | نابل
        medenine TN | مدنين
        djerba TN | جربة
        sidi-bouzid TN | سيدي بوزيد
        kasserine TN | القصرين
        tataouine TN | تطاوين
        ben-guerdane TN | بن قردان
        zarzis TN | جرجيس
        metlaoui TN | المتلوي
        kerkennah TN | قرقنة | جزر قرقنة
        carthage TN | قرطاج
        bardo TN | باردو
        chaambi TN region | جبل الشعانبي | الشعانبي

        # Algeria.
        algiers DZ capital | الجزائر | الجزائر العاصمة
        oran DZ | وهران
        constantine DZ | قسنطينة
        annaba DZ | عنابة
        setif DZ | سطيف
        tlemcen DZ | تلمسان
        blida DZ | البليدة
        batna DZ | باتنة
        bejaia DZ | بجاية
        tizi-ouzou DZ | تيزي وزو
        ouargla DZ | ورقلة
        ghardaia DZ | غرداية
        biskra DZ | بسكرة
        tamanrasset DZ | تمنراست
        skikda DZ | سكيكدة
        hassi-messaoud DZ | حاسي مسعود
        in-amenas DZ | عين أميناس | إن أميناس
        kabylie DZ region | منطقة القبائل

        # Morocco and Western Sahara.
        rabat MA capital | الرباط
        casablanca MA | الدار البيضاء | الدارالبيضاء، كازابلانكا
        marrakesh MA | مراكش
        fez MA | فاس
        tangier MA | طنجة
        agadir MA | أغادير
        meknes MA | مكناس
        oujda MA | وجدة
        tetouan MA | تطوان
        kenitra MA | القنيطرة
        nador MA | الناظور
        al-hoceima MA | الحسيمة
        safi MA | آسفي
        sale MA | سلا
        essaouira MA | الصويرة
        ouarzazate MA | ورزازات
        el-jadida MA | مدينة الجديدة | إقليم الجديدة
        larache MA | العرائش
        fnideq MA | الفنيدق
        figuig MA | فكيك
        khemisset MA | الخميسات
        al-haouz MA region | إقليم الحوز | الحوز
        rif MA region | الريف المغربي | منطقة الريف?، جبال الريف
        laayoune EH | العيون?
        dakhla EH | الداخلة?
        smara EH | السمارة
        boujdour EH | بوجدور
        guerguerat EH | الكركرات | معبر الكركرات
        ceuta ES | سبتة
        melilla ES | مليلية

        # Mauritania, Somalia, Djibouti, Comoros.
        nouakchott MR capital | نواكشوط | انواكشوط
        nouadhibou MR | نواذيبو | انواذيبو
        rosso MR | روصو
        zouerate MR | الزويرات | ازويرات
        kiffa MR | كيفة
        nema MR | مدينة النعمة
        bassikounou MR | باسكنو
        hodh-chargui MR region | الحوض الشرقي | ولاية الحوض الشرقي
        mogadishu SO capital | مقديشو
        hargeisa SO | هرجيسا
        kismayo SO | كيسمايو
        baidoa SO | بيدوا
        garowe SO | غاروي | جروي
        bosaso SO | بوصاصو
        jowhar SO | مدينة جوهر
        puntland SO region | بونتلاند | ولاية بونتلاند
        jubaland SO region | جوبالاند | ولاية جوبالاند
        djibouti-city DJ capital | جيبوتي | مدينة جيبوتي
        moroni KM capital | موروني

        # Turkey and Iran.
        ankara TR capital | أنقرة
        istanbul TR | إسطنبول | اسطنبول، استانبول
        izmir TR | إزمير
        gaziantep TR | غازي عنتاب | عنتاب
        adana TR | أضنة
        antalya TR | أنطاليا
        diyarbakir TR | ديار بكر
        hatay TR | هاتاي | أنطاكية
        tehran IR capital | طهران
        mashhad IR | مشهد?
        isfahan IR | أصفهان
        shiraz IR | شيراز
        tabriz IR | تبريز
        qom IR | قم?
        ahvaz IR | الأهواز | الأحواز
        bandar-abbas IR | بندر عباس
        natanz IR | نطنز
        bushehr IR | بوشهر

        # The Americas.
        washington US capital | واشنطن | واشنطن العاصمة
        new-york US | نيويورك
        los-angeles US | لوس أنجلوس | لوس أنجليس
        chicago US | شيكاغو
        houston US | هيوستن | هيوستون
        miami US | ميامي
        san-francisco US | سان فرانسيسكو
        boston US | بوسطن
        ottawa CA capital | أوتاوا
        toronto CA | تورونتو | تورنتو
        montreal CA | مونتريال
        mexico-city MX capital | مكسيكو سيتي | مدينة مكسيكو، مكسيكو
        havana CU capital | هافانا
        brasilia BR capital | برازيليا
        rio-de-janeiro BR | ريو دي جانيرو
        sao-paulo BR | ساو باولو | ساوباولو
        buenos-aires AR capital | بوينس آيرس | بوينس أيرس
        santiago CL capital | سانتياغو | سانتياجو
        bogota CO capital | بوغوتا | بوجوتا
        lima PE capital | ليما
        caracas VE capital | كاراكاس
        quito EC capital | كيتو
        la-paz BO capital | لاباز | لا باز
        montevideo UY capital | مونتيفيديو
        panama-city PA capital | مدينة بنما | بنما?

        # Europe.
        london GB capital | لندن
        manchester GB | مانشستر
        liverpool GB | ليفربول
        birmingham GB | برمنغهام | برمنجهام
        edinburgh GB | إدنبرة | أدنبره
        paris FR capital | باريس
        marseille FR | مرسيليا | مارسيليا
        lyon FR | ليون?
        nice FR | نيس
        strasbourg FR | ستراسبورغ | ستراسبورج
        berlin DE capital | برلين
        munich DE | ميونيخ | ميونخ
        frankfurt DE | فرانكفورت
        hamburg DE | هامبورغ | هامبورج
        cologne DE | كولونيا | كولن
        rome IT capital | روما
        milan IT | ميلانو | ميلان
        naples IT | نابولي
        turin IT | تورينو
        madrid ES capital | مدريد
        barcelona ES | برشلونة
        seville ES | إشبيلية
        valencia ES | فالنسيا | بلنسية
        lisbon PT capital | لشبونة
        porto PT | بورتو
        amsterdam NL capital | أمستردام
        the-hague NL | لاهاي
        rotterdam NL | روتردام
        brussels BE capital | بروكسل
        luxembourg-city LU capital | مدينة لوكسمبورغ | لوكسمبورغ
        geneva CH | جنيف
        zurich CH | زيورخ
        bern CH capital | برن
        lausanne CH | لوزان
        davos CH | دافوس
        vienna AT capital | فيينا
        dublin IE capital | دبلن
        stockholm SE capital | ستوكهولم
        oslo NO capital | أوسلو
        copenhagen DK capital | كوبنهاغن | كوبنهاجن
        helsinki FI capital | هلسنكي
        reykjavik IS capital | ريكيافيك
        warsaw PL capital | وارسو
        prague CZ capital | براغ
        bratislava SK capital | براتيسلافا
        budapest HU capital | بودابست
        bucharest RO capital | بوخارست
        sofia BG capital | صوفيا?
        athens GR capital | أثينا
        nicosia CY capital | نيقوسيا
        valletta MT capital | فاليتا
        ljubljana SI capital | ليوبليانا
        zagreb HR capital | زغرب | زغرب العاصمة
        sarajevo BA capital | سراييفو
        belgrade RS capital | بلغراد
        podgorica ME capital | بودغوريتسا
        skopje MK capital | سكوبيه | سكوبيي
        tirana AL capital | تيرانا
        pristina XK capital | بريشتينا
        chisinau MD capital | كيشيناو | كيشينيف
        kyiv UA capital | كييف
        kharkiv UA | خاركيف | خاركوف
        odesa UA | أوديسا
        mariupol UA | ماريوبول
        minsk BY capital | مينسك
        moscow RU capital | موسكو
        saint-petersburg RU | سانت بطرسبرغ | سان بطرسبرغ، سانت بطرسبورغ
        tallinn EE capital | تالين
        riga LV capital | ريغا | ريجا
        vilnius LT capital | فيلنيوس
        vatican-city VA capital | مدينة الفاتيكان

        # Asia and Oceania.
        beijing CN capital | بكين
        shanghai CN | شنغهاي | شانغهاي
        wuhan CN | ووهان
        tokyo JP capital | طوكيو
        osaka JP | أوساكا | أوزاكا
        hiroshima JP | هيروشيما
        seoul KR capital | سول | سيول?
        pyongyang KP capital | بيونغ يانغ | بيونغيانغ
        ulaanbaatar MN capital | أولان باتور | أولانباتار
        taipei TW capital | تايبيه | تايبه
        hanoi VN capital | هانوي
        bangkok TH capital | بانكوك
        naypyidaw MM capital | نايبيداو | ناي بي تاو
        yangon MM | يانغون | رانغون
        phnom-penh KH capital | بنوم بنه | بنوم بن
        vientiane LA capital | فيينتيان
        kuala-lumpur MY capital | كوالالمبور | كوالا لمبور
        jakarta ID capital | جاكرتا
        manila PH capital | مانيلا
        singapore-city SG capital | سنغافورة
        new-delhi IN capital | نيودلهي | نيو دلهي
        delhi IN | دلهي
        mumbai IN | مومباي | بومباي
        kolkata IN | كلكتا | كالكوتا
        islamabad PK capital | إسلام آباد | إسلام أباد
        karachi PK | كراتشي
        lahore PK | لاهور
        peshawar PK | بيشاور
        kabul AF capital | كابل | كابول
        kandahar AF | قندهار
        dhaka BD capital | دكا | داكا
        colombo LK capital | كولومبو
        kathmandu NP capital | كاتماندو | كتماندو
        astana KZ capital | أستانا | نور سلطان
        almaty KZ | ألماتي | ألما آتا
        tashkent UZ capital | طشقند
        ashgabat TM capital | عشق آباد
        bishkek KG capital | بيشكك
        dushanbe TJ capital | دوشنبه | دوشانبي
        baku AZ capital | باكو
        yerevan AM capital | يريفان
        tbilisi GE capital | تبليسي
        canberra AU capital | كانبيرا
        sydney AU | سيدني
        melbourne AU | ملبورن | ميلبورن
        wellington NZ capital | ويلينغتون | ولينغتون

        # Africa beyond the Arab League.
        addis-ababa ET capital | أديس أبابا
        asmara ER capital | أسمرة | أسمرا
        nairobi KE capital | نيروبي
        kampala UG capital | كمبالا
        dodoma TZ capital | دودوما
        dar-es-salaam TZ | دار السلام
        kigali RW capital | كيغالي | كيجالي
        kinshasa CD capital | كينشاسا
        brazzaville CG capital | برازافيل
        bangui CF capital | بانغي | بانجي
        yaounde CM capital | ياوندي
        ndjamena TD capital | نجامينا | إنجامينا، انجمينا
        adre TD | معبر أدري | مدينة أدري
        niamey NE capital | نيامي
        abuja NG capital | أبوجا
        lagos NG | لاغوس | لاجوس
        bamako ML capital | باماكو
        ouagadougou BF capital | واغادوغو | واجادوجو
        dakar SN capital | داكار | دكار
        conakry GN capital | كوناكري
        freetown SL capital | فريتاون
        monrovia LR capital | مونروفيا
        abidjan CI | أبيدجان
        yamoussoukro CI capital | ياموسوكرو
        accra GH capital | أكرا
        lome TG capital | لومي
        libreville GA capital | ليبرفيل
        luanda AO capital | لواندا
        lusaka ZM capital | لوساكا
        harare ZW capital | هراري
        maputo MZ capital | مابوتو
        antananarivo MG capital | أنتاناناريفو
        windhoek NA capital | ويندهوك
        pretoria ZA capital | بريتوريا
        johannesburg ZA | جوهانسبرغ | جوهانسبرج
        cape-town ZA | كيب تاون | كيبتاون
        tigray ET region | تيغراي | إقليم تيغراي

        # Capitals of the smaller states.
        thimphu BT capital | ثيمفو
        bandar-seri-begawan BN capital | بندر سري بكاوان | بندر سري بيغاوان
        male MV capital | ماليه?
        dili TL capital | ديلي
        andorra-la-vella AD capital | أندورا لا فيلا
        vaduz LI capital | فادوز
        monaco-city MC capital | موناكو
        san-marino-city SM capital | سان مارينو
        porto-novo BJ capital | بورتو نوفو
        gaborone BW capital | غابورون
        gitega BI capital | غيتيغا
        bujumbura BI | بوجمبورا
        praia CV capital | برايا
        malabo GQ capital | مالابو
        mbabane SZ capital | مبابان
        banjul GM capital | بانجول
        bissau GW capital | بيساو
        maseru LS capital | ماسيرو
        lilongwe MW capital | ليلونغوي
        port-louis MU capital | بورت لويس
        sao-tome ST capital | مدينة ساو تومي
        victoria SC capital | فيكتوريا?
        saint-johns AG capital | سانت جونز
        nassau BS capital | ناسو
        bridgetown BB capital | بريدجتاون
        belmopan BZ capital | بلموبان
        san-jose CR capital | سان خوسيه
        roseau DM capital | روزو
        santo-domingo DO capital | سانتو دومينغو
        san-salvador SV capital | سان سلفادور
        saint-georges GD capital | سانت جورجز
        guatemala-city GT capital | مدينة غواتيمالا | غواتيمالا?
        georgetown GY capital | جورج تاون
        port-au-prince HT capital | بورت أو برنس
        tegucigalpa HN capital | تيغوسيغالبا
        kingston JM capital | كينغستون
        managua NI capital | ماناغوا
        asuncion PY capital | أسونسيون
        basseterre KN capital | باستير
        castries LC capital | كاستريس
        kingstown VC capital | كينغستاون
        paramaribo SR capital | باراماريبو
        port-of-spain TT capital | بورت أوف سبين
        suva FJ capital | سوفا
        tarawa KI capital | تاراوا
        majuro MH capital | ماجورو
        palikir FM capital | باليكير
        yaren NR capital | يارين
        ngerulmud PW capital | نغيرولمود
        port-moresby PG capital | بورت مورسبي
        apia WS capital | أبيا
        honiara SB capital | هونيارا
        nukualofa TO capital | نوكوالوفا
        funafuti TV capital | فونافوتي
        port-vila VU capital | بورت فيلا

        # Regions, seas and straits.
        middle-east - region | الشرق الأوسط? | منطقة الشرق الأوسط
        gulf - region | الخليج? | الخليج العربي، الخليج الفارسي، منطقة الخليج
        maghreb - region | المغرب العربي | منطقة المغرب العربي
        north-africa - region | شمال أفريقيا | شمال إفريقيا، منطقة شمال أفريقيا
        horn-of-africa - region | القرن الأفريقي | القرن الإفريقي، منطقة القرن الأفريقي
        sahel - region | منطقة الساحل | الساحل الأفريقي، دول الساحل الأفريقي، منطقة الساحل الأفريقي
        levant - region | بلاد الشام | الشام?
        arabian-peninsula - region | الجزيرة العربية | شبه الجزيرة العربية
        europe - region | أوروبا | أوربا، القارة الأوروبية، القارة العجوز
        asia - region | آسيا | القارة الآسيوية
        africa - region | أفريقيا | إفريقيا، القارة الأفريقية، القارة السمراء
        latin-america - region | أمريكا اللاتينية | أميركا اللاتينية
        north-america - region | أمريكا الشمالية | أميركا الشمالية
        south-america - region | أمريكا الجنوبية | أميركا الجنوبية
        central-asia - region | آسيا الوسطى | وسط آسيا
        balkans - region | البلقان | منطقة البلقان، شبه جزيرة البلقان
        caucasus - region | القوقاز | منطقة القوقاز
        crimea UA region | القرم | شبه جزيرة القرم
        donbas UA region | دونباس | حوض دونباس
        donetsk UA region | دونيتسك | دونتسك
        luhansk UA region | لوهانسك | لوغانسك
        kashmir - region | كشمير | إقليم كشمير
        red-sea - region | البحر الأحمر
        mediterranean - region | البحر المتوسط | البحر الأبيض المتوسط
        black-sea - region | البحر الأسود
        arabian-sea - region | بحر العرب
        south-china-sea - region | بحر الصين الجنوبي
        hormuz - region | مضيق هرمز
        bab-el-mandeb - region | مضيق باب المندب | باب المندب
        suez-canal EG region | قناة السويس
        bosphorus TR region | مضيق البوسفور | البوسفور
        euphrates - region | نهر الفرات | الفرات?
        tigris - region | نهر دجلة | دجلة?
        nile - region | نهر النيل | النيل

        # Provinces, governorates and regions not listed above, with the word news puts before them.
        iq-province-0 IQ region | بابل | محافظة بابل
        iq-province-1 IQ region | واسط | محافظة واسط
        iq-province-2 IQ region | ميسان | محافظة ميسان
        iq-province-3 IQ region | ذي قار | محافظة ذي قار
        iq-province-4 IQ region | المثنى? | محافظة المثنى
        iq-province-5 IQ region | القادسية | محافظة القادسية
        sy-province-0 SY region | ريف دمشق | محافظة ريف دمشق
        lb-province-0 LB region | جبل لبنان | محافظة جبل لبنان
        lb-province-1 LB region | البقاع | محافظة البقاع
        lb-province-3 LB region | عكار | محافظة عكار
        lb-province-4 LB region | بعلبك الهرمل | محافظة بعلبك الهرمل
        lb-province-5 LB region | الشمال اللبناني? | محافظة الشمال اللبناني
        jo-province-3 JO region | جرش | محافظة جرش
        jo-province-4 JO region | عجلون | محافظة عجلون
        jo-province-5 JO region | البلقاء | محافظة البلقاء
        jo-province-6 JO region | مادبا | محافظة مادبا
        jo-province-8 JO region | الطفيلة | محافظة الطفيلة
        om-province-0 OM region | ظفار | محافظة ظفار
        om-province-1 OM region | مسندم | محافظة مسندم
        om-province-3 OM region | شمال الباطنة | محافظة شمال الباطنة
        om-province-4 OM region | جنوب الباطنة | محافظة جنوب الباطنة
        om-province-5 OM region | جنوب الشرقية | محافظة جنوب الشرقية
        om-province-6 OM region | شمال الشرقية | محافظة شمال الشرقية
        dakhiliyah OM region | محافظة الداخلية
        dhahirah OM region | محافظة الظاهرة
        wusta OM region | محافظة الوسطى
        sa-province-2 SA region | القصيم | منطقة القصيم
        sa-province-3 SA region | المنطقة الشرقية
        sa-province-4 SA region | عسير | منطقة عسير
        sa-province-7 SA region | الحدود الشمالية? | منطقة الحدود الشمالية
        sa-province-10 SA region | الباحة | منطقة الباحة
        sa-province-11 SA region | الجوف? | منطقة الجوف
        riyadh-region SA region | منطقة الرياض
        makkah-region SA region | منطقة مكة المكرمة
        madinah-region SA region | منطقة المدينة المنورة
        eg-province-0 EG region | الدقهلية | محافظة الدقهلية
        eg-province-2 EG region | القليوبية | محافظة القليوبية
        eg-province-3 EG region | كفر الشيخ | محافظة كفر الشيخ
        eg-province-5 EG region | المنوفية | محافظة المنوفية
        eg-province-9 EG region | بني سويف | محافظة بني سويف
        eg-province-20 EG region | مطروح | محافظة مطروح
        eg-province-21 EG region | الوادي الجديد | محافظة الوادي الجديد
        beheira EG region | محافظة البحيرة
        gharbia EG region | محافظة الغربية
        sharqia EG region | محافظة الشرقية
        red-sea-governorate EG region | محافظة البحر الأحمر
        dz-province-0 DZ region | تيبازة | ولاية تيبازة
        dz-province-2 DZ region | بومرداس | ولاية بومرداس
        dz-province-11 DZ region | سيدي بلعباس | ولاية سيدي بلعباس
        dz-province-12 DZ region | مستغانم | ولاية مستغانم
        dz-province-13 DZ region | الشلف | ولاية الشلف
        dz-province-15 DZ region | الجلفة | ولاية الجلفة
        dz-province-16 DZ region | الأغواط | ولاية الأغواط
        dz-province-18 DZ region | أدرار | ولاية أدرار
        dz-province-24 DZ region | جيجل | ولاية جيجل
        dz-province-25 DZ region | خنشلة | ولاية خنشلة
        dz-province-26 DZ region | تبسة | ولاية تبسة
        dz-province-27 DZ region | سوق أهراس | ولاية سوق أهراس
        dz-province-29 DZ region | المسيلة | ولاية المسيلة
        dz-province-30 DZ region | برج بوعريريج | ولاية برج بوعريريج
        dz-province-31 DZ region | عين الدفلى | ولاية عين الدفلى
        dz-province-32 DZ region | تيارت | ولاية تيارت
        dz-province-35 DZ region | النعامة | ولاية النعامة
        dz-province-37 DZ region | إليزي | ولاية إليزي
        dz-province-38 DZ region | تندوف | ولاية تندوف
        dz-province-39 DZ region | الطارف | ولاية الطارف
        dz-province-40 DZ region | قالمة | ولاية قالمة
        dz-province-41 DZ region | أم البواقي | ولاية أم البواقي
        dz-province-42 DZ region | ميلة | ولاية ميلة
        dz-province-43 DZ region | غليزان | ولاية غليزان
        dz-province-44 DZ region | عين تموشنت | ولاية عين تموشنت
        dz-province-45 DZ region | تيسمسيلت | ولاية تيسمسيلت
        bouira DZ region | البويرة | ولاية البويرة
        bechar DZ region | ولاية بشار
        saida DZ region | ولاية سعيدة
        medea DZ region | المدية? | ولاية المدية
        mascara DZ region | ولاية معسكر
        el-bayadh DZ region | ولاية البيض
        el-oued DZ region | ولاية الوادي | وادي سوف
        touggourt DZ region | تقرت | ولاية تقرت
        in-salah DZ region | عين صالح | ولاية عين صالح
        ma-province-0 MA region | سطات
        ma-province-5 MA region | بني ملال
        ma-province-6 MA region | خريبكة
        ma-province-10 MA region | أكادير
        ma-province-11 MA region | تارودانت
        ma-province-13 MA region | الراشيدية
        ma-province-17 MA region | كلميم
        ma-province-18 MA region | المحمدية
        ma-province-19 MA region | تازة
        ma-province-20 MA region | خنيفرة
        ma-province-22 MA region | تمارة
        ma-province-23 MA region | المعمورة
        tn-province-3 TN region | المهدية
        tn-province-9 TN region | توزر
        tn-province-10 TN region | قبلي
        tn-province-14 TN region | جندوبة
        tn-province-15 TN region | باجة
        tn-province-16 TN region | سليانة
        tn-province-17 TN region | زغوان
        tn-province-20 TN region | أريانة
        tn-province-21 TN region | بن عروس
        tn-province-22 TN region | منوبة
        kef TN region | ولاية الكاف | مدينة الكاف
        ye-province-4 YE region | شبوة | محافظة شبوة
        ye-province-5 YE region | أبين | محافظة أبين
        ye-province-6 YE region | لحج | محافظة لحج
        ye-province-7 YE region | الضالع | محافظة الضالع
        ye-province-14 YE region | المهرة | محافظة المهرة
        ye-province-16 YE region | الجوف اليمنية | محافظة الجوف اليمنية
        raymah YE region | محافظة ريمة
        mahwit YE region | المحويت | محافظة المحويت
        ly-province-6 LY region | البيضاء الليبية
        ly-province-7 LY region | غريان
        sd-province-2 SD region | النيل الأزرق
        sd-province-4 SD region | القضارف
        sd-province-11 SD region | سنار
        khartoum-state SD region | ولاية الخرطوم
        north-darfur SD region | شمال دارفور | ولاية شمال دارفور
        south-darfur SD region | جنوب دارفور | ولاية جنوب دارفور
        west-darfur SD region | غرب دارفور | ولاية غرب دارفور
        central-darfur SD region | وسط دارفور | ولاية وسط دارفور
        east-darfur SD region | شرق دارفور | ولاية شرق دارفور
        north-kordofan SD region | شمال كردفان | ولاية شمال كردفان
        south-kordofan SD region | جنوب كردفان | ولاية جنوب كردفان
        white-nile SD region | النيل الأبيض | ولاية النيل الأبيض
        river-nile SD region | ولاية نهر النيل
        gezira SD region | ولاية الجزيرة
        red-sea-state SD region | ولاية البحر الأحمر
        northern-state SD region | الولاية الشمالية
        gedaref-state SD region | ولاية القضارف
        kassala-state SD region | ولاية كسلا
        sennar-state SD region | ولاية سنار
        blue-nile-state SD region | ولاية النيل الأزرق
        west-kordofan SD region | غرب كردفان | ولاية غرب كردفان
        # Morocco's twelve regions (2015).
        ma-tangier-tetouan MA region | جهة طنجة تطوان الحسيمة | طنجة تطوان الحسيمة
        ma-oriental MA region | جهة الشرق
        ma-fes-meknes MA region | جهة فاس مكناس | فاس مكناس
        ma-rabat-sale MA region | جهة الرباط سلا القنيطرة | الرباط سلا القنيطرة
        ma-beni-mellal-khenifra MA region | جهة بني ملال خنيفرة | بني ملال خنيفرة
        ma-casablanca-settat MA region | جهة الدار البيضاء سطات | الدار البيضاء سطات
        ma-marrakech-safi MA region | جهة مراكش آسفي | مراكش آسفي
        ma-draa-tafilalet MA region | جهة درعة تافيلالت | درعة تافيلالت
        ma-souss-massa MA region | جهة سوس ماسة | سوس ماسة
        ma-guelmim-oued-noun MA region | جهة كلميم واد نون | كلميم واد نون
        ma-laayoune-sakia MA region | جهة العيون الساقية الحمراء | العيون الساقية الحمراء
        ma-dakhla-oued-eddahab MA region | جهة الداخلة وادي الذهب | الداخلة وادي الذهب
        ma-inezgane-ait-melloul MA region | عمالة إنزكان أيت ملول | إنزكان أيت ملول
        kw-province-2 KW region | حولي
        kw-province-3 KW region | الفروانية
        kw-province-4 KW region | مبارك الكبير
        """
}
