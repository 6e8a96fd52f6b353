"""Thirty fictional vocational schools, six per country, with texts in their own language and in English."""

SCHOOLS = [
    # --- Lithuania -----------------------------------------------------------
    {
        "slug": "vilniaus-technologiju-mokykla",
        "language": "lt",
        "country": "LT",
        "title": "Vilniaus technologijų mokykla",
        "official_name": "Vilniaus informacinių technologijų ir dizaino profesinio mokymo centras",
        "title_en": "Vilnius School of Technology",
        "official_name_en": "Vilnius Vocational Training Centre of Information Technology and Design",
        "city": "Vilnius",
        "address": "Žirmūnų g. 141, LT-09128 Vilnius",
        "latitude": 54.6872,
        "longitude": 25.2797,
        "website": "https://vilnius-tech.example.org",
        "email": "info@vilnius-tech.example.org",
        "phone": "+370 5 236 4187",
        "categories": ["web-digital", "it-support", "graphic-design", "3d-printing"],
        "working_languages": ["lt", "en", "ru", "pl"],
        "response_time_days": 2,
        "eqf_levels": [4, 5],
        "introduction": {
            "lt": "Mūsų programavimo, IT ir dizaino mokiniai kuria svetaines, taiso kompiuterius ir spausdina 3D "
            "prototipus tikriems klientams. Kiekvienas užsakymas tampa praktine užduotimi, o prieš perduodant jums "
            "rezultatą jį patikrina mokytojas.",
            "en": "Our programming, IT and design students build websites, repair computers and print 3D prototypes "
            "for real clients. Every order becomes a practical assignment, and a teacher checks the result before it "
            "reaches you.",
        },
        "about": {
            "lt": "Centre veikia keturios modernios dirbtuvės: programavimo studija, kompiuterių remonto "
            "laboratorija, dizaino klasė su plataus formato spausdintuvu ir gamybos laboratorija, kurioje yra šeši 3D "
            "spausdintuvai ir 3D skeneris. Įmonių užsakymai paskirstomi nedidelėms mokinių komandoms – jos susitinka "
            "su klientu darbo pradžioje, o pabaigoje pristato rezultatą. Kiekvieną etapą, nuo užduoties iki galutinių "
            "failų, peržiūri mokytojai, turintys darbo pramonėje patirties. Terminus deriname prie mokyklos "
            "tvarkaraščio, tad egzaminų sesijos metu prašome skirti šiek tiek daugiau laiko. Nemažai mūsų absolventų "
            "vėliau dirba tose pačiose įmonėse, kurios kadaise pirmą kartą užsakė darbus jų klasėms.",
            "en": "The centre runs four modern workshops: a software studio, a computer repair lab, a design "
            "classroom with a large-format printer and a fabrication lab with six 3D printers and a 3D scanner. "
            "Orders from companies are split into tasks for small student teams, who meet the client at the start "
            "and present their work at the end. Teachers with industry experience review every stage, from the brief "
            "to the final files. We plan deadlines around the school timetable, so please allow a little more time "
            "during exam sessions. Many of our graduates later work for the same companies that once placed their "
            "first orders with their classes.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "kauno-paslaugu-mokykla",
        "language": "lt",
        "country": "LT",
        "title": "Kauno paslaugų mokykla",
        "official_name": "Kauno paslaugų verslo profesinio mokymo centras",
        "title_en": "Kaunas School of Services",
        "official_name_en": "Kaunas Vocational Training Centre of Service Business",
        "city": "Kaunas",
        "address": "Savanorių pr. 214, LT-50194 Kaunas",
        "latitude": 54.8985,
        "longitude": 23.9036,
        "website": "https://kaunas-services.example.org",
        "email": "info@kaunas-services.example.org",
        "phone": "+370 37 409 215",
        "categories": ["catering", "bakery", "tourism"],
        "working_languages": ["lt", "en", "ru"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "lt": "Mūsų virtuvėse, kepykloje ir kelionių biure mokosi būsimieji virėjai, konditeriai ir turizmo "
            "specialistai. Maitiname svečius įmonių renginiuose, kepame pagal užsakymą ir vedame ekskursijas po "
            "Kauno senamiestį.",
            "en": "Future cooks, confectioners and tourism specialists train in our kitchens, bakery and travel "
            "office. We cater for company events, bake to order and show guests around Kaunas Old Town.",
        },
        "about": {
            "lt": "Mūsų mokomajame restorane telpa šešiasdešimt svečių, o kepykla kiekvieną mokslo dieną kepa duoną "
            "ir tortus. Mokiniai kartu su klientu sudaro meniu, apskaičiuoja sąnaudas ir gamina prižiūrimi meistrų, "
            "kurie kiekviename etape tikrina higieną ir kokybę. Didesniems renginiams sujungiame virėjų, padavėjų ir "
            "turizmo grupes, todėl viename užsakyme gali būti ir pažintinė ekskursija, ir pietūs, ir kavos pertrauka. "
            "Visose virtuvėse taikome maisto saugos sistemą, atitinkančią geros higienos praktikos reikalavimus. "
            "Mielai pritaikome receptus vegetarams, glitimo netoleruojantiems ar kitokios mitybos besilaikantiems "
            "svečiams.",
            "en": "Our training restaurant seats sixty guests, and the bakery produces bread and cakes every school "
            "day. Students plan menus together with the client, calculate costs and cook under the guidance of master "
            "chefs who check hygiene and quality at every step. For larger events we combine cooking, service and "
            "tourism groups, so a single order can include a sightseeing tour, lunch and a coffee break. All kitchens "
            "follow a food safety system in line with good hygiene practice. We are happy to adapt recipes for "
            "vegetarian, gluten-free or other dietary needs.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "klaipedos-technikos-mokykla",
        "language": "lt",
        "country": "LT",
        "title": "Klaipėdos technikos mokykla",
        "official_name": "Klaipėdos pramonės ir transporto technologijų mokymo centras",
        "title_en": "Klaipėda Technical School",
        "official_name_en": "Klaipėda Training Centre of Industrial and Transport Technologies",
        "city": "Klaipėda",
        "address": "Taikos pr. 98, LT-91211 Klaipėda",
        "latitude": 55.7033,
        "longitude": 21.1443,
        "website": "https://klaipeda-tech.example.org",
        "email": "info@klaipeda-tech.example.org",
        "phone": "+370 46 381 520",
        "categories": ["car-repair", "metalwork", "electrical"],
        "working_languages": ["lt", "en", "ru"],
        "response_time_days": 4,
        "eqf_levels": [3, 4],
        "introduction": {
            "lt": "Uostamiestyje techniniai įgūdžiai visada paklausūs. Mūsų mokiniai remontuoja automobilius, "
            "suvirina metalines konstrukcijas ir montuoja elektros instaliaciją, o užsakymus iš vietos įmonių ir "
            "gyventojų priima mielai.",
            "en": "In a port city, technical skills are always in demand. Our students service cars, weld metal "
            "structures and install electrical systems, and they are glad to take on orders from local businesses "
            "and residents.",
        },
        "about": {
            "lt": "Mokykloje yra šešių postų automobilių remonto dirbtuvės su diagnostikos stendu, suvirinimo cechas "
            "su dvylika kabinų ir elektros instaliacijos laboratorija. Klientai atveža automobilius arba užsako "
            "gaminius, o mokiniai darbus atlieka per praktinį mokymą, visada prižiūrimi meistro, kuris darbą ir "
            "priima. Naudojame tokius pačius įrankius ir dalis kaip komerciniai servisai, o atliktam remontui "
            "suteikiame rašytinę garantiją. Kadangi darbai susieti su pamokomis, užsakymus planuojame kelias dienas "
            "iš anksto ir skubių darbų galime nepriimti. Už tai klientai gauna kruopščiai atliktą darbą už sąžiningą "
            "kainą ir padeda parengti naują technikų kartą.",
            "en": "The school has a six-bay car workshop with a diagnostic station, a welding hall with twelve booths "
            "and an electrical installation lab. Customers bring in their cars or order products, and students do the "
            "work as part of their practical training, always supervised by a master who signs off the job. We use "
            "the same tools and parts as commercial garages and give a written guarantee for our repairs. Because the "
            "work is tied to lessons, we plan orders a few days ahead and may not be able to accept urgent requests. "
            "In return, customers get careful work at a fair price and help train the next generation of "
            "technicians.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "siauliu-amatu-mokykla",
        "language": "lt",
        "country": "LT",
        "title": "Šiaulių amatų mokykla",
        "official_name": "Šiaulių amatų ir dizaino profesinio mokymo centras",
        "title_en": "Šiauliai Crafts School",
        "official_name_en": "Šiauliai Vocational Training Centre of Crafts and Design",
        "city": "Šiauliai",
        "address": "Tilžės g. 187, LT-76349 Šiauliai",
        "latitude": 55.9349,
        "longitude": 23.3137,
        "website": "https://siauliai-crafts.example.org",
        "email": "info@siauliai-crafts.example.org",
        "phone": "+370 41 524 310",
        "categories": ["carpentry", "fashion", "beauty"],
        "working_languages": ["lt", "en", "ru"],
        "response_time_days": 3,
        "eqf_levels": [2, 3, 4],
        "introduction": {
            "lt": "Mūsų mokykloje greta vieni kitų mokosi staliai, siuvėjai ir kirpėjai. Gaminame sodo baldus ir "
            "namelius, siuvame darbo drabužius, o mokinių grožio salonas laukia visų lankytojų.",
            "en": "Joiners, tailors and hairdressers learn their crafts side by side at our school. We make garden "
            "furniture and sheds, sew workwear and run a student beauty salon that is open to the public.",
        },
        "about": {
            "lt": "Stalių dirbtuvėse turime CNC ir tradicines medienos apdirbimo stakles, o siuvimo studijoje – "
            "pramonines siuvimo mašinas ir kompiuterizuotą siuvinėjimo įrenginį. Grožio salonas dirba keturias "
            "dienas per savaitę iš anksto užsiregistravus, klientus aptarnauja baigiamųjų kursų mokiniai, stebimi ir "
            "konsultuojami mokytojo. Kiekvienas užsakymas prasideda trumpu pokalbiu apie poreikius, matmenis ir "
            "biudžetą, po kurio mokiniai parengia eskizą ar pavyzdį patvirtinti. Vertiname sąžiningus terminus: "
            "didesnės medinės konstrukcijos statomos pavasario semestre, kai oras leidžia jas surinkti lauke. Kliento "
            "atsiliepimas yra kiekvieno mokinio vertinimo dalis, todėl jūsų nuomonė tikrai svarbi.",
            "en": "Our joinery workshop is equipped with CNC and traditional woodworking machines, and the sewing "
            "studio has industrial machines and a computerised embroidery unit. The beauty salon works four days a "
            "week by appointment, and clients are served by final-year students while a teacher watches and advises. "
            "Each order starts with a short conversation about needs, sizes and budget, after which students prepare "
            "a sketch or sample for approval. We value honest timelines: larger wooden structures are built in the "
            "spring term, when the weather allows assembly outdoors. Customer feedback is part of every student's "
            "assessment, so your opinion really counts.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "panevezio-agroverslo-mokykla",
        "language": "lt",
        "country": "LT",
        "title": "Panevėžio agroverslo mokykla",
        "official_name": "Panevėžio agroverslo ir maisto technologijų mokykla",
        "title_en": "Panevėžys School of Agribusiness",
        "official_name_en": "Panevėžys School of Agribusiness and Food Technology",
        "city": "Panevėžys",
        "address": "Klaipėdos g. 142, LT-35196 Panevėžys",
        "latitude": 55.7348,
        "longitude": 24.3575,
        "website": "https://panevezys-agro.example.org",
        "email": "info@panevezys-agro.example.org",
        "phone": "+370 45 508 274",
        "categories": ["agriculture", "lab-testing", "bakery"],
        "working_languages": ["lt", "en", "ru"],
        "response_time_days": 5,
        "eqf_levels": [3, 4],
        "introduction": {
            "lt": "Nuo šiltnamio iki laboratorijos ir kepyklos: mūsų mokiniai augina daigus, tiria vandenį bei "
            "dirvožemį ir kepa iš vietinių grūdų. Regiono sodininkai, ūkininkai ir maisto įmonės – nuolatiniai mūsų "
            "klientai.",
            "en": "From greenhouse to laboratory to bakery: our students grow seedlings, test water and soil, and "
            "bake with local grain. Gardeners, farmers and food businesses in the region are our regular customers.",
        },
        "about": {
            "lt": "Mokykla turi du šildomus šiltnamius, nedidelį sodą, šiuolaikiškai įrengtą mokomąją laboratoriją ir "
            "kepyklos dirbtuves. Žemės ūkio ir maisto technologijų mokiniai ima mėginius, atlieka tyrimus ir rengia "
            "rezultatus prižiūrimi chemijos mokytojų, kurie pasirašo kiekvieną ataskaitą. Mūsų laboratorijos "
            "rezultatai tinka kasdieniams sprendimams, pavyzdžiui, renkantis trąšas ar tikrinant nuosavą šulinį, "
            "tačiau netinka oficialiai sertifikacijai. Daigus parduodame nuo kovo iki birželio, o kepyklos užsakymus "
            "priimame visus mokslo metus. Mielai surengiame ekskursijas įmonėms, norinčioms pamatyti, kaip "
            "gaminamas jų užsakymas.",
            "en": "The school has two heated greenhouses, a small orchard, a well-equipped teaching laboratory and a "
            "bakery workshop. Agriculture and food technology students take samples, run analyses and prepare "
            "results under the supervision of chemistry teachers, who sign every report. Our laboratory results are "
            "suitable for everyday decisions, such as choosing fertiliser or checking a private well, but not for "
            "official certification. Seedlings are sold from March to June, while bakery orders are accepted "
            "throughout the school year. We are glad to arrange visits for companies that want to see how their order "
            "is made.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "alytaus-verslo-mokykla",
        "language": "lt",
        "country": "LT",
        "title": "Alytaus verslo mokykla",
        "official_name": "Alytaus verslo, turizmo ir kūrybinių industrijų mokymo centras",
        "title_en": "Alytus Business School",
        "official_name_en": "Alytus Training Centre of Business, Tourism and Creative Industries",
        "city": "Alytus",
        "address": "Naujoji g. 52, LT-62175 Alytus",
        "latitude": 54.3963,
        "longitude": 24.0459,
        "website": "https://alytus-business.example.org",
        "email": "info@alytus-business.example.org",
        "phone": "+370 315 72 418",
        "categories": ["marketing-media", "graphic-design", "tourism"],
        "working_languages": ["lt", "en", "pl"],
        "response_time_days": 2,
        "eqf_levels": [3, 4],
        "introduction": {
            "lt": "Rinkodaros, dizaino ir turizmo mokome per tikrus projektus Pietų Lietuvos įmonėms. Mūsų mokiniai "
            "kuria prekės ženklų medžiagą, vykdo socialinių tinklų kampanijas ir pasitinka Dzūkijos krašto svečius.",
            "en": "We teach marketing, design and tourism through real projects for companies in southern Lithuania. "
            "Our students create brand materials, run social media campaigns and welcome visitors to the Dzūkija "
            "region.",
        },
        "about": {
            "lt": "Mokiniai dirba mokykloje įkurtoje nedidelėje kūrybinėje agentūroje, kurioje yra fotostudija, "
            "montažo darbo vietos ir kambarys susitikimams su klientais. Kiekvienam projektui vadovauja mokinys – "
            "projekto vadovas, o koncepciją ir galutinį rezultatą peržiūri reklamos srityje dirbęs mokytojas. "
            "Turizmo mokiniai kuria maršrutus po Alytų ir Nemuno kilpas, grupes veda lietuvių, anglų ir lenkų "
            "kalbomis. Darbą mėgstame pradėti nuo trumpo susitikimo internetu ar mokykloje, kad susitartume dėl "
            "tikslų, terminų ir grįžtamojo ryšio. Mūsų lankstų požiūrį ypač vertina smulkusis verslas ir "
            "bendruomenių organizacijos.",
            "en": "Students work in a small creative agency set up inside the school, with a photo studio, editing "
            "stations and a meeting room for clients. Each project is led by a student project manager, and a "
            "teacher who has worked in advertising reviews the concept and the final result. Tourism students design "
            "routes around Alytus and the Nemunas Loops and guide groups in Lithuanian, English and Polish. We like to "
            "start with a short meeting, online or at the school, to agree on goals, deadlines and how you will give "
            "feedback. Small businesses and community organisations especially appreciate our flexible approach.",
        },
        "translate_to_english": True,
    },
    # --- Latvia --------------------------------------------------------------
    {
        "slug": "rigas-digitalo-tehnologiju-tehnikums",
        "language": "lv",
        "country": "LV",
        "title": "Rīgas Digitālo tehnoloģiju tehnikums",
        "official_name": "Rīgas Digitālo tehnoloģiju un mediju tehnikums",
        "title_en": "Riga Technical School of Digital Technologies",
        "official_name_en": "Riga Technical School of Digital Technologies and Media",
        "city": "Rīga",
        "address": "Brīvības iela 204, Rīga, LV-1039",
        "latitude": 56.9496,
        "longitude": 24.1052,
        "website": "https://riga-digital.example.org",
        "email": "info@riga-digital.example.org",
        "phone": "+371 6721 5480",
        "categories": ["web-digital", "it-support", "marketing-media"],
        "working_languages": ["lv", "en", "ru"],
        "response_time_days": 2,
        "eqf_levels": [4, 5],
        "introduction": {
            "lv": "Mūsu programmētāji, sistēmu administratori un mediju audzēkņi strādā pie īstiem pasūtījumiem jau "
            "no pirmā kursa. Tīmekļa vietnes, datoru atbalstu un sociālo tīklu kampaņas veidojam komandās, un katru "
            "rezultātu pārbauda pedagogs.",
            "en": "Programmers, system administrators and media students at our school work on real orders from "
            "their first year. Websites, computer support and social media campaigns are done in teams, with a "
            "teacher checking every result.",
        },
        "about": {
            "lv": "Tehnikumā ir programmatūras izstrādes studija, tīklu laboratorija ar serveru skapjiem un mediju "
            "telpa ar zaļo ekrānu. Uzņēmumi mums atsūta īsu darba uzdevumu, pēc kura audzēkņu komanda kopā ar "
            "pedagogu sagatavo plānu un cenu. Darbs notiek praktiskajās nodarbībās un praksē, un klients katru "
            "nedēļu saņem īsu pārskatu par paveikto. Kur vien iespējams, izmantojam atvērtā koda rīkus, tāpēc pēc "
            "projekta beigām jums nav jāmaksā par dārgām licencēm. Ar personas datiem un parolēm rīkojamies pēc "
            "rakstiskas kārtības, ko paraksta katrs audzēknis.",
            "en": "The school has a software development studio, a network lab with server racks and a media room "
            "with a green screen. Companies send us a short brief, after which a student team and a supervising "
            "teacher prepare a plan and a price. The work happens during practical lessons and placements, and the "
            "client receives a short progress update every week. We use open-source tools wherever possible, so you "
            "are not tied to expensive licences after the project ends. Personal data and passwords are handled "
            "according to a written procedure that every student signs.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "daugavpils-mehanikas-tehnikums",
        "language": "lv",
        "country": "LV",
        "title": "Daugavpils Mehānikas tehnikums",
        "official_name": "Daugavpils Mehānikas un elektrotehnikas tehnikums",
        "title_en": "Daugavpils Technical School of Mechanics",
        "official_name_en": "Daugavpils Technical School of Mechanics and Electrical Engineering",
        "city": "Daugavpils",
        "address": "18. novembra iela 123, Daugavpils, LV-5417",
        "latitude": 55.8747,
        "longitude": 26.5362,
        "website": "https://daugavpils-mechanics.example.org",
        "email": "info@daugavpils-mechanics.example.org",
        "phone": "+371 6542 3718",
        "categories": ["metalwork", "electrical", "3d-printing"],
        "working_languages": ["lv", "ru", "en"],
        "response_time_days": 4,
        "eqf_levels": [3, 4],
        "introduction": {
            "lv": "Daugavpilij ir sena rūpniecības tradīcija, un mūsu darbnīcas to turpina. Audzēkņi metina, "
            "apstrādā detaļas, drukā 3D prototipus un ierīko elektroinstalācijas vietējiem uzņēmumiem un "
            "mājsaimniecībām.",
            "en": "Daugavpils has a long industrial tradition, and our workshops carry it on. Students weld, machine "
            "parts, print prototypes in 3D and install electrical systems for local companies and households.",
        },
        "about": {
            "lv": "Mūsu darbnīcās ir metināšanas cehs, CNC apstrādes iecirknis, mehatronikas laboratorija un neliela "
            "3D drukas studija. Katru pasūtījumu izvērtē meistars pedagogs, kurš izlemj, kura audzēkņu grupa tam ir "
            "gatava un kā darbs tiks pārbaudīts. Elektrodarbi ārpus skolas vienmēr notiek sertificēta elektriķa "
            "klātbūtnē. Varam strādāt pēc klienta rasējumiem vai palīdzēt tos sagatavot pēc skices vai paraugdetaļas. "
            "Tā kā strādājam latviešu, krievu un angļu valodā, sadarbība ar uzņēmumiem no kaimiņvalstīm ir vienkārša.",
            "en": "Our workshops include a welding hall, a CNC machining area, a mechatronics lab and a small 3D "
            "printing studio. Every order is reviewed by a master teacher, who decides which student group is ready "
            "for it and how the work will be checked. Electrical jobs outside the school are always carried out with "
            "a certified electrician present. We can work from customers' drawings or help prepare them from a sketch "
            "or a sample part. Because we work in Latvian, Russian and English, cooperation with companies from "
            "neighbouring countries is straightforward.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "liepajas-piejuras-tehnikums",
        "language": "lv",
        "country": "LV",
        "title": "Liepājas Piejūras tehnikums",
        "official_name": "Liepājas Piejūras tūrisma un amatniecības tehnikums",
        "title_en": "Liepāja Seaside Technical School",
        "official_name_en": "Liepāja Seaside Technical School of Tourism and Crafts",
        "city": "Liepāja",
        "address": "Ganību iela 105, Liepāja, LV-3411",
        "latitude": 56.5047,
        "longitude": 21.0108,
        "website": "https://liepaja-seaside.example.org",
        "email": "info@liepaja-seaside.example.org",
        "phone": "+371 6342 7150",
        "categories": ["tourism", "catering", "carpentry"],
        "working_languages": ["lv", "en", "de"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "lv": "Pie jūras Liepājā mēs sagatavojam pavārus, tūrisma gidus un galdniekus. Viesi var nogaršot mūsu "
            "audzēkņu gatavotus Kurzemes ēdienus, doties ekskursijā pa vēja pilsētu un pasūtīt koka izstrādājumus "
            "mājai un dārzam.",
            "en": "By the sea in Liepāja, we train chefs, tourist guides and carpenters. Guests can taste Courland "
            "dishes cooked by our students, join a tour of the city of wind and order wooden items for home and "
            "garden.",
        },
        "about": {
            "lv": "Mūsu mācību virtuve un kafejnīca trīs dienas nedēļā piedāvā pusdienas apmeklētājiem, tāpēc "
            "audzēkņi katru dienu trenējas īstā apkalpošanā. Tūrisma audzēkņi sagatavo un vada pastaigas pa Karostu, "
            "vecpilsētu un Jūrmalas parku latviešu, angļu un vācu valodā. Galdniecības darbnīcā top soliņi, "
            "paaugstinātas dobes un nelielas dārza būves, galvenokārt no vietējās priedes un egles. Katru darbu "
            "uzrauga pedagogs, kurš ir arī pieredzējis savas jomas profesionālis. Mums patīk apvienot prasmes, "
            "piemēram, ekskursiju ar zivju zupas pusdienām skolā.",
            "en": "Our training kitchen and café serve lunch to the public three days a week, which gives students "
            "daily practice in real service. Tourism students prepare and lead walks through Karosta, the old town "
            "and the seaside park in Latvian, English and German. The carpentry workshop builds benches, raised beds "
            "and small garden structures, mostly from local pine and spruce. Every job is supervised by a teacher who "
            "is also an experienced professional in the field. We like combining skills, for example a guided tour "
            "followed by a fish soup lunch at the school.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "jelgavas-agrotehnologiju-tehnikums",
        "language": "lv",
        "country": "LV",
        "title": "Jelgavas Agrotehnoloģiju tehnikums",
        "official_name": "Jelgavas Agrotehnoloģiju un pārtikas tehnikums",
        "title_en": "Jelgava Technical School of Agrotechnology",
        "official_name_en": "Jelgava Technical School of Agrotechnology and Food",
        "city": "Jelgava",
        "address": "Lielā iela 37, Jelgava, LV-3001",
        "latitude": 56.6511,
        "longitude": 23.7214,
        "website": "https://jelgava-agro.example.org",
        "email": "info@jelgava-agro.example.org",
        "phone": "+371 6302 8614",
        "categories": ["agriculture", "lab-testing", "bakery"],
        "working_languages": ["lv", "en", "lt"],
        "response_time_days": 5,
        "eqf_levels": [3, 4],
        "introduction": {
            "lv": "Zemgale ir Latvijas maizes klēts, un mūsu skola strādā tuvu zemei. Audzēkņi audzē stādus, "
            "analizē augsnes un ūdens paraugus un cep maizi no reģiona saimniecībās izaudzētiem graudiem.",
            "en": "Zemgale is Latvia's breadbasket, and our school works close to the land. Students grow seedlings, "
            "analyse soil and water samples and bake bread from grain grown on farms in the region.",
        },
        "about": {
            "lv": "Skolai ir mācību saimniecība ar siltumnīcām, augsnes un ūdens laboratorija un maiznīca ar malkas "
            "maizes krāsni. Zemnieki un dārzkopji nes paraugus uz laboratoriju, un audzēkņi veic analīzes pēc "
            "rakstiskām metodikām, bet katru pārskatu apstiprina ķīmijas pedagogs. Mūsu maiznīca cep tradicionālo "
            "rudzu maizi un smalkmaizītes Jelgavas kafejnīcām un birojiem. Dārzkopības audzēkņi pavasarī un rudenī "
            "arī palīdz pašvaldībām un uzņēmumiem plānot un apstādīt zaļās zonas. Rezultātus skaidrojam vienkāršā "
            "valodā un iesakām praktiskus nākamos soļus.",
            "en": "The school has a training farm with greenhouses, a soil and water laboratory and a bakery with a "
            "wood-fired oven. Farmers and gardeners bring samples to the laboratory, where students carry out tests "
            "according to written methods and a chemistry teacher approves each report. Our bakery makes traditional "
            "rye bread and pastries for cafés and offices in Jelgava. In spring and autumn, horticulture students "
            "also help municipalities and companies plan and plant green areas. We explain results in plain language "
            "and suggest practical next steps.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "valmieras-amatu-tehnikums",
        "language": "lv",
        "country": "LV",
        "title": "Valmieras Amatu tehnikums",
        "official_name": "Valmieras Amatniecības un tehnoloģiju tehnikums",
        "title_en": "Valmiera Technical School of Crafts",
        "official_name_en": "Valmiera Technical School of Crafts and Technology",
        "city": "Valmiera",
        "address": "Rīgas iela 61, Valmiera, LV-4201",
        "latitude": 57.5385,
        "longitude": 25.4264,
        "website": "https://valmiera-crafts.example.org",
        "email": "info@valmiera-crafts.example.org",
        "phone": "+371 6428 1937",
        "categories": ["car-repair", "carpentry", "fashion"],
        "working_languages": ["lv", "en", "ru"],
        "response_time_days": 3,
        "eqf_levels": [2, 3, 4],
        "introduction": {
            "lv": "Valmierā automehāniķi, galdnieki un šuvēji apgūst arodu, pildot Vidzemes iedzīvotāju pasūtījumus. "
            "Pie mums var atvest automašīnu riepu maiņai, pasūtīt dārza soliņu vai izšūt logotipu uz darba "
            "apģērba.",
            "en": "In Valmiera, car mechanics, carpenters and tailors learn their trade by filling orders from the "
            "people of Vidzeme. You can bring your car in for a tyre change, order a garden bench or have your logo "
            "embroidered on workwear.",
        },
        "about": {
            "lv": "Mūsu teritorijā ir autoserviss ar četriem pacēlājiem, galdniecība ar CNC iekārtām un šūšanas "
            "studija ar izšūšanas mašīnu. Audzēkņi strādā pie klientu pasūtījumiem praktisko nodarbību otrajā daļā, "
            "kad uzdevums jau ir izmēģināts uz mācību materiāla. Katru paveikto darbu pārbauda meistars, bet pēc "
            "automašīnas remonta notiek testa brauciens un tiek aizpildīta pedagoga parakstīta pārbaudes lapa. "
            "Cenrādi publicējam atklāti, un jebkurus papildu darbus saskaņojam ar klientu pirms to sākšanas. "
            "Noslogotākajā sezonā, piemēram, riepu maiņai pavasarī un rudenī, pieteikties var iepriekš tiešsaistē.",
            "en": "Our campus has a car workshop with four lifts, a joinery with CNC equipment and a sewing studio "
            "with an embroidery machine. Students work on customer orders in the second half of each practical "
            "lesson, once they have practised the task on training material. A master checks every finished job, and "
            "car repairs end with a test drive and a checklist signed by the teacher. We publish our price list "
            "openly and agree any extra work with the customer before starting. In the busiest seasons, such as tyre "
            "changes in spring and autumn, you can book a slot online in advance.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "ventspils-radosais-tehnikums",
        "language": "lv",
        "country": "LV",
        "title": "Ventspils Radošais tehnikums",
        "official_name": "Ventspils Radošo industriju un skaistumkopšanas tehnikums",
        "title_en": "Ventspils Creative Technical School",
        "official_name_en": "Ventspils Technical School of Creative Industries and Beauty Care",
        "city": "Ventspils",
        "address": "Kuldīgas iela 48, Ventspils, LV-3601",
        "latitude": 57.3894,
        "longitude": 21.5606,
        "website": "https://ventspils-creative.example.org",
        "email": "info@ventspils-creative.example.org",
        "phone": "+371 6362 4405",
        "categories": ["graphic-design", "marketing-media", "beauty"],
        "working_languages": ["lv", "en", "ru"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "lv": "Mūsu tehnikumā vienā ēkā mācās dizaineri, mediju speciālisti un skaistumkopšanas speciālisti, un "
            "viņi bieži strādā kopā. Veidojam logotipus un kampaņas vietējiem uzņēmumiem, un mūsu audzēkņu salonā "
            "var pieteikties uz manikīru vai frizūru.",
            "en": "Designers, media students and beauty specialists share one building at our school, and they often "
            "work together. We create logos and campaigns for local businesses and run a student salon where you can "
            "book a manicure or a hairstyle.",
        },
        "about": {
            "lv": "Dizaina studijā ir profesionāla programmatūra, platformāta printeris un foto stūrītis, bet salonā – "
            "sešas darba vietas un grima telpa. Tipisks kopīgs projekts ir fotosesija vietējam zīmolam: dizaina "
            "audzēkņi plāno vizuālo noformējumu, skaistumkopšanas audzēkņi sagatavo modeļus, bet mediju audzēkņi "
            "filmē aizkadra video. Katru koncepciju pirms nosūtīšanas klientam apstiprina pedagogi ar nozares "
            "pieredzi. Salona pakalpojumi tiek piedāvāti par mācību cenām, un pieteikties var pa tālruni vai e-pastu. "
            "Labprāt veidojam ilgtermiņa sadarbību ar Kurzemes uzņēmumiem, kuriem regulāri vajadzīgs dizains vai "
            "saturs.",
            "en": "The design studio has professional software, a large-format printer and a photo corner, while the "
            "salon has six workstations and a make-up room. A typical joint project is a photo shoot for a local "
            "brand: design students plan the visuals, beauty students prepare the models and media students film the "
            "behind-the-scenes video. Teachers with industry experience approve each concept before it goes to the "
            "client. Salon services are offered at training prices, and appointments are made by phone or email. We "
            "welcome long-term partnerships with businesses in Kurzeme that need regular design or content work.",
        },
        "translate_to_english": True,
    },
    # --- Poland --------------------------------------------------------------
    {
        "slug": "technikum-mediow-cyfrowych",
        "language": "pl",
        "country": "PL",
        "title": "Technikum Mediów Cyfrowych",
        "official_name": "Zespół Szkół Mediów Cyfrowych nr 7 w Warszawie",
        "title_en": "Warsaw Technical School of Digital Media",
        "official_name_en": "Digital Media School Complex No. 7 in Warsaw",
        "city": "Warszawa",
        "address": "ul. Grochowska 262, 04-357 Warszawa",
        "latitude": 52.2297,
        "longitude": 21.0122,
        "website": "https://warsaw-digital-media.example.org",
        "email": "info@warsaw-digital-media.example.org",
        "phone": "+48 22 615 43 20",
        "categories": ["web-digital", "marketing-media", "graphic-design"],
        "working_languages": ["pl", "en", "de"],
        "response_time_days": 2,
        "eqf_levels": [4, 5],
        "introduction": {
            "pl": "Kształcimy techników programistów, grafików i techników reklamy, a nasi uczniowie już w szkole "
            "realizują zlecenia dla firm. Strony internetowe, kampanie i identyfikacje wizualne powstają w zespołach "
            "pod okiem nauczycieli-praktyków.",
            "en": "We train programmers, graphic designers and advertising technicians, and our students work on "
            "orders from companies while still at school. Websites, campaigns and visual identities are created in "
            "teams under the guidance of teachers who work in the industry.",
        },
        "about": {
            "pl": "W naszej szkole działa uczniowska agencja z trzema pracowniami: programowania stron, grafiki oraz "
            "foto i wideo. Każde zlecenie trafia do zespołu uczniów trzeciej i czwartej klasy, którym kieruje "
            "koordynator projektu spośród nauczycieli. Klient poznaje zespół na spotkaniu otwierającym, zatwierdza "
            "koncepcję i otrzymuje gotowe pliki wraz z krótką instrukcją. Większość projektów realizujemy zgodnie z "
            "kalendarzem szkolnym, dlatego zalecamy składanie zamówień z co najmniej miesięcznym wyprzedzeniem. Z "
            "naszej pomocy przy pierwszej stronie internetowej lub pierwszym logo skorzystało już wiele warszawskich "
            "start-upów i organizacji pozarządowych.",
            "en": "Our school runs a student agency with three studios: web development, graphic design, and photo "
            "and video. Each order goes to a team of third- and fourth-year students, led by a project coordinator "
            "from among the teachers. The client meets the team at a kick-off meeting, approves the concept and "
            "receives the final files together with a short user guide. Most projects follow the school calendar, so "
            "we recommend ordering at least a month in advance. Many Warsaw start-ups and NGOs have already turned to "
            "us for their first website or logo.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "krakowska-szkola-gastronomiczna",
        "language": "pl",
        "country": "PL",
        "title": "Krakowska Szkoła Gastronomiczna",
        "official_name": "Zespół Szkół Gastronomiczno-Hotelarskich nr 3 w Krakowie",
        "title_en": "Kraków Catering School",
        "official_name_en": "School Complex of Catering and Hospitality No. 3 in Kraków",
        "city": "Kraków",
        "address": "ul. Józefa Dietla 71, 31-054 Kraków",
        "latitude": 50.0647,
        "longitude": 19.9450,
        "website": "https://krakow-catering.example.org",
        "email": "info@krakow-catering.example.org",
        "phone": "+48 12 411 27 90",
        "categories": ["catering", "bakery", "tourism"],
        "working_languages": ["pl", "en", "it"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "pl": "Przyszli kucharze, cukiernicy i technicy hotelarstwa uczą się u nas w prawdziwej kuchni, "
            "cukierni i biurze podróży. Przygotowujemy catering na firmowe spotkania, pieczemy na zamówienie i "
            "oprowadzamy gości po Krakowie.",
            "en": "Future cooks, confectioners and hospitality technicians learn in a real kitchen, pastry shop and "
            "travel office. We cater for business meetings, bake to order and show guests around Kraków.",
        },
        "about": {
            "pl": "Szkoła ma trzy pracownie gastronomiczne, pracownię cukierniczą i restaurację otwartą dla gości w "
            "dni powszednie. Zamówienia przygotowują uczniowie podczas zajęć praktycznych, a mistrzowie kucharscy i "
            "cukierniczy czuwają nad higieną, smakiem i sposobem podania. Uczniowie turystyki opracowują trasy "
            "spacerów po Kazimierzu i Starym Mieście oraz oprowadzają grupy po polsku, angielsku i włosku. Pracujemy "
            "zgodnie z zasadami HACCP i wyraźnie oznaczamy wszystkie alergeny. Na firmowe wydarzenia możemy połączyć "
            "zwiedzanie, obiad i przerwę kawową z domowymi ciastami.",
            "en": "The school has three training kitchens, a pastry workshop and a restaurant open to guests on "
            "weekdays. Orders are prepared by students during practical classes, while master chefs and confectioners "
            "watch over hygiene, taste and presentation. Tourism students design walking routes through Kazimierz "
            "and the Old Town and guide groups in Polish, English and Italian. We work according to HACCP principles "
            "and label all allergens clearly. For company events we can combine a tour, lunch and a coffee break "
            "with homemade cakes.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "technikum-mechaniczno-elektryczne-gdansk",
        "language": "pl",
        "country": "PL",
        "title": "Technikum Mechaniczno-Elektryczne w Gdańsku",
        "official_name": "Zespół Szkół Mechaniczno-Elektrycznych nr 5 w Gdańsku",
        "title_en": "Gdańsk Technical School of Mechanics and Electrics",
        "official_name_en": "School Complex of Mechanics and Electrical Engineering No. 5 in Gdańsk",
        "city": "Gdańsk",
        "address": "ul. Grunwaldzka 238, 80-266 Gdańsk",
        "latitude": 54.3520,
        "longitude": 18.6466,
        "website": "https://gdansk-mechanics.example.org",
        "email": "info@gdansk-mechanics.example.org",
        "phone": "+48 58 342 18 65",
        "categories": ["car-repair", "metalwork", "electrical", "3d-printing"],
        "working_languages": ["pl", "en", "de"],
        "response_time_days": 4,
        "eqf_levels": [3, 4],
        "introduction": {
            "pl": "Gdańsk to miasto stoczni i warsztatów, a nasi uczniowie kontynuują tę tradycję. Naprawiamy "
            "samochody, spawamy konstrukcje, wykonujemy instalacje elektryczne i drukujemy części w 3D dla firm i "
            "mieszkańców Trójmiasta.",
            "en": "Gdańsk is a city of shipyards and workshops, and our students carry on that tradition. We repair "
            "cars, weld structures, carry out electrical installations and 3D-print parts for businesses and "
            "residents of the Tricity.",
        },
        "about": {
            "pl": "Nasze warsztaty zajmują ponad 2000 metrów kwadratowych: to stacja obsługi pojazdów z diagnostyką, "
            "spawalnia, pracownia elektryczna i pracownia druku 3D. Uczniowie wykonują zlecenia klientów podczas "
            "praktycznej nauki zawodu, zawsze w parach i zawsze pod okiem mistrza. Przed rozpoczęciem pracy klient "
            "otrzymuje pisemny kosztorys, a po jej zakończeniu – krótki protokół z wykonanych czynności. Prace "
            "elektryczne odbiera nauczyciel z wymaganymi uprawnieniami. Zlecenia przyjmujemy od września do czerwca, "
            "a latem warsztaty są zamknięte ze względu na przeglądy maszyn.",
            "en": "Our workshops cover more than 2,000 square metres: a vehicle service station with diagnostics, a "
            "welding shop, an electrical lab and a 3D printing room. Students carry out customer orders during "
            "vocational practice, always in pairs and always under the eye of a master. Before the work starts, the "
            "customer receives a written estimate, and afterwards a short report on what was done. Electrical work is "
            "signed off by a teacher holding the required licence. We accept orders from September to June; in "
            "summer the workshops are closed for machine maintenance.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "poznanska-szkola-budowlana",
        "language": "pl",
        "country": "PL",
        "title": "Poznańska Szkoła Budowlana",
        "official_name": "Zespół Szkół Budowlano-Drzewnych nr 2 w Poznaniu",
        "title_en": "Poznań School of Building",
        "official_name_en": "School Complex of Building and Woodworking No. 2 in Poznań",
        "city": "Poznań",
        "address": "ul. Głogowska 151, 60-243 Poznań",
        "latitude": 52.4064,
        "longitude": 16.9252,
        "website": "https://poznan-building.example.org",
        "email": "info@poznan-building.example.org",
        "phone": "+48 61 852 44 10",
        "categories": ["carpentry", "electrical"],
        "working_languages": ["pl", "en", "de"],
        "response_time_days": 5,
        "eqf_levels": [3, 4],
        "introduction": {
            "pl": "Kształcimy stolarzy, cieśli, murarzy i elektryków, a najlepszą lekcją jest dla nas prawdziwe "
            "zamówienie. Budujemy domki ogrodowe, wykonujemy meble na wymiar i drobne prace instalacyjne w Poznaniu "
            "i okolicach.",
            "en": "We train joiners, carpenters, bricklayers and electricians, and a real order is the best lesson we "
            "know. We build garden sheds, make furniture to measure and carry out small installation jobs in and "
            "around Poznań.",
        },
        "about": {
            "pl": "W szkole działają stolarnia z pełnym parkiem maszyn, hala budowlana, w której uczniowie ćwiczą "
            "wznoszenie ścian i dachów, oraz pracownia instalacji elektrycznych. Większe konstrukcje, takie jak domki "
            "narzędziowe, prefabrykujemy w szkole, a u klienta montuje je zespół uczniów razem z instruktorem. Każdy "
            "projekt zaczyna się od wizji lokalnej lub rysunku z wymiarami, po czym przygotowujemy wycenę z osobno "
            "rozpisanymi materiałami i robocizną. Materiały zwykle kupuje lub opłaca klient, a praca uczniów jest "
            "rozliczana według stawek szkoleniowych. Jesteśmy dumni, że w wielu okolicznych domach stoi już szafa "
            "albo w ogrodzie domek wykonany przez naszych uczniów.",
            "en": "The school has a joinery with a full range of woodworking machines, a construction hall where "
            "students practise building walls and roofs, and an electrical installation lab. Larger structures such "
            "as garden sheds are prefabricated at school and assembled at the client's site by a student team with "
            "their instructor. Each project starts with a site visit or a measured drawing, followed by a quote that "
            "lists materials and labour separately. The customer usually buys or pays for the materials, while the "
            "students' labour is charged at training rates. We are proud that many homes in the area already have a "
            "wardrobe or a garden shed made by our students.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "technikum-chemiczno-ogrodnicze-wroclaw",
        "language": "pl",
        "country": "PL",
        "title": "Technikum Chemiczno-Ogrodnicze we Wrocławiu",
        "official_name": "Zespół Szkół Chemicznych i Ogrodniczych nr 9 we Wrocławiu",
        "title_en": "Wrocław Technical School of Chemistry and Horticulture",
        "official_name_en": "School Complex of Chemistry and Horticulture No. 9 in Wrocław",
        "city": "Wrocław",
        "address": "ul. Borowska 148, 50-552 Wrocław",
        "latitude": 51.1079,
        "longitude": 17.0385,
        "website": "https://wroclaw-chem-garden.example.org",
        "email": "info@wroclaw-chem-garden.example.org",
        "phone": "+48 71 344 62 18",
        "categories": ["lab-testing", "agriculture"],
        "working_languages": ["pl", "en", "de"],
        "response_time_days": 5,
        "eqf_levels": [4, 5],
        "introduction": {
            "pl": "W naszych laboratoriach i szklarniach uczą się przyszli technicy analitycy i technicy "
            "architektury krajobrazu. Badamy wodę i glebę, uprawiamy rozsadę i projektujemy ogrody dla mieszkańców "
            "i firm z Dolnego Śląska.",
            "en": "Future laboratory technicians and landscape technicians learn in our laboratories and "
            "greenhouses. We test water and soil, grow seedlings and design gardens for residents and companies in "
            "Lower Silesia.",
        },
        "about": {
            "pl": "Szkoła dysponuje dwoma laboratoriami analitycznymi ze spektrofotometrami i stanowiskami do "
            "miareczkowania, szklarnią o powierzchni 600 metrów kwadratowych oraz ogrodem pokazowym. Uczniowie w "
            "laboratorium pracują według pisemnych procedur i zapisują każdy pomiar, a kierownik pracowni sprawdza i "
            "podpisuje każdy wynik. Nasze analizy mają charakter informacyjny i nie zastępują badań w laboratorium "
            "akredytowanym. Uczniowie architektury krajobrazu przygotowują projekty ogrodów z listą roślin i "
            "kosztorysem, a klasy ogrodnicze wysiewają i pielęgnują rozsadę. Wiosną organizujemy też mały kiermasz "
            "roślin dla sąsiadów i firm partnerskich.",
            "en": "The school has two analytical laboratories with spectrophotometers and titration stations, a "
            "600-square-metre greenhouse and a demonstration garden. Laboratory students follow written procedures "
            "and record every measurement, and the head of the laboratory checks and signs each result. Our analyses "
            "are for information and do not replace tests by an accredited laboratory. Landscape students prepare "
            "garden plans with plant lists and cost estimates, while the horticulture classes sow and grow the "
            "seedlings. In spring we also hold a small plant fair for neighbours and partner companies.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "lodzka-szkola-mody-i-urody",
        "language": "pl",
        "country": "PL",
        "title": "Łódzka Szkoła Mody i Urody",
        "official_name": "Zespół Szkół Odzieżowych i Kosmetycznych nr 4 w Łodzi",
        "title_en": "Łódź School of Fashion and Beauty",
        "official_name_en": "School Complex of Clothing and Beauty No. 4 in Łódź",
        "city": "Łódź",
        "address": "ul. Piotrkowska 212, 90-369 Łódź",
        "latitude": 51.7592,
        "longitude": 19.4560,
        "website": "https://lodz-fashion-beauty.example.org",
        "email": "info@lodz-fashion-beauty.example.org",
        "phone": "+48 42 636 15 72",
        "categories": ["fashion", "beauty", "graphic-design"],
        "working_languages": ["pl", "en", "fr"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "pl": "Łódź wyrosła na włókiennictwie, a my uczymy krawiectwa, projektowania ubioru i kosmetyki. Szyjemy "
            "odzież firmową, haftujemy logotypy, przygotowujemy kostiumy i zapraszamy do szkolnego salonu urody.",
            "en": "Łódź grew up on textiles, and we teach tailoring, fashion design and beauty care. We sew company "
            "clothing, embroider logos, make costumes and welcome clients to our school beauty salon.",
        },
        "about": {
            "pl": "Nasze pracownie krawieckie są wyposażone w przemysłowe stębnówki i overlocki, wielogłowicową "
            "hafciarkę oraz modelarnię z oprogramowaniem CAD. Uczniowie projektowania ubioru przygotowują też "
            "nadruki i metki, dlatego w naszej ofercie jest również projektowanie graficzne. W szkolnym salonie "
            "uczniowie ostatnich klas kosmetyki i fryzjerstwa obsługują klientów pod nadzorem nauczyciela, korzystając "
            "z profesjonalnych preparatów. Przy zamówieniach firmowych najpierw szyjemy próbkę, a produkcję "
            "rozpoczynamy dopiero po jej akceptacji przez klienta. Często współpracujemy z łódzkimi teatrami i "
            "agencjami eventowymi przy kostiumach i stylizacjach.",
            "en": "Our sewing studios have industrial lockstitch and overlock machines, a multi-head embroidery "
            "machine and a pattern room with CAD software. Fashion students also design prints and labels, which is "
            "why graphic design is part of our offer. In the school salon, final-year beauty and hairdressing "
            "students serve clients under a teacher's supervision, using professional products. For company orders "
            "we make a sample first, and production starts only after the client approves it. We often work with "
            "theatres and event agencies in Łódź on costumes and styling.",
        },
        "translate_to_english": True,
    },
    # --- Italy ---------------------------------------------------------------
    {
        "slug": "istituto-navigli",
        "language": "it",
        "country": "IT",
        "title": "Istituto Moda e Grafica Navigli",
        "official_name": "Istituto Professionale Statale per l'Industria e l'Artigianato «Navigli»",
        "title_en": "Navigli Institute of Fashion and Graphics",
        "official_name_en": "Navigli State Vocational Institute for Industry and Crafts",
        "city": "Milano",
        "address": "Via Lodovico il Moro 58, 20143 Milano MI",
        "latitude": 45.4642,
        "longitude": 9.1900,
        "website": "https://navigli-institute.example.org",
        "email": "info@navigli-institute.example.org",
        "phone": "+39 02 5843 2176",
        "categories": ["fashion", "graphic-design", "marketing-media"],
        "working_languages": ["it", "en", "fr"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "it": "Nel cuore della capitale italiana della moda formiamo sarti, modellisti e grafici. Le nostre "
            "classi realizzano capi su misura, divise ricamate, loghi e campagne per aziende e associazioni "
            "milanesi.",
            "en": "In the heart of Italy's fashion capital, we train tailors, pattern makers and graphic designers. "
            "Our classes produce made-to-measure garments, embroidered uniforms, logos and campaigns for Milan "
            "businesses and associations.",
        },
        "about": {
            "it": "L'istituto dispone di due laboratori di sartoria, una sala ricamo e un laboratorio di grafica con "
            "software professionali e plotter di grande formato. Ogni commessa diventa un progetto di classe: gli "
            "studenti analizzano la richiesta, presentano bozzetti e li perfezionano con il cliente prima della "
            "produzione. I docenti, che lavorano ancora come designer e sarti, seguono ogni fase e garantiscono la "
            "qualità finale. Grazie ai percorsi per le competenze trasversali e per l'orientamento (PCTO), gli "
            "studenti più grandi trascorrono periodi nelle aziende partner e riportano quell'esperienza nei progetti "
            "scolastici. Accettiamo ordini da settembre a inizio giugno e concordiamo sempre scadenze realistiche, "
            "tenendo conto degli esami.",
            "en": "The institute has two tailoring workshops, an embroidery room and a graphics lab with professional "
            "software and a large-format plotter. Every commission becomes a class project: students analyse the "
            "brief, present sketches and refine them with the client before production. Teachers who still work as "
            "designers and tailors follow each step and guarantee the final quality. Through Italy's work-based "
            "learning programme (PCTO), older students also spend time in partner companies and bring that "
            "experience back to school projects. We accept orders from September to early June and always agree "
            "realistic deadlines that take exams into account.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "istituto-alberghiero-felsina",
        "language": "it",
        "country": "IT",
        "title": "Istituto Alberghiero Felsina",
        "official_name": "Istituto Professionale per l'Enogastronomia e l'Ospitalità Alberghiera «Felsina»",
        "title_en": "Felsina Hospitality School",
        "official_name_en": "Felsina Vocational Institute for Food, Wine and Hospitality",
        "city": "Bologna",
        "address": "Via Stalingrado 87, 40128 Bologna BO",
        "latitude": 44.4949,
        "longitude": 11.3426,
        "website": "https://felsina-hospitality.example.org",
        "email": "info@felsina-hospitality.example.org",
        "phone": "+39 051 634 2871",
        "categories": ["catering", "bakery", "tourism"],
        "working_languages": ["it", "en", "de"],
        "response_time_days": 2,
        "eqf_levels": [3, 4],
        "introduction": {
            "it": "Bologna è la città della buona tavola, e i nostri studenti la portano ai vostri eventi. Cuciniamo "
            "buffet e coffee break, prepariamo dolci su ordinazione e accompagniamo i vostri ospiti alla scoperta del "
            "centro storico.",
            "en": "Bologna is the city of good food, and our students bring it to your events. We cook buffets and "
            "coffee breaks, make cakes to order and take your guests on walks through the historic centre.",
        },
        "about": {
            "it": "Le nostre cucine, il laboratorio di pasticceria e il ristorante didattico funzionano come una vera "
            "impresa, con gli studenti che si alternano tra cucina, sala e accoglienza. Pasta fresca, tortellini e "
            "dolci tradizionali sono preparati a mano con ingredienti del territorio, seguendo ricette collaudate in "
            "classe. Docenti chef e insegnanti di sala seguono ogni ordine, dalla proposta di menu al riordino dopo "
            "l'evento. Gli studenti del corso di turismo ideano brevi itinerari sotto i portici e possono guidare "
            "gruppi in italiano, inglese e tedesco. Ogni evento viene pianificato insieme al cliente, compresi "
            "allergeni, tempi e numero di studenti coinvolti.",
            "en": "Our kitchens, pastry lab and teaching restaurant are run like a real business, with students "
            "rotating between kitchen, dining room and reception. Fresh pasta, tortellini and traditional cakes are "
            "made by hand with local ingredients, following recipes tested in class. Chef instructors and "
            "restaurant service teachers follow every order, from the menu proposal to the clean-up after the event. "
            "Tourism students design short itineraries under the porticoes and can guide groups in Italian, English "
            "and German. Each event is planned together with the client, including allergens, timing and the number "
            "of students involved.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "istituto-dora",
        "language": "it",
        "country": "IT",
        "title": "Istituto Tecnico-Professionale Dora",
        "official_name": "Istituto Professionale Statale per la Manutenzione e l'Assistenza Tecnica «Dora»",
        "title_en": "Dora Technical Institute",
        "official_name_en": "Dora State Vocational Institute for Maintenance and Technical Assistance",
        "city": "Torino",
        "address": "Corso Regina Margherita 190, 10152 Torino TO",
        "latitude": 45.0703,
        "longitude": 7.6869,
        "website": "https://dora-institute.example.org",
        "email": "info@dora-institute.example.org",
        "phone": "+39 011 432 8615",
        "categories": ["car-repair", "electrical", "metalwork", "3d-printing"],
        "working_languages": ["it", "en", "fr"],
        "response_time_days": 4,
        "eqf_levels": [3, 4],
        "introduction": {
            "it": "Torino è la città dell'automobile e della meccanica, e i nostri laboratori lo dimostrano ogni "
            "giorno. Gli studenti fanno la manutenzione delle auto, realizzano impianti elettrici, saldano strutture "
            "in metallo e stampano prototipi in 3D.",
            "en": "Turin is the city of cars and engineering, and our workshops prove it every day. Students service "
            "cars, install electrical systems, weld metal structures and 3D-print prototypes.",
        },
        "about": {
            "it": "Abbiamo un'officina auto con due ponti sollevatori e una stazione di diagnosi, un laboratorio di "
            "impianti elettrici, un'officina di saldatura e lattoneria e un'aula di fabbricazione digitale. I lavori "
            "per i clienti sono svolti dagli studenti del terzo, quarto e quinto anno, divisi in piccoli gruppi "
            "guidati da un insegnante tecnico-pratico. Prima di iniziare concordiamo un preventivo scritto, e i "
            "ricambi vengono acquistati con ricevute che il cliente può verificare. Gli impianti elettrici sono "
            "collaudati e certificati da un docente abilitato secondo la normativa vigente. Lavoriamo volentieri "
            "soprattutto con le piccole imprese del territorio che hanno bisogno di prototipi, riparazioni o pezzi "
            "unici.",
            "en": "We have a car workshop with two lifts and a diagnostic station, an electrical systems lab, a "
            "welding and sheet-metal workshop and a digital fabrication room. Customer work is carried out by "
            "students in their third, fourth and fifth year, in small teams led by a technical workshop teacher. "
            "Before work begins we agree on a written estimate, and parts are bought with receipts the customer can "
            "check. Electrical installations are tested and certified by a qualified teacher in line with current "
            "regulations. We especially enjoy working with small local companies that need prototypes, repairs or "
            "one-off parts.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "istituto-chiaia",
        "language": "it",
        "country": "IT",
        "title": "Istituto Chiaia",
        "official_name": "Istituto Professionale per i Servizi Commerciali, Turistici e del Benessere «Chiaia»",
        "title_en": "Chiaia Institute",
        "official_name_en": "Chiaia Vocational Institute for Business, Tourism and Wellness Services",
        "city": "Napoli",
        "address": "Via Francesco Crispi 44, 80121 Napoli NA",
        "latitude": 40.8518,
        "longitude": 14.2681,
        "website": "https://chiaia-institute.example.org",
        "email": "info@chiaia-institute.example.org",
        "phone": "+39 081 764 3210",
        "categories": ["beauty", "tourism", "web-digital"],
        "working_languages": ["it", "en", "es"],
        "response_time_days": 3,
        "eqf_levels": [3, 4],
        "introduction": {
            "it": "Tra il lungomare e i vicoli del centro, i nostri studenti imparano ad accogliere, a prendersi cura "
            "delle persone e a comunicare online. Offriamo servizi di estetica e acconciatura, visite guidate della "
            "città e siti web per piccole attività.",
            "en": "Between the seafront and the narrow streets of the old town, our students learn to welcome "
            "visitors, care for people and communicate online. We offer beauty and hairdressing services, guided "
            "city walks and websites for small businesses.",
        },
        "about": {
            "it": "L'istituto ha un salone di estetica e acconciatura aperto al pubblico, uno sportello turistico e un "
            "laboratorio informatico dove gli studenti realizzano siti web. I clienti del salone sono seguiti dagli "
            "studenti degli ultimi due anni, sempre alla presenza di un docente, e utilizziamo prodotti professionali "
            "dermatologicamente testati. Gli studenti del turismo guidano passeggiate nel centro storico, patrimonio "
            "mondiale dell'UNESCO, in italiano, inglese e spagnolo. Gli studenti di web design aiutano soprattutto "
            "negozi, bed and breakfast e artigiani del quartiere a farsi conoscere online. Crediamo che lavorare per "
            "clienti veri dia ai nostri ragazzi fiducia in sé stessi e una prima rete di contatti professionali.",
            "en": "The institute has a beauty and hairdressing salon open to the public, a tourist information desk "
            "and a computer lab where students build websites. Salon clients are looked after by students in their "
            "last two years, always with a teacher present, and we use professional, dermatologically tested "
            "products. Tourism students lead walks through the historic centre, a UNESCO World Heritage Site, in "
            "Italian, English and Spanish. Web design students mainly help shops, bed and breakfasts and artisans in "
            "the neighbourhood to get noticed online. We believe that working for real customers gives our young "
            "people self-confidence and a first network of professional contacts.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "istituto-oltrarno",
        "language": "it",
        "country": "IT",
        "title": "Istituto Tecnico Oltrarno",
        "official_name": "Istituto Tecnico Agrario e Chimico «Oltrarno»",
        "title_en": "Oltrarno Technical Institute",
        "official_name_en": "Oltrarno Technical Institute of Agriculture and Chemistry",
        "city": "Firenze",
        "address": "Via Senese 121, 50124 Firenze FI",
        "latitude": 43.7696,
        "longitude": 11.2558,
        "website": "https://oltrarno-institute.example.org",
        "email": "info@oltrarno-institute.example.org",
        "phone": "+39 055 234 8176",
        "categories": ["agriculture", "lab-testing", "carpentry"],
        "working_languages": ["it", "en", "de"],
        "response_time_days": 5,
        "eqf_levels": [4, 5],
        "introduction": {
            "it": "Sulle colline a sud di Firenze, il nostro istituto unisce campi, serre, laboratori chimici e una "
            "falegnameria. Analizziamo terreni e acque, coltiviamo piantine e realizziamo strutture in legno per orti "
            "e giardini.",
            "en": "On the hills south of Florence, our institute brings together fields, greenhouses, chemistry labs "
            "and a woodworking shop. We analyse soil and water, grow seedlings and build wooden structures for "
            "vegetable plots and gardens.",
        },
        "about": {
            "it": "L'azienda agraria della scuola comprende un oliveto, un vigneto, serre e un piccolo vivaio, tutti "
            "gestiti dagli studenti insieme ai docenti di agronomia. Nel laboratorio di chimica gli studenti "
            "analizzano terreni, acque e olio d'oliva con metodi standard, e ogni referto è controllato e firmato da "
            "un docente. La falegnameria realizza cassoni per orti rialzati, pergolati e panchine in legno certificato "
            "per giardini e scuole del territorio. Risultati e prodotti sono pensati per un uso privato e "
            "professionale, non per certificazioni ufficiali. Accogliamo volentieri aziende e famiglie che vogliono "
            "visitare l'azienda agraria e vedere gli studenti al lavoro.",
            "en": "The school farm includes an olive grove, a vineyard, greenhouses and a small nursery, all run by "
            "students together with their agronomy teachers. In the chemistry laboratory, students analyse soil, "
            "water and olive oil using standard methods, and every report is checked and signed by a teacher. The "
            "woodworking shop builds raised beds, pergolas and benches from certified timber for local gardens and "
            "schools. Results and products are intended for private and professional use, not for official "
            "certification. Companies and families are welcome to visit the farm and see the students at work.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "istituto-levante",
        "language": "it",
        "country": "IT",
        "title": "Istituto Tecnico Levante",
        "official_name": "Istituto Tecnico per l'Informatica e le Telecomunicazioni «Levante»",
        "title_en": "Levante Technical Institute",
        "official_name_en": "Levante Technical Institute of Computing and Telecommunications",
        "city": "Bari",
        "address": "Via Giulio Petroni 55, 70124 Bari BA",
        "latitude": 41.1171,
        "longitude": 16.8719,
        "website": "https://levante-institute.example.org",
        "email": "info@levante-institute.example.org",
        "phone": "+39 080 521 4369",
        "categories": ["it-support", "web-digital", "marketing-media"],
        "working_languages": ["it", "en", "es"],
        "response_time_days": 2,
        "eqf_levels": [4, 5],
        "introduction": {
            "it": "I nostri studenti di informatica e telecomunicazioni riparano computer, configurano reti e "
            "realizzano siti per le imprese pugliesi. Insieme agli studenti di marketing curano anche la "
            "comunicazione sui social.",
            "en": "Our computing and telecommunications students repair computers, set up networks and build "
            "websites for businesses in Apulia. Together with marketing students, they also look after social media "
            "communication.",
        },
        "about": {
            "it": "L'istituto dispone di un laboratorio di riparazione hardware, un laboratorio di reti con switch e "
            "router professionali e uno studio web. Ogni richiesta viene registrata nel nostro sistema di ticketing, "
            "così il cliente può seguire lo stato della riparazione o del progetto. Gli studenti lavorano sempre in "
            "coppia e un docente verifica il lavoro prima della riconsegna del dispositivo o della pubblicazione del "
            "sito. I dati presenti sui dispositivi dei clienti sono trattati come riservati e, quando possibile, "
            "chiediamo di fare un backup prima della consegna. I nostri clienti più frequenti sono piccole imprese, "
            "studi professionali e associazioni del territorio.",
            "en": "The institute has a hardware repair lab, a networking lab with professional switches and routers "
            "and a web studio. Every request is logged in our ticketing system, so the client can follow the status "
            "of the repair or project. Students always work in pairs, and a teacher checks the work before a device "
            "is returned or a website goes live. Data on customers' devices is treated as confidential and, whenever "
            "possible, we ask clients to make a backup before handing them over. Our most frequent customers are "
            "small firms, professional offices and local associations.",
        },
        "translate_to_english": False,
    },
    # --- Portugal ------------------------------------------------------------
    {
        "slug": "escola-digital-do-tejo",
        "language": "pt",
        "country": "PT",
        "title": "Escola Digital do Tejo",
        "official_name": "Escola Profissional de Tecnologias Digitais do Tejo",
        "title_en": "Tagus Digital School",
        "official_name_en": "Tagus Vocational School of Digital Technologies",
        "city": "Lisboa",
        "address": "Rua de Campolide 120, 1070-034 Lisboa",
        "latitude": 38.7223,
        "longitude": -9.1393,
        "website": "https://tagus-digital.example.org",
        "email": "info@tagus-digital.example.org",
        "phone": "+351 213 456 782",
        "categories": ["web-digital", "graphic-design", "marketing-media", "it-support"],
        "working_languages": ["pt", "en", "es"],
        "response_time_days": 2,
        "eqf_levels": [4, 5],
        "introduction": {
            "pt": "Formamos programadores, designers e técnicos de multimédia que aprendem com projetos reais para "
            "empresas de Lisboa. Criamos sites, logótipos e campanhas e prestamos apoio informático a pequenos "
            "negócios.",
            "en": "We train programmers, designers and multimedia technicians who learn through real projects for "
            "Lisbon companies. We create websites, logos and campaigns and provide IT support to small businesses.",
        },
        "about": {
            "pt": "A escola funciona como uma pequena agência digital, com estúdios de programação, design, "
            "fotografia e vídeo, além de um serviço de apoio informático. Cada encomenda torna-se um projeto nos "
            "módulos práticos do curso e é realizada por uma equipa de alunos com um professor orientador. O cliente "
            "participa numa reunião inicial, aprova a proposta e recebe os ficheiros finais com instruções simples. "
            "A maioria dos nossos professores trabalha também no setor, o que mantém os nossos métodos e ferramentas "
            "atualizados. Aceitamos encomendas de setembro a junho, e os trabalhos no verão podem ser combinados "
            "através de estágios em empresas parceiras.",
            "en": "The school works like a small digital agency, with studios for programming, design, photography "
            "and video, as well as an IT helpdesk. Each order becomes a project in the practical modules of the "
            "course and is carried out by a student team with a supervising teacher. The client takes part in a "
            "kick-off meeting, approves the proposal and receives the final files with simple instructions. Most of "
            "our teachers also work in the sector, which keeps our methods and tools up to date. We accept orders "
            "from September to June, and summer work can be arranged through internships in partner companies.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "escola-de-hotelaria-da-ribeira",
        "language": "pt",
        "country": "PT",
        "title": "Escola de Hotelaria da Ribeira",
        "official_name": "Escola Profissional de Hotelaria e Turismo da Ribeira",
        "title_en": "Ribeira Hospitality School",
        "official_name_en": "Ribeira Vocational School of Hospitality and Tourism",
        "city": "Porto",
        "address": "Rua de Cedofeita 310, 4050-174 Porto",
        "latitude": 41.1579,
        "longitude": -8.6291,
        "website": "https://ribeira-hospitality.example.org",
        "email": "info@ribeira-hospitality.example.org",
        "phone": "+351 223 401 567",
        "categories": ["catering", "bakery", "tourism"],
        "working_languages": ["pt", "en", "fr"],
        "response_time_days": 3,
        "eqf_levels": [4, 5],
        "introduction": {
            "pt": "No Porto, os nossos alunos de cozinha, pastelaria e turismo recebem os clientes como "
            "profissionais. Fazemos catering para eventos, bolos e doces por encomenda e visitas guiadas pelo centro "
            "histórico e pela Ribeira.",
            "en": "In Porto, our cookery, pastry and tourism students welcome customers like professionals. We "
            "provide catering for events, cakes and sweets to order, and guided walks through the historic centre "
            "and the Ribeira district.",
        },
        "about": {
            "pt": "O nosso restaurante de aplicação, a oficina de pastelaria e as cozinhas são usados todos os dias "
            "pelos alunos nos módulos práticos. As encomendas para eventos são planeadas com o cliente e depois "
            "preparadas por equipas de alunos, com a supervisão de chefes de cozinha e professores de pastelaria com "
            "muitos anos de experiência no setor. Cumprimos as regras de segurança alimentar HACCP e informamos sobre "
            "os alergénios de cada prato. Os alunos de turismo criam percursos a pé e podem guiar grupos em "
            "português, inglês e francês. Gostamos de combinar as nossas áreas, por exemplo numa visita guiada que "
            "termina com uma prova de doces feitos na escola.",
            "en": "Our training restaurant, pastry workshop and kitchens are used every day by students in their "
            "practical modules. Orders for events are planned with the client and then prepared by student teams, "
            "supervised by chefs and pastry teachers with many years of industry experience. We follow HACCP food "
            "safety rules and provide allergen information for every dish. Tourism students create walking routes "
            "and can guide groups in Portuguese, English and French. We enjoy combining our areas, for example in a "
            "guided walk that ends with a tasting of pastries made at the school.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "escola-tecnica-do-minho",
        "language": "pt",
        "country": "PT",
        "title": "Escola Técnica do Minho",
        "official_name": "Escola Profissional de Mecânica e Eletricidade do Minho",
        "title_en": "Minho Technical School",
        "official_name_en": "Minho Vocational School of Mechanics and Electricity",
        "city": "Braga",
        "address": "Avenida da Liberdade 480, 4710-251 Braga",
        "latitude": 41.5454,
        "longitude": -8.4265,
        "website": "https://minho-technical.example.org",
        "email": "info@minho-technical.example.org",
        "phone": "+351 253 208 914",
        "categories": ["car-repair", "electrical", "metalwork"],
        "working_languages": ["pt", "en", "es"],
        "response_time_days": 4,
        "eqf_levels": [4],
        "introduction": {
            "pt": "Em Braga formamos mecânicos, eletricistas e serralheiros que aprendem a trabalhar com clientes "
            "desde o primeiro ano. Fazemos manutenção automóvel, instalações elétricas e trabalhos de serralharia por "
            "encomenda.",
            "en": "In Braga we train mechanics, electricians and metalworkers who learn to work with customers from "
            "their first year. We offer car maintenance, electrical installation work and metalwork to order.",
        },
        "about": {
            "pt": "As nossas instalações incluem uma oficina automóvel com equipamento de diagnóstico, uma sala de "
            "instalações elétricas e uma oficina de serralharia e soldadura. Os alunos fazem trabalhos para clientes "
            "no âmbito dos módulos práticos, em pequenas equipas orientadas por um formador com experiência "
            "profissional. O cliente recebe um orçamento antes do início do trabalho e, no final, uma descrição do "
            "que foi feito. Os trabalhos elétricos são sempre verificados por um professor certificado antes da "
            "entrega. Damos prioridade às pequenas empresas e aos moradores da região e mantemos os preços ao nível "
            "dos custos de formação.",
            "en": "Our facilities include a car workshop with diagnostic equipment, an electrical installations room "
            "and a metalwork and welding shop. Students take on customer jobs as part of their practical modules, in "
            "small teams led by a trainer with professional experience. The customer receives a quote before the "
            "work starts and a description of what was done at the end. Electrical work is always checked by a "
            "certified teacher before handover. We give priority to small businesses and residents of the region, "
            "and we keep our prices at the level of training costs.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "escola-de-ciencias-aplicadas-do-mondego",
        "language": "pt",
        "country": "PT",
        "title": "Escola de Ciências Aplicadas do Mondego",
        "official_name": "Escola Profissional de Ciências e Tecnologias Aplicadas do Mondego",
        "title_en": "Mondego School of Applied Sciences",
        "official_name_en": "Mondego Vocational School of Applied Sciences and Technologies",
        "city": "Coimbra",
        "address": "Rua da Sofia 95, 3000-389 Coimbra",
        "latitude": 40.2033,
        "longitude": -8.4103,
        "website": "https://mondego-applied-sciences.example.org",
        "email": "info@mondego-applied-sciences.example.org",
        "phone": "+351 239 854 230",
        "categories": ["lab-testing", "agriculture", "3d-printing"],
        "working_languages": ["pt", "en", "fr"],
        "response_time_days": 5,
        "eqf_levels": [4, 5],
        "introduction": {
            "pt": "Junto ao Mondego, os nossos alunos trabalham em laboratório, em estufa e num fab lab. Analisamos "
            "água e solos, produzimos plantas e imprimimos protótipos em 3D para empresas e agricultores da região "
            "Centro.",
            "en": "By the Mondego river, our students work in a laboratory, a greenhouse and a fab lab. We analyse "
            "water and soil, grow plants and 3D-print prototypes for companies and farmers in central Portugal.",
        },
        "about": {
            "pt": "A escola tem um laboratório de química e microbiologia, uma estufa experimental e um fab lab com "
            "impressoras 3D, uma cortadora laser e um digitalizador 3D. Os alunos realizam análises segundo "
            "procedimentos documentados, e cada resultado é validado pelo professor responsável antes de ser enviado "
            "ao cliente. As nossas análises têm caráter orientativo e não substituem as de um laboratório acreditado "
            "quando é exigido um certificado oficial. No fab lab, os alunos modelam e imprimem peças a partir de "
            "esboços dos clientes, muitas vezes para startups ligadas à universidade. Gostamos de projetos que juntam "
            "ciência e prática, como sensores para a rega ou peças para equipamento agrícola.",
            "en": "The school has a chemistry and microbiology laboratory, an experimental greenhouse and a fab lab "
            "with 3D printers, a laser cutter and a 3D scanner. Students carry out analyses following documented "
            "procedures, and each result is validated by the responsible teacher before it is sent to the client. "
            "Our analyses are for guidance and do not replace those of an accredited laboratory when an official "
            "certificate is required. In the fab lab, students model and print parts from customers' sketches, often "
            "for start-ups linked to the university. We like projects that bring science and practice together, such "
            "as irrigation sensors or parts for farm equipment.",
        },
        "translate_to_english": False,
    },
    {
        "slug": "escola-de-artes-e-oficios-da-ria",
        "language": "pt",
        "country": "PT",
        "title": "Escola de Artes e Ofícios da Ria",
        "official_name": "Escola Profissional de Artes e Ofícios da Ria de Aveiro",
        "title_en": "Ria School of Arts and Crafts",
        "official_name_en": "Ria de Aveiro Vocational School of Arts and Crafts",
        "city": "Aveiro",
        "address": "Avenida Dr. Lourenço Peixinho 210, 3800-167 Aveiro",
        "latitude": 40.6405,
        "longitude": -8.6538,
        "website": "https://ria-arts-crafts.example.org",
        "email": "info@ria-arts-crafts.example.org",
        "phone": "+351 234 380 615",
        "categories": ["carpentry", "fashion", "beauty"],
        "working_languages": ["pt", "en", "es"],
        "response_time_days": 3,
        "eqf_levels": [4],
        "introduction": {
            "pt": "Carpinteiros, costureiros e profissionais de estética aprendem o ofício na nossa escola, junto à "
            "Ria de Aveiro. Fazemos mobiliário por medida e fardamento bordado e prestamos serviços de beleza no "
            "salão da escola.",
            "en": "Carpenters, dressmakers and beauty professionals learn their trade at our school by the Aveiro "
            "lagoon. We make furniture to measure and embroidered uniforms, and offer beauty treatments in the "
            "school salon.",
        },
        "about": {
            "pt": "A oficina de carpintaria tem máquinas tradicionais e CNC, a sala de costura tem máquinas "
            "industriais e uma bordadora, e o salão tem oito postos de trabalho. Os alunos realizam as encomendas na "
            "componente prática dos cursos, sempre com a supervisão de um formador que aprova cada fase. No caso do "
            "mobiliário e do fardamento, apresentamos primeiro um desenho ou uma amostra para aprovação do cliente. "
            "O salão funciona por marcação, de terça a sexta-feira, a preços de formação. Muitos dos nossos projetos "
            "vêm de restaurantes, hotéis e associações locais que gostam de apoiar os jovens da região.",
            "en": "The carpentry workshop has traditional and CNC machines, the sewing room has industrial machines "
            "and an embroidery machine, and the salon has eight workstations. Students carry out orders in the "
            "practical part of their courses, always supervised by a trainer who approves each stage. For furniture "
            "and uniforms, we first present a drawing or a sample for the client's approval. The salon works by "
            "appointment from Tuesday to Friday at training prices. Many of our projects come from local "
            "restaurants, hotels and associations that like to support young people from the region.",
        },
        "translate_to_english": True,
    },
    {
        "slug": "escola-de-turismo-e-servicos-do-algarve",
        "language": "pt",
        "country": "PT",
        "title": "Escola de Turismo e Serviços do Algarve",
        "official_name": "Escola Profissional de Turismo, Imagem e Serviços do Algarve",
        "title_en": "Algarve School of Tourism and Services",
        "official_name_en": "Algarve Vocational School of Tourism, Image and Services",
        "city": "Faro",
        "address": "Rua de Santo António 88, 8000-283 Faro",
        "latitude": 37.0194,
        "longitude": -7.9322,
        "website": "https://algarve-tourism-services.example.org",
        "email": "info@algarve-tourism-services.example.org",
        "phone": "+351 289 803 472",
        "categories": ["tourism", "beauty", "it-support"],
        "working_languages": ["pt", "en", "de", "fr"],
        "response_time_days": 2,
        "eqf_levels": [4, 5],
        "introduction": {
            "pt": "No Algarve, o turismo está em todo o lado, e os nossos alunos aprendem a receber bem quem nos visita. "
            "Organizamos visitas guiadas, prestamos serviços de estética e cabeleireiro e damos apoio informático a "
            "alojamentos locais e pequenas empresas.",
            "en": "In the Algarve, tourism is everywhere, and our students learn to make visitors feel welcome. We organise guided "
            "tours, offer beauty and hairdressing services and provide IT support to guesthouses and small "
            "businesses.",
        },
        "about": {
            "pt": "Os nossos alunos de turismo criam percursos pela Cidade Velha de Faro e pela Ria Formosa e guiam "
            "grupos em português, inglês, alemão e francês. O salão da escola atende o público por marcação, e os "
            "alunos estão sempre acompanhados por um formador. A equipa de informática instala computadores, redes e "
            "sistemas de reservas em pequenos alojamentos locais, muito comuns na região. Cada trabalho é planeado "
            "com o cliente e revisto por um professor antes da entrega. Como a época alta coincide com as férias de "
            "verão, a maioria dos nossos serviços funciona de setembro a junho.",
            "en": "Our tourism students create routes through Faro's old town and the Ria Formosa lagoon and guide "
            "groups in Portuguese, English, German and French. The school salon serves the public by appointment, "
            "and students are always accompanied by a trainer. The IT team sets up computers, networks and booking "
            "systems for small guesthouses, which are very common in the region. Every job is planned with the "
            "client and reviewed by a teacher before delivery. Because the high season overlaps with the summer "
            "holidays, most of our services run from September to June.",
        },
        "translate_to_english": False,
    },
]
