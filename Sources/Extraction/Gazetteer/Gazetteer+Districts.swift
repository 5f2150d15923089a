extension Gazetteer {
    /// More district seats, towns, camps, border crossings and regions of the Arab countries, in the
    /// format of ``placeSource`` and under the rules of ``townSource``: none of them a name the other
    /// lists hold, and a name that is also a common word or a given name only in its headed forms
    /// (ناحية، قضاء، مركز، بلدة، معتمدية …), as are towns in «بو», which Maghrebi family names share.
    /// Added at stop 37 from general knowledge of each country's administrative divisions, not from
    /// any article.
    static let districtSource = """
        # Iraq.
        iq-siba IQ | ناحية السيبة
        iq-shib-crossing IQ | منفذ الشيب | منفذ الشيب الحدودي
        iq-jumaima-crossing IQ | منفذ الجميمة | منفذ جميمة
        iq-qara-hanjir IQ | قره هنجير | ناحية قره هنجير
        iq-taza-khurmatu IQ | تازة خورماتو | ناحية تازة
        iq-yayji IQ | ناحية يايجي
        iq-wana IQ | ناحية وانة
        iq-sharbazher IQ | قضاء شاربازير | شاربازير
        iq-mawat IQ | قضاء ماوت | ماوت
        iq-pshdar IQ | قضاء بشدر | بشدر
        iq-byara IQ | ناحية بيارة
        iq-khanke IQ | خانكي | مخيم خانكي
        iq-sharya IQ | شاريا | مخيم شاريا
        iq-darashakran IQ | مخيم دار شكران
        iq-bazian IQ | بازيان | ناحية بازيان
        iq-deralok IQ | ديرلوك | ناحية ديرلوك
        iq-metina IQ | منطقة متينا
        iq-avashin IQ | منطقة أفاشين | آفاشين
        iq-hakurk IQ | منطقة هاكورك
        iq-gara IQ | جبل كارة | منطقة كارة
        iq-karmat-bani-said IQ | كرمة بني سعيد | ناحية كرمة بني سعيد
        iq-akika IQ | ناحية العكيكة
        iq-hammar-marsh IQ | هور الحمار | أهوار الحمار
        iq-muhannawiya IQ | ناحية المهناوية
        iq-shomali IQ | ناحية الشوملي
        iq-sadat-hindiya IQ | ناحية سدة الهندية | سدة الهندية
        iq-jadwal-gharbi IQ | ناحية الجدول الغربي
        iq-abbasiya-najaf IQ | ناحية العباسية
        iq-muwaffaqiya IQ | ناحية الموفقية
        iq-ali-sharqi IQ | ناحية علي الشرقي
        iq-aziz-balad IQ | ناحية عزيز بلد
        iq-makhoul IQ | جبال مكحول | جبل مكحول
        iq-karabila IQ | الكرابلة | ناحية الكرابلة
        iq-nasr-wal-salam IQ | ناحية النصر والسلام
        iq-jisr-diyala IQ | ناحية جسر ديالى | جسر ديالى
        iq-sulaikh IQ | الصليخ
        iq-washash IQ | حي الوشاش
        iq-abu-dshir IQ | أبو دشير | حي أبو دشير

        # Syria.
        sy-bulbul SY | ناحية بلبل
        sy-sharran SY | ناحية شران
        sy-abu-qalqal SY | أبو قلقل
        sy-tishrin-dam SY | سد تشرين
        sy-euphrates-dam SY | سد الفرات | سد الطبقة
        sy-khan-tuman SY | خان طومان
        sy-kafr-hamra SY | كفر حمرة
        sy-qubtan-al-jabal SY | قبتان الجبل
        sy-urum-al-kubra SY | أورم الكبرى
        sy-mhambal SY | محمبل
        sy-kafr-lusin SY | كفرلوسين | كفر لوسين
        sy-babisqa SY | بابسقا
        sy-janudiyah SY | الجانودية
        sy-kafr-buhum SY | كفربهم | كفر بهم
        sy-hisyah SY | حسياء | مدينة حسياء الصناعية
        sy-deir-baalba SY | دير بعلبة | حي دير بعلبة
        sy-qastal-maaf SY | قسطل معاف
        sy-burj-islam SY | برج إسلام
        sy-saasaa SY | سعسع
        sy-sbeineh SY | السبينة
        sy-hujeira SY | الحجيرة
        sy-ghizlaniyah SY | الغزلانية
        sy-otaiba SY | بلدة العتيبة
        sy-harran-awamid SY | حران العواميد
        sy-mnin SY | بلدة منين
        sy-halboun SY | حلبون
        sy-abbasiyyin SY | ساحة العباسيين
        sy-bab-sreijeh SY | باب سريجة
        sy-marjeh SY | ساحة المرجة
        sy-maaraba SY | بلدة معربة
        sy-kafr-shams SY | كفرشمس | كفر شمس
        sy-lajat SY | منطقة اللجاة | اللجاة
        sy-thaala SY | الثعلة | مطار الثعلة
        sy-tayana SY | الطيانة
        sy-gharanij SY | غرانيج
        sy-subaykhan SY | صبيخان
        sy-abu-hamam SY | بلدة أبو حمام
        sy-maadan SY | بلدة معدان
        sy-jawadiyah SY | الجوادية
        sy-dabusiyah SY | معبر الدبوسية
        sy-abu-zendin SY | معبر أبو الزندين
        sy-awn-dadat SY | معبر عون الدادات
        sy-syrian-jazira SY | الجزيرة السورية | منطقة الجزيرة السورية
        sy-syrian-badia SY | البادية السورية
        sy-jabal-arbain SY | جبل الأربعين

        # Lebanon.
        lb-umm-al-tut LB | أم التوت
        lb-shihin LB | شيحين
        lb-tallousa LB | طلوسة
        lb-bani-hayyan LB | بني حيان
        lb-rab-thalathin LB | رب ثلاثين
        lb-qabrikha LB | قبريخا
        lb-touline LB | تولين
        lb-sawaneh LB | الصوانة
        lb-safad-al-battikh LB | صفد البطيخ
        lb-haris LB | حاريص
        lb-kafra LB | بلدة كفرا
        lb-majdal-zoun LB | مجدل زون
        lb-zibqin LB | زبقين
        lb-shaitiyeh LB | الشعيتية
        lb-rashaf LB | رشاف
        lb-haddatha LB | حداثا
        lb-ain-baal LB | عين بعال
        lb-jibal-al-butm LB | جبال البطم
        lb-srifa LB | صريفا
        lb-kfar-dounine LB | كفردونين
        lb-nabatieh-tahta LB | النبطية التحتا
        lb-jibshit LB | جبشيت
        lb-kfarfila LB | كفرفيلا
        lb-ain-qana LB | عين قانا
        lb-saraain LB | سرعين
        lb-ali-al-nahri LB | بلدة علي النهري
        lb-nahleh LB | بلدة نحلة
        lb-qsarnaba LB | قصرنبا
        lb-souairi LB | بلدة الصويري
        lb-qlayaat LB | القليعات | مطار القليعات
        lb-akkar-atiqa LB | عكار العتيقة
        lb-ghazir LB | بلدة غزير
        lb-zouk-mikael LB | ذوق مكايل
        lb-jeita LB | جعيتا | مغارة جعيتا
        lb-yarzeh LB | اليرزة
        lb-qmatiyeh LB | القماطية
        lb-wardaniyeh LB | الوردانية
        lb-rmeil LB | الرميل | منطقة الرميل
        lb-burj-abi-haidar LB | برج أبي حيدر
        lb-qasqas LB | قصقص
        lb-riad-al-solh LB | ساحة رياض الصلح
        lb-iqlim-al-kharroub LB | إقليم الخروب
        lb-iqlim-al-tuffah LB | إقليم التفاح
        lb-jabal-amel LB | جبل عامل

        # Jordan.
        jo-mahatta JO | مخيم المحطة
        jo-dhuhair JO | منطقة الظهير
        jo-tneib JO | الطنيب
        jo-rashadiya JO | الرشادية
        jo-rajif JO | بلدة الراجف
        jo-humayma JO | بلدة الحميمة
        jo-risha-field JO | حقل الريشة
        jo-tibna JO | بلدة تبنة
        jo-ajloun-castle JO | قلعة عجلون | قلعة الربض
        jo-dibbin JO | دبين | غابات دبين
        jo-prince-mohammad-bridge JO | جسر الأمير محمد | جسر دامية
        jo-muwaffaq-salti-base JO | قاعدة موفق السلطي | قاعدة موفق السلطي الجوية
        jo-tower-22 JO | البرج 22
        jo-ghor-nimrin JO | غور نمرين
        jo-ghor-kabid JO | غور كبد
        jo-muhay JO | بلدة محي
        jo-king-abdullah-industrial JO | مدينة الملك عبدالله الثاني الصناعية
        jo-wadi-abdoun JO | وادي عبدون
        jo-zizia JO | الزيزياء | منطقة الزيزياء
        jo-khirbet-samra JO | الخربة السمراء | محطة الخربة السمراء
        jo-ramtha-border JO | مركز حدود الرمثا
        jo-karama-border JO | مركز حدود الكرامة
        jo-wadi-al-arab-dam JO | سد وادي العرب
        jo-king-talal-dam JO | سد الملك طلال
        jo-mujib-dam JO | سد الموجب
        jo-wala-dam JO | سد الوالة | وادي الوالة
        jo-manshiyat-ghayath JO | منشية الغياث
        jo-shaumari JO | محمية الشومري
        jo-qusayr-amra JO | قصر عمرة
        jo-kharanah JO | قصر الحرانة | قصر الخرانة
        jo-hadiqa-camp JO | مخيم الحديقة
        jo-cyber-city-camp JO | مخيم سايبر سيتي
        jo-soum JO | سوم الشناق
        jo-naimeh JO | بلدة النعيمة
        jo-buwayda JO | بلدة البويضة
        jo-aqaba-port JO | ميناء العقبة

        # Palestine.
        ps-kuwait-roundabout PS | دوار الكويت
        ps-nabulsi-roundabout PS | دوار النابلسي
        ps-qizan-abu-rashwan PS | قيزان أبو رشوان | منطقة قيزان أبو رشوان
        ps-hekr-al-jame PS | حكر الجامع
        ps-nada-towers PS | أبراج الندى
        ps-izbat-abed-rabbo PS | عزبة عبد ربه
        ps-sufa-crossing PS | معبر صوفا
        ps-zaatara-checkpoint PS | حاجز زعترة
        ps-jalama-checkpoint PS | حاجز الجلمة | معبر الجلمة
        ps-hamra-checkpoint PS | حاجز الحمرا
        ps-zaim-checkpoint PS | حاجز الزعيم
        ps-kafr-rai PS | كفر راعي
        ps-fahma PS | بلدة فحمة
        ps-anza PS | بلدة عنزة
        ps-rummana PS | بلدة رمانة
        ps-taanak PS | تعنك
        ps-mirka PS | مركة
        ps-wadi-faraa PS | وادي الفارعة
        ps-osarin PS | أوصرين
        ps-yanun PS | يانون
        ps-majdal-bani-fadil PS | مجدل بني فاضل
        ps-jammain PS | جماعين
        ps-biddya PS | بديا
        ps-azzun-atma PS | عزون عتمة
        ps-firaun PS | قرية فرعون
        ps-atara PS | بلدة عطارة | حاجز عطارة
        ps-jifna PS | جفنا
        ps-ain-siniya PS | عين سينيا
        ps-beit-sira PS | بيت سيرا
        ps-kharbatha-bani-harith PS | خربثا بني حارث
        ps-budrus PS | بلدة بدرس
        ps-mukhmas PS | مخماس
        ps-rammadin PS | الرماضين | عرب الرماضين
        ps-hebron-old-city PS | البلدة القديمة في الخليل
        ps-marj-naja PS | مرج نعجة
        ps-har-bracha PS | مستوطنة هار براخا
        ps-elon-moreh PS | مستوطنة ألون موريه
        ps-karnei-shomron PS | مستوطنة كرني شومرون
        ps-halamish PS | مستوطنة حلميش
        ps-kfar-etzion PS | مستوطنة كفار عتصيون
        ps-jabalia-nazla PS | جباليا النزلة
        ps-sheikh-nasser PS | منطقة الشيخ ناصر

        # Egypt.
        eg-mit-salsil EG | مركز ميت سلسيل | ميت سلسيل
        eg-manshiya-alex EG | حي المنشية
        eg-raml-station EG | محطة الرمل
        eg-stanley EG | منطقة ستانلي
        eg-qabbari EG | القباري
        eg-ghait-al-enab EG | غيط العنب
        eg-roushdy EG | منطقة رشدي
        eg-laurent EG | منطقة لوران
        eg-sakakini EG | حي السكاكيني
        eg-qasr-al-nil EG | حي قصر النيل
        eg-15-may EG | مدينة 15 مايو
        eg-dar-al-salam-cairo EG | حي دار السلام
        eg-ezbet-al-haggana EG | عزبة الهجانة
        eg-qattamiya EG | القطامية
        eg-hadayek-october EG | حدائق أكتوبر
        eg-marioutiya EG | المريوطية
        eg-saft-al-laban EG | صفط اللبن
        eg-nasser-beni-suef EG | مركز ناصر
        eg-biba EG | مركز ببا | مدينة ببا
        eg-qasr-qarun EG | قصر قارون
        eg-new-minya EG | المنيا الجديدة
        eg-aour EG | قرية العور
        eg-new-assiut EG | أسيوط الجديدة
        eg-dronka EG | درنكة
        eg-dar-al-salam-sohag EG | مركز دار السلام
        eg-tod EG | مركز الطود
        eg-jinayen-suez EG | حي الجناين
        eg-mit-abu-ghalib EG | ميت أبو غالب
        eg-new-ismailia EG | الإسماعيلية الجديدة
        eg-new-rafah EG | رفح الجديدة
        eg-qustul-crossing EG | منفذ قسطل | معبر قسطل

        # Saudi Arabia.
        sa-abanat SA | محافظة أبانات
        sa-king-fahd-dist SA | حي الملك فهد
        sa-king-abdullah-dist SA | حي الملك عبدالله
        sa-king-salman-dist SA | حي الملك سلمان
        sa-tuwaiq-dist SA | حي طويق
        sa-muaizilah SA | حي المعيزيلة
        sa-malawi-dist SA | حي الملاوي
        sa-wali-al-ahd SA | حي ولي العهد
        sa-nakasa SA | حي النكاسة
        sa-harra-sharqiya SA | حي الحرة الشرقية
        sa-harra-gharbiya SA | حي الحرة الغربية
        sa-sayyid-shuhada SA | حي سيد الشهداء
        sa-aqoul SA | حي العاقول
        sa-fanateer SA | حي الفناتير
        sa-dawasir-dammam SA | حي الدواسر
        sa-rabiiya-tarut SA | بلدة الربيعية
        sa-tubi SA | التوبي
        sa-bahari SA | بلدة البحاري
        sa-taraf SA | بلدة الطرف
        sa-shuqaiq SA | مركز الشقيق
        sa-sindalah SA | جزيرة سندالة
        sa-oxagon SA | أوكساجون
        sa-jabal-al-lawz SA | جبل اللوز
        sa-wadi-lajab SA | وادي لجب
        sa-janadriyah SA | الجنادرية
        sa-wadi-sirhan SA | وادي السرحان
        sa-kaec-port SA | ميناء الملك عبدالله
        sa-jazan-port SA | ميناء جازان
        sa-yanbu-port SA | ميناء ينبع التجاري | ميناء ينبع
        sa-dammam-port SA | ميناء الملك عبدالعزيز | ميناء الملك عبدالعزيز بالدمام
        sa-jeddah-port SA | ميناء جدة الإسلامي | ميناء جدة

        # United Arab Emirates.
        ae-razeen AE | منطقة الرزين
        ae-samaliyah AE | جزيرة السمالية
        ae-abu-al-abyad AE | جزيرة أبو الأبيض | جزيرة بوالأبيض
        ae-lulu-island AE | جزيرة لولو
        ae-nurai AE | جزيرة نوراي
        ae-qasr-al-hosn AE | قصر الحصن
        ae-zayed-port AE | ميناء زايد
        ae-rashid-port AE | ميناء راشد
        ae-saqr-port AE | ميناء صقر
        ae-nahil AE | منطقة نهيل
        ae-faya AE | منطقة الفاية
        ae-bainunah AE | منطقة بينونة
        ae-jabal-dhanna AE | جبل الظنة
        ae-jahili-fort AE | قلعة الجاهلي
        ae-kuwaitat AE | منطقة الكويتات
        ae-masoudi AE | منطقة المسعودي
        ae-niyadat AE | منطقة النيادات
        ae-sarooj AE | منطقة الصاروج
        ae-shuwaib AE | منطقة الشويب
        ae-faqaa AE | منطقة الفقع
        ae-qua AE | منطقة القوع
        ae-markhaniya AE | منطقة المرخانية
        ae-baraha AE | منطقة البراحة
        ae-murar AE | منطقة المرر
        ae-sabkha-deira AE | منطقة الصبخة
        ae-umm-ramool AE | منطقة أم رمول
        ae-margham AE | منطقة مرغم
        ae-marmoom AE | منطقة المرموم
        ae-ruwayyah AE | منطقة الروية
        ae-umm-al-sheif AE | منطقة أم الشيف
        ae-butina AE | منطقة البطينة
        ae-shuwaihean AE | منطقة الشويهين
        ae-majarrah AE | منطقة المجرة
        ae-layyah AE | منطقة اللية
        ae-talaa AE | منطقة الطلاع
        ae-zawraa-ajman AE | منطقة الزوراء
        ae-wadi-bih AE | منطقة وادي البيح
        ae-dhayah AE | قلعة ضاية
        ae-awhala AE | منطقة أوحلة
        ae-siji AE | منطقة سيجي

        # Kuwait.
        kw-nw-sulaibikhat KW | منطقة شمال غرب الصليبيخات | شمال غرب الصليبخات
        kw-south-khaitan KW | منطقة جنوب خيطان | جنوب خيطان
        kw-shuwaikh-health KW | منطقة الشويخ الصحية
        kw-south-saad-abdullah KW | مدينة جنوب سعد العبدالله
        kw-east-ahmadi KW | منطقة شرق الأحمدي
        kw-sabriya-field KW | حقل الصابرية
        kw-ratqa-field KW | حقل الرتقة
        kw-umm-gudair-field KW | حقل أم قدير
        kw-durra-field KW | حقل الدرة
        kw-manaqish-field KW | حقل المناقيش
        kw-ahmad-jaber-base KW | قاعدة أحمد الجابر الجوية | قاعدة أحمد الجابر
        kw-mohammad-ahmad-naval KW | قاعدة محمد الأحمد البحرية
        kw-akkaz-island KW | جزيرة عكاز
        kw-sabah-ahmad-reserve KW | محمية صباح الأحمد الطبيعية
        kw-buehring KW | معسكر بيورينغ | معسكر بويرينغ
        kw-mutla-ridge KW | جال المطلاع
        kw-south-sabahiya KW | منطقة جنوب الصباحية
        kw-jiwan-camp KW | معسكر الجيوان
        kw-shuwaikh-educational KW | منطقة الشويخ التعليمية
        kw-west-abu-fatira KW | منطقة غرب أبو فطيرة
        kw-khabari-awazem KW | منطقة خباري العوازم | خباري العوازم

        # Qatar.
        qa-jeryan-jenaihat QA | جريان جنيحات
        qa-fereej-al-ali QA | فريج العلي
        qa-fereej-al-amir QA | فريج الأمير
        qa-fereej-al-nasr QA | فريج النصر
        qa-fereej-rumaila QA | فريج الرميلة
        qa-birkat-al-awamer QA | بركة العوامر
        qa-shaqab QA | منطقة الشقب
        qa-kharrara QA | منطقة الخرارة
        qa-mafjar QA | منطقة المفجر
        qa-rawdat-al-faras QA | روضة الفرس
        qa-khor-shaqiq QA | خور شقيق
        qa-sheraouh QA | جزيرة شراعوه
        qa-ras-rakan QA | جزيرة رأس ركن
        qa-ghashamiya QA | منطقة الغشامية
        qa-dukhan-field QA | حقل دخان
        qa-themaid QA | منطقة الثميد
        qa-al-shaheen-field QA | حقل الشاهين
        qa-idd-el-shargi QA | حقل العد الشرقي
        qa-mearad QA | منطقة المعراض | المعراض
        qa-mraikh QA | منطقة مريخ
        qa-ashat-islands QA | جزر الأسحاط
        qa-jeryan-batnah QA | جريان الباطنة | بلدية جريان الباطنة

        # Bahrain.
        bh-khamis BH | مسجد الخميس
        bh-ain-adhari BH | عين عذاري | منطقة عذاري
        bh-ras-hayyan BH | قرية رأس حيان
        bh-bahrain-financial-harbour BH | مرفأ البحرين المالي
        bh-north-riffa BH | الرفاع الشمالي
        bh-safriya BH | منطقة الصافرية | قصر الصافرية
        bh-qalat-bahrain BH | قلعة البحرين
        bh-jabal-dukhan BH | جبل الدخان
        bh-al-areen BH | محمية العرين
        bh-fasht-al-azm BH | فشت العظم
        bh-tubli-bay BH | خليج توبلي
        bh-isa-air-base BH | قاعدة عيسى الجوية | قاعدة الشيخ عيسى الجوية
        bh-pearl-roundabout BH | دوار اللؤلؤة
        bh-salman-port BH | ميناء سلمان
        bh-east-sitra BH | مدينة شرق سترة

        # Oman.
        om-sayh-qatna OM | سيح قطنة
        om-jabrin OM | حصن جبرين | قلعة جبرين
        om-wadi-bani-habib OM | وادي بني حبيب
        om-ayjah OM | العيجة
        om-khor-rori OM | خور روري
        om-khor-najd OM | خور نجد
        om-khor-sham OM | خور الشم
        om-telegraph-island OM | جزيرة التلغراف
        om-mulladah OM | الملدة
        om-majis OM | مجيس
        om-ghadfan OM | غضفان
        om-sayh-al-malih OM | منطقة سيح المالح
        om-bait-al-falaj OM | منطقة بيت الفلج
        om-fins OM | فنس
        om-matar-heights OM | منطقة مرتفعات المطار
        om-jabal-qara OM | جبال ظفار
        om-ghafat OM | بلدة الغافات
        om-fahal-island OM | جزيرة الفحل
        om-bar-al-hikman OM | بر الحكمان
        om-wadi-halfayn OM | وادي حلفين
        om-ain-athum OM | عين أثوم
        om-wakan OM | قرية وكان
        om-ain-thuwwarah OM | عين الثوارة
        om-ain-kasfah OM | عين الكسفة
        om-hoota-cave OM | كهف الهوتة
        om-selma-plateau OM | هضبة سلمى

        # Yemen.
        ye-bilad-al-rus YE | مديرية بلاد الروس
        ye-tayal YE | مديرية الطيال
        ye-bani-dhabyan YE | مديرية بني ضبيان
        ye-manakhah YE | مناخة | مديرية مناخة
        ye-saafan YE | مديرية صعفان
        ye-bani-matar YE | مديرية بني مطر
        ye-jahanah YE | مديرية جحانة
        ye-jabal-iyal-yazid YE | مديرية جبل عيال يزيد | جبل عيال يزيد
        ye-dhibin YE | مديرية ذيبين
        ye-bani-suraim YE | مديرية بني صريم
        ye-qaflah YE | مديرية القفلة
        ye-ashshah YE | مديرية العشة
        ye-maswar YE | مديرية مسور
        ye-safra-saada YE | مديرية الصفراء
        ye-matrah YE | منطقة مطرة
        ye-kushar YE | مديرية كشر
        ye-aflah-al-sham YE | مديرية أفلح الشام
        ye-bakil-al-mir YE | مديرية بكيل المير
        ye-maghribah YE | مديرية المغربة
        ye-shahil YE | مديرية الشاهل
        ye-mabyan YE | مديرية مبين
        ye-aslam YE | مديرية أسلم
        ye-dahi YE | مديرية الضحي
        ye-kadan YE | مديرية الكدن
        ye-bura YE | مديرية برع
        ye-maghrib-ans YE | مديرية مغرب عنس
        ye-hada YE | مديرية الحداء
        ye-hubaysh YE | مديرية حبيش
        ye-nadirah YE | مديرية النادرة
        ye-dhihar YE | مديرية الظهار
        ye-salah YE | مديرية صالة
        ye-sama YE | مديرية سامع
        ye-millah YE | مديرية الملاح
        ye-habil-jabr YE | مديرية حبيل جبر
        ye-yahar YE | مديرية يهر
        ye-husha YE | مديرية الحشاء
        ye-husain-dhale YE | مديرية الحصين
        ye-sarar YE | مديرية سرار
        ye-jayshan YE | مديرية جيشان
        ye-said-shabwa YE | مديرية الصعيد
        ye-harib-qaramish YE | مديرية حريب القرامش
        ye-khalq YE | مديرية الخلق
        ye-taffah YE | مديرية الطفة
        ye-hajr YE | مديرية حجر
        ye-hat YE | مديرية حات

        # Sudan.
        sd-kober SD | حي كوبر | سجن كوبر
        sd-khatmiya SD | حي الختمية
        sd-danagla SD | حي الدناقلة
        sd-banat SD | حي بانت
        sd-mulazmin SD | حي الملازمين
        sd-arda SD | حي العرضة
        sd-markhiyat SD | منطقة المرخيات
        sd-silait SD | منطقة السليت
        sd-abu-haraz SD | أبو حراز
        sd-tekeina SD | التكينة
        sd-muhairiba SD | المحيريبا
        sd-giad SD | مدينة جياد الصناعية | مجمع جياد الصناعي
        sd-gali SD | محلية قلي
        sd-jouda SD | مدينة جودة
        sd-um-jar SD | أم جر
        sd-east-sennar SD | محلية شرق سنار
        sd-mayurno SD | مايرنو
        sd-bau SD | محلية باو
        sd-wad-al-mahi SD | محلية ود الماحي
        sd-mafaza SD | مدينة المفازة
        sd-galaa-nahal SD | قلع النحل
        sd-butana SD | سهل البطانة | منطقة البطانة
        sd-atbara-river-loc SD | محلية نهر عطبرة
        sd-north-delta SD | محلية شمال الدلتا
        sd-west-kassala SD | محلية غرب كسلا
        sd-gunub-awlib SD | محلية القنب والأوليب
        sd-osman-digna-port SD | ميناء عثمان دقنة
        sd-tahamiam SD | تهاميام
        sd-aliab SD | العالياب
        sd-west-bara SD | محلية غرب بارا
        sd-mazroub SD | المزروب
        sd-qadir SD | محلية قدير
        sd-kalogi SD | كالوقي
        sd-dilami SD | دلامي
        sd-kalimendo SD | محلية كلمندو
        sd-abu-jabra SD | منطقة أبو جابرة | حقل أبو جابرة
        sd-yassin SD | محلية ياسين
        sd-dimso SD | محلية دمسو
        sd-nitega SD | محلية نتيقة
        sd-east-jebel-marra SD | محلية شرق جبل مرة
        sd-azum SD | محلية أزوم
        sd-nuri SD | منطقة نوري
        sd-masid SD | قرية المسيد

        # Libya.
        ly-shgeiga LY | بلدية الشقيقة
        ly-jawsh LY | الجوش | بلدية الجوش
        ly-dhahir-al-jabal LY | بلدية ظاهر الجبل
        ly-zawiya-west LY | بلدية الزاوية الغرب
        ly-zawiya-south LY | بلدية الزاوية الجنوب
        ly-souq-khamis-msihel LY | سوق الخميس امسيحل | سوق الخميس إمسيحل
        ly-maqroun LY | بلدة المقرون
        ly-wadi-kuf LY | وادي الكوف
        ly-souq-thulatha LY | منطقة سوق الثلاثاء
        ly-waw-kabir LY | الواو الكبير
        ly-nafoura-field LY | حقل النافورة
        ly-amal-field LY | حقل آمال | حقل أمال
        ly-abu-tifl-field LY | حقل أبو الطفل
        ly-wafa-field LY | حقل الوفاء
        ly-samah-field LY | حقل السماح
        ly-raguba-field LY | حقل الراقوبة
        ly-tum-crossing LY | منفذ التوم
        ly-khadim-base LY | قاعدة الخادم الجوية | قاعدة الخادم
        ly-nasser-base LY | قاعدة جمال عبد الناصر الجوية | قاعدة جمال عبد الناصر
        ly-murzuq-basin LY | حوض مرزق
        ly-haruj LY | جبل الهروج | جبال الهروج
        ly-jafara LY | سهل الجفارة | منطقة الجفارة
        ly-zaafran LY | منطقة الزعفران
        ly-dahra-field LY | حقل الظهرة
        ly-intisar-field LY | حقل الانتصار
        ly-waha-field LY | حقل الواحة
        ly-mabruk-field LY | حقل المبروك
        ly-jurf-field LY | حقل الجرف
        ly-fuwayhat-faakat LY | منطقة الفعكات

        # Tunisia.
        tn-ouardia TN | معتمدية الوردية
        tn-omrane TN | معتمدية العمران
        tn-omrane-superieur TN | معتمدية العمران الأعلى | العمران الأعلى
        tn-naassen TN | مدينة نعسان | بلدية نعسان
        tn-khlidia TN | الخليدية
        tn-bir-bouregba TN | بئر بورقبة
        tn-mateur-utique TN | الماتلين
        tn-rafraf TN | رفراف
        tn-aousja TN | بلدة عوسجة
        tn-ghezala TN | معتمدية غزالة
        tn-slouguia TN | بلدة السلوقية
        tn-beni-mtir TN | بني مطير
        tn-touiref TN | معتمدية الطويرف
        tn-kesra TN | معتمدية كسرى
        tn-sidi-bourouis TN | سيدي بورويس
        tn-chott-meriem TN | شط مريم
        tn-sayada TN | مدينة صيادة
        tn-lamta TN | لمطة
        tn-bouhjar TN | معتمدية بوحجر | مدينة بوحجر
        tn-rejiche TN | الرجيش
        tn-salakta TN | سلقطة
        tn-chihia TN | الشيحية
        tn-nasrallah TN | معتمدية نصر الله
        tn-el-hamma-jerid TN | حامة الجريد
        tn-zarat TN | الزارات
        tn-ketana TN | كتانة
        tn-babouch TN | معبر ببوش
        tn-cap-bon TN | الوطن القبلي
        tn-sahel TN | الساحل التونسي
        tn-bou-kornine TN | جبل بوقرنين
        tn-bled-jerid TN | بلاد الجريد
        tn-jebel-ouslat TN | جبل وسلات
        tn-nefzaoua TN | نفزاوة
        tn-ichkeul TN | بحيرة إشكل | حديقة إشكل
        tn-menzel-kamel TN | مدينة منزل كامل
        tn-menzel-ennour TN | مدينة منزل النور

        # Algeria.
        dz-bourouba DZ | بلدية بوروبة
        dz-djasr-kasentina DZ | جسر قسنطينة | بلدية جسر قسنطينة
        dz-oued-koriche DZ | وادي قريش
        dz-ain-naadja DZ | عين النعجة
        dz-douera DZ | بلدية الدويرة | مدينة الدويرة
        dz-khraissia DZ | خرايسية | بلدية خرايسية
        dz-baba-hassen DZ | بلدية بابا حسن
        dz-souidania DZ | السويدانية
        dz-mahelma DZ | المحالمة
        dz-ouled-chebel DZ | أولاد الشبل
        dz-grande-poste DZ | ساحة البريد المركزي | البريد المركزي
        dz-audin DZ | ساحة أودان
        dz-maqam-shahid DZ | مقام الشهيد
        dz-sidi-chahmi DZ | سيدي الشحمي
        dz-ain-el-bya DZ | عين البية
        dz-boussfer DZ | بلدية بوسفر
        dz-sidi-el-houari DZ | سيدي الهواري | حي سيدي الهواري
        dz-didouche-mourad DZ | بلدية ديدوش مراد
        dz-zighoud-youcef DZ | بلدية زيغود يوسف
        dz-ibn-ziad DZ | بلدية ابن زياد
        dz-ain-kebira DZ | عين الكبيرة
        dz-salah-bey DZ | بلدية صالح باي
        dz-djemila DZ | بلدية جميلة | آثار جميلة
        dz-ain-djasser DZ | عين جاسر
        dz-chemora DZ | مدينة الشمرة | بلدية الشمرة
        dz-tkout DZ | تكوت
        dz-barbacha DZ | برباشة
        dz-ain-zaouia DZ | عين الزاوية
        dz-bouzeguene DZ | بلدية بوزقن
        dz-beni-yenni DZ | بني يني
        dz-tadmait DZ | تادمايت
        dz-ouled-mimoun DZ | أولاد ميمون
        dz-honaine DZ | هنين
        dz-mazagran DZ | مزغران
        dz-kheir-eddine DZ | بلدية خير الدين
        dz-ouled-fares DZ | أولاد فارس
        dz-bougara DZ | مدينة بوقرة | بلدية بوقرة
        dz-meftah DZ | بلدية مفتاح
        dz-chiffa DZ | بلدية الشفة
        dz-issers DZ | بلدية يسر
        dz-chabet-el-ameur DZ | شعبة العامر
        dz-hattatba DZ | الحطاطبة
        dz-mostefa-benboulaid-crossing DZ | معبر مصطفى بن بولعيد | المعبر الحدودي مصطفى بن بولعيد
        dz-ras-djinet DZ | رأس جنات

        # Morocco.
        ma-doukkala-abda-old MA | جهة دكالة عبدة
        ma-gharb-chrarda-old MA | جهة الغرب الشراردة بني احسن
        ma-souss-massa-draa-old MA | جهة سوس ماسة درعة
        ma-chaouia-ouardigha-old MA | جهة الشاوية ورديغة
        ma-doukkala MA | منطقة دكالة | دكالة
        ma-gharb MA | سهل الغرب
        ma-chaouia MA | منطقة الشاوية
        ma-sais MA | سهل سايس
        ma-middle-atlas MA | الأطلس المتوسط
        ma-high-atlas MA | الأطلس الكبير
        ma-anti-atlas MA | الأطلس الصغير
        ma-jbala MA | منطقة جبالة
        ma-beni-snassen MA | بني يزناسن | جبال بني يزناسن
        ma-sidi-rahal-chatai MA | سيدي رحال الشاطئ
        ma-ouled-berhil MA | أولاد برحيل
        ma-ait-iaaza MA | أيت إيعزة
        ma-guerdane MA | الكردان
        ma-ait-amira MA | أيت عميرة
        ma-fam-zguid MA | فم زكيد
        ma-tissint MA | تيسينت
        ma-issaguen MA | إساكن
        ma-beni-boufrah MA | بني بوفراح
        ma-tamassint MA | تماسينت
        ma-arkmane MA | قرية أركمان
        ma-touissit MA | تويسيت
        ma-ain-reggada MA | عين الركادة
        ma-sidi-harazem MA | سيدي حرازم
        ma-ain-chkef MA | عين الشقف
        ma-ouled-tayeb MA | أولاد الطيب
        ma-outat-el-haj MA | أوطاط الحاج
        ma-ain-leuh MA | عين اللوح
        ma-agourai MA | أكوراي
        ma-sidi-allal-bahraoui MA | سيدي علال البحراوي
        ma-tamesna MA | تامسنا
        ma-ouled-frej MA | أولاد فرج
        ma-moulay-abdellah MA | جماعة مولاي عبد الله
        ma-ain-harrouda MA | عين حرودة
        ma-ourika MA | أوريكة
        ma-sidi-bibi MA | سيدي بيبي
        ma-imsouane MA | إمسوان
        ma-tinmel MA | تينمل
        ma-tamegroute MA | تامكروت
        ma-bab-sebta MA | معبر باب سبتة
        eh-foum-el-oued EH | فم الواد
        eh-hagounia EH | الحكونية

        # Mauritania.
        mr-jidr-el-mohguen MR | جدر المحكن
        mr-choum MR | مدينة شوم | بلدة شوم
        mr-ghallawiya MR | الغلاوية
        mr-cansado MR | كانصادو
        mr-amhayrith MR | أمحيرث
        mr-aftout MR | منطقة آفطوط | آفطوط الساحلي
        mr-chemama MR | منطقة الشمامة
        mr-kebba MR | حي الكبة
        mr-friendship-port MR | ميناء الصداقة
        mr-majabat-koubra MR | المجابات الكبرى | صحراء المجابات الكبرى
        mr-mhaoudat MR | امحاودات | منجم امحاودات
        mr-ahmeyim-field MR | حقل آحميم | حقل السلحفاة آحميم الكبير
        mr-birallah-field MR | حقل بير الله
        mr-banda-field MR | حقل باندا
        """
}
