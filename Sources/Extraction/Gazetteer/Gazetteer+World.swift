extension Gazetteer {
    /// Cities and regions beyond the Arab world that Arab news names besides the capitals and big
    /// cities of ``placeSource``, one a line in its format (see ``GazetteerTable``): ports, provincial
    /// capitals, cities of summits, wars, disasters and sport; world regions, seas, rivers and
    /// mountain ranges; provinces, states and islands. A region of several countries, or one in
    /// dispute, carries `-` for its country. A bare name that is a common Arabic word or a given
    /// name ends in `?`, or is listed only in its longer forms (مدينة كان، ولاية بورصة).
    static let worldSource = """
        bursa TR | ولاية بورصة | مدينة بورصة
        konya TR | قونية | قونيا
        kayseri TR | قيصري? | ولاية قيصري
        trabzon TR | طرابزون | ترابزون
        mersin TR | مرسين? | ولاية مرسين
        kahramanmaras TR | كهرمان مرعش | قهرمان مرعش، مرعش
        malatya TR | ملاطية | ملطية
        adiyaman TR | أديامان | آدي يامان
        osmaniye TR | ولاية عثمانية
        sanliurfa TR | شانلي أورفا | أورفا، الرها
        mardin TR | ماردين
        kilis TR | ولاية كلس | كلس?
        iskenderun TR | الإسكندرونة | إسكندرون
        bodrum TR | بودروم
        canakkale TR | جناق قلعة | تشاناكالي
        edirne TR | أدرنة
        izmit TR | إزميت
        incirlik TR | قاعدة إنجرليك | إنجرليك
        ceyhan TR | ميناء جيهان | جيهان?
        hakkari TR | هكاري
        sirnak TR | شرناق
        van TR | مدينة وان | ولاية وان
        anatolia TR region | هضبة الأناضول | منطقة الأناضول، آسيا الصغرى
        marmara-sea TR region | بحر مرمرة
        dardanelles TR region | مضيق الدردنيل | الدردنيل

        limassol CY | ليماسول
        larnaca CY | لارنكا | لارناكا
        paphos CY | بافوس
        famagusta CY | فاماغوستا | فماغوستا، ماغوسا
        kyrenia CY | كيرينيا | غيرنة
        northern-cyprus CY region | شمال قبرص | قبرص التركية، جمهورية شمال قبرص التركية، قبرص الشمالية

        kerman IR | كرمان?
        zahedan IR | زاهدان
        kermanshah IR | كرمانشاه
        rasht IR | رشت?
        urmia IR | أرومية | أورمية
        yazd IR | يزد?
        arak IR | أراك? | مدينة أراك
        fordow IR | فوردو | فردو
        khorramshahr IR | خرمشهر | المحمرة?
        abadan IR | عبادان
        chabahar IR | تشابهار | جابهار، شابهار
        jask IR | جاسك | ميناء جاسك
        sanandaj IR | سنندج
        mahabad IR | مهاباد
        parchin IR | بارشين | بارتشين
        kish IR region | جزيرة كيش
        qeshm IR region | جزيرة قشم | قشم
        kharg IR region | جزيرة خارك | خارك
        khuzestan IR region | خوزستان | إقليم خوزستان
        sistan-baluchestan IR region | سيستان وبلوشستان | سيستان وبلوتشستان، محافظة سيستان وبلوشستان
        iranian-kurdistan IR region | كردستان إيران | كردستان الإيرانية
        hormozgan IR region | هرمزغان | محافظة هرمزغان

        herat AF | هرات
        mazar-i-sharif AF | مزار شريف | مزار الشريف
        jalalabad AF | جلال آباد
        kunduz AF | قندوز
        ghazni AF | غزني
        lashkar-gah AF | لشكر كاه | لشكرجاه
        khost AF | خوست
        bagram AF | باغرام | قاعدة باغرام
        bamiyan AF | باميان
        helmand AF region | هلمند | ولاية هلمند
        panjshir AF region | بنجشير | وادي بنجشير، بانشير
        badakhshan AF region | بدخشان | ولاية بدخشان
        nangarhar AF region | ننغرهار | ننجرهار، ولاية ننغرهار
        kunar AF region | كونار | ولاية كونار

        rawalpindi PK | راولبندي
        faisalabad PK | فيصل آباد
        multan PK | ملتان
        quetta PK | كويتا
        gwadar PK | جوادر | غوادر، ميناء جوادر
        abbottabad PK | أبوت آباد
        dera-ismail-khan PK | ديرة إسماعيل خان
        chaman PK | شامان | تشامان
        bannu PK | مدينة بنو
        torkham - | معبر طورخم | طورخم
        bajaur PK region | باجور | منطقة باجور
        swat PK region | وادي سوات | سوات
        balochistan PK region | بلوشستان | إقليم بلوشستان، بلوتشستان
        khyber-pakhtunkhwa PK region | خيبر بختونخوا | إقليم خيبر بختونخوا، خيبر باختونخوا
        sindh PK region | إقليم السند | السند?
        punjab-pk PK region | البنجاب | إقليم البنجاب
        waziristan PK region | وزيرستان | شمال وزيرستان، جنوب وزيرستان

        srinagar - | سريناغار | سرينغار
        jammu - | جامو
        pahalgam - | باهالغام | بهلغام
        muzaffarabad - | مظفر آباد
        jammu-kashmir - region | جامو وكشمير | ولاية جامو وكشمير
        azad-kashmir - region | كشمير الباكستانية | آزاد كشمير
        ladakh - region | لداخ | لاداخ
        gilgit-baltistan - region | جلجت بلتستان | غلغت بلتستان

        hyderabad-in IN | حيدر آباد
        bangalore IN | بنغالور | بنغالورو، بنجالور
        chennai IN | تشيناي | شيناي، مدراس
        ahmedabad IN | أحمد آباد
        agra IN | آغرا
        amritsar IN | أمريتسار
        ayodhya IN | أيودهيا | أيوديا
        goa IN region | ولاية غوا | غوا
        gujarat IN region | غوجارات | كجرات، ولاية غوجارات
        assam IN region | آسام | ولاية آسام
        manipur IN region | مانيبور | ولاية مانيبور
        uttar-pradesh IN region | أوتار براديش | ولاية أوتار براديش
        kerala IN region | كيرالا | ولاية كيرالا
        maharashtra IN region | ماهاراشترا | ولاية ماهاراشترا
        tamil-nadu IN region | تاميل نادو | ولاية تاميل نادو
        west-bengal IN region | البنغال الغربية | ولاية البنغال الغربية
        punjab-in IN region | البنجاب الهندية | ولاية البنجاب
        arunachal-pradesh IN region | أروناتشال براديش

        chittagong BD | شيتاغونغ | تشيتاغونغ، شيتاجونج
        coxs-bazar BD | كوكس بازار | كوكس بزار
        bhasan-char BD region | جزيرة بهاسان تشار | بهاسان تشار
        sri-jayawardenepura-kotte LK capital | سري جاياواردنابورا كوتي
        kandy LK | كاندي
        jaffna LK | جافنا
        pokhara NP | بوخارا

        guangzhou CN | قوانغتشو | غوانغتشو، كانتون?
        shenzhen CN | شنتشن | شينزين
        tianjin CN | تيانجين
        chongqing CN | تشونغتشينغ | تشونغ تشينغ
        chengdu CN | تشنغدو
        xian CN | مدينة شيان | شيان
        hangzhou CN | هانغتشو | هانغجو
        qingdao CN | تشينغداو
        urumqi CN | أورومتشي | أورومجي
        kashgar CN | كاشغر
        macau CN region | ماكاو | مكاو
        xinjiang CN region | شينجيانغ | إقليم شينجيانغ، سنجان، تركستان الشرقية
        tibet CN region | التبت | إقليم التبت
        guangdong CN region | غوانغدونغ | قوانغدونغ، مقاطعة غوانغدونغ
        hubei CN region | هوبي | مقاطعة هوبي
        fujian CN region | فوجيان | مقاطعة فوجيان
        hainan CN region | هاينان | جزيرة هاينان
        tiananmen CN region | ساحة تيانانمن | ميدان تيانانمن، تيانانمن
        kaohsiung TW | كاوهسيونغ | كاوشيونغ
        kinmen TW region | كينمن | جزر كينمن

        kyoto JP | كيوتو
        nagasaki JP | ناغازاكي | ناجازاكي
        fukushima JP | فوكوشيما
        yokohama JP | يوكوهاما
        okinawa JP region | أوكيناوا | جزيرة أوكيناوا
        noto JP region | شبه جزيرة نوتو | نوتو
        busan KR | بوسان
        incheon KR | إنتشون | إنشيون
        gwangju KR | غوانغجو | كوانغجو
        kaesong KP | كايسونغ | كيسونغ
        yongbyon KP | يونغبيون | يونجبيون
        panmunjom - | بانمونجوم | قرية بانمونجوم
        korean-peninsula - region | شبه الجزيرة الكورية

        ho-chi-minh-city VN | مدينة هو تشي منه | هو تشي منه، سايغون
        da-nang VN | دا نانغ | دانانغ
        phuket TH | بوكيت | فوكيت
        pattaya TH | باتايا
        chiang-mai TH | تشيانغ ماي | شيانغ ماي
        pattani TH region | فطاني | باتاني
        southern-thailand TH region | جنوب تايلاند | الجنوب التايلاندي
        mandalay MM | ماندالاي
        sittwe MM | سيتوي
        myawaddy MM | مياوادي
        maungdaw MM | مونغدو | ماونغداو
        rakhine MM region | ولاية راخين | راخين، أراكان، ولاية أراكان، إقليم أراكان
        sagaing MM region | ساغاينغ | منطقة ساغاينغ
        siem-reap KH | سييم ريب | سيام ريب
        sihanoukville KH | سيهانوكفيل
        putrajaya MY | بوتراجايا
        johor-bahru MY | جوهور بارو | جوهور باهرو
        malacca MY | ملقا | ملاكا
        sabah MY region | ولاية صباح
        surabaya ID | سورابايا
        bandung ID | باندونغ | باندونج
        medan ID | مدينة ميدان
        yogyakarta ID | يوجياكرتا | جوكجاكرتا
        nusantara ID | نوسانتارا
        aceh ID region | آتشيه | إقليم آتشيه، أتشه
        bali ID region | جزيرة بالي | بالي?
        lombok ID region | جزيرة لومبوك | لومبوك
        java ID region | جاوة | جزيرة جاوة
        sumatra ID region | سومطرة | جزيرة سومطرة
        sulawesi ID region | سولاويسي | جزيرة سولاويسي
        papua ID region | إقليم بابوا | بابوا?
        borneo - region | بورنيو | جزيرة بورنيو
        cebu PH | سيبو
        davao PH | دافاو
        marawi PH | مراوي | ماراوي
        zamboanga PH | زامبوانغا
        cotabato PH | كوتاباتو
        jolo PH | جزيرة جولو | جولو
        quezon-city PH | مدينة كويزون | كيزون سيتي
        mindanao PH region | مينداناو | جزيرة مينداناو
        bangsamoro PH region | بانغسامورو | إقليم بانغسامورو

        aktau KZ | أكتاو
        baikonur KZ | بايكونور
        samarkand UZ | سمرقند
        bukhara UZ | بخارى
        fergana UZ | فرغانة
        termez UZ | ترمذ
        khujand TJ | خجند | خوجند
        osh KG | أوش
        fergana-valley - region | وادي فرغانة

        batumi GE | باتومي
        abkhazia GE region | أبخازيا | جمهورية أبخازيا
        south-ossetia GE region | أوسيتيا الجنوبية | جنوب أوسيتيا
        ganja AZ | كنجة | غانجا
        shusha AZ | شوشة? | شوشا
        stepanakert AZ | ستيباناكيرت | خانكندي
        nakhchivan AZ region | ناخيتشيفان | نخجوان
        karabakh AZ region | قره باغ | ناغورني قره باغ، ناغورنو كاراباخ، إقليم قره باغ، كاراباخ
        zangezur - region | ممر زنغزور | ممر زنجزور
        south-caucasus - region | جنوب القوقاز
        north-caucasus RU region | شمال القوقاز
        chechnya RU region | الشيشان | جمهورية الشيشان
        dagestan RU region | داغستان | جمهورية داغستان
        ingushetia RU region | إنغوشيا | جمهورية إنغوشيا
        grozny RU | غروزني
        makhachkala RU | محج قلعة | ماخاتشكالا

        kursk RU | كورسك | مقاطعة كورسك
        sudzha RU | سودجا
        belgorod RU | بيلغورود | مقاطعة بيلغورود
        bryansk RU | بريانسك | مقاطعة بريانسك
        voronezh RU | فورونيج
        rostov RU | روستوف | روستوف على الدون، روستوف أون دون
        krasnodar RU | كراسنودار
        sochi RU | سوتشي
        novorossiysk RU | نوفوروسيسك
        tuapse RU | توابسي
        kazan RU | قازان
        volgograd RU | فولغوغراد | ستالينغراد
        nizhny-novgorod RU | نيجني نوفغورود
        engels RU | مدينة إنغلز | إنغلز?
        vladivostok RU | فلاديفوستوك
        murmansk RU | مورمانسك
        kaliningrad RU | كالينينغراد
        tatarstan RU region | تتارستان | جمهورية تتارستان
        siberia RU region | سيبيريا
        russian-far-east RU region | الشرق الأقصى الروسي

        lviv UA | لفوف | مدينة لفيف
        dnipro UA | دنيبرو | دنيبروبيتروفسك
        zaporizhzhia UA | زابوريجيا | زاباروجيا
        kherson UA | خيرسون
        mykolaiv UA | ميكولايف | نيكولاييف
        sumy UA | سومي
        chernihiv UA | تشيرنيهيف
        poltava UA | بولتافا
        kryvyi-rih UA | كريفي ريه | كريفي ريغ
        bucha UA | بوتشا
        irpin UA | إيربين
        chernobyl UA | تشيرنوبيل | تشرنوبل
        bakhmut UA | باخموت | أرتيوموفسك
        avdiivka UA | أفدييفكا | أفديفكا
        pokrovsk UA | بوكروفسك
        kramatorsk UA | كراماتورسك
        sloviansk UA | سلوفيانسك | سلافيانسك
        chasiv-yar UA | تشاسيف يار
        vuhledar UA | فوغليدار | أوغليدار
        kupiansk UA | كوبيانسك
        izium UA | إيزيوم
        lysychansk UA | ليسيتشانسك
        sievierodonetsk UA | سيفيرودونيتسك
        melitopol UA | ميليتوبول
        berdiansk UA | بيرديانسك | برديانسك
        enerhodar UA | إنيرغودار | إنرهودار
        izmail UA | ميناء إسماعيل
        sevastopol UA | سيفاستوبول
        simferopol UA | سيمفيروبول
        kerch UA | كيرتش
        yalta UA | يالطا

        tiraspol MD | تيراسبول
        transnistria MD region | ترانسنيستريا | ترانسدنيستريا، إقليم ترانسنيستريا
        gagauzia MD region | غاغاوزيا | إقليم غاغاوزيا
        narva EE | نارفا

        krakow PL | كراكوف
        gdansk PL | غدانسك
        rzeszow PL | جيشوف | رزيشوف
        katowice PL | كاتوفيتشي
        constanta RO | كونستانتا
        varna BG | فارنا

        thessaloniki GR | سالونيك | ثيسالونيكي، تسالونيكي
        piraeus GR | بيرايوس | ميناء بيرايوس
        pylos GR | بيلوس
        alexandroupoli GR | ألكسندروبولي
        crete GR region | جزيرة كريت | كريت
        rhodes GR region | جزيرة رودس | رودس
        lesbos GR region | جزيرة ليسبوس | ليسبوس
        samos GR region | جزيرة ساموس | ساموس
        kos GR region | جزيرة كوس
        chios GR region | جزيرة خيوس
        gavdos GR region | جزيرة غافدوس | غافدوس
        corfu GR region | جزيرة كورفو | كورفو
        santorini GR region | سانتوريني | جزيرة سانتوريني
        evros - region | نهر إيفروس | إيفروس، منطقة إيفروس
        novi-sad RS | نوفي ساد
        mostar BA | موستار
        srebrenica BA | سريبرينيتسا | سربرنيتسا
        banja-luka BA | بانيا لوكا | بانيالوكا
        republika-srpska BA region | جمهورية صرب البوسنة | جمهورية صربسكا
        mitrovica XK | ميتروفيتسا | متروفيتسا

        florence IT | فلورنسا
        venice IT | البندقية? | فينيسيا، مدينة البندقية
        genoa IT | جنوة
        palermo IT | باليرمو
        catania IT | كاتانيا
        bari IT | باري?
        bergamo IT | بيرغامو
        monza IT | مونزا
        cortina IT | كورتينا دامبيتسو | كورتينا
        lampedusa IT region | لامبيدوزا | جزيرة لامبيدوزا
        sicily IT region | صقلية | جزيرة صقلية
        sardinia IT region | سردينيا | جزيرة سردينيا
        calabria IT region | كالابريا | إقليم كالابريا
        puglia IT region | بوليا | إقليم بوليا
        lombardy IT region | لومبارديا | إقليم لومبارديا

        malaga ES | مالقة | مالاغا
        bilbao ES | بلباو | بيلباو
        granada ES | غرناطة
        cordoba-es ES | قرطبة
        cadiz ES | قادس
        algeciras ES | الجزيرة الخضراء? | ألخيسيراس
        palma ES | بالما دي مايوركا | بالما?
        las-palmas ES | لاس بالماس
        villarreal ES | فياريال
        catalonia ES region | كتالونيا | كاتالونيا، إقليم كتالونيا
        basque-country ES region | إقليم الباسك | بلاد الباسك
        andalusia ES region | إقليم الأندلس | الأندلس?
        canary-islands ES region | جزر الكناري | جزر الخالدات
        balearic-islands ES region | جزر البليار | مايوركا، جزيرة مايوركا
        tenerife ES region | تينيريفي | جزيرة تينيريفي
        braga PT | براغا
        madeira PT region | ماديرا | جزيرة ماديرا
        azores PT region | جزر الأزور

        toulouse FR | تولوز
        bordeaux FR | بوردو
        lille FR | مدينة ليل | ليل الفرنسية
        nantes FR | نانت
        montpellier FR | مونبلييه | مونبيلييه
        rennes FR | مدينة رين | رين?
        calais FR | كاليه
        le-havre FR | لوهافر | لو هافر
        cannes FR | مدينة كان | كان الفرنسية
        dunkirk FR | دنكيرك | دونكيرك
        brest FR | بريست
        lens FR | لانس
        saint-etienne FR | سانت إتيان
        reims FR | ريمس
        versailles FR | فرساي
        saint-denis FR | سان دوني
        biarritz FR | بياريتز
        noumea FR | نوميا
        corsica FR region | كورسيكا | جزيرة كورسيكا
        reunion FR region | جزيرة ريونيون | لا ريونيون، ريونيون
        new-caledonia FR region | كاليدونيا الجديدة
        french-guiana FR region | غويانا الفرنسية
        guadeloupe FR region | غوادلوب
        martinique FR region | مارتينيك

        stuttgart DE | شتوتغارت
        dusseldorf DE | دوسلدورف
        leipzig DE | لايبزيغ
        dresden DE | دريسدن
        dortmund DE | دورتموند
        bremen DE | بريمن
        hanover DE | هانوفر
        nuremberg DE | نورمبرغ | نورنبيرغ
        bonn DE | بون?
        gelsenkirchen DE | غيلسنكيرشن
        mannheim DE | مانهايم
        magdeburg DE | ماغدبورغ | ماغديبورغ
        solingen DE | زولينغن | سولينغن
        hanau DE | هاناو
        ramstein DE | رامشتاين | قاعدة رامشتاين
        leverkusen DE | ليفركوزن
        potsdam DE | بوتسدام
        bavaria DE region | بافاريا | ولاية بافاريا
        saxony DE region | ساكسونيا | ولاية ساكسونيا
        thuringia DE region | تورينغن | تورينجيا

        utrecht NL | أوتريخت
        eindhoven NL | آيندهوفن
        maastricht NL | ماستريخت
        antwerp BE | أنتويرب | أنفرس
        bruges BE | مدينة بروج | بروج?
        molenbeek BE | مولنبيك
        basel CH | بازل
        montreux CH | مونترو
        burgenstock CH | بورغنستوك
        salzburg AT | سالزبورغ

        glasgow GB | غلاسكو | جلاسكو
        cardiff GB | كارديف
        belfast GB | بلفاست
        leeds GB | ليدز
        bristol GB | بريستول
        oxford GB | أكسفورد
        cambridge GB | كامبريدج
        newcastle GB | نيوكاسل
        leicester GB | ليستر
        southampton GB | ساوثهامبتون
        nottingham GB | نوتنغهام
        brighton GB | برايتون
        southport GB | ساوثبورت
        dover GB | دوفر
        salisbury GB | سالزبري
        england GB region | إنجلترا | إنكلترا
        scotland GB region | اسكتلندا
        wales GB region | ويلز | مقاطعة ويلز
        northern-ireland GB region | أيرلندا الشمالية
        gibraltar GB region | جبل طارق
        diego-garcia - region | دييغو غارسيا | جزيرة دييغو غارسيا
        falklands GB region | جزر فوكلاند | جزر مالفيناس، جزر الفوكلاند
        chagos - region | جزر تشاغوس | أرخبيل تشاغوس

        gothenburg SE | غوتنبرغ | يوتيبوري
        malmo SE | مالمو
        nuuk GL | نوك?

        seattle US | سياتل
        dallas US | دالاس
        atlanta US | أتلانتا
        philadelphia US | فيلادلفيا
        detroit US | ديترويت
        dearborn US | ديربورن
        denver US | دنفر
        phoenix US | فينيكس
        las-vegas US | لاس فيغاس | لاس فيجاس
        san-diego US | سان دييغو | سان دييجو
        new-orleans US | نيو أورليانز | نيو أورلينز
        baltimore US | بالتيمور
        minneapolis US | مينيابوليس
        orlando US | أورلاندو
        austin US | أوستن?
        pittsburgh US | بيتسبرغ
        st-louis US | سانت لويس
        kansas-city US | كانساس سيتي
        milwaukee US | ميلووكي | ميلواكي
        uvalde US | أوفالدي
        dayton US | دايتون
        annapolis US | أنابوليس
        honolulu US | هونولولو
        anchorage US | أنكوريج | أنكوراج
        palm-beach US | بالم بيتش
        cape-canaveral US | كيب كانافيرال
        mar-a-lago US region | مار ألاغو | مارالاغو، مار إيه لاغو، منتجع مار ألاغو
        camp-david US region | كامب ديفيد | منتجع كامب ديفيد
        pearl-harbor US region | بيرل هاربر
        manhattan US region | مانهاتن
        brooklyn US region | بروكلين
        hollywood US region | هوليوود
        silicon-valley US region | وادي السيليكون | سيليكون فالي
        california US region | كاليفورنيا | ولاية كاليفورنيا
        texas US region | تكساس | ولاية تكساس
        florida US region | فلوريدا | ولاية فلوريدا
        alaska US region | ألاسكا | ولاية ألاسكا
        hawaii US region | هاواي | جزر هاواي، ولاية هاواي
        michigan US region | ميشيغان | ميشيغن، ولاية ميشيغان
        pennsylvania US region | بنسلفانيا | بنسيلفانيا، ولاية بنسلفانيا
        arizona US region | أريزونا | ولاية أريزونا
        nevada US region | نيفادا | ولاية نيفادا
        wisconsin US region | ويسكونسن | ويسكونسين، ولاية ويسكونسن
        ohio US region | أوهايو | ولاية أوهايو
        virginia US region | فرجينيا | فيرجينيا، ولاية فرجينيا
        illinois US region | إلينوي | ولاية إلينوي
        minnesota US region | مينيسوتا | ولاية مينيسوتا
        new-jersey US region | نيوجيرسي | نيو جيرسي، ولاية نيوجيرسي
        massachusetts US region | ماساتشوستس | ولاية ماساتشوستس
        louisiana US region | لويزيانا | ولاية لويزيانا
        colorado US region | كولورادو | ولاية كولورادو
        iowa US region | أيوا | ولاية أيوا
        new-hampshire US region | نيو هامبشاير | ولاية نيو هامبشاير
        north-carolina US region | كارولاينا الشمالية | نورث كارولاينا، ولاية كارولاينا الشمالية
        south-carolina US region | كارولاينا الجنوبية | ساوث كارولاينا، ولاية كارولاينا الجنوبية
        georgia-us US region | ولاية جورجيا | ولاية جورجيا الأمريكية، جورجيا الأمريكية
        washington-state US region | ولاية واشنطن
        new-york-state US region | ولاية نيويورك
        guam US region | غوام | جزيرة غوام
        san-juan PR | سان خوان

        vancouver CA | فانكوفر
        calgary CA | كالغاري | كالجاري
        edmonton CA | إدمونتون
        quebec-city CA | مدينة كيبيك
        halifax CA | هاليفاكس
        kananaskis CA | كاناناسكيس
        quebec CA region | كيبيك | مقاطعة كيبيك
        ontario CA region | أونتاريو | مقاطعة أونتاريو
        alberta CA region | ألبرتا | مقاطعة ألبرتا
        british-columbia CA region | كولومبيا البريطانية | مقاطعة كولومبيا البريطانية

        guadalajara MX | غوادالاخارا | جوادالاخارا
        monterrey MX | مونتيري
        tijuana MX | تيخوانا
        cancun MX | كانكون
        acapulco MX | أكابولكو
        ciudad-juarez MX | سيوداد خواريز | خواريز
        culiacan MX | كولياكان
        sinaloa MX region | سينالوا | ولاية سينالوا
        santiago-de-cuba CU | سانتياغو دي كوبا
        guantanamo CU | غوانتانامو | خليج غوانتانامو، غوانتنامو
        cap-haitien HT | كاب هايتيان
        san-pedro-sula HN | سان بيدرو سولا
        montego-bay JM | مونتيغو باي
        punta-cana DO | بونتا كانا

        belem BR | بيليم | بيلم
        manaus BR | ماناوس
        porto-alegre BR | بورتو أليغري | بورتو أليجري
        santos BR | سانتوس?
        rio-grande-do-sul BR region | ريو غراندي دو سول
        cordoba-ar AR | كوردوبا
        rosario AR | روساريو
        medellin CO | ميديلين | ميدلين
        cali CO | كالي
        cartagena CO | قرطاجنة | كارتاخينا
        cusco PE | كوسكو
        valparaiso CL | فالبارايسو
        maracaibo VE | ماراكايبو
        santa-cruz BO | سانتا كروز
        punta-del-este UY | بونتا ديل إستي
        guayaquil EC | غواياكيل | جواياكيل
        sucre BO capital | سوكري
        ciudad-del-este PY | سيوداد ديل إستي
        essequibo GY region | إيسيكيبو | إقليم إيسيكيبو
        amazonia - region | الأمازون | غابات الأمازون، منطقة الأمازون، حوض الأمازون

        brisbane AU | بريسبان | بريزبين
        perth AU | بيرث
        darwin AU | داروين?
        auckland NZ | أوكلاند
        christchurch NZ | كرايستشيرش | كرايست تشيرش

        mombasa KE | مومباسا
        kisumu KE | كيسومو
        garissa KE | غاريسا
        lamu KE | لامو?
        dadaab KE | مخيم داداب | داداب
        kakuma KE | مخيم كاكوما | كاكوما
        mandera KE | مانديرا
        entebbe UG | عنتيبي | إنتيبي
        arusha TZ | أروشا
        zanzibar TZ region | جزيرة زنجبار | أرخبيل زنجبار
        kilimanjaro TZ region | كليمنجارو | جبل كليمنجارو
        mekelle ET | مقلي? | ميكيلي
        gondar ET | غوندار | جوندر
        bahir-dar ET | بحر دار
        dire-dawa ET | دير داوا | ديري داوا
        amhara ET region | أمهرة | إقليم أمهرة
        oromia ET region | أوروميا | إقليم أوروميا
        afar ET region | إقليم عفر | عفر?
        ogaden ET region | أوغادين | الأوغادين
        benishangul ET region | بني شنقول | إقليم بني شنقول قماز
        massawa ER | مصوع
        assab ER | ميناء عصب | مدينة عصب

        malakal SS | ملكال
        wau SS | مدينة واو
        bor SS | مدينة بور
        renk SS | الرنك
        bentiu SS | بانتيو | بنتيو
        upper-nile SS region | أعالي النيل | ولاية أعالي النيل
        jonglei SS region | جونقلي | ولاية جونقلي
        bahr-el-ghazal SS region | بحر الغزال | إقليم بحر الغزال
        equatoria SS region | إقليم الاستوائية | الاستوائية?

        goma CD | غوما | جوما
        bukavu CD | بوكافو
        lubumbashi CD | لوبومباشي
        kisangani CD | كيسانغاني
        beni CD | مدينة بيني
        bunia CD | بونيا
        kolwezi CD | كولويزي
        north-kivu CD region | شمال كيفو | إقليم شمال كيفو
        south-kivu CD region | جنوب كيفو | إقليم جنوب كيفو
        ituri CD region | إيتوري | إقليم إيتوري
        katanga CD region | كاتانغا | كاتانجا
        douala CM | دوالا
        bamenda CM | باميندا
        pointe-noire CG | بوانت نوار
        port-gentil GA | بور جنتيل
        bambari CF | بامباري
        abeche TD | أبشي | أبيشي
        tibesti TD region | تيبستي | جبال تيبستي

        agadez NE | أغاديز | أغاديس
        tillaberi NE | تيلابيري
        diffa NE | ديفا
        arlit NE | أرليت
        kano NG | كانو?
        kaduna NG | كادونا
        maiduguri NG | مايدوغوري | ميدوغوري
        port-harcourt NG | بورت هاركورت
        jos NG | جوس
        sokoto NG | سوكوتو
        chibok NG | شيبوك | تشيبوك
        borno NG region | ولاية بورنو | بورنو
        zamfara NG region | زامفارا | ولاية زامفارا
        niger-delta NG region | دلتا النيجر | منطقة دلتا النيجر
        timbuktu ML | تمبكتو | تنبكتو
        gao ML | غاو
        kidal ML | كيدال
        mopti ML | موبتي
        menaka ML | ميناكا
        azawad ML region | أزواد | إقليم أزواد
        bobo-dioulasso BF | بوبو ديولاسو
        djibo BF | جيبو?
        liptako-gourma - region | ليبتاكو غورما | منطقة ليبتاكو غورما
        touba SN | مدينة طوبى
        ziguinchor SN | زيغينشور
        casamance SN region | كازامانس | إقليم كازامانس
        cotonou BJ | كوتونو
        bouake CI | بواكي
        kumasi GH | كوماسي

        beira MZ | مدينة بيرا | ميناء بيرا
        lobito AO | لوبيتو
        bulawayo ZW | بولاوايو
        ndola ZM | ندولا
        blantyre MW | بلانتاير
        walvis-bay NA | والفيس باي
        cabo-delgado MZ region | كابو ديلغادو | كابو ديلجادو، إقليم كابو ديلغادو
        durban ZA | ديربان
        port-elizabeth ZA | بورت إليزابيث | غكيبيرها
        soweto ZA | سويتو
        kwazulu-natal ZA region | كوازولو ناتال | إقليم كوازولو ناتال
        cape-of-good-hope ZA region | رأس الرجاء الصالح

        west-africa - region | غرب أفريقيا | غربي أفريقيا، منطقة غرب أفريقيا، دول غرب أفريقيا
        east-africa - region | شرق أفريقيا | شرقي أفريقيا، منطقة شرق أفريقيا، دول شرق أفريقيا
        central-africa - region | وسط أفريقيا | منطقة وسط أفريقيا، دول وسط أفريقيا
        southern-africa - region | منطقة الجنوب الأفريقي | الجنوب الأفريقي?، جنوب القارة الأفريقية
        sub-saharan-africa - region | أفريقيا جنوب الصحراء | أفريقيا جنوب الصحراء الكبرى، دول أفريقيا جنوب الصحراء
        sahara - region | الصحراء الكبرى | الصحراء الأفريقية الكبرى
        great-lakes-africa - region | منطقة البحيرات العظمى | البحيرات العظمى
        lake-chad - region | بحيرة تشاد | حوض بحيرة تشاد
        gulf-of-guinea - region | خليج غينيا
        congo-basin - region | حوض الكونغو
        lake-victoria - region | بحيرة فيكتوريا
        southeast-asia - region | جنوب شرق آسيا | جنوب شرقي آسيا، منطقة جنوب شرق آسيا، دول جنوب شرق آسيا
        south-asia - region | جنوب آسيا | منطقة جنوب آسيا
        east-asia - region | شرق آسيا | شرقي آسيا، منطقة شرق آسيا
        west-asia - region | غرب آسيا | غربي آسيا
        asia-pacific - region | آسيا والمحيط الهادئ | منطقة آسيا والمحيط الهادئ، آسيا والمحيط الهادي، آسيا والباسيفيك
        indo-pacific - region | منطقة المحيطين الهندي والهادئ | المحيطين الهندي والهادئ، المحيطان الهندي والهادئ، منطقة الإندو باسيفيك
        far-east - region | الشرق الأقصى
        indian-subcontinent - region | شبه القارة الهندية
        indochina - region | الهند الصينية | شبه جزيرة الهند الصينية
        eurasia - region | أوراسيا | منطقة أوراسيا
        eastern-europe - region | أوروبا الشرقية | شرق أوروبا، شرقي أوروبا، أوربا الشرقية
        western-europe - region | أوروبا الغربية | غرب أوروبا، غربي أوروبا، أوربا الغربية
        central-europe - region | أوروبا الوسطى | وسط أوروبا، أوربا الوسطى
        northern-europe - region | شمال أوروبا | أوروبا الشمالية، شمالي أوروبا
        southern-europe - region | جنوب أوروبا | أوروبا الجنوبية، جنوبي أوروبا
        scandinavia - region | الدول الإسكندنافية | إسكندنافيا، شبه الجزيرة الإسكندنافية، دول الشمال الأوروبي
        baltic-states - region | دول البلطيق | منطقة البلطيق
        western-balkans - region | غرب البلقان | دول غرب البلقان
        iberian-peninsula - region | شبه الجزيرة الأيبيرية | شبه جزيرة أيبيريا
        eastern-mediterranean - region | شرق المتوسط | شرق البحر المتوسط، شرقي المتوسط، منطقة شرق المتوسط
        central-america - region | أمريكا الوسطى | أميركا الوسطى
        caribbean - region | منطقة الكاريبي | الكاريبي، جزر الكاريبي
        the-americas - region | الأمريكتين | الأمريكتان، الأميركتين، الأميركتان
        oceania - region | أوقيانوسيا | أوقيانيا
        arctic - region | القطب الشمالي | منطقة القطب الشمالي، المنطقة القطبية الشمالية، الدائرة القطبية الشمالية
        antarctica - region | القارة القطبية الجنوبية | أنتاركتيكا، القطب الجنوبي

        pacific-ocean - region | المحيط الهادئ | المحيط الهادي، المحيط الباسيفيكي
        atlantic-ocean - region | المحيط الأطلسي | المحيط الأطلنطي
        indian-ocean - region | المحيط الهندي
        arctic-ocean - region | المحيط المتجمد الشمالي
        caribbean-sea - region | البحر الكاريبي | بحر الكاريبي
        north-sea - region | بحر الشمال
        baltic-sea - region | بحر البلطيق | البحر البلطيقي
        aegean-sea - region | بحر إيجة
        adriatic-sea - region | البحر الأدرياتيكي | بحر الأدرياتيك
        caspian-sea - region | بحر قزوين
        sea-of-azov - region | بحر آزوف
        sea-of-japan - region | بحر اليابان
        east-china-sea - region | بحر الصين الشرقي
        yellow-sea - region | البحر الأصفر
        bay-of-bengal - region | خليج البنغال
        gulf-of-mexico - region | خليج المكسيك | خليج أمريكا، خليج أميركا
        gulf-of-aden - region | خليج عدن
        gulf-of-oman - region | بحر عمان | خليج عمان
        english-channel - region | بحر المانش | القناة الإنجليزية، المانش
        taiwan-strait - region | مضيق تايوان
        malacca-strait - region | مضيق ملقا
        gibraltar-strait - region | مضيق جبل طارق
        kerch-strait - region | مضيق كيرتش
        panama-canal PA region | قناة بنما

        danube - region | نهر الدانوب | الدانوب
        rhine - region | نهر الراين | الراين
        dnieper - region | نهر دنيبر | نهر الدنيبر
        amazon-river - region | نهر الأمازون
        congo-river - region | نهر الكونغو
        niger-river - region | نهر النيجر
        indus - region | نهر السند
        ganges - region | نهر الغانج | الغانج
        mekong - region | نهر ميكونغ | نهر الميكونغ
        yangtze CN region | نهر اليانغتسي | نهر يانغتسي
        mississippi US region | نهر المسيسيبي | المسيسيبي
        volga RU region | نهر الفولغا | الفولغا
        alps - region | جبال الألب | الألب
        himalayas - region | جبال الهيمالايا | الهيمالايا، الهملايا
        andes - region | جبال الأنديز | الأنديز
        urals RU region | جبال الأورال | الأورال
        pyrenees - region | جبال البرانس | جبال البيرينيه
        everest - region | جبل إيفرست | قمة إيفرست، إيفرست

        kuril-islands - region | جزر الكوريل
        spratly-islands - region | جزر سبراتلي | أرخبيل سبراتلي
        paracel-islands - region | جزر باراسيل
        senkaku-islands - region | جزر سينكاكو | جزر دياويو
        """
}
