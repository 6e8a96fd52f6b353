"""Offering templates per category, each written in all six portal languages."""

OFFERINGS = {
    "catering": [
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "18.00",
            "minimum_order": 20,
            "lead_time_days": 14,
            "capacity_per_month": 400,
            "delivery_modes": ["delivery", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Buffet catering for a 50-person event",
                    "summary": "A hot and cold buffet for company events, cooked by hospitality students and served "
                    "by a student team.",
                    "unit": "person",
                    "body": "We prepare a buffet with two starters, two hot dishes (one of them vegetarian), side "
                    "dishes, salads and a dessert. The menu is agreed with you in advance and can be adapted for "
                    "allergies and dietary needs. Students cook in the school kitchen under the supervision of a chef "
                    "instructor, then deliver, set up and serve the food at your venue. You provide the room and "
                    "tables; we bring serving dishes, cutlery and tablecloths.",
                    "steps": [
                        ["Menu planning", "Students propose a menu and calculate quantities for the number of guests."],
                        [
                            "Cooking",
                            "On the day of the event the team prepares the dishes, following food safety rules.",
                        ],
                        ["Serving", "Students set up the buffet, refill it during the event and clear up afterwards."],
                    ],
                    "specs": [
                        ["Guests", "20–80 people"],
                        ["Service time", "up to 3 hours"],
                        ["Menu", "2 starters, 2 hot dishes, salads, dessert"],
                        ["Dietary options", "vegetarian, gluten-free on request"],
                    ],
                    "keywords": ["catering", "buffet", "corporate events"],
                },
                "lt": {
                    "title": "Furšetas 50 asmenų renginiui",
                    "summary": "Šaltųjų ir karštųjų patiekalų furšetas įmonių renginiams – jį paruošia svetingumo "
                    "programos mokiniai, o svečius aptarnauja mokinių komanda.",
                    "unit": "asmuo",
                    "body": "Paruošiame furšetą su dviem užkandžiais, dviem karštaisiais patiekalais (vienas iš jų "
                    "vegetariškas), garnyrais, salotomis ir desertu. Meniu suderiname su jumis iš anksto ir galime "
                    "pritaikyti atsižvelgdami į alergijas bei mitybos poreikius. Mokiniai gamina mokyklos virtuvėje, "
                    "prižiūrimi virėjo mokytojo, o paskui patiekalus atveža, išdėlioja ir aptarnauja svečius jūsų "
                    "renginio vietoje. Jūs suteikiate patalpą ir stalus, o mes atsivežame serviravimo indus, stalo "
                    "įrankius ir staltieses.",
                    "steps": [
                        ["Meniu planavimas", "Mokiniai pasiūlo meniu ir apskaičiuoja kiekius pagal svečių skaičių."],
                        [
                            "Gaminimas",
                            "Renginio dieną komanda gamina patiekalus laikydamasi maisto saugos reikalavimų.",
                        ],
                        [
                            "Aptarnavimas",
                            "Mokiniai paruošia furšeto stalą, renginio metu papildo patiekalus, o vėliau viską "
                            "sutvarko.",
                        ],
                    ],
                    "specs": [
                        ["Svečių skaičius", "20–80 asmenų"],
                        ["Aptarnavimo trukmė", "iki 3 valandų"],
                        ["Meniu", "2 užkandžiai, 2 karštieji patiekalai, salotos, desertas"],
                        ["Mitybos pasirinkimai", "vegetariški, be glitimo – pagal užklausą"],
                    ],
                    "keywords": ["maitinimas", "furšetas", "įmonių renginiai"],
                },
                "lv": {
                    "title": "Bufetes galds pasākumam 50 personām",
                    "summary": "Auksto un silto ēdienu bufete uzņēmumu pasākumiem, ko gatavo viesmīlības audzēkņi "
                    "un pasniedz audzēkņu komanda.",
                    "unit": "persona",
                    "body": "Sagatavojam bufetes galdu ar divām uzkodām, diviem siltajiem ēdieniem (viens no tiem "
                    "veģetārs), piedevām, salātiem un desertu. Ēdienkarti saskaņojam ar jums iepriekš, un to var "
                    "pielāgot alerģijām un īpašām uztura vajadzībām. Audzēkņi gatavo skolas virtuvē pavāra pedagoga "
                    "uzraudzībā, pēc tam ēdienus atved, izkārto un apkalpo viesus jūsu pasākuma vietā. Jūs "
                    "nodrošināt telpu un galdus, bet mēs atvedam servēšanas traukus, galda piederumus un galdautus.",
                    "steps": [
                        [
                            "Ēdienkartes plānošana",
                            "Audzēkņi piedāvā ēdienkarti un aprēķina daudzumus atbilstoši viesu skaitam.",
                        ],
                        ["Gatavošana", "Pasākuma dienā komanda gatavo ēdienus, ievērojot pārtikas drošības prasības."],
                        ["Apkalpošana", "Audzēkņi klāj bufetes galdu, pasākuma laikā to papildina un pēc tam sakopj."],
                    ],
                    "specs": [
                        ["Viesu skaits", "20–80 personas"],
                        ["Apkalpošanas ilgums", "līdz 3 stundām"],
                        ["Ēdienkarte", "2 uzkodas, 2 siltie ēdieni, salāti, deserts"],
                        ["Uztura iespējas", "veģetāri un bezglutēna ēdieni pēc pieprasījuma"],
                    ],
                    "keywords": ["ēdināšana", "bufetes galds", "uzņēmumu pasākumi"],
                },
                "pl": {
                    "title": "Catering bufetowy na przyjęcie dla 50 osób",
                    "summary": "Bufet z daniami na zimno i na ciepło na firmowe wydarzenia, przygotowany przez "
                    "uczniów gastronomii i obsługiwany przez uczniowski zespół.",
                    "unit": "osoba",
                    "body": "Przygotowujemy bufet z dwiema przystawkami, dwoma daniami na ciepło (w tym jednym "
                    "wegetariańskim), dodatkami, sałatkami i deserem. Menu ustalamy z Państwem wcześniej i możemy je "
                    "dostosować do alergii oraz diet. Uczniowie gotują w szkolnej kuchni pod nadzorem nauczyciela "
                    "kucharza, a następnie dowożą potrawy, ustawiają bufet i obsługują gości na miejscu. Państwo "
                    "zapewniają salę i stoły, a my przywozimy naczynia do serwowania, sztućce i obrusy.",
                    "steps": [
                        ["Planowanie menu", "Uczniowie proponują menu i obliczają ilości na podstawie liczby gości."],
                        [
                            "Gotowanie",
                            "W dniu wydarzenia zespół przygotowuje potrawy zgodnie z zasadami bezpieczeństwa żywności.",
                        ],
                        [
                            "Obsługa",
                            "Uczniowie ustawiają bufet, uzupełniają go w trakcie przyjęcia i sprzątają po jego "
                            "zakończeniu.",
                        ],
                    ],
                    "specs": [
                        ["Liczba gości", "20–80 osób"],
                        ["Czas obsługi", "do 3 godzin"],
                        ["Menu", "2 przystawki, 2 dania na ciepło, sałatki, deser"],
                        ["Opcje dietetyczne", "wegetariańska, bezglutenowa na życzenie"],
                    ],
                    "keywords": ["catering", "bufet", "imprezy firmowe"],
                },
                "it": {
                    "title": "Buffet per un evento da 50 persone",
                    "summary": "Un buffet caldo e freddo per eventi aziendali, cucinato dagli studenti "
                    "dell'alberghiero e servito da una squadra di ragazzi.",
                    "unit": "persona",
                    "body": "Prepariamo un buffet con due antipasti, due piatti caldi (di cui uno vegetariano), "
                    "contorni, insalate e un dolce. Il menu viene concordato con voi in anticipo e può essere "
                    "adattato ad allergie ed esigenze alimentari. Gli studenti cucinano nella cucina della scuola "
                    "sotto la guida di un docente chef, poi trasportano, allestiscono e servono il buffet nella vostra "
                    "sede. Voi mettete a disposizione la sala e i tavoli; noi portiamo vassoi, posate e tovaglie.",
                    "steps": [
                        [
                            "Menu",
                            "Gli studenti propongono un menu e calcolano le quantità in base al numero di ospiti.",
                        ],
                        [
                            "Preparazione",
                            "Il giorno dell'evento la squadra cucina i piatti nel rispetto delle norme HACCP.",
                        ],
                        [
                            "Servizio",
                            "I ragazzi allestiscono il buffet, lo riforniscono durante l'evento e riordinano alla fine.",
                        ],
                    ],
                    "specs": [
                        ["Ospiti", "20–80 persone"],
                        ["Durata del servizio", "fino a 3 ore"],
                        ["Menu", "2 antipasti, 2 piatti caldi, insalate, dolce"],
                        ["Opzioni alimentari", "vegetariane e senza glutine su richiesta"],
                    ],
                    "keywords": ["catering", "buffet", "eventi aziendali"],
                },
                "pt": {
                    "title": "Bufete para um evento de 50 pessoas",
                    "summary": "Um bufete quente e frio para eventos de empresa, confecionado por alunos de "
                    "restauração e servido por uma equipa de alunos.",
                    "unit": "pessoa",
                    "body": "Preparamos um bufete com duas entradas, dois pratos quentes (um deles vegetariano), "
                    "acompanhamentos, saladas e uma sobremesa. A ementa é combinada consigo com antecedência e pode "
                    "ser adaptada a alergias e restrições alimentares. Os alunos cozinham na escola, com a supervisão "
                    "de um professor chefe de cozinha, e depois transportam, montam e servem o bufete no local do "
                    "evento. O cliente disponibiliza a sala e as mesas; nós levamos travessas, talheres e toalhas.",
                    "steps": [
                        [
                            "Planeamento da ementa",
                            "Os alunos propõem uma ementa e calculam as quantidades de acordo com o número de "
                            "convidados.",
                        ],
                        [
                            "Confeção",
                            "No dia do evento, a equipa prepara os pratos cumprindo as regras de segurança alimentar.",
                        ],
                        [
                            "Serviço",
                            "Os alunos montam o bufete, reabastecem-no durante o evento e arrumam tudo no final.",
                        ],
                    ],
                    "specs": [
                        ["Convidados", "20–80 pessoas"],
                        ["Duração do serviço", "até 3 horas"],
                        ["Ementa", "2 entradas, 2 pratos quentes, saladas, sobremesa"],
                        ["Opções alimentares", "vegetariana e sem glúten, mediante pedido"],
                    ],
                    "keywords": ["catering", "bufete", "eventos empresariais"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "6.50",
            "minimum_order": 15,
            "lead_time_days": 5,
            "capacity_per_month": 800,
            "delivery_modes": ["delivery", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Coffee break for meetings and training days",
                    "summary": "Coffee, tea, juice and homemade pastries set up in your meeting room by catering "
                    "students.",
                    "unit": "person",
                    "body": "The package includes coffee, a choice of teas, juice, water, two kinds of homemade "
                    "pastries and a fruit platter. Students bake the pastries in the school kitchen on the morning of "
                    "your event and set up the coffee station at your venue. A teacher checks the set-up and hygiene "
                    "before the guests arrive. We only need a table and a power socket for the coffee machines.",
                    "steps": [
                        ["Preparation", "Pastries and fruit are prepared in the school kitchen on the day."],
                        ["Set-up", "Students arrange the coffee station 30 minutes before the break."],
                        ["Clearing", "After the break the team clears the table and takes all the dishes away."],
                    ],
                    "specs": [
                        ["Drinks", "coffee, tea, juice, water"],
                        ["Snacks", "2 kinds of pastries, fruit"],
                        ["Duration", "up to 45 minutes"],
                        ["Minimum order", "15 people"],
                    ],
                    "keywords": ["coffee break", "meetings", "pastries"],
                },
                "lt": {
                    "title": "Kavos pertrauka susitikimams ir mokymams",
                    "summary": "Kava, arbata, sultys ir naminiai kepiniai, kuriuos maitinimo mokiniai paruošia jūsų "
                    "susitikimų salėje.",
                    "unit": "asmuo",
                    "body": "Į paketą įeina kava, kelių rūšių arbata, sultys, vanduo, dviejų rūšių naminiai kepiniai "
                    "ir vaisių lėkštė. Mokiniai kepinius iškepa mokyklos virtuvėje renginio rytą ir įrengia kavos "
                    "stalą jūsų patalpose. Prieš atvykstant svečiams mokytojas patikrina stalo paruošimą ir higieną. "
                    "Mums tereikia stalo ir elektros lizdo kavos aparatams.",
                    "steps": [
                        ["Paruošimas", "Kepiniai ir vaisiai paruošiami mokyklos virtuvėje tą pačią dieną."],
                        ["Stalo įrengimas", "Mokiniai įrengia kavos stalą likus 30 minučių iki pertraukos."],
                        ["Sutvarkymas", "Po pertraukos komanda nurenka stalą ir išsiveža visus indus."],
                    ],
                    "specs": [
                        ["Gėrimai", "kava, arbata, sultys, vanduo"],
                        ["Užkandžiai", "2 rūšių kepiniai, vaisiai"],
                        ["Trukmė", "iki 45 minučių"],
                        ["Mažiausias užsakymas", "15 asmenų"],
                    ],
                    "keywords": ["kavos pertrauka", "susitikimai", "kepiniai"],
                },
                "lv": {
                    "title": "Kafijas pauze sanāksmēm un mācību dienām",
                    "summary": "Kafija, tēja, sula un pašceptas smalkmaizītes, ko ēdināšanas audzēkņi sagatavo jūsu "
                    "sanāksmju telpā.",
                    "unit": "persona",
                    "body": "Komplektā ir kafija, vairāku veidu tēja, sula, ūdens, divu veidu pašceptas "
                    "smalkmaizītes un augļu šķīvis. Audzēkņi smalkmaizītes izcep skolas virtuvē pasākuma rītā un "
                    "iekārto kafijas galdu jūsu telpās. Pirms viesu ierašanās pedagogs pārbauda galda noformējumu un "
                    "higiēnu. Mums vajadzīgs tikai galds un kontaktligzda kafijas automātiem.",
                    "steps": [
                        ["Sagatavošana", "Smalkmaizītes un augļi tiek sagatavoti skolas virtuvē tajā pašā dienā."],
                        ["Galda klāšana", "Audzēkņi iekārto kafijas galdu 30 minūtes pirms pauzes."],
                        ["Sakopšana", "Pēc pauzes komanda novāc galdu un aizved visus traukus."],
                    ],
                    "specs": [
                        ["Dzērieni", "kafija, tēja, sula, ūdens"],
                        ["Uzkodas", "2 veidu smalkmaizītes, augļi"],
                        ["Ilgums", "līdz 45 minūtēm"],
                        ["Minimālais pasūtījums", "15 personas"],
                    ],
                    "keywords": ["kafijas pauze", "sanāksmes", "smalkmaizītes"],
                },
                "pl": {
                    "title": "Przerwa kawowa na spotkania i szkolenia",
                    "summary": "Kawa, herbata, soki i domowe wypieki podane w Państwa sali przez uczniów gastronomii.",
                    "unit": "osoba",
                    "body": "Pakiet obejmuje kawę, kilka rodzajów herbaty, sok, wodę, dwa rodzaje domowych wypieków "
                    "i półmisek owoców. Uczniowie pieką ciasta w szkolnej kuchni rano w dniu wydarzenia i "
                    "przygotowują stanowisko kawowe na miejscu. Przed przyjściem gości nauczyciel sprawdza "
                    "ustawienie stołu i zachowanie zasad higieny. Potrzebujemy jedynie stołu i gniazdka do ekspresów.",
                    "steps": [
                        ["Przygotowanie", "Wypieki i owoce przygotowujemy w szkolnej kuchni w dniu wydarzenia."],
                        ["Ustawienie", "Uczniowie przygotowują stanowisko kawowe 30 minut przed przerwą."],
                        ["Sprzątanie", "Po przerwie zespół sprząta stół i zabiera wszystkie naczynia."],
                    ],
                    "specs": [
                        ["Napoje", "kawa, herbata, sok, woda"],
                        ["Przekąski", "2 rodzaje wypieków, owoce"],
                        ["Czas trwania", "do 45 minut"],
                        ["Minimalne zamówienie", "15 osób"],
                    ],
                    "keywords": ["przerwa kawowa", "spotkania", "wypieki"],
                },
                "it": {
                    "title": "Coffee break per riunioni e corsi di formazione",
                    "summary": "Caffè, tè, succhi e dolci fatti in casa allestiti nella vostra sala riunioni dagli "
                    "studenti dell'alberghiero.",
                    "unit": "persona",
                    "body": "Il pacchetto comprende caffè, una selezione di tè, succhi, acqua, due tipi di dolci fatti "
                    "in casa e un vassoio di frutta. Gli studenti preparano i dolci nella cucina della scuola la "
                    "mattina dell'evento e allestiscono il punto caffè nella vostra sede. Un docente controlla "
                    "l'allestimento e l'igiene prima dell'arrivo degli ospiti. Ci servono solo un tavolo e una presa "
                    "di corrente per le macchine del caffè.",
                    "steps": [
                        [
                            "Preparazione",
                            "Dolci e frutta vengono preparati nella cucina della scuola il giorno stesso.",
                        ],
                        ["Allestimento", "Gli studenti allestiscono il punto caffè 30 minuti prima della pausa."],
                        ["Riordino", "Dopo la pausa la squadra sparecchia e porta via tutte le stoviglie."],
                    ],
                    "specs": [
                        ["Bevande", "caffè, tè, succhi, acqua"],
                        ["Snack", "2 tipi di dolci, frutta"],
                        ["Durata", "fino a 45 minuti"],
                        ["Ordine minimo", "15 persone"],
                    ],
                    "keywords": ["coffee break", "riunioni", "dolci"],
                },
                "pt": {
                    "title": "Coffee break para reuniões e formações",
                    "summary": "Café, chá, sumos e bolos caseiros servidos na sua sala de reuniões por alunos de "
                    "restauração.",
                    "unit": "pessoa",
                    "body": "O serviço inclui café, uma seleção de chás, sumo, água, dois tipos de bolos caseiros e "
                    "uma travessa de fruta. Os alunos fazem os bolos na cozinha da escola na manhã do evento e montam "
                    "a mesa do café no local. Antes da chegada dos convidados, um professor verifica a montagem e a "
                    "higiene. Só precisamos de uma mesa e de uma tomada para as máquinas de café.",
                    "steps": [
                        ["Preparação", "Os bolos e a fruta são preparados na cozinha da escola no próprio dia."],
                        ["Montagem", "Os alunos montam a mesa do café 30 minutos antes do intervalo."],
                        ["Arrumação", "Depois do intervalo, a equipa levanta a mesa e leva toda a loiça."],
                    ],
                    "specs": [
                        ["Bebidas", "café, chá, sumo, água"],
                        ["Acompanhamentos", "2 tipos de bolos, fruta"],
                        ["Duração", "até 45 minutos"],
                        ["Encomenda mínima", "15 pessoas"],
                    ],
                    "keywords": ["coffee break", "reuniões", "bolos caseiros"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "7.90",
            "minimum_order": 10,
            "lead_time_days": 3,
            "capacity_per_month": 1200,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Lunch boxes for teams",
                    "summary": "Balanced lunch boxes with a main dish, salad and dessert, packed and labelled by "
                    "catering students.",
                    "unit": "box",
                    "body": "Each box contains the main dish of the day, a fresh salad, bread and a small dessert, "
                    "packed in recyclable containers. You choose from three weekly menus, one of them vegetarian. "
                    "Boxes are labelled with ingredients and allergens, and a teacher checks every batch before it "
                    "leaves the kitchen. We deliver within the city, or you can collect the order from the school.",
                    "steps": [
                        ["Order", "You choose menus and quantities by noon two working days before."],
                        ["Cooking", "Students cook and portion the meals on the morning of delivery."],
                        ["Packing", "Boxes are sealed, labelled and kept chilled until collection or delivery."],
                    ],
                    "specs": [
                        ["Contents", "main dish, salad, bread, dessert"],
                        ["Weight", "about 550 g"],
                        ["Packaging", "recyclable"],
                        ["Storage", "keep refrigerated, eat the same day"],
                    ],
                    "keywords": ["lunch boxes", "office lunch", "meal delivery"],
                },
                "lt": {
                    "title": "Pietų dėžutės komandoms",
                    "summary": "Subalansuoti pietūs dėžutėse su pagrindiniu patiekalu, salotomis ir desertu, "
                    "kuriuos supakuoja ir paženklina maitinimo mokiniai.",
                    "unit": "dėžutė",
                    "body": "Kiekvienoje dėžutėje – dienos pagrindinis patiekalas, šviežios salotos, duona ir "
                    "nedidelis desertas, supakuoti į perdirbamas pakuotes. Galite rinktis iš trijų savaitės meniu, "
                    "vienas iš jų – vegetariškas. Ant dėžučių nurodomos sudedamosios dalys ir alergenai, o kiekvieną "
                    "partiją prieš išvežant patikrina mokytojas. Pristatome mieste arba užsakymą galite atsiimti "
                    "mokykloje.",
                    "steps": [
                        ["Užsakymas", "Meniu ir kiekius pasirenkate iki vidurdienio prieš dvi darbo dienas."],
                        ["Gaminimas", "Pristatymo dienos rytą mokiniai pagamina ir išporcijuoja patiekalus."],
                        ["Pakavimas", "Dėžutės uždaromos, paženklinamos ir laikomos šaldytuve iki atsiėmimo."],
                    ],
                    "specs": [
                        ["Sudėtis", "pagrindinis patiekalas, salotos, duona, desertas"],
                        ["Svoris", "apie 550 g"],
                        ["Pakuotė", "perdirbama"],
                        ["Laikymas", "šaldytuve, suvartoti tą pačią dieną"],
                    ],
                    "keywords": ["pietų dėžutės", "pietūs biure", "maisto pristatymas"],
                },
                "lv": {
                    "title": "Pusdienu kastītes komandām",
                    "summary": "Sabalansētas pusdienas kastītēs ar pamatēdienu, salātiem un desertu, ko iepako un "
                    "marķē ēdināšanas audzēkņi.",
                    "unit": "kastīte",
                    "body": "Katrā kastītē ir dienas pamatēdiens, svaigi salāti, maize un neliels deserts, iepakoti "
                    "otrreiz pārstrādājamos traukos. Varat izvēlēties no trim nedēļas ēdienkartēm, no kurām viena ir "
                    "veģetāra. Uz kastītēm norādītas sastāvdaļas un alergēni, un katru partiju pirms izvešanas "
                    "pārbauda pedagogs. Piegādājam pilsētas robežās, vai arī pasūtījumu var saņemt skolā.",
                    "steps": [
                        [
                            "Pasūtījums",
                            "Ēdienkarti un daudzumu izvēlaties līdz pusdienlaikam divas darba dienas iepriekš.",
                        ],
                        ["Gatavošana", "Piegādes dienas rītā audzēkņi pagatavo un sadala porcijās ēdienus."],
                        ["Iepakošana", "Kastītes tiek aizvērtas, marķētas un glabātas vēsumā līdz izsniegšanai."],
                    ],
                    "specs": [
                        ["Saturs", "pamatēdiens, salāti, maize, deserts"],
                        ["Svars", "apmēram 550 g"],
                        ["Iepakojums", "otrreiz pārstrādājams"],
                        ["Uzglabāšana", "ledusskapī, apēst tajā pašā dienā"],
                    ],
                    "keywords": ["pusdienu kastītes", "pusdienas birojā", "ēdiena piegāde"],
                },
                "pl": {
                    "title": "Lunchboxy dla zespołów",
                    "summary": "Zbilansowane lunchboxy z daniem głównym, sałatką i deserem, pakowane i opisywane "
                    "przez uczniów gastronomii.",
                    "unit": "pudełko",
                    "body": "W każdym pudełku jest danie dnia, świeża sałatka, pieczywo i mały deser, zapakowane w "
                    "opakowania nadające się do recyklingu. Do wyboru są trzy menu tygodniowe, w tym jedno "
                    "wegetariańskie. Pudełka mają etykiety ze składem i alergenami, a każdą partię przed wydaniem "
                    "sprawdza nauczyciel. Dowozimy na terenie miasta lub zamówienie można odebrać w szkole.",
                    "steps": [
                        ["Zamówienie", "Menu i liczbę porcji wybierają Państwo do południa dwa dni robocze wcześniej."],
                        ["Gotowanie", "Uczniowie gotują i porcjują posiłki rano w dniu dostawy."],
                        ["Pakowanie", "Pudełka są zamykane, etykietowane i przechowywane w chłodzie do odbioru."],
                    ],
                    "specs": [
                        ["Zawartość", "danie główne, sałatka, pieczywo, deser"],
                        ["Waga", "ok. 550 g"],
                        ["Opakowanie", "nadające się do recyklingu"],
                        ["Przechowywanie", "w lodówce, spożyć tego samego dnia"],
                    ],
                    "keywords": ["lunchbox", "obiad w biurze", "dostawa posiłków"],
                },
                "it": {
                    "title": "Pranzi in box per i team",
                    "summary": "Pranzi equilibrati in box con piatto principale, insalata e dessert, confezionati ed "
                    "etichettati dagli studenti dell'alberghiero.",
                    "unit": "box",
                    "body": "Ogni box contiene il piatto del giorno, un'insalata fresca, pane e un piccolo dessert, "
                    "in contenitori riciclabili. Potete scegliere tra tre menu settimanali, di cui uno vegetariano. "
                    "Le confezioni riportano ingredienti e allergeni, e un docente controlla ogni lotto prima che "
                    "lasci la cucina. Consegniamo in città, oppure potete ritirare l'ordine a scuola.",
                    "steps": [
                        ["Ordine", "Scegliete menu e quantità entro mezzogiorno di due giorni lavorativi prima."],
                        ["Cucina", "Gli studenti cucinano e porzionano i pasti la mattina della consegna."],
                        [
                            "Confezionamento",
                            "I box vengono sigillati, etichettati e conservati al fresco fino al ritiro.",
                        ],
                    ],
                    "specs": [
                        ["Contenuto", "piatto principale, insalata, pane, dessert"],
                        ["Peso", "circa 550 g"],
                        ["Confezione", "riciclabile"],
                        ["Conservazione", "in frigorifero, da consumare in giornata"],
                    ],
                    "keywords": ["pranzo in ufficio", "lunch box", "consegna pasti"],
                },
                "pt": {
                    "title": "Refeições embaladas para equipas",
                    "summary": "Refeições equilibradas com prato principal, salada e sobremesa, embaladas e "
                    "rotuladas por alunos de restauração.",
                    "unit": "caixa",
                    "body": "Cada caixa tem o prato do dia, uma salada fresca, pão e uma pequena sobremesa, em "
                    "embalagens recicláveis. Pode escolher entre três ementas semanais, uma delas vegetariana. As "
                    "caixas têm rótulo com ingredientes e alergénios, e um professor verifica cada lote antes de sair "
                    "da cozinha. Entregamos dentro da cidade, ou pode levantar a encomenda na escola.",
                    "steps": [
                        ["Encomenda", "Escolhe as ementas e as quantidades até ao meio-dia, dois dias úteis antes."],
                        ["Confeção", "Os alunos cozinham e dividem as refeições em doses na manhã da entrega."],
                        ["Embalamento", "As caixas são fechadas, rotuladas e mantidas refrigeradas até à entrega."],
                    ],
                    "specs": [
                        ["Conteúdo", "prato principal, salada, pão, sobremesa"],
                        ["Peso", "cerca de 550 g"],
                        ["Embalagem", "reciclável"],
                        ["Conservação", "no frigorífico, consumir no próprio dia"],
                    ],
                    "keywords": ["refeições embaladas", "almoço no escritório", "entrega de refeições"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 6,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Waiting staff for receptions and gala dinners",
                    "summary": "A team of trained student waiters with a supervising teacher to serve guests at your "
                    "reception or dinner.",
                    "unit": "event",
                    "body": "We provide a team of four to ten students in uniform, led by a restaurant service "
                    "teacher. The team can serve welcome drinks, canapés and plated dinners, and clears tables during "
                    "the event. The price depends on the number of students, the length of the event and travel, so "
                    "we prepare an individual quote. Because this is part of the students' practical training, events "
                    "must end by 22:00.",
                    "steps": [
                        ["Briefing", "We visit or discuss the venue and agree on a service plan."],
                        ["Preparation", "Students rehearse the service sequence and check uniforms and equipment."],
                        ["Service", "The team serves guests under the supervision of their teacher."],
                    ],
                    "specs": [
                        ["Team size", "4–10 students and 1 teacher"],
                        ["Latest finish", "22:00"],
                        ["Dress code", "school uniform"],
                        ["Languages", "local language and English"],
                    ],
                    "keywords": ["waiters", "receptions", "event staff"],
                },
                "lt": {
                    "title": "Padavėjai priėmimams ir iškilmingoms vakarienėms",
                    "summary": "Apmokytų mokinių padavėjų komanda su prižiūrinčiu mokytoju jūsų priėmimo ar "
                    "vakarienės svečiams aptarnauti.",
                    "unit": "renginys",
                    "body": "Suburiame nuo keturių iki dešimties uniformuotų mokinių komandą, kuriai vadovauja "
                    "restorano aptarnavimo mokytojas. Komanda gali pasiūlyti sutikimo gėrimus, užkandžius ir "
                    "patiekti vakarienę, o renginio metu nurenka stalus. Kaina priklauso nuo mokinių skaičiaus, "
                    "renginio trukmės ir kelionės, todėl parengiame individualų pasiūlymą. Kadangi tai mokinių "
                    "praktinio mokymo dalis, renginys turi baigtis iki 22 val.",
                    "steps": [
                        ["Aptarimas", "Apžiūrime arba aptariame renginio vietą ir susitariame dėl aptarnavimo plano."],
                        ["Pasiruošimas", "Mokiniai repetuoja aptarnavimo eigą, tikrina uniformas ir įrangą."],
                        ["Aptarnavimas", "Komanda aptarnauja svečius prižiūrima savo mokytojo."],
                    ],
                    "specs": [
                        ["Komandos dydis", "4–10 mokinių ir 1 mokytojas"],
                        ["Vėliausia pabaiga", "22.00"],
                        ["Apranga", "mokyklos uniforma"],
                        ["Kalbos", "vietos kalba ir anglų"],
                    ],
                    "keywords": ["padavėjai", "priėmimai", "renginių personalas"],
                },
                "lv": {
                    "title": "Viesmīļi pieņemšanām un svinīgām vakariņām",
                    "summary": "Apmācītu audzēkņu viesmīļu komanda ar pedagogu, kas apkalpo viesus jūsu pieņemšanā "
                    "vai vakariņās.",
                    "unit": "pasākums",
                    "body": "Nodrošinām četru līdz desmit audzēkņu komandu formastērpos, ko vada restorāna "
                    "apkalpošanas pedagogs. Komanda var pasniegt sagaidīšanas dzērienus, kanapē un servētas vakariņas, "
                    "kā arī pasākuma laikā novākt galdus. Cena ir atkarīga no audzēkņu skaita, pasākuma ilguma un "
                    "ceļa, tāpēc sagatavojam individuālu piedāvājumu. Tā kā tā ir daļa no audzēkņu praktiskajām "
                    "mācībām, pasākumam jābeidzas līdz plkst. 22.00.",
                    "steps": [
                        [
                            "Instruktāža",
                            "Apskatām vai pārrunājam pasākuma vietu un vienojamies par apkalpošanas plānu.",
                        ],
                        [
                            "Sagatavošanās",
                            "Audzēkņi izmēģina apkalpošanas secību un pārbauda formastērpus un inventāru.",
                        ],
                        ["Apkalpošana", "Komanda apkalpo viesus sava pedagoga uzraudzībā."],
                    ],
                    "specs": [
                        ["Komandas lielums", "4–10 audzēkņi un 1 pedagogs"],
                        ["Vēlākais beigu laiks", "22.00"],
                        ["Apģērbs", "skolas formastērps"],
                        ["Valodas", "vietējā valoda un angļu"],
                    ],
                    "keywords": ["viesmīļi", "pieņemšanas", "pasākumu personāls"],
                },
                "pl": {
                    "title": "Obsługa kelnerska przyjęć i uroczystych kolacji",
                    "summary": "Zespół przeszkolonych uczniów kelnerów z nauczycielem, który obsłuży gości na "
                    "Państwa przyjęciu lub kolacji.",
                    "unit": "wydarzenie",
                    "body": "Zapewniamy zespół od czterech do dziesięciu uczniów w strojach służbowych, którym "
                    "kieruje nauczyciel obsługi konsumenta. Zespół podaje napoje powitalne, kanapki koktajlowe i "
                    "serwowane dania, a w trakcie przyjęcia sprząta stoły. Cena zależy od liczby uczniów, czasu "
                    "trwania wydarzenia i dojazdu, dlatego przygotowujemy indywidualną wycenę. Ponieważ to część "
                    "praktycznej nauki zawodu, wydarzenie musi się zakończyć do godziny 22:00.",
                    "steps": [
                        ["Ustalenia", "Oglądamy lub omawiamy miejsce i uzgadniamy plan obsługi."],
                        ["Przygotowanie", "Uczniowie ćwiczą przebieg serwisu i sprawdzają stroje oraz sprzęt."],
                        ["Obsługa", "Zespół obsługuje gości pod nadzorem swojego nauczyciela."],
                    ],
                    "specs": [
                        ["Wielkość zespołu", "4–10 uczniów i 1 nauczyciel"],
                        ["Najpóźniejsze zakończenie", "22:00"],
                        ["Strój", "szkolny strój kelnerski"],
                        ["Języki", "język lokalny i angielski"],
                    ],
                    "keywords": ["kelnerzy", "przyjęcia", "obsługa wydarzeń"],
                },
                "it": {
                    "title": "Personale di sala per ricevimenti e cene di gala",
                    "summary": "Una squadra di studenti camerieri preparati, con un docente responsabile, per servire "
                    "gli ospiti del vostro ricevimento o della vostra cena.",
                    "unit": "evento",
                    "body": "Mettiamo a disposizione una squadra da quattro a dieci studenti in divisa, guidata da un "
                    "docente di sala. La squadra può servire aperitivi di benvenuto, tartine e cene servite al "
                    "tavolo, e sparecchia durante l'evento. Il prezzo dipende dal numero di studenti, dalla durata e "
                    "dalla trasferta, perciò prepariamo un preventivo su misura. Trattandosi di attività formativa, "
                    "l'evento deve terminare entro le 22:00.",
                    "steps": [
                        ["Briefing", "Visitiamo o discutiamo la location e concordiamo il piano di servizio."],
                        [
                            "Preparazione",
                            "Gli studenti provano la sequenza del servizio e controllano divise e attrezzatura.",
                        ],
                        ["Servizio", "La squadra serve gli ospiti sotto la supervisione del docente."],
                    ],
                    "specs": [
                        ["Squadra", "4–10 studenti e 1 docente"],
                        ["Orario massimo di fine", "22:00"],
                        ["Abbigliamento", "divisa della scuola"],
                        ["Lingue", "lingua locale e inglese"],
                    ],
                    "keywords": ["camerieri", "ricevimenti", "personale per eventi"],
                },
                "pt": {
                    "title": "Empregados de mesa para receções e jantares de gala",
                    "summary": "Uma equipa de alunos empregados de mesa, com um professor responsável, para servir "
                    "os convidados da sua receção ou jantar.",
                    "unit": "evento",
                    "body": "Disponibilizamos uma equipa de quatro a dez alunos fardados, coordenada por um professor "
                    "de serviço de mesa. A equipa pode servir bebidas de boas-vindas, canapés e jantares empratados, "
                    "e levanta as mesas durante o evento. O preço depende do número de alunos, da duração do evento "
                    "e da deslocação, por isso preparamos um orçamento à medida. Como faz parte da formação prática "
                    "dos alunos, o evento tem de terminar até às 22h00.",
                    "steps": [
                        ["Reunião prévia", "Visitamos ou analisamos o espaço e combinamos o plano de serviço."],
                        ["Preparação", "Os alunos ensaiam a sequência do serviço e verificam fardas e equipamento."],
                        ["Serviço", "A equipa serve os convidados com a supervisão do professor."],
                    ],
                    "specs": [
                        ["Equipa", "4–10 alunos e 1 professor"],
                        ["Hora limite", "22h00"],
                        ["Indumentária", "farda da escola"],
                        ["Línguas", "língua local e inglês"],
                    ],
                    "keywords": ["empregados de mesa", "receções", "pessoal para eventos"],
                },
            },
        },
    ],
    "bakery": [
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "2.50",
            "minimum_order": 24,
            "lead_time_days": 7,
            "capacity_per_month": 600,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Branded cupcakes for events",
                    "summary": "Cupcakes in your company colours with an edible logo, baked fresh by confectionery "
                    "students.",
                    "unit": "piece",
                    "body": "Each cupcake has a vanilla or chocolate sponge, a buttercream topping in your colours "
                    "and a sugar disc printed with your logo. You send us the logo as a high-resolution image and "
                    "choose the flavours and colours. Students bake and decorate the cupcakes the day before "
                    "collection, and a pastry teacher checks taste and appearance. Cupcakes are packed in boxes of 12.",
                    "steps": [
                        ["Design", "We match the colours and print a test disc with your logo."],
                        ["Baking", "Students bake the sponges and prepare the buttercream."],
                        ["Decorating", "Each cupcake is piped by hand and topped with the logo disc."],
                    ],
                    "specs": [
                        ["Weight", "80 g"],
                        ["Shelf life", "3 days in a cool place"],
                        ["Allergens", "gluten, milk, eggs"],
                        ["Packaging", "box of 12"],
                    ],
                    "keywords": ["cupcakes", "sweets", "corporate gifts"],
                },
                "lt": {
                    "title": "Keksiukai su logotipu renginiams",
                    "summary": "Keksiukai jūsų įmonės spalvomis su valgomu logotipu, kuriuos ką tik iškepa "
                    "konditerijos mokiniai.",
                    "unit": "vnt.",
                    "body": "Kiekvienas keksiukas – tai vanilinis arba šokoladinis biskvitas, jūsų spalvų sviestinis "
                    "kremas ir cukrinis diskelis su atspausdintu logotipu. Atsiunčiate mums logotipą aukštos "
                    "raiškos paveikslėliu ir pasirenkate skonius bei spalvas. Mokiniai keksiukus iškepa ir papuošia "
                    "dieną prieš atsiėmimą, o konditerijos mokytojas patikrina jų skonį ir išvaizdą. Keksiukai "
                    "pakuojami po 12 vnt. dėžutėse.",
                    "steps": [
                        ["Dizainas", "Suderiname spalvas ir atspausdiname bandomąjį diskelį su jūsų logotipu."],
                        ["Kepimas", "Mokiniai iškepa biskvitus ir paruošia sviestinį kremą."],
                        ["Puošimas", "Kiekvienas keksiukas papuošiamas kremu rankomis ir logotipo diskeliu."],
                    ],
                    "specs": [
                        ["Svoris", "80 g"],
                        ["Tinkamumo laikas", "3 dienos vėsioje vietoje"],
                        ["Alergenai", "glitimas, pienas, kiaušiniai"],
                        ["Pakuotė", "dėžutė po 12 vnt."],
                    ],
                    "keywords": ["keksiukai", "saldumynai", "verslo dovanos"],
                },
                "lv": {
                    "title": "Kēksiņi ar logotipu pasākumiem",
                    "summary": "Kēksiņi jūsu uzņēmuma krāsās ar ēdamu logotipu, ko svaigus izcep konditorejas "
                    "audzēkņi.",
                    "unit": "gab.",
                    "body": "Katram kēksiņam ir vaniļas vai šokolādes biskvīts, sviesta krēms jūsu krāsās un cukura "
                    "diskiņš ar uzdrukātu logotipu. Jūs atsūtāt logotipu augstas izšķirtspējas attēlā un izvēlaties "
                    "garšas un krāsas. Audzēkņi kēksiņus izcep un izrotā dienu pirms saņemšanas, bet konditorejas "
                    "pedagogs pārbauda garšu un izskatu. Kēksiņi tiek iepakoti kastītēs pa 12 gabaliem.",
                    "steps": [
                        ["Dizains", "Saskaņojam krāsas un uzdrukājam izmēģinājuma diskiņu ar jūsu logotipu."],
                        ["Cepšana", "Audzēkņi izcep biskvītus un sagatavo sviesta krēmu."],
                        ["Rotāšana", "Katru kēksiņu ar roku izrotā ar krēmu un logotipa diskiņu."],
                    ],
                    "specs": [
                        ["Svars", "80 g"],
                        ["Derīguma termiņš", "3 dienas vēsā vietā"],
                        ["Alergēni", "glutēns, piens, olas"],
                        ["Iepakojums", "kastīte pa 12 gab."],
                    ],
                    "keywords": ["kēksiņi", "saldumi", "korporatīvās dāvanas"],
                },
                "pl": {
                    "title": "Babeczki z logo firmy na wydarzenia",
                    "summary": "Babeczki w firmowych kolorach z jadalnym logo, świeżo upieczone przez uczniów "
                    "cukiernictwa.",
                    "unit": "szt.",
                    "body": "Każda babeczka to waniliowy lub czekoladowy biszkopt, krem maślany w Państwa kolorach i "
                    "cukrowy opłatek z nadrukiem logo. Wystarczy przesłać logo w wysokiej rozdzielczości i wybrać "
                    "smaki oraz kolory. Uczniowie pieką i dekorują babeczki dzień przed odbiorem, a nauczyciel "
                    "cukiernictwa sprawdza ich smak i wygląd. Babeczki pakujemy w pudełka po 12 sztuk.",
                    "steps": [
                        ["Projekt", "Dobieramy kolory i drukujemy próbny opłatek z Państwa logo."],
                        ["Pieczenie", "Uczniowie pieką babeczki i przygotowują krem maślany."],
                        ["Dekorowanie", "Każdą babeczkę ręcznie dekorujemy kremem i opłatkiem z logo."],
                    ],
                    "specs": [
                        ["Waga", "80 g"],
                        ["Termin przydatności", "3 dni w chłodnym miejscu"],
                        ["Alergeny", "gluten, mleko, jaja"],
                        ["Opakowanie", "pudełko po 12 szt."],
                    ],
                    "keywords": ["babeczki", "słodycze", "upominki firmowe"],
                },
                "it": {
                    "title": "Cupcake personalizzati per eventi",
                    "summary": "Cupcake nei colori della vostra azienda con logo commestibile, sfornati al momento "
                    "dagli studenti di pasticceria.",
                    "unit": "pezzo",
                    "body": "Ogni cupcake ha una base alla vaniglia o al cioccolato, una crema al burro nei vostri "
                    "colori e un dischetto di zucchero con il vostro logo stampato. Ci inviate il logo in alta "
                    "risoluzione e scegliete gusti e colori. Gli studenti preparano e decorano i cupcake il giorno "
                    "prima del ritiro, e un docente di pasticceria ne controlla gusto e aspetto. I cupcake sono "
                    "confezionati in scatole da 12.",
                    "steps": [
                        ["Progetto", "Abbiniamo i colori e stampiamo un dischetto di prova con il vostro logo."],
                        ["Cottura", "Gli studenti cuociono le basi e preparano la crema al burro."],
                        [
                            "Decorazione",
                            "Ogni cupcake viene decorato a mano con la sac à poche e il dischetto con il logo.",
                        ],
                    ],
                    "specs": [
                        ["Peso", "80 g"],
                        ["Conservazione", "3 giorni in luogo fresco"],
                        ["Allergeni", "glutine, latte, uova"],
                        ["Confezione", "scatola da 12"],
                    ],
                    "keywords": ["cupcake", "dolci", "regali aziendali"],
                },
                "pt": {
                    "title": "Cupcakes personalizados para eventos",
                    "summary": "Cupcakes nas cores da sua empresa, com logótipo comestível, feitos no momento por "
                    "alunos de pastelaria.",
                    "unit": "unidade",
                    "body": "Cada cupcake tem uma base de baunilha ou chocolate, um creme de manteiga nas cores da "
                    "sua marca e um disco de açúcar com o logótipo impresso. Basta enviar-nos o logótipo em alta "
                    "resolução e escolher os sabores e as cores. Os alunos fazem e decoram os cupcakes na véspera do "
                    "levantamento, e um professor de pastelaria verifica o sabor e o aspeto. Os cupcakes são "
                    "embalados em caixas de 12.",
                    "steps": [
                        ["Design", "Acertamos as cores e imprimimos um disco de teste com o seu logótipo."],
                        ["Cozedura", "Os alunos cozem as bases e preparam o creme de manteiga."],
                        ["Decoração", "Cada cupcake é decorado à mão com o creme e o disco do logótipo."],
                    ],
                    "specs": [
                        ["Peso", "80 g"],
                        ["Validade", "3 dias em local fresco"],
                        ["Alergénios", "glúten, leite, ovos"],
                        ["Embalagem", "caixa de 12"],
                    ],
                    "keywords": ["cupcakes", "doces", "brindes empresariais"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "from",
            "amount_eur": "35.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 40,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Celebration cake to order",
                    "summary": "A layer cake for an anniversary, birthday or office party, designed with you and made "
                    "by confectionery students.",
                    "unit": "cake",
                    "body": "The base price covers a round cake for about 12 servings, with your choice of sponge, "
                    "cream and fruit filling and a simple decoration. Larger sizes, tiers, figures or a printed image "
                    "increase the price, which we confirm before baking. Students make the cake from scratch under "
                    "the supervision of a master confectioner. You collect it from the school in a box, ready to "
                    "serve.",
                    "steps": [
                        ["Consultation", "We agree on size, flavours and decoration and send you a sketch."],
                        ["Baking and filling", "Students bake the layers and assemble the cake with the chosen cream."],
                        ["Finishing", "The cake is covered, decorated and checked by the teacher."],
                    ],
                    "specs": [
                        ["Servings", "from 12"],
                        ["Diameter", "from 22 cm"],
                        ["Allergens", "gluten, milk, eggs; may contain nuts"],
                        ["Storage", "refrigerated, up to 2 days"],
                    ],
                    "keywords": ["cake", "celebrations", "confectionery"],
                },
                "lt": {
                    "title": "Šventinis tortas pagal užsakymą",
                    "summary": "Sluoksniuotas tortas jubiliejui, gimtadieniui ar biuro šventei, sukurtas kartu su "
                    "jumis ir pagamintas konditerijos mokinių.",
                    "unit": "tortas",
                    "body": "Pradinė kaina taikoma apvaliam maždaug 12 porcijų tortui su jūsų pasirinktu biskvitu, "
                    "kremu ir vaisių įdaru bei paprasta dekoracija. Didesnis dydis, keli aukštai, figūrėlės ar "
                    "spausdintas paveikslėlis kainą padidina – ją patvirtiname prieš kepdami. Mokiniai tortą gamina "
                    "nuo pradžios iki galo, prižiūrimi konditerijos meistro. Tortą atsiimate mokykloje dėžutėje, "
                    "paruoštą patiekti.",
                    "steps": [
                        ["Konsultacija", "Susitariame dėl dydžio, skonių ir dekoro, atsiunčiame eskizą."],
                        ["Kepimas ir sluoksniavimas", "Mokiniai iškepa biskvito sluoksnius ir sudeda tortą su kremu."],
                        ["Apdaila", "Tortas aptraukiamas, papuošiamas ir patikrinamas mokytojo."],
                    ],
                    "specs": [
                        ["Porcijos", "nuo 12"],
                        ["Skersmuo", "nuo 22 cm"],
                        ["Alergenai", "glitimas, pienas, kiaušiniai; gali būti riešutų"],
                        ["Laikymas", "šaldytuve iki 2 dienų"],
                    ],
                    "keywords": ["tortas", "šventės", "konditerija"],
                },
                "lv": {
                    "title": "Svētku torte pēc pasūtījuma",
                    "summary": "Kārtainā torte jubilejai, dzimšanas dienai vai biroja svētkiem, ko izstrādājam kopā ar "
                    "jums un izgatavo konditorejas audzēkņi.",
                    "unit": "torte",
                    "body": "Sākumcena attiecas uz apaļu torti apmēram 12 porcijām ar jūsu izvēlētu biskvītu, krēmu "
                    "un augļu pildījumu un vienkāršu rotājumu. Lielāks izmērs, vairāki stāvi, figūriņas vai "
                    "drukāts attēls cenu palielina, un to apstiprinām pirms cepšanas. Audzēkņi torti gatavo no paša "
                    "sākuma konditorejas meistara uzraudzībā. Torti saņemat skolā kastē, gatavu pasniegšanai.",
                    "steps": [
                        ["Konsultācija", "Vienojamies par izmēru, garšām un rotājumu un nosūtām skici."],
                        ["Cepšana un pildīšana", "Audzēkņi izcep biskvīta kārtas un saliek torti ar izvēlēto krēmu."],
                        ["Noformēšana", "Torti pārklāj, izrotā, un pedagogs to pārbauda."],
                    ],
                    "specs": [
                        ["Porcijas", "no 12"],
                        ["Diametrs", "no 22 cm"],
                        ["Alergēni", "glutēns, piens, olas; var saturēt riekstus"],
                        ["Uzglabāšana", "ledusskapī līdz 2 dienām"],
                    ],
                    "keywords": ["torte", "svētki", "konditoreja"],
                },
                "pl": {
                    "title": "Tort okolicznościowy na zamówienie",
                    "summary": "Tort na jubileusz, urodziny lub firmowe święto, zaprojektowany razem z Państwem i "
                    "wykonany przez uczniów cukiernictwa.",
                    "unit": "tort",
                    "body": "Cena bazowa dotyczy okrągłego tortu na około 12 porcji z wybranym biszkoptem, kremem i "
                    "nadzieniem owocowym oraz prostą dekoracją. Większy rozmiar, kilka pięter, figurki lub "
                    "jadalny nadruk podnoszą cenę, którą potwierdzamy przed pieczeniem. Uczniowie wykonują tort od "
                    "podstaw pod nadzorem mistrza cukiernictwa. Tort odbierają Państwo w szkole, w pudełku, gotowy do "
                    "podania.",
                    "steps": [
                        ["Konsultacja", "Ustalamy wielkość, smaki i dekorację oraz przesyłamy szkic."],
                        ["Pieczenie i przekładanie", "Uczniowie pieką blaty i przekładają tort wybranym kremem."],
                        ["Wykończenie", "Tort jest obłożony, udekorowany i sprawdzony przez nauczyciela."],
                    ],
                    "specs": [
                        ["Liczba porcji", "od 12"],
                        ["Średnica", "od 22 cm"],
                        ["Alergeny", "gluten, mleko, jaja; może zawierać orzechy"],
                        ["Przechowywanie", "w lodówce do 2 dni"],
                    ],
                    "keywords": ["tort", "uroczystości", "cukiernictwo"],
                },
                "it": {
                    "title": "Torta per ricorrenze su ordinazione",
                    "summary": "Una torta a strati per anniversari, compleanni o feste in ufficio, progettata con voi "
                    "e realizzata dagli studenti di pasticceria.",
                    "unit": "torta",
                    "body": "Il prezzo base si riferisce a una torta rotonda da circa 12 porzioni, con pan di "
                    "Spagna, crema e farcitura alla frutta a scelta e una decorazione semplice. Dimensioni maggiori, "
                    "più piani, decorazioni in pasta di zucchero o un'immagine stampata fanno aumentare il prezzo, "
                    "che confermiamo prima della preparazione. Gli studenti preparano la torta da zero sotto la guida "
                    "di un maestro pasticciere. La ritirate a scuola, in una scatola, pronta da servire.",
                    "steps": [
                        ["Consulenza", "Concordiamo dimensioni, gusti e decorazione e vi inviamo un bozzetto."],
                        [
                            "Cottura e farcitura",
                            "Gli studenti cuociono i dischi e montano la torta con la crema scelta.",
                        ],
                        ["Finitura", "La torta viene ricoperta, decorata e controllata dal docente."],
                    ],
                    "specs": [
                        ["Porzioni", "da 12"],
                        ["Diametro", "da 22 cm"],
                        ["Allergeni", "glutine, latte, uova; può contenere frutta a guscio"],
                        ["Conservazione", "in frigorifero, fino a 2 giorni"],
                    ],
                    "keywords": ["torta", "feste", "pasticceria"],
                },
                "pt": {
                    "title": "Bolo de celebração por encomenda",
                    "summary": "Um bolo recheado para aniversários, datas especiais ou festas no escritório, pensado "
                    "consigo e feito por alunos de pastelaria.",
                    "unit": "bolo",
                    "body": "O preço base corresponde a um bolo redondo para cerca de 12 fatias, com massa, creme e "
                    "recheio de fruta à escolha e uma decoração simples. Tamanhos maiores, vários andares, figuras "
                    "ou uma imagem impressa aumentam o preço, que confirmamos antes de começar. Os alunos fazem o "
                    "bolo de raiz, com a supervisão de um mestre pasteleiro. O bolo é levantado na escola, numa "
                    "caixa, pronto a servir.",
                    "steps": [
                        ["Consulta", "Combinamos o tamanho, os sabores e a decoração e enviamos um esboço."],
                        ["Cozedura e recheio", "Os alunos cozem as camadas e montam o bolo com o creme escolhido."],
                        ["Acabamento", "O bolo é coberto, decorado e verificado pelo professor."],
                    ],
                    "specs": [
                        ["Fatias", "a partir de 12"],
                        ["Diâmetro", "a partir de 22 cm"],
                        ["Alergénios", "glúten, leite, ovos; pode conter frutos de casca rija"],
                        ["Conservação", "no frigorífico, até 2 dias"],
                    ],
                    "keywords": ["bolo", "celebrações", "pastelaria"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "fixed",
            "amount_eur": "24.00",
            "minimum_order": 1,
            "lead_time_days": 2,
            "capacity_per_month": 80,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Bread and pastry basket for the office",
                    "summary": "A basket of fresh bread, rolls and sweet pastries for your team's breakfast, baked in "
                    "the school bakery.",
                    "unit": "basket",
                    "body": "The basket contains two loaves of bread, twelve rolls and twelve sweet pastries, enough "
                    "for a team of about ten people. The selection changes every week with the bakery curriculum, "
                    "from sourdough rye to croissants. Students bake early in the morning, and the basket is ready "
                    "for collection or delivery before 10:00. Weekly orders can be paused during school holidays.",
                    "steps": [
                        ["Dough", "Students prepare the dough and let it rise the day before."],
                        ["Baking", "Bread and pastries are baked early in the morning."],
                        ["Packing", "Everything is packed in a reusable basket with a list of ingredients."],
                    ],
                    "specs": [
                        ["Contents", "2 loaves, 12 rolls, 12 pastries"],
                        ["Serves", "about 10 people"],
                        ["Ready by", "10:00"],
                        ["Allergens", "gluten, milk, eggs, sesame"],
                    ],
                    "keywords": ["bread", "pastries", "office breakfast"],
                },
                "lt": {
                    "title": "Duonos ir kepinių krepšelis biurui",
                    "summary": "Šviežios duonos, bandelių ir saldžių kepinių krepšelis jūsų komandos pusryčiams, "
                    "iškeptas mokyklos kepykloje.",
                    "unit": "krepšelis",
                    "body": "Krepšelyje – du duonos kepalai, dvylika bandelių ir dvylika saldžių kepinių, to "
                    "pakanka maždaug dešimties žmonių komandai. Asortimentas kas savaitę keičiasi pagal kepyklos "
                    "mokymo programą – nuo raugintos ruginės duonos iki raguolių. Mokiniai kepa anksti ryte, o "
                    "krepšelį galima atsiimti ar gauti pristatytą iki 10 val. Savaitinius užsakymus per mokinių "
                    "atostogas galima sustabdyti.",
                    "steps": [
                        ["Tešla", "Mokiniai dieną prieš tai užminko tešlą ir palieka ją kilti."],
                        ["Kepimas", "Duona ir kepiniai iškepami anksti ryte."],
                        ["Pakavimas", "Viskas sudedama į daugkartinį krepšelį su sudedamųjų dalių sąrašu."],
                    ],
                    "specs": [
                        ["Sudėtis", "2 kepalai, 12 bandelių, 12 kepinių"],
                        ["Kiekis", "apie 10 žmonių"],
                        ["Paruošta iki", "10.00"],
                        ["Alergenai", "glitimas, pienas, kiaušiniai, sezamo sėklos"],
                    ],
                    "keywords": ["duona", "kepiniai", "pusryčiai biure"],
                },
                "lv": {
                    "title": "Maizes un smalkmaizīšu grozs birojam",
                    "summary": "Svaigas maizes, bulciņu un saldo smalkmaizīšu grozs jūsu komandas brokastīm, "
                    "izcepts skolas maiznīcā.",
                    "unit": "grozs",
                    "body": "Grozā ir divi maizes kukuļi, divpadsmit bulciņas un divpadsmit saldās smalkmaizītes – "
                    "pietiekami apmēram desmit cilvēku komandai. Sortiments katru nedēļu mainās atbilstoši "
                    "maiznīcas mācību programmai, sākot no ieraugā cepta rudzu maizes līdz kruasāniem. Audzēkņi cep "
                    "agri no rīta, un grozs ir gatavs saņemšanai vai piegādei līdz plkst. 10.00. Iknedēļas "
                    "pasūtījumus skolēnu brīvdienās var uz laiku apturēt.",
                    "steps": [
                        ["Mīkla", "Audzēkņi dienu iepriekš iejauc mīklu un ļauj tai rūgt."],
                        ["Cepšana", "Maize un smalkmaizītes tiek izceptas agri no rīta."],
                        ["Iepakošana", "Viss tiek salikts atkārtoti lietojamā grozā ar sastāvdaļu sarakstu."],
                    ],
                    "specs": [
                        ["Saturs", "2 kukuļi, 12 bulciņas, 12 smalkmaizītes"],
                        ["Pietiek", "apmēram 10 cilvēkiem"],
                        ["Gatavs līdz", "10.00"],
                        ["Alergēni", "glutēns, piens, olas, sezams"],
                    ],
                    "keywords": ["maize", "smalkmaizītes", "brokastis birojā"],
                },
                "pl": {
                    "title": "Kosz pieczywa i wypieków do biura",
                    "summary": "Kosz świeżego chleba, bułek i słodkich wypieków na śniadanie dla zespołu, upieczony w "
                    "szkolnej piekarni.",
                    "unit": "kosz",
                    "body": "W koszu są dwa bochenki chleba, dwanaście bułek i dwanaście słodkich wypieków – tyle, ile "
                    "potrzeba zespołowi liczącemu około dziesięciu osób. Asortyment zmienia się co tydzień zgodnie z "
                    "programem nauki w piekarni, od chleba żytniego na zakwasie po rogaliki. Uczniowie pieką "
                    "wcześnie rano, a kosz jest gotowy do odbioru lub dostawy przed 10:00. Cotygodniowe zamówienia "
                    "można zawiesić na czas ferii i wakacji.",
                    "steps": [
                        ["Ciasto", "Uczniowie dzień wcześniej przygotowują ciasto i zostawiają je do wyrośnięcia."],
                        ["Pieczenie", "Chleb i wypieki trafiają do pieca wcześnie rano."],
                        ["Pakowanie", "Wszystko pakujemy do kosza wielokrotnego użytku z listą składników."],
                    ],
                    "specs": [
                        ["Zawartość", "2 bochenki, 12 bułek, 12 wypieków"],
                        ["Wystarczy dla", "ok. 10 osób"],
                        ["Gotowe do", "10:00"],
                        ["Alergeny", "gluten, mleko, jaja, sezam"],
                    ],
                    "keywords": ["pieczywo", "wypieki", "śniadanie w biurze"],
                },
                "it": {
                    "title": "Cesta di pane e dolci per l'ufficio",
                    "summary": "Una cesta di pane fresco, panini e dolci da colazione per il vostro team, sfornati nel "
                    "panificio della scuola.",
                    "unit": "cesta",
                    "body": "La cesta contiene due pagnotte, dodici panini e dodici dolci da colazione, quanto basta "
                    "per un team di circa dieci persone. L'assortimento cambia ogni settimana seguendo il programma "
                    "del laboratorio, dal pane di segale con lievito madre ai cornetti. Gli studenti sfornano di "
                    "prima mattina e la cesta è pronta per il ritiro o la consegna entro le 10:00. Gli ordini "
                    "settimanali si possono sospendere durante le vacanze scolastiche.",
                    "steps": [
                        ["Impasto", "Il giorno prima gli studenti preparano l'impasto e lo lasciano lievitare."],
                        ["Cottura", "Pane e dolci vengono sfornati di prima mattina."],
                        [
                            "Confezionamento",
                            "Tutto viene sistemato in una cesta riutilizzabile con l'elenco degli ingredienti.",
                        ],
                    ],
                    "specs": [
                        ["Contenuto", "2 pagnotte, 12 panini, 12 dolci"],
                        ["Per", "circa 10 persone"],
                        ["Pronta entro", "le 10:00"],
                        ["Allergeni", "glutine, latte, uova, sesamo"],
                    ],
                    "keywords": ["pane", "dolci da colazione", "colazione in ufficio"],
                },
                "pt": {
                    "title": "Cesto de pão e pastelaria para o escritório",
                    "summary": "Um cesto de pão fresco, pãezinhos e bolos para o pequeno-almoço da sua equipa, "
                    "feito na padaria da escola.",
                    "unit": "cesto",
                    "body": "O cesto tem dois pães grandes, doze pãezinhos e doze bolos de pastelaria, o suficiente "
                    "para uma equipa de cerca de dez pessoas. A seleção muda todas as semanas, de acordo com o "
                    "programa da padaria, do pão de centeio de fermentação natural aos croissants. Os alunos cozem "
                    "de madrugada, e o cesto está pronto para levantamento ou entrega antes das 10h00. As encomendas "
                    "semanais podem ser suspensas durante as férias escolares.",
                    "steps": [
                        ["Massa", "Na véspera, os alunos preparam a massa e deixam-na levedar."],
                        ["Cozedura", "O pão e os bolos vão ao forno de madrugada."],
                        ["Embalamento", "Tudo é colocado num cesto reutilizável com a lista de ingredientes."],
                    ],
                    "specs": [
                        ["Conteúdo", "2 pães grandes, 12 pãezinhos, 12 bolos"],
                        ["Dá para", "cerca de 10 pessoas"],
                        ["Pronto até", "às 10h00"],
                        ["Alergénios", "glúten, leite, ovos, sésamo"],
                    ],
                    "keywords": ["pão", "pastelaria", "pequeno-almoço no escritório"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "6.00",
            "minimum_order": 20,
            "lead_time_days": 10,
            "capacity_per_month": 500,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Butter cookie gift boxes with your logo",
                    "summary": "Crisp butter cookies with an iced logo, packed in gift boxes for clients, partners or "
                    "staff.",
                    "unit": "box",
                    "body": "Each box holds about 250 g of butter cookies in three shapes, one of them decorated with "
                    "your logo in royal icing. The boxes can be tied with a ribbon in your colours and include a "
                    "small card with your message. Students bake and decorate in batches, and a confectionery teacher "
                    "checks every batch. Orders for December should be placed by mid-November.",
                    "steps": [
                        ["Template", "We make a stencil or cutter based on your logo."],
                        ["Baking", "Students bake the cookies and let them cool completely."],
                        [
                            "Decorating and packing",
                            "The cookies are iced, left to dry and packed with a ribbon and card.",
                        ],
                    ],
                    "specs": [
                        ["Weight", "250 g per box"],
                        ["Shelf life", "4 weeks"],
                        ["Allergens", "gluten, milk, eggs"],
                        ["Packaging", "cardboard box with ribbon"],
                    ],
                    "keywords": ["cookies", "gift boxes", "corporate gifts"],
                },
                "lt": {
                    "title": "Sviestinių sausainių dovanų dėžutės su jūsų logotipu",
                    "summary": "Traškūs sviestiniai sausainiai su glaistu išpieštu logotipu, supakuoti į dovanų "
                    "dėžutes klientams, partneriams ar darbuotojams.",
                    "unit": "dėžutė",
                    "body": "Kiekvienoje dėžutėje – apie 250 g trijų formų sviestinių sausainių, vieni iš jų "
                    "papuošti jūsų logotipu iš cukraus glajaus. Dėžutes galima perrišti jūsų spalvų kaspinu ir "
                    "įdėti mažą atvirutę su jūsų linkėjimu. Mokiniai kepa ir puošia partijomis, o kiekvieną partiją "
                    "patikrina konditerijos mokytojas. Gruodžio užsakymus prašome pateikti iki lapkričio vidurio.",
                    "steps": [
                        ["Šablonas", "Pagal jūsų logotipą pagaminame trafaretą arba formelę."],
                        ["Kepimas", "Mokiniai iškepa sausainius ir leidžia jiems visiškai atvėsti."],
                        [
                            "Puošimas ir pakavimas",
                            "Sausainiai glaistomi, džiovinami ir supakuojami su kaspinu ir atvirute.",
                        ],
                    ],
                    "specs": [
                        ["Svoris", "250 g dėžutėje"],
                        ["Tinkamumo laikas", "4 savaitės"],
                        ["Alergenai", "glitimas, pienas, kiaušiniai"],
                        ["Pakuotė", "kartoninė dėžutė su kaspinu"],
                    ],
                    "keywords": ["sausainiai", "dovanų dėžutės", "verslo dovanos"],
                },
                "lv": {
                    "title": "Sviesta cepumu dāvanu kastītes ar jūsu logotipu",
                    "summary": "Kraukšķīgi sviesta cepumi ar glazūras logotipu, iepakoti dāvanu kastītēs klientiem, "
                    "partneriem vai darbiniekiem.",
                    "unit": "kastīte",
                    "body": "Katrā kastītē ir apmēram 250 g triju formu sviesta cepumu, no kuriem daļa rotāta ar jūsu "
                    "logotipu no cukura glazūras. Kastītes var apsiet ar lenti jūsu krāsās un pievienot nelielu "
                    "kartīti ar jūsu vēlējumu. Audzēkņi cep un rotā partijās, un katru partiju pārbauda "
                    "konditorejas pedagogs. Decembra pasūtījumi jāiesniedz līdz novembra vidum.",
                    "steps": [
                        ["Šablons", "Pēc jūsu logotipa izgatavojam trafaretu vai formiņu."],
                        ["Cepšana", "Audzēkņi izcep cepumus un ļauj tiem pilnībā atdzist."],
                        ["Rotāšana un iepakošana", "Cepumus pārklāj ar glazūru, žāvē un iepako ar lenti un kartīti."],
                    ],
                    "specs": [
                        ["Svars", "250 g kastītē"],
                        ["Derīguma termiņš", "4 nedēļas"],
                        ["Alergēni", "glutēns, piens, olas"],
                        ["Iepakojums", "kartona kastīte ar lenti"],
                    ],
                    "keywords": ["cepumi", "dāvanu kastītes", "korporatīvās dāvanas"],
                },
                "pl": {
                    "title": "Pudełka maślanych ciasteczek z Państwa logo",
                    "summary": "Kruche maślane ciasteczka z logo z lukru, zapakowane w pudełka prezentowe dla "
                    "klientów, partnerów lub pracowników.",
                    "unit": "pudełko",
                    "body": "W każdym pudełku jest około 250 g maślanych ciasteczek w trzech kształtach, z których "
                    "część zdobi Państwa logo z lukru królewskiego. Pudełka możemy przewiązać wstążką w firmowych "
                    "kolorach i dołączyć bilecik z życzeniami. Uczniowie pieką i dekorują partiami, a każdą partię "
                    "sprawdza nauczyciel cukiernictwa. Zamówienia na grudzień prosimy składać do połowy listopada.",
                    "steps": [
                        ["Szablon", "Na podstawie logo przygotowujemy szablon lub foremkę."],
                        ["Pieczenie", "Uczniowie pieką ciasteczka i studzą je do końca."],
                        [
                            "Dekorowanie i pakowanie",
                            "Ciasteczka są lukrowane, suszone i pakowane ze wstążką i bilecikiem.",
                        ],
                    ],
                    "specs": [
                        ["Waga", "250 g w pudełku"],
                        ["Termin przydatności", "4 tygodnie"],
                        ["Alergeny", "gluten, mleko, jaja"],
                        ["Opakowanie", "kartonowe pudełko ze wstążką"],
                    ],
                    "keywords": ["ciasteczka", "pudełka prezentowe", "upominki firmowe"],
                },
                "it": {
                    "title": "Scatole regalo di biscotti al burro con il vostro logo",
                    "summary": "Biscotti al burro friabili con il logo in glassa, confezionati in scatole regalo per "
                    "clienti, partner o dipendenti.",
                    "unit": "scatola",
                    "body": "Ogni scatola contiene circa 250 g di biscotti al burro in tre forme, alcuni decorati con "
                    "il vostro logo in ghiaccia reale. Le scatole possono essere chiuse con un nastro nei vostri "
                    "colori e accompagnate da un biglietto con il vostro messaggio. Gli studenti preparano e "
                    "decorano i biscotti a lotti, e un docente di pasticceria controlla ogni lotto. Gli ordini per "
                    "dicembre vanno effettuati entro metà novembre.",
                    "steps": [
                        ["Stampo", "Realizziamo uno stencil o un tagliabiscotti a partire dal vostro logo."],
                        ["Cottura", "Gli studenti cuociono i biscotti e li lasciano raffreddare completamente."],
                        [
                            "Decorazione e confezione",
                            "I biscotti vengono glassati, asciugati e confezionati con nastro e biglietto.",
                        ],
                    ],
                    "specs": [
                        ["Peso", "250 g per scatola"],
                        ["Conservazione", "4 settimane"],
                        ["Allergeni", "glutine, latte, uova"],
                        ["Confezione", "scatola di cartone con nastro"],
                    ],
                    "keywords": ["biscotti", "scatole regalo", "regali aziendali"],
                },
                "pt": {
                    "title": "Caixas de bolachas de manteiga com o seu logótipo",
                    "summary": "Bolachas de manteiga estaladiças com o logótipo em glacé, em caixas de oferta para "
                    "clientes, parceiros ou colaboradores.",
                    "unit": "caixa",
                    "body": "Cada caixa leva cerca de 250 g de bolachas de manteiga em três formatos, algumas "
                    "decoradas com o seu logótipo em glacé real. As caixas podem ser fechadas com uma fita nas cores "
                    "da sua marca e incluir um pequeno cartão com a sua mensagem. Os alunos fazem e decoram as "
                    "bolachas por lotes, e um professor de pastelaria verifica cada lote. As encomendas para "
                    "dezembro devem ser feitas até meados de novembro.",
                    "steps": [
                        ["Molde", "Fazemos um stencil ou um cortador a partir do seu logótipo."],
                        ["Cozedura", "Os alunos cozem as bolachas e deixam-nas arrefecer por completo."],
                        [
                            "Decoração e embalagem",
                            "As bolachas são decoradas com glacé, secas e embaladas com fita e cartão.",
                        ],
                    ],
                    "specs": [
                        ["Peso", "250 g por caixa"],
                        ["Validade", "4 semanas"],
                        ["Alergénios", "glúten, leite, ovos"],
                        ["Embalagem", "caixa de cartão com fita"],
                    ],
                    "keywords": ["bolachas", "caixas de oferta", "brindes empresariais"],
                },
            },
        },
    ],
    "web-digital": [
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "450.00",
            "minimum_order": 1,
            "lead_time_days": 45,
            "capacity_per_month": 4,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Website for a small business",
                    "summary": "A responsive website of up to five pages with a contact form, built by software "
                    "development students on an open-source CMS.",
                    "unit": "website",
                    "body": "The website has up to five pages (for example home, services, about us, gallery and "
                    "contact), a contact form, a map and basic search engine optimisation. Students design a layout "
                    "based on your brand, build the site on WordPress or a similar CMS and show you how to update "
                    "texts and photos yourself. A teacher reviews the code, accessibility and security before "
                    "launch. You provide the texts, photos and a domain with hosting, or we can recommend a provider.",
                    "steps": [
                        ["Brief", "We meet online to agree on structure, style and content."],
                        ["Design and build", "Students create a prototype, collect your feedback and build the site."],
                        [
                            "Launch and training",
                            "After testing, the site goes live and you get a short training session.",
                        ],
                    ],
                    "specs": [
                        ["Pages", "up to 5"],
                        ["Platform", "WordPress or a similar open-source CMS"],
                        ["Languages", "1 (more on request)"],
                        ["Delivery time", "6–8 weeks"],
                    ],
                    "keywords": ["website", "web design", "small business"],
                },
                "lt": {
                    "title": "Svetainė smulkiajam verslui",
                    "summary": "Prisitaikanti iki penkių puslapių svetainė su kontaktų forma, kurią programavimo "
                    "mokiniai sukuria atvirojo kodo TVS pagrindu.",
                    "unit": "svetainė",
                    "body": "Svetainėje gali būti iki penkių puslapių (pavyzdžiui, pradžia, paslaugos, apie mus, "
                    "galerija ir kontaktai), kontaktų forma, žemėlapis ir pagrindinis optimizavimas paieškos "
                    "sistemoms. Mokiniai sukuria dizainą pagal jūsų prekės ženklą, svetainę įdiegia WordPress ar "
                    "panašioje TVS ir parodo, kaip patiems atnaujinti tekstus bei nuotraukas. Prieš paleidžiant "
                    "mokytojas patikrina kodą, prieinamumą ir saugumą. Jūs pateikiate tekstus, nuotraukas ir domeną "
                    "su prieglobos paslauga arba mes rekomenduojame tiekėją.",
                    "steps": [
                        ["Užduotis", "Susitinkame internetu ir susitariame dėl struktūros, stiliaus ir turinio."],
                        [
                            "Dizainas ir kūrimas",
                            "Mokiniai parengia prototipą, surenka jūsų pastabas ir sukuria svetainę.",
                        ],
                        ["Paleidimas ir mokymas", "Po testavimo svetainė paleidžiama, o jūs gaunate trumpą mokymą."],
                    ],
                    "specs": [
                        ["Puslapiai", "iki 5"],
                        ["Platforma", "WordPress ar panaši atvirojo kodo TVS"],
                        ["Kalbos", "1 (daugiau – pagal užklausą)"],
                        ["Įgyvendinimo trukmė", "6–8 savaitės"],
                    ],
                    "keywords": ["svetainė", "interneto dizainas", "smulkusis verslas"],
                },
                "lv": {
                    "title": "Tīmekļa vietne mazajam uzņēmumam",
                    "summary": "Pielāgojama tīmekļa vietne līdz piecām lapām ar saziņas formu, ko programmēšanas "
                    "audzēkņi izveido atvērtā koda satura pārvaldības sistēmā.",
                    "unit": "vietne",
                    "body": "Vietnē var būt līdz piecām lapām (piemēram, sākumlapa, pakalpojumi, par mums, galerija "
                    "un kontakti), saziņas forma, karte un pamata optimizācija meklētājprogrammām. Audzēkņi izstrādā "
                    "dizainu atbilstoši jūsu zīmolam, izveido vietni WordPress vai līdzīgā sistēmā un parāda, kā "
                    "pašiem atjaunināt tekstus un fotogrāfijas. Pirms publicēšanas pedagogs pārbauda kodu, "
                    "piekļūstamību un drošību. Jūs nodrošināt tekstus, fotogrāfijas un domēnu ar mitināšanu, vai arī "
                    "mēs ieteiksim pakalpojuma sniedzēju.",
                    "steps": [
                        ["Uzdevums", "Tiekamies tiešsaistē un vienojamies par struktūru, stilu un saturu."],
                        [
                            "Dizains un izstrāde",
                            "Audzēkņi izveido prototipu, apkopo jūsu komentārus un izstrādā vietni.",
                        ],
                        [
                            "Publicēšana un apmācība",
                            "Pēc testēšanas vietne tiek publicēta, un jūs saņemat īsu apmācību.",
                        ],
                    ],
                    "specs": [
                        ["Lapas", "līdz 5"],
                        ["Platforma", "WordPress vai līdzīga atvērtā koda sistēma"],
                        ["Valodas", "1 (vairāk pēc pieprasījuma)"],
                        ["Izpildes laiks", "6–8 nedēļas"],
                    ],
                    "keywords": ["tīmekļa vietne", "mājaslapa", "mazais bizness"],
                },
                "pl": {
                    "title": "Strona internetowa dla małej firmy",
                    "summary": "Responsywna strona do pięciu podstron z formularzem kontaktowym, zbudowana przez "
                    "uczniów programowania na otwartoźródłowym systemie CMS.",
                    "unit": "strona",
                    "body": "Strona obejmuje do pięciu podstron (np. start, usługi, o nas, galeria i kontakt), "
                    "formularz kontaktowy, mapę i podstawową optymalizację pod wyszukiwarki. Uczniowie projektują "
                    "układ zgodny z Państwa marką, budują stronę w WordPressie lub podobnym CMS-ie i pokazują, jak "
                    "samodzielnie aktualizować teksty i zdjęcia. Przed publikacją nauczyciel sprawdza kod, "
                    "dostępność i bezpieczeństwo. Państwo dostarczają teksty, zdjęcia oraz domenę z hostingiem – "
                    "możemy też polecić dostawcę.",
                    "steps": [
                        ["Brief", "Spotykamy się online i ustalamy strukturę, styl i treści."],
                        ["Projekt i wdrożenie", "Uczniowie tworzą prototyp, zbierają Państwa uwagi i budują stronę."],
                        [
                            "Publikacja i szkolenie",
                            "Po testach strona zostaje opublikowana, a Państwo przechodzą krótkie szkolenie.",
                        ],
                    ],
                    "specs": [
                        ["Podstrony", "do 5"],
                        ["Platforma", "WordPress lub podobny CMS open source"],
                        ["Wersje językowe", "1 (więcej na życzenie)"],
                        ["Czas realizacji", "6–8 tygodni"],
                    ],
                    "keywords": ["strona internetowa", "projektowanie stron", "mała firma"],
                },
                "it": {
                    "title": "Sito web per piccole imprese",
                    "summary": "Un sito responsive fino a cinque pagine con modulo di contatto, realizzato dagli "
                    "studenti di informatica su un CMS open source.",
                    "unit": "sito",
                    "body": "Il sito comprende fino a cinque pagine (ad esempio home, servizi, chi siamo, galleria e "
                    "contatti), un modulo di contatto, una mappa e un'ottimizzazione di base per i motori di ricerca. "
                    "Gli studenti progettano la grafica in linea con il vostro marchio, costruiscono il sito su "
                    "WordPress o un CMS simile e vi insegnano ad aggiornare da soli testi e foto. Prima della messa "
                    "online un docente verifica codice, accessibilità e sicurezza. Voi fornite testi, foto, dominio "
                    "e hosting, oppure vi consigliamo noi un fornitore.",
                    "steps": [
                        ["Brief", "Ci incontriamo online per definire struttura, stile e contenuti."],
                        [
                            "Progettazione e sviluppo",
                            "Gli studenti creano un prototipo, raccolgono il vostro parere e sviluppano il sito.",
                        ],
                        [
                            "Pubblicazione e formazione",
                            "Dopo i test il sito va online e ricevete una breve formazione.",
                        ],
                    ],
                    "specs": [
                        ["Pagine", "fino a 5"],
                        ["Piattaforma", "WordPress o CMS open source simile"],
                        ["Lingue", "1 (altre su richiesta)"],
                        ["Tempi di consegna", "6–8 settimane"],
                    ],
                    "keywords": ["sito web", "web design", "piccole imprese"],
                },
                "pt": {
                    "title": "Site para pequenas empresas",
                    "summary": "Um site responsivo com até cinco páginas e formulário de contacto, criado por alunos "
                    "de programação numa plataforma de código aberto.",
                    "unit": "site",
                    "body": "O site tem até cinco páginas (por exemplo, início, serviços, quem somos, galeria e "
                    "contactos), um formulário de contacto, um mapa e otimização básica para motores de busca. Os "
                    "alunos criam o design a partir da sua marca, desenvolvem o site em WordPress ou numa plataforma "
                    "semelhante e ensinam-no a atualizar textos e fotografias. Antes da publicação, um professor "
                    "verifica o código, a acessibilidade e a segurança. O cliente fornece os textos, as fotografias e "
                    "o domínio com alojamento, ou podemos recomendar um fornecedor.",
                    "steps": [
                        ["Briefing", "Reunimos online para definir a estrutura, o estilo e os conteúdos."],
                        [
                            "Design e desenvolvimento",
                            "Os alunos criam um protótipo, recolhem a sua opinião e desenvolvem o site.",
                        ],
                        ["Publicação e formação", "Depois dos testes, o site é publicado e recebe uma breve formação."],
                    ],
                    "specs": [
                        ["Páginas", "até 5"],
                        ["Plataforma", "WordPress ou outra plataforma de código aberto"],
                        ["Línguas", "1 (mais mediante pedido)"],
                        ["Prazo de entrega", "6–8 semanas"],
                    ],
                    "keywords": ["site", "web design", "pequenas empresas"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 60,
            "capacity_per_month": 2,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "Online shop set-up",
                    "summary": "A small online shop with a product catalogue, payments and delivery options, set up "
                    "by advanced web students.",
                    "unit": "project",
                    "body": "Students set up an online shop on WooCommerce or a similar platform, add your first "
                    "products, connect a payment gateway and configure delivery options. The scope varies a lot from "
                    "one business to another, so we prepare a quote after a short analysis of your products and "
                    "processes. The project is run by final-year students and supervised by a teacher with "
                    "e-commerce experience. You remain the owner of all accounts and data.",
                    "steps": [
                        ["Analysis", "We review your products, payment methods and delivery needs."],
                        ["Configuration", "Students install the shop, set up payments and import products."],
                        ["Testing", "Test orders are placed, and the shop is handed over with instructions."],
                    ],
                    "specs": [
                        ["Platform", "WooCommerce or similar"],
                        ["Products included", "up to 50"],
                        ["Payments", "card and bank transfer"],
                        ["Training", "1 online session"],
                    ],
                    "keywords": ["online shop", "e-commerce", "woocommerce"],
                },
                "lt": {
                    "title": "Elektroninės parduotuvės sukūrimas",
                    "summary": "Nedidelė el. parduotuvė su prekių katalogu, mokėjimais ir pristatymo būdais, kurią "
                    "sukuria vyresniųjų kursų programavimo mokiniai.",
                    "unit": "projektas",
                    "body": "Mokiniai sukuria el. parduotuvę WooCommerce ar panašioje platformoje, įkelia pirmąsias "
                    "prekes, prijungia mokėjimų sistemą ir nustato pristatymo būdus. Darbų apimtis labai priklauso "
                    "nuo verslo, todėl pasiūlymą parengiame trumpai išanalizavę jūsų prekes ir procesus. Projektą "
                    "vykdo baigiamųjų kursų mokiniai, prižiūrimi e. prekybos patirties turinčio mokytojo. Visos "
                    "paskyros ir duomenys lieka jūsų nuosavybė.",
                    "steps": [
                        ["Analizė", "Aptariame jūsų prekes, mokėjimo būdus ir pristatymo poreikius."],
                        ["Diegimas", "Mokiniai įdiegia parduotuvę, nustato mokėjimus ir įkelia prekes."],
                        ["Testavimas", "Pateikiami bandomieji užsakymai, o parduotuvė perduodama su instrukcijomis."],
                    ],
                    "specs": [
                        ["Platforma", "WooCommerce ar panaši"],
                        ["Įkeliamos prekės", "iki 50"],
                        ["Mokėjimai", "kortele ir banko pavedimu"],
                        ["Mokymai", "1 nuotolinis užsiėmimas"],
                    ],
                    "keywords": ["el. parduotuvė", "e. prekyba", "woocommerce"],
                },
                "lv": {
                    "title": "Interneta veikala izveide",
                    "summary": "Neliels interneta veikals ar preču katalogu, maksājumiem un piegādes iespējām, ko "
                    "izveido vecāko kursu programmēšanas audzēkņi.",
                    "unit": "projekts",
                    "body": "Audzēkņi izveido interneta veikalu WooCommerce vai līdzīgā platformā, pievieno pirmās "
                    "preces, pieslēdz maksājumu sistēmu un iestata piegādes veidus. Darba apjoms dažādiem uzņēmumiem "
                    "ļoti atšķiras, tāpēc piedāvājumu sagatavojam pēc īsas jūsu preču un procesu analīzes. Projektu "
                    "īsteno pēdējā kursa audzēkņi pedagoga uzraudzībā, kuram ir e-komercijas pieredze. Visi konti un "
                    "dati paliek jūsu īpašumā.",
                    "steps": [
                        ["Analīze", "Izvērtējam jūsu preces, maksājumu veidus un piegādes vajadzības."],
                        ["Iestatīšana", "Audzēkņi uzstāda veikalu, iestata maksājumus un importē preces."],
                        ["Testēšana", "Tiek veikti testa pasūtījumi, un veikals tiek nodots kopā ar instrukcijām."],
                    ],
                    "specs": [
                        ["Platforma", "WooCommerce vai līdzīga"],
                        ["Iekļautās preces", "līdz 50"],
                        ["Maksājumi", "ar karti un bankas pārskaitījumu"],
                        ["Apmācība", "1 tiešsaistes nodarbība"],
                    ],
                    "keywords": ["interneta veikals", "e-komercija", "woocommerce"],
                },
                "pl": {
                    "title": "Uruchomienie sklepu internetowego",
                    "summary": "Mały sklep internetowy z katalogiem produktów, płatnościami i opcjami dostawy, "
                    "przygotowany przez uczniów starszych klas programowania.",
                    "unit": "projekt",
                    "body": "Uczniowie uruchamiają sklep na WooCommerce lub podobnej platformie, dodają pierwsze "
                    "produkty, podłączają bramkę płatności i konfigurują sposoby dostawy. Zakres prac bardzo się "
                    "różni w zależności od firmy, dlatego wycenę przygotowujemy po krótkiej analizie Państwa "
                    "produktów i procesów. Projekt realizują uczniowie ostatniej klasy pod nadzorem nauczyciela z "
                    "doświadczeniem w e-commerce. Wszystkie konta i dane pozostają Państwa własnością.",
                    "steps": [
                        ["Analiza", "Omawiamy produkty, metody płatności i potrzeby w zakresie dostawy."],
                        ["Konfiguracja", "Uczniowie instalują sklep, ustawiają płatności i importują produkty."],
                        ["Testy", "Składamy zamówienia testowe i przekazujemy sklep wraz z instrukcją."],
                    ],
                    "specs": [
                        ["Platforma", "WooCommerce lub podobna"],
                        ["Produkty w cenie", "do 50"],
                        ["Płatności", "karta i przelew"],
                        ["Szkolenie", "1 sesja online"],
                    ],
                    "keywords": ["sklep internetowy", "e-commerce", "woocommerce"],
                },
                "it": {
                    "title": "Creazione di un negozio online",
                    "summary": "Un piccolo e-commerce con catalogo prodotti, pagamenti e opzioni di spedizione, "
                    "realizzato dagli studenti degli ultimi anni di informatica.",
                    "unit": "progetto",
                    "body": "Gli studenti configurano un negozio online su WooCommerce o una piattaforma simile, "
                    "inseriscono i primi prodotti, collegano un sistema di pagamento e impostano le opzioni di "
                    "spedizione. Il lavoro varia molto da un'attività all'altra, quindi prepariamo un preventivo "
                    "dopo una breve analisi dei vostri prodotti e processi. Il progetto è seguito dagli studenti "
                    "dell'ultimo anno con la supervisione di un docente esperto di e-commerce. Tutti gli account e i "
                    "dati restano di vostra proprietà.",
                    "steps": [
                        ["Analisi", "Esaminiamo prodotti, metodi di pagamento ed esigenze di spedizione."],
                        [
                            "Configurazione",
                            "Gli studenti installano il negozio, impostano i pagamenti e importano i prodotti.",
                        ],
                        ["Test", "Si effettuano ordini di prova e il negozio vi viene consegnato con le istruzioni."],
                    ],
                    "specs": [
                        ["Piattaforma", "WooCommerce o simile"],
                        ["Prodotti inclusi", "fino a 50"],
                        ["Pagamenti", "carta e bonifico"],
                        ["Formazione", "1 sessione online"],
                    ],
                    "keywords": ["negozio online", "e-commerce", "woocommerce"],
                },
                "pt": {
                    "title": "Criação de loja online",
                    "summary": "Uma pequena loja online com catálogo de produtos, pagamentos e opções de envio, "
                    "montada por alunos finalistas de programação.",
                    "unit": "projeto",
                    "body": "Os alunos montam uma loja online em WooCommerce ou numa plataforma semelhante, inserem "
                    "os primeiros produtos, ligam um sistema de pagamentos e configuram as opções de envio. O âmbito "
                    "varia muito de negócio para negócio, por isso preparamos um orçamento depois de uma breve "
                    "análise dos seus produtos e processos. O projeto é realizado por alunos do último ano, com a "
                    "supervisão de um professor com experiência em comércio eletrónico. Todas as contas e dados "
                    "continuam a ser seus.",
                    "steps": [
                        ["Análise", "Analisamos os seus produtos, métodos de pagamento e necessidades de envio."],
                        ["Configuração", "Os alunos instalam a loja, configuram os pagamentos e importam os produtos."],
                        ["Testes", "São feitas encomendas de teste e a loja é entregue com instruções."],
                    ],
                    "specs": [
                        ["Plataforma", "WooCommerce ou semelhante"],
                        ["Produtos incluídos", "até 50"],
                        ["Pagamentos", "cartão e transferência bancária"],
                        ["Formação", "1 sessão online"],
                    ],
                    "keywords": ["loja online", "comércio eletrónico", "woocommerce"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "120.00",
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 10,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Website accessibility and speed audit",
                    "summary": "A written report on how accessible, fast and mobile-friendly your website is, with a "
                    "list of practical fixes.",
                    "unit": "audit",
                    "body": "Students test your website with automated tools and manual checks against the WCAG 2.1 "
                    "guidelines, measure loading speed and review how it works on mobile devices. You receive a "
                    "report in plain language with the problems found, screenshots and a prioritised list of fixes. "
                    "A teacher reviews the report and joins a 30-minute online meeting to explain the results. We "
                    "only need the website address; no access to your systems is required.",
                    "steps": [
                        ["Automated tests", "Speed and accessibility tools scan the main pages."],
                        ["Manual review", "Students check keyboard navigation, contrast, forms and the mobile layout."],
                        ["Report", "Findings are summarised with recommendations and discussed with you online."],
                    ],
                    "specs": [
                        ["Pages tested", "up to 10"],
                        ["Standard", "WCAG 2.1, level AA"],
                        ["Report", "PDF, 8–15 pages"],
                        ["Follow-up meeting", "30 minutes online"],
                    ],
                    "keywords": ["accessibility", "website audit", "page speed"],
                },
                "lt": {
                    "title": "Svetainės prieinamumo ir greičio auditas",
                    "summary": "Rašytinė ataskaita apie tai, kiek jūsų svetainė prieinama, greita ir patogi "
                    "mobiliuosiuose įrenginiuose, su praktinių pataisymų sąrašu.",
                    "unit": "auditas",
                    "body": "Mokiniai testuoja jūsų svetainę automatinėmis priemonėmis ir rankiniu būdu pagal WCAG "
                    "2.1 gaires, matuoja įkėlimo greitį ir tikrina, kaip ji veikia mobiliuosiuose įrenginiuose. "
                    "Gaunate aiškia kalba parašytą ataskaitą su rastomis problemomis, ekrano nuotraukomis ir pagal "
                    "svarbą surikiuotu pataisymų sąrašu. Mokytojas peržiūri ataskaitą ir per 30 minučių nuotolinį "
                    "susitikimą paaiškina rezultatus. Mums reikia tik svetainės adreso – prieigos prie jūsų sistemų "
                    "nereikia.",
                    "steps": [
                        ["Automatiniai testai", "Greičio ir prieinamumo įrankiai nuskenuoja pagrindinius puslapius."],
                        [
                            "Rankinė peržiūra",
                            "Mokiniai tikrina naršymą klaviatūra, kontrastą, formas ir mobilųjį vaizdą.",
                        ],
                        ["Ataskaita", "Išvados apibendrinamos su rekomendacijomis ir aptariamos su jumis nuotoliu."],
                    ],
                    "specs": [
                        ["Tikrinami puslapiai", "iki 10"],
                        ["Standartas", "WCAG 2.1, AA lygis"],
                        ["Ataskaita", "PDF, 8–15 puslapių"],
                        ["Aptarimas", "30 minučių nuotoliu"],
                    ],
                    "keywords": ["prieinamumas", "svetainės auditas", "puslapio greitis"],
                },
                "lv": {
                    "title": "Tīmekļa vietnes piekļūstamības un ātruma audits",
                    "summary": "Rakstisks ziņojums par to, cik piekļūstama, ātra un mobilajām ierīcēm draudzīga ir "
                    "jūsu vietne, ar praktisku uzlabojumu sarakstu.",
                    "unit": "audits",
                    "body": "Audzēkņi pārbauda jūsu vietni ar automātiskiem rīkiem un manuāli atbilstoši WCAG 2.1 "
                    "vadlīnijām, mēra ielādes ātrumu un izvērtē, kā tā darbojas mobilajās ierīcēs. Jūs saņemat "
                    "vienkāršā valodā rakstītu ziņojumu ar atrastajām problēmām, ekrānuzņēmumiem un pēc prioritātes "
                    "sakārtotu labojumu sarakstu. Pedagogs pārskata ziņojumu un 30 minūšu tiešsaistes sanāksmē "
                    "izskaidro rezultātus. Mums vajadzīga tikai vietnes adrese – piekļuve jūsu sistēmām nav "
                    "nepieciešama.",
                    "steps": [
                        ["Automātiskie testi", "Ātruma un piekļūstamības rīki pārbauda galvenās lapas."],
                        [
                            "Manuāla pārbaude",
                            "Audzēkņi pārbauda navigāciju ar tastatūru, kontrastu, formas un mobilo skatu.",
                        ],
                        ["Ziņojums", "Secinājumi tiek apkopoti ar ieteikumiem un pārrunāti ar jums tiešsaistē."],
                    ],
                    "specs": [
                        ["Pārbaudītās lapas", "līdz 10"],
                        ["Standarts", "WCAG 2.1, AA līmenis"],
                        ["Ziņojums", "PDF, 8–15 lappuses"],
                        ["Pārrunas", "30 minūtes tiešsaistē"],
                    ],
                    "keywords": ["piekļūstamība", "vietnes audits", "lapas ātrums"],
                },
                "pl": {
                    "title": "Audyt dostępności i szybkości strony",
                    "summary": "Pisemny raport o tym, na ile Państwa strona jest dostępna, szybka i wygodna na "
                    "telefonach, z listą praktycznych poprawek.",
                    "unit": "audyt",
                    "body": "Uczniowie sprawdzają stronę narzędziami automatycznymi i ręcznie według wytycznych WCAG "
                    "2.1, mierzą szybkość ładowania i oceniają działanie na urządzeniach mobilnych. Otrzymują "
                    "Państwo napisany prostym językiem raport ze znalezionymi problemami, zrzutami ekranu i listą "
                    "poprawek uporządkowaną według ważności. Nauczyciel weryfikuje raport i omawia wyniki podczas "
                    "30-minutowego spotkania online. Potrzebujemy tylko adresu strony – dostęp do Państwa systemów "
                    "nie jest wymagany.",
                    "steps": [
                        [
                            "Testy automatyczne",
                            "Narzędzia do badania szybkości i dostępności skanują główne podstrony.",
                        ],
                        [
                            "Przegląd ręczny",
                            "Uczniowie sprawdzają obsługę klawiaturą, kontrast, formularze i widok mobilny.",
                        ],
                        ["Raport", "Wnioski zbieramy wraz z rekomendacjami i omawiamy z Państwem online."],
                    ],
                    "specs": [
                        ["Sprawdzane podstrony", "do 10"],
                        ["Standard", "WCAG 2.1, poziom AA"],
                        ["Raport", "PDF, 8–15 stron"],
                        ["Omówienie", "30 minut online"],
                    ],
                    "keywords": ["dostępność", "audyt strony", "szybkość strony"],
                },
                "it": {
                    "title": "Verifica di accessibilità e velocità del sito",
                    "summary": "Un rapporto scritto su quanto il vostro sito sia accessibile, veloce e adatto ai "
                    "dispositivi mobili, con un elenco di interventi concreti.",
                    "unit": "verifica",
                    "body": "Gli studenti analizzano il sito con strumenti automatici e controlli manuali secondo le "
                    "linee guida WCAG 2.1, misurano la velocità di caricamento e verificano il funzionamento su "
                    "smartphone e tablet. Ricevete un rapporto in linguaggio semplice con i problemi riscontrati, "
                    "schermate e un elenco di interventi in ordine di priorità. Un docente rivede il rapporto e ve lo "
                    "spiega in un incontro online di 30 minuti. Ci serve solo l'indirizzo del sito, senza alcun "
                    "accesso ai vostri sistemi.",
                    "steps": [
                        ["Test automatici", "Strumenti di velocità e accessibilità analizzano le pagine principali."],
                        [
                            "Verifica manuale",
                            "Gli studenti controllano navigazione da tastiera, contrasto, moduli e layout mobile.",
                        ],
                        ["Rapporto", "I risultati vengono riassunti con raccomandazioni e discussi con voi online."],
                    ],
                    "specs": [
                        ["Pagine analizzate", "fino a 10"],
                        ["Standard", "WCAG 2.1, livello AA"],
                        ["Rapporto", "PDF, 8–15 pagine"],
                        ["Incontro di restituzione", "30 minuti online"],
                    ],
                    "keywords": ["accessibilità", "analisi del sito", "velocità delle pagine"],
                },
                "pt": {
                    "title": "Auditoria de acessibilidade e velocidade do site",
                    "summary": "Um relatório escrito sobre a acessibilidade, a rapidez e a adaptação do seu site a "
                    "dispositivos móveis, com uma lista de correções práticas.",
                    "unit": "auditoria",
                    "body": "Os alunos testam o seu site com ferramentas automáticas e verificações manuais segundo "
                    "as diretrizes WCAG 2.1, medem a velocidade de carregamento e avaliam o funcionamento em "
                    "telemóveis. Recebe um relatório em linguagem simples com os problemas encontrados, capturas de "
                    "ecrã e uma lista de correções por ordem de prioridade. Um professor revê o relatório e "
                    "explica os resultados numa reunião online de 30 minutos. Só precisamos do endereço do site; não "
                    "é necessário acesso aos seus sistemas.",
                    "steps": [
                        [
                            "Testes automáticos",
                            "Ferramentas de velocidade e acessibilidade analisam as páginas principais.",
                        ],
                        [
                            "Revisão manual",
                            "Os alunos verificam a navegação por teclado, o contraste, os formulários e a versão móvel.",
                        ],
                        ["Relatório", "As conclusões são resumidas com recomendações e discutidas consigo online."],
                    ],
                    "specs": [
                        ["Páginas analisadas", "até 10"],
                        ["Norma", "WCAG 2.1, nível AA"],
                        ["Relatório", "PDF, 8–15 páginas"],
                        ["Reunião de apresentação", "30 minutos online"],
                    ],
                    "keywords": ["acessibilidade", "auditoria de sites", "velocidade"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "15.00",
            "minimum_order": 4,
            "lead_time_days": 5,
            "capacity_per_month": 80,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Website maintenance and content updates",
                    "summary": "Regular updates of texts, images and plugins on your website, billed by the hour.",
                    "unit": "hour",
                    "body": "Students publish the content you send them, replace images, add news posts and keep the "
                    "CMS and plugins up to date. Before each update they make a backup, and a teacher checks every "
                    "change to the live site. Hours are bought in packages of at least four and can be used over a "
                    "school term. Requests are handled within five working days.",
                    "steps": [
                        ["Request", "You send the changes by email or through a shared form."],
                        ["Update", "Students make a backup and carry out the changes."],
                        ["Check", "A teacher reviews the result, and you receive a short summary."],
                    ],
                    "specs": [
                        ["Minimum package", "4 hours"],
                        ["Response time", "5 working days"],
                        ["Backups", "before every change"],
                        ["Supported CMS", "WordPress, Joomla, Drupal"],
                    ],
                    "keywords": ["website maintenance", "content updates", "wordpress"],
                },
                "lt": {
                    "title": "Svetainės priežiūra ir turinio atnaujinimas",
                    "summary": "Reguliarus tekstų, paveikslėlių ir įskiepių atnaujinimas jūsų svetainėje, "
                    "apmokamas valandomis.",
                    "unit": "valanda",
                    "body": "Mokiniai paskelbia jūsų atsiųstą turinį, keičia paveikslėlius, įkelia naujienas ir "
                    "atnaujina TVS bei įskiepius. Prieš kiekvieną atnaujinimą jie pasidaro atsarginę kopiją, o "
                    "kiekvieną veikiančios svetainės pakeitimą patikrina mokytojas. Valandos perkamos paketais, ne "
                    "mažiau kaip po keturias, ir jas galima panaudoti per visą pusmetį. Užklausos įvykdomos per "
                    "penkias darbo dienas.",
                    "steps": [
                        ["Užklausa", "Pakeitimus atsiunčiate el. paštu arba per bendrą formą."],
                        ["Atnaujinimas", "Mokiniai pasidaro atsarginę kopiją ir atlieka pakeitimus."],
                        ["Patikra", "Mokytojas peržiūri rezultatą, o jūs gaunate trumpą ataskaitą."],
                    ],
                    "specs": [
                        ["Mažiausias paketas", "4 valandos"],
                        ["Reakcijos laikas", "5 darbo dienos"],
                        ["Atsarginės kopijos", "prieš kiekvieną pakeitimą"],
                        ["Palaikomos TVS", "WordPress, Joomla, Drupal"],
                    ],
                    "keywords": ["svetainės priežiūra", "turinio atnaujinimas", "wordpress"],
                },
                "lv": {
                    "title": "Tīmekļa vietnes uzturēšana un satura atjaunināšana",
                    "summary": "Regulāra tekstu, attēlu un spraudņu atjaunināšana jūsu vietnē ar samaksu par stundām.",
                    "unit": "stunda",
                    "body": "Audzēkņi publicē jūsu atsūtīto saturu, nomaina attēlus, pievieno jaunumus un uztur "
                    "satura pārvaldības sistēmu un spraudņus aktuālus. Pirms katra atjauninājuma viņi izveido "
                    "rezerves kopiju, un katru izmaiņu publiskajā vietnē pārbauda pedagogs. Stundas tiek iegādātas "
                    "paketēs pa vismaz četrām, un tās var izmantot viena semestra laikā. Pieprasījumi tiek izpildīti "
                    "piecu darba dienu laikā.",
                    "steps": [
                        ["Pieprasījums", "Izmaiņas nosūtāt pa e-pastu vai ar kopīgas veidlapas palīdzību."],
                        ["Atjaunināšana", "Audzēkņi izveido rezerves kopiju un veic izmaiņas."],
                        ["Pārbaude", "Pedagogs pārskata rezultātu, un jūs saņemat īsu kopsavilkumu."],
                    ],
                    "specs": [
                        ["Minimālā pakete", "4 stundas"],
                        ["Reakcijas laiks", "5 darba dienas"],
                        ["Rezerves kopijas", "pirms katras izmaiņas"],
                        ["Atbalstītās sistēmas", "WordPress, Joomla, Drupal"],
                    ],
                    "keywords": ["vietnes uzturēšana", "satura atjaunināšana", "wordpress"],
                },
                "pl": {
                    "title": "Opieka nad stroną i aktualizacja treści",
                    "summary": "Regularna aktualizacja tekstów, zdjęć i wtyczek na Państwa stronie, rozliczana "
                    "godzinowo.",
                    "unit": "godzina",
                    "body": "Uczniowie publikują przesłane treści, wymieniają zdjęcia, dodają aktualności i dbają o "
                    "aktualność CMS-a oraz wtyczek. Przed każdą zmianą wykonują kopię zapasową, a każdą zmianę na "
                    "działającej stronie sprawdza nauczyciel. Godziny kupuje się w pakietach po co najmniej cztery i "
                    "można je wykorzystać w ciągu semestru. Zgłoszenia realizujemy w ciągu pięciu dni roboczych.",
                    "steps": [
                        ["Zgłoszenie", "Przesyłają Państwo zmiany e-mailem lub przez wspólny formularz."],
                        ["Aktualizacja", "Uczniowie wykonują kopię zapasową i wprowadzają zmiany."],
                        ["Kontrola", "Nauczyciel sprawdza efekt, a Państwo otrzymują krótkie podsumowanie."],
                    ],
                    "specs": [
                        ["Minimalny pakiet", "4 godziny"],
                        ["Czas realizacji", "5 dni roboczych"],
                        ["Kopie zapasowe", "przed każdą zmianą"],
                        ["Obsługiwane CMS-y", "WordPress, Joomla, Drupal"],
                    ],
                    "keywords": ["opieka nad stroną", "aktualizacja treści", "wordpress"],
                },
                "it": {
                    "title": "Manutenzione del sito e aggiornamento dei contenuti",
                    "summary": "Aggiornamenti regolari di testi, immagini e plugin del vostro sito, con tariffa "
                    "oraria.",
                    "unit": "ora",
                    "body": "Gli studenti pubblicano i contenuti che ci inviate, sostituiscono immagini, aggiungono "
                    "notizie e tengono aggiornati CMS e plugin. Prima di ogni intervento eseguono un backup, e un "
                    "docente controlla ogni modifica al sito pubblicato. Le ore si acquistano in pacchetti da almeno "
                    "quattro e si possono utilizzare nell'arco di un quadrimestre. Le richieste vengono evase entro "
                    "cinque giorni lavorativi.",
                    "steps": [
                        ["Richiesta", "Inviate le modifiche via e-mail o tramite un modulo condiviso."],
                        ["Aggiornamento", "Gli studenti eseguono un backup e apportano le modifiche."],
                        ["Controllo", "Un docente verifica il risultato e ricevete un breve riepilogo."],
                    ],
                    "specs": [
                        ["Pacchetto minimo", "4 ore"],
                        ["Tempi di risposta", "5 giorni lavorativi"],
                        ["Backup", "prima di ogni modifica"],
                        ["CMS supportati", "WordPress, Joomla, Drupal"],
                    ],
                    "keywords": ["manutenzione sito", "aggiornamento contenuti", "wordpress"],
                },
                "pt": {
                    "title": "Manutenção do site e atualização de conteúdos",
                    "summary": "Atualização regular de textos, imagens e plugins do seu site, paga à hora.",
                    "unit": "hora",
                    "body": "Os alunos publicam os conteúdos que nos envia, substituem imagens, acrescentam notícias "
                    "e mantêm a plataforma e os plugins atualizados. Antes de cada atualização fazem uma cópia de "
                    "segurança, e um professor verifica cada alteração no site publicado. As horas são adquiridas em "
                    "pacotes de pelo menos quatro e podem ser usadas ao longo de um período letivo. Os pedidos são "
                    "tratados no prazo de cinco dias úteis.",
                    "steps": [
                        ["Pedido", "Envia as alterações por e-mail ou através de um formulário partilhado."],
                        ["Atualização", "Os alunos fazem uma cópia de segurança e aplicam as alterações."],
                        ["Verificação", "Um professor revê o resultado e recebe um breve resumo."],
                    ],
                    "specs": [
                        ["Pacote mínimo", "4 horas"],
                        ["Prazo de resposta", "5 dias úteis"],
                        ["Cópias de segurança", "antes de cada alteração"],
                        ["Plataformas suportadas", "WordPress, Joomla, Drupal"],
                    ],
                    "keywords": ["manutenção de sites", "atualização de conteúdos", "wordpress"],
                },
            },
        },
    ],
    "marketing-media": [
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "300.00",
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 5,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "One-month social media campaign",
                    "summary": "A planned Facebook and Instagram campaign with posts, stories and a results report, "
                    "prepared by marketing students.",
                    "unit": "campaign",
                    "body": "Students analyse your audience and competitors, draw up a content plan and create twelve "
                    "posts and eight stories for one month. They can also run a small paid promotion with a budget "
                    "you approve (the advertising budget is not included in the price). At the end of the month you "
                    "receive a report on reach and engagement with recommendations. A teacher with agency experience "
                    "reviews all content before it is published.",
                    "steps": [
                        ["Strategy", "Students study your audience and propose goals and a content plan."],
                        ["Content creation", "Texts, graphics and short videos are prepared and approved by you."],
                        [
                            "Publishing and reporting",
                            "Posts go out on schedule, and results are summarised at the end.",
                        ],
                    ],
                    "specs": [
                        ["Channels", "Facebook, Instagram"],
                        ["Content", "12 posts, 8 stories"],
                        ["Duration", "1 month"],
                        ["Advertising budget", "not included"],
                    ],
                    "keywords": ["social media", "campaign", "content plan"],
                },
                "lt": {
                    "title": "Mėnesio socialinių tinklų kampanija",
                    "summary": "Suplanuota kampanija „Facebook“ ir „Instagram“ tinkluose su įrašais, istorijomis ir "
                    "rezultatų ataskaita, kurią parengia rinkodaros mokiniai.",
                    "unit": "kampanija",
                    "body": "Mokiniai išanalizuoja jūsų auditoriją ir konkurentus, sudaro turinio planą ir sukuria "
                    "dvylika įrašų bei aštuonias istorijas vienam mėnesiui. Jie taip pat gali vykdyti nedidelę mokamą "
                    "reklamą pagal jūsų patvirtintą biudžetą (reklamos biudžetas į kainą neįskaičiuotas). Mėnesio "
                    "pabaigoje gaunate ataskaitą apie pasiekiamumą ir įsitraukimą su rekomendacijomis. Visą turinį "
                    "prieš paskelbiant peržiūri reklamos agentūroje dirbęs mokytojas.",
                    "steps": [
                        ["Strategija", "Mokiniai išanalizuoja auditoriją ir pasiūlo tikslus bei turinio planą."],
                        [
                            "Turinio kūrimas",
                            "Parengiami tekstai, grafika ir trumpi vaizdo įrašai, kuriuos jūs patvirtinate.",
                        ],
                        [
                            "Skelbimas ir ataskaita",
                            "Įrašai skelbiami pagal grafiką, o pabaigoje apibendrinami rezultatai.",
                        ],
                    ],
                    "specs": [
                        ["Kanalai", "„Facebook“, „Instagram“"],
                        ["Turinys", "12 įrašų, 8 istorijos"],
                        ["Trukmė", "1 mėnuo"],
                        ["Reklamos biudžetas", "neįskaičiuotas"],
                    ],
                    "keywords": ["socialiniai tinklai", "kampanija", "turinio planas"],
                },
                "lv": {
                    "title": "Mēneša kampaņa sociālajos tīklos",
                    "summary": "Plānota Facebook un Instagram kampaņa ar ierakstiem, stāstiem un rezultātu "
                    "pārskatu, ko sagatavo mārketinga audzēkņi.",
                    "unit": "kampaņa",
                    "body": "Audzēkņi izpēta jūsu auditoriju un konkurentus, sagatavo satura plānu un izveido "
                    "divpadsmit ierakstus un astoņus stāstus vienam mēnesim. Viņi var arī vadīt nelielu maksas "
                    "reklāmu ar jūsu apstiprinātu budžetu (reklāmas budžets cenā nav iekļauts). Mēneša beigās "
                    "saņemat pārskatu par sasniedzamību un iesaisti kopā ar ieteikumiem. Visu saturu pirms "
                    "publicēšanas pārskata pedagogs ar aģentūras darba pieredzi.",
                    "steps": [
                        ["Stratēģija", "Audzēkņi izpēta auditoriju un piedāvā mērķus un satura plānu."],
                        ["Satura veidošana", "Tiek sagatavoti teksti, grafika un īsi video, ko jūs apstiprināt."],
                        [
                            "Publicēšana un pārskats",
                            "Ieraksti tiek publicēti pēc grafika, un beigās apkopoti rezultāti.",
                        ],
                    ],
                    "specs": [
                        ["Kanāli", "Facebook, Instagram"],
                        ["Saturs", "12 ieraksti, 8 stāsti"],
                        ["Ilgums", "1 mēnesis"],
                        ["Reklāmas budžets", "nav iekļauts"],
                    ],
                    "keywords": ["sociālie tīkli", "kampaņa", "satura plāns"],
                },
                "pl": {
                    "title": "Miesięczna kampania w mediach społecznościowych",
                    "summary": "Zaplanowana kampania na Facebooku i Instagramie z postami, relacjami i raportem "
                    "wyników, przygotowana przez uczniów technikum reklamy.",
                    "unit": "kampania",
                    "body": "Uczniowie analizują Państwa grupę docelową i konkurencję, układają plan treści i "
                    "przygotowują dwanaście postów oraz osiem relacji na jeden miesiąc. Mogą też poprowadzić "
                    "niewielką płatną promocję w zatwierdzonym przez Państwa budżecie (budżet reklamowy nie jest "
                    "wliczony w cenę). Na koniec miesiąca otrzymują Państwo raport z zasięgów i zaangażowania wraz z "
                    "rekomendacjami. Wszystkie treści przed publikacją sprawdza nauczyciel z doświadczeniem w "
                    "agencji reklamowej.",
                    "steps": [
                        ["Strategia", "Uczniowie badają grupę docelową i proponują cele oraz plan treści."],
                        [
                            "Tworzenie treści",
                            "Teksty, grafiki i krótkie filmy powstają i trafiają do Państwa akceptacji.",
                        ],
                        [
                            "Publikacja i raport",
                            "Posty ukazują się zgodnie z harmonogramem, a na koniec podsumowujemy wyniki.",
                        ],
                    ],
                    "specs": [
                        ["Kanały", "Facebook, Instagram"],
                        ["Treści", "12 postów, 8 relacji"],
                        ["Czas trwania", "1 miesiąc"],
                        ["Budżet reklamowy", "niewliczony"],
                    ],
                    "keywords": ["media społecznościowe", "kampania", "plan treści"],
                },
                "it": {
                    "title": "Campagna social di un mese",
                    "summary": "Una campagna pianificata su Facebook e Instagram con post, storie e report dei "
                    "risultati, curata dagli studenti di marketing.",
                    "unit": "campagna",
                    "body": "Gli studenti analizzano il vostro pubblico e i concorrenti, preparano un piano editoriale "
                    "e realizzano dodici post e otto storie per un mese. Possono anche gestire una piccola "
                    "promozione a pagamento con un budget approvato da voi (il budget pubblicitario non è incluso "
                    "nel prezzo). A fine mese ricevete un report su copertura e interazioni, con suggerimenti. Un "
                    "docente con esperienza in agenzia rivede tutti i contenuti prima della pubblicazione.",
                    "steps": [
                        ["Strategia", "Gli studenti studiano il pubblico e propongono obiettivi e piano editoriale."],
                        [
                            "Creazione dei contenuti",
                            "Testi, grafiche e brevi video vengono preparati e sottoposti alla vostra approvazione.",
                        ],
                        [
                            "Pubblicazione e report",
                            "I post escono secondo il calendario e alla fine si riassumono i risultati.",
                        ],
                    ],
                    "specs": [
                        ["Canali", "Facebook, Instagram"],
                        ["Contenuti", "12 post, 8 storie"],
                        ["Durata", "1 mese"],
                        ["Budget pubblicitario", "non incluso"],
                    ],
                    "keywords": ["social media", "campagna", "piano editoriale"],
                },
                "pt": {
                    "title": "Campanha de um mês nas redes sociais",
                    "summary": "Uma campanha planeada no Facebook e no Instagram, com publicações, stories e "
                    "relatório de resultados, preparada por alunos de marketing.",
                    "unit": "campanha",
                    "body": "Os alunos analisam o seu público e a concorrência, elaboram um plano de conteúdos e "
                    "criam doze publicações e oito stories para um mês. Podem também gerir uma pequena promoção paga "
                    "com um orçamento aprovado por si (o orçamento de publicidade não está incluído no preço). No fim "
                    "do mês, recebe um relatório de alcance e interação com recomendações. Um professor com "
                    "experiência em agência revê todos os conteúdos antes da publicação.",
                    "steps": [
                        ["Estratégia", "Os alunos estudam o público e propõem objetivos e um plano de conteúdos."],
                        [
                            "Criação de conteúdos",
                            "Textos, grafismos e vídeos curtos são preparados e aprovados por si.",
                        ],
                        [
                            "Publicação e relatório",
                            "As publicações saem segundo o calendário e os resultados são resumidos no fim.",
                        ],
                    ],
                    "specs": [
                        ["Canais", "Facebook, Instagram"],
                        ["Conteúdos", "12 publicações, 8 stories"],
                        ["Duração", "1 mês"],
                        ["Orçamento de publicidade", "não incluído"],
                    ],
                    "keywords": ["redes sociais", "campanha", "plano de conteúdos"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "8.00",
            "minimum_order": 10,
            "lead_time_days": 7,
            "capacity_per_month": 400,
            "delivery_modes": ["pickup", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Product photography for online shops",
                    "summary": "Clean, retouched product photos on a white or styled background, shot in the school "
                    "studio.",
                    "unit": "photo",
                    "body": "You bring or send your products, and students photograph them in the school studio with "
                    "professional lighting. Each photo is retouched, cropped to the formats you need and delivered "
                    "as web-ready and high-resolution files. We can also shoot on location, for example in your shop "
                    "or workshop, for a small extra fee. A media teacher reviews the selection before delivery.",
                    "steps": [
                        ["Planning", "We agree on angles, background and formats for each product."],
                        ["Shooting", "Students set up the lighting and photograph the products."],
                        ["Editing", "Selected photos are retouched and delivered via a download link."],
                    ],
                    "specs": [
                        ["Minimum order", "10 photos"],
                        ["Formats", "JPG for web and in high resolution"],
                        ["Background", "white or styled"],
                        ["Delivery", "within 7 days"],
                    ],
                    "keywords": ["product photography", "online shop", "photo studio"],
                },
                "lt": {
                    "title": "Produktų fotografija el. parduotuvėms",
                    "summary": "Tvarkingos, apdorotos produktų nuotraukos baltame ar stilizuotame fone, "
                    "fotografuojamos mokyklos studijoje.",
                    "unit": "nuotrauka",
                    "body": "Atvežate arba atsiunčiate savo produktus, o mokiniai juos nufotografuoja mokyklos "
                    "studijoje su profesionaliu apšvietimu. Kiekviena nuotrauka retušuojama, apkarpoma reikiamais "
                    "formatais ir pateikiama internetui bei aukštos raiškos failais. Už nedidelį papildomą mokestį "
                    "galime fotografuoti ir vietoje, pavyzdžiui, jūsų parduotuvėje ar dirbtuvėse. Prieš perduodant "
                    "nuotraukas atranką peržiūri medijų mokytojas.",
                    "steps": [
                        ["Planavimas", "Susitariame dėl kiekvieno produkto kampų, fono ir formatų."],
                        ["Fotografavimas", "Mokiniai sureguliuoja apšvietimą ir fotografuoja produktus."],
                        ["Apdorojimas", "Atrinktos nuotraukos retušuojamos ir pateikiamos atsisiuntimo nuoroda."],
                    ],
                    "specs": [
                        ["Mažiausias užsakymas", "10 nuotraukų"],
                        ["Formatai", "JPG internetui ir aukštos raiškos"],
                        ["Fonas", "baltas arba stilizuotas"],
                        ["Pateikimas", "per 7 dienas"],
                    ],
                    "keywords": ["produktų fotografija", "el. parduotuvė", "fotostudija"],
                },
                "lv": {
                    "title": "Produktu fotografēšana interneta veikaliem",
                    "summary": "Kvalitatīvas, apstrādātas produktu fotogrāfijas uz balta vai stilizēta fona, "
                    "uzņemtas skolas studijā.",
                    "unit": "fotogrāfija",
                    "body": "Jūs atvedat vai atsūtāt savus produktus, un audzēkņi tos nofotografē skolas studijā ar "
                    "profesionālu apgaismojumu. Katra fotogrāfija tiek retušēta, apgriezta vajadzīgajos formātos un "
                    "nodota gan tīmeklim piemērotā, gan augstā izšķirtspējā. Par nelielu papildu samaksu varam "
                    "fotografēt arī uz vietas, piemēram, jūsu veikalā vai darbnīcā. Pirms nodošanas atlasi pārskata "
                    "mediju pedagogs.",
                    "steps": [
                        ["Plānošana", "Vienojamies par katra produkta leņķiem, fonu un formātiem."],
                        ["Fotografēšana", "Audzēkņi iestata apgaismojumu un fotografē produktus."],
                        ["Apstrāde", "Atlasītās fotogrāfijas tiek retušētas un nodotas ar lejupielādes saiti."],
                    ],
                    "specs": [
                        ["Minimālais pasūtījums", "10 fotogrāfijas"],
                        ["Formāti", "JPG tīmeklim un augstā izšķirtspējā"],
                        ["Fons", "balts vai stilizēts"],
                        ["Izpilde", "7 dienu laikā"],
                    ],
                    "keywords": ["produktu fotogrāfija", "interneta veikals", "fotostudija"],
                },
                "pl": {
                    "title": "Zdjęcia produktowe do sklepu internetowego",
                    "summary": "Estetyczne, wyretuszowane zdjęcia produktów na białym lub aranżowanym tle, "
                    "wykonane w szkolnym studiu.",
                    "unit": "zdjęcie",
                    "body": "Przywożą lub przesyłają Państwo produkty, a uczniowie fotografują je w szkolnym studiu "
                    "przy profesjonalnym oświetleniu. Każde zdjęcie jest retuszowane, kadrowane do potrzebnych "
                    "formatów i przekazywane w wersji do internetu oraz w wysokiej rozdzielczości. Za niewielką "
                    "dopłatą możemy też fotografować na miejscu, np. w sklepie lub pracowni. Przed przekazaniem "
                    "wybór zdjęć sprawdza nauczyciel multimediów.",
                    "steps": [
                        ["Planowanie", "Ustalamy ujęcia, tło i formaty dla każdego produktu."],
                        ["Sesja", "Uczniowie ustawiają światło i fotografują produkty."],
                        ["Obróbka", "Wybrane zdjęcia są retuszowane i udostępniane do pobrania."],
                    ],
                    "specs": [
                        ["Minimalne zamówienie", "10 zdjęć"],
                        ["Formaty", "JPG do internetu i w wysokiej rozdzielczości"],
                        ["Tło", "białe lub aranżowane"],
                        ["Realizacja", "do 7 dni"],
                    ],
                    "keywords": ["zdjęcia produktowe", "sklep internetowy", "studio fotograficzne"],
                },
                "it": {
                    "title": "Foto di prodotto per negozi online",
                    "summary": "Foto di prodotto pulite e ritoccate su fondo bianco o ambientato, scattate nello "
                    "studio della scuola.",
                    "unit": "foto",
                    "body": "Portate o spedite i vostri prodotti e gli studenti li fotografano nello studio della "
                    "scuola con illuminazione professionale. Ogni foto viene ritoccata, ritagliata nei formati "
                    "richiesti e consegnata sia per il web sia in alta risoluzione. Con un piccolo supplemento "
                    "possiamo fotografare anche in loco, ad esempio nel vostro negozio o laboratorio. Un docente di "
                    "comunicazione visiva controlla la selezione prima della consegna.",
                    "steps": [
                        ["Pianificazione", "Concordiamo inquadrature, sfondo e formati per ogni prodotto."],
                        ["Scatto", "Gli studenti preparano le luci e fotografano i prodotti."],
                        ["Post-produzione", "Le foto scelte vengono ritoccate e consegnate tramite link di download."],
                    ],
                    "specs": [
                        ["Ordine minimo", "10 foto"],
                        ["Formati", "JPG per il web e ad alta risoluzione"],
                        ["Sfondo", "bianco o ambientato"],
                        ["Consegna", "entro 7 giorni"],
                    ],
                    "keywords": ["foto di prodotto", "negozio online", "studio fotografico"],
                },
                "pt": {
                    "title": "Fotografia de produto para lojas online",
                    "summary": "Fotografias de produto limpas e tratadas, em fundo branco ou ambientado, feitas no "
                    "estúdio da escola.",
                    "unit": "fotografia",
                    "body": "Traz ou envia os seus produtos, e os alunos fotografam-nos no estúdio da escola com "
                    "iluminação profissional. Cada fotografia é retocada, recortada nos formatos de que precisa e "
                    "entregue em versão para web e em alta resolução. Por um pequeno valor adicional, também "
                    "fotografamos no local, por exemplo na sua loja ou oficina. Um professor de multimédia revê a "
                    "seleção antes da entrega.",
                    "steps": [
                        ["Planeamento", "Combinamos os ângulos, o fundo e os formatos de cada produto."],
                        ["Sessão fotográfica", "Os alunos preparam a iluminação e fotografam os produtos."],
                        ["Edição", "As fotografias selecionadas são retocadas e entregues por link de transferência."],
                    ],
                    "specs": [
                        ["Encomenda mínima", "10 fotografias"],
                        ["Formatos", "JPG para web e em alta resolução"],
                        ["Fundo", "branco ou ambientado"],
                        ["Entrega", "no prazo de 7 dias"],
                    ],
                    "keywords": ["fotografia de produto", "loja online", "estúdio fotográfico"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "350.00",
            "minimum_order": 1,
            "lead_time_days": 30,
            "capacity_per_month": 3,
            "delivery_modes": ["on_site", "remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "60-second promotional video",
                    "summary": "A short video presenting your company, product or event, scripted, filmed and edited "
                    "by media students.",
                    "unit": "video",
                    "body": "Students write a short script with you, film at your premises for up to half a day and "
                    "edit the video with music, captions and your logo. You receive a horizontal version for your "
                    "website and a vertical version for social media. Two rounds of changes are included. The "
                    "project is supervised by a teacher who works as a video producer.",
                    "steps": [
                        ["Script", "Students propose a storyline and a shot list for your approval."],
                        ["Filming", "The crew films on location with a camera, lights and sound equipment."],
                        ["Editing", "The video is edited, subtitled and delivered in two formats."],
                    ],
                    "specs": [
                        ["Length", "up to 60 seconds"],
                        ["Filming", "up to 4 hours on location"],
                        ["Formats", "16:9 and 9:16"],
                        ["Revisions", "2 rounds"],
                    ],
                    "keywords": ["promotional video", "video production", "social media"],
                },
                "lt": {
                    "title": "60 sekundžių reklaminis vaizdo klipas",
                    "summary": "Trumpas vaizdo klipas, pristatantis jūsų įmonę, produktą ar renginį – scenarijų, "
                    "filmavimą ir montažą atlieka medijų mokiniai.",
                    "unit": "klipas",
                    "body": "Mokiniai kartu su jumis parašo trumpą scenarijų, iki pusės dienos filmuoja jūsų "
                    "patalpose ir sumontuoja klipą su muzika, titrais ir jūsų logotipu. Gaunate horizontalią versiją "
                    "svetainei ir vertikalią – socialiniams tinklams. Į kainą įeina du pataisymų etapai. Projektą "
                    "prižiūri mokytojas, dirbantis vaizdo įrašų prodiuseriu.",
                    "steps": [
                        ["Scenarijus", "Mokiniai pasiūlo siužetą ir kadrų planą, kurį jūs patvirtinate."],
                        ["Filmavimas", "Komanda filmuoja vietoje su kamera, šviesomis ir garso įranga."],
                        ["Montažas", "Klipas sumontuojamas, subtitruojamas ir pateikiamas dviem formatais."],
                    ],
                    "specs": [
                        ["Trukmė", "iki 60 sekundžių"],
                        ["Filmavimas", "iki 4 valandų vietoje"],
                        ["Formatai", "16:9 ir 9:16"],
                        ["Pataisymai", "2 etapai"],
                    ],
                    "keywords": ["reklaminis klipas", "vaizdo gamyba", "socialiniai tinklai"],
                },
                "lv": {
                    "title": "60 sekunžu reklāmas video",
                    "summary": "Īss video par jūsu uzņēmumu, produktu vai pasākumu, kuram scenāriju, filmēšanu un "
                    "montāžu veic mediju audzēkņi.",
                    "unit": "video",
                    "body": "Audzēkņi kopā ar jums uzraksta īsu scenāriju, līdz pusdienai filmē jūsu telpās un "
                    "samontē video ar mūziku, subtitriem un jūsu logotipu. Jūs saņemat horizontālu versiju vietnei un "
                    "vertikālu versiju sociālajiem tīkliem. Cenā iekļautas divas labojumu kārtas. Projektu uzrauga "
                    "pedagogs, kurš strādā par video producentu.",
                    "steps": [
                        ["Scenārijs", "Audzēkņi piedāvā sižetu un kadru plānu jūsu apstiprināšanai."],
                        ["Filmēšana", "Komanda filmē uz vietas ar kameru, gaismām un skaņas aprīkojumu."],
                        ["Montāža", "Video tiek samontēts, subtitrēts un nodots divos formātos."],
                    ],
                    "specs": [
                        ["Garums", "līdz 60 sekundēm"],
                        ["Filmēšana", "līdz 4 stundām uz vietas"],
                        ["Formāti", "16:9 un 9:16"],
                        ["Labojumi", "2 kārtas"],
                    ],
                    "keywords": ["reklāmas video", "video producēšana", "sociālie tīkli"],
                },
                "pl": {
                    "title": "60-sekundowy film promocyjny",
                    "summary": "Krótki film prezentujący Państwa firmę, produkt lub wydarzenie – scenariusz, zdjęcia "
                    "i montaż w wykonaniu uczniów multimediów.",
                    "unit": "film",
                    "body": "Uczniowie piszą z Państwem krótki scenariusz, filmują w Państwa siedzibie do pół dnia i "
                    "montują film z muzyką, napisami i logo. Otrzymują Państwo wersję poziomą na stronę internetową "
                    "i pionową do mediów społecznościowych. W cenie są dwie rundy poprawek. Projekt nadzoruje "
                    "nauczyciel, który zawodowo zajmuje się produkcją wideo.",
                    "steps": [
                        ["Scenariusz", "Uczniowie proponują fabułę i listę ujęć do Państwa akceptacji."],
                        ["Zdjęcia", "Ekipa filmuje na miejscu z kamerą, oświetleniem i sprzętem audio."],
                        ["Montaż", "Film jest montowany, opatrzony napisami i przekazany w dwóch formatach."],
                    ],
                    "specs": [
                        ["Długość", "do 60 sekund"],
                        ["Zdjęcia", "do 4 godzin na miejscu"],
                        ["Formaty", "16:9 i 9:16"],
                        ["Poprawki", "2 rundy"],
                    ],
                    "keywords": ["film promocyjny", "produkcja wideo", "media społecznościowe"],
                },
                "it": {
                    "title": "Video promozionale da 60 secondi",
                    "summary": "Un breve video che presenta la vostra azienda, un prodotto o un evento, scritto, "
                    "girato e montato dagli studenti di comunicazione.",
                    "unit": "video",
                    "body": "Gli studenti scrivono con voi una breve sceneggiatura, girano nella vostra sede per un "
                    "massimo di mezza giornata e montano il video con musica, sottotitoli e logo. Ricevete una "
                    "versione orizzontale per il sito e una verticale per i social. Sono comprese due revisioni. Il "
                    "progetto è seguito da un docente che lavora come produttore video.",
                    "steps": [
                        [
                            "Sceneggiatura",
                            "Gli studenti propongono una storia e un elenco di inquadrature da approvare.",
                        ],
                        ["Riprese", "La troupe gira in loco con telecamera, luci e attrezzatura audio."],
                        ["Montaggio", "Il video viene montato, sottotitolato e consegnato in due formati."],
                    ],
                    "specs": [
                        ["Durata", "fino a 60 secondi"],
                        ["Riprese", "fino a 4 ore in loco"],
                        ["Formati", "16:9 e 9:16"],
                        ["Revisioni", "2"],
                    ],
                    "keywords": ["video promozionale", "produzione video", "social media"],
                },
                "pt": {
                    "title": "Vídeo promocional de 60 segundos",
                    "summary": "Um vídeo curto que apresenta a sua empresa, produto ou evento, com guião, filmagem e "
                    "montagem feitos por alunos de multimédia.",
                    "unit": "vídeo",
                    "body": "Os alunos escrevem consigo um guião curto, filmam nas suas instalações durante até meio "
                    "dia e montam o vídeo com música, legendas e o seu logótipo. Recebe uma versão horizontal para o "
                    "site e uma versão vertical para as redes sociais. Estão incluídas duas rondas de alterações. O "
                    "projeto é acompanhado por um professor que trabalha como produtor de vídeo.",
                    "steps": [
                        ["Guião", "Os alunos propõem uma história e uma lista de planos para aprovação."],
                        ["Filmagem", "A equipa filma no local com câmara, iluminação e equipamento de som."],
                        ["Montagem", "O vídeo é montado, legendado e entregue em dois formatos."],
                    ],
                    "specs": [
                        ["Duração", "até 60 segundos"],
                        ["Filmagem", "até 4 horas no local"],
                        ["Formatos", "16:9 e 9:16"],
                        ["Alterações", "2 rondas"],
                    ],
                    "keywords": ["vídeo promocional", "produção de vídeo", "redes sociais"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 2,
            "delivery_modes": ["remote", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Customer survey and market research",
                    "summary": "A survey of your customers or target market, including questionnaire design, data "
                    "collection and a summary report.",
                    "unit": "project",
                    "body": "Students help you define what you want to find out, design an online or face-to-face "
                    "questionnaire and collect the responses. They analyse the results in spreadsheets and present "
                    "the key findings in a clear report and a short presentation. The price depends on the number of "
                    "respondents and on whether interviews take place in the street or online. All data is collected "
                    "anonymously and handled in line with the GDPR.",
                    "steps": [
                        ["Questions", "We agree on the goals and draft the questionnaire together."],
                        ["Fieldwork", "Students collect responses online or in person."],
                        ["Analysis", "The results are analysed and presented with recommendations."],
                    ],
                    "specs": [
                        ["Respondents", "50–300"],
                        ["Methods", "online form, face-to-face interviews"],
                        ["Output", "report and presentation"],
                        ["Data protection", "anonymous, GDPR-compliant"],
                    ],
                    "keywords": ["market research", "customer survey", "questionnaire"],
                },
                "lt": {
                    "title": "Klientų apklausa ir rinkos tyrimas",
                    "summary": "Jūsų klientų ar tikslinės rinkos apklausa: klausimyno parengimas, duomenų rinkimas "
                    "ir apibendrinamoji ataskaita.",
                    "unit": "projektas",
                    "body": "Mokiniai padeda jums apibrėžti, ką norite sužinoti, parengia internetinį arba tiesioginės "
                    "apklausos klausimyną ir surenka atsakymus. Rezultatus jie išanalizuoja skaičiuoklėse, o "
                    "svarbiausias išvadas pateikia aiškioje ataskaitoje ir trumpame pristatyme. Kaina priklauso nuo "
                    "respondentų skaičiaus ir nuo to, ar apklausa vyksta gatvėje, ar internetu. Visi duomenys "
                    "renkami anonimiškai ir tvarkomi pagal BDAR.",
                    "steps": [
                        ["Klausimai", "Susitariame dėl tikslų ir kartu parengiame klausimyno projektą."],
                        ["Lauko darbai", "Mokiniai renka atsakymus internetu arba tiesiogiai."],
                        ["Analizė", "Rezultatai išanalizuojami ir pristatomi su rekomendacijomis."],
                    ],
                    "specs": [
                        ["Respondentai", "50–300"],
                        ["Metodai", "internetinė forma, tiesioginiai interviu"],
                        ["Rezultatas", "ataskaita ir pristatymas"],
                        ["Duomenų apsauga", "anonimiškai, pagal BDAR"],
                    ],
                    "keywords": ["rinkos tyrimas", "klientų apklausa", "klausimynas"],
                },
                "lv": {
                    "title": "Klientu aptauja un tirgus izpēte",
                    "summary": "Jūsu klientu vai mērķa tirgus aptauja ar anketas izstrādi, datu vākšanu un "
                    "kopsavilkuma ziņojumu.",
                    "unit": "projekts",
                    "body": "Audzēkņi palīdz jums noteikt, ko vēlaties noskaidrot, sagatavo tiešsaistes vai klātienes "
                    "anketu un apkopo atbildes. Rezultātus viņi analizē izklājlapās un galvenos secinājumus izklāsta "
                    "skaidrā ziņojumā un īsā prezentācijā. Cena ir atkarīga no respondentu skaita un no tā, vai "
                    "intervijas notiek uz ielas vai tiešsaistē. Visi dati tiek vākti anonīmi un apstrādāti saskaņā "
                    "ar VDAR.",
                    "steps": [
                        ["Jautājumi", "Vienojamies par mērķiem un kopā sagatavojam anketas projektu."],
                        ["Datu vākšana", "Audzēkņi vāc atbildes tiešsaistē vai klātienē."],
                        ["Analīze", "Rezultāti tiek analizēti un prezentēti kopā ar ieteikumiem."],
                    ],
                    "specs": [
                        ["Respondenti", "50–300"],
                        ["Metodes", "tiešsaistes anketa, klātienes intervijas"],
                        ["Rezultāts", "ziņojums un prezentācija"],
                        ["Datu aizsardzība", "anonīmi, saskaņā ar VDAR"],
                    ],
                    "keywords": ["tirgus izpēte", "klientu aptauja", "anketa"],
                },
                "pl": {
                    "title": "Ankieta wśród klientów i badanie rynku",
                    "summary": "Badanie Państwa klientów lub rynku docelowego: przygotowanie ankiety, zebranie "
                    "danych i raport z wnioskami.",
                    "unit": "projekt",
                    "body": "Uczniowie pomagają określić, czego chcą się Państwo dowiedzieć, przygotowują ankietę "
                    "online lub kwestionariusz do wywiadów bezpośrednich i zbierają odpowiedzi. Wyniki analizują w "
                    "arkuszu kalkulacyjnym, a najważniejsze wnioski przedstawiają w przejrzystym raporcie i krótkiej "
                    "prezentacji. Cena zależy od liczby respondentów oraz od tego, czy badanie odbywa się na ulicy, "
                    "czy w internecie. Wszystkie dane zbieramy anonimowo i przetwarzamy zgodnie z RODO.",
                    "steps": [
                        ["Pytania", "Wspólnie ustalamy cele i przygotowujemy projekt ankiety."],
                        ["Badanie", "Uczniowie zbierają odpowiedzi online lub osobiście."],
                        ["Analiza", "Wyniki są analizowane i przedstawiane wraz z rekomendacjami."],
                    ],
                    "specs": [
                        ["Respondenci", "50–300"],
                        ["Metody", "formularz online, wywiady bezpośrednie"],
                        ["Efekt", "raport i prezentacja"],
                        ["Ochrona danych", "anonimowo, zgodnie z RODO"],
                    ],
                    "keywords": ["badanie rynku", "ankieta", "opinie klientów"],
                },
                "it": {
                    "title": "Sondaggio tra i clienti e ricerca di mercato",
                    "summary": "Un'indagine tra i vostri clienti o sul vostro mercato di riferimento, con "
                    "questionario, raccolta dati e report di sintesi.",
                    "unit": "progetto",
                    "body": "Gli studenti vi aiutano a definire che cosa volete scoprire, preparano un questionario "
                    "online o per interviste dirette e raccolgono le risposte. Analizzano i risultati con fogli di "
                    "calcolo e presentano i dati principali in un report chiaro e in una breve presentazione. Il "
                    "prezzo dipende dal numero di intervistati e dal fatto che le interviste si svolgano per strada o "
                    "online. Tutti i dati sono raccolti in forma anonima e trattati nel rispetto del GDPR.",
                    "steps": [
                        ["Domande", "Definiamo insieme gli obiettivi e la bozza del questionario."],
                        ["Raccolta dati", "Gli studenti raccolgono le risposte online o di persona."],
                        ["Analisi", "I risultati vengono analizzati e presentati con raccomandazioni."],
                    ],
                    "specs": [
                        ["Intervistati", "50–300"],
                        ["Metodi", "modulo online, interviste dirette"],
                        ["Risultato", "report e presentazione"],
                        ["Protezione dei dati", "anonimato, conforme al GDPR"],
                    ],
                    "keywords": ["ricerca di mercato", "sondaggio clienti", "questionario"],
                },
                "pt": {
                    "title": "Inquérito a clientes e estudo de mercado",
                    "summary": "Um inquérito aos seus clientes ou ao seu mercado-alvo, com elaboração do "
                    "questionário, recolha de dados e relatório final.",
                    "unit": "projeto",
                    "body": "Os alunos ajudam-no a definir o que quer saber, elaboram um questionário online ou para "
                    "entrevistas presenciais e recolhem as respostas. Analisam os resultados em folhas de cálculo e "
                    "apresentam as principais conclusões num relatório claro e numa breve apresentação. O preço "
                    "depende do número de inquiridos e de as entrevistas decorrerem na rua ou online. Todos os dados "
                    "são recolhidos de forma anónima e tratados de acordo com o RGPD.",
                    "steps": [
                        ["Perguntas", "Definimos os objetivos e preparamos juntos o questionário."],
                        ["Trabalho de campo", "Os alunos recolhem respostas online ou presencialmente."],
                        ["Análise", "Os resultados são analisados e apresentados com recomendações."],
                    ],
                    "specs": [
                        ["Inquiridos", "50–300"],
                        ["Métodos", "formulário online, entrevistas presenciais"],
                        ["Resultado", "relatório e apresentação"],
                        ["Proteção de dados", "anónimo, de acordo com o RGPD"],
                    ],
                    "keywords": ["estudo de mercado", "inquérito a clientes", "questionário"],
                },
            },
        },
    ],
    "lab-testing": [
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "25.00",
            "minimum_order": 1,
            "lead_time_days": 10,
            "capacity_per_month": 60,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Well water quality test",
                    "summary": "Basic chemical analysis of drinking water from a private well, with a plain-language "
                    "report.",
                    "unit": "sample",
                    "body": "We test pH, hardness, nitrates, nitrites, ammonium, iron and conductivity, the most "
                    "common problems in private wells. You receive a clean sample bottle with instructions, take the "
                    "sample yourself and bring it to the school laboratory on the same day. Students carry out the "
                    "analyses using standard methods under the supervision of a chemistry teacher, who signs the "
                    "report. The results are for information only and do not replace an official test by an "
                    "accredited laboratory.",
                    "steps": [
                        ["Sampling", "You fill our bottle following simple instructions."],
                        ["Analysis", "Students measure each parameter and record the results."],
                        ["Report", "The teacher checks the data and explains the results in plain language."],
                    ],
                    "specs": [
                        ["Parameters", "pH, hardness, nitrates, nitrites, ammonium, iron, conductivity"],
                        ["Sample volume", "1 litre"],
                        ["Results", "within 10 days"],
                        ["Status", "informative, not accredited"],
                    ],
                    "keywords": ["water testing", "well water", "nitrates"],
                },
                "lt": {
                    "title": "Šulinio vandens kokybės tyrimas",
                    "summary": "Pagrindinis nuosavo šulinio geriamojo vandens cheminis tyrimas su aiškiai "
                    "suprantama ataskaita.",
                    "unit": "mėginys",
                    "body": "Tiriame pH, kietumą, nitratus, nitritus, amonį, geležį ir elektrinį laidį – "
                    "dažniausias nuosavų šulinių problemas. Gaunate švarų mėginio buteliuką su instrukcija, mėginį "
                    "paimate patys ir tą pačią dieną atnešate į mokyklos laboratoriją. Mokiniai atlieka tyrimus "
                    "standartiniais metodais, prižiūrimi chemijos mokytojo, kuris pasirašo ataskaitą. Rezultatai yra "
                    "informacinio pobūdžio ir nepakeičia oficialaus akredituotos laboratorijos tyrimo.",
                    "steps": [
                        ["Mėginio ėmimas", "Pripildote mūsų buteliuką laikydamiesi paprastos instrukcijos."],
                        ["Tyrimas", "Mokiniai išmatuoja kiekvieną rodiklį ir užrašo rezultatus."],
                        ["Ataskaita", "Mokytojas patikrina duomenis ir aiškiai paaiškina rezultatus."],
                    ],
                    "specs": [
                        ["Rodikliai", "pH, kietumas, nitratai, nitritai, amonis, geležis, elektrinis laidis"],
                        ["Mėginio tūris", "1 litras"],
                        ["Rezultatai", "per 10 dienų"],
                        ["Statusas", "informacinis, neakredituotas"],
                    ],
                    "keywords": ["vandens tyrimas", "šulinio vanduo", "nitratai"],
                },
                "lv": {
                    "title": "Akas ūdens kvalitātes pārbaude",
                    "summary": "Privātas akas dzeramā ūdens ķīmiskā pamatanalīze ar viegli saprotamu ziņojumu.",
                    "unit": "paraugs",
                    "body": "Nosakām pH, cietību, nitrātus, nitrītus, amoniju, dzelzi un elektrovadītspēju – "
                    "biežākās problēmas privātajās akās. Jūs saņemat tīru paraugu pudeli ar instrukciju, pats "
                    "paņemat paraugu un tajā pašā dienā atnesat to uz skolas laboratoriju. Audzēkņi veic analīzes pēc "
                    "standarta metodēm ķīmijas pedagoga uzraudzībā, kurš paraksta ziņojumu. Rezultāti ir "
                    "informatīvi un neaizstāj oficiālu akreditētas laboratorijas pārbaudi.",
                    "steps": [
                        ["Paraugu ņemšana", "Jūs piepildāt mūsu pudeli, ievērojot vienkāršu instrukciju."],
                        ["Analīze", "Audzēkņi nosaka katru rādītāju un pieraksta rezultātus."],
                        ["Ziņojums", "Pedagogs pārbauda datus un vienkāršā valodā izskaidro rezultātus."],
                    ],
                    "specs": [
                        ["Rādītāji", "pH, cietība, nitrāti, nitrīti, amonijs, dzelzs, elektrovadītspēja"],
                        ["Parauga tilpums", "1 litrs"],
                        ["Rezultāti", "10 dienu laikā"],
                        ["Statuss", "informatīvs, nav akreditēts"],
                    ],
                    "keywords": ["ūdens analīze", "akas ūdens", "nitrāti"],
                },
                "pl": {
                    "title": "Badanie jakości wody ze studni",
                    "summary": "Podstawowa analiza chemiczna wody pitnej z prywatnej studni wraz z raportem "
                    "napisanym prostym językiem.",
                    "unit": "próbka",
                    "body": "Oznaczamy pH, twardość, azotany, azotyny, amon, żelazo i przewodność – najczęstsze "
                    "problemy przydomowych studni. Otrzymują Państwo czystą butelkę na próbkę z instrukcją, samodzielnie "
                    "pobierają wodę i tego samego dnia przynoszą ją do szkolnego laboratorium. Uczniowie wykonują "
                    "analizy metodami normowymi pod nadzorem nauczyciela chemii, który podpisuje raport. Wyniki mają "
                    "charakter informacyjny i nie zastępują urzędowego badania w laboratorium akredytowanym.",
                    "steps": [
                        ["Pobranie próbki", "Napełniają Państwo naszą butelkę według prostej instrukcji."],
                        ["Analiza", "Uczniowie oznaczają każdy parametr i zapisują wyniki."],
                        ["Raport", "Nauczyciel sprawdza dane i wyjaśnia wyniki prostym językiem."],
                    ],
                    "specs": [
                        ["Parametry", "pH, twardość, azotany, azotyny, amon, żelazo, przewodność"],
                        ["Objętość próbki", "1 litr"],
                        ["Wyniki", "do 10 dni"],
                        ["Status", "informacyjny, bez akredytacji"],
                    ],
                    "keywords": ["badanie wody", "woda ze studni", "azotany"],
                },
                "it": {
                    "title": "Analisi dell'acqua di pozzo",
                    "summary": "Analisi chimica di base dell'acqua potabile di un pozzo privato, con un referto "
                    "facile da capire.",
                    "unit": "campione",
                    "body": "Misuriamo pH, durezza, nitrati, nitriti, ammoniaca, ferro e conducibilità, i problemi più "
                    "comuni dei pozzi privati. Ricevete una bottiglia pulita con le istruzioni, prelevate voi il "
                    "campione e lo portate al laboratorio della scuola lo stesso giorno. Gli studenti eseguono le "
                    "analisi con metodi standard sotto la supervisione di un docente di chimica, che firma il "
                    "referto. I risultati hanno valore informativo e non sostituiscono un'analisi ufficiale di un "
                    "laboratorio accreditato.",
                    "steps": [
                        ["Prelievo", "Riempite la nostra bottiglia seguendo semplici istruzioni."],
                        ["Analisi", "Gli studenti misurano ogni parametro e registrano i risultati."],
                        ["Referto", "Il docente verifica i dati e spiega i risultati in modo semplice."],
                    ],
                    "specs": [
                        ["Parametri", "pH, durezza, nitrati, nitriti, ammoniaca, ferro, conducibilità"],
                        ["Volume del campione", "1 litro"],
                        ["Risultati", "entro 10 giorni"],
                        ["Valore", "informativo, non accreditato"],
                    ],
                    "keywords": ["analisi dell'acqua", "acqua di pozzo", "nitrati"],
                },
                "pt": {
                    "title": "Análise da qualidade da água de poço",
                    "summary": "Análise química básica da água de consumo de um poço particular, com um relatório "
                    "fácil de entender.",
                    "unit": "amostra",
                    "body": "Analisamos pH, dureza, nitratos, nitritos, amónio, ferro e condutividade, os problemas "
                    "mais comuns nos poços particulares. Recebe um frasco limpo com instruções, recolhe a amostra e "
                    "entrega-a no laboratório da escola no mesmo dia. Os alunos fazem as análises por métodos "
                    "normalizados, com a supervisão de um professor de química, que assina o relatório. Os "
                    "resultados são meramente informativos e não substituem uma análise oficial de um laboratório "
                    "acreditado.",
                    "steps": [
                        ["Colheita", "Enche o nosso frasco seguindo instruções simples."],
                        ["Análise", "Os alunos medem cada parâmetro e registam os resultados."],
                        ["Relatório", "O professor verifica os dados e explica os resultados de forma simples."],
                    ],
                    "specs": [
                        ["Parâmetros", "pH, dureza, nitratos, nitritos, amónio, ferro, condutividade"],
                        ["Volume da amostra", "1 litro"],
                        ["Resultados", "no prazo de 10 dias"],
                        ["Natureza", "informativa, não acreditada"],
                    ],
                    "keywords": ["análise de água", "água de poço", "nitratos"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "18.00",
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 50,
            "delivery_modes": ["pickup"],
            "months": [3, 4, 5, 6, 9, 10, 11],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Garden soil analysis",
                    "summary": "Soil pH and main nutrients measured in the school lab, with fertiliser advice for your "
                    "garden or field.",
                    "unit": "sample",
                    "body": "We measure soil pH, phosphorus, potassium, magnesium and organic matter. You collect a "
                    "mixed sample from several spots following our guide and bring about half a kilo of soil to the "
                    "school. Agriculture and chemistry students analyse it together and prepare simple advice on "
                    "liming and fertilising. A teacher checks every result before it is sent to you.",
                    "steps": [
                        ["Sampling", "You take soil from 10–15 spots and mix it in one bag."],
                        ["Analysis", "Students dry the sample and measure pH and nutrients."],
                        ["Advice", "You receive the results with fertiliser recommendations."],
                    ],
                    "specs": [
                        ["Parameters", "pH, P, K, Mg, organic matter"],
                        ["Sample", "about 500 g"],
                        ["Results", "within 14 days"],
                        ["Recommendations", "included"],
                    ],
                    "keywords": ["soil analysis", "fertiliser", "gardening"],
                },
                "lt": {
                    "title": "Sodo dirvožemio tyrimas",
                    "summary": "Mokyklos laboratorijoje nustatomas dirvožemio pH ir pagrindinės maisto medžiagos, "
                    "pateikiami tręšimo patarimai jūsų sodui ar laukui.",
                    "unit": "mėginys",
                    "body": "Nustatome dirvožemio pH, fosforo, kalio, magnio ir organinių medžiagų kiekį. Pagal mūsų "
                    "instrukciją surenkate mišrų mėginį iš kelių vietų ir į mokyklą atnešate apie pusę kilogramo "
                    "žemės. Žemės ūkio ir chemijos mokiniai kartu jį ištiria ir parengia paprastus kalkinimo bei "
                    "tręšimo patarimus. Kiekvieną rezultatą prieš išsiunčiant jums patikrina mokytojas.",
                    "steps": [
                        ["Mėginio ėmimas", "Žemę paimate iš 10–15 vietų ir sumaišote viename maišelyje."],
                        ["Tyrimas", "Mokiniai mėginį išdžiovina ir nustato pH bei maisto medžiagų kiekį."],
                        ["Patarimai", "Gaunate rezultatus su tręšimo rekomendacijomis."],
                    ],
                    "specs": [
                        ["Rodikliai", "pH, P, K, Mg, organinės medžiagos"],
                        ["Mėginys", "apie 500 g"],
                        ["Rezultatai", "per 14 dienų"],
                        ["Rekomendacijos", "pateikiamos"],
                    ],
                    "keywords": ["dirvožemio tyrimas", "trąšos", "sodininkystė"],
                },
                "lv": {
                    "title": "Dārza augsnes analīze",
                    "summary": "Skolas laboratorijā nosakām augsnes pH un galvenās barības vielas un sniedzam "
                    "mēslošanas ieteikumus jūsu dārzam vai laukam.",
                    "unit": "paraugs",
                    "body": "Nosakām augsnes pH, fosfora, kālija, magnija un organisko vielu saturu. Pēc mūsu "
                    "norādījumiem jūs ievācat jauktu paraugu no vairākām vietām un atnesat uz skolu apmēram pusi "
                    "kilograma augsnes. Lauksaimniecības un ķīmijas audzēkņi to analizē kopā un sagatavo vienkāršus "
                    "ieteikumus kaļķošanai un mēslošanai. Katru rezultātu pirms nosūtīšanas jums pārbauda pedagogs.",
                    "steps": [
                        ["Paraugu ņemšana", "Augsni ņemat 10–15 vietās un sajaucat vienā maisiņā."],
                        ["Analīze", "Audzēkņi izžāvē paraugu un nosaka pH un barības vielas."],
                        ["Ieteikumi", "Jūs saņemat rezultātus kopā ar mēslošanas ieteikumiem."],
                    ],
                    "specs": [
                        ["Rādītāji", "pH, P, K, Mg, organiskās vielas"],
                        ["Paraugs", "apmēram 500 g"],
                        ["Rezultāti", "14 dienu laikā"],
                        ["Ieteikumi", "iekļauti"],
                    ],
                    "keywords": ["augsnes analīze", "mēslojums", "dārzkopība"],
                },
                "pl": {
                    "title": "Analiza gleby ogrodowej",
                    "summary": "Oznaczenie pH i podstawowych składników pokarmowych gleby w szkolnym laboratorium, z "
                    "zaleceniami nawożenia dla ogrodu lub pola.",
                    "unit": "próbka",
                    "body": "Oznaczamy pH gleby oraz zawartość fosforu, potasu, magnezu i materii organicznej. Według "
                    "naszej instrukcji pobierają Państwo próbkę zbiorczą z kilku miejsc i przynoszą do szkoły około "
                    "pół kilograma ziemi. Uczniowie kierunków rolniczych i chemicznych wspólnie ją badają i "
                    "przygotowują proste zalecenia dotyczące wapnowania i nawożenia. Każdy wynik przed wysłaniem "
                    "sprawdza nauczyciel.",
                    "steps": [
                        ["Pobranie próbki", "Pobierają Państwo ziemię z 10–15 miejsc i mieszają ją w jednym worku."],
                        ["Analiza", "Uczniowie suszą próbkę i oznaczają pH oraz składniki pokarmowe."],
                        ["Zalecenia", "Otrzymują Państwo wyniki z zaleceniami nawożenia."],
                    ],
                    "specs": [
                        ["Parametry", "pH, P, K, Mg, materia organiczna"],
                        ["Próbka", "ok. 500 g"],
                        ["Wyniki", "do 14 dni"],
                        ["Zalecenia", "w cenie"],
                    ],
                    "keywords": ["analiza gleby", "nawożenie", "ogród"],
                },
                "it": {
                    "title": "Analisi del terreno per orti e giardini",
                    "summary": "pH e principali nutrienti del terreno misurati nel laboratorio della scuola, con "
                    "consigli di concimazione per il vostro giardino o campo.",
                    "unit": "campione",
                    "body": "Misuriamo pH, fosforo, potassio, magnesio e sostanza organica del terreno. Seguendo la "
                    "nostra guida, prelevate un campione misto da più punti e portate a scuola circa mezzo chilo di "
                    "terra. Gli studenti di agraria e di chimica lo analizzano insieme e preparano semplici consigli "
                    "su correzione del pH e concimazione. Un docente controlla ogni risultato prima dell'invio.",
                    "steps": [
                        ["Prelievo", "Prendete la terra in 10–15 punti e la mescolate in un unico sacchetto."],
                        ["Analisi", "Gli studenti essiccano il campione e misurano pH e nutrienti."],
                        ["Consigli", "Ricevete i risultati con le indicazioni di concimazione."],
                    ],
                    "specs": [
                        ["Parametri", "pH, P, K, Mg, sostanza organica"],
                        ["Campione", "circa 500 g"],
                        ["Risultati", "entro 14 giorni"],
                        ["Consigli", "inclusi"],
                    ],
                    "keywords": ["analisi del terreno", "concimazione", "giardinaggio"],
                },
                "pt": {
                    "title": "Análise de solo para hortas e jardins",
                    "summary": "Medição do pH e dos principais nutrientes do solo no laboratório da escola, com "
                    "conselhos de fertilização para o seu jardim ou terreno.",
                    "unit": "amostra",
                    "body": "Medimos o pH do solo e os teores de fósforo, potássio, magnésio e matéria orgânica. "
                    "Seguindo o nosso guia, recolhe uma amostra composta de vários pontos e traz cerca de meio quilo "
                    "de terra à escola. Alunos de agricultura e de química analisam-na em conjunto e preparam "
                    "conselhos simples sobre calagem e adubação. Um professor verifica cada resultado antes de o "
                    "enviarmos.",
                    "steps": [
                        ["Colheita", "Recolhe terra em 10–15 pontos e mistura tudo num único saco."],
                        ["Análise", "Os alunos secam a amostra e medem o pH e os nutrientes."],
                        ["Aconselhamento", "Recebe os resultados com recomendações de adubação."],
                    ],
                    "specs": [
                        ["Parâmetros", "pH, P, K, Mg, matéria orgânica"],
                        ["Amostra", "cerca de 500 g"],
                        ["Resultados", "no prazo de 14 dias"],
                        ["Recomendações", "incluídas"],
                    ],
                    "keywords": ["análise de solo", "adubação", "jardinagem"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 8,
            "delivery_modes": ["pickup", "remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "Nutrition analysis for small food producers",
                    "summary": "Moisture, fat, protein, salt and sugar measurements to help small producers prepare a "
                    "nutrition label.",
                    "unit": "product",
                    "body": "Small bakeries, farms and start-ups often need approximate nutrition values before they "
                    "launch a product. Food technology students analyse your product in the school laboratory and "
                    "calculate the values per 100 g. The price depends on the number of parameters and samples, so we "
                    "prepare a quote first. The results are informative and must be confirmed by an accredited "
                    "laboratory where the law requires it.",
                    "steps": [
                        ["Consultation", "We agree which parameters are needed and how many samples to bring."],
                        ["Laboratory tests", "Students run each analysis twice under the teacher's supervision."],
                        ["Calculation", "The results are converted into a draft nutrition table."],
                    ],
                    "specs": [
                        ["Parameters", "moisture, fat, protein, salt, sugars"],
                        ["Samples", "2 per product"],
                        ["Output", "draft nutrition table per 100 g"],
                        ["Status", "informative"],
                    ],
                    "keywords": ["food analysis", "nutrition label", "food producers"],
                },
                "lt": {
                    "title": "Maistingumo tyrimas smulkiesiems maisto gamintojams",
                    "summary": "Drėgmės, riebalų, baltymų, druskos ir cukrų kiekio nustatymas, padedantis smulkiesiems "
                    "gamintojams parengti maistingumo etiketę.",
                    "unit": "produktas",
                    "body": "Nedidelėms kepykloms, ūkiams ir startuoliams prieš pradedant prekiauti produktu dažnai "
                    "reikia apytikslių maistingumo verčių. Maisto technologijų mokiniai ištiria jūsų produktą mokyklos "
                    "laboratorijoje ir apskaičiuoja vertes 100 g. Kaina priklauso nuo rodiklių ir mėginių skaičiaus, "
                    "todėl pirmiausia parengiame pasiūlymą. Rezultatai yra informacinio pobūdžio, ir jei to reikalauja "
                    "teisės aktai, juos turi patvirtinti akredituota laboratorija.",
                    "steps": [
                        ["Konsultacija", "Susitariame, kokių rodiklių reikia ir kiek mėginių atnešti."],
                        ["Laboratoriniai tyrimai", "Mokiniai kiekvieną tyrimą atlieka du kartus, prižiūrimi mokytojo."],
                        ["Skaičiavimas", "Rezultatai perskaičiuojami į maistingumo lentelės projektą."],
                    ],
                    "specs": [
                        ["Rodikliai", "drėgmė, riebalai, baltymai, druska, cukrūs"],
                        ["Mėginiai", "2 kiekvienam produktui"],
                        ["Rezultatas", "maistingumo lentelės 100 g projektas"],
                        ["Statusas", "informacinis"],
                    ],
                    "keywords": ["maisto tyrimai", "maistingumo etiketė", "maisto gamintojai"],
                },
                "lv": {
                    "title": "Uzturvērtības analīze maziem pārtikas ražotājiem",
                    "summary": "Mitruma, tauku, olbaltumvielu, sāls un cukuru noteikšana, kas palīdz maziem ražotājiem "
                    "sagatavot uzturvērtības marķējumu.",
                    "unit": "produkts",
                    "body": "Mazām maiznīcām, saimniecībām un jaunuzņēmumiem pirms produkta laišanas tirgū bieži "
                    "vajadzīgas aptuvenas uzturvērtības. Pārtikas tehnoloģiju audzēkņi analizē jūsu produktu skolas "
                    "laboratorijā un aprēķina vērtības uz 100 g. Cena atkarīga no rādītāju un paraugu skaita, tāpēc "
                    "vispirms sagatavojam piedāvājumu. Rezultāti ir informatīvi, un, ja to prasa normatīvie akti, tie "
                    "jāapstiprina akreditētā laboratorijā.",
                    "steps": [
                        ["Konsultācija", "Vienojamies, kādi rādītāji vajadzīgi un cik paraugu atnest."],
                        ["Laboratorijas analīzes", "Audzēkņi katru analīzi veic divreiz pedagoga uzraudzībā."],
                        ["Aprēķins", "Rezultāti tiek pārrēķināti uzturvērtības tabulas projektā."],
                    ],
                    "specs": [
                        ["Rādītāji", "mitrums, tauki, olbaltumvielas, sāls, cukuri"],
                        ["Paraugi", "2 katram produktam"],
                        ["Rezultāts", "uzturvērtības tabulas projekts uz 100 g"],
                        ["Statuss", "informatīvs"],
                    ],
                    "keywords": ["pārtikas analīze", "uzturvērtības marķējums", "pārtikas ražotāji"],
                },
                "pl": {
                    "title": "Analiza wartości odżywczej dla małych producentów żywności",
                    "summary": "Oznaczenie wilgotności, tłuszczu, białka, soli i cukrów, które pomaga małym "
                    "producentom przygotować etykietę z wartością odżywczą.",
                    "unit": "produkt",
                    "body": "Małe piekarnie, gospodarstwa i start-upy przed wprowadzeniem produktu często potrzebują "
                    "orientacyjnych wartości odżywczych. Uczniowie technologii żywności badają Państwa produkt w "
                    "szkolnym laboratorium i przeliczają wyniki na 100 g. Cena zależy od liczby parametrów i próbek, "
                    "dlatego najpierw przygotowujemy wycenę. Wyniki mają charakter informacyjny i tam, gdzie wymagają "
                    "tego przepisy, muszą zostać potwierdzone przez laboratorium akredytowane.",
                    "steps": [
                        ["Konsultacja", "Ustalamy, jakie parametry są potrzebne i ile próbek trzeba dostarczyć."],
                        [
                            "Badania laboratoryjne",
                            "Uczniowie wykonują każdą analizę dwukrotnie pod nadzorem nauczyciela.",
                        ],
                        ["Obliczenia", "Wyniki są przeliczane na projekt tabeli wartości odżywczej."],
                    ],
                    "specs": [
                        ["Parametry", "wilgotność, tłuszcz, białko, sól, cukry"],
                        ["Próbki", "2 na produkt"],
                        ["Efekt", "projekt tabeli wartości odżywczej na 100 g"],
                        ["Status", "informacyjny"],
                    ],
                    "keywords": ["analiza żywności", "wartość odżywcza", "producenci żywności"],
                },
                "it": {
                    "title": "Analisi nutrizionale per piccoli produttori alimentari",
                    "summary": "Misura di umidità, grassi, proteine, sale e zuccheri per aiutare i piccoli produttori "
                    "a preparare l'etichetta nutrizionale.",
                    "unit": "prodotto",
                    "body": "Piccoli forni, aziende agricole e start-up hanno spesso bisogno di valori nutrizionali "
                    "indicativi prima di lanciare un prodotto. Gli studenti di tecnologie alimentari analizzano il "
                    "vostro prodotto nel laboratorio della scuola e calcolano i valori per 100 g. Il prezzo dipende "
                    "dal numero di parametri e di campioni, quindi prepariamo prima un preventivo. I risultati hanno "
                    "valore informativo e, quando la legge lo richiede, vanno confermati da un laboratorio "
                    "accreditato.",
                    "steps": [
                        ["Consulenza", "Concordiamo quali parametri servono e quanti campioni portare."],
                        [
                            "Prove di laboratorio",
                            "Gli studenti eseguono ogni analisi in doppio sotto la supervisione del docente.",
                        ],
                        ["Calcolo", "I risultati vengono convertiti in una bozza di tabella nutrizionale."],
                    ],
                    "specs": [
                        ["Parametri", "umidità, grassi, proteine, sale, zuccheri"],
                        ["Campioni", "2 per prodotto"],
                        ["Risultato", "bozza di tabella nutrizionale per 100 g"],
                        ["Valore", "informativo"],
                    ],
                    "keywords": ["analisi alimentari", "etichetta nutrizionale", "produttori alimentari"],
                },
                "pt": {
                    "title": "Análise nutricional para pequenos produtores alimentares",
                    "summary": "Determinação de humidade, gordura, proteína, sal e açúcares para ajudar pequenos "
                    "produtores a preparar a tabela nutricional.",
                    "unit": "produto",
                    "body": "Pequenas padarias, explorações agrícolas e startups precisam muitas vezes de valores "
                    "nutricionais aproximados antes de lançar um produto. Os alunos de tecnologia alimentar analisam "
                    "o seu produto no laboratório da escola e calculam os valores por 100 g. O preço depende do "
                    "número de parâmetros e de amostras, por isso preparamos primeiro um orçamento. Os resultados são "
                    "informativos e, quando a lei o exige, devem ser confirmados por um laboratório acreditado.",
                    "steps": [
                        ["Consulta", "Combinamos os parâmetros necessários e o número de amostras a entregar."],
                        [
                            "Ensaios laboratoriais",
                            "Os alunos fazem cada análise em duplicado, com a supervisão do professor.",
                        ],
                        ["Cálculo", "Os resultados são convertidos numa proposta de tabela nutricional."],
                    ],
                    "specs": [
                        ["Parâmetros", "humidade, gordura, proteína, sal, açúcares"],
                        ["Amostras", "2 por produto"],
                        ["Resultado", "proposta de tabela nutricional por 100 g"],
                        ["Natureza", "informativa"],
                    ],
                    "keywords": ["análise alimentar", "tabela nutricional", "produtores alimentares"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "free",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 3,
            "capacity_per_month": 100,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Free tap water hardness test",
                    "summary": "Bring a small bottle of tap water, and our students will tell you how hard it is and "
                    "what that means for your appliances.",
                    "unit": "sample",
                    "body": "Water hardness affects kettles, washing machines and coffee machines. Bring 200 ml of tap "
                    "water in a clean bottle, and first-year laboratory students will measure its hardness by "
                    "titration while you wait or within a few days. You receive a short note with the result and tips "
                    "on descaling and detergent dosage. The test is free because it is part of our students' basic "
                    "training.",
                    "steps": [
                        ["Bring a sample", "Fill a clean bottle with 200 ml of tap water."],
                        ["Titration", "Students determine the total hardness in the laboratory."],
                        ["Result", "You receive the result with practical advice."],
                    ],
                    "specs": [
                        ["Sample volume", "200 ml"],
                        ["Parameter", "total hardness"],
                        ["Result", "while you wait or within 3 days"],
                        ["Price", "free"],
                    ],
                    "keywords": ["water hardness", "limescale", "free test"],
                },
                "lt": {
                    "title": "Nemokamas vandentiekio vandens kietumo tyrimas",
                    "summary": "Atneškite nedidelį buteliuką vandentiekio vandens, o mūsų mokiniai pasakys, koks jis "
                    "kietas ir ką tai reiškia jūsų buitinei technikai.",
                    "unit": "mėginys",
                    "body": "Vandens kietumas turi įtakos virduliams, skalbyklėms ir kavos aparatams. Atneškite 200 ml "
                    "vandentiekio vandens švariame buteliuke, o pirmakursiai laboratorijos mokiniai titravimo būdu "
                    "nustatys kietumą jums palaukus arba per kelias dienas. Gausite trumpą raštelį su rezultatu ir "
                    "patarimais dėl kalkių šalinimo bei skalbiklių dozavimo. Tyrimas nemokamas, nes tai mūsų mokinių "
                    "pradinio mokymo dalis.",
                    "steps": [
                        ["Atneškite mėginį", "Į švarų buteliuką įpilkite 200 ml vandentiekio vandens."],
                        ["Titravimas", "Mokiniai laboratorijoje nustato bendrąjį kietumą."],
                        ["Rezultatas", "Gaunate rezultatą su praktiniais patarimais."],
                    ],
                    "specs": [
                        ["Mėginio tūris", "200 ml"],
                        ["Rodiklis", "bendrasis kietumas"],
                        ["Rezultatas", "palaukus arba per 3 dienas"],
                        ["Kaina", "nemokamai"],
                    ],
                    "keywords": ["vandens kietumas", "kalkės", "nemokamas tyrimas"],
                },
                "lv": {
                    "title": "Bezmaksas krāna ūdens cietības pārbaude",
                    "summary": "Atnesiet nelielu pudeli krāna ūdens, un mūsu audzēkņi pateiks, cik ciets tas ir un ko "
                    "tas nozīmē jūsu sadzīves tehnikai.",
                    "unit": "paraugs",
                    "body": "Ūdens cietība ietekmē tējkannas, veļas mašīnas un kafijas automātus. Atnesiet 200 ml "
                    "krāna ūdens tīrā pudelē, un pirmā kursa laboratorijas audzēkņi ar titrēšanu noteiks tā cietību, "
                    "kamēr gaidāt, vai dažu dienu laikā. Jūs saņemsiet īsu piezīmi ar rezultātu un padomiem par "
                    "atkaļķošanu un mazgāšanas līdzekļu devām. Pārbaude ir bezmaksas, jo tā ir daļa no mūsu audzēkņu "
                    "pamatapmācības.",
                    "steps": [
                        ["Atnesiet paraugu", "Ielejiet tīrā pudelē 200 ml krāna ūdens."],
                        ["Titrēšana", "Audzēkņi laboratorijā nosaka kopējo cietību."],
                        ["Rezultāts", "Jūs saņemat rezultātu ar praktiskiem padomiem."],
                    ],
                    "specs": [
                        ["Parauga tilpums", "200 ml"],
                        ["Rādītājs", "kopējā cietība"],
                        ["Rezultāts", "uz vietas vai 3 dienu laikā"],
                        ["Cena", "bez maksas"],
                    ],
                    "keywords": ["ūdens cietība", "katlakmens", "bezmaksas pārbaude"],
                },
                "pl": {
                    "title": "Bezpłatne badanie twardości wody z kranu",
                    "summary": "Wystarczy przynieść małą butelkę wody z kranu, a nasi uczniowie powiedzą, jak twarda jest "
                    "woda i co to oznacza dla sprzętów domowych.",
                    "unit": "próbka",
                    "body": "Twardość wody wpływa na czajniki, pralki i ekspresy do kawy. Wystarczy przynieść 200 ml "
                    "wody z kranu w czystej butelce, a uczniowie pierwszej klasy technikum analitycznego oznaczą jej "
                    "twardość metodą miareczkowania od ręki lub w ciągu kilku dni. Otrzymają Państwo krótką notatkę z wynikiem "
                    "i wskazówkami dotyczącymi odkamieniania oraz dozowania detergentów. Badanie jest bezpłatne, "
                    "ponieważ stanowi część podstawowego szkolenia naszych uczniów.",
                    "steps": [
                        ["Próbka", "Napełniają Państwo czystą butelkę 200 ml wody z kranu."],
                        ["Miareczkowanie", "Uczniowie oznaczają twardość ogólną w laboratorium."],
                        ["Wynik", "Otrzymują Państwo wynik wraz z praktycznymi wskazówkami."],
                    ],
                    "specs": [
                        ["Objętość próbki", "200 ml"],
                        ["Parametr", "twardość ogólna"],
                        ["Wynik", "od ręki lub do 3 dni"],
                        ["Cena", "bezpłatnie"],
                    ],
                    "keywords": ["twardość wody", "kamień", "bezpłatne badanie"],
                },
                "it": {
                    "title": "Test gratuito della durezza dell'acqua di rubinetto",
                    "summary": "Portate una piccola bottiglia d'acqua di rubinetto: i nostri studenti vi diranno "
                    "quanto è dura e che cosa significa per i vostri elettrodomestici.",
                    "unit": "campione",
                    "body": "La durezza dell'acqua incide su bollitori, lavatrici e macchine del caffè. Portate 200 ml "
                    "di acqua di rubinetto in una bottiglia pulita e gli studenti del primo anno di chimica ne "
                    "misureranno la durezza per titolazione, mentre aspettate o entro pochi giorni. Riceverete una "
                    "breve nota con il risultato e consigli su decalcificazione e dosaggio dei detersivi. Il test è "
                    "gratuito perché fa parte della formazione di base dei nostri studenti.",
                    "steps": [
                        ["Portate un campione", "Riempite una bottiglia pulita con 200 ml di acqua di rubinetto."],
                        ["Titolazione", "Gli studenti determinano la durezza totale in laboratorio."],
                        ["Risultato", "Ricevete il risultato con consigli pratici."],
                    ],
                    "specs": [
                        ["Volume del campione", "200 ml"],
                        ["Parametro", "durezza totale"],
                        ["Risultato", "subito o entro 3 giorni"],
                        ["Prezzo", "gratuito"],
                    ],
                    "keywords": ["durezza dell'acqua", "calcare", "test gratuito"],
                },
                "pt": {
                    "title": "Teste gratuito da dureza da água da torneira",
                    "summary": "Traga uma pequena garrafa de água da torneira e os nossos alunos dizem-lhe qual é a "
                    "dureza e o que isso significa para os seus eletrodomésticos.",
                    "unit": "amostra",
                    "body": "A dureza da água afeta chaleiras, máquinas de lavar e máquinas de café. Traga 200 ml de "
                    "água da torneira numa garrafa limpa e os alunos do primeiro ano de laboratório medem a dureza por "
                    "titulação, enquanto espera ou no prazo de poucos dias. Recebe uma pequena nota com o resultado e "
                    "dicas sobre descalcificação e dosagem de detergentes. O teste é gratuito porque faz parte da "
                    "formação de base dos nossos alunos.",
                    "steps": [
                        ["Traga uma amostra", "Encha uma garrafa limpa com 200 ml de água da torneira."],
                        ["Titulação", "Os alunos determinam a dureza total no laboratório."],
                        ["Resultado", "Recebe o resultado com conselhos práticos."],
                    ],
                    "specs": [
                        ["Volume da amostra", "200 ml"],
                        ["Parâmetro", "dureza total"],
                        ["Resultado", "na hora ou no prazo de 3 dias"],
                        ["Preço", "gratuito"],
                    ],
                    "keywords": ["dureza da água", "calcário", "teste gratuito"],
                },
            },
        },
    ],
    "3d-printing": [
        {
            "kind": "product",
            "price_model": "from",
            "amount_eur": "15.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 150,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "3D-printed prototype parts",
                    "summary": "Functional prototypes and small series printed in PLA, PETG or TPU from your 3D model.",
                    "unit": "part",
                    "body": "Send us an STL or STEP file, and students will check the model, choose the material and "
                    "print settings and print the part. The starting price covers a part of up to 10 × 10 × 10 cm in "
                    "PLA; larger parts, stronger materials or extra finishing increase the price. A teacher inspects "
                    "and measures every part before handover. We can also suggest design changes that make a part "
                    "cheaper to print or stronger.",
                    "steps": [
                        ["File check", "Students check the model for errors and printability."],
                        ["Printing", "The part is printed on FDM printers with the agreed settings."],
                        ["Finishing and inspection", "Supports are removed, edges finished and dimensions checked."],
                    ],
                    "specs": [
                        ["Materials", "PLA, PETG, TPU"],
                        ["Maximum size", "25 × 25 × 25 cm"],
                        ["Accuracy", "±0.3 mm"],
                        ["File formats", "STL, STEP, OBJ"],
                    ],
                    "keywords": ["3d printing", "prototypes", "spare parts"],
                },
                "lt": {
                    "title": "3D spausdintos prototipų detalės",
                    "summary": "Funkciniai prototipai ir nedidelės serijos iš PLA, PETG ar TPU, atspausdinti pagal "
                    "jūsų 3D modelį.",
                    "unit": "detalė",
                    "body": "Atsiųskite mums STL ar STEP failą, o mokiniai patikrins modelį, parinks medžiagą ir "
                    "spausdinimo parametrus ir atspausdins detalę. Pradinė kaina taikoma iki 10 × 10 × 10 cm PLA "
                    "detalei; didesnės detalės, tvirtesnės medžiagos ar papildoma apdaila kainą padidina. Prieš "
                    "perduodant kiekvieną detalę apžiūri ir išmatuoja mokytojas. Taip pat galime pasiūlyti "
                    "konstrukcijos pakeitimų, kad detalę būtų pigiau atspausdinti ar ji būtų tvirtesnė.",
                    "steps": [
                        ["Failo patikra", "Mokiniai patikrina, ar modelyje nėra klaidų ir ar jį galima spausdinti."],
                        ["Spausdinimas", "Detalė spausdinama FDM spausdintuvais pagal suderintus parametrus."],
                        ["Apdaila ir patikra", "Pašalinamos atramos, apdailinami kraštai ir patikrinami matmenys."],
                    ],
                    "specs": [
                        ["Medžiagos", "PLA, PETG, TPU"],
                        ["Didžiausias dydis", "25 × 25 × 25 cm"],
                        ["Tikslumas", "±0,3 mm"],
                        ["Failų formatai", "STL, STEP, OBJ"],
                    ],
                    "keywords": ["3d spausdinimas", "prototipai", "atsarginės dalys"],
                },
                "lv": {
                    "title": "3D drukātas prototipu detaļas",
                    "summary": "Funkcionāli prototipi un nelielas sērijas no PLA, PETG vai TPU, kas izdrukātas pēc "
                    "jūsu 3D modeļa.",
                    "unit": "detaļa",
                    "body": "Atsūtiet mums STL vai STEP failu, un audzēkņi pārbaudīs modeli, izvēlēsies materiālu un "
                    "drukas iestatījumus un izdrukās detaļu. Sākumcena attiecas uz PLA detaļu līdz 10 × 10 × 10 cm; "
                    "lielākas detaļas, izturīgāki materiāli vai papildu apdare cenu palielina. Pirms nodošanas katru "
                    "detaļu apskata un izmēra pedagogs. Varam arī ieteikt konstrukcijas izmaiņas, lai detaļu būtu "
                    "lētāk drukāt vai tā būtu izturīgāka.",
                    "steps": [
                        ["Faila pārbaude", "Audzēkņi pārbauda, vai modelim nav kļūdu un vai to var izdrukāt."],
                        ["Drukāšana", "Detaļa tiek drukāta ar FDM printeriem pēc saskaņotiem iestatījumiem."],
                        ["Apdare un pārbaude", "Tiek noņemti balsti, apstrādātas malas un pārbaudīti izmēri."],
                    ],
                    "specs": [
                        ["Materiāli", "PLA, PETG, TPU"],
                        ["Maksimālais izmērs", "25 × 25 × 25 cm"],
                        ["Precizitāte", "±0,3 mm"],
                        ["Failu formāti", "STL, STEP, OBJ"],
                    ],
                    "keywords": ["3d druka", "prototipi", "rezerves daļas"],
                },
                "pl": {
                    "title": "Drukowane w 3D części prototypowe",
                    "summary": "Funkcjonalne prototypy i krótkie serie z PLA, PETG lub TPU, drukowane na podstawie "
                    "Państwa modelu 3D.",
                    "unit": "część",
                    "body": "Wystarczy przesłać plik STL lub STEP, a uczniowie sprawdzą model, dobiorą materiał i "
                    "parametry druku, a następnie wydrukują część. Cena początkowa dotyczy części do 10 × 10 × 10 cm "
                    "z PLA; większe elementy, wytrzymalsze materiały lub dodatkowa obróbka podnoszą cenę. Przed "
                    "wydaniem każdą część ogląda i mierzy nauczyciel. Możemy też zaproponować zmiany konstrukcyjne, "
                    "dzięki którym druk będzie tańszy, a część mocniejsza.",
                    "steps": [
                        ["Kontrola pliku", "Uczniowie sprawdzają model pod kątem błędów i możliwości druku."],
                        ["Druk", "Część jest drukowana na drukarkach FDM z uzgodnionymi ustawieniami."],
                        ["Obróbka i kontrola", "Usuwamy podpory, wykańczamy krawędzie i sprawdzamy wymiary."],
                    ],
                    "specs": [
                        ["Materiały", "PLA, PETG, TPU"],
                        ["Maksymalny rozmiar", "25 × 25 × 25 cm"],
                        ["Dokładność", "±0,3 mm"],
                        ["Formaty plików", "STL, STEP, OBJ"],
                    ],
                    "keywords": ["druk 3d", "prototypy", "części zamienne"],
                },
                "it": {
                    "title": "Prototipi stampati in 3D",
                    "summary": "Prototipi funzionali e piccole serie in PLA, PETG o TPU stampati a partire dal vostro "
                    "modello 3D.",
                    "unit": "pezzo",
                    "body": "Inviateci un file STL o STEP: gli studenti controllano il modello, scelgono materiale e "
                    "parametri di stampa e stampano il pezzo. Il prezzo di partenza vale per un pezzo fino a 10 × 10 "
                    "× 10 cm in PLA; pezzi più grandi, materiali più resistenti o finiture aggiuntive fanno aumentare "
                    "il prezzo. Un docente controlla e misura ogni pezzo prima della consegna. Possiamo anche "
                    "suggerire modifiche al progetto per rendere il pezzo più economico da stampare o più robusto.",
                    "steps": [
                        ["Verifica del file", "Gli studenti controllano che il modello sia corretto e stampabile."],
                        ["Stampa", "Il pezzo viene stampato con stampanti FDM secondo i parametri concordati."],
                        [
                            "Finitura e controllo",
                            "Si rimuovono i supporti, si rifiniscono i bordi e si verificano le quote.",
                        ],
                    ],
                    "specs": [
                        ["Materiali", "PLA, PETG, TPU"],
                        ["Dimensioni massime", "25 × 25 × 25 cm"],
                        ["Precisione", "±0,3 mm"],
                        ["Formati", "STL, STEP, OBJ"],
                    ],
                    "keywords": ["stampa 3d", "prototipi", "ricambi"],
                },
                "pt": {
                    "title": "Peças de protótipo impressas em 3D",
                    "summary": "Protótipos funcionais e pequenas séries em PLA, PETG ou TPU, impressos a partir do "
                    "seu modelo 3D.",
                    "unit": "peça",
                    "body": "Envie-nos um ficheiro STL ou STEP e os alunos verificam o modelo, escolhem o material e "
                    "os parâmetros de impressão e imprimem a peça. O preço base corresponde a uma peça até 10 × 10 × "
                    "10 cm em PLA; peças maiores, materiais mais resistentes ou acabamentos adicionais aumentam o "
                    "preço. Um professor inspeciona e mede cada peça antes da entrega. Também podemos sugerir "
                    "alterações ao desenho para tornar a peça mais barata de imprimir ou mais resistente.",
                    "steps": [
                        [
                            "Verificação do ficheiro",
                            "Os alunos verificam se o modelo tem erros e se pode ser impresso.",
                        ],
                        ["Impressão", "A peça é impressa em impressoras FDM com os parâmetros acordados."],
                        [
                            "Acabamento e controlo",
                            "Os suportes são removidos, as arestas acabadas e as medidas verificadas.",
                        ],
                    ],
                    "specs": [
                        ["Materiais", "PLA, PETG, TPU"],
                        ["Dimensão máxima", "25 × 25 × 25 cm"],
                        ["Precisão", "±0,3 mm"],
                        ["Formatos de ficheiro", "STL, STEP, OBJ"],
                    ],
                    "keywords": ["impressão 3d", "protótipos", "peças de substituição"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "20.00",
            "minimum_order": 2,
            "lead_time_days": 10,
            "capacity_per_month": 60,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "3D modelling from a sketch or sample",
                    "summary": "Students turn your sketch, photo or physical sample into a 3D CAD model ready for "
                    "printing or manufacturing.",
                    "unit": "hour",
                    "body": "Many ideas start as a drawing on paper. Our students create a precise 3D model in CAD "
                    "software from your sketch, measurements or a sample part. You receive the model in STEP and STL "
                    "formats, together with a rendered image. Work is billed by the hour and we give an estimate "
                    "before starting; a teacher checks the model before delivery.",
                    "steps": [
                        ["Brief", "You send a sketch, photos or a sample with the key dimensions."],
                        ["Modelling", "Students build the model in CAD and send you a preview."],
                        ["Delivery", "After your comments, the final files are delivered."],
                    ],
                    "specs": [
                        ["Software", "Fusion 360, FreeCAD or SolidWorks"],
                        ["Output", "STEP, STL, rendered image"],
                        ["Minimum order", "2 hours"],
                        ["Revisions", "1 round included"],
                    ],
                    "keywords": ["3d modelling", "cad", "product design"],
                },
                "lt": {
                    "title": "3D modeliavimas pagal eskizą ar pavyzdį",
                    "summary": "Mokiniai jūsų eskizą, nuotrauką ar fizinį pavyzdį paverčia 3D CAD modeliu, tinkamu "
                    "spausdinti ar gaminti.",
                    "unit": "valanda",
                    "body": "Daugelis idėjų prasideda piešiniu ant popieriaus. Mūsų mokiniai CAD programa sukuria "
                    "tikslų 3D modelį pagal jūsų eskizą, matmenis ar detalės pavyzdį. Modelį gaunate STEP ir STL "
                    "formatais kartu su vizualizacija. Darbas apmokamas valandomis, prieš pradėdami pateikiame "
                    "sąmatą, o prieš perduodant modelį patikrina mokytojas.",
                    "steps": [
                        ["Užduotis", "Atsiunčiate eskizą, nuotraukas ar pavyzdį su pagrindiniais matmenimis."],
                        ["Modeliavimas", "Mokiniai sukuria modelį CAD programa ir atsiunčia peržiūrai."],
                        ["Pateikimas", "Atsižvelgus į jūsų pastabas, pateikiami galutiniai failai."],
                    ],
                    "specs": [
                        ["Programos", "Fusion 360, FreeCAD arba SolidWorks"],
                        ["Rezultatas", "STEP, STL, vizualizacija"],
                        ["Mažiausias užsakymas", "2 valandos"],
                        ["Pataisymai", "1 etapas įskaičiuotas"],
                    ],
                    "keywords": ["3d modeliavimas", "cad", "gaminio dizainas"],
                },
                "lv": {
                    "title": "3D modelēšana pēc skices vai parauga",
                    "summary": "Audzēkņi pārvērš jūsu skici, fotogrāfiju vai fizisku paraugu 3D CAD modelī, kas "
                    "gatavs drukāšanai vai ražošanai.",
                    "unit": "stunda",
                    "body": "Daudzas idejas sākas kā zīmējums uz papīra. Mūsu audzēkņi CAD programmā izveido precīzu "
                    "3D modeli pēc jūsu skices, izmēriem vai paraugdetaļas. Modeli saņemat STEP un STL formātā kopā ar "
                    "vizualizāciju. Darbs tiek apmaksāts par stundām, un pirms sākšanas sniedzam tāmi; pirms nodošanas "
                    "modeli pārbauda pedagogs.",
                    "steps": [
                        ["Uzdevums", "Jūs atsūtāt skici, fotogrāfijas vai paraugu ar galvenajiem izmēriem."],
                        ["Modelēšana", "Audzēkņi izveido modeli CAD programmā un nosūta priekšskatījumu."],
                        ["Nodošana", "Pēc jūsu komentāriem tiek nodoti galīgie faili."],
                    ],
                    "specs": [
                        ["Programmatūra", "Fusion 360, FreeCAD vai SolidWorks"],
                        ["Rezultāts", "STEP, STL, vizualizācija"],
                        ["Minimālais pasūtījums", "2 stundas"],
                        ["Labojumi", "1 kārta iekļauta"],
                    ],
                    "keywords": ["3d modelēšana", "cad", "produktu dizains"],
                },
                "pl": {
                    "title": "Modelowanie 3D na podstawie szkicu lub próbki",
                    "summary": "Uczniowie zamieniają Państwa szkic, zdjęcie lub fizyczną próbkę w model 3D CAD gotowy "
                    "do druku lub produkcji.",
                    "unit": "godzina",
                    "body": "Wiele pomysłów zaczyna się od rysunku na kartce. Nasi uczniowie tworzą w programie CAD "
                    "dokładny model 3D na podstawie szkicu, wymiarów lub wzorcowej części. Model otrzymują Państwo w "
                    "formatach STEP i STL wraz z wizualizacją. Pracę rozliczamy godzinowo i przed rozpoczęciem "
                    "podajemy szacunkowy koszt; przed przekazaniem model sprawdza nauczyciel.",
                    "steps": [
                        ["Brief", "Przesyłają Państwo szkic, zdjęcia lub próbkę z najważniejszymi wymiarami."],
                        ["Modelowanie", "Uczniowie budują model w CAD i wysyłają podgląd."],
                        ["Przekazanie", "Po Państwa uwagach przekazujemy pliki końcowe."],
                    ],
                    "specs": [
                        ["Oprogramowanie", "Fusion 360, FreeCAD lub SolidWorks"],
                        ["Efekt", "STEP, STL, wizualizacja"],
                        ["Minimalne zamówienie", "2 godziny"],
                        ["Poprawki", "1 runda w cenie"],
                    ],
                    "keywords": ["modelowanie 3d", "cad", "projektowanie produktu"],
                },
                "it": {
                    "title": "Modellazione 3D da schizzo o campione",
                    "summary": "Gli studenti trasformano il vostro schizzo, una foto o un campione fisico in un "
                    "modello CAD 3D pronto per la stampa o la produzione.",
                    "unit": "ora",
                    "body": "Molte idee nascono da un disegno su carta. I nostri studenti creano un modello 3D preciso "
                    "con software CAD a partire dal vostro schizzo, dalle misure o da un pezzo campione. Ricevete il "
                    "modello nei formati STEP e STL insieme a un'immagine renderizzata. Il lavoro è conteggiato a ore "
                    "e forniamo una stima prima di iniziare; un docente controlla il modello prima della consegna.",
                    "steps": [
                        ["Brief", "Ci inviate uno schizzo, delle foto o un campione con le quote principali."],
                        ["Modellazione", "Gli studenti costruiscono il modello in CAD e vi mandano un'anteprima."],
                        ["Consegna", "Dopo i vostri commenti consegniamo i file definitivi."],
                    ],
                    "specs": [
                        ["Software", "Fusion 360, FreeCAD o SolidWorks"],
                        ["Risultato", "STEP, STL, immagine renderizzata"],
                        ["Ordine minimo", "2 ore"],
                        ["Revisioni", "1 inclusa"],
                    ],
                    "keywords": ["modellazione 3d", "cad", "design di prodotto"],
                },
                "pt": {
                    "title": "Modelação 3D a partir de esboço ou amostra",
                    "summary": "Os alunos transformam o seu esboço, fotografia ou amostra física num modelo CAD 3D "
                    "pronto para impressão ou fabrico.",
                    "unit": "hora",
                    "body": "Muitas ideias começam como um desenho em papel. Os nossos alunos criam um modelo 3D "
                    "preciso em software CAD a partir do seu esboço, das medidas ou de uma peça de amostra. Recebe o "
                    "modelo nos formatos STEP e STL, juntamente com uma imagem renderizada. O trabalho é cobrado à "
                    "hora e damos uma estimativa antes de começar; um professor verifica o modelo antes da entrega.",
                    "steps": [
                        ["Briefing", "Envia um esboço, fotografias ou uma amostra com as medidas principais."],
                        ["Modelação", "Os alunos criam o modelo em CAD e enviam uma pré-visualização."],
                        ["Entrega", "Depois dos seus comentários, entregamos os ficheiros finais."],
                    ],
                    "specs": [
                        ["Software", "Fusion 360, FreeCAD ou SolidWorks"],
                        ["Resultado", "STEP, STL, imagem renderizada"],
                        ["Encomenda mínima", "2 horas"],
                        ["Revisões", "1 ronda incluída"],
                    ],
                    "keywords": ["modelação 3d", "cad", "design de produto"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "1.80",
            "minimum_order": 50,
            "lead_time_days": 10,
            "capacity_per_month": 1500,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "3D-printed keyrings with your logo",
                    "summary": "Colourful keyrings and small promotional items printed with your logo or name, ideal "
                    "for fairs and events.",
                    "unit": "piece",
                    "body": "Students design a keyring based on your logo, print a sample for your approval and then "
                    "produce the series. Two-colour printing is possible, and each piece comes with a metal ring. "
                    "Other small items, such as badge holders or cable organisers, can be made the same way. A "
                    "teacher checks the sample and a random selection from every batch.",
                    "steps": [
                        ["Design", "The logo is turned into a printable 3D shape."],
                        ["Sample", "One piece is printed and sent for your approval."],
                        ["Series production", "Students print, finish and pack the order."],
                    ],
                    "specs": [
                        ["Size", "about 5 × 3 cm"],
                        ["Material", "PLA (plant-based)"],
                        ["Colours", "up to 2"],
                        ["Minimum order", "50 pieces"],
                    ],
                    "keywords": ["keyrings", "promotional items", "3d printing"],
                },
                "lt": {
                    "title": "3D spausdinti raktų pakabukai su jūsų logotipu",
                    "summary": "Spalvingi raktų pakabukai ir smulkūs reklaminiai gaminiai su jūsų logotipu ar "
                    "pavadinimu – puikiai tinka mugėms ir renginiams.",
                    "unit": "vnt.",
                    "body": "Mokiniai pagal jūsų logotipą sukuria pakabuko dizainą, atspausdina pavyzdį, kurį "
                    "patvirtinate, ir tada pagamina visą seriją. Galima spausdinti dviem spalvomis, o kiekvienas "
                    "pakabukas turi metalinį žiedą. Tokiu pačiu būdu galima pagaminti ir kitų smulkių daiktų, "
                    "pavyzdžiui, kortelių dėklų ar laidų laikiklių. Mokytojas patikrina pavyzdį ir atsitiktinai "
                    "atrinktus kiekvienos partijos gaminius.",
                    "steps": [
                        ["Dizainas", "Logotipas paverčiamas spausdinti tinkama 3D forma."],
                        ["Pavyzdys", "Atspausdinamas vienas pavyzdys ir atsiunčiamas jums patvirtinti."],
                        ["Serijinė gamyba", "Mokiniai atspausdina, apdailina ir supakuoja užsakymą."],
                    ],
                    "specs": [
                        ["Dydis", "apie 5 × 3 cm"],
                        ["Medžiaga", "PLA (augalinės kilmės)"],
                        ["Spalvos", "iki 2"],
                        ["Mažiausias užsakymas", "50 vnt."],
                    ],
                    "keywords": ["raktų pakabukai", "reklaminiai gaminiai", "3d spausdinimas"],
                },
                "lv": {
                    "title": "3D drukāti atslēgu piekariņi ar jūsu logotipu",
                    "summary": "Krāsaini atslēgu piekariņi un nelieli reklāmas priekšmeti ar jūsu logotipu vai "
                    "nosaukumu – lieliski piemēroti izstādēm un pasākumiem.",
                    "unit": "gab.",
                    "body": "Audzēkņi pēc jūsu logotipa izstrādā piekariņa dizainu, izdrukā paraugu jūsu "
                    "apstiprināšanai un pēc tam izgatavo visu sēriju. Iespējama divkrāsu druka, un katram piekariņam "
                    "ir metāla riņķis. Tādā pašā veidā var izgatavot arī citus sīkus priekšmetus, piemēram, karšu "
                    "turētājus vai vadu organizatorus. Pedagogs pārbauda paraugu un nejauši izvēlētus katras "
                    "partijas izstrādājumus.",
                    "steps": [
                        ["Dizains", "Logotips tiek pārveidots drukājamā 3D formā."],
                        ["Paraugs", "Tiek izdrukāts viens paraugs un nosūtīts jums apstiprināšanai."],
                        ["Sērijveida ražošana", "Audzēkņi izdrukā, apstrādā un iepako pasūtījumu."],
                    ],
                    "specs": [
                        ["Izmērs", "apmēram 5 × 3 cm"],
                        ["Materiāls", "PLA (augu izcelsmes)"],
                        ["Krāsas", "līdz 2"],
                        ["Minimālais pasūtījums", "50 gab."],
                    ],
                    "keywords": ["atslēgu piekariņi", "reklāmas priekšmeti", "3d druka"],
                },
                "pl": {
                    "title": "Breloki z logo drukowane w 3D",
                    "summary": "Kolorowe breloki i drobne gadżety reklamowe z Państwa logo lub nazwą, idealne na "
                    "targi i wydarzenia.",
                    "unit": "szt.",
                    "body": "Uczniowie projektują brelok na podstawie Państwa logo, drukują próbkę do akceptacji, a "
                    "następnie wykonują całą serię. Możliwy jest druk dwukolorowy, a każdy brelok ma metalowe kółko. "
                    "W ten sam sposób można wykonać inne drobne przedmioty, np. etui na identyfikatory czy "
                    "organizery do kabli. Nauczyciel sprawdza próbkę oraz losowo wybrane sztuki z każdej partii.",
                    "steps": [
                        ["Projekt", "Logo zamieniamy w kształt 3D gotowy do druku."],
                        ["Próbka", "Drukujemy jedną sztukę i przesyłamy ją do akceptacji."],
                        ["Produkcja serii", "Uczniowie drukują, wykańczają i pakują zamówienie."],
                    ],
                    "specs": [
                        ["Wymiary", "ok. 5 × 3 cm"],
                        ["Materiał", "PLA (pochodzenia roślinnego)"],
                        ["Kolory", "do 2"],
                        ["Minimalne zamówienie", "50 szt."],
                    ],
                    "keywords": ["breloki", "gadżety reklamowe", "druk 3d"],
                },
                "it": {
                    "title": "Portachiavi stampati in 3D con il vostro logo",
                    "summary": "Portachiavi colorati e piccoli gadget promozionali con il vostro logo o nome, ideali "
                    "per fiere ed eventi.",
                    "unit": "pezzo",
                    "body": "Gli studenti disegnano un portachiavi a partire dal vostro logo, stampano un campione da "
                    "approvare e poi producono la serie. È possibile la stampa a due colori e ogni pezzo ha un anello "
                    "in metallo. Allo stesso modo si possono realizzare altri piccoli oggetti, come porta badge o "
                    "fermacavi. Un docente controlla il campione e una selezione casuale di ogni lotto.",
                    "steps": [
                        ["Progetto", "Il logo viene trasformato in una forma 3D stampabile."],
                        ["Campione", "Un pezzo viene stampato e inviato per l'approvazione."],
                        ["Produzione in serie", "Gli studenti stampano, rifiniscono e imballano l'ordine."],
                    ],
                    "specs": [
                        ["Dimensioni", "circa 5 × 3 cm"],
                        ["Materiale", "PLA (di origine vegetale)"],
                        ["Colori", "fino a 2"],
                        ["Ordine minimo", "50 pezzi"],
                    ],
                    "keywords": ["portachiavi", "gadget promozionali", "stampa 3d"],
                },
                "pt": {
                    "title": "Porta-chaves impressos em 3D com o seu logótipo",
                    "summary": "Porta-chaves coloridos e pequenos brindes com o seu logótipo ou nome, ideais para "
                    "feiras e eventos.",
                    "unit": "unidade",
                    "body": "Os alunos desenham um porta-chaves a partir do seu logótipo, imprimem uma amostra para "
                    "aprovação e depois produzem a série. É possível imprimir em duas cores, e cada peça leva uma "
                    "argola metálica. Da mesma forma, podem fazer-se outros pequenos objetos, como porta-crachás ou "
                    "organizadores de cabos. Um professor verifica a amostra e uma seleção aleatória de cada lote.",
                    "steps": [
                        ["Design", "O logótipo é transformado numa forma 3D imprimível."],
                        ["Amostra", "É impressa uma peça e enviada para a sua aprovação."],
                        ["Produção em série", "Os alunos imprimem, dão acabamento e embalam a encomenda."],
                    ],
                    "specs": [
                        ["Dimensões", "cerca de 5 × 3 cm"],
                        ["Material", "PLA (de origem vegetal)"],
                        ["Cores", "até 2"],
                        ["Encomenda mínima", "50 unidades"],
                    ],
                    "keywords": ["porta-chaves", "brindes", "impressão 3d"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "60.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 20,
            "delivery_modes": ["pickup", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "3D scanning of objects",
                    "summary": "A digital 3D copy of an object up to 50 cm, for documentation, reproduction or "
                    "reverse engineering.",
                    "unit": "object",
                    "body": "Students scan your object with a structured-light 3D scanner, clean up the mesh and "
                    "deliver a ready-to-use model. The fixed price covers one object up to 50 cm with a closed mesh "
                    "in STL or OBJ format. You can bring the object to the school, or we can scan it on site within "
                    "the city for an extra travel fee. Very shiny or transparent objects may need a temporary matte "
                    "spray.",
                    "steps": [
                        ["Preparation", "The object is checked and, if needed, given a removable matte coating."],
                        ["Scanning", "Students capture the object from all sides."],
                        ["Processing", "The scans are merged, cleaned up and exported."],
                    ],
                    "specs": [
                        ["Object size", "up to 50 cm"],
                        ["Accuracy", "about 0.1 mm"],
                        ["Output", "STL, OBJ"],
                        ["Colour texture", "on request"],
                    ],
                    "keywords": ["3d scanning", "reverse engineering", "digitisation"],
                },
                "lt": {
                    "title": "Daiktų 3D skenavimas",
                    "summary": "Skaitmeninė iki 50 cm dydžio daikto 3D kopija dokumentavimui, atkūrimui ar "
                    "atvirkštinei inžinerijai.",
                    "unit": "daiktas",
                    "body": "Mokiniai nuskenuoja jūsų daiktą struktūrinės šviesos 3D skeneriu, sutvarko tinklelį ir "
                    "pateikia naudoti paruoštą modelį. Fiksuota kaina taikoma vienam iki 50 cm dydžio daiktui su "
                    "uždaru tinkleliu STL ar OBJ formatu. Daiktą galite atnešti į mokyklą arba, už papildomą kelionės "
                    "mokestį, nuskenuosime jį vietoje mieste. Labai blizgius ar permatomus daiktus gali tekti "
                    "laikinai padengti matiniu purškalu.",
                    "steps": [
                        ["Paruošimas", "Daiktas apžiūrimas ir, jei reikia, padengiamas nuvalomu matiniu sluoksniu."],
                        ["Skenavimas", "Mokiniai nuskenuoja daiktą iš visų pusių."],
                        ["Apdorojimas", "Skenai sujungiami, išvalomi ir eksportuojami."],
                    ],
                    "specs": [
                        ["Daikto dydis", "iki 50 cm"],
                        ["Tikslumas", "apie 0,1 mm"],
                        ["Rezultatas", "STL, OBJ"],
                        ["Spalvų tekstūra", "pagal užklausą"],
                    ],
                    "keywords": ["3d skenavimas", "atvirkštinė inžinerija", "skaitmeninimas"],
                },
                "lv": {
                    "title": "Priekšmetu 3D skenēšana",
                    "summary": "Digitāla līdz 50 cm liela priekšmeta 3D kopija dokumentēšanai, atveidošanai vai "
                    "reversajai inženierijai.",
                    "unit": "priekšmets",
                    "body": "Audzēkņi noskenē jūsu priekšmetu ar strukturētās gaismas 3D skeneri, sakārto tīklu un "
                    "nodod lietošanai gatavu modeli. Fiksētā cena attiecas uz vienu līdz 50 cm lielu priekšmetu ar "
                    "slēgtu tīklu STL vai OBJ formātā. Priekšmetu varat atnest uz skolu, vai arī par papildu "
                    "ceļa izdevumiem to noskenēsim uz vietas pilsētā. Ļoti spīdīgus vai caurspīdīgus priekšmetus "
                    "var nākties uz laiku pārklāt ar matētu aerosolu.",
                    "steps": [
                        ["Sagatavošana", "Priekšmets tiek apskatīts un, ja vajag, pārklāts ar noņemamu matētu slāni."],
                        ["Skenēšana", "Audzēkņi noskenē priekšmetu no visām pusēm."],
                        ["Apstrāde", "Skenējumi tiek apvienoti, attīrīti un eksportēti."],
                    ],
                    "specs": [
                        ["Priekšmeta izmērs", "līdz 50 cm"],
                        ["Precizitāte", "apmēram 0,1 mm"],
                        ["Rezultāts", "STL, OBJ"],
                        ["Krāsu tekstūra", "pēc pieprasījuma"],
                    ],
                    "keywords": ["3d skenēšana", "reversā inženierija", "digitalizācija"],
                },
                "pl": {
                    "title": "Skanowanie 3D przedmiotów",
                    "summary": "Cyfrowa kopia 3D przedmiotu do 50 cm – do dokumentacji, odtworzenia lub inżynierii "
                    "odwrotnej.",
                    "unit": "przedmiot",
                    "body": "Uczniowie skanują przedmiot skanerem 3D ze światłem strukturalnym, oczyszczają siatkę i "
                    "przekazują gotowy do użycia model. Stała cena obejmuje jeden przedmiot do 50 cm z zamkniętą "
                    "siatką w formacie STL lub OBJ. Przedmiot można przynieść do szkoły lub, za dopłatą za dojazd, "
                    "zeskanujemy go na miejscu w obrębie miasta. Bardzo błyszczące lub przezroczyste przedmioty "
                    "mogą wymagać tymczasowego pokrycia matowym sprayem.",
                    "steps": [
                        ["Przygotowanie", "Przedmiot jest oglądany i w razie potrzeby matowiony zmywalnym sprayem."],
                        ["Skanowanie", "Uczniowie skanują przedmiot ze wszystkich stron."],
                        ["Obróbka", "Skany są łączone, oczyszczane i eksportowane."],
                    ],
                    "specs": [
                        ["Wielkość przedmiotu", "do 50 cm"],
                        ["Dokładność", "ok. 0,1 mm"],
                        ["Efekt", "STL, OBJ"],
                        ["Tekstura kolorów", "na życzenie"],
                    ],
                    "keywords": ["skanowanie 3d", "inżynieria odwrotna", "digitalizacja"],
                },
                "it": {
                    "title": "Scansione 3D di oggetti",
                    "summary": "Una copia digitale 3D di un oggetto fino a 50 cm, per documentazione, riproduzione o "
                    "reverse engineering.",
                    "unit": "oggetto",
                    "body": "Gli studenti scansionano il vostro oggetto con uno scanner 3D a luce strutturata, "
                    "ripuliscono la mesh e consegnano un modello pronto all'uso. Il prezzo fisso comprende un "
                    "oggetto fino a 50 cm con mesh chiusa in formato STL o OBJ. Potete portare l'oggetto a scuola "
                    "oppure, con un supplemento per la trasferta, lo scansioniamo sul posto in città. Gli oggetti "
                    "molto lucidi o trasparenti possono richiedere uno spray opacizzante temporaneo.",
                    "steps": [
                        [
                            "Preparazione",
                            "L'oggetto viene controllato e, se serve, opacizzato con uno spray rimovibile.",
                        ],
                        ["Scansione", "Gli studenti acquisiscono l'oggetto da tutti i lati."],
                        ["Elaborazione", "Le scansioni vengono unite, ripulite ed esportate."],
                    ],
                    "specs": [
                        ["Dimensioni dell'oggetto", "fino a 50 cm"],
                        ["Precisione", "circa 0,1 mm"],
                        ["Risultato", "STL, OBJ"],
                        ["Texture a colori", "su richiesta"],
                    ],
                    "keywords": ["scansione 3d", "reverse engineering", "digitalizzazione"],
                },
                "pt": {
                    "title": "Digitalização 3D de objetos",
                    "summary": "Uma cópia digital 3D de um objeto até 50 cm, para documentação, reprodução ou "
                    "engenharia inversa.",
                    "unit": "objeto",
                    "body": "Os alunos digitalizam o seu objeto com um digitalizador 3D de luz estruturada, limpam a "
                    "malha e entregam um modelo pronto a usar. O preço fixo cobre um objeto até 50 cm com malha "
                    "fechada em formato STL ou OBJ. Pode trazer o objeto à escola ou, mediante um valor de "
                    "deslocação, digitalizamo-lo no local, dentro da cidade. Objetos muito brilhantes ou "
                    "transparentes podem precisar de um spray mate temporário.",
                    "steps": [
                        ["Preparação", "O objeto é verificado e, se necessário, coberto com um spray mate removível."],
                        ["Digitalização", "Os alunos captam o objeto de todos os lados."],
                        ["Processamento", "As digitalizações são unidas, limpas e exportadas."],
                    ],
                    "specs": [
                        ["Dimensão do objeto", "até 50 cm"],
                        ["Precisão", "cerca de 0,1 mm"],
                        ["Resultado", "STL, OBJ"],
                        ["Textura de cor", "mediante pedido"],
                    ],
                    "keywords": ["digitalização 3d", "engenharia inversa", "modelação"],
                },
            },
        },
    ],
    "carpentry": [
        {
            "kind": "product",
            "price_model": "from",
            "amount_eur": "1900.00",
            "minimum_order": 1,
            "lead_time_days": 45,
            "capacity_per_month": 2,
            "delivery_modes": ["delivery", "on_site"],
            "months": [9, 10, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Wooden garden shed (2 × 3 m)",
                    "summary": "A sturdy timber shed for tools or bicycles, prefabricated in the school workshop and "
                    "assembled at your site.",
                    "unit": "shed",
                    "body": "The shed has a pitched roof with bitumen shingles, a lockable double door and a window. "
                    "Students cut and pre-assemble the walls and roof in the school workshop, then put the shed "
                    "together on your prepared base with their instructor. The starting price covers the standard "
                    "model, including materials and wood stain; other sizes, shelves or an extra window are quoted "
                    "separately. You prepare a level base (paving slabs or concrete blocks) and access for a small "
                    "van.",
                    "steps": [
                        ["Measuring", "We visit the site and agree on size, position and foundation."],
                        ["Workshop production", "Students cut and pre-assemble the wall and roof panels."],
                        ["Assembly", "The team assembles, roofs and stains the shed on site."],
                    ],
                    "specs": [
                        ["Size", "2 × 3 m"],
                        ["Walls", "19 mm spruce boards on a 45 × 70 mm frame"],
                        ["Roof", "bitumen shingles"],
                        ["Assembly time", "2–3 days"],
                    ],
                    "keywords": ["garden shed", "timber construction", "carpentry"],
                },
                "lt": {
                    "title": "Medinis sodo namelis (2 × 3 m)",
                    "summary": "Tvirtas medinis namelis įrankiams ar dviračiams, iš anksto pagamintas mokyklos "
                    "dirbtuvėse ir surenkamas jūsų sklype.",
                    "unit": "namelis",
                    "body": "Namelis turi dvišlaitį stogą su bituminėmis čerpėmis, rakinamas dvivėres duris ir langą. "
                    "Mokiniai mokyklos dirbtuvėse supjausto ir iš anksto surenka sienas bei stogą, o paskui kartu su "
                    "meistru sumontuoja namelį ant jūsų paruošto pagrindo. Pradinė kaina taikoma standartiniam "
                    "modeliui su medžiagomis ir medienos dažyve; kitų dydžių, lentynų ar papildomo lango kaina "
                    "skaičiuojama atskirai. Jūs paruošiate lygų pagrindą (trinkeles ar betono blokelius) ir "
                    "privažiavimą nedideliam furgonui.",
                    "steps": [
                        ["Matavimai", "Atvykstame į vietą ir susitariame dėl dydžio, vietos ir pamatų."],
                        ["Gamyba dirbtuvėse", "Mokiniai supjausto ir iš anksto surenka sienų bei stogo skydus."],
                        ["Montavimas", "Komanda vietoje surenka namelį, uždengia stogą ir nudažo."],
                    ],
                    "specs": [
                        ["Dydis", "2 × 3 m"],
                        ["Sienos", "19 mm eglės lentos ant 45 × 70 mm karkaso"],
                        ["Stogas", "bituminės čerpės"],
                        ["Montavimo trukmė", "2–3 dienos"],
                    ],
                    "keywords": ["sodo namelis", "medinės konstrukcijos", "staliaus darbai"],
                },
                "lv": {
                    "title": "Koka dārza šķūnis (2 × 3 m)",
                    "summary": "Izturīgs koka šķūnis instrumentiem vai velosipēdiem, ko izgatavo skolas darbnīcā un "
                    "samontē jūsu īpašumā.",
                    "unit": "šķūnis",
                    "body": "Šķūnim ir divslīpu jumts ar bitumena šindeļiem, slēdzamas divviru durvis un logs. "
                    "Audzēkņi skolas darbnīcā sagriež un iepriekš samontē sienas un jumtu, pēc tam kopā ar meistaru "
                    "saliek šķūni uz jūsu sagatavotā pamata. Sākumcena attiecas uz standarta modeli ar materiāliem un "
                    "koksnes beici; citi izmēri, plaukti vai papildu logs tiek aprēķināti atsevišķi. Jūs sagatavojat "
                    "līdzenu pamatu (bruģakmens plātnes vai betona blokus) un piebraucamo ceļu nelielam furgonam.",
                    "steps": [
                        ["Uzmērīšana", "Apskatām vietu un vienojamies par izmēru, novietojumu un pamatu."],
                        ["Izgatavošana darbnīcā", "Audzēkņi sagriež un iepriekš samontē sienu un jumta paneļus."],
                        ["Montāža", "Komanda uz vietas saliek šķūni, ieklāj jumtu un nokrāso."],
                    ],
                    "specs": [
                        ["Izmērs", "2 × 3 m"],
                        ["Sienas", "19 mm egles dēļi uz 45 × 70 mm karkasa"],
                        ["Jumts", "bitumena šindeļi"],
                        ["Montāžas ilgums", "2–3 dienas"],
                    ],
                    "keywords": ["dārza šķūnis", "koka būves", "galdniecība"],
                },
                "pl": {
                    "title": "Drewniany domek narzędziowy (2 × 3 m)",
                    "summary": "Solidny drewniany domek na narzędzia lub rowery, prefabrykowany w szkolnym warsztacie "
                    "i montowany na Państwa posesji.",
                    "unit": "domek",
                    "body": "Domek ma dwuspadowy dach pokryty gontem bitumicznym, zamykane dwuskrzydłowe drzwi i "
                    "okno. Uczniowie przycinają i wstępnie składają ściany oraz dach w szkolnej stolarni, a potem "
                    "razem z instruktorem montują domek na przygotowanym przez Państwa podłożu. Cena początkowa "
                    "dotyczy modelu standardowego wraz z materiałami i impregnatem; inne wymiary, półki lub dodatkowe "
                    "okno wyceniamy osobno. Po Państwa stronie jest równe podłoże (płyty chodnikowe lub bloczki "
                    "betonowe) i dojazd dla małego busa.",
                    "steps": [
                        ["Pomiar", "Przyjeżdżamy na miejsce i ustalamy wymiary, lokalizację i fundament."],
                        ["Prefabrykacja", "Uczniowie przycinają i wstępnie składają panele ścian i dachu."],
                        ["Montaż", "Zespół składa domek na miejscu, kryje dach i impregnuje drewno."],
                    ],
                    "specs": [
                        ["Wymiary", "2 × 3 m"],
                        ["Ściany", "deski świerkowe 19 mm na szkielecie 45 × 70 mm"],
                        ["Dach", "gont bitumiczny"],
                        ["Czas montażu", "2–3 dni"],
                    ],
                    "keywords": ["domek ogrodowy", "konstrukcje drewniane", "stolarstwo"],
                },
                "it": {
                    "title": "Casetta da giardino in legno (2 × 3 m)",
                    "summary": "Una robusta casetta in legno per attrezzi o biciclette, prefabbricata nel laboratorio "
                    "della scuola e montata presso di voi.",
                    "unit": "casetta",
                    "body": "La casetta ha un tetto a due falde con tegole bituminose, una porta a due ante con "
                    "serratura e una finestra. Gli studenti tagliano e preassemblano pareti e tetto in laboratorio, "
                    "poi montano la casetta sulla base da voi preparata insieme al loro istruttore. Il prezzo di "
                    "partenza comprende il modello standard con materiali e impregnante; altre misure, scaffali o una "
                    "finestra in più vengono quotati a parte. A voi spetta preparare una base in piano (lastre o "
                    "blocchi di cemento) e l'accesso per un piccolo furgone.",
                    "steps": [
                        ["Rilievo", "Veniamo sul posto e concordiamo misure, posizione e fondazione."],
                        [
                            "Produzione in laboratorio",
                            "Gli studenti tagliano e preassemblano i pannelli di pareti e tetto.",
                        ],
                        ["Montaggio", "La squadra monta la casetta sul posto, copre il tetto e la tratta."],
                    ],
                    "specs": [
                        ["Dimensioni", "2 × 3 m"],
                        ["Pareti", "perline di abete da 19 mm su telaio 45 × 70 mm"],
                        ["Tetto", "tegole bituminose"],
                        ["Tempi di montaggio", "2–3 giorni"],
                    ],
                    "keywords": ["casetta da giardino", "costruzioni in legno", "falegnameria"],
                },
                "pt": {
                    "title": "Abrigo de jardim em madeira (2 × 3 m)",
                    "summary": "Um abrigo de madeira robusto para ferramentas ou bicicletas, pré-fabricado na oficina "
                    "da escola e montado na sua casa.",
                    "unit": "abrigo",
                    "body": "O abrigo tem telhado de duas águas com telha asfáltica, porta dupla com fechadura e uma "
                    "janela. Os alunos cortam e pré-montam as paredes e o telhado na oficina da escola e depois "
                    "montam o abrigo sobre a base que preparou, acompanhados pelo formador. O preço base cobre o "
                    "modelo normal, com materiais e velatura; outras medidas, prateleiras ou uma janela extra são "
                    "orçamentadas à parte. O cliente prepara uma base nivelada (lajetas ou blocos de betão) e o "
                    "acesso para uma carrinha pequena.",
                    "steps": [
                        ["Medição", "Visitamos o local e combinamos as medidas, a posição e a fundação."],
                        ["Produção na oficina", "Os alunos cortam e pré-montam os painéis das paredes e do telhado."],
                        ["Montagem", "A equipa monta o abrigo no local, cobre o telhado e aplica a velatura."],
                    ],
                    "specs": [
                        ["Dimensões", "2 × 3 m"],
                        ["Paredes", "tábuas de abeto de 19 mm sobre estrutura de 45 × 70 mm"],
                        ["Telhado", "telha asfáltica"],
                        ["Tempo de montagem", "2–3 dias"],
                    ],
                    "keywords": ["abrigo de jardim", "construção em madeira", "carpintaria"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "65.00",
            "minimum_order": 2,
            "lead_time_days": 14,
            "capacity_per_month": 40,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Wooden raised garden beds",
                    "summary": "Larch raised beds for gardens, schools and company green spaces, built by carpentry "
                    "students.",
                    "unit": "bed",
                    "body": "Each bed measures 120 × 80 × 40 cm and is made of untreated larch boards, which last for "
                    "years without chemicals. The corners are reinforced, and a protective liner is stapled inside. "
                    "You can collect the beds flat-packed at the school or have them delivered and assembled. A "
                    "teacher checks every bed for stability and finish.",
                    "steps": [
                        ["Cutting", "Students cut and sand the larch boards."],
                        ["Assembly", "The corners are screwed together and reinforced."],
                        ["Finishing", "A liner is fitted and the bed is inspected."],
                    ],
                    "specs": [
                        ["Dimensions", "120 × 80 × 40 cm"],
                        ["Material", "untreated larch"],
                        ["Liner", "geotextile"],
                        ["Weight", "about 25 kg"],
                    ],
                    "keywords": ["raised beds", "vegetable garden", "larch"],
                },
                "lt": {
                    "title": "Medinės pakeltos lysvės",
                    "summary": "Maumedžio pakeltos lysvės sodams, mokykloms ir įmonių želdynams, kurias gamina "
                    "staliaus specialybės mokiniai.",
                    "unit": "lysvė",
                    "body": "Kiekviena lysvė yra 120 × 80 × 40 cm dydžio ir pagaminta iš neapdorotų maumedžio lentų, "
                    "kurios be jokios chemijos tarnauja daug metų. Kampai sutvirtinti, o vidinė pusė išklota "
                    "apsauginiu geotekstilės audiniu. Lysves galite atsiimti išardytas mokykloje arba užsisakyti pristatymą ir surinkimą. "
                    "Kiekvienos lysvės tvirtumą ir apdailą patikrina mokytojas.",
                    "steps": [
                        ["Pjovimas", "Mokiniai supjausto ir nušlifuoja maumedžio lentas."],
                        ["Surinkimas", "Kampai suveržiami varžtais ir sutvirtinami."],
                        ["Apdaila", "Įklojamas apsauginis audinys, o lysvė patikrinama."],
                    ],
                    "specs": [
                        ["Matmenys", "120 × 80 × 40 cm"],
                        ["Medžiaga", "neapdorotas maumedis"],
                        ["Vidaus danga", "geotekstilė"],
                        ["Svoris", "apie 25 kg"],
                    ],
                    "keywords": ["pakeltos lysvės", "daržas", "maumedis"],
                },
                "lv": {
                    "title": "Koka paaugstinātās dobes",
                    "summary": "Lapegles paaugstinātās dobes dārziem, skolām un uzņēmumu zaļajām zonām, ko izgatavo "
                    "galdniecības audzēkņi.",
                    "unit": "dobe",
                    "body": "Katras dobes izmērs ir 120 × 80 × 40 cm, un tā izgatavota no neapstrādātiem lapegles "
                    "dēļiem, kas bez ķīmijas kalpo daudzus gadus. Stūri ir nostiprināti, un iekšpusē piestiprināts "
                    "aizsargājošs pārklājums. Dobes varat saņemt izjauktas skolā vai pasūtīt piegādi un montāžu. "
                    "Katras dobes stabilitāti un apdari pārbauda pedagogs.",
                    "steps": [
                        ["Zāģēšana", "Audzēkņi sazāģē un noslīpē lapegles dēļus."],
                        ["Montāža", "Stūri tiek saskrūvēti un nostiprināti."],
                        ["Apdare", "Tiek ieklāts pārklājums, un dobe tiek pārbaudīta."],
                    ],
                    "specs": [
                        ["Izmēri", "120 × 80 × 40 cm"],
                        ["Materiāls", "neapstrādāta lapegle"],
                        ["Iekšējais pārklājums", "ģeotekstils"],
                        ["Svars", "apmēram 25 kg"],
                    ],
                    "keywords": ["paaugstinātās dobes", "sakņu dārzs", "lapegle"],
                },
                "pl": {
                    "title": "Drewniane podwyższone grządki",
                    "summary": "Modrzewiowe podwyższone grządki do ogrodów, szkół i firmowej zieleni, wykonywane przez "
                    "uczniów stolarstwa.",
                    "unit": "grządka",
                    "body": "Każda grządka ma wymiary 120 × 80 × 40 cm i jest wykonana z nieimpregnowanych desek "
                    "modrzewiowych, które bez chemii służą przez lata. Narożniki są wzmocnione, a wnętrze wyłożone "
                    "osłoną przymocowaną zszywkami. Grządki można odebrać w szkole w paczce do samodzielnego montażu "
                    "albo zamówić dostawę z montażem. Stabilność i wykończenie każdej grządki sprawdza nauczyciel.",
                    "steps": [
                        ["Cięcie", "Uczniowie przycinają i szlifują deski modrzewiowe."],
                        ["Montaż", "Narożniki są skręcane i wzmacniane."],
                        ["Wykończenie", "Montujemy osłonę, a grządka przechodzi kontrolę."],
                    ],
                    "specs": [
                        ["Wymiary", "120 × 80 × 40 cm"],
                        ["Materiał", "modrzew bez impregnacji"],
                        ["Osłona", "geowłóknina"],
                        ["Waga", "ok. 25 kg"],
                    ],
                    "keywords": ["podwyższone grządki", "warzywnik", "modrzew"],
                },
                "it": {
                    "title": "Orti rialzati in legno",
                    "summary": "Cassoni per orti rialzati in larice per giardini, scuole e spazi verdi aziendali, "
                    "costruiti dagli studenti di falegnameria.",
                    "unit": "cassone",
                    "body": "Ogni cassone misura 120 × 80 × 40 cm ed è realizzato in tavole di larice non trattato, "
                    "che durano anni senza prodotti chimici. Gli angoli sono rinforzati e all'interno è fissato un "
                    "telo protettivo. Potete ritirare i cassoni smontati a scuola oppure richiederne consegna e "
                    "montaggio. Un docente controlla stabilità e finitura di ogni cassone.",
                    "steps": [
                        ["Taglio", "Gli studenti tagliano e levigano le tavole di larice."],
                        ["Assemblaggio", "Gli angoli vengono avvitati e rinforzati."],
                        ["Finitura", "Si applica il telo e il cassone viene controllato."],
                    ],
                    "specs": [
                        ["Dimensioni", "120 × 80 × 40 cm"],
                        ["Materiale", "larice non trattato"],
                        ["Telo interno", "geotessile"],
                        ["Peso", "circa 25 kg"],
                    ],
                    "keywords": ["orto rialzato", "orto", "larice"],
                },
                "pt": {
                    "title": "Canteiros elevados em madeira",
                    "summary": "Canteiros elevados em larício para jardins, escolas e espaços verdes de empresas, "
                    "feitos por alunos de carpintaria.",
                    "unit": "canteiro",
                    "body": "Cada canteiro mede 120 × 80 × 40 cm e é feito de tábuas de larício sem tratamento, que "
                    "duram anos sem químicos. Os cantos são reforçados e o interior é forrado com uma tela de "
                    "proteção agrafada. Pode levantar os canteiros desmontados na escola ou pedir a entrega com "
                    "montagem. Um professor verifica a estabilidade e o acabamento de cada canteiro.",
                    "steps": [
                        ["Corte", "Os alunos cortam e lixam as tábuas de larício."],
                        ["Montagem", "Os cantos são aparafusados e reforçados."],
                        ["Acabamento", "A tela é colocada e o canteiro é inspecionado."],
                    ],
                    "specs": [
                        ["Dimensões", "120 × 80 × 40 cm"],
                        ["Material", "larício sem tratamento"],
                        ["Forro", "geotêxtil"],
                        ["Peso", "cerca de 25 kg"],
                    ],
                    "keywords": ["canteiros elevados", "horta", "larício"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "6.00",
            "minimum_order": 20,
            "lead_time_days": 21,
            "capacity_per_month": 600,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Interior painting and minor wall repairs",
                    "summary": "Construction students fill cracks, prime and paint walls and ceilings in offices, "
                    "classrooms or homes.",
                    "unit": "m²",
                    "body": "The price per square metre covers surface preparation, filling small cracks, one coat of "
                    "primer and two coats of paint. You provide the paint in the colours you choose, or we buy it and "
                    "add the cost to the invoice. A team of three to five students works with a construction teacher, "
                    "who checks the surfaces before and after painting. We protect floors and furniture and leave the "
                    "room clean.",
                    "steps": [
                        ["Preparation", "Furniture and floors are covered, and walls are cleaned and filled."],
                        ["Priming", "A coat of primer is applied for good adhesion."],
                        ["Painting", "Two coats of paint are applied, and the room is cleaned."],
                    ],
                    "specs": [
                        ["Price basis", "per m² of painted surface"],
                        ["Minimum area", "20 m²"],
                        ["Team", "3–5 students and a teacher"],
                        ["Paint", "supplied by the customer or charged at cost"],
                    ],
                    "keywords": ["painting", "renovation", "interior finishing"],
                },
                "lt": {
                    "title": "Vidaus dažymas ir smulkus sienų remontas",
                    "summary": "Statybos specialybės mokiniai užglaisto įtrūkimus, gruntuoja ir dažo sienas bei "
                    "lubas biuruose, klasėse ar namuose.",
                    "unit": "m²",
                    "body": "Kaina už kvadratinį metrą apima paviršiaus paruošimą, smulkių įtrūkimų užglaistymą, "
                    "vieną gruntavimo ir du dažų sluoksnius. Dažus pasirinktomis spalvomis pateikiate patys arba "
                    "juos nuperkame mes ir jų kainą įtraukiame į sąskaitą. Trijų–penkių mokinių komanda dirba su "
                    "statybos mokytoju, kuris patikrina paviršius prieš dažant ir po dažymo. Apsaugome grindis ir "
                    "baldus, o patalpą paliekame švarią.",
                    "steps": [
                        ["Paruošimas", "Baldai ir grindys uždengiami, sienos nuvalomos ir užglaistomos."],
                        ["Gruntavimas", "Geram sukibimui užtepamas gruntas."],
                        ["Dažymas", "Užtepami du dažų sluoksniai, patalpa sutvarkoma."],
                    ],
                    "specs": [
                        ["Kainos pagrindas", "už m² dažomo paviršiaus"],
                        ["Mažiausias plotas", "20 m²"],
                        ["Komanda", "3–5 mokiniai ir mokytojas"],
                        ["Dažai", "kliento arba pagal savikainą"],
                    ],
                    "keywords": ["dažymas", "remontas", "vidaus apdaila"],
                },
                "lv": {
                    "title": "Iekštelpu krāsošana un nelieli sienu remontdarbi",
                    "summary": "Būvniecības audzēkņi aizpilda plaisas, gruntē un krāso sienas un griestus birojos, "
                    "klasēs vai mājokļos.",
                    "unit": "m²",
                    "body": "Cena par kvadrātmetru ietver virsmas sagatavošanu, nelielu plaisu aizpildīšanu, vienu "
                    "grunts un divas krāsas kārtas. Krāsu izvēlētajos toņos nodrošināt jūs, vai arī mēs to "
                    "iegādājamies un izmaksas iekļaujam rēķinā. Trīs līdz piecu audzēkņu komanda strādā kopā ar "
                    "būvniecības pedagogu, kurš pārbauda virsmas pirms un pēc krāsošanas. Mēs nosedzam grīdas un "
                    "mēbeles un atstājam telpu tīru.",
                    "steps": [
                        ["Sagatavošana", "Mēbeles un grīdas tiek nosegtas, sienas notīrītas un izšpaktelētas."],
                        ["Gruntēšana", "Labākai saķerei tiek uzklāta grunts kārta."],
                        ["Krāsošana", "Tiek uzklātas divas krāsas kārtas, un telpa tiek sakopta."],
                    ],
                    "specs": [
                        ["Cenas pamats", "par m² krāsotās virsmas"],
                        ["Minimālā platība", "20 m²"],
                        ["Komanda", "3–5 audzēkņi un pedagogs"],
                        ["Krāsa", "no klienta vai par iepirkuma cenu"],
                    ],
                    "keywords": ["krāsošana", "remonts", "iekšdarbi"],
                },
                "pl": {
                    "title": "Malowanie wnętrz i drobne naprawy ścian",
                    "summary": "Uczniowie budownictwa szpachlują pęknięcia, gruntują i malują ściany oraz sufity w "
                    "biurach, klasach i mieszkaniach.",
                    "unit": "m²",
                    "body": "Cena za metr kwadratowy obejmuje przygotowanie podłoża, zaszpachlowanie drobnych "
                    "pęknięć, jedną warstwę gruntu i dwie warstwy farby. Farbę w wybranych kolorach zapewniają "
                    "Państwo albo kupujemy ją my i doliczamy jej koszt do faktury. Zespół od trzech do pięciu "
                    "uczniów pracuje z nauczycielem budownictwa, który sprawdza powierzchnie przed malowaniem i po "
                    "nim. Zabezpieczamy podłogi i meble, a po pracy zostawiamy porządek.",
                    "steps": [
                        ["Przygotowanie", "Zabezpieczamy meble i podłogi, czyścimy i szpachlujemy ściany."],
                        ["Gruntowanie", "Nakładamy grunt, który poprawia przyczepność farby."],
                        ["Malowanie", "Nakładamy dwie warstwy farby i sprzątamy pomieszczenie."],
                    ],
                    "specs": [
                        ["Podstawa ceny", "za m² malowanej powierzchni"],
                        ["Minimalna powierzchnia", "20 m²"],
                        ["Zespół", "3–5 uczniów i nauczyciel"],
                        ["Farba", "klienta lub po cenie zakupu"],
                    ],
                    "keywords": ["malowanie", "remont", "wykończenia wnętrz"],
                },
                "it": {
                    "title": "Tinteggiatura interni e piccole riparazioni murarie",
                    "summary": "Gli studenti di edilizia stuccano crepe, applicano il fondo e tinteggiano pareti e "
                    "soffitti di uffici, aule o abitazioni.",
                    "unit": "m²",
                    "body": "Il prezzo al metro quadro comprende preparazione delle superfici, stuccatura di piccole "
                    "crepe, una mano di fondo e due mani di pittura. La pittura nei colori scelti la fornite voi, "
                    "oppure la acquistiamo noi e la aggiungiamo in fattura. Una squadra da tre a cinque studenti "
                    "lavora con un docente di edilizia, che controlla le superfici prima e dopo la tinteggiatura. "
                    "Proteggiamo pavimenti e mobili e lasciamo l'ambiente pulito.",
                    "steps": [
                        ["Preparazione", "Mobili e pavimenti vengono coperti, le pareti pulite e stuccate."],
                        ["Fondo", "Si applica una mano di fondo per una buona adesione."],
                        ["Tinteggiatura", "Si stendono due mani di pittura e si pulisce l'ambiente."],
                    ],
                    "specs": [
                        ["Base di prezzo", "al m² di superficie tinteggiata"],
                        ["Superficie minima", "20 m²"],
                        ["Squadra", "3–5 studenti e un docente"],
                        ["Pittura", "del cliente o al prezzo di costo"],
                    ],
                    "keywords": ["tinteggiatura", "ristrutturazione", "finiture interne"],
                },
                "pt": {
                    "title": "Pintura de interiores e pequenas reparações de paredes",
                    "summary": "Alunos de construção civil tapam fissuras, aplicam primário e pintam paredes e tetos "
                    "em escritórios, salas de aula ou habitações.",
                    "unit": "m²",
                    "body": "O preço por metro quadrado inclui a preparação da superfície, a reparação de pequenas "
                    "fissuras, uma demão de primário e duas demãos de tinta. O cliente fornece a tinta nas cores que "
                    "escolher, ou compramo-la nós e acrescentamos o custo à fatura. Uma equipa de três a cinco alunos "
                    "trabalha com um professor de construção, que verifica as superfícies antes e depois da pintura. "
                    "Protegemos o chão e os móveis e deixamos o espaço limpo.",
                    "steps": [
                        ["Preparação", "Os móveis e o chão são protegidos e as paredes limpas e barradas."],
                        ["Primário", "É aplicada uma demão de primário para boa aderência."],
                        ["Pintura", "São aplicadas duas demãos de tinta e o espaço é limpo."],
                    ],
                    "specs": [
                        ["Base do preço", "por m² de superfície pintada"],
                        ["Área mínima", "20 m²"],
                        ["Equipa", "3–5 alunos e um professor"],
                        ["Tinta", "fornecida pelo cliente ou ao preço de custo"],
                    ],
                    "keywords": ["pintura", "remodelação", "acabamentos interiores"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 30,
            "capacity_per_month": 6,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Solid wood furniture made to measure",
                    "summary": "Tables, benches, shelving and counters made to measure in the school joinery.",
                    "unit": "item",
                    "body": "Tell us what you need, for example a reception counter, a conference table or shelving "
                    "for a shop, and students will prepare a drawing with dimensions and materials. Once you approve "
                    "the design and quote, the furniture is made in the school joinery using both CNC and traditional "
                    "techniques. Surfaces are finished with oil or lacquer, and a master joiner checks every joint. "
                    "Delivery and installation can be arranged within the region.",
                    "steps": [
                        ["Design", "Students prepare a drawing and a list of materials for your approval."],
                        ["Production", "The parts are cut, joined and sanded in the workshop."],
                        ["Finishing and delivery", "The piece is oiled or lacquered, inspected and delivered."],
                    ],
                    "specs": [
                        ["Materials", "oak, ash, pine or birch plywood"],
                        ["Finish", "oil or water-based lacquer"],
                        ["Design", "drawing included in the quote"],
                        ["Guarantee", "12 months"],
                    ],
                    "keywords": ["custom furniture", "solid wood", "joinery"],
                },
                "lt": {
                    "title": "Masyvo baldai pagal užsakymą",
                    "summary": "Stalai, suolai, lentynos ir prekystaliai, pagaminti pagal jūsų matmenis mokyklos "
                    "stalių dirbtuvėse.",
                    "unit": "gaminys",
                    "body": "Papasakokite, ko jums reikia, pavyzdžiui, registratūros stalo, posėdžių stalo ar "
                    "lentynų parduotuvei, o mokiniai parengs brėžinį su matmenimis ir medžiagomis. Jums patvirtinus "
                    "projektą ir kainą, baldai gaminami mokyklos stalių dirbtuvėse taikant ir CNC, ir tradicinius "
                    "metodus. Paviršiai padengiami aliejumi arba laku, o kiekvieną sujungimą patikrina staliaus "
                    "meistras. Pristatymą ir montavimą galime suorganizuoti regione.",
                    "steps": [
                        ["Projektavimas", "Mokiniai parengia brėžinį ir medžiagų sąrašą jums patvirtinti."],
                        ["Gamyba", "Dalys išpjaunamos, sujungiamos ir nušlifuojamos dirbtuvėse."],
                        ["Apdaila ir pristatymas", "Gaminys alyvuojamas ar lakuojamas, patikrinamas ir pristatomas."],
                    ],
                    "specs": [
                        ["Medžiagos", "ąžuolas, uosis, pušis arba beržo fanera"],
                        ["Apdaila", "aliejus arba vandeninis lakas"],
                        ["Projektas", "brėžinys įskaičiuotas į pasiūlymą"],
                        ["Garantija", "12 mėnesių"],
                    ],
                    "keywords": ["baldai pagal užsakymą", "medienos masyvas", "staliaus darbai"],
                },
                "lv": {
                    "title": "Masīvkoka mēbeles pēc pasūtījuma",
                    "summary": "Galdi, soli, plaukti un letes, kas izgatavoti pēc jūsu izmēriem skolas galdniecībā.",
                    "unit": "izstrādājums",
                    "body": "Pastāstiet, kas jums vajadzīgs, piemēram, reģistratūras lete, sanāksmju galds vai plaukti "
                    "veikalam, un audzēkņi sagatavos rasējumu ar izmēriem un materiāliem. Kad esat apstiprinājis "
                    "projektu un cenu, mēbeles tiek izgatavotas skolas galdniecībā, izmantojot gan CNC, gan "
                    "tradicionālās metodes. Virsmas apstrādā ar eļļu vai laku, un katru savienojumu pārbauda "
                    "galdnieku meistars. Piegādi un uzstādīšanu varam noorganizēt reģiona robežās.",
                    "steps": [
                        ["Projektēšana", "Audzēkņi sagatavo rasējumu un materiālu sarakstu jūsu apstiprināšanai."],
                        ["Izgatavošana", "Detaļas tiek izzāģētas, savienotas un noslīpētas darbnīcā."],
                        ["Apdare un piegāde", "Izstrādājums tiek eļļots vai lakots, pārbaudīts un piegādāts."],
                    ],
                    "specs": [
                        ["Materiāli", "ozols, osis, priede vai bērza saplāksnis"],
                        ["Apdare", "eļļa vai ūdens bāzes laka"],
                        ["Projekts", "rasējums iekļauts piedāvājumā"],
                        ["Garantija", "12 mēneši"],
                    ],
                    "keywords": ["mēbeles pēc pasūtījuma", "masīvkoks", "galdniecība"],
                },
                "pl": {
                    "title": "Meble z litego drewna na wymiar",
                    "summary": "Stoły, ławki, regały i lady wykonane na wymiar w szkolnej stolarni.",
                    "unit": "mebel",
                    "body": "Wystarczy opisać, czego Państwo potrzebują – na przykład lady recepcyjnej, stołu "
                    "konferencyjnego lub regałów do sklepu – a uczniowie przygotują rysunek z wymiarami i "
                    "materiałami. Po akceptacji projektu i wyceny meble powstają w szkolnej stolarni z użyciem "
                    "zarówno maszyn CNC, jak i tradycyjnych technik. Powierzchnie wykańczamy olejem lub lakierem, a "
                    "każde połączenie sprawdza mistrz stolarski. Możemy zorganizować dostawę i montaż w regionie.",
                    "steps": [
                        ["Projekt", "Uczniowie przygotowują rysunek i listę materiałów do akceptacji."],
                        ["Produkcja", "Elementy są przycinane, łączone i szlifowane w warsztacie."],
                        ["Wykończenie i dostawa", "Mebel jest olejowany lub lakierowany, sprawdzany i dostarczany."],
                    ],
                    "specs": [
                        ["Materiały", "dąb, jesion, sosna lub sklejka brzozowa"],
                        ["Wykończenie", "olej lub lakier wodny"],
                        ["Projekt", "rysunek w cenie wyceny"],
                        ["Gwarancja", "12 miesięcy"],
                    ],
                    "keywords": ["meble na wymiar", "lite drewno", "stolarstwo"],
                },
                "it": {
                    "title": "Mobili su misura in legno massello",
                    "summary": "Tavoli, panche, scaffalature e banconi realizzati su misura nella falegnameria della "
                    "scuola.",
                    "unit": "pezzo",
                    "body": "Diteci che cosa vi serve, ad esempio un bancone per la reception, un tavolo riunioni o "
                    "scaffali per un negozio, e gli studenti prepareranno un disegno con misure e materiali. Dopo "
                    "l'approvazione del progetto e del preventivo, il mobile viene realizzato nella falegnameria della "
                    "scuola con tecniche sia CNC sia tradizionali. Le superfici sono rifinite a olio o vernice e un "
                    "maestro falegname controlla ogni giunzione. Possiamo organizzare consegna e montaggio in zona.",
                    "steps": [
                        ["Progetto", "Gli studenti preparano un disegno e un elenco dei materiali da approvare."],
                        ["Produzione", "I pezzi vengono tagliati, assemblati e levigati in laboratorio."],
                        ["Finitura e consegna", "Il mobile viene oliato o verniciato, controllato e consegnato."],
                    ],
                    "specs": [
                        ["Materiali", "rovere, frassino, pino o multistrato di betulla"],
                        ["Finitura", "olio o vernice all'acqua"],
                        ["Progetto", "disegno compreso nel preventivo"],
                        ["Garanzia", "12 mesi"],
                    ],
                    "keywords": ["mobili su misura", "legno massello", "falegnameria"],
                },
                "pt": {
                    "title": "Mobiliário por medida em madeira maciça",
                    "summary": "Mesas, bancos, estantes e balcões feitos por medida na oficina de carpintaria da "
                    "escola.",
                    "unit": "peça",
                    "body": "Diga-nos do que precisa, por exemplo um balcão de receção, uma mesa de reuniões ou "
                    "estantes para uma loja, e os alunos preparam um desenho com medidas e materiais. Depois de "
                    "aprovar o projeto e o orçamento, o móvel é feito na oficina da escola com técnicas CNC e "
                    "tradicionais. As superfícies são acabadas com óleo ou verniz, e um mestre carpinteiro verifica "
                    "cada ligação. A entrega e a montagem podem ser combinadas dentro da região.",
                    "steps": [
                        ["Projeto", "Os alunos preparam um desenho e uma lista de materiais para aprovação."],
                        ["Produção", "As peças são cortadas, unidas e lixadas na oficina."],
                        ["Acabamento e entrega", "O móvel é oleado ou envernizado, inspecionado e entregue."],
                    ],
                    "specs": [
                        ["Materiais", "carvalho, freixo, pinho ou contraplacado de bétula"],
                        ["Acabamento", "óleo ou verniz aquoso"],
                        ["Projeto", "desenho incluído no orçamento"],
                        ["Garantia", "12 meses"],
                    ],
                    "keywords": ["mobiliário por medida", "madeira maciça", "carpintaria"],
                },
            },
        },
    ],
    "car-repair": [
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "25.00",
            "minimum_order": 1,
            "lead_time_days": 3,
            "capacity_per_month": 200,
            "delivery_modes": ["pickup"],
            "months": [3, 4, 5, 10, 11, 12],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Seasonal tyre change",
                    "summary": "Swapping summer and winter wheels with balancing and a pressure check, done in the "
                    "school garage.",
                    "unit": "car",
                    "body": "The price includes removing and fitting four wheels, balancing, a pressure check and a "
                    "quick look at tread depth and brakes. If your tyres are not on rims, we also demount and mount "
                    "them for a small extra charge. Students work in pairs under a master mechanic, who checks the "
                    "wheel nut torque before you drive away. Book a time slot online; the service takes about an "
                    "hour.",
                    "steps": [
                        ["Booking", "You choose a time slot and bring the car to the school garage."],
                        ["Changing and balancing", "Students swap the wheels and balance them."],
                        ["Final check", "The mechanic checks the torque and tyre pressure."],
                    ],
                    "specs": [
                        ["Wheels", "4, on rims"],
                        ["Rim size", "up to 18 inches"],
                        ["Duration", "about 1 hour"],
                        ["Included", "balancing, pressure check"],
                    ],
                    "keywords": ["tyre change", "winter tyres", "car service"],
                },
                "lt": {
                    "title": "Sezoninis padangų keitimas",
                    "summary": "Vasarinių ir žieminių ratų keitimas su balansavimu ir slėgio patikra mokyklos "
                    "dirbtuvėse.",
                    "unit": "automobilis",
                    "body": "Į kainą įeina keturių ratų nuėmimas ir uždėjimas, balansavimas, slėgio patikra ir "
                    "trumpa protektoriaus gylio bei stabdžių apžiūra. Jei padangos ne ant ratlankių, už nedidelį "
                    "papildomą mokestį jas taip pat numontuojame ir sumontuojame. Mokiniai dirba poromis, prižiūrimi "
                    "meistro, kuris prieš jums išvažiuojant patikrina ratų veržlių priveržimo momentą. Laiką "
                    "rezervuokite internetu; paslauga trunka apie valandą.",
                    "steps": [
                        ["Registracija", "Pasirenkate laiką ir atvažiuojate į mokyklos dirbtuves."],
                        ["Keitimas ir balansavimas", "Mokiniai pakeičia ratus ir juos subalansuoja."],
                        ["Galutinė patikra", "Meistras patikrina priveržimo momentą ir padangų slėgį."],
                    ],
                    "specs": [
                        ["Ratai", "4, ant ratlankių"],
                        ["Ratlankių dydis", "iki 18 colių"],
                        ["Trukmė", "apie 1 valandą"],
                        ["Įskaičiuota", "balansavimas, slėgio patikra"],
                    ],
                    "keywords": ["padangų keitimas", "žieminės padangos", "autoservisas"],
                },
                "lv": {
                    "title": "Sezonas riepu maiņa",
                    "summary": "Vasaras un ziemas riteņu maiņa ar balansēšanu un spiediena pārbaudi skolas "
                    "autoservisā.",
                    "unit": "automašīna",
                    "body": "Cenā ietilpst četru riteņu noņemšana un uzlikšana, balansēšana, spiediena pārbaude un "
                    "ātra protektora dziļuma un bremžu apskate. Ja riepas nav uz diskiem, par nelielu papildu samaksu "
                    "tās arī nomontējam un uzmontējam. Audzēkņi strādā pāros meistara uzraudzībā, kurš pirms jūsu "
                    "aizbraukšanas pārbauda riteņu skrūvju pievilkšanas momentu. Pierakstieties tiešsaistē; "
                    "pakalpojums aizņem apmēram stundu.",
                    "steps": [
                        ["Pieraksts", "Jūs izvēlaties laiku un atvedat automašīnu uz skolas autoservisu."],
                        ["Maiņa un balansēšana", "Audzēkņi nomaina riteņus un tos nobalansē."],
                        ["Noslēguma pārbaude", "Meistars pārbauda pievilkšanas momentu un riepu spiedienu."],
                    ],
                    "specs": [
                        ["Riteņi", "4, uz diskiem"],
                        ["Disku izmērs", "līdz 18 collām"],
                        ["Ilgums", "apmēram 1 stunda"],
                        ["Iekļauts", "balansēšana, spiediena pārbaude"],
                    ],
                    "keywords": ["riepu maiņa", "ziemas riepas", "autoserviss"],
                },
                "pl": {
                    "title": "Sezonowa wymiana opon",
                    "summary": "Wymiana kół letnich i zimowych z wyważeniem i kontrolą ciśnienia w szkolnym "
                    "warsztacie.",
                    "unit": "samochód",
                    "body": "Cena obejmuje zdjęcie i założenie czterech kół, wyważenie, kontrolę ciśnienia oraz szybki "
                    "przegląd bieżnika i hamulców. Jeśli opony nie są na felgach, za niewielką dopłatą również je "
                    "przekładamy. Uczniowie pracują w parach pod okiem mistrza, który przed odjazdem sprawdza moment "
                    "dokręcenia śrub. Termin można zarezerwować online; usługa trwa około godziny.",
                    "steps": [
                        ["Rezerwacja", "Wybierają Państwo termin i przyjeżdżają do szkolnego warsztatu."],
                        ["Wymiana i wyważenie", "Uczniowie zamieniają koła i je wyważają."],
                        ["Kontrola końcowa", "Mistrz sprawdza moment dokręcenia i ciśnienie w oponach."],
                    ],
                    "specs": [
                        ["Koła", "4, na felgach"],
                        ["Rozmiar felg", "do 18 cali"],
                        ["Czas", "ok. 1 godziny"],
                        ["W cenie", "wyważenie, kontrola ciśnienia"],
                    ],
                    "keywords": ["wymiana opon", "opony zimowe", "serwis samochodowy"],
                },
                "it": {
                    "title": "Cambio gomme stagionale",
                    "summary": "Sostituzione delle ruote estive e invernali con equilibratura e controllo della "
                    "pressione nell'officina della scuola.",
                    "unit": "auto",
                    "body": "Il prezzo comprende smontaggio e montaggio di quattro ruote, equilibratura, controllo "
                    "della pressione e una verifica rapida del battistrada e dei freni. Se gli pneumatici non sono "
                    "montati sui cerchi, li smontiamo e rimontiamo con un piccolo supplemento. Gli studenti lavorano "
                    "in coppia sotto la guida di un meccanico esperto, che controlla la coppia di serraggio dei "
                    "bulloni prima che ripartiate. Prenotate online; il servizio dura circa un'ora.",
                    "steps": [
                        ["Prenotazione", "Scegliete l'orario e portate l'auto in officina."],
                        ["Cambio ed equilibratura", "Gli studenti sostituiscono le ruote e le equilibrano."],
                        ["Controllo finale", "Il meccanico verifica la coppia di serraggio e la pressione."],
                    ],
                    "specs": [
                        ["Ruote", "4, su cerchi"],
                        ["Misura dei cerchi", "fino a 18 pollici"],
                        ["Durata", "circa 1 ora"],
                        ["Incluso", "equilibratura, controllo della pressione"],
                    ],
                    "keywords": ["cambio gomme", "pneumatici invernali", "officina"],
                },
                "pt": {
                    "title": "Mudança sazonal de pneus",
                    "summary": "Troca das rodas de verão e de inverno, com equilibragem e verificação da pressão, na "
                    "oficina da escola.",
                    "unit": "automóvel",
                    "body": "O preço inclui desmontar e montar quatro rodas, equilibragem, verificação da pressão e uma "
                    "inspeção rápida do piso e dos travões. Se os pneus não estiverem montados em jantes, também os "
                    "desmontamos e montamos por um pequeno valor adicional. Os alunos trabalham em pares sob a "
                    "orientação de um mecânico experiente, que verifica o aperto das porcas antes de sair. Marque a "
                    "hora online; o serviço demora cerca de uma hora.",
                    "steps": [
                        ["Marcação", "Escolhe a hora e traz o carro à oficina da escola."],
                        ["Troca e equilibragem", "Os alunos trocam as rodas e equilibram-nas."],
                        ["Verificação final", "O mecânico verifica o aperto e a pressão dos pneus."],
                    ],
                    "specs": [
                        ["Rodas", "4, em jante"],
                        ["Tamanho da jante", "até 18 polegadas"],
                        ["Duração", "cerca de 1 hora"],
                        ["Incluído", "equilibragem, verificação da pressão"],
                    ],
                    "keywords": ["mudança de pneus", "pneus de inverno", "oficina automóvel"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "20.00",
            "minimum_order": 1,
            "lead_time_days": 5,
            "capacity_per_month": 60,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Check-up before the roadworthiness test",
                    "summary": "A 40-point check of lights, brakes, suspension and emissions, so you know what to fix "
                    "before the official test.",
                    "unit": "car",
                    "body": "Students inspect your car using the same checklist as official test stations: lights, "
                    "brakes, steering, suspension, tyres, exhaust and emissions. You receive the completed checklist "
                    "with notes and a cost estimate for any repairs. Repairs are not included but can be booked "
                    "separately at the school. A master mechanic supervises the inspection and signs the checklist.",
                    "steps": [
                        ["Reception", "The car is registered and the checklist is started."],
                        [
                            "Inspection",
                            "Students test lights, brakes, suspension and emissions on the lift and test bench.",
                        ],
                        ["Report", "You receive the checklist with recommendations."],
                    ],
                    "specs": [
                        ["Checkpoints", "40"],
                        ["Duration", "about 1 hour"],
                        ["Output", "signed checklist"],
                        ["Repairs", "quoted separately"],
                    ],
                    "keywords": ["vehicle inspection", "roadworthiness test", "car check"],
                },
                "lt": {
                    "title": "Patikra prieš techninę apžiūrą",
                    "summary": "Automobilio patikra pagal 40 punktų: žibintai, stabdžiai, pakaba ir išmetamosios dujos "
                    "– kad žinotumėte, ką sutaisyti prieš oficialią apžiūrą.",
                    "unit": "automobilis",
                    "body": "Mokiniai tikrina jūsų automobilį pagal tą patį kontrolinį sąrašą kaip techninės apžiūros "
                    "centruose: žibintus, stabdžius, vairo mechanizmą, pakabą, padangas, išmetimo sistemą ir "
                    "išmetamųjų dujų kiekį. Gaunate užpildytą sąrašą su pastabomis ir remonto sąmata. Remontas į "
                    "kainą neįeina, bet jį galima atskirai užsisakyti mokykloje. Patikrą prižiūri ir kontrolinį "
                    "sąrašą pasirašo meistras.",
                    "steps": [
                        ["Priėmimas", "Automobilis užregistruojamas ir pradedamas pildyti kontrolinis sąrašas."],
                        [
                            "Patikra",
                            "Mokiniai ant keltuvo ir stende tikrina žibintus, stabdžius, pakabą ir išmetamąsias dujas.",
                        ],
                        ["Ataskaita", "Gaunate kontrolinį sąrašą su rekomendacijomis."],
                    ],
                    "specs": [
                        ["Tikrinami punktai", "40"],
                        ["Trukmė", "apie 1 valandą"],
                        ["Rezultatas", "pasirašytas kontrolinis sąrašas"],
                        ["Remontas", "įkainojamas atskirai"],
                    ],
                    "keywords": ["techninė apžiūra", "automobilio patikra", "autoservisas"],
                },
                "lv": {
                    "title": "Pārbaude pirms tehniskās apskates",
                    "summary": "Automašīnas pārbaude 40 punktos – lukturi, bremzes, balstiekārta un izplūdes gāzes –, "
                    "lai zinātu, kas jānovērš pirms oficiālās apskates.",
                    "unit": "automašīna",
                    "body": "Audzēkņi pārbauda jūsu automašīnu pēc tā paša kontrolsaraksta, ko izmanto tehniskās "
                    "apskates stacijās: lukturus, bremzes, stūres iekārtu, balstiekārtu, riepas, izplūdes sistēmu un "
                    "izmešus. Jūs saņemat aizpildītu sarakstu ar piezīmēm un remonta izmaksu tāmi. Remonts cenā nav "
                    "iekļauts, bet to var atsevišķi pieteikt skolā. Pārbaudi uzrauga un kontrolsarakstu paraksta "
                    "meistars.",
                    "steps": [
                        ["Pieņemšana", "Automašīna tiek reģistrēta, un sāk aizpildīt kontrolsarakstu."],
                        [
                            "Pārbaude",
                            "Audzēkņi uz pacēlāja un stendā pārbauda lukturus, bremzes, balstiekārtu un izmešus.",
                        ],
                        ["Pārskats", "Jūs saņemat kontrolsarakstu ar ieteikumiem."],
                    ],
                    "specs": [
                        ["Pārbaudes punkti", "40"],
                        ["Ilgums", "apmēram 1 stunda"],
                        ["Rezultāts", "parakstīts kontrolsaraksts"],
                        ["Remonts", "tiek novērtēts atsevišķi"],
                    ],
                    "keywords": ["tehniskā apskate", "automašīnas pārbaude", "autoserviss"],
                },
                "pl": {
                    "title": "Kontrola przed przeglądem technicznym",
                    "summary": "Sprawdzenie samochodu w 40 punktach – światła, hamulce, zawieszenie i spaliny – żeby "
                    "wiedzieć, co naprawić przed oficjalnym przeglądem.",
                    "unit": "samochód",
                    "body": "Uczniowie sprawdzają samochód według tej samej listy co stacje kontroli pojazdów: "
                    "światła, hamulce, układ kierowniczy, zawieszenie, opony, układ wydechowy i emisję spalin. "
                    "Otrzymują Państwo wypełnioną listę z uwagami i kosztorysem ewentualnych napraw. Naprawy nie są "
                    "wliczone w cenę, ale można je zamówić osobno w szkole. Kontrolę nadzoruje mistrz, który "
                    "podpisuje listę.",
                    "steps": [
                        ["Przyjęcie", "Rejestrujemy samochód i zaczynamy wypełniać listę kontrolną."],
                        [
                            "Kontrola",
                            "Uczniowie sprawdzają światła, hamulce, zawieszenie i spaliny na podnośniku i stanowisku.",
                        ],
                        ["Raport", "Otrzymują Państwo listę kontrolną z zaleceniami."],
                    ],
                    "specs": [
                        ["Punkty kontrolne", "40"],
                        ["Czas", "ok. 1 godziny"],
                        ["Efekt", "podpisana lista kontrolna"],
                        ["Naprawy", "wyceniane osobno"],
                    ],
                    "keywords": ["przegląd techniczny", "kontrola samochodu", "warsztat"],
                },
                "it": {
                    "title": "Controllo pre-revisione",
                    "summary": "Un controllo in 40 punti di luci, freni, sospensioni ed emissioni, per sapere che cosa "
                    "sistemare prima della revisione ufficiale.",
                    "unit": "auto",
                    "body": "Gli studenti controllano la vostra auto con la stessa lista usata nei centri di "
                    "revisione: luci, freni, sterzo, sospensioni, pneumatici, scarico ed emissioni. Ricevete la lista "
                    "compilata con le note e un preventivo per le eventuali riparazioni. Le riparazioni non sono "
                    "incluse, ma si possono prenotare a parte presso la scuola. Un meccanico esperto supervisiona il "
                    "controllo e firma la lista.",
                    "steps": [
                        ["Accettazione", "L'auto viene registrata e si inizia a compilare la lista."],
                        [
                            "Controllo",
                            "Gli studenti verificano luci, freni, sospensioni ed emissioni su ponte e banco prova.",
                        ],
                        ["Esito", "Ricevete la lista di controllo con le raccomandazioni."],
                    ],
                    "specs": [
                        ["Punti di controllo", "40"],
                        ["Durata", "circa 1 ora"],
                        ["Risultato", "lista di controllo firmata"],
                        ["Riparazioni", "preventivate a parte"],
                    ],
                    "keywords": ["revisione auto", "controllo auto", "officina"],
                },
                "pt": {
                    "title": "Verificação antes da inspeção periódica",
                    "summary": "Uma verificação em 40 pontos de luzes, travões, suspensão e emissões, para saber o que "
                    "reparar antes da inspeção oficial.",
                    "unit": "automóvel",
                    "body": "Os alunos verificam o seu carro com a mesma lista usada nos centros de inspeção: luzes, "
                    "travões, direção, suspensão, pneus, escape e emissões. Recebe a lista preenchida com notas e um "
                    "orçamento para eventuais reparações. As reparações não estão incluídas, mas podem ser marcadas "
                    "à parte na escola. Um mecânico experiente supervisiona a verificação e assina a lista.",
                    "steps": [
                        ["Receção", "O carro é registado e a lista de verificação é iniciada."],
                        [
                            "Verificação",
                            "Os alunos testam luzes, travões, suspensão e emissões no elevador e no banco de ensaio.",
                        ],
                        ["Relatório", "Recebe a lista de verificação com recomendações."],
                    ],
                    "specs": [
                        ["Pontos de verificação", "40"],
                        ["Duração", "cerca de 1 hora"],
                        ["Resultado", "lista de verificação assinada"],
                        ["Reparações", "orçamentadas à parte"],
                    ],
                    "keywords": ["inspeção automóvel", "verificação do carro", "oficina"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "30.00",
            "minimum_order": 1,
            "lead_time_days": 5,
            "capacity_per_month": 80,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Oil and filter change",
                    "summary": "Engine oil and oil filter replacement with a service reset, using oil that matches "
                    "your car's specification.",
                    "unit": "car",
                    "body": "The starting price covers labour and a standard oil filter for most passenger cars; the "
                    "oil itself is charged according to your engine's capacity and specification. You can also bring "
                    "your own oil and filter. Students check the other fluids, wipers and lights at the same time and "
                    "record everything in the service book. A master mechanic checks the oil level and looks for "
                    "leaks before handover.",
                    "steps": [
                        ["Draining", "The old oil is drained and the filter removed."],
                        ["Refilling", "A new filter is fitted and the correct oil is added."],
                        ["Check", "Levels and leaks are checked, and the service indicator is reset."],
                    ],
                    "specs": [
                        ["Included", "labour, oil filter"],
                        ["Oil", "charged per litre"],
                        ["Duration", "about 45 minutes"],
                        ["Used oil", "recycled"],
                    ],
                    "keywords": ["oil change", "car maintenance", "service"],
                },
                "lt": {
                    "title": "Tepalų ir filtro keitimas",
                    "summary": "Variklio tepalų ir tepalų filtro keitimas su techninės priežiūros intervalo "
                    "nustatymu, naudojant jūsų automobiliui tinkamus tepalus.",
                    "unit": "automobilis",
                    "body": "Pradinė kaina apima darbą ir standartinį tepalų filtrą daugumai lengvųjų automobilių, o "
                    "tepalai skaičiuojami pagal jūsų variklio tūrį ir specifikaciją. Galite atsivežti ir savo tepalus "
                    "bei filtrą. Kartu mokiniai patikrina kitus skysčius, valytuvus ir žibintus ir viską įrašo į "
                    "techninės priežiūros knygelę. Prieš grąžinant automobilį meistras patikrina tepalų lygį ir ar "
                    "nėra nuotėkių.",
                    "steps": [
                        ["Išleidimas", "Išleidžiami seni tepalai ir nuimamas filtras."],
                        ["Pripildymas", "Įdedamas naujas filtras ir įpilama tinkamų tepalų."],
                        ["Patikra", "Patikrinami lygiai ir sandarumas, nustatomas priežiūros indikatorius."],
                    ],
                    "specs": [
                        ["Įskaičiuota", "darbas, tepalų filtras"],
                        ["Tepalai", "pagal litrų skaičių"],
                        ["Trukmė", "apie 45 minutes"],
                        ["Panaudoti tepalai", "perdirbami"],
                    ],
                    "keywords": ["tepalų keitimas", "automobilio priežiūra", "autoservisas"],
                },
                "lv": {
                    "title": "Eļļas un filtra maiņa",
                    "summary": "Motoreļļas un eļļas filtra maiņa ar apkopes intervāla atiestatīšanu, izmantojot jūsu "
                    "automašīnai atbilstošu eļļu.",
                    "unit": "automašīna",
                    "body": "Sākumcena ietver darbu un standarta eļļas filtru lielākajai daļai vieglo automašīnu, bet "
                    "eļļa tiek aprēķināta atbilstoši jūsu motora tilpumam un specifikācijai. Varat atvest arī savu "
                    "eļļu un filtru. Vienlaikus audzēkņi pārbauda citus šķidrumus, tīrītājus un lukturus un visu "
                    "ieraksta servisa grāmatiņā. Pirms automašīnas atdošanas meistars pārbauda eļļas līmeni un vai "
                    "nav noplūžu.",
                    "steps": [
                        ["Nolaišana", "Tiek nolaista vecā eļļa un noņemts filtrs."],
                        ["Uzpildīšana", "Tiek uzstādīts jauns filtrs un iepildīta atbilstoša eļļa."],
                        ["Pārbaude", "Tiek pārbaudīti līmeņi un hermētiskums, atiestatīts apkopes indikators."],
                    ],
                    "specs": [
                        ["Iekļauts", "darbs, eļļas filtrs"],
                        ["Eļļa", "par litru"],
                        ["Ilgums", "apmēram 45 minūtes"],
                        ["Nolietotā eļļa", "tiek nodota pārstrādei"],
                    ],
                    "keywords": ["eļļas maiņa", "automašīnas apkope", "autoserviss"],
                },
                "pl": {
                    "title": "Wymiana oleju i filtra",
                    "summary": "Wymiana oleju silnikowego i filtra oleju z wyzerowaniem inspekcji, z olejem zgodnym ze "
                    "specyfikacją Państwa auta.",
                    "unit": "samochód",
                    "body": "Cena początkowa obejmuje robociznę i standardowy filtr oleju do większości samochodów "
                    "osobowych, a sam olej liczymy według pojemności i specyfikacji silnika. Można też przywieźć "
                    "własny olej i filtr. Przy okazji uczniowie sprawdzają inne płyny, wycieraczki i światła oraz "
                    "wpisują wszystko do książki serwisowej. Przed wydaniem auta mistrz kontroluje poziom oleju i "
                    "szczelność.",
                    "steps": [
                        ["Spuszczenie oleju", "Spuszczamy stary olej i zdejmujemy filtr."],
                        ["Uzupełnienie", "Montujemy nowy filtr i wlewamy właściwy olej."],
                        ["Kontrola", "Sprawdzamy poziomy i szczelność oraz zerujemy wskaźnik serwisowy."],
                    ],
                    "specs": [
                        ["W cenie", "robocizna, filtr oleju"],
                        ["Olej", "płatny za litr"],
                        ["Czas", "ok. 45 minut"],
                        ["Zużyty olej", "przekazywany do recyklingu"],
                    ],
                    "keywords": ["wymiana oleju", "serwis samochodu", "warsztat"],
                },
                "it": {
                    "title": "Cambio olio e filtro",
                    "summary": "Sostituzione dell'olio motore e del filtro con azzeramento del service, usando un olio "
                    "conforme alle specifiche della vostra auto.",
                    "unit": "auto",
                    "body": "Il prezzo di partenza comprende manodopera e filtro olio standard per la maggior parte "
                    "delle autovetture; l'olio si paga in base alla capacità e alle specifiche del motore. Potete "
                    "anche portare olio e filtro vostri. Nel frattempo gli studenti controllano gli altri liquidi, i "
                    "tergicristalli e le luci e annotano tutto sul libretto di manutenzione. Prima della riconsegna "
                    "un meccanico esperto verifica il livello dell'olio e l'assenza di perdite.",
                    "steps": [
                        ["Scarico", "Si scarica l'olio vecchio e si rimuove il filtro."],
                        ["Rabbocco", "Si monta un filtro nuovo e si versa l'olio corretto."],
                        ["Controllo", "Si verificano livelli e perdite e si azzera l'indicatore del service."],
                    ],
                    "specs": [
                        ["Incluso", "manodopera, filtro olio"],
                        ["Olio", "a litro"],
                        ["Durata", "circa 45 minuti"],
                        ["Olio esausto", "avviato al riciclo"],
                    ],
                    "keywords": ["cambio olio", "manutenzione auto", "tagliando"],
                },
                "pt": {
                    "title": "Mudança de óleo e filtro",
                    "summary": "Substituição do óleo do motor e do filtro com reposição do indicador de revisão, com "
                    "óleo adequado à especificação do seu carro.",
                    "unit": "automóvel",
                    "body": "O preço base inclui a mão de obra e um filtro de óleo normal para a maioria dos ligeiros "
                    "de passageiros; o óleo é cobrado de acordo com a capacidade e a especificação do motor. Também "
                    "pode trazer o seu próprio óleo e filtro. Ao mesmo tempo, os alunos verificam os outros fluidos, "
                    "as escovas e as luzes e registam tudo no livro de revisões. Antes da entrega, um mecânico "
                    "experiente verifica o nível do óleo e se há fugas.",
                    "steps": [
                        ["Escoamento", "O óleo usado é escoado e o filtro retirado."],
                        ["Enchimento", "É colocado um filtro novo e adicionado o óleo correto."],
                        ["Verificação", "Verificam-se níveis e fugas e repõe-se o indicador de revisão."],
                    ],
                    "specs": [
                        ["Incluído", "mão de obra, filtro de óleo"],
                        ["Óleo", "cobrado ao litro"],
                        ["Duração", "cerca de 45 minutos"],
                        ["Óleo usado", "encaminhado para reciclagem"],
                    ],
                    "keywords": ["mudança de óleo", "manutenção automóvel", "revisão"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 30,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Brake pad and disc replacement",
                    "summary": "Replacement of worn brake pads and discs with a brake test, done by automotive "
                    "students under a master mechanic.",
                    "unit": "car",
                    "body": "We first inspect the brakes and give you a written quote for parts and labour, since "
                    "prices depend on the car model. Students replace the pads, discs and, if needed, the brake "
                    "fluid, following the manufacturer's instructions. Every repair ends with a brake bench test and "
                    "a short test drive with the teacher. On request, you get the old parts back.",
                    "steps": [
                        ["Inspection", "Students measure pad and disc wear and prepare a quote."],
                        ["Replacement", "Worn parts are replaced, and the system is bled if needed."],
                        ["Testing", "The brakes are tested on the bench and on the road."],
                    ],
                    "specs": [
                        ["Parts", "OEM quality, with invoice"],
                        ["Brake test", "included"],
                        ["Guarantee", "12 months on labour"],
                        ["Duration", "2–3 hours"],
                    ],
                    "keywords": ["brakes", "brake pads", "car repair"],
                },
                "lt": {
                    "title": "Stabdžių kaladėlių ir diskų keitimas",
                    "summary": "Susidėvėjusių stabdžių kaladėlių ir diskų keitimas su stabdžių patikra – darbą "
                    "atlieka automechanikos mokiniai, prižiūrimi meistro.",
                    "unit": "automobilis",
                    "body": "Pirmiausia apžiūrime stabdžius ir pateikiame rašytinę detalių ir darbo sąmatą, nes "
                    "kainos priklauso nuo automobilio modelio. Mokiniai pakeičia kaladėles, diskus ir, jei reikia, "
                    "stabdžių skystį, laikydamiesi gamintojo nurodymų. Kiekvienas remontas baigiamas patikra stabdžių "
                    "stende ir trumpu bandomuoju važiavimu su mokytoju. Paprašius grąžiname senas detales.",
                    "steps": [
                        ["Apžiūra", "Mokiniai išmatuoja kaladėlių ir diskų nusidėvėjimą ir parengia sąmatą."],
                        ["Keitimas", "Susidėvėjusios detalės pakeičiamos, prireikus sistema nuorinama."],
                        ["Bandymas", "Stabdžiai išbandomi stende ir kelyje."],
                    ],
                    "specs": [
                        ["Detalės", "originalios kokybės, su sąskaita"],
                        ["Stabdžių patikra", "įskaičiuota"],
                        ["Garantija", "12 mėnesių darbui"],
                        ["Trukmė", "2–3 valandos"],
                    ],
                    "keywords": ["stabdžiai", "stabdžių kaladėlės", "automobilio remontas"],
                },
                "lv": {
                    "title": "Bremžu kluču un disku maiņa",
                    "summary": "Nodilušu bremžu kluču un disku nomaiņa ar bremžu pārbaudi, ko veic autoremonta "
                    "audzēkņi meistara uzraudzībā.",
                    "unit": "automašīna",
                    "body": "Vispirms apskatām bremzes un sniedzam rakstisku detaļu un darba izmaksu tāmi, jo cenas "
                    "ir atkarīgas no automašīnas modeļa. Audzēkņi nomaina klučus, diskus un, ja vajag, bremžu "
                    "šķidrumu, ievērojot ražotāja norādījumus. Katrs remonts noslēdzas ar pārbaudi bremžu stendā un "
                    "īsu testa braucienu kopā ar pedagogu. Pēc pieprasījuma atdodam vecās detaļas.",
                    "steps": [
                        ["Apskate", "Audzēkņi izmēra kluču un disku nodilumu un sagatavo tāmi."],
                        ["Nomaiņa", "Nodilušās detaļas tiek nomainītas, vajadzības gadījumā sistēma atgaisota."],
                        ["Pārbaude", "Bremzes tiek pārbaudītas stendā un uz ceļa."],
                    ],
                    "specs": [
                        ["Detaļas", "oriģinālajām līdzvērtīgas, ar rēķinu"],
                        ["Bremžu pārbaude", "iekļauta"],
                        ["Garantija", "12 mēneši darbam"],
                        ["Ilgums", "2–3 stundas"],
                    ],
                    "keywords": ["bremzes", "bremžu kluči", "auto remonts"],
                },
                "pl": {
                    "title": "Wymiana klocków i tarcz hamulcowych",
                    "summary": "Wymiana zużytych klocków i tarcz hamulcowych z testem hamulców, wykonywana przez "
                    "uczniów mechaniki pojazdowej pod okiem mistrza.",
                    "unit": "samochód",
                    "body": "Najpierw sprawdzamy hamulce i przygotowujemy pisemną wycenę części i robocizny, bo ceny "
                    "zależą od modelu samochodu. Uczniowie wymieniają klocki, tarcze i w razie potrzeby płyn "
                    "hamulcowy zgodnie z zaleceniami producenta. Każda naprawa kończy się testem na stanowisku "
                    "rolkowym i krótką jazdą próbną z nauczycielem. Na życzenie oddajemy stare części.",
                    "steps": [
                        ["Diagnoza", "Uczniowie mierzą zużycie klocków i tarcz i przygotowują wycenę."],
                        ["Wymiana", "Zużyte części są wymieniane, a układ w razie potrzeby odpowietrzany."],
                        ["Test", "Hamulce są sprawdzane na stanowisku i na drodze."],
                    ],
                    "specs": [
                        ["Części", "jakości OEM, z fakturą"],
                        ["Test hamulców", "w cenie"],
                        ["Gwarancja", "12 miesięcy na robociznę"],
                        ["Czas", "2–3 godziny"],
                    ],
                    "keywords": ["hamulce", "klocki hamulcowe", "naprawa samochodu"],
                },
                "it": {
                    "title": "Sostituzione di pastiglie e dischi freno",
                    "summary": "Sostituzione di pastiglie e dischi freno usurati con prova dei freni, eseguita dagli "
                    "studenti di meccanica con un meccanico esperto.",
                    "unit": "auto",
                    "body": "Prima controlliamo i freni e vi consegniamo un preventivo scritto per ricambi e "
                    "manodopera, perché i prezzi dipendono dal modello dell'auto. Gli studenti sostituiscono "
                    "pastiglie, dischi e, se necessario, il liquido freni, seguendo le istruzioni del costruttore. "
                    "Ogni intervento si conclude con una prova al banco freni e un breve giro di prova con il "
                    "docente. Su richiesta vi restituiamo i pezzi vecchi.",
                    "steps": [
                        ["Controllo", "Gli studenti misurano l'usura di pastiglie e dischi e preparano il preventivo."],
                        ["Sostituzione", "I pezzi usurati vengono sostituiti e, se serve, l'impianto viene spurgato."],
                        ["Prova", "I freni vengono provati al banco e su strada."],
                    ],
                    "specs": [
                        ["Ricambi", "qualità OEM, con fattura"],
                        ["Prova freni", "inclusa"],
                        ["Garanzia", "12 mesi sulla manodopera"],
                        ["Durata", "2–3 ore"],
                    ],
                    "keywords": ["freni", "pastiglie freno", "riparazione auto"],
                },
                "pt": {
                    "title": "Substituição de pastilhas e discos de travão",
                    "summary": "Substituição de pastilhas e discos de travão gastos, com teste de travagem, feita por "
                    "alunos de mecânica automóvel com um mecânico experiente.",
                    "unit": "automóvel",
                    "body": "Primeiro inspecionamos os travões e damos-lhe um orçamento escrito de peças e mão de obra, "
                    "porque os preços dependem do modelo do carro. Os alunos substituem as pastilhas, os discos e, se "
                    "necessário, o líquido dos travões, seguindo as instruções do fabricante. Cada reparação termina "
                    "com um teste no banco de travões e um pequeno percurso de ensaio com o professor. A pedido, "
                    "devolvemos as peças antigas.",
                    "steps": [
                        ["Inspeção", "Os alunos medem o desgaste das pastilhas e dos discos e preparam o orçamento."],
                        ["Substituição", "As peças gastas são substituídas e, se necessário, o circuito é purgado."],
                        ["Teste", "Os travões são testados no banco de ensaio e na estrada."],
                    ],
                    "specs": [
                        ["Peças", "qualidade OEM, com fatura"],
                        ["Teste de travagem", "incluído"],
                        ["Garantia", "12 meses na mão de obra"],
                        ["Duração", "2–3 horas"],
                    ],
                    "keywords": ["travões", "pastilhas de travão", "reparação automóvel"],
                },
            },
        },
    ],
    "beauty": [
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "12.00",
            "minimum_order": 1,
            "lead_time_days": 3,
            "capacity_per_month": 120,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Classic manicure",
                    "summary": "Nail shaping, cuticle care, a hand massage and polish in the school salon.",
                    "unit": "visit",
                    "body": "The manicure includes shaping and filing your nails, cuticle care, a short hand massage "
                    "and regular polish in the colour of your choice. Tools are sterilised after every client, and "
                    "disposable files are used. Students work under the supervision of a beauty teacher, so the "
                    "visit may take a little longer than in a commercial salon. Appointments can be booked by phone "
                    "or email.",
                    "steps": [
                        ["Consultation", "The student checks your nails and skin and asks about your preferences."],
                        ["Nail care", "The nails are shaped and the cuticles treated."],
                        ["Massage and polish", "The hands are massaged and the nails polished."],
                    ],
                    "specs": [
                        ["Duration", "about 60 minutes"],
                        ["Polish", "regular, colour of your choice"],
                        ["Hygiene", "sterilised tools, disposable files"],
                        ["Where", "school salon"],
                    ],
                    "keywords": ["manicure", "nail care", "beauty salon"],
                },
                "lt": {
                    "title": "Klasikinis manikiūras",
                    "summary": "Nagų formavimas, odelių priežiūra, rankų masažas ir lakavimas mokyklos salone.",
                    "unit": "vizitas",
                    "body": "Manikiūras apima nagų formavimą ir dildymą, odelių priežiūrą, trumpą rankų masažą ir "
                    "įprastą lakavimą pasirinkta spalva. Įrankiai sterilizuojami po kiekvieno kliento, naudojamos "
                    "vienkartinės dildės. Mokiniai dirba prižiūrimi grožio paslaugų mokytojo, todėl vizitas gali "
                    "užtrukti šiek tiek ilgiau nei komerciniame salone. Užsiregistruoti galima telefonu arba el. "
                    "paštu.",
                    "steps": [
                        ["Konsultacija", "Mokinys apžiūri nagus ir odą ir pasiteirauja apie jūsų pageidavimus."],
                        ["Nagų priežiūra", "Nagai suformuojami, sutvarkomos odelės."],
                        ["Masažas ir lakavimas", "Rankos pamasažuojamos, o nagai nulakuojami."],
                    ],
                    "specs": [
                        ["Trukmė", "apie 60 minučių"],
                        ["Lakas", "įprastas, pasirinktos spalvos"],
                        ["Higiena", "sterilizuoti įrankiai, vienkartinės dildės"],
                        ["Vieta", "mokyklos salonas"],
                    ],
                    "keywords": ["manikiūras", "nagų priežiūra", "grožio salonas"],
                },
                "lv": {
                    "title": "Klasiskais manikīrs",
                    "summary": "Nagu veidošana, kutikulu kopšana, roku masāža un lakošana skolas salonā.",
                    "unit": "apmeklējums",
                    "body": "Manikīrs ietver nagu veidošanu un vīlēšanu, kutikulu kopšanu, īsu roku masāžu un parasto "
                    "lakošanu jūsu izvēlētā krāsā. Instrumenti tiek sterilizēti pēc katra klienta, un tiek izmantotas "
                    "vienreizējas vīles. Audzēkņi strādā skaistumkopšanas pedagoga uzraudzībā, tāpēc apmeklējums var "
                    "ilgt nedaudz ilgāk nekā komerciālā salonā. Pieteikties var pa tālruni vai e-pastu.",
                    "steps": [
                        ["Konsultācija", "Audzēknis apskata nagus un ādu un noskaidro jūsu vēlmes."],
                        ["Nagu kopšana", "Nagi tiek noformēti, un kutikulas apstrādātas."],
                        ["Masāža un lakošana", "Rokas tiek izmasētas, un nagi nolakoti."],
                    ],
                    "specs": [
                        ["Ilgums", "apmēram 60 minūtes"],
                        ["Laka", "parastā, jūsu izvēlētā krāsā"],
                        ["Higiēna", "sterilizēti instrumenti, vienreizējas vīles"],
                        ["Vieta", "skolas salons"],
                    ],
                    "keywords": ["manikīrs", "nagu kopšana", "skaistumkopšanas salons"],
                },
                "pl": {
                    "title": "Manicure klasyczny",
                    "summary": "Nadanie kształtu paznokciom, pielęgnacja skórek, masaż dłoni i malowanie w szkolnym "
                    "salonie.",
                    "unit": "wizyta",
                    "body": "Manicure obejmuje skracanie i piłowanie paznokci, pielęgnację skórek, krótki masaż dłoni "
                    "i malowanie zwykłym lakierem w wybranym kolorze. Narzędzia są sterylizowane po każdej wizycie, a "
                    "pilniki są jednorazowe. Uczniowie pracują pod nadzorem nauczycielki "
                    "kosmetyki, dlatego wizyta może potrwać nieco dłużej niż w komercyjnym salonie. Na wizytę można "
                    "zapisać się telefonicznie lub mailowo.",
                    "steps": [
                        ["Konsultacja", "Uczeń ogląda paznokcie i skórę oraz pyta o Państwa preferencje."],
                        ["Pielęgnacja paznokci", "Paznokcie zostają opiłowane, a skórki opracowane."],
                        ["Masaż i malowanie", "Dłonie są masowane, a paznokcie malowane."],
                    ],
                    "specs": [
                        ["Czas", "ok. 60 minut"],
                        ["Lakier", "klasyczny, w wybranym kolorze"],
                        ["Higiena", "sterylizowane narzędzia, jednorazowe pilniki"],
                        ["Miejsce", "szkolny salon"],
                    ],
                    "keywords": ["manicure", "pielęgnacja paznokci", "salon kosmetyczny"],
                },
                "it": {
                    "title": "Manicure classica",
                    "summary": "Modellatura delle unghie, cura delle cuticole, massaggio alle mani e smalto nel "
                    "salone della scuola.",
                    "unit": "seduta",
                    "body": "La manicure comprende modellatura e limatura delle unghie, cura delle cuticole, un breve "
                    "massaggio alle mani e smalto tradizionale nel colore che preferite. Gli strumenti vengono "
                    "sterilizzati dopo ogni cliente e si usano lime monouso. Gli studenti lavorano sotto la "
                    "supervisione di una docente di estetica, quindi la seduta può durare un po' più che in un salone "
                    "commerciale. Si prenota per telefono o via e-mail.",
                    "steps": [
                        ["Consulenza", "Lo studente osserva unghie e pelle e chiede le vostre preferenze."],
                        ["Cura delle unghie", "Le unghie vengono modellate e le cuticole trattate."],
                        ["Massaggio e smalto", "Le mani vengono massaggiate e le unghie smaltate."],
                    ],
                    "specs": [
                        ["Durata", "circa 60 minuti"],
                        ["Smalto", "tradizionale, colore a scelta"],
                        ["Igiene", "strumenti sterilizzati, lime monouso"],
                        ["Dove", "salone della scuola"],
                    ],
                    "keywords": ["manicure", "cura delle unghie", "centro estetico"],
                },
                "pt": {
                    "title": "Manicura clássica",
                    "summary": "Modelação das unhas, tratamento das cutículas, massagem às mãos e verniz no salão da "
                    "escola.",
                    "unit": "sessão",
                    "body": "A manicura inclui cortar e limar as unhas, tratar as cutículas, uma breve massagem às "
                    "mãos e verniz normal na cor que escolher. Os utensílios são esterilizados depois de cada cliente "
                    "e as limas são descartáveis. Os alunos trabalham com a supervisão de uma professora de estética, "
                    "por isso a sessão pode demorar um pouco mais do que num salão comercial. As marcações fazem-se "
                    "por telefone ou e-mail.",
                    "steps": [
                        ["Avaliação", "O aluno observa as unhas e a pele e pergunta pelas suas preferências."],
                        ["Cuidado das unhas", "As unhas são modeladas e as cutículas tratadas."],
                        ["Massagem e verniz", "As mãos são massajadas e as unhas pintadas."],
                    ],
                    "specs": [
                        ["Duração", "cerca de 60 minutos"],
                        ["Verniz", "normal, na cor à escolha"],
                        ["Higiene", "utensílios esterilizados, limas descartáveis"],
                        ["Local", "salão da escola"],
                    ],
                    "keywords": ["manicura", "cuidado das unhas", "salão de estética"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "15.00",
            "minimum_order": 3,
            "lead_time_days": 14,
            "capacity_per_month": 60,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Hairstyling for weddings and corporate events",
                    "summary": "A team of hairdressing students comes to your venue to style the hair of guests, hosts "
                    "or performers.",
                    "unit": "person",
                    "body": "Students create elegant updos, waves or braids at your venue, using professional tools "
                    "and products. A hairdressing teacher leads the team and checks every style. For the main person, "
                    "such as the bride, we recommend a trial session, which can be booked separately. Please provide "
                    "a room with good light, chairs and power sockets.",
                    "steps": [
                        ["Consultation", "We agree on the styles, the number of people and the timing."],
                        ["Preparation", "Students pack their tools and plan the order of appointments."],
                        ["Styling", "Each person is styled, and the teacher checks the result."],
                    ],
                    "specs": [
                        ["Time per person", "30–45 minutes"],
                        ["Minimum order", "3 people"],
                        ["Team", "2–4 students and a teacher"],
                        ["Travel", "included within 20 km"],
                    ],
                    "keywords": ["hairstyling", "weddings", "event styling"],
                },
                "lt": {
                    "title": "Šukuosenos vestuvėms ir įmonių renginiams",
                    "summary": "Kirpėjų mokinių komanda atvyksta į jūsų renginio vietą ir sukuria šukuosenas "
                    "svečiams, vedėjams ar atlikėjams.",
                    "unit": "asmuo",
                    "body": "Mokiniai jūsų renginio vietoje sukuria elegantiškus susuktus plaukus, bangas ar kasas, "
                    "naudodami profesionalius įrankius ir priemones. Komandai vadovauja ir kiekvieną šukuoseną "
                    "patikrina kirpėjų mokytojas. Pagrindiniam asmeniui, pavyzdžiui, nuotakai, rekomenduojame "
                    "bandomąją šukuoseną, kurią galima užsisakyti atskirai. Prašome paruošti gerai apšviestą patalpą "
                    "su kėdėmis ir elektros lizdais.",
                    "steps": [
                        ["Konsultacija", "Susitariame dėl šukuosenų, žmonių skaičiaus ir laiko."],
                        ["Pasiruošimas", "Mokiniai susikrauna įrankius ir suplanuoja eiliškumą."],
                        [
                            "Šukuosenų kūrimas",
                            "Kiekvienam asmeniui sukuriama šukuosena, rezultatą patikrina mokytojas.",
                        ],
                    ],
                    "specs": [
                        ["Laikas vienam asmeniui", "30–45 minutės"],
                        ["Mažiausias užsakymas", "3 asmenys"],
                        ["Komanda", "2–4 mokiniai ir mokytojas"],
                        ["Kelionė", "iki 20 km įskaičiuota"],
                    ],
                    "keywords": ["šukuosenos", "vestuvės", "renginių stilius"],
                },
                "lv": {
                    "title": "Frizūras kāzām un uzņēmumu pasākumiem",
                    "summary": "Frizieru audzēkņu komanda ierodas jūsu pasākuma vietā un veido frizūras viesiem, "
                    "vadītājiem vai māksliniekiem.",
                    "unit": "persona",
                    "body": "Audzēkņi jūsu pasākuma vietā veido elegantus sakārtojumus, viļņus vai bizes, izmantojot "
                    "profesionālus instrumentus un līdzekļus. Komandu vada un katru frizūru pārbauda frizieru "
                    "pedagogs. Galvenajai personai, piemēram, līgavai, iesakām izmēģinājuma frizūru, ko var pasūtīt "
                    "atsevišķi. Lūdzam nodrošināt labi apgaismotu telpu ar krēsliem un kontaktligzdām.",
                    "steps": [
                        ["Konsultācija", "Vienojamies par frizūrām, cilvēku skaitu un laiku."],
                        ["Sagatavošanās", "Audzēkņi sagatavo instrumentus un saplāno secību."],
                        ["Frizūru veidošana", "Katram tiek izveidota frizūra, un pedagogs pārbauda rezultātu."],
                    ],
                    "specs": [
                        ["Laiks vienai personai", "30–45 minūtes"],
                        ["Minimālais pasūtījums", "3 personas"],
                        ["Komanda", "2–4 audzēkņi un pedagogs"],
                        ["Ceļš", "līdz 20 km iekļauts cenā"],
                    ],
                    "keywords": ["frizūras", "kāzas", "pasākumu stils"],
                },
                "pl": {
                    "title": "Fryzury na wesela i imprezy firmowe",
                    "summary": "Zespół uczniów fryzjerstwa przyjeżdża na miejsce wydarzenia i układa fryzury gościom, "
                    "prowadzącym lub artystom.",
                    "unit": "osoba",
                    "body": "Uczniowie wykonują na miejscu eleganckie upięcia, fale lub warkocze, korzystając z "
                    "profesjonalnych narzędzi i kosmetyków. Zespołem kieruje nauczyciel fryzjerstwa, który sprawdza "
                    "każdą fryzurę. Dla głównej osoby, np. panny młodej, polecamy fryzurę próbną, którą można "
                    "zamówić osobno. Prosimy o zapewnienie dobrze oświetlonego pomieszczenia z krzesłami i "
                    "gniazdkami.",
                    "steps": [
                        ["Konsultacja", "Ustalamy fryzury, liczbę osób i harmonogram."],
                        ["Przygotowanie", "Uczniowie pakują narzędzia i planują kolejność."],
                        ["Stylizacja", "Każda osoba ma ułożoną fryzurę, a nauczyciel sprawdza efekt."],
                    ],
                    "specs": [
                        ["Czas na osobę", "30–45 minut"],
                        ["Minimalne zamówienie", "3 osoby"],
                        ["Zespół", "2–4 uczniów i nauczyciel"],
                        ["Dojazd", "w cenie do 20 km"],
                    ],
                    "keywords": ["fryzury", "wesela", "stylizacja na imprezy"],
                },
                "it": {
                    "title": "Acconciature per matrimoni ed eventi aziendali",
                    "summary": "Una squadra di studenti di acconciatura viene nella vostra location per pettinare "
                    "ospiti, presentatori o artisti.",
                    "unit": "persona",
                    "body": "Gli studenti realizzano sul posto raccolti eleganti, onde o trecce, con strumenti e "
                    "prodotti professionali. Un docente di acconciatura guida la squadra e controlla ogni "
                    "pettinatura. Per la persona principale, ad esempio la sposa, consigliamo una prova, prenotabile "
                    "a parte. Vi chiediamo di mettere a disposizione una stanza ben illuminata con sedie e prese di "
                    "corrente.",
                    "steps": [
                        ["Consulenza", "Concordiamo acconciature, numero di persone e orari."],
                        [
                            "Preparazione",
                            "Gli studenti preparano gli strumenti e organizzano l'ordine degli appuntamenti.",
                        ],
                        ["Acconciatura", "Ogni persona viene pettinata e il docente controlla il risultato."],
                    ],
                    "specs": [
                        ["Tempo a persona", "30–45 minuti"],
                        ["Ordine minimo", "3 persone"],
                        ["Squadra", "2–4 studenti e un docente"],
                        ["Trasferta", "inclusa entro 20 km"],
                    ],
                    "keywords": ["acconciature", "matrimoni", "hair styling per eventi"],
                },
                "pt": {
                    "title": "Penteados para casamentos e eventos de empresa",
                    "summary": "Uma equipa de alunos de cabeleireiro desloca-se ao seu evento para pentear "
                    "convidados, anfitriões ou artistas.",
                    "unit": "pessoa",
                    "body": "Os alunos fazem apanhados elegantes, ondulados ou tranças no local, com utensílios e "
                    "produtos profissionais. Um professor de cabeleireiro coordena a equipa e verifica cada "
                    "penteado. Para a pessoa principal, como a noiva, recomendamos uma prova, que pode ser marcada à "
                    "parte. Pedimos uma sala com boa luz, cadeiras e tomadas elétricas.",
                    "steps": [
                        ["Consulta", "Combinamos os penteados, o número de pessoas e os horários."],
                        ["Preparação", "Os alunos preparam os utensílios e organizam a ordem das marcações."],
                        ["Penteado", "Cada pessoa é penteada e o professor verifica o resultado."],
                    ],
                    "specs": [
                        ["Tempo por pessoa", "30–45 minutos"],
                        ["Encomenda mínima", "3 pessoas"],
                        ["Equipa", "2–4 alunos e um professor"],
                        ["Deslocação", "incluída até 20 km"],
                    ],
                    "keywords": ["penteados", "casamentos", "styling para eventos"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "20.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 80,
            "delivery_modes": ["pickup", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Make-up for photo shoots and events",
                    "summary": "Day, evening or camera-ready make-up applied by beauty students in the salon or at "
                    "your location.",
                    "unit": "person",
                    "body": "Students apply make-up that suits your face, outfit and the lighting of the occasion, "
                    "from a natural day look to make-up for photos and video. The starting price covers make-up in "
                    "the school salon; work at your location and false lashes cost extra. All products are "
                    "professional, and we ask about allergies before starting. A teacher reviews the final look.",
                    "steps": [
                        ["Skin preparation", "The skin is cleansed and moisturised."],
                        ["Application", "The student applies the make-up in the agreed style."],
                        ["Final check", "The teacher checks the result and adjusts the details."],
                    ],
                    "specs": [
                        ["Duration", "45–60 minutes"],
                        ["Styles", "day, evening, photo and video"],
                        ["Products", "professional, with an allergy check"],
                        ["Location", "salon or on site"],
                    ],
                    "keywords": ["make-up", "photo shoot", "events"],
                },
                "lt": {
                    "title": "Makiažas fotosesijoms ir renginiams",
                    "summary": "Dieninis, vakarinis ar fotografavimui skirtas makiažas, kurį grožio paslaugų mokiniai "
                    "atlieka salone arba jūsų nurodytoje vietoje.",
                    "unit": "asmuo",
                    "body": "Mokiniai atlieka makiažą, derantį prie jūsų veido, aprangos ir progos apšvietimo – nuo "
                    "natūralaus dieninio iki makiažo fotografavimui ir filmavimui. Pradinė kaina taikoma makiažui "
                    "mokyklos salone; darbas jūsų vietoje ir dirbtinės blakstienos kainuoja papildomai. Visos "
                    "priemonės profesionalios, o prieš pradėdami pasiteiraujame apie alergijas. Galutinį rezultatą "
                    "peržiūri mokytojas.",
                    "steps": [
                        ["Odos paruošimas", "Oda nuvaloma ir sudrėkinama."],
                        ["Makiažas", "Mokinys atlieka makiažą sutartu stiliumi."],
                        ["Galutinė patikra", "Mokytojas patikrina rezultatą ir pakoreguoja detales."],
                    ],
                    "specs": [
                        ["Trukmė", "45–60 minučių"],
                        ["Stiliai", "dieninis, vakarinis, foto ir vaizdo"],
                        ["Priemonės", "profesionalios, patikrinus dėl alergijų"],
                        ["Vieta", "salone arba pas jus"],
                    ],
                    "keywords": ["makiažas", "fotosesija", "renginiai"],
                },
                "lv": {
                    "title": "Grims fotosesijām un pasākumiem",
                    "summary": "Dienas, vakara vai kamerai piemērots grims, ko skaistumkopšanas audzēkņi veic salonā "
                    "vai jūsu norādītajā vietā.",
                    "unit": "persona",
                    "body": "Audzēkņi veido grimu, kas piestāv jūsu sejai, tērpam un pasākuma apgaismojumam – no "
                    "dabiska dienas grima līdz grimam fotogrāfēšanai un filmēšanai. Sākumcena attiecas uz grimu "
                    "skolas salonā; darbs jūsu vietā un mākslīgās skropstas maksā papildus. Visi līdzekļi ir "
                    "profesionāli, un pirms darba sākšanas jautājam par alerģijām. Gala rezultātu pārbauda pedagogs.",
                    "steps": [
                        ["Ādas sagatavošana", "Āda tiek notīrīta un mitrināta."],
                        ["Grima uzklāšana", "Audzēknis uzklāj grimu saskaņotajā stilā."],
                        ["Noslēguma pārbaude", "Pedagogs pārbauda rezultātu un precizē detaļas."],
                    ],
                    "specs": [
                        ["Ilgums", "45–60 minūtes"],
                        ["Stili", "dienas, vakara, foto un video"],
                        ["Līdzekļi", "profesionāli, ar alerģiju pārbaudi"],
                        ["Vieta", "salonā vai pie jums"],
                    ],
                    "keywords": ["grims", "fotosesija", "pasākumi"],
                },
                "pl": {
                    "title": "Makijaż do sesji zdjęciowych i na wydarzenia",
                    "summary": "Makijaż dzienny, wieczorowy lub do zdjęć wykonany przez uczniów kosmetyki w salonie "
                    "albo w miejscu wskazanym przez Państwa.",
                    "unit": "osoba",
                    "body": "Uczniowie wykonują makijaż dopasowany do twarzy, stroju i oświetlenia – od naturalnego "
                    "dziennego po makijaż do zdjęć i filmu. Cena początkowa dotyczy makijażu w szkolnym salonie; "
                    "dojazd i sztuczne rzęsy są płatne dodatkowo. Używamy wyłącznie profesjonalnych kosmetyków, a "
                    "przed rozpoczęciem pytamy o alergie. Końcowy efekt sprawdza nauczyciel.",
                    "steps": [
                        ["Przygotowanie skóry", "Skóra jest oczyszczona i nawilżona."],
                        ["Makijaż", "Uczeń wykonuje makijaż w ustalonym stylu."],
                        ["Kontrola końcowa", "Nauczyciel sprawdza efekt i poprawia szczegóły."],
                    ],
                    "specs": [
                        ["Czas", "45–60 minut"],
                        ["Style", "dzienny, wieczorowy, do zdjęć i filmu"],
                        ["Kosmetyki", "profesjonalne, po wywiadzie alergicznym"],
                        ["Miejsce", "salon lub dojazd do klienta"],
                    ],
                    "keywords": ["makijaż", "sesja zdjęciowa", "wydarzenia"],
                },
                "it": {
                    "title": "Trucco per servizi fotografici ed eventi",
                    "summary": "Trucco da giorno, da sera o per la fotografia, realizzato dagli studenti di estetica "
                    "in salone o presso di voi.",
                    "unit": "persona",
                    "body": "Gli studenti realizzano un trucco adatto al viso, all'abito e alla luce dell'occasione, "
                    "dal look naturale da giorno al trucco per foto e video. Il prezzo di partenza vale per il trucco "
                    "nel salone della scuola; il servizio a domicilio e le ciglia finte sono a parte. Usiamo solo "
                    "prodotti professionali e prima di iniziare chiediamo di eventuali allergie. Un docente controlla "
                    "il risultato finale.",
                    "steps": [
                        ["Preparazione della pelle", "La pelle viene detersa e idratata."],
                        ["Applicazione", "Lo studente applica il trucco nello stile concordato."],
                        ["Controllo finale", "Il docente verifica il risultato e sistema i dettagli."],
                    ],
                    "specs": [
                        ["Durata", "45–60 minuti"],
                        ["Stili", "giorno, sera, foto e video"],
                        ["Prodotti", "professionali, con verifica delle allergie"],
                        ["Luogo", "in salone o a domicilio"],
                    ],
                    "keywords": ["trucco", "servizio fotografico", "eventi"],
                },
                "pt": {
                    "title": "Maquilhagem para sessões fotográficas e eventos",
                    "summary": "Maquilhagem de dia, de noite ou para fotografia, feita por alunos de estética no salão "
                    "ou no local que indicar.",
                    "unit": "pessoa",
                    "body": "Os alunos fazem uma maquilhagem adequada ao seu rosto, à roupa e à luz da ocasião, desde "
                    "um visual natural de dia até maquilhagem para fotografia e vídeo. O preço base aplica-se à "
                    "maquilhagem no salão da escola; a deslocação e as pestanas postiças têm custo adicional. Todos "
                    "os produtos são profissionais e, antes de começar, perguntamos por alergias. Um professor revê "
                    "o resultado final.",
                    "steps": [
                        ["Preparação da pele", "A pele é limpa e hidratada."],
                        ["Aplicação", "O aluno aplica a maquilhagem no estilo combinado."],
                        ["Verificação final", "O professor verifica o resultado e acerta os pormenores."],
                    ],
                    "specs": [
                        ["Duração", "45–60 minutos"],
                        ["Estilos", "dia, noite, fotografia e vídeo"],
                        ["Produtos", "profissionais, com verificação de alergias"],
                        ["Local", "salão ou ao domicílio"],
                    ],
                    "keywords": ["maquilhagem", "sessão fotográfica", "eventos"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 4,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Wellbeing day for your employees",
                    "summary": "Students set up a mini salon at your workplace with hand care, hairstyling and express "
                    "facials.",
                    "unit": "event",
                    "body": "A wellbeing day is a simple way to thank your team. Beauty and hairdressing students bring "
                    "portable equipment and offer short treatments, such as hand care, express facials and "
                    "hairstyling, one after another. The price depends on the number of employees and treatments, so "
                    "we prepare an individual offer. Teachers supervise all treatments and make sure hygiene rules "
                    "are followed.",
                    "steps": [
                        ["Planning", "We agree on the programme, the number of participants and the schedule."],
                        ["Set-up", "Students set up treatment stations in a room you provide."],
                        ["Treatments", "Employees come in 20–30-minute slots throughout the day."],
                    ],
                    "specs": [
                        ["Participants", "10–40"],
                        ["Treatments", "hand care, express facial, hairstyling"],
                        ["Duration", "4–6 hours"],
                        ["Space needed", "a room with water and power"],
                    ],
                    "keywords": ["employee wellbeing", "beauty treatments", "team events"],
                },
                "lt": {
                    "title": "Gerovės diena jūsų darbuotojams",
                    "summary": "Mokiniai jūsų darbo vietoje įrengia mini saloną: rankų priežiūra, šukuosenos ir "
                    "greitos veido procedūros.",
                    "unit": "renginys",
                    "body": "Gerovės diena – paprastas būdas padėkoti savo komandai. Grožio paslaugų ir kirpėjų "
                    "mokiniai atsiveža nešiojamą įrangą ir vienas po kito siūlo trumpas procedūras: rankų priežiūrą, "
                    "greitą veido procedūrą, šukuosenas. Kaina priklauso nuo darbuotojų ir procedūrų skaičiaus, todėl "
                    "parengiame individualų pasiūlymą. Visas procedūras prižiūri mokytojai, jie užtikrina, kad būtų "
                    "laikomasi higienos taisyklių.",
                    "steps": [
                        ["Planavimas", "Susitariame dėl programos, dalyvių skaičiaus ir tvarkaraščio."],
                        ["Įrengimas", "Mokiniai jūsų skirtoje patalpoje įrengia procedūrų vietas."],
                        ["Procedūros", "Darbuotojai visą dieną ateina 20–30 minučių trukmės vizitams."],
                    ],
                    "specs": [
                        ["Dalyviai", "10–40"],
                        ["Procedūros", "rankų priežiūra, greita veido procedūra, šukuosenos"],
                        ["Trukmė", "4–6 valandos"],
                        ["Reikalinga patalpa", "su vandeniu ir elektra"],
                    ],
                    "keywords": ["darbuotojų gerovė", "grožio procedūros", "komandos renginiai"],
                },
                "lv": {
                    "title": "Labsajūtas diena jūsu darbiniekiem",
                    "summary": "Audzēkņi jūsu darba vietā iekārto mini salonu ar roku kopšanu, frizūrām un ātrajām "
                    "sejas procedūrām.",
                    "unit": "pasākums",
                    "body": "Labsajūtas diena ir vienkāršs veids, kā pateikties savai komandai. Skaistumkopšanas un "
                    "frizieru audzēkņi atved pārnēsājamu aprīkojumu un cits pēc cita piedāvā īsas procedūras – roku "
                    "kopšanu, ātro sejas procedūru un frizūras. Cena ir atkarīga no darbinieku un procedūru skaita, "
                    "tāpēc sagatavojam individuālu piedāvājumu. Visas procedūras uzrauga pedagogi, kas gādā, lai tiktu "
                    "ievēroti higiēnas noteikumi.",
                    "steps": [
                        ["Plānošana", "Vienojamies par programmu, dalībnieku skaitu un grafiku."],
                        ["Iekārtošana", "Audzēkņi jūsu piešķirtajā telpā iekārto procedūru vietas."],
                        ["Procedūras", "Darbinieki visas dienas garumā nāk uz 20–30 minūšu procedūrām."],
                    ],
                    "specs": [
                        ["Dalībnieki", "10–40"],
                        ["Procedūras", "roku kopšana, ātrā sejas procedūra, frizūras"],
                        ["Ilgums", "4–6 stundas"],
                        ["Nepieciešamā telpa", "ar ūdeni un elektrību"],
                    ],
                    "keywords": ["darbinieku labsajūta", "skaistumkopšanas procedūras", "komandas pasākumi"],
                },
                "pl": {
                    "title": "Dzień dobrego samopoczucia dla pracowników",
                    "summary": "Uczniowie urządzają w Państwa firmie mini salon z pielęgnacją dłoni, stylizacją "
                    "włosów i ekspresowymi zabiegami na twarz.",
                    "unit": "wydarzenie",
                    "body": "Dzień dobrego samopoczucia to prosty sposób, by podziękować zespołowi. Uczniowie "
                    "kosmetyki i fryzjerstwa przywożą przenośny sprzęt i wykonują po kolei krótkie zabiegi: "
                    "pielęgnację dłoni, ekspresowy zabieg na twarz i stylizację włosów. Cena zależy od liczby "
                    "pracowników i zabiegów, dlatego przygotowujemy indywidualną ofertę. Nauczyciele nadzorują "
                    "wszystkie zabiegi i pilnują przestrzegania zasad higieny.",
                    "steps": [
                        ["Planowanie", "Ustalamy program, liczbę uczestników i harmonogram."],
                        ["Przygotowanie", "Uczniowie urządzają stanowiska w udostępnionym pomieszczeniu."],
                        ["Zabiegi", "Pracownicy przychodzą przez cały dzień na 20–30-minutowe wizyty."],
                    ],
                    "specs": [
                        ["Uczestnicy", "10–40"],
                        ["Zabiegi", "pielęgnacja dłoni, ekspresowy zabieg na twarz, stylizacja włosów"],
                        ["Czas", "4–6 godzin"],
                        ["Potrzebne miejsce", "pomieszczenie z wodą i prądem"],
                    ],
                    "keywords": ["dobrostan pracowników", "zabiegi kosmetyczne", "imprezy firmowe"],
                },
                "it": {
                    "title": "Giornata del benessere per i dipendenti",
                    "summary": "Gli studenti allestiscono un piccolo salone nella vostra sede con cura delle mani, "
                    "acconciature e trattamenti viso express.",
                    "unit": "evento",
                    "body": "Una giornata del benessere è un modo semplice per ringraziare il vostro team. Gli studenti "
                    "di estetica e acconciatura portano attrezzature mobili e offrono, uno dopo l'altro, brevi "
                    "trattamenti come cura delle mani, trattamento viso express e piega. Il prezzo dipende dal numero "
                    "di dipendenti e di trattamenti, quindi prepariamo un'offerta su misura. I docenti supervisionano "
                    "tutti i trattamenti e si assicurano che le regole igieniche siano rispettate.",
                    "steps": [
                        ["Pianificazione", "Concordiamo programma, numero di partecipanti e orari."],
                        [
                            "Allestimento",
                            "Gli studenti allestiscono le postazioni in una sala messa a disposizione da voi.",
                        ],
                        ["Trattamenti", "I dipendenti si alternano durante la giornata in turni di 20–30 minuti."],
                    ],
                    "specs": [
                        ["Partecipanti", "10–40"],
                        ["Trattamenti", "cura delle mani, viso express, piega"],
                        ["Durata", "4–6 ore"],
                        ["Spazio necessario", "una sala con acqua e corrente"],
                    ],
                    "keywords": ["benessere aziendale", "trattamenti estetici", "eventi aziendali"],
                },
                "pt": {
                    "title": "Dia de bem-estar para os seus colaboradores",
                    "summary": "Os alunos montam um mini salão no seu local de trabalho, com cuidados das mãos, "
                    "penteados e tratamentos de rosto expresso.",
                    "unit": "evento",
                    "body": "Um dia de bem-estar é uma forma simples de agradecer à sua equipa. Os alunos de estética e "
                    "cabeleireiro trazem equipamento portátil e fazem, uns atrás dos outros, tratamentos curtos como "
                    "cuidados das mãos, limpeza de rosto expresso e brushing. O preço depende do número de "
                    "colaboradores e de tratamentos, por isso preparamos uma proposta à medida. Os professores "
                    "supervisionam todos os tratamentos e garantem o cumprimento das regras de higiene.",
                    "steps": [
                        ["Planeamento", "Combinamos o programa, o número de participantes e o horário."],
                        ["Montagem", "Os alunos montam os postos numa sala disponibilizada por si."],
                        ["Tratamentos", "Os colaboradores vão passando ao longo do dia em marcações de 20–30 minutos."],
                    ],
                    "specs": [
                        ["Participantes", "10–40"],
                        ["Tratamentos", "cuidados das mãos, rosto expresso, brushing"],
                        ["Duração", "4–6 horas"],
                        ["Espaço necessário", "uma sala com água e eletricidade"],
                    ],
                    "keywords": ["bem-estar no trabalho", "tratamentos de estética", "eventos de empresa"],
                },
            },
        },
    ],
    "fashion": [
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "8.50",
            "minimum_order": 10,
            "lead_time_days": 14,
            "capacity_per_month": 300,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Logo embroidery on workwear",
                    "summary": "Your company logo embroidered on shirts, fleeces, aprons or caps, digitised and "
                    "stitched by fashion students.",
                    "unit": "item",
                    "body": "You send us the garments and your logo; students digitise the design for the embroidery "
                    "machine, stitch a sample and, once you approve it, embroider the whole order. The price covers a "
                    "logo up to 10 cm wide, and digitising is free for orders of 30 items or more. A teacher checks "
                    "the thread tension, position and finish on every item. We can also supply the garments on "
                    "request.",
                    "steps": [
                        ["Digitising", "The logo is converted into an embroidery file."],
                        ["Sample", "One garment is embroidered for your approval."],
                        ["Production", "Students embroider, trim and fold the whole order."],
                    ],
                    "specs": [
                        ["Logo width", "up to 10 cm"],
                        ["Colours", "up to 6 threads"],
                        ["Garments", "customer's own or supplied at cost"],
                        ["Minimum order", "10 items"],
                    ],
                    "keywords": ["embroidery", "workwear", "company logo"],
                },
                "lt": {
                    "title": "Logotipo siuvinėjimas ant darbo drabužių",
                    "summary": "Jūsų įmonės logotipas, išsiuvinėtas ant marškinių, flisinių džemperių, prijuosčių ar "
                    "kepurėlių – skaitmeninimą ir siuvinėjimą atlieka mados mokiniai.",
                    "unit": "vnt.",
                    "body": "Atsiunčiate mums drabužius ir logotipą, o mokiniai paruošia siuvinėjimo mašinai skirtą "
                    "failą, išsiuvinėja pavyzdį ir, jums jį patvirtinus, išsiuvinėja visą užsakymą. Kaina taikoma "
                    "iki 10 cm pločio logotipui, o užsakant 30 ir daugiau vienetų failo paruošimas nemokamas. "
                    "Kiekvieno gaminio siūlų įtempimą, vietą ir apdailą patikrina mokytojas. Pageidaujant galime "
                    "parūpinti ir pačius drabužius.",
                    "steps": [
                        ["Skaitmeninimas", "Logotipas paverčiamas siuvinėjimo failu."],
                        ["Pavyzdys", "Išsiuvinėjamas vienas drabužis jums patvirtinti."],
                        ["Gamyba", "Mokiniai išsiuvinėja, apkarpo siūlus ir sulanksto visą užsakymą."],
                    ],
                    "specs": [
                        ["Logotipo plotis", "iki 10 cm"],
                        ["Spalvos", "iki 6 siūlų spalvų"],
                        ["Drabužiai", "kliento arba parūpinami savikaina"],
                        ["Mažiausias užsakymas", "10 vnt."],
                    ],
                    "keywords": ["siuvinėjimas", "darbo drabužiai", "įmonės logotipas"],
                },
                "lv": {
                    "title": "Logotipa izšūšana uz darba apģērba",
                    "summary": "Jūsu uzņēmuma logotips, izšūts uz kreklu, flīsa jaku, priekšautu vai cepuru – "
                    "digitalizēšanu un izšūšanu veic modes audzēkņi.",
                    "unit": "gab.",
                    "body": "Jūs atsūtāt apģērbu un logotipu; audzēkņi sagatavo izšūšanas mašīnai paredzētu failu, "
                    "izšuj paraugu un pēc jūsu apstiprinājuma izšuj visu pasūtījumu. Cena attiecas uz logotipu līdz "
                    "10 cm platumā, un, pasūtot 30 un vairāk gabalu, faila sagatavošana ir bez maksas. Katram "
                    "izstrādājumam pedagogs pārbauda diega spriegojumu, novietojumu un apdari. Pēc pieprasījuma "
                    "varam sagādāt arī pašu apģērbu.",
                    "steps": [
                        ["Digitalizēšana", "Logotips tiek pārveidots izšūšanas failā."],
                        ["Paraugs", "Viens apģērba gabals tiek izšūts jūsu apstiprināšanai."],
                        ["Izgatavošana", "Audzēkņi izšuj, apgriež diegus un saloka visu pasūtījumu."],
                    ],
                    "specs": [
                        ["Logotipa platums", "līdz 10 cm"],
                        ["Krāsas", "līdz 6 diegu krāsām"],
                        ["Apģērbs", "klienta vai sagādāts par iepirkuma cenu"],
                        ["Minimālais pasūtījums", "10 gab."],
                    ],
                    "keywords": ["izšūšana", "darba apģērbs", "uzņēmuma logotips"],
                },
                "pl": {
                    "title": "Haft logo na odzieży roboczej",
                    "summary": "Logo Państwa firmy wyhaftowane na koszulach, polarach, fartuchach lub czapkach – "
                    "digitalizację i haft wykonują uczniowie kierunków odzieżowych.",
                    "unit": "szt.",
                    "body": "Przesyłają Państwo odzież i logo, a uczniowie przygotowują plik dla hafciarki, haftują "
                    "próbkę i po jej akceptacji wykonują całe zamówienie. Cena dotyczy logo o szerokości do 10 cm, a "
                    "przy zamówieniu od 30 sztuk digitalizacja jest bezpłatna. Nauczyciel sprawdza naprężenie nici, "
                    "położenie i wykończenie każdej sztuki. Na życzenie możemy też dostarczyć odzież.",
                    "steps": [
                        ["Digitalizacja", "Logo zamieniamy w plik hafciarski."],
                        ["Próbka", "Haftujemy jedną sztukę do Państwa akceptacji."],
                        ["Produkcja", "Uczniowie haftują, obcinają nitki i składają całe zamówienie."],
                    ],
                    "specs": [
                        ["Szerokość logo", "do 10 cm"],
                        ["Kolory", "do 6 kolorów nici"],
                        ["Odzież", "klienta lub po cenie zakupu"],
                        ["Minimalne zamówienie", "10 szt."],
                    ],
                    "keywords": ["haft", "odzież robocza", "logo firmy"],
                },
                "it": {
                    "title": "Ricamo del logo su abbigliamento da lavoro",
                    "summary": "Il logo della vostra azienda ricamato su camicie, pile, grembiuli o cappellini, "
                    "digitalizzato e ricamato dagli studenti di moda.",
                    "unit": "capo",
                    "body": "Ci inviate i capi e il logo; gli studenti digitalizzano il disegno per la macchina da "
                    "ricamo, realizzano un campione e, dopo la vostra approvazione, ricamano l'intero ordine. Il "
                    "prezzo vale per un logo largo fino a 10 cm e la digitalizzazione è gratuita per ordini da 30 capi "
                    "in su. Un docente controlla tensione del filo, posizione e finitura di ogni capo. Su richiesta "
                    "possiamo fornire anche i capi.",
                    "steps": [
                        ["Digitalizzazione", "Il logo viene trasformato in un file di ricamo."],
                        ["Campione", "Un capo viene ricamato per la vostra approvazione."],
                        ["Produzione", "Gli studenti ricamano, rifiniscono e piegano l'intero ordine."],
                    ],
                    "specs": [
                        ["Larghezza del logo", "fino a 10 cm"],
                        ["Colori", "fino a 6 fili"],
                        ["Capi", "del cliente o forniti a prezzo di costo"],
                        ["Ordine minimo", "10 capi"],
                    ],
                    "keywords": ["ricamo", "abbigliamento da lavoro", "logo aziendale"],
                },
                "pt": {
                    "title": "Bordado de logótipo em fardamento",
                    "summary": "O logótipo da sua empresa bordado em camisas, casacos polares, aventais ou bonés, "
                    "digitalizado e bordado por alunos de moda.",
                    "unit": "peça",
                    "body": "Envia-nos as peças e o logótipo; os alunos digitalizam o desenho para a máquina de "
                    "bordar, bordam uma amostra e, depois da sua aprovação, bordam a encomenda completa. O preço "
                    "aplica-se a um logótipo até 10 cm de largura, e a digitalização é gratuita em encomendas a "
                    "partir de 30 peças. Um professor verifica a tensão da linha, a posição e o acabamento de cada "
                    "peça. A pedido, também fornecemos as peças de vestuário.",
                    "steps": [
                        ["Digitalização", "O logótipo é convertido num ficheiro de bordado."],
                        ["Amostra", "É bordada uma peça para a sua aprovação."],
                        ["Produção", "Os alunos bordam, cortam as linhas e dobram a encomenda completa."],
                    ],
                    "specs": [
                        ["Largura do logótipo", "até 10 cm"],
                        ["Cores", "até 6 linhas"],
                        ["Peças", "do cliente ou fornecidas ao preço de custo"],
                        ["Encomenda mínima", "10 peças"],
                    ],
                    "keywords": ["bordados", "fardamento", "logótipo da empresa"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "22.00",
            "minimum_order": 5,
            "lead_time_days": 21,
            "capacity_per_month": 120,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Aprons for restaurants and cafés",
                    "summary": "Durable bib or waist aprons in cotton canvas or denim, sewn to your design with "
                    "pockets and adjustable straps.",
                    "unit": "apron",
                    "body": "Students sew aprons from heavy cotton canvas or denim, with reinforced pockets and "
                    "adjustable neck straps. You choose the fabric colour and the number of pockets and can add an "
                    "embroidered or printed logo. A tailoring teacher checks the seams and finish of every apron. We "
                    "make a sample first, so you can try it out in your kitchen or café.",
                    "steps": [
                        ["Pattern", "Students adapt the pattern to your design."],
                        ["Sewing", "The fabric is cut, and the aprons are sewn and reinforced."],
                        ["Quality check", "Each apron is inspected, pressed and packed."],
                    ],
                    "specs": [
                        ["Fabric", "cotton canvas or denim, 280 g/m²"],
                        ["Size", "one size, adjustable"],
                        ["Care", "washable at 60 °C"],
                        ["Minimum order", "5 pieces"],
                    ],
                    "keywords": ["aprons", "restaurant uniforms", "sewing"],
                },
                "lt": {
                    "title": "Prijuostės restoranams ir kavinėms",
                    "summary": "Tvirtos prijuostės su krūtinės dalimi arba juosmeninės, iš medvilnės ar džinsinio "
                    "audinio, pasiūtos pagal jūsų dizainą su kišenėmis ir reguliuojamais dirželiais.",
                    "unit": "prijuostė",
                    "body": "Mokiniai siuva prijuostes iš storo medvilninio ar džinsinio audinio su sutvirtintomis "
                    "kišenėmis ir reguliuojamu kaklo dirželiu. Jūs pasirenkate audinio spalvą, kišenių skaičių ir "
                    "galite pridėti išsiuvinėtą ar atspausdintą logotipą. Kiekvienos prijuostės siūles ir apdailą "
                    "patikrina siuvimo mokytojas. Pirmiausia pasiuvame pavyzdį, kad galėtumėte jį išbandyti savo "
                    "virtuvėje ar kavinėje.",
                    "steps": [
                        ["Lekalai", "Mokiniai pritaiko lekalus pagal jūsų dizainą."],
                        ["Siuvimas", "Audinys sukerpamas, prijuostės susiuvamos ir sutvirtinamos."],
                        ["Kokybės patikra", "Kiekviena prijuostė patikrinama, išlyginama ir supakuojama."],
                    ],
                    "specs": [
                        ["Audinys", "medvilnė arba džinsas, 280 g/m²"],
                        ["Dydis", "universalus, reguliuojamas"],
                        ["Priežiūra", "skalbti 60 °C temperatūroje"],
                        ["Mažiausias užsakymas", "5 vnt."],
                    ],
                    "keywords": ["prijuostės", "restoranų uniformos", "siuvimas"],
                },
                "lv": {
                    "title": "Priekšauti restorāniem un kafejnīcām",
                    "summary": "Izturīgi krūšu vai vidukļa priekšauti no kokvilnas audekla vai džinsa auduma, šūti "
                    "pēc jūsu dizaina ar kabatām un regulējamām lencēm.",
                    "unit": "priekšauts",
                    "body": "Audzēkņi šuj priekšautus no bieza kokvilnas audekla vai džinsa auduma ar nostiprinātām "
                    "kabatām un regulējamu kakla lenci. Jūs izvēlaties auduma krāsu un kabatu skaitu un varat "
                    "pievienot izšūtu vai apdrukātu logotipu. Katra priekšauta vīles un apdari pārbauda šūšanas "
                    "pedagogs. Vispirms izgatavojam paraugu, lai varat to izmēģināt savā virtuvē vai kafejnīcā.",
                    "steps": [
                        ["Piegrieztne", "Audzēkņi pielāgo piegrieztni jūsu dizainam."],
                        ["Šūšana", "Audums tiek piegriezts, un priekšauti sašūti un nostiprināti."],
                        ["Kvalitātes pārbaude", "Katrs priekšauts tiek pārbaudīts, izgludināts un iepakots."],
                    ],
                    "specs": [
                        ["Audums", "kokvilnas audekls vai džinss, 280 g/m²"],
                        ["Izmērs", "universāls, regulējams"],
                        ["Kopšana", "mazgājams 60 °C temperatūrā"],
                        ["Minimālais pasūtījums", "5 gab."],
                    ],
                    "keywords": ["priekšauti", "restorānu formastērpi", "šūšana"],
                },
                "pl": {
                    "title": "Fartuchy dla restauracji i kawiarni",
                    "summary": "Wytrzymałe fartuchy z napierśnikiem lub przepasane w talii, z bawełny lub denimu, "
                    "szyte według Państwa projektu, z kieszeniami i regulowanymi paskami.",
                    "unit": "fartuch",
                    "body": "Uczniowie szyją fartuchy z grubej bawełny lub denimu, ze wzmocnionymi kieszeniami i "
                    "regulowanym paskiem na szyję. Wybierają Państwo kolor tkaniny i liczbę kieszeni, a także mogą "
                    "dodać haftowane lub drukowane logo. Nauczyciel krawiectwa sprawdza szwy i wykończenie każdego "
                    "fartucha. Najpierw szyjemy próbkę, żeby mogli ją Państwo przetestować w kuchni lub kawiarni.",
                    "steps": [
                        ["Wykrój", "Uczniowie dopasowują wykrój do Państwa projektu."],
                        ["Szycie", "Tkanina jest krojona, a fartuchy zszywane i wzmacniane."],
                        ["Kontrola jakości", "Każdy fartuch jest sprawdzany, prasowany i pakowany."],
                    ],
                    "specs": [
                        ["Tkanina", "płótno bawełniane lub denim, 280 g/m²"],
                        ["Rozmiar", "uniwersalny, regulowany"],
                        ["Pielęgnacja", "pranie w 60 °C"],
                        ["Minimalne zamówienie", "5 szt."],
                    ],
                    "keywords": ["fartuchy", "odzież gastronomiczna", "szycie"],
                },
                "it": {
                    "title": "Grembiuli per ristoranti e bar",
                    "summary": "Grembiuli resistenti con pettorina o da vita, in tela di cotone o denim, cuciti sul "
                    "vostro modello con tasche e lacci regolabili.",
                    "unit": "grembiule",
                    "body": "Gli studenti cuciono grembiuli in tela di cotone pesante o denim, con tasche rinforzate e "
                    "laccio al collo regolabile. Scegliete il colore del tessuto e il numero di tasche e potete "
                    "aggiungere un logo ricamato o stampato. Un docente di sartoria controlla cuciture e finiture di "
                    "ogni grembiule. Prima realizziamo un campione, così potete provarlo nella vostra cucina o nel "
                    "vostro bar.",
                    "steps": [
                        ["Cartamodello", "Gli studenti adattano il cartamodello al vostro progetto."],
                        ["Cucitura", "Il tessuto viene tagliato e i grembiuli cuciti e rinforzati."],
                        ["Controllo qualità", "Ogni grembiule viene controllato, stirato e imballato."],
                    ],
                    "specs": [
                        ["Tessuto", "tela di cotone o denim, 280 g/m²"],
                        ["Taglia", "unica, regolabile"],
                        ["Manutenzione", "lavabile a 60 °C"],
                        ["Ordine minimo", "5 pezzi"],
                    ],
                    "keywords": ["grembiuli", "divise per la ristorazione", "sartoria"],
                },
                "pt": {
                    "title": "Aventais para restaurantes e cafés",
                    "summary": "Aventais resistentes de peito ou de cintura, em lona de algodão ou ganga, costurados "
                    "segundo o seu design, com bolsos e alças reguláveis.",
                    "unit": "avental",
                    "body": "Os alunos costuram aventais em lona de algodão grossa ou ganga, com bolsos reforçados e "
                    "alça de pescoço regulável. Escolhe a cor do tecido e o número de bolsos e pode acrescentar um "
                    "logótipo bordado ou estampado. Um professor de costura verifica as costuras e o acabamento de "
                    "cada avental. Fazemos primeiro uma amostra, para a poder experimentar na sua cozinha ou café.",
                    "steps": [
                        ["Molde", "Os alunos adaptam o molde ao seu design."],
                        ["Costura", "O tecido é cortado e os aventais são costurados e reforçados."],
                        ["Controlo de qualidade", "Cada avental é verificado, passado a ferro e embalado."],
                    ],
                    "specs": [
                        ["Tecido", "lona de algodão ou ganga, 280 g/m²"],
                        ["Tamanho", "único, regulável"],
                        ["Lavagem", "a 60 °C"],
                        ["Encomenda mínima", "5 unidades"],
                    ],
                    "keywords": ["aventais", "fardas de restauração", "costura"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "5.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 200,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Clothing alterations and repairs",
                    "summary": "Hemming trousers, replacing zips, taking in or letting out garments in the school "
                    "sewing studio.",
                    "unit": "item",
                    "body": "Students carry out everyday alterations: shortening trousers and sleeves, replacing zips, "
                    "repairing seams and adjusting the fit. The starting price applies to a simple hem; more "
                    "complex work is priced when you bring the garment in. A tailoring teacher takes the measurements with the "
                    "student and checks the finished item. Garments are ready for collection within about a week.",
                    "steps": [
                        ["Fitting", "We take measurements or pin the garment on you."],
                        ["Alteration", "The student alters the garment by hand or machine."],
                        ["Check", "The teacher inspects the work, and the garment is pressed."],
                    ],
                    "specs": [
                        ["Examples", "hems, zips, seams, fit"],
                        ["Included", "thread and standard zips"],
                        ["Ready", "within 7 days"],
                        ["Fitting", "at the school"],
                    ],
                    "keywords": ["alterations", "clothing repair", "tailoring"],
                },
                "lt": {
                    "title": "Drabužių taisymas ir perdirbimas",
                    "summary": "Kelnių trumpinimas, užtrauktukų keitimas, drabužių siaurinimas ar platinimas mokyklos "
                    "siuvimo studijoje.",
                    "unit": "vnt.",
                    "body": "Mokiniai atlieka kasdienius taisymus: trumpina kelnes ir rankoves, keičia užtrauktukus, "
                    "taiso siūles ir pritaiko drabužius pagal figūrą. Pradinė kaina taikoma paprastam apačios "
                    "patrumpinimui; sudėtingesni darbai įkainojami atnešus drabužį. Siuvimo mokytojas kartu su mokiniu "
                    "paima matmenis ir patikrina atliktą darbą. Drabužius galima atsiimti maždaug po savaitės.",
                    "steps": [
                        ["Pritaikymas", "Paimame matmenis arba drabužį susegame smeigtukais ant jūsų."],
                        ["Taisymas", "Mokinys perdaro drabužį rankomis arba siuvimo mašina."],
                        ["Patikra", "Mokytojas patikrina darbą, drabužis išlyginamas."],
                    ],
                    "specs": [
                        ["Pavyzdžiai", "apačios trumpinimas, užtrauktukai, siūlės, pritaikymas"],
                        ["Įskaičiuota", "siūlai ir standartiniai užtrauktukai"],
                        ["Paruošta", "per 7 dienas"],
                        ["Matavimas", "mokykloje"],
                    ],
                    "keywords": ["drabužių taisymas", "siuvimo paslaugos", "siuvykla"],
                },
                "lv": {
                    "title": "Apģērbu pāršūšana un labošana",
                    "summary": "Bikšu saīsināšana, rāvējslēdzēju maiņa, apģērbu sašaurināšana vai paplašināšana skolas "
                    "šūšanas studijā.",
                    "unit": "gab.",
                    "body": "Audzēkņi veic ikdienas labojumus: saīsina bikses un piedurknes, nomaina rāvējslēdzējus, "
                    "salabo vīles un pielāgo apģērbu augumam. Sākumcena attiecas uz vienkāršu apakšmalas "
                    "saīsināšanu; sarežģītākiem darbiem cenu nosakām, kad atnesat apģērbu. Šūšanas pedagogs kopā ar audzēkni "
                    "noņem mērus un pārbauda paveikto. Apģērbu var saņemt aptuveni nedēļas laikā.",
                    "steps": [
                        ["Pielaikošana", "Noņemam mērus vai sasprausam apģērbu ar adatām uz jums."],
                        ["Pāršūšana", "Audzēknis pārveido apģērbu ar rokām vai šujmašīnu."],
                        ["Pārbaude", "Pedagogs pārbauda darbu, un apģērbs tiek izgludināts."],
                    ],
                    "specs": [
                        ["Piemēri", "apakšmalas, rāvējslēdzēji, vīles, pielāgošana augumam"],
                        ["Iekļauts", "diegi un standarta rāvējslēdzēji"],
                        ["Gatavs", "7 dienu laikā"],
                        ["Pielaikošana", "skolā"],
                    ],
                    "keywords": ["apģērbu labošana", "pāršūšana", "šūšanas pakalpojumi"],
                },
                "pl": {
                    "title": "Poprawki krawieckie i naprawy odzieży",
                    "summary": "Skracanie spodni, wymiana zamków, zwężanie i poszerzanie ubrań w szkolnej pracowni "
                    "krawieckiej.",
                    "unit": "szt.",
                    "body": "Uczniowie wykonują codzienne poprawki: skracają spodnie i rękawy, wymieniają zamki, "
                    "naprawiają szwy i dopasowują ubrania do sylwetki. Cena początkowa dotyczy prostego "
                    "podłożenia; bardziej złożone prace wyceniamy po przyniesieniu ubrania. Nauczyciel krawiectwa "
                    "razem z uczniem zdejmuje miarę i sprawdza gotową rzecz. Ubrania są do odbioru mniej więcej po "
                    "tygodniu.",
                    "steps": [
                        ["Przymiarka", "Zdejmujemy miarę lub upinamy ubranie szpilkami na Państwu."],
                        ["Poprawka", "Uczeń przerabia ubranie ręcznie lub na maszynie."],
                        ["Kontrola", "Nauczyciel sprawdza pracę, a ubranie jest prasowane."],
                    ],
                    "specs": [
                        ["Przykłady", "podłożenia, zamki, szwy, dopasowanie"],
                        ["W cenie", "nici i standardowe zamki"],
                        ["Termin", "do 7 dni"],
                        ["Przymiarka", "w szkole"],
                    ],
                    "keywords": ["poprawki krawieckie", "naprawa odzieży", "krawiectwo"],
                },
                "it": {
                    "title": "Riparazioni e modifiche sartoriali",
                    "summary": "Orli ai pantaloni, sostituzione di cerniere, capi stretti o allargati nel laboratorio "
                    "di sartoria della scuola.",
                    "unit": "capo",
                    "body": "Gli studenti eseguono le modifiche di tutti i giorni: accorciano pantaloni e maniche, "
                    "sostituiscono cerniere, riparano cuciture e adattano la vestibilità. Il prezzo di partenza vale "
                    "per un orlo semplice; i lavori più complessi si valutano quando portate il capo. Un docente di "
                    "sartoria prende le misure insieme allo studente e controlla il capo finito. I capi sono pronti "
                    "per il ritiro in circa una settimana.",
                    "steps": [
                        ["Prova", "Prendiamo le misure o appuntiamo il capo con gli spilli mentre lo indossate."],
                        ["Modifica", "Lo studente esegue la modifica a mano o a macchina."],
                        ["Controllo", "Il docente verifica il lavoro e il capo viene stirato."],
                    ],
                    "specs": [
                        ["Esempi", "orli, cerniere, cuciture, vestibilità"],
                        ["Incluso", "filo e cerniere standard"],
                        ["Pronto", "entro 7 giorni"],
                        ["Prova", "a scuola"],
                    ],
                    "keywords": ["modifiche sartoriali", "riparazione abiti", "sartoria"],
                },
                "pt": {
                    "title": "Arranjos e reparações de roupa",
                    "summary": "Bainhas de calças, substituição de fechos, apertar ou alargar peças na oficina de "
                    "costura da escola.",
                    "unit": "peça",
                    "body": "Os alunos fazem os arranjos do dia a dia: encurtam calças e mangas, substituem fechos, "
                    "reparam costuras e ajustam as peças ao corpo. O preço base aplica-se a uma bainha "
                    "simples; trabalhos mais complexos são orçamentados quando traz a peça. Um professor de costura "
                    "tira as medidas com o aluno e verifica a peça pronta. As peças ficam prontas a levantar em cerca "
                    "de uma semana.",
                    "steps": [
                        ["Prova", "Tiramos as medidas ou marcamos a peça com alfinetes no corpo."],
                        ["Arranjo", "O aluno faz o arranjo à mão ou à máquina."],
                        ["Verificação", "O professor verifica o trabalho e a peça é passada a ferro."],
                    ],
                    "specs": [
                        ["Exemplos", "bainhas, fechos, costuras, ajustes"],
                        ["Incluído", "linhas e fechos normais"],
                        ["Prazo", "até 7 dias"],
                        ["Prova", "na escola"],
                    ],
                    "keywords": ["arranjos de costura", "reparação de roupa", "costura"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 45,
            "capacity_per_month": 3,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Stage and event costumes",
                    "summary": "Costumes for theatre groups, festivals, mascots or company events, designed and sewn "
                    "by fashion students.",
                    "unit": "costume",
                    "body": "Students research the period or theme, draw sketches and prepare a fabric proposal for "
                    "your approval. The costumes are then patterned, cut and sewn in the school studio, with fittings "
                    "for each performer. Because every project is different, we prepare a quote based on the number "
                    "of costumes and the materials. Fashion teachers supervise design and production and take care of "
                    "the final details.",
                    "steps": [
                        ["Sketches", "Students design the costumes and present fabric samples."],
                        ["Fitting", "Performers try on a first version so it can be adjusted."],
                        ["Finishing", "The costumes are completed, pressed and handed over."],
                    ],
                    "specs": [
                        ["Design", "sketches included"],
                        ["Fittings", "1–2 per performer"],
                        ["Materials", "chosen together with the client"],
                        ["Lead time", "from 6 weeks"],
                    ],
                    "keywords": ["costumes", "theatre", "events"],
                },
                "lt": {
                    "title": "Sceniniai ir renginių kostiumai",
                    "summary": "Kostiumai teatro trupėms, festivaliams, talismanams ar įmonių renginiams, kuriuos "
                    "sukuria ir pasiuva mados mokiniai.",
                    "unit": "kostiumas",
                    "body": "Mokiniai išsiaiškina epochą ar temą, nupiešia eskizus ir parengia audinių pasiūlymą, kurį "
                    "jūs patvirtinate. Tada mokyklos studijoje parengiami lekalai, kostiumai sukerpami ir pasiuvami, "
                    "o kiekvienam atlikėjui rengiami pritaikymai. Kadangi kiekvienas projektas skirtingas, kainą "
                    "skaičiuojame pagal kostiumų skaičių ir medžiagas. Mados mokytojai prižiūri dizainą ir gamybą bei "
                    "pasirūpina galutinėmis detalėmis.",
                    "steps": [
                        ["Eskizai", "Mokiniai sukuria kostiumų dizainą ir pristato audinių pavyzdžius."],
                        ["Pritaikymas", "Atlikėjai pasimatuoja pirmąją versiją, kad ją būtų galima pakoreguoti."],
                        ["Apdaila", "Kostiumai užbaigiami, išlyginami ir perduodami."],
                    ],
                    "specs": [
                        ["Dizainas", "eskizai įskaičiuoti"],
                        ["Pritaikymai", "1–2 kiekvienam atlikėjui"],
                        ["Medžiagos", "parenkamos kartu su klientu"],
                        ["Terminas", "nuo 6 savaičių"],
                    ],
                    "keywords": ["kostiumai", "teatras", "renginiai"],
                },
                "lv": {
                    "title": "Skatuves un pasākumu tērpi",
                    "summary": "Tērpi teātra kolektīviem, festivāliem, talismaniem vai uzņēmumu pasākumiem, ko "
                    "izstrādā un uzšuj modes audzēkņi.",
                    "unit": "tērps",
                    "body": "Audzēkņi izpēta laikmetu vai tēmu, uzzīmē skices un sagatavo audumu piedāvājumu jūsu "
                    "apstiprināšanai. Pēc tam skolas studijā tiek izstrādātas piegrieztnes, tērpi piegriezti un "
                    "uzšūti, katram izpildītājam rīkojot pielaikošanu. Tā kā katrs projekts ir atšķirīgs, cenu "
                    "aprēķinām pēc tērpu skaita un materiāliem. Modes pedagogi uzrauga dizainu un izgatavošanu un "
                    "parūpējas par noslēguma detaļām.",
                    "steps": [
                        ["Skices", "Audzēkņi izstrādā tērpu dizainu un parāda audumu paraugus."],
                        ["Pielaikošana", "Izpildītāji uzlaiko pirmo versiju, lai to varētu pielāgot."],
                        ["Apdare", "Tērpi tiek pabeigti, izgludināti un nodoti."],
                    ],
                    "specs": [
                        ["Dizains", "skices iekļautas"],
                        ["Pielaikošanas", "1–2 katram izpildītājam"],
                        ["Materiāli", "tiek izvēlēti kopā ar klientu"],
                        ["Izpildes laiks", "no 6 nedēļām"],
                    ],
                    "keywords": ["tērpi", "teātris", "pasākumi"],
                },
                "pl": {
                    "title": "Kostiumy sceniczne i na wydarzenia",
                    "summary": "Kostiumy dla grup teatralnych, na festiwale, dla maskotek lub na firmowe wydarzenia, "
                    "projektowane i szyte przez uczniów projektowania ubioru.",
                    "unit": "kostium",
                    "body": "Uczniowie poznają epokę lub motyw, rysują projekty i przygotowują propozycję tkanin do "
                    "Państwa akceptacji. Następnie w szkolnej pracowni powstają wykroje, a kostiumy są krojone i "
                    "szyte, z przymiarkami dla każdej osoby występującej. Ponieważ każdy projekt jest inny, wycenę "
                    "przygotowujemy na podstawie liczby kostiumów i materiałów. Nauczyciele projektowania ubioru "
                    "nadzorują projekt i szycie oraz dbają o ostatnie szczegóły.",
                    "steps": [
                        ["Projekty", "Uczniowie projektują kostiumy i pokazują próbki tkanin."],
                        ["Przymiarka", "Wykonawcy przymierzają pierwszą wersję, którą następnie poprawiamy."],
                        ["Wykończenie", "Kostiumy są kończone, prasowane i przekazywane."],
                    ],
                    "specs": [
                        ["Projekt", "szkice w cenie"],
                        ["Przymiarki", "1–2 na osobę"],
                        ["Materiały", "dobierane razem z klientem"],
                        ["Czas realizacji", "od 6 tygodni"],
                    ],
                    "keywords": ["kostiumy", "teatr", "wydarzenia"],
                },
                "it": {
                    "title": "Costumi di scena e per eventi",
                    "summary": "Costumi per compagnie teatrali, festival, mascotte o eventi aziendali, ideati e cuciti "
                    "dagli studenti di moda.",
                    "unit": "costume",
                    "body": "Gli studenti studiano l'epoca o il tema, disegnano i figurini e preparano una proposta di "
                    "tessuti da sottoporvi. I costumi vengono poi modellati, tagliati e cuciti nel laboratorio della "
                    "scuola, con prove per ogni interprete. Poiché ogni progetto è diverso, prepariamo un preventivo "
                    "in base al numero di costumi e ai materiali. I docenti di moda seguono progettazione e "
                    "produzione e curano i dettagli finali.",
                    "steps": [
                        ["Figurini", "Gli studenti disegnano i costumi e presentano i campioni di tessuto."],
                        ["Prova", "Gli interpreti provano una prima versione per gli aggiustamenti."],
                        ["Rifinitura", "I costumi vengono completati, stirati e consegnati."],
                    ],
                    "specs": [
                        ["Progetto", "figurini inclusi"],
                        ["Prove", "1–2 per interprete"],
                        ["Materiali", "scelti insieme al cliente"],
                        ["Tempi", "da 6 settimane"],
                    ],
                    "keywords": ["costumi", "teatro", "eventi"],
                },
                "pt": {
                    "title": "Figurinos para palco e eventos",
                    "summary": "Figurinos para grupos de teatro, festivais, mascotes ou eventos de empresa, criados e "
                    "confecionados por alunos de moda.",
                    "unit": "figurino",
                    "body": "Os alunos estudam a época ou o tema, desenham esboços e preparam uma proposta de tecidos "
                    "para a sua aprovação. Depois, os figurinos são moldados, cortados e costurados na oficina da "
                    "escola, com provas para cada intérprete. Como cada projeto é diferente, preparamos um orçamento "
                    "com base no número de figurinos e nos materiais. Os professores de moda acompanham o design e a "
                    "confeção e tratam dos pormenores finais.",
                    "steps": [
                        ["Esboços", "Os alunos desenham os figurinos e apresentam amostras de tecido."],
                        ["Prova", "Os intérpretes experimentam uma primeira versão para ajustes."],
                        ["Acabamento", "Os figurinos são concluídos, passados a ferro e entregues."],
                    ],
                    "specs": [
                        ["Design", "esboços incluídos"],
                        ["Provas", "1–2 por intérprete"],
                        ["Materiais", "escolhidos com o cliente"],
                        ["Prazo", "a partir de 6 semanas"],
                    ],
                    "keywords": ["figurinos", "teatro", "eventos"],
                },
            },
        },
    ],
    "electrical": [
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "90.00",
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 12,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Electrical installation safety check",
                    "summary": "Inspection and measurements of the electrical installation in a flat or small office, "
                    "with a written report.",
                    "unit": "flat or office",
                    "body": "Students inspect the distribution board, sockets, switches and visible wiring and measure "
                    "insulation resistance, earth continuity and the operation of residual current devices. The check "
                    "is carried out by two students and a teacher who is a certified electrician and signs the report. "
                    "You receive a list of defects sorted by urgency, with recommendations for repair. The fixed price "
                    "applies to flats and offices of up to 100 m².",
                    "steps": [
                        ["Visual inspection", "The team checks the board, sockets and visible cables."],
                        ["Measurements", "Insulation, earthing and RCD tests are carried out."],
                        ["Report", "Results and recommendations are written up and signed."],
                    ],
                    "specs": [
                        ["Floor area", "up to 100 m²"],
                        ["Measurements", "insulation, earth continuity, RCD"],
                        ["Duration", "2–3 hours"],
                        ["Report", "signed by a certified electrician"],
                    ],
                    "keywords": ["electrical safety", "installation check", "electrician"],
                },
                "lt": {
                    "title": "Elektros instaliacijos saugos patikra",
                    "summary": "Buto ar nedidelio biuro elektros instaliacijos apžiūra ir matavimai su rašytine "
                    "ataskaita.",
                    "unit": "butas ar biuras",
                    "body": "Mokiniai apžiūri skirstomąjį skydelį, lizdus, jungiklius ir matomus laidus, matuoja "
                    "izoliacijos varžą, įžeminimo grandinės vientisumą ir tikrina srovės nuotėkio relių veikimą. "
                    "Patikrą atlieka du mokiniai ir mokytojas – atestuotas elektrikas, kuris pasirašo ataskaitą. "
                    "Gaunate trūkumų sąrašą, surikiuotą pagal skubumą, su remonto rekomendacijomis. Fiksuota kaina "
                    "taikoma butams ir biurams iki 100 m².",
                    "steps": [
                        ["Vizuali apžiūra", "Komanda apžiūri skydelį, lizdus ir matomus kabelius."],
                        ["Matavimai", "Atliekami izoliacijos, įžeminimo ir nuotėkio relių bandymai."],
                        ["Ataskaita", "Rezultatai ir rekomendacijos surašomi ir pasirašomi."],
                    ],
                    "specs": [
                        ["Plotas", "iki 100 m²"],
                        ["Matavimai", "izoliacija, įžeminimo vientisumas, nuotėkio relės"],
                        ["Trukmė", "2–3 valandos"],
                        ["Ataskaita", "pasirašyta atestuoto elektriko"],
                    ],
                    "keywords": ["elektros sauga", "instaliacijos patikra", "elektrikas"],
                },
                "lv": {
                    "title": "Elektroinstalācijas drošības pārbaude",
                    "summary": "Dzīvokļa vai neliela biroja elektroinstalācijas apskate un mērījumi ar rakstisku "
                    "pārskatu.",
                    "unit": "dzīvoklis vai birojs",
                    "body": "Audzēkņi apskata sadales skapi, kontaktligzdas, slēdžus un redzamos vadus, mēra "
                    "izolācijas pretestību, zemējuma nepārtrauktību un pārbauda noplūdes strāvas aizsardzības "
                    "ierīču darbību. Pārbaudi veic divi audzēkņi un pedagogs – sertificēts elektriķis, kurš paraksta "
                    "pārskatu. Jūs saņemat pēc steidzamības sakārtotu defektu sarakstu ar remonta ieteikumiem. "
                    "Fiksētā cena attiecas uz dzīvokļiem un birojiem līdz 100 m².",
                    "steps": [
                        ["Vizuālā apskate", "Komanda pārbauda sadales skapi, kontaktligzdas un redzamos kabeļus."],
                        ["Mērījumi", "Tiek veikti izolācijas, zemējuma un noplūdes strāvas aizsardzības testi."],
                        ["Pārskats", "Rezultāti un ieteikumi tiek apkopoti un parakstīti."],
                    ],
                    "specs": [
                        ["Platība", "līdz 100 m²"],
                        ["Mērījumi", "izolācija, zemējuma nepārtrauktība, noplūdes strāvas aizsardzība"],
                        ["Ilgums", "2–3 stundas"],
                        ["Pārskats", "parakstīts sertificēta elektriķa"],
                    ],
                    "keywords": ["elektrodrošība", "elektroinstalācijas pārbaude", "elektriķis"],
                },
                "pl": {
                    "title": "Przegląd bezpieczeństwa instalacji elektrycznej",
                    "summary": "Oględziny i pomiary instalacji elektrycznej w mieszkaniu lub małym biurze, z pisemnym "
                    "protokołem.",
                    "unit": "mieszkanie lub biuro",
                    "body": "Uczniowie oglądają rozdzielnicę, gniazdka, łączniki i widoczne przewody oraz mierzą "
                    "rezystancję izolacji, ciągłość przewodów ochronnych i działanie wyłączników różnicowoprądowych. "
                    "Przegląd wykonuje dwóch uczniów i nauczyciel z uprawnieniami elektrycznymi, który podpisuje "
                    "protokół. Otrzymują Państwo listę usterek uporządkowaną według pilności wraz z zaleceniami "
                    "naprawy. Stała cena dotyczy mieszkań i biur do 100 m².",
                    "steps": [
                        ["Oględziny", "Zespół sprawdza rozdzielnicę, gniazdka i widoczne przewody."],
                        ["Pomiary", "Wykonujemy pomiary izolacji, uziemienia i wyłączników różnicowoprądowych."],
                        ["Protokół", "Wyniki i zalecenia są spisywane i podpisywane."],
                    ],
                    "specs": [
                        ["Powierzchnia", "do 100 m²"],
                        ["Pomiary", "izolacja, ciągłość przewodów ochronnych, wyłączniki RCD"],
                        ["Czas", "2–3 godziny"],
                        ["Protokół", "podpisany przez elektryka z uprawnieniami"],
                    ],
                    "keywords": ["bezpieczeństwo elektryczne", "przegląd instalacji", "elektryk"],
                },
                "it": {
                    "title": "Verifica di sicurezza dell'impianto elettrico",
                    "summary": "Ispezione e misure sull'impianto elettrico di un appartamento o di un piccolo ufficio, "
                    "con relazione scritta.",
                    "unit": "appartamento o ufficio",
                    "body": "Gli studenti ispezionano quadro elettrico, prese, interruttori e cavi a vista e misurano "
                    "resistenza di isolamento, continuità del conduttore di protezione e intervento dei "
                    "differenziali. La verifica è svolta da due studenti e da un docente elettricista abilitato, che "
                    "firma la relazione. Ricevete un elenco dei difetti ordinati per urgenza, con indicazioni per la "
                    "riparazione. Il prezzo fisso vale per appartamenti e uffici fino a 100 m².",
                    "steps": [
                        ["Esame a vista", "La squadra controlla quadro, prese e cavi a vista."],
                        ["Misure", "Si eseguono prove di isolamento, messa a terra e differenziali."],
                        ["Relazione", "Risultati e raccomandazioni vengono messi per iscritto e firmati."],
                    ],
                    "specs": [
                        ["Superficie", "fino a 100 m²"],
                        ["Misure", "isolamento, continuità di terra, differenziali"],
                        ["Durata", "2–3 ore"],
                        ["Relazione", "firmata da un elettricista abilitato"],
                    ],
                    "keywords": ["sicurezza elettrica", "verifica impianto", "elettricista"],
                },
                "pt": {
                    "title": "Verificação de segurança da instalação elétrica",
                    "summary": "Inspeção e medições da instalação elétrica de uma casa ou pequeno escritório, com "
                    "relatório escrito.",
                    "unit": "casa ou escritório",
                    "body": "Os alunos inspecionam o quadro elétrico, as tomadas, os interruptores e os cabos visíveis "
                    "e medem a resistência de isolamento, a continuidade da terra e o funcionamento dos "
                    "diferenciais. A verificação é feita por dois alunos e por um professor eletricista certificado, "
                    "que assina o relatório. Recebe uma lista de anomalias ordenadas por urgência, com recomendações "
                    "de reparação. O preço fixo aplica-se a casas e escritórios até 100 m².",
                    "steps": [
                        ["Inspeção visual", "A equipa verifica o quadro, as tomadas e os cabos visíveis."],
                        ["Medições", "São feitos ensaios de isolamento, de terra e dos diferenciais."],
                        ["Relatório", "Os resultados e as recomendações são registados e assinados."],
                    ],
                    "specs": [
                        ["Área", "até 100 m²"],
                        ["Medições", "isolamento, continuidade da terra, diferenciais"],
                        ["Duração", "2–3 horas"],
                        ["Relatório", "assinado por um eletricista certificado"],
                    ],
                    "keywords": ["segurança elétrica", "verificação da instalação", "eletricista"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "12.00",
            "minimum_order": 5,
            "lead_time_days": 10,
            "capacity_per_month": 150,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Replacing light fittings with LED",
                    "summary": "Removal of old light fittings and installation of energy-saving LED fittings in "
                    "offices, shops or stairwells.",
                    "unit": "light fitting",
                    "body": "Students replace old fluorescent or halogen fittings with LED fittings that you buy or "
                    "that we source at cost. The price per fitting covers dismantling, installation, connection and a "
                    "function test. The work is done with the power safely isolated and under the supervision of a "
                    "certified electrician. We take the old fittings to an approved recycling point.",
                    "steps": [
                        ["Survey", "We count the fittings and check the ceiling and wiring."],
                        ["Installation", "The old fittings are removed and new LED fittings installed."],
                        ["Testing", "Each circuit is tested and the area is cleaned."],
                    ],
                    "specs": [
                        ["Price basis", "per fitting"],
                        ["Minimum order", "5 fittings"],
                        ["Fittings", "supplied by the customer or at cost"],
                        ["Recycling", "of old fittings included"],
                    ],
                    "keywords": ["led lighting", "energy saving", "lighting installation"],
                },
                "lt": {
                    "title": "Šviestuvų keitimas LED šviestuvais",
                    "summary": "Senų šviestuvų išmontavimas ir energiją taupančių LED šviestuvų įrengimas biuruose, "
                    "parduotuvėse ar laiptinėse.",
                    "unit": "šviestuvas",
                    "body": "Mokiniai seną liuminescencinį ar halogeninį apšvietimą pakeičia LED šviestuvais, kuriuos "
                    "nuperkate patys arba kuriuos mes parūpiname savikaina. Kaina už šviestuvą apima išmontavimą, "
                    "įrengimą, prijungimą ir veikimo patikrą. Darbai atliekami saugiai atjungus įtampą ir prižiūrint "
                    "atestuotam elektrikui. Senus šviestuvus nugabename į atliekų priėmimo punktą.",
                    "steps": [
                        ["Apžiūra", "Suskaičiuojame šviestuvus, patikriname lubas ir laidus."],
                        ["Įrengimas", "Seni šviestuvai išmontuojami ir sumontuojami nauji LED šviestuvai."],
                        ["Patikra", "Kiekviena grandinė patikrinama, darbo vieta sutvarkoma."],
                    ],
                    "specs": [
                        ["Kainos pagrindas", "už šviestuvą"],
                        ["Mažiausias užsakymas", "5 šviestuvai"],
                        ["Šviestuvai", "kliento arba savikaina"],
                        ["Utilizavimas", "senų šviestuvų įskaičiuotas"],
                    ],
                    "keywords": ["led apšvietimas", "energijos taupymas", "apšvietimo įrengimas"],
                },
                "lv": {
                    "title": "Gaismekļu nomaiņa pret LED",
                    "summary": "Veco gaismekļu demontāža un energoefektīvu LED gaismekļu uzstādīšana birojos, veikalos "
                    "vai kāpņu telpās.",
                    "unit": "gaismeklis",
                    "body": "Audzēkņi nomaina vecos dienasgaismas vai halogēna gaismekļus pret LED gaismekļiem, ko "
                    "iegādājaties jūs vai ko mēs sagādājam par iepirkuma cenu. Cena par gaismekli ietver demontāžu, "
                    "uzstādīšanu, pieslēgšanu un darbības pārbaudi. Darbi tiek veikti, droši atslēdzot spriegumu, "
                    "sertificēta elektriķa uzraudzībā. Vecos gaismekļus nododam atkritumu pieņemšanas punktā.",
                    "steps": [
                        ["Apsekošana", "Saskaitām gaismekļus un pārbaudām griestus un vadus."],
                        ["Uzstādīšana", "Vecie gaismekļi tiek demontēti un uzstādīti jauni LED gaismekļi."],
                        ["Pārbaude", "Katra ķēde tiek pārbaudīta, un darba vieta sakopta."],
                    ],
                    "specs": [
                        ["Cenas pamats", "par gaismekli"],
                        ["Minimālais pasūtījums", "5 gaismekļi"],
                        ["Gaismekļi", "no klienta vai par iepirkuma cenu"],
                        ["Utilizācija", "veco gaismekļu nodošana iekļauta"],
                    ],
                    "keywords": ["led apgaismojums", "energoefektivitāte", "apgaismojuma uzstādīšana"],
                },
                "pl": {
                    "title": "Wymiana opraw oświetleniowych na LED",
                    "summary": "Demontaż starych opraw i montaż energooszczędnych opraw LED w biurach, sklepach lub na "
                    "klatkach schodowych.",
                    "unit": "oprawa",
                    "body": "Uczniowie wymieniają stare oprawy świetlówkowe lub halogenowe na oprawy LED kupione przez "
                    "Państwa albo dostarczone przez nas po cenie zakupu. Cena za oprawę obejmuje demontaż, montaż, "
                    "podłączenie i sprawdzenie działania. Prace prowadzimy przy bezpiecznie odłączonym zasilaniu i "
                    "pod nadzorem elektryka z uprawnieniami. Stare oprawy oddajemy do punktu zbiórki elektroodpadów.",
                    "steps": [
                        ["Wizja lokalna", "Liczymy oprawy i sprawdzamy sufit oraz okablowanie."],
                        ["Montaż", "Demontujemy stare oprawy i instalujemy nowe oprawy LED."],
                        ["Sprawdzenie", "Testujemy każdy obwód i sprzątamy miejsce pracy."],
                    ],
                    "specs": [
                        ["Podstawa ceny", "za oprawę"],
                        ["Minimalne zamówienie", "5 opraw"],
                        ["Oprawy", "klienta lub po cenie zakupu"],
                        ["Utylizacja", "starych opraw w cenie"],
                    ],
                    "keywords": ["oświetlenie led", "oszczędność energii", "montaż oświetlenia"],
                },
                "it": {
                    "title": "Sostituzione dei corpi illuminanti con LED",
                    "summary": "Smontaggio delle vecchie plafoniere e installazione di apparecchi LED a basso consumo "
                    "in uffici, negozi o vani scala.",
                    "unit": "apparecchio",
                    "body": "Gli studenti sostituiscono vecchi apparecchi fluorescenti o alogeni con apparecchi LED "
                    "acquistati da voi o forniti da noi a prezzo di costo. Il prezzo per apparecchio comprende "
                    "smontaggio, installazione, collegamento e prova di funzionamento. I lavori si svolgono con "
                    "l'alimentazione scollegata in sicurezza e sotto la supervisione di un elettricista abilitato. "
                    "Portiamo i vecchi apparecchi a un centro di raccolta autorizzato.",
                    "steps": [
                        ["Sopralluogo", "Contiamo gli apparecchi e controlliamo soffitto e cablaggi."],
                        ["Installazione", "Si smontano i vecchi apparecchi e si installano quelli LED."],
                        ["Collaudo", "Ogni circuito viene provato e l'area viene pulita."],
                    ],
                    "specs": [
                        ["Base di prezzo", "per apparecchio"],
                        ["Ordine minimo", "5 apparecchi"],
                        ["Apparecchi", "del cliente o a prezzo di costo"],
                        ["Smaltimento", "dei vecchi apparecchi incluso"],
                    ],
                    "keywords": ["illuminazione led", "risparmio energetico", "impianti di illuminazione"],
                },
                "pt": {
                    "title": "Substituição de luminárias por LED",
                    "summary": "Remoção de luminárias antigas e instalação de luminárias LED de baixo consumo em "
                    "escritórios, lojas ou escadas de prédios.",
                    "unit": "luminária",
                    "body": "Os alunos substituem luminárias fluorescentes ou de halogéneo antigas por luminárias LED "
                    "compradas por si ou fornecidas por nós ao preço de custo. O preço por luminária inclui a "
                    "desmontagem, a instalação, a ligação e um teste de funcionamento. O trabalho é feito com a "
                    "corrente desligada em segurança e com a supervisão de um eletricista certificado. Levamos as "
                    "luminárias antigas a um ponto de recolha autorizado.",
                    "steps": [
                        ["Levantamento", "Contamos as luminárias e verificamos o teto e a cablagem."],
                        ["Instalação", "As luminárias antigas são retiradas e as novas LED instaladas."],
                        ["Teste", "Cada circuito é testado e o local é limpo."],
                    ],
                    "specs": [
                        ["Base do preço", "por luminária"],
                        ["Encomenda mínima", "5 luminárias"],
                        ["Luminárias", "do cliente ou ao preço de custo"],
                        ["Reciclagem", "das luminárias antigas incluída"],
                    ],
                    "keywords": ["iluminação led", "poupança de energia", "instalação de iluminação"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 30,
            "capacity_per_month": 3,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Electrical wiring for a garden shed or garage",
                    "summary": "A safe power supply with sockets and lighting for a shed, garage or workshop, designed "
                    "and installed by students.",
                    "unit": "project",
                    "body": "Students design a small installation with an underground or overhead supply cable, a "
                    "sub-board with protective devices, sockets and lighting. After a site visit we send a quote for "
                    "materials and labour. The work is carried out by a student team with a teacher who is a "
                    "certified electrician and tests and documents the installation. You can dig the cable trench "
                    "yourself, or we can arrange it.",
                    "steps": [
                        ["Site visit", "We check the distance, power needs and connection point."],
                        ["Installation", "Students lay the cable and install the board, sockets and lights."],
                        ["Testing and documents", "The installation is measured and you receive the test record."],
                    ],
                    "specs": [
                        ["Includes", "sub-board, RCD, sockets, lighting"],
                        ["Cable length", "up to 30 m"],
                        ["Documents", "test record"],
                        ["Lead time", "about 4 weeks"],
                    ],
                    "keywords": ["electrical installation", "garden shed", "garage"],
                },
                "lt": {
                    "title": "Elektros instaliacija sodo nameliui ar garažui",
                    "summary": "Saugus elektros tiekimas su lizdais ir apšvietimu sodo nameliui, garažui ar "
                    "dirbtuvėms – suprojektuoja ir įrengia mokiniai.",
                    "unit": "projektas",
                    "body": "Mokiniai suprojektuoja nedidelę instaliaciją su požeminiu ar oro kabeliu, paskirstymo "
                    "skydeliu su apsaugos įtaisais, lizdais ir apšvietimu. Apžiūrėję vietą atsiunčiame medžiagų ir "
                    "darbo sąmatą. Darbus atlieka mokinių komanda su mokytoju – atestuotu elektriku, kuris "
                    "išbando instaliaciją ir parengia dokumentus. Kabelio tranšėją galite iškasti patys arba tai "
                    "suorganizuosime mes.",
                    "steps": [
                        ["Vietos apžiūra", "Įvertiname atstumą, galios poreikį ir prijungimo vietą."],
                        ["Įrengimas", "Mokiniai pakloja kabelį, sumontuoja skydelį, lizdus ir šviestuvus."],
                        ["Bandymai ir dokumentai", "Instaliacija išmatuojama, o jūs gaunate bandymų protokolą."],
                    ],
                    "specs": [
                        ["Įeina", "skydelis, nuotėkio relė, lizdai, apšvietimas"],
                        ["Kabelio ilgis", "iki 30 m"],
                        ["Dokumentai", "bandymų protokolas"],
                        ["Terminas", "apie 4 savaites"],
                    ],
                    "keywords": ["elektros instaliacija", "sodo namelis", "garažas"],
                },
                "lv": {
                    "title": "Elektroinstalācija dārza mājiņai vai garāžai",
                    "summary": "Droša elektroapgāde ar kontaktligzdām un apgaismojumu dārza mājiņai, garāžai vai "
                    "darbnīcai, ko projektē un ierīko audzēkņi.",
                    "unit": "projekts",
                    "body": "Audzēkņi projektē nelielu instalāciju ar pazemes vai gaisa kabeli, sadales skapi ar "
                    "aizsardzības ierīcēm, kontaktligzdām un apgaismojumu. Pēc objekta apskates nosūtām materiālu un "
                    "darba izmaksu tāmi. Darbus veic audzēkņu komanda kopā ar pedagogu – sertificētu elektriķi, kurš "
                    "pārbauda instalāciju un sagatavo dokumentāciju. Kabeļa tranšeju varat izrakt paši, vai arī to "
                    "noorganizēsim mēs.",
                    "steps": [
                        ["Objekta apskate", "Izvērtējam attālumu, jaudas vajadzības un pieslēguma vietu."],
                        [
                            "Ierīkošana",
                            "Audzēkņi iegulda kabeli un uzstāda sadales skapi, kontaktligzdas un gaismekļus.",
                        ],
                        ["Pārbaude un dokumenti", "Instalācija tiek izmērīta, un jūs saņemat pārbaudes protokolu."],
                    ],
                    "specs": [
                        ["Ietver", "sadales skapi, noplūdes strāvas aizsardzību, kontaktligzdas, apgaismojumu"],
                        ["Kabeļa garums", "līdz 30 m"],
                        ["Dokumenti", "pārbaudes protokols"],
                        ["Izpildes laiks", "apmēram 4 nedēļas"],
                    ],
                    "keywords": ["elektroinstalācija", "dārza mājiņa", "garāža"],
                },
                "pl": {
                    "title": "Instalacja elektryczna w domku ogrodowym lub garażu",
                    "summary": "Bezpieczne zasilanie z gniazdkami i oświetleniem dla domku, garażu lub warsztatu, "
                    "zaprojektowane i wykonane przez uczniów.",
                    "unit": "projekt",
                    "body": "Uczniowie projektują niewielką instalację z kablem doziemnym lub napowietrznym, "
                    "podrozdzielnicą z zabezpieczeniami, gniazdkami i oświetleniem. Po wizji lokalnej przesyłamy "
                    "wycenę materiałów i robocizny. Prace wykonuje zespół uczniów z nauczycielem elektrykiem z "
                    "uprawnieniami, który przeprowadza pomiary i przygotowuje dokumentację. Rów pod kabel mogą "
                    "Państwo wykopać samodzielnie albo możemy to zorganizować.",
                    "steps": [
                        ["Wizja lokalna", "Sprawdzamy odległość, zapotrzebowanie na moc i punkt przyłączenia."],
                        ["Montaż", "Uczniowie układają kabel i montują podrozdzielnicę, gniazdka i oświetlenie."],
                        ["Pomiary i dokumenty", "Instalacja przechodzi pomiary, a Państwo otrzymują protokół."],
                    ],
                    "specs": [
                        ["W zakresie", "podrozdzielnica, wyłącznik RCD, gniazdka, oświetlenie"],
                        ["Długość kabla", "do 30 m"],
                        ["Dokumenty", "protokół z pomiarów"],
                        ["Czas realizacji", "ok. 4 tygodni"],
                    ],
                    "keywords": ["instalacja elektryczna", "domek ogrodowy", "garaż"],
                },
                "it": {
                    "title": "Impianto elettrico per casetta da giardino o garage",
                    "summary": "Un'alimentazione sicura con prese e illuminazione per casetta, garage o laboratorio, "
                    "progettata e realizzata dagli studenti.",
                    "unit": "progetto",
                    "body": "Gli studenti progettano un piccolo impianto con linea di alimentazione interrata o aerea, "
                    "un quadretto con le protezioni, prese e illuminazione. Dopo il sopralluogo vi inviamo un "
                    "preventivo per materiali e manodopera. I lavori sono eseguiti da una squadra di studenti con un "
                    "docente elettricista abilitato, che collauda l'impianto e rilascia la documentazione. Lo scavo "
                    "per il cavo potete farlo voi oppure possiamo organizzarlo noi.",
                    "steps": [
                        ["Sopralluogo", "Valutiamo distanza, potenza necessaria e punto di allaccio."],
                        ["Realizzazione", "Gli studenti posano il cavo e installano quadretto, prese e luci."],
                        ["Collaudo e documenti", "L'impianto viene misurato e ricevete il verbale di collaudo."],
                    ],
                    "specs": [
                        ["Comprende", "quadretto, differenziale, prese, illuminazione"],
                        ["Lunghezza del cavo", "fino a 30 m"],
                        ["Documenti", "verbale di collaudo"],
                        ["Tempi", "circa 4 settimane"],
                    ],
                    "keywords": ["impianto elettrico", "casetta da giardino", "garage"],
                },
                "pt": {
                    "title": "Instalação elétrica para anexo ou garagem",
                    "summary": "Uma alimentação elétrica segura, com tomadas e iluminação, para um anexo, garagem ou "
                    "oficina, projetada e instalada pelos alunos.",
                    "unit": "projeto",
                    "body": "Os alunos projetam uma pequena instalação com cabo de alimentação enterrado ou aéreo, um "
                    "quadro parcial com proteções, tomadas e iluminação. Depois de visitarmos o local, enviamos um "
                    "orçamento de materiais e mão de obra. O trabalho é feito por uma equipa de alunos com um "
                    "professor eletricista certificado, que testa a instalação e prepara a documentação. A vala para "
                    "o cabo pode ser aberta por si ou organizada por nós.",
                    "steps": [
                        ["Visita ao local", "Avaliamos a distância, a potência necessária e o ponto de ligação."],
                        ["Instalação", "Os alunos passam o cabo e instalam o quadro, as tomadas e as luzes."],
                        ["Ensaios e documentação", "A instalação é medida e recebe o relatório de ensaio."],
                    ],
                    "specs": [
                        ["Inclui", "quadro parcial, diferencial, tomadas, iluminação"],
                        ["Comprimento do cabo", "até 30 m"],
                        ["Documentação", "relatório de ensaio"],
                        ["Prazo", "cerca de 4 semanas"],
                    ],
                    "keywords": ["instalação elétrica", "anexo de jardim", "garagem"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "10.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 60,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Small household appliance repair",
                    "summary": "Fault-finding and repair of kettles, toasters, vacuum cleaners, lamps and other small "
                    "appliances.",
                    "unit": "appliance",
                    "body": "Bring a broken appliance to the school workshop, and students will find the fault and tell "
                    "you whether it is worth repairing. The starting price covers the diagnosis; the repair and any "
                    "parts are quoted before we continue. Every repaired appliance passes an electrical safety test "
                    "before it goes back to you. The service keeps appliances out of landfill and gives students "
                    "valuable fault-finding practice.",
                    "steps": [
                        ["Diagnosis", "Students test the appliance and find the fault."],
                        ["Repair", "With your approval, faulty parts are replaced or repaired."],
                        ["Safety test", "The appliance is tested for electrical safety."],
                    ],
                    "specs": [
                        ["Appliances", "kettles, toasters, lamps, vacuum cleaners, fans"],
                        ["Price includes", "diagnosis"],
                        ["Turnaround", "about 1 week"],
                        ["Safety test", "included"],
                    ],
                    "keywords": ["appliance repair", "repair not replace", "electrical repair"],
                },
                "lt": {
                    "title": "Smulkiosios buitinės technikos remontas",
                    "summary": "Virdulių, skrudintuvų, dulkių siurblių, šviestuvų ir kitų smulkių prietaisų gedimų "
                    "paieška ir remontas.",
                    "unit": "prietaisas",
                    "body": "Atneškite sugedusį prietaisą į mokyklos dirbtuves, o mokiniai suras gedimą ir pasakys, ar "
                    "verta jį taisyti. Pradinė kaina apima diagnostiką, o remonto ir dalių kainą suderiname prieš "
                    "tęsdami darbą. Kiekvienas sutaisytas prietaisas prieš grąžinant patikrinamas, ar jis elektriškai "
                    "saugus. Ši paslauga padeda išvengti nereikalingų atliekų, o mokiniams suteikia vertingos gedimų "
                    "paieškos praktikos.",
                    "steps": [
                        ["Diagnostika", "Mokiniai išbando prietaisą ir suranda gedimą."],
                        ["Remontas", "Jums sutikus, sugedusios dalys pakeičiamos arba sutaisomos."],
                        ["Saugos patikra", "Prietaisas patikrinamas, ar jis elektriškai saugus."],
                    ],
                    "specs": [
                        ["Prietaisai", "virduliai, skrudintuvai, šviestuvai, dulkių siurbliai, ventiliatoriai"],
                        ["Į kainą įeina", "diagnostika"],
                        ["Trukmė", "apie 1 savaitę"],
                        ["Saugos patikra", "įskaičiuota"],
                    ],
                    "keywords": ["buitinės technikos remontas", "smulkioji buitinė technika", "elektros remontas"],
                },
                "lv": {
                    "title": "Sīkās sadzīves tehnikas remonts",
                    "summary": "Tējkannu, tosteru, putekļsūcēju, lampu un citu sīku ierīču bojājumu noteikšana un "
                    "remonts.",
                    "unit": "ierīce",
                    "body": "Atnesiet bojātu ierīci uz skolas darbnīcu, un audzēkņi atradīs bojājumu un pateiks, vai to "
                    "ir vērts remontēt. Sākumcena ietver diagnostiku; remonta un rezerves daļu izmaksas saskaņojam, "
                    "pirms turpinām darbu. Katrai salabotajai ierīcei pirms atdošanas tiek veikta elektrodrošības "
                    "pārbaude. Šis pakalpojums pasargā ierīces no nonākšanas poligonā un dod audzēkņiem vērtīgu "
                    "bojājumu meklēšanas praksi.",
                    "steps": [
                        ["Diagnostika", "Audzēkņi pārbauda ierīci un atrod bojājumu."],
                        ["Remonts", "Ar jūsu piekrišanu bojātās daļas tiek nomainītas vai salabotas."],
                        ["Drošības pārbaude", "Ierīcei tiek pārbaudīta elektrodrošība."],
                    ],
                    "specs": [
                        ["Ierīces", "tējkannas, tosteri, lampas, putekļsūcēji, ventilatori"],
                        ["Cenā iekļauts", "diagnostika"],
                        ["Izpildes laiks", "apmēram 1 nedēļa"],
                        ["Drošības pārbaude", "iekļauta"],
                    ],
                    "keywords": ["sadzīves tehnikas remonts", "labot, nevis mest ārā", "elektroremonts"],
                },
                "pl": {
                    "title": "Naprawa drobnego sprzętu AGD",
                    "summary": "Diagnoza i naprawa czajników, tosterów, odkurzaczy, lamp i innych drobnych urządzeń.",
                    "unit": "urządzenie",
                    "body": "Wystarczy przynieść zepsute urządzenie do szkolnego warsztatu, a uczniowie znajdą usterkę "
                    "i powiedzą, czy naprawa się opłaca. Cena początkowa obejmuje diagnozę; koszt naprawy i części "
                    "uzgadniamy przed dalszą pracą. Każde naprawione urządzenie przed zwrotem przechodzi test "
                    "bezpieczeństwa elektrycznego. Dzięki tej usłudze sprzęt nie trafia na śmietnik, a uczniowie "
                    "zdobywają cenną praktykę w wyszukiwaniu usterek.",
                    "steps": [
                        ["Diagnoza", "Uczniowie testują urządzenie i znajdują usterkę."],
                        ["Naprawa", "Po Państwa akceptacji wadliwe części są wymieniane lub naprawiane."],
                        ["Test bezpieczeństwa", "Urządzenie przechodzi test bezpieczeństwa elektrycznego."],
                    ],
                    "specs": [
                        ["Urządzenia", "czajniki, tostery, lampy, odkurzacze, wentylatory"],
                        ["Cena obejmuje", "diagnozę"],
                        ["Czas realizacji", "ok. 1 tygodnia"],
                        ["Test bezpieczeństwa", "w cenie"],
                    ],
                    "keywords": ["naprawa agd", "naprawiaj zamiast wyrzucać", "serwis elektryczny"],
                },
                "it": {
                    "title": "Riparazione di piccoli elettrodomestici",
                    "summary": "Ricerca guasti e riparazione di bollitori, tostapane, aspirapolvere, lampade e altri "
                    "piccoli apparecchi.",
                    "unit": "apparecchio",
                    "body": "Portate l'apparecchio guasto nel laboratorio della scuola: gli studenti troveranno il "
                    "guasto e vi diranno se conviene ripararlo. Il prezzo di partenza copre la diagnosi; riparazione "
                    "e ricambi vengono preventivati prima di procedere. Ogni apparecchio riparato supera una prova di "
                    "sicurezza elettrica prima di tornare a voi. Il servizio evita che gli apparecchi finiscano in "
                    "discarica e offre agli studenti una preziosa esperienza nella ricerca guasti.",
                    "steps": [
                        ["Diagnosi", "Gli studenti provano l'apparecchio e individuano il guasto."],
                        [
                            "Riparazione",
                            "Con il vostro consenso, i componenti difettosi vengono sostituiti o riparati.",
                        ],
                        ["Prova di sicurezza", "L'apparecchio viene verificato per la sicurezza elettrica."],
                    ],
                    "specs": [
                        ["Apparecchi", "bollitori, tostapane, lampade, aspirapolvere, ventilatori"],
                        ["Il prezzo comprende", "la diagnosi"],
                        ["Tempi", "circa 1 settimana"],
                        ["Prova di sicurezza", "inclusa"],
                    ],
                    "keywords": ["riparazione elettrodomestici", "riparare invece di buttare", "elettrotecnica"],
                },
                "pt": {
                    "title": "Reparação de pequenos eletrodomésticos",
                    "summary": "Diagnóstico e reparação de chaleiras, torradeiras, aspiradores, candeeiros e outros "
                    "pequenos aparelhos.",
                    "unit": "aparelho",
                    "body": "Traga o aparelho avariado à oficina da escola e os alunos encontram a avaria e dizem-lhe "
                    "se compensa repará-lo. O preço base cobre o diagnóstico; a reparação e as peças são orçamentadas "
                    "antes de avançarmos. Cada aparelho reparado passa por um teste de segurança elétrica antes de "
                    "lhe ser devolvido. Este serviço evita que os aparelhos acabem no lixo e dá aos alunos uma "
                    "prática valiosa de deteção de avarias.",
                    "steps": [
                        ["Diagnóstico", "Os alunos testam o aparelho e encontram a avaria."],
                        ["Reparação", "Com a sua aprovação, as peças avariadas são substituídas ou reparadas."],
                        ["Teste de segurança", "O aparelho é testado quanto à segurança elétrica."],
                    ],
                    "specs": [
                        ["Aparelhos", "chaleiras, torradeiras, candeeiros, aspiradores, ventoinhas"],
                        ["O preço inclui", "diagnóstico"],
                        ["Prazo", "cerca de 1 semana"],
                        ["Teste de segurança", "incluído"],
                    ],
                    "keywords": ["reparação de eletrodomésticos", "reparar em vez de deitar fora", "eletricidade"],
                },
            },
        },
    ],
    "agriculture": [
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "0.80",
            "minimum_order": 20,
            "lead_time_days": 7,
            "capacity_per_month": 5000,
            "delivery_modes": ["pickup"],
            "months": [3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Vegetable and flower seedlings",
                    "summary": "Healthy tomato, pepper, cabbage, herb and summer flower seedlings grown in the school "
                    "greenhouse.",
                    "unit": "plant",
                    "body": "Horticulture students sow, prick out and grow seedlings in the school greenhouse from "
                    "February onwards. Each spring we offer around twenty varieties of vegetables, herbs and bedding "
                    "flowers, hardened off and ready to plant. Seedlings are sold in pots or trays, and students are "
                    "happy to advise on planting and care. Larger orders for companies, schools or municipalities "
                    "should be placed by the end of February.",
                    "steps": [
                        ["Sowing", "Seeds are sown in trays in the heated greenhouse."],
                        ["Growing on", "Seedlings are pricked out, watered and fed."],
                        ["Hardening off", "Plants are gradually prepared for outdoor conditions."],
                    ],
                    "specs": [
                        ["Varieties", "about 20 each season"],
                        ["Pot size", "9 cm pots or multi-cell trays"],
                        ["Available", "March to June"],
                        ["Minimum order", "20 plants"],
                    ],
                    "keywords": ["seedlings", "vegetable garden", "bedding plants"],
                },
                "lt": {
                    "title": "Daržovių ir gėlių daigai",
                    "summary": "Sveiki pomidorų, paprikų, kopūstų, prieskoninių žolelių ir vasarinių gėlių daigai, "
                    "užauginti mokyklos šiltnamyje.",
                    "unit": "daigas",
                    "body": "Sodininkystės mokiniai nuo vasario mokyklos šiltnamyje sėja, pikiuoja ir augina daigus. "
                    "Kiekvieną pavasarį siūlome apie dvidešimt daržovių, prieskoninių žolelių ir vienmečių gėlių "
                    "veislių – užgrūdintų ir paruoštų sodinti. Daigai parduodami vazonėliuose arba kasetėse, o "
                    "mokiniai mielai patars, kaip juos sodinti ir prižiūrėti. Didesnius užsakymus įmonėms, mokykloms "
                    "ar savivaldybėms prašome pateikti iki vasario pabaigos.",
                    "steps": [
                        ["Sėja", "Sėklos sėjamos į daigyklas šildomame šiltnamyje."],
                        ["Auginimas", "Daigai pikiuojami, laistomi ir tręšiami."],
                        ["Grūdinimas", "Augalai palaipsniui pratinami prie lauko sąlygų."],
                    ],
                    "specs": [
                        ["Veislės", "apie 20 kiekvieną sezoną"],
                        ["Vazonėlio dydis", "9 cm vazonėliai arba kasetės"],
                        ["Prieinama", "kovo–birželio mėn."],
                        ["Mažiausias užsakymas", "20 daigų"],
                    ],
                    "keywords": ["daigai", "daržas", "vienmetės gėlės"],
                },
                "lv": {
                    "title": "Dārzeņu un puķu stādi",
                    "summary": "Veselīgi tomātu, papriku, kāpostu, garšaugu un vasaras puķu stādi, izaudzēti skolas "
                    "siltumnīcā.",
                    "unit": "stāds",
                    "body": "Dārzkopības audzēkņi skolas siltumnīcā jau no februāra sēj, pikē un audzē stādus. Katru "
                    "pavasari piedāvājam apmēram divdesmit dārzeņu, garšaugu un vasaras puķu šķirnes – norūdītas un "
                    "gatavas stādīšanai. Stādi tiek pārdoti podiņos vai kasetēs, un audzēkņi labprāt ieteiks, kā tos "
                    "stādīt un kopt. Lielākus pasūtījumus uzņēmumiem, skolām vai pašvaldībām lūdzam iesniegt līdz "
                    "februāra beigām.",
                    "steps": [
                        ["Sēšana", "Sēklas tiek iesētas kastītēs apsildāmā siltumnīcā."],
                        ["Audzēšana", "Dēsti tiek pikēti, laistīti un mēsloti."],
                        ["Norūdīšana", "Augi pakāpeniski tiek pieradināti pie āra apstākļiem."],
                    ],
                    "specs": [
                        ["Šķirnes", "apmēram 20 katru sezonu"],
                        ["Poda izmērs", "9 cm podiņi vai kasetes"],
                        ["Pieejams", "no marta līdz jūnijam"],
                        ["Minimālais pasūtījums", "20 stādi"],
                    ],
                    "keywords": ["stādi", "sakņu dārzs", "vasaras puķes"],
                },
                "pl": {
                    "title": "Rozsada warzyw i kwiatów",
                    "summary": "Zdrowa rozsada pomidorów, papryki, kapusty, ziół i kwiatów letnich wyhodowana w "
                    "szkolnej szklarni.",
                    "unit": "roślina",
                    "body": "Uczniowie ogrodnictwa od lutego wysiewają, pikują i pielęgnują rozsadę w szkolnej "
                    "szklarni. Każdej wiosny oferujemy około dwudziestu odmian warzyw, ziół i kwiatów rabatowych – "
                    "zahartowanych i gotowych do sadzenia. Rozsadę sprzedajemy w doniczkach lub multiplatach, a "
                    "uczniowie chętnie doradzą, jak ją sadzić i pielęgnować. Większe zamówienia dla firm, szkół lub "
                    "gmin prosimy składać do końca lutego.",
                    "steps": [
                        ["Wysiew", "Nasiona wysiewamy do skrzynek w ogrzewanej szklarni."],
                        ["Uprawa", "Siewki są pikowane, podlewane i nawożone."],
                        ["Hartowanie", "Rośliny stopniowo przyzwyczajamy do warunków na zewnątrz."],
                    ],
                    "specs": [
                        ["Odmiany", "ok. 20 w sezonie"],
                        ["Doniczki", "9 cm lub multiplaty"],
                        ["Dostępność", "od marca do czerwca"],
                        ["Minimalne zamówienie", "20 roślin"],
                    ],
                    "keywords": ["rozsada", "warzywnik", "kwiaty rabatowe"],
                },
                "it": {
                    "title": "Piantine di ortaggi e fiori",
                    "summary": "Piantine sane di pomodoro, peperone, cavolo, erbe aromatiche e fiori estivi coltivate "
                    "nella serra della scuola.",
                    "unit": "piantina",
                    "body": "Da febbraio gli studenti di agraria seminano, trapiantano e coltivano le piantine nella "
                    "serra della scuola. Ogni primavera proponiamo una ventina di varietà di ortaggi, erbe aromatiche "
                    "e fiori da aiuola, già acclimatate e pronte da mettere a dimora. Le piantine sono vendute in vaso "
                    "o in alveoli e gli studenti vi consigliano volentieri su messa a dimora e cure. Gli ordini più "
                    "grandi per aziende, scuole o comuni vanno fatti entro la fine di febbraio.",
                    "steps": [
                        ["Semina", "I semi vengono seminati in contenitori nella serra riscaldata."],
                        ["Coltivazione", "Le piantine vengono trapiantate, irrigate e concimate."],
                        ["Acclimatazione", "Le piante vengono abituate gradualmente alle condizioni esterne."],
                    ],
                    "specs": [
                        ["Varietà", "circa 20 a stagione"],
                        ["Vasi", "da 9 cm o in alveoli"],
                        ["Disponibilità", "da marzo a giugno"],
                        ["Ordine minimo", "20 piantine"],
                    ],
                    "keywords": ["piantine", "orto", "fiori da aiuola"],
                },
                "pt": {
                    "title": "Plantas de horta e flores para transplante",
                    "summary": "Plantas saudáveis de tomate, pimento, couve, ervas aromáticas e flores de verão, "
                    "criadas na estufa da escola.",
                    "unit": "planta",
                    "body": "A partir de fevereiro, os alunos de jardinagem semeiam, repicam e criam as plantas na "
                    "estufa da escola. Todas as primaveras oferecemos cerca de vinte variedades de hortícolas, ervas "
                    "aromáticas e flores de canteiro, já aclimatadas e prontas a plantar. As plantas são vendidas em "
                    "vaso ou em tabuleiros alveolados, e os alunos aconselham com gosto sobre a plantação e os "
                    "cuidados. Encomendas maiores para empresas, escolas ou câmaras municipais devem ser feitas até ao "
                    "fim de fevereiro.",
                    "steps": [
                        ["Sementeira", "As sementes são semeadas em tabuleiros na estufa aquecida."],
                        ["Crescimento", "As plantas são repicadas, regadas e adubadas."],
                        ["Aclimatação", "As plantas são habituadas aos poucos às condições do exterior."],
                    ],
                    "specs": [
                        ["Variedades", "cerca de 20 por época"],
                        ["Vasos", "de 9 cm ou tabuleiros alveolados"],
                        ["Disponibilidade", "de março a junho"],
                        ["Encomenda mínima", "20 plantas"],
                    ],
                    "keywords": ["plantas de horta", "horta", "flores de canteiro"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "150.00",
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 4,
            "delivery_modes": ["on_site", "remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Garden design plan",
                    "summary": "A scaled plan for a private garden, office courtyard or school green area, with a "
                    "plant list and cost estimate.",
                    "unit": "plan",
                    "body": "Landscape students visit the site, take measurements and talk with you about how you want "
                    "to use the space. They prepare a scaled plan, a plant list suited to the soil and light and a "
                    "rough cost estimate for materials. The starting price covers a garden of up to 300 m²; larger or "
                    "more complex sites are quoted individually. A landscape architecture teacher reviews the design "
                    "before you receive it.",
                    "steps": [
                        ["Site survey", "Students measure the area and assess soil, light and existing plants."],
                        ["Concept", "Two concept sketches are presented for discussion."],
                        ["Final plan", "The chosen concept is developed into a detailed plan."],
                    ],
                    "specs": [
                        ["Area at base price", "up to 300 m²"],
                        ["Output", "scaled plan, plant list, cost estimate"],
                        ["Format", "PDF and printed copy"],
                        ["Revisions", "1 round"],
                    ],
                    "keywords": ["garden design", "landscaping", "planting plan"],
                },
                "lt": {
                    "title": "Sodo projektas",
                    "summary": "Masteliu parengtas privataus sodo, biuro kiemo ar mokyklos želdyno planas su augalų "
                    "sąrašu ir preliminaria sąmata.",
                    "unit": "planas",
                    "body": "Kraštovaizdžio mokiniai atvyksta į vietą, atlieka matavimus ir pasikalba su jumis, kaip "
                    "norėtumėte naudoti erdvę. Jie parengia masteliu nubraižytą planą, dirvožemiui ir apšvietimui "
                    "tinkančių augalų sąrašą ir preliminarią medžiagų sąmatą. Pradinė kaina taikoma iki 300 m² "
                    "sodui; didesni ar sudėtingesni sklypai įkainojami individualiai. Prieš jums pateikiant projektą "
                    "jį peržiūri kraštovaizdžio architektūros mokytojas.",
                    "steps": [
                        [
                            "Vietos tyrimas",
                            "Mokiniai išmatuoja plotą, įvertina dirvožemį, apšvietimą ir esamus augalus.",
                        ],
                        ["Koncepcija", "Aptarimui pateikiami du koncepcijos eskizai."],
                        ["Galutinis planas", "Pasirinkta koncepcija išplėtojama į detalų planą."],
                    ],
                    "specs": [
                        ["Plotas už pradinę kainą", "iki 300 m²"],
                        ["Rezultatas", "planas masteliu, augalų sąrašas, sąmata"],
                        ["Formatas", "PDF ir spausdinta kopija"],
                        ["Pataisymai", "1 etapas"],
                    ],
                    "keywords": ["sodo dizainas", "aplinkos tvarkymas", "apželdinimo planas"],
                },
                "lv": {
                    "title": "Dārza projekts",
                    "summary": "Mērogā izstrādāts privātā dārza, biroja pagalma vai skolas zaļās zonas plāns ar augu "
                    "sarakstu un aptuvenu tāmi.",
                    "unit": "plāns",
                    "body": "Ainavu veidošanas audzēkņi apmeklē objektu, veic mērījumus un pārrunā ar jums, kā vēlaties "
                    "izmantot teritoriju. Viņi sagatavo mērogā zīmētu plānu, augsnei un apgaismojumam piemērotu augu "
                    "sarakstu un aptuvenu materiālu tāmi. Sākumcena attiecas uz dārzu līdz 300 m²; lielākām vai "
                    "sarežģītākām teritorijām cenu nosakām individuāli. Pirms nodošanas jums projektu pārskata ainavu "
                    "arhitektūras pedagogs.",
                    "steps": [
                        ["Objekta izpēte", "Audzēkņi uzmēra teritoriju un izvērtē augsni, gaismu un esošos augus."],
                        ["Koncepcija", "Pārrunām tiek piedāvātas divas koncepcijas skices."],
                        ["Galīgais plāns", "Izvēlētā koncepcija tiek izstrādāta detalizētā plānā."],
                    ],
                    "specs": [
                        ["Platība par sākumcenu", "līdz 300 m²"],
                        ["Rezultāts", "plāns mērogā, augu saraksts, tāme"],
                        ["Formāts", "PDF un izdruka"],
                        ["Labojumi", "1 kārta"],
                    ],
                    "keywords": ["dārza dizains", "ainavu veidošana", "apstādījumu plāns"],
                },
                "pl": {
                    "title": "Projekt ogrodu",
                    "summary": "Plan w skali dla ogrodu przydomowego, firmowego dziedzińca lub szkolnej zieleni, z "
                    "listą roślin i kosztorysem.",
                    "unit": "projekt",
                    "body": "Uczniowie architektury krajobrazu przyjeżdżają na miejsce, wykonują pomiary i rozmawiają z "
                    "Państwem o tym, jak chcą Państwo korzystać z przestrzeni. Przygotowują plan w skali, listę roślin "
                    "dopasowanych do gleby i nasłonecznienia oraz orientacyjny kosztorys materiałów. Cena początkowa "
                    "dotyczy ogrodu do 300 m²; większe lub bardziej złożone tereny wyceniamy indywidualnie. Przed "
                    "przekazaniem projekt sprawdza nauczyciel architektury krajobrazu.",
                    "steps": [
                        ["Inwentaryzacja", "Uczniowie mierzą teren i oceniają glebę, światło i istniejącą roślinność."],
                        ["Koncepcja", "Przedstawiamy do dyskusji dwa szkice koncepcyjne."],
                        ["Projekt końcowy", "Wybrana koncepcja zostaje rozwinięta w szczegółowy plan."],
                    ],
                    "specs": [
                        ["Powierzchnia w cenie podstawowej", "do 300 m²"],
                        ["Efekt", "plan w skali, lista roślin, kosztorys"],
                        ["Forma", "PDF i wydruk"],
                        ["Poprawki", "1 runda"],
                    ],
                    "keywords": ["projekt ogrodu", "architektura krajobrazu", "plan nasadzeń"],
                },
                "it": {
                    "title": "Progetto del giardino",
                    "summary": "Una planimetria in scala per un giardino privato, un cortile aziendale o il verde di "
                    "una scuola, con elenco delle piante e stima dei costi.",
                    "unit": "progetto",
                    "body": "Gli studenti di progettazione del verde fanno un sopralluogo, prendono le misure e "
                    "parlano con voi di come volete usare lo spazio. Preparano una planimetria in scala, un elenco di "
                    "piante adatte al terreno e all'esposizione e una stima di massima dei materiali. Il prezzo di "
                    "partenza vale per un giardino fino a 300 m²; aree più grandi o complesse vengono quotate a parte. "
                    "Un docente di progettazione del paesaggio rivede il progetto prima della consegna.",
                    "steps": [
                        ["Sopralluogo", "Gli studenti misurano l'area e valutano terreno, luce e piante esistenti."],
                        ["Concept", "Vengono presentati due schizzi di concept da discutere."],
                        ["Progetto definitivo", "Il concept scelto viene sviluppato in una planimetria dettagliata."],
                    ],
                    "specs": [
                        ["Superficie al prezzo base", "fino a 300 m²"],
                        ["Risultato", "planimetria in scala, elenco piante, stima dei costi"],
                        ["Formato", "PDF e copia stampata"],
                        ["Revisioni", "1"],
                    ],
                    "keywords": ["progettazione giardini", "verde", "piano di impianto"],
                },
                "pt": {
                    "title": "Projeto de jardim",
                    "summary": "Uma planta à escala para um jardim particular, um pátio de escritório ou o espaço "
                    "verde de uma escola, com lista de plantas e estimativa de custos.",
                    "unit": "projeto",
                    "body": "Os alunos de arquitetura paisagista visitam o local, fazem medições e conversam consigo "
                    "sobre a forma como quer usar o espaço. Preparam uma planta à escala, uma lista de plantas "
                    "adequadas ao solo e à exposição solar e uma estimativa aproximada dos materiais. O preço base "
                    "aplica-se a um jardim até 300 m²; espaços maiores ou mais complexos são orçamentados "
                    "individualmente. Um professor de arquitetura paisagista revê o projeto antes de o receber.",
                    "steps": [
                        ["Levantamento", "Os alunos medem a área e avaliam o solo, a luz e as plantas existentes."],
                        ["Conceito", "São apresentados dois esboços de conceito para discussão."],
                        ["Projeto final", "O conceito escolhido é desenvolvido numa planta detalhada."],
                    ],
                    "specs": [
                        ["Área ao preço base", "até 300 m²"],
                        ["Resultado", "planta à escala, lista de plantas, estimativa de custos"],
                        ["Formato", "PDF e cópia impressa"],
                        ["Revisões", "1 ronda"],
                    ],
                    "keywords": ["projeto de jardim", "paisagismo", "plano de plantação"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 10,
            "delivery_modes": ["on_site"],
            "months": [4, 5, 6, 9, 10],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Lawn, hedge and flower bed maintenance",
                    "summary": "Seasonal mowing, hedge trimming, weeding and pruning for company grounds, schools and "
                    "residential areas.",
                    "unit": "visit",
                    "body": "A team of horticulture students with their teacher looks after your green areas during the "
                    "growing season. Typical work includes mowing, hedge trimming, weeding, pruning shrubs and "
                    "planting seasonal flowers. We visit the site first and prepare a quote based on the area and how "
                    "often you need us. Green waste can be taken away for composting.",
                    "steps": [
                        ["Site visit", "We assess the area and agree on the tasks and schedule."],
                        ["Maintenance", "Students mow, trim, weed and prune with professional tools."],
                        ["Clean-up", "Cuttings are collected and the site is left tidy."],
                    ],
                    "specs": [
                        ["Season", "April–June, September–October"],
                        ["Team", "3–6 students and a teacher"],
                        ["Equipment", "provided by the school"],
                        ["Green waste", "removed on request"],
                    ],
                    "keywords": ["garden maintenance", "lawn mowing", "hedge trimming"],
                },
                "lt": {
                    "title": "Vejos, gyvatvorių ir gėlynų priežiūra",
                    "summary": "Sezoninis vejos pjovimas, gyvatvorių karpymas, ravėjimas ir genėjimas įmonių "
                    "teritorijose, mokyklose ir gyvenamuosiuose kvartaluose.",
                    "unit": "apsilankymas",
                    "body": "Sodininkystės mokinių komanda su mokytoju vegetacijos sezono metu prižiūri jūsų žaliąsias "
                    "erdves. Įprasti darbai – vejos pjovimas, gyvatvorių karpymas, ravėjimas, krūmų genėjimas ir "
                    "sezoninių gėlių sodinimas. Pirmiausia apžiūrime teritoriją ir parengiame pasiūlymą pagal plotą "
                    "ir darbų dažnumą. Žaliąsias atliekas galime išvežti kompostuoti.",
                    "steps": [
                        ["Vietos apžiūra", "Įvertiname teritoriją ir susitariame dėl darbų bei grafiko."],
                        ["Priežiūra", "Mokiniai pjauna veją, karpo, ravi ir genėja profesionaliais įrankiais."],
                        ["Sutvarkymas", "Nupjautos šakos ir žolė surenkamos, teritorija paliekama tvarkinga."],
                    ],
                    "specs": [
                        ["Sezonas", "balandis–birželis, rugsėjis–spalis"],
                        ["Komanda", "3–6 mokiniai ir mokytojas"],
                        ["Įranga", "mokyklos"],
                        ["Žaliosios atliekos", "išvežamos pagal pageidavimą"],
                    ],
                    "keywords": ["aplinkos priežiūra", "vejos pjovimas", "gyvatvorių karpymas"],
                },
                "lv": {
                    "title": "Zāliena, dzīvžogu un puķu dobju kopšana",
                    "summary": "Sezonāla zāles pļaušana, dzīvžogu apgriešana, ravēšana un krūmu veidošana uzņēmumu "
                    "teritorijās, skolās un dzīvojamos kvartālos.",
                    "unit": "izbraukums",
                    "body": "Dārzkopības audzēkņu komanda kopā ar pedagogu veģetācijas sezonā kopj jūsu zaļās zonas. "
                    "Ierastie darbi ir zāles pļaušana, dzīvžogu apgriešana, ravēšana, krūmu apgriešana un sezonas "
                    "puķu stādīšana. Vispirms apskatām teritoriju un sagatavojam piedāvājumu atbilstoši platībai un "
                    "darbu biežumam. Zaļos atkritumus varam aizvest kompostēšanai.",
                    "steps": [
                        ["Objekta apskate", "Izvērtējam teritoriju un vienojamies par darbiem un grafiku."],
                        ["Kopšana", "Audzēkņi pļauj, apgriež, ravē un veido krūmus ar profesionāliem instrumentiem."],
                        ["Sakopšana", "Nogrieztie zari un zāle tiek savākti, un teritorija atstāta kārtībā."],
                    ],
                    "specs": [
                        ["Sezona", "aprīlis–jūnijs, septembris–oktobris"],
                        ["Komanda", "3–6 audzēkņi un pedagogs"],
                        ["Aprīkojums", "skolas"],
                        ["Zaļie atkritumi", "tiek aizvesti pēc pieprasījuma"],
                    ],
                    "keywords": ["teritorijas kopšana", "zāles pļaušana", "dzīvžogu apgriešana"],
                },
                "pl": {
                    "title": "Pielęgnacja trawników, żywopłotów i rabat",
                    "summary": "Sezonowe koszenie, przycinanie żywopłotów, pielenie i cięcie krzewów na terenach firm, "
                    "szkół i osiedli.",
                    "unit": "wizyta",
                    "body": "Zespół uczniów ogrodnictwa z nauczycielem dba o Państwa tereny zielone w sezonie "
                    "wegetacyjnym. Typowe prace to koszenie, przycinanie żywopłotów, pielenie, cięcie krzewów i "
                    "sadzenie kwiatów sezonowych. Najpierw oglądamy teren i przygotowujemy wycenę na podstawie "
                    "powierzchni i częstotliwości prac. Odpady zielone możemy wywieźć do kompostowania.",
                    "steps": [
                        ["Wizja lokalna", "Oceniamy teren i ustalamy zakres prac oraz harmonogram."],
                        ["Pielęgnacja", "Uczniowie koszą, przycinają, pielą i tną krzewy profesjonalnym sprzętem."],
                        ["Sprzątanie", "Zbieramy ścięte gałęzie i trawę, a teren zostawiamy w porządku."],
                    ],
                    "specs": [
                        ["Sezon", "kwiecień–czerwiec, wrzesień–październik"],
                        ["Zespół", "3–6 uczniów i nauczyciel"],
                        ["Sprzęt", "szkolny"],
                        ["Odpady zielone", "wywóz na życzenie"],
                    ],
                    "keywords": ["pielęgnacja ogrodów", "koszenie trawy", "przycinanie żywopłotów"],
                },
                "it": {
                    "title": "Manutenzione di prati, siepi e aiuole",
                    "summary": "Sfalcio stagionale, taglio delle siepi, diserbo manuale e potature per aree aziendali, "
                    "scuole e condomini.",
                    "unit": "intervento",
                    "body": "Una squadra di studenti di agraria con il docente si prende cura delle vostre aree verdi "
                    "durante la stagione vegetativa. I lavori tipici sono sfalcio del prato, taglio delle siepi, "
                    "pulizia delle aiuole, potatura degli arbusti e messa a dimora di fiori stagionali. Prima facciamo "
                    "un sopralluogo e prepariamo un preventivo in base alla superficie e alla frequenza degli "
                    "interventi. Gli scarti verdi possono essere portati via per il compostaggio.",
                    "steps": [
                        ["Sopralluogo", "Valutiamo l'area e concordiamo lavori e calendario."],
                        [
                            "Manutenzione",
                            "Gli studenti tagliano, rifilano, puliscono e potano con attrezzi professionali.",
                        ],
                        ["Pulizia finale", "Sfalci e ramaglie vengono raccolti e l'area resta in ordine."],
                    ],
                    "specs": [
                        ["Stagione", "aprile–giugno, settembre–ottobre"],
                        ["Squadra", "3–6 studenti e un docente"],
                        ["Attrezzatura", "della scuola"],
                        ["Scarti verdi", "ritiro su richiesta"],
                    ],
                    "keywords": ["manutenzione del verde", "taglio del prato", "potatura siepi"],
                },
                "pt": {
                    "title": "Manutenção de relvados, sebes e canteiros",
                    "summary": "Corte de relva, aparo de sebes, monda e podas sazonais em espaços de empresas, escolas "
                    "e condomínios.",
                    "unit": "intervenção",
                    "body": "Uma equipa de alunos de jardinagem, com o professor, cuida dos seus espaços verdes durante "
                    "a época de crescimento. Os trabalhos habituais são corte de relva, aparo de sebes, monda, poda "
                    "de arbustos e plantação de flores da época. Primeiro visitamos o local e preparamos um orçamento "
                    "com base na área e na frequência das intervenções. Os resíduos verdes podem ser levados para "
                    "compostagem.",
                    "steps": [
                        ["Visita ao local", "Avaliamos o espaço e combinamos os trabalhos e o calendário."],
                        ["Manutenção", "Os alunos cortam, aparam, mondam e podam com ferramentas profissionais."],
                        ["Limpeza", "Os restos de corte são recolhidos e o espaço fica arrumado."],
                    ],
                    "specs": [
                        ["Época", "abril–junho, setembro–outubro"],
                        ["Equipa", "3–6 alunos e um professor"],
                        ["Equipamento", "da escola"],
                        ["Resíduos verdes", "recolha mediante pedido"],
                    ],
                    "keywords": ["manutenção de jardins", "corte de relva", "aparo de sebes"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "18.00",
            "minimum_order": 5,
            "lead_time_days": 10,
            "capacity_per_month": 200,
            "delivery_modes": ["pickup", "delivery"],
            "months": [11, 12],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Advent and Christmas wreaths",
                    "summary": "Handmade wreaths of fresh fir, pine cones and natural decorations for offices, shops "
                    "and homes.",
                    "unit": "wreath",
                    "body": "Students make wreaths from fresh fir and spruce branches on a straw or willow base and "
                    "decorate them with cones, dried fruit and ribbons. You can choose an Advent wreath with candles "
                    "or a door wreath with a ribbon in your company colours. A floristry teacher checks every wreath "
                    "before it is sold. Orders are accepted until early December.",
                    "steps": [
                        ["Base", "Students prepare the straw or willow ring."],
                        ["Greenery", "Fresh branches are bound tightly around the base."],
                        ["Decoration", "Cones, dried fruit, ribbons and candles are added."],
                    ],
                    "specs": [
                        ["Diameter", "30–35 cm"],
                        ["Materials", "fresh fir, cones, dried fruit"],
                        ["Options", "with 4 candles or as a door wreath"],
                        ["Available", "November–December"],
                    ],
                    "keywords": ["advent wreath", "christmas decorations", "floristry"],
                },
                "lt": {
                    "title": "Advento ir kalėdiniai vainikai",
                    "summary": "Rankų darbo vainikai iš šviežių eglišakių, kankorėžių ir natūralių dekoracijų "
                    "biurams, parduotuvėms ir namams.",
                    "unit": "vainikas",
                    "body": "Mokiniai vainikus pina iš šviežių kėnio ir eglės šakų ant šiaudų ar karklų pagrindo ir "
                    "puošia juos kankorėžiais, džiovintais vaisiais ir kaspinais. Galite rinktis advento vainiką su "
                    "žvakėmis arba durų vainiką su jūsų įmonės spalvų kaspinu. Prieš parduodant kiekvieną vainiką "
                    "patikrina floristikos mokytojas. Užsakymai priimami iki gruodžio pradžios.",
                    "steps": [
                        ["Pagrindas", "Mokiniai paruošia šiaudų ar karklų žiedą."],
                        ["Žaluma", "Šviežios šakos tvirtai pritvirtinamos aplink pagrindą."],
                        ["Puošimas", "Pridedami kankorėžiai, džiovinti vaisiai, kaspinai ir žvakės."],
                    ],
                    "specs": [
                        ["Skersmuo", "30–35 cm"],
                        ["Medžiagos", "šviežios eglišakės, kankorėžiai, džiovinti vaisiai"],
                        ["Pasirinkimas", "su 4 žvakėmis arba durų vainikas"],
                        ["Prieinama", "lapkričio–gruodžio mėn."],
                    ],
                    "keywords": ["advento vainikas", "kalėdinės dekoracijos", "floristika"],
                },
                "lv": {
                    "title": "Adventes un Ziemassvētku vainagi",
                    "summary": "Rokām darināti vainagi no svaigiem egļu zariem, čiekuriem un dabīgiem rotājumiem "
                    "birojiem, veikaliem un mājām.",
                    "unit": "vainags",
                    "body": "Audzēkņi vij vainagus no svaigiem baltegles un egles zariem uz salmu vai kārklu pamatnes "
                    "un rotā tos ar čiekuriem, kaltētiem augļiem un lentēm. Varat izvēlēties adventes vainagu ar "
                    "svecēm vai durvju vainagu ar lenti jūsu uzņēmuma krāsās. Pirms pārdošanas katru vainagu pārbauda "
                    "floristikas pedagogs. Pasūtījumus pieņemam līdz decembra sākumam.",
                    "steps": [
                        ["Pamatne", "Audzēkņi sagatavo salmu vai kārklu riņķi."],
                        ["Zaļumi", "Svaigi zari tiek cieši piestiprināti ap pamatni."],
                        ["Rotāšana", "Tiek pievienoti čiekuri, kaltēti augļi, lentes un sveces."],
                    ],
                    "specs": [
                        ["Diametrs", "30–35 cm"],
                        ["Materiāli", "svaigi egļu zari, čiekuri, kaltēti augļi"],
                        ["Iespējas", "ar 4 svecēm vai kā durvju vainags"],
                        ["Pieejams", "novembrī un decembrī"],
                    ],
                    "keywords": ["adventes vainags", "ziemassvētku rotājumi", "floristika"],
                },
                "pl": {
                    "title": "Wieńce adwentowe i świąteczne",
                    "summary": "Ręcznie robione wieńce ze świeżej jodły, szyszek i naturalnych ozdób do biur, sklepów i "
                    "domów.",
                    "unit": "wieniec",
                    "body": "Uczniowie wykonują wieńce ze świeżych gałązek jodły i świerka na słomianej lub wiklinowej "
                    "podstawie i dekorują je szyszkami, suszonymi owocami i wstążkami. Do wyboru jest wieniec "
                    "adwentowy ze świecami lub wieniec na drzwi ze wstążką w firmowych kolorach. Każdy wieniec przed "
                    "sprzedażą sprawdza nauczyciel florystyki. Zamówienia przyjmujemy do początku grudnia.",
                    "steps": [
                        ["Podstawa", "Uczniowie przygotowują słomiany lub wiklinowy krąg."],
                        ["Zieleń", "Świeże gałązki są mocno przywiązywane do podstawy."],
                        ["Dekoracja", "Dodajemy szyszki, suszone owoce, wstążki i świece."],
                    ],
                    "specs": [
                        ["Średnica", "30–35 cm"],
                        ["Materiały", "świeża jodła, szyszki, suszone owoce"],
                        ["Warianty", "z 4 świecami lub jako wieniec na drzwi"],
                        ["Dostępność", "listopad–grudzień"],
                    ],
                    "keywords": ["wieniec adwentowy", "dekoracje świąteczne", "florystyka"],
                },
                "it": {
                    "title": "Corone dell'Avvento e di Natale",
                    "summary": "Corone fatte a mano con abete fresco, pigne e decorazioni naturali per uffici, negozi e "
                    "case.",
                    "unit": "corona",
                    "body": "Gli studenti realizzano le corone con rami freschi di abete bianco e rosso su una base di "
                    "paglia o salice e le decorano con pigne, frutta essiccata e nastri. Potete scegliere una corona "
                    "dell'Avvento con candele o una ghirlanda da porta con un nastro nei colori della vostra azienda. "
                    "Un docente di floricoltura controlla ogni corona prima della vendita. Gli ordini si accettano "
                    "fino ai primi di dicembre.",
                    "steps": [
                        ["Base", "Gli studenti preparano l'anello di paglia o di salice."],
                        ["Verde", "I rami freschi vengono legati stretti attorno alla base."],
                        ["Decorazione", "Si aggiungono pigne, frutta essiccata, nastri e candele."],
                    ],
                    "specs": [
                        ["Diametro", "30–35 cm"],
                        ["Materiali", "abete fresco, pigne, frutta essiccata"],
                        ["Varianti", "con 4 candele o come ghirlanda da porta"],
                        ["Disponibilità", "novembre–dicembre"],
                    ],
                    "keywords": ["corona dell'avvento", "decorazioni natalizie", "floricoltura"],
                },
                "pt": {
                    "title": "Coroas de Advento e de Natal",
                    "summary": "Coroas feitas à mão com abeto fresco, pinhas e decorações naturais para escritórios, "
                    "lojas e casas.",
                    "unit": "coroa",
                    "body": "Os alunos fazem as coroas com ramos frescos de abeto sobre uma base de palha ou vime e "
                    "decoram-nas com pinhas, fruta desidratada e fitas. Pode escolher uma coroa de Advento com velas "
                    "ou uma coroa de porta com uma fita nas cores da sua empresa. Um professor de arte floral verifica "
                    "cada coroa antes da venda. Aceitamos encomendas até ao início de dezembro.",
                    "steps": [
                        ["Base", "Os alunos preparam o aro de palha ou vime."],
                        ["Verdura", "Os ramos frescos são atados com firmeza à volta da base."],
                        ["Decoração", "Juntam-se pinhas, fruta desidratada, fitas e velas."],
                    ],
                    "specs": [
                        ["Diâmetro", "30–35 cm"],
                        ["Materiais", "abeto fresco, pinhas, fruta desidratada"],
                        ["Opções", "com 4 velas ou como coroa de porta"],
                        ["Disponibilidade", "novembro–dezembro"],
                    ],
                    "keywords": ["coroa de advento", "decorações de natal", "arte floral"],
                },
            },
        },
    ],
    "it-support": [
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "20.00",
            "minimum_order": 1,
            "lead_time_days": 5,
            "capacity_per_month": 60,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Laptop repair and cleaning",
                    "summary": "Diagnosis, cleaning, new thermal paste and repairs for slow, noisy or overheating "
                    "laptops.",
                    "unit": "device",
                    "body": "Students diagnose your laptop, clean the fan and cooling system, replace the thermal paste "
                    "and check the battery and storage. The starting price covers diagnosis and cleaning; replacing "
                    "parts such as an SSD, keyboard or screen is quoted first. Please back up your data before "
                    "handing the device over; we do not open your personal files. A teacher checks every device "
                    "before it is returned.",
                    "steps": [
                        ["Diagnosis", "Students test the hardware and software to find the cause of the problem."],
                        ["Repair and cleaning", "The laptop is opened, cleaned and repaired as agreed."],
                        ["Testing", "Stress tests confirm that the device works properly."],
                    ],
                    "specs": [
                        ["Included", "diagnosis, cleaning, thermal paste"],
                        ["Parts", "quoted separately"],
                        ["Turnaround", "3–5 working days"],
                        ["Data", "not accessed without permission"],
                    ],
                    "keywords": ["laptop repair", "computer cleaning", "overheating"],
                },
                "lt": {
                    "title": "Nešiojamųjų kompiuterių remontas ir valymas",
                    "summary": "Lėtų, triukšmingų ar perkaistančių nešiojamųjų kompiuterių diagnostika, valymas, "
                    "termopastos keitimas ir remontas.",
                    "unit": "įrenginys",
                    "body": "Mokiniai atlieka jūsų nešiojamojo kompiuterio diagnostiką, išvalo ventiliatorių ir "
                    "aušinimo sistemą, pakeičia termopastą ir patikrina bateriją bei diską. Pradinė kaina apima "
                    "diagnostiką ir valymą; dalių, pavyzdžiui, SSD disko, klaviatūros ar ekrano, keitimą pirmiausia "
                    "įkainojame. Prieš atiduodami įrenginį pasidarykite duomenų atsarginę kopiją; jūsų asmeninių "
                    "failų neatidarome. Kiekvieną įrenginį prieš grąžinant patikrina mokytojas.",
                    "steps": [
                        [
                            "Diagnostika",
                            "Mokiniai testuoja aparatinę ir programinę įrangą ir ieško gedimo priežasties.",
                        ],
                        ["Remontas ir valymas", "Kompiuteris atidaromas, išvalomas ir sutaisomas, kaip sutarta."],
                        ["Testavimas", "Apkrovos testai patvirtina, kad įrenginys veikia tinkamai."],
                    ],
                    "specs": [
                        ["Įskaičiuota", "diagnostika, valymas, termopasta"],
                        ["Dalys", "įkainojamos atskirai"],
                        ["Trukmė", "3–5 darbo dienos"],
                        ["Duomenys", "be leidimo neatidaromi"],
                    ],
                    "keywords": ["kompiuterių remontas", "kompiuterio valymas", "perkaitimas"],
                },
                "lv": {
                    "title": "Klēpjdatoru remonts un tīrīšana",
                    "summary": "Lēnu, trokšņainu vai pārkarstošu klēpjdatoru diagnostika, tīrīšana, termopastas "
                    "nomaiņa un remonts.",
                    "unit": "ierīce",
                    "body": "Audzēkņi veic jūsu klēpjdatora diagnostiku, iztīra ventilatoru un dzesēšanas sistēmu, "
                    "nomaina termopastu un pārbauda akumulatoru un disku. Sākumcena ietver diagnostiku un tīrīšanu; "
                    "detaļu, piemēram, SSD diska, tastatūras vai ekrāna, nomaiņai vispirms sagatavojam tāmi. Lūdzam "
                    "pirms ierīces nodošanas izveidot datu rezerves kopiju; jūsu personīgos failus mēs neatveram. "
                    "Katru ierīci pirms atdošanas pārbauda pedagogs.",
                    "steps": [
                        ["Diagnostika", "Audzēkņi testē aparatūru un programmatūru un meklē problēmas cēloni."],
                        ["Remonts un tīrīšana", "Klēpjdators tiek atvērts, iztīrīts un salabots, kā norunāts."],
                        ["Testēšana", "Slodzes testi apstiprina, ka ierīce darbojas pareizi."],
                    ],
                    "specs": [
                        ["Iekļauts", "diagnostika, tīrīšana, termopasta"],
                        ["Detaļas", "tiek novērtētas atsevišķi"],
                        ["Izpildes laiks", "3–5 darba dienas"],
                        ["Dati", "bez atļaujas netiek atvērti"],
                    ],
                    "keywords": ["datoru remonts", "klēpjdatora tīrīšana", "pārkaršana"],
                },
                "pl": {
                    "title": "Naprawa i czyszczenie laptopów",
                    "summary": "Diagnoza, czyszczenie, wymiana pasty termoprzewodzącej i naprawy wolnych, głośnych lub "
                    "przegrzewających się laptopów.",
                    "unit": "urządzenie",
                    "body": "Uczniowie diagnozują laptop, czyszczą wentylator i układ chłodzenia, wymieniają pastę "
                    "termoprzewodzącą oraz sprawdzają baterię i dysk. Cena początkowa obejmuje diagnozę i "
                    "czyszczenie; wymianę części, np. dysku SSD, klawiatury czy ekranu, najpierw wyceniamy. Prosimy o "
                    "wykonanie kopii zapasowej danych przed oddaniem sprzętu; nie otwieramy Państwa prywatnych "
                    "plików. Każde urządzenie przed zwrotem sprawdza nauczyciel.",
                    "steps": [
                        ["Diagnoza", "Uczniowie testują sprzęt i oprogramowanie, by znaleźć przyczynę problemu."],
                        [
                            "Naprawa i czyszczenie",
                            "Laptop jest otwierany, czyszczony i naprawiany zgodnie z ustaleniami.",
                        ],
                        ["Testy", "Testy obciążeniowe potwierdzają, że urządzenie działa prawidłowo."],
                    ],
                    "specs": [
                        ["W cenie", "diagnoza, czyszczenie, pasta termoprzewodząca"],
                        ["Części", "wyceniane osobno"],
                        ["Czas realizacji", "3–5 dni roboczych"],
                        ["Dane", "bez zgody nie są przeglądane"],
                    ],
                    "keywords": ["naprawa laptopów", "czyszczenie komputera", "przegrzewanie"],
                },
                "it": {
                    "title": "Riparazione e pulizia di portatili",
                    "summary": "Diagnosi, pulizia, sostituzione della pasta termica e riparazioni per portatili lenti, "
                    "rumorosi o che si surriscaldano.",
                    "unit": "dispositivo",
                    "body": "Gli studenti eseguono la diagnosi del portatile, puliscono ventola e sistema di "
                    "raffreddamento, sostituiscono la pasta termica e controllano batteria e disco. Il prezzo di "
                    "partenza comprende diagnosi e pulizia; la sostituzione di componenti come SSD, tastiera o "
                    "schermo viene prima preventivata. Vi chiediamo di fare un backup dei dati prima della consegna; "
                    "non apriamo i vostri file personali. Un docente controlla ogni dispositivo prima della "
                    "riconsegna.",
                    "steps": [
                        ["Diagnosi", "Gli studenti testano hardware e software per trovare la causa del problema."],
                        ["Riparazione e pulizia", "Il portatile viene aperto, pulito e riparato come concordato."],
                        ["Test", "Test sotto carico confermano che il dispositivo funziona correttamente."],
                    ],
                    "specs": [
                        ["Incluso", "diagnosi, pulizia, pasta termica"],
                        ["Ricambi", "preventivati a parte"],
                        ["Tempi", "3–5 giorni lavorativi"],
                        ["Dati", "non consultati senza autorizzazione"],
                    ],
                    "keywords": ["riparazione portatili", "pulizia computer", "surriscaldamento"],
                },
                "pt": {
                    "title": "Reparação e limpeza de portáteis",
                    "summary": "Diagnóstico, limpeza, substituição da pasta térmica e reparação de portáteis lentos, "
                    "ruidosos ou que aquecem demasiado.",
                    "unit": "equipamento",
                    "body": "Os alunos fazem o diagnóstico do seu portátil, limpam a ventoinha e o sistema de "
                    "arrefecimento, substituem a pasta térmica e verificam a bateria e o disco. O preço base inclui o "
                    "diagnóstico e a limpeza; a substituição de peças como SSD, teclado ou ecrã é orçamentada "
                    "primeiro. Pedimos que faça uma cópia de segurança dos seus dados antes de entregar o "
                    "equipamento; não abrimos os seus ficheiros pessoais. Um professor verifica cada equipamento antes "
                    "da devolução.",
                    "steps": [
                        ["Diagnóstico", "Os alunos testam o hardware e o software para encontrar a causa do problema."],
                        ["Reparação e limpeza", "O portátil é aberto, limpo e reparado conforme combinado."],
                        ["Testes", "Testes de esforço confirmam que o equipamento funciona corretamente."],
                    ],
                    "specs": [
                        ["Incluído", "diagnóstico, limpeza, pasta térmica"],
                        ["Peças", "orçamentadas à parte"],
                        ["Prazo", "3–5 dias úteis"],
                        ["Dados", "não acedidos sem autorização"],
                    ],
                    "keywords": ["reparação de portáteis", "limpeza de computadores", "sobreaquecimento"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 4,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "Office network and Wi-Fi set-up",
                    "summary": "Planning and installing a secure wired and wireless network for a small office with up "
                    "to 20 users.",
                    "unit": "office",
                    "body": "Students survey your office, measure Wi-Fi coverage and propose equipment and cabling. "
                    "Once you approve the quote, they install and configure the router, switches and access points, "
                    "set up a separate guest network and document all settings. The work is done by final-year "
                    "students under the supervision of a network administration teacher. You receive a network "
                    "diagram and all passwords in a sealed envelope.",
                    "steps": [
                        ["Survey", "We check the premises, devices and internet connection."],
                        ["Installation", "Students install cables and network equipment and configure security."],
                        ["Handover", "The network is tested and documented."],
                    ],
                    "specs": [
                        ["Users", "up to 20"],
                        ["Networks", "staff and guest Wi-Fi"],
                        ["Documentation", "network diagram, settings"],
                        ["Equipment", "supplied by the customer or at cost"],
                    ],
                    "keywords": ["office network", "wi-fi", "network security"],
                },
                "lt": {
                    "title": "Biuro tinklo ir „Wi-Fi“ įrengimas",
                    "summary": "Saugaus laidinio ir belaidžio tinklo nedideliam, iki 20 naudotojų, biurui planavimas "
                    "ir įrengimas.",
                    "unit": "biuras",
                    "body": "Mokiniai apžiūri jūsų biurą, išmatuoja „Wi-Fi“ aprėptį ir pasiūlo įrangą bei kabelių "
                    "tiesimą. Jums patvirtinus sąmatą, jie sumontuoja ir sukonfigūruoja maršrutizatorių, komutatorius "
                    "ir prieigos taškus, sukuria atskirą svečių tinklą ir dokumentuoja visus nustatymus. Darbus "
                    "atlieka baigiamųjų kursų mokiniai, prižiūrimi tinklų administravimo mokytojo. Gaunate tinklo "
                    "schemą ir visus slaptažodžius užklijuotame voke.",
                    "steps": [
                        ["Apžiūra", "Patikriname patalpas, įrenginius ir interneto ryšį."],
                        ["Įrengimas", "Mokiniai nutiesia kabelius, sumontuoja tinklo įrangą ir nustato saugumą."],
                        ["Perdavimas", "Tinklas išbandomas ir dokumentuojamas."],
                    ],
                    "specs": [
                        ["Naudotojai", "iki 20"],
                        ["Tinklai", "darbuotojų ir svečių „Wi-Fi“"],
                        ["Dokumentacija", "tinklo schema, nustatymai"],
                        ["Įranga", "kliento arba savikaina"],
                    ],
                    "keywords": ["biuro tinklas", "wi-fi", "tinklo saugumas"],
                },
                "lv": {
                    "title": "Biroja tīkla un Wi-Fi ierīkošana",
                    "summary": "Droša vadu un bezvadu tīkla plānošana un ierīkošana nelielam birojam ar līdz 20 "
                    "lietotājiem.",
                    "unit": "birojs",
                    "body": "Audzēkņi apseko jūsu biroju, izmēra Wi-Fi pārklājumu un piedāvā aprīkojumu un kabeļu "
                    "izvietojumu. Kad esat apstiprinājis tāmi, viņi uzstāda un konfigurē maršrutētāju, komutatorus un "
                    "piekļuves punktus, izveido atsevišķu viesu tīklu un dokumentē visus iestatījumus. Darbus veic "
                    "pēdējā kursa audzēkņi tīklu administrēšanas pedagoga uzraudzībā. Jūs saņemat tīkla shēmu un "
                    "visas paroles aizzīmogotā aploksnē.",
                    "steps": [
                        ["Apsekošana", "Pārbaudām telpas, ierīces un interneta pieslēgumu."],
                        ["Ierīkošana", "Audzēkņi ievelk kabeļus, uzstāda tīkla iekārtas un konfigurē drošību."],
                        ["Nodošana", "Tīkls tiek pārbaudīts un dokumentēts."],
                    ],
                    "specs": [
                        ["Lietotāji", "līdz 20"],
                        ["Tīkli", "darbinieku un viesu Wi-Fi"],
                        ["Dokumentācija", "tīkla shēma, iestatījumi"],
                        ["Aprīkojums", "no klienta vai par iepirkuma cenu"],
                    ],
                    "keywords": ["biroja tīkls", "wi-fi", "tīkla drošība"],
                },
                "pl": {
                    "title": "Sieć biurowa i Wi-Fi pod klucz",
                    "summary": "Projekt i montaż bezpiecznej sieci przewodowej i bezprzewodowej dla małego biura do 20 "
                    "użytkowników.",
                    "unit": "biuro",
                    "body": "Uczniowie oglądają biuro, mierzą zasięg Wi-Fi i proponują sprzęt oraz okablowanie. Po "
                    "akceptacji wyceny instalują i konfigurują router, przełączniki i punkty dostępowe, tworzą "
                    "oddzielną sieć dla gości i dokumentują wszystkie ustawienia. Prace wykonują uczniowie ostatniej "
                    "klasy pod nadzorem nauczyciela administracji sieciami. Otrzymują Państwo schemat sieci i "
                    "wszystkie hasła w zaklejonej kopercie.",
                    "steps": [
                        ["Wizja lokalna", "Sprawdzamy pomieszczenia, urządzenia i łącze internetowe."],
                        [
                            "Instalacja",
                            "Uczniowie prowadzą okablowanie, montują sprzęt sieciowy i konfigurują zabezpieczenia.",
                        ],
                        ["Przekazanie", "Sieć jest testowana i dokumentowana."],
                    ],
                    "specs": [
                        ["Użytkownicy", "do 20"],
                        ["Sieci", "Wi-Fi dla pracowników i gości"],
                        ["Dokumentacja", "schemat sieci, ustawienia"],
                        ["Sprzęt", "klienta lub po cenie zakupu"],
                    ],
                    "keywords": ["sieć biurowa", "wi-fi", "bezpieczeństwo sieci"],
                },
                "it": {
                    "title": "Rete d'ufficio e Wi-Fi",
                    "summary": "Progettazione e installazione di una rete cablata e wireless sicura per un piccolo "
                    "ufficio fino a 20 utenti.",
                    "unit": "ufficio",
                    "body": "Gli studenti fanno un sopralluogo, misurano la copertura Wi-Fi e propongono apparati e "
                    "cablaggio. Dopo l'approvazione del preventivo installano e configurano router, switch e access "
                    "point, creano una rete separata per gli ospiti e documentano tutte le impostazioni. I lavori sono "
                    "svolti dagli studenti dell'ultimo anno con la supervisione di un docente di sistemi e reti. "
                    "Ricevete uno schema della rete e tutte le password in una busta sigillata.",
                    "steps": [
                        ["Sopralluogo", "Verifichiamo locali, dispositivi e connessione internet."],
                        [
                            "Installazione",
                            "Gli studenti posano i cavi, installano gli apparati e configurano la sicurezza.",
                        ],
                        ["Consegna", "La rete viene collaudata e documentata."],
                    ],
                    "specs": [
                        ["Utenti", "fino a 20"],
                        ["Reti", "Wi-Fi per il personale e per gli ospiti"],
                        ["Documentazione", "schema di rete, impostazioni"],
                        ["Apparati", "del cliente o a prezzo di costo"],
                    ],
                    "keywords": ["rete aziendale", "wi-fi", "sicurezza di rete"],
                },
                "pt": {
                    "title": "Instalação de rede e Wi-Fi no escritório",
                    "summary": "Planeamento e instalação de uma rede com e sem fios segura para um pequeno escritório "
                    "com até 20 utilizadores.",
                    "unit": "escritório",
                    "body": "Os alunos visitam o escritório, medem a cobertura Wi-Fi e propõem o equipamento e a "
                    "cablagem. Depois de aprovar o orçamento, instalam e configuram o router, os switches e os pontos "
                    "de acesso, criam uma rede separada para visitantes e documentam todas as configurações. O "
                    "trabalho é feito por alunos finalistas, com a supervisão de um professor de redes. Recebe um "
                    "esquema da rede e todas as palavras-passe num envelope fechado.",
                    "steps": [
                        ["Levantamento", "Verificamos as instalações, os equipamentos e a ligação à internet."],
                        [
                            "Instalação",
                            "Os alunos passam os cabos, instalam o equipamento de rede e configuram a segurança.",
                        ],
                        ["Entrega", "A rede é testada e documentada."],
                    ],
                    "specs": [
                        ["Utilizadores", "até 20"],
                        ["Redes", "Wi-Fi para colaboradores e visitantes"],
                        ["Documentação", "esquema da rede, configurações"],
                        ["Equipamento", "do cliente ou ao preço de custo"],
                    ],
                    "keywords": ["rede de escritório", "wi-fi", "segurança de redes"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "25.00",
            "minimum_order": 1,
            "lead_time_days": 5,
            "capacity_per_month": 50,
            "delivery_modes": ["pickup", "on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Computer workstation set-up",
                    "summary": "Operating system, updates, office software, antivirus and backups set up on new or "
                    "reused computers.",
                    "unit": "computer",
                    "body": "Students install or reinstall the operating system, drivers and updates and set up the "
                    "office software, antivirus and automatic backups you need. They can also move files from an old "
                    "computer and configure printers and email. The price is per computer, and software licences are "
                    "provided by the customer. A teacher checks every computer against a checklist before handover.",
                    "steps": [
                        ["Installation", "The operating system and drivers are installed and updated."],
                        ["Configuration", "Software, security and backups are set up."],
                        ["Handover", "The checklist is completed and the user gets a short introduction."],
                    ],
                    "specs": [
                        ["Systems", "Windows, Linux"],
                        ["Included", "OS, drivers, office suite, antivirus, backups"],
                        ["Licences", "provided by the customer"],
                        ["Data transfer", "up to 100 GB"],
                    ],
                    "keywords": ["computer set-up", "software installation", "backup"],
                },
                "lt": {
                    "title": "Kompiuterio darbo vietos paruošimas",
                    "summary": "Operacinės sistemos, atnaujinimų, biuro programų, antivirusinės programos ir "
                    "atsarginių kopijų diegimas naujuose ar naudotuose kompiuteriuose.",
                    "unit": "kompiuteris",
                    "body": "Mokiniai įdiegia arba iš naujo įdiegia operacinę sistemą, tvarkykles ir atnaujinimus, "
                    "nustato reikalingas biuro programas, antivirusinę programą ir automatines atsargines kopijas. "
                    "Jie taip pat gali perkelti failus iš seno kompiuterio ir nustatyti spausdintuvus bei el. paštą. "
                    "Kaina nurodyta už kompiuterį, programų licencijas pateikia klientas. Prieš perduodant kiekvieną "
                    "kompiuterį mokytojas patikrina pagal kontrolinį sąrašą.",
                    "steps": [
                        ["Diegimas", "Įdiegiama ir atnaujinama operacinė sistema bei tvarkyklės."],
                        ["Konfigūravimas", "Nustatomos programos, sauga ir atsarginės kopijos."],
                        ["Perdavimas", "Užpildomas kontrolinis sąrašas, naudotojui trumpai viskas parodoma."],
                    ],
                    "specs": [
                        ["Sistemos", "Windows, Linux"],
                        ["Įskaičiuota", "OS, tvarkyklės, biuro paketas, antivirusinė, atsarginės kopijos"],
                        ["Licencijos", "pateikia klientas"],
                        ["Duomenų perkėlimas", "iki 100 GB"],
                    ],
                    "keywords": ["kompiuterio paruošimas", "programų diegimas", "atsarginės kopijos"],
                },
                "lv": {
                    "title": "Datora darba vietas sagatavošana",
                    "summary": "Operētājsistēmas, atjauninājumu, biroja programmu, pretvīrusu programmas un rezerves "
                    "kopiju iestatīšana jaunos vai lietotos datoros.",
                    "unit": "dators",
                    "body": "Audzēkņi instalē vai pārinstalē operētājsistēmu, draiverus un atjauninājumus un iestata "
                    "vajadzīgās biroja programmas, pretvīrusu programmu un automātiskās rezerves kopijas. Viņi var "
                    "arī pārcelt failus no vecā datora un iestatīt printerus un e-pastu. Cena norādīta par vienu "
                    "datoru, un programmatūras licences nodrošina klients. Pirms nodošanas katru datoru pedagogs "
                    "pārbauda pēc kontrolsaraksta.",
                    "steps": [
                        ["Instalēšana", "Tiek instalēta un atjaunināta operētājsistēma un draiveri."],
                        ["Konfigurēšana", "Tiek iestatītas programmas, drošība un rezerves kopijas."],
                        ["Nodošana", "Tiek aizpildīts kontrolsaraksts, un lietotājs saņem īsu ievadu."],
                    ],
                    "specs": [
                        ["Sistēmas", "Windows, Linux"],
                        ["Iekļauts", "OS, draiveri, biroja pakete, pretvīrusu programma, rezerves kopijas"],
                        ["Licences", "nodrošina klients"],
                        ["Datu pārnese", "līdz 100 GB"],
                    ],
                    "keywords": ["datora iestatīšana", "programmatūras instalēšana", "rezerves kopijas"],
                },
                "pl": {
                    "title": "Przygotowanie stanowiska komputerowego",
                    "summary": "Instalacja systemu, aktualizacji, pakietu biurowego, antywirusa i kopii zapasowych na "
                    "nowych lub używanych komputerach.",
                    "unit": "komputer",
                    "body": "Uczniowie instalują lub reinstalują system operacyjny, sterowniki i aktualizacje oraz "
                    "konfigurują potrzebne oprogramowanie biurowe, antywirusa i automatyczne kopie zapasowe. Mogą też "
                    "przenieść pliki ze starego komputera i skonfigurować drukarki oraz pocztę. Cena dotyczy jednego "
                    "komputera, a licencje na oprogramowanie zapewnia klient. Przed przekazaniem nauczyciel sprawdza "
                    "każdy komputer według listy kontrolnej.",
                    "steps": [
                        ["Instalacja", "Instalujemy i aktualizujemy system operacyjny oraz sterowniki."],
                        ["Konfiguracja", "Ustawiamy oprogramowanie, zabezpieczenia i kopie zapasowe."],
                        ["Przekazanie", "Wypełniamy listę kontrolną, a użytkownik otrzymuje krótkie wprowadzenie."],
                    ],
                    "specs": [
                        ["Systemy", "Windows, Linux"],
                        ["W cenie", "system, sterowniki, pakiet biurowy, antywirus, kopie zapasowe"],
                        ["Licencje", "zapewnia klient"],
                        ["Przeniesienie danych", "do 100 GB"],
                    ],
                    "keywords": ["konfiguracja komputera", "instalacja oprogramowania", "kopia zapasowa"],
                },
                "it": {
                    "title": "Configurazione di postazioni di lavoro",
                    "summary": "Sistema operativo, aggiornamenti, software per l'ufficio, antivirus e backup su "
                    "computer nuovi o riutilizzati.",
                    "unit": "computer",
                    "body": "Gli studenti installano o reinstallano sistema operativo, driver e aggiornamenti e "
                    "configurano il software per l'ufficio, l'antivirus e i backup automatici di cui avete bisogno. "
                    "Possono anche trasferire i file dal vecchio computer e configurare stampanti e posta elettronica. "
                    "Il prezzo è per computer e le licenze software sono a carico del cliente. Un docente controlla "
                    "ogni computer con una lista di verifica prima della consegna.",
                    "steps": [
                        ["Installazione", "Si installano e aggiornano sistema operativo e driver."],
                        ["Configurazione", "Si impostano software, sicurezza e backup."],
                        ["Consegna", "Si compila la lista di verifica e l'utente riceve una breve introduzione."],
                    ],
                    "specs": [
                        ["Sistemi", "Windows, Linux"],
                        ["Incluso", "sistema operativo, driver, suite per l'ufficio, antivirus, backup"],
                        ["Licenze", "a carico del cliente"],
                        ["Trasferimento dati", "fino a 100 GB"],
                    ],
                    "keywords": ["configurazione pc", "installazione software", "backup"],
                },
                "pt": {
                    "title": "Configuração de postos de trabalho",
                    "summary": "Sistema operativo, atualizações, software de escritório, antivírus e cópias de "
                    "segurança em computadores novos ou reutilizados.",
                    "unit": "computador",
                    "body": "Os alunos instalam ou reinstalam o sistema operativo, os controladores e as atualizações "
                    "e configuram o software de escritório, o antivírus e as cópias de segurança automáticas de que "
                    "precisa. Também podem transferir ficheiros de um computador antigo e configurar impressoras e "
                    "e-mail. O preço é por computador e as licenças de software são fornecidas pelo cliente. Um "
                    "professor verifica cada computador com uma lista de controlo antes da entrega.",
                    "steps": [
                        ["Instalação", "O sistema operativo e os controladores são instalados e atualizados."],
                        ["Configuração", "São configurados o software, a segurança e as cópias de segurança."],
                        ["Entrega", "A lista de controlo é preenchida e o utilizador recebe uma breve explicação."],
                    ],
                    "specs": [
                        ["Sistemas", "Windows, Linux"],
                        [
                            "Incluído",
                            "sistema operativo, controladores, software de escritório, antivírus, cópias de segurança",
                        ],
                        ["Licenças", "fornecidas pelo cliente"],
                        ["Transferência de dados", "até 100 GB"],
                    ],
                    "keywords": ["configuração de computadores", "instalação de software", "cópias de segurança"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "free",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 3,
            "capacity_per_month": 40,
            "delivery_modes": ["pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Free computer health check",
                    "summary": "Bring your computer and students will check its disk, memory, battery, updates and "
                    "security free of charge.",
                    "unit": "device",
                    "body": "First-year IT students run a standard set of tests on your laptop or desktop and look for "
                    "missing updates, low disk space and outdated security software. You receive a short written "
                    "summary with recommendations and decide yourself whether any further work is needed. The check "
                    "is free because it is part of our students' practical training. Please bring the charger and "
                    "know your login password.",
                    "steps": [
                        ["Tests", "Students run hardware and storage diagnostics."],
                        ["Security check", "Updates, antivirus and startup programs are reviewed."],
                        ["Summary", "You receive the results and simple recommendations."],
                    ],
                    "specs": [
                        ["Duration", "about 1 hour"],
                        ["Devices", "laptops and desktops"],
                        ["Output", "written summary"],
                        ["Price", "free"],
                    ],
                    "keywords": ["computer check", "free service", "it security"],
                },
                "lt": {
                    "title": "Nemokama kompiuterio būklės patikra",
                    "summary": "Atneškite savo kompiuterį, o mokiniai nemokamai patikrins jo diską, atmintį, "
                    "bateriją, atnaujinimus ir saugumą.",
                    "unit": "įrenginys",
                    "body": "Pirmakursiai IT mokiniai atlieka standartinius jūsų nešiojamojo ar stacionaraus "
                    "kompiuterio testus ir patikrina, ar netrūksta atnaujinimų, ar pakanka vietos diske ir ar "
                    "nepasenusi saugos programinė įranga. Gaunate trumpą rašytinę suvestinę su rekomendacijomis ir "
                    "patys nusprendžiate, ar reikia tolesnių darbų. Patikra nemokama, nes tai mūsų mokinių praktinio "
                    "mokymo dalis. Prašome atsinešti kroviklį ir žinoti prisijungimo slaptažodį.",
                    "steps": [
                        ["Testai", "Mokiniai atlieka aparatinės įrangos ir disko diagnostiką."],
                        [
                            "Saugumo patikra",
                            "Peržiūrimi atnaujinimai, antivirusinė programa ir paleidžiamos programos.",
                        ],
                        ["Suvestinė", "Gaunate rezultatus ir paprastas rekomendacijas."],
                    ],
                    "specs": [
                        ["Trukmė", "apie 1 valandą"],
                        ["Įrenginiai", "nešiojamieji ir stacionarieji kompiuteriai"],
                        ["Rezultatas", "rašytinė suvestinė"],
                        ["Kaina", "nemokamai"],
                    ],
                    "keywords": ["kompiuterio patikra", "nemokama paslauga", "it saugumas"],
                },
                "lv": {
                    "title": "Bezmaksas datora veselības pārbaude",
                    "summary": "Atnesiet savu datoru, un audzēkņi bez maksas pārbaudīs tā disku, atmiņu, akumulatoru, "
                    "atjauninājumus un drošību.",
                    "unit": "ierīce",
                    "body": "Pirmā kursa IT audzēkņi veic standarta testus jūsu klēpjdatoram vai galddatoram un "
                    "pārbauda, vai netrūkst atjauninājumu, vai diskā pietiek vietas un vai drošības programmatūra nav "
                    "novecojusi. Jūs saņemat īsu rakstisku kopsavilkumu ar ieteikumiem un paši izlemjat, vai "
                    "vajadzīgi turpmāki darbi. Pārbaude ir bez maksas, jo tā ir daļa no mūsu audzēkņu praktiskajām "
                    "mācībām. Lūdzam paņemt līdzi lādētāju un zināt pieteikšanās paroli.",
                    "steps": [
                        ["Testi", "Audzēkņi veic aparatūras un diska diagnostiku."],
                        [
                            "Drošības pārbaude",
                            "Tiek pārskatīti atjauninājumi, pretvīrusu programma un startēšanas programmas.",
                        ],
                        ["Kopsavilkums", "Jūs saņemat rezultātus un vienkāršus ieteikumus."],
                    ],
                    "specs": [
                        ["Ilgums", "apmēram 1 stunda"],
                        ["Ierīces", "klēpjdatori un galddatori"],
                        ["Rezultāts", "rakstisks kopsavilkums"],
                        ["Cena", "bez maksas"],
                    ],
                    "keywords": ["datora pārbaude", "bezmaksas pakalpojums", "it drošība"],
                },
                "pl": {
                    "title": "Bezpłatny przegląd komputera",
                    "summary": "Wystarczy przynieść komputer, a uczniowie bezpłatnie sprawdzą dysk, pamięć, baterię, "
                    "aktualizacje i zabezpieczenia.",
                    "unit": "urządzenie",
                    "body": "Uczniowie pierwszej klasy technikum informatycznego wykonują standardowy zestaw testów "
                    "laptopa lub komputera stacjonarnego i sprawdzają, czy nie brakuje aktualizacji, miejsca na "
                    "dysku i aktualnego oprogramowania zabezpieczającego. Otrzymują Państwo krótkie pisemne "
                    "podsumowanie z zaleceniami i sami decydują, czy potrzebne są dalsze prace. Przegląd jest "
                    "bezpłatny, ponieważ stanowi część praktycznej nauki naszych uczniów. Prosimy zabrać ładowarkę i "
                    "znać hasło do logowania.",
                    "steps": [
                        ["Testy", "Uczniowie przeprowadzają diagnostykę sprzętu i dysku."],
                        [
                            "Kontrola zabezpieczeń",
                            "Sprawdzamy aktualizacje, antywirusa i programy uruchamiane przy starcie.",
                        ],
                        ["Podsumowanie", "Otrzymują Państwo wyniki i proste zalecenia."],
                    ],
                    "specs": [
                        ["Czas", "ok. 1 godziny"],
                        ["Urządzenia", "laptopy i komputery stacjonarne"],
                        ["Efekt", "pisemne podsumowanie"],
                        ["Cena", "bezpłatnie"],
                    ],
                    "keywords": ["przegląd komputera", "bezpłatna usługa", "bezpieczeństwo it"],
                },
                "it": {
                    "title": "Check-up gratuito del computer",
                    "summary": "Portate il vostro computer e gli studenti ne controlleranno gratuitamente disco, "
                    "memoria, batteria, aggiornamenti e sicurezza.",
                    "unit": "dispositivo",
                    "body": "Gli studenti del primo anno di informatica eseguono una serie di test standard sul vostro "
                    "portatile o fisso e verificano se mancano aggiornamenti, se il disco è quasi pieno o se il "
                    "software di sicurezza è obsoleto. Ricevete un breve riepilogo scritto con i consigli e decidete "
                    "voi se servono altri interventi. Il controllo è gratuito perché fa parte della formazione pratica "
                    "dei nostri studenti. Portate il caricabatterie e tenete a portata di mano la password di accesso.",
                    "steps": [
                        ["Test", "Gli studenti eseguono la diagnostica di hardware e disco."],
                        ["Controllo di sicurezza", "Si verificano aggiornamenti, antivirus e programmi all'avvio."],
                        ["Riepilogo", "Ricevete i risultati e semplici consigli."],
                    ],
                    "specs": [
                        ["Durata", "circa 1 ora"],
                        ["Dispositivi", "portatili e fissi"],
                        ["Risultato", "riepilogo scritto"],
                        ["Prezzo", "gratuito"],
                    ],
                    "keywords": ["controllo computer", "servizio gratuito", "sicurezza informatica"],
                },
                "pt": {
                    "title": "Check-up gratuito ao computador",
                    "summary": "Traga o seu computador e os alunos verificam gratuitamente o disco, a memória, a "
                    "bateria, as atualizações e a segurança.",
                    "unit": "equipamento",
                    "body": "Os alunos do primeiro ano de informática fazem um conjunto de testes normalizados ao seu "
                    "portátil ou computador fixo e verificam se faltam atualizações, se o disco está quase cheio ou "
                    "se o software de segurança está desatualizado. Recebe um breve resumo escrito com recomendações "
                    "e decide se é preciso fazer mais alguma coisa. O check-up é gratuito porque faz parte da formação "
                    "prática dos nossos alunos. Traga o carregador e tenha à mão a palavra-passe de acesso.",
                    "steps": [
                        ["Testes", "Os alunos fazem o diagnóstico do hardware e do disco."],
                        [
                            "Verificação de segurança",
                            "São revistos as atualizações, o antivírus e os programas de arranque.",
                        ],
                        ["Resumo", "Recebe os resultados e recomendações simples."],
                    ],
                    "specs": [
                        ["Duração", "cerca de 1 hora"],
                        ["Equipamentos", "portáteis e computadores fixos"],
                        ["Resultado", "resumo escrito"],
                        ["Preço", "gratuito"],
                    ],
                    "keywords": ["verificação do computador", "serviço gratuito", "segurança informática"],
                },
            },
        },
    ],
    "tourism": [
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "5.00",
            "minimum_order": 10,
            "lead_time_days": 7,
            "capacity_per_month": 300,
            "delivery_modes": ["on_site"],
            "months": [4, 5, 6, 9, 10],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Guided city walking tour",
                    "summary": "A two-hour walk through the old town with stories, local legends and hidden corners, "
                    "led by tourism students.",
                    "unit": "person",
                    "body": "Tourism students prepare and lead a walking tour for groups of colleagues, business "
                    "partners or conference guests. The route covers the main sights as well as places tourists "
                    "rarely see, and it can be adapted to your interests. Tours are available in the local language "
                    "and English, and in other languages on request. A tourism teacher accompanies every group.",
                    "steps": [
                        ["Route planning", "Students adapt the route to your group's interests and time."],
                        ["Rehearsal", "The guides practise the tour and walk the route beforehand."],
                        ["Tour", "The group is guided through the city with stories and time for questions."],
                    ],
                    "specs": [
                        ["Duration", "about 2 hours"],
                        ["Group size", "10–25 people"],
                        ["Languages", "local language and English, others on request"],
                        ["Season", "April–June, September–October"],
                    ],
                    "keywords": ["walking tour", "city guide", "sightseeing"],
                },
                "lt": {
                    "title": "Ekskursija po miestą pėsčiomis",
                    "summary": "Dviejų valandų pasivaikščiojimas po senamiestį su istorijomis, vietos legendomis ir "
                    "slaptais kampeliais, kurį veda turizmo mokiniai.",
                    "unit": "asmuo",
                    "body": "Turizmo mokiniai parengia ir veda ekskursiją pėsčiomis kolegų, verslo partnerių ar "
                    "konferencijos svečių grupėms. Maršrutas apima pagrindines lankytinas vietas ir kampelius, kurių "
                    "turistai retai pamato, o jį galima pritaikyti pagal jūsų pomėgius. Ekskursijos vedamos vietos ir "
                    "anglų kalbomis, o pageidaujant – ir kitomis. Kiekvieną grupę lydi turizmo mokytojas.",
                    "steps": [
                        ["Maršruto planavimas", "Mokiniai pritaiko maršrutą pagal jūsų grupės pomėgius ir laiką."],
                        ["Repeticija", "Gidai iš anksto pasirengia ir praeina maršrutą."],
                        ["Ekskursija", "Grupė vedama po miestą, pasakojamos istorijos, atsakoma į klausimus."],
                    ],
                    "specs": [
                        ["Trukmė", "apie 2 valandas"],
                        ["Grupės dydis", "10–25 asmenys"],
                        ["Kalbos", "vietos ir anglų, kitos – pagal užklausą"],
                        ["Sezonas", "balandis–birželis, rugsėjis–spalis"],
                    ],
                    "keywords": ["ekskursija", "gidas", "lankytinos vietos"],
                },
                "lv": {
                    "title": "Pilsētas ekskursija kājām ar gidu",
                    "summary": "Divu stundu pastaiga pa vecpilsētu ar stāstiem, vietējām leģendām un apslēptiem "
                    "nostūriem, ko vada tūrisma audzēkņi.",
                    "unit": "persona",
                    "body": "Tūrisma audzēkņi sagatavo un vada ekskursiju kājām kolēģu, sadarbības partneru vai "
                    "konferences viesu grupām. Maršrutā ir gan galvenie apskates objekti, gan vietas, ko tūristi "
                    "redz reti, un to var pielāgot jūsu interesēm. Ekskursijas notiek vietējā un angļu valodā, bet "
                    "pēc pieprasījuma arī citās valodās. Katru grupu pavada tūrisma pedagogs.",
                    "steps": [
                        ["Maršruta plānošana", "Audzēkņi pielāgo maršrutu jūsu grupas interesēm un laikam."],
                        ["Mēģinājums", "Gidi iepriekš sagatavojas un izstaigā maršrutu."],
                        ["Ekskursija", "Grupa tiek izvadāta pa pilsētu ar stāstiem un laiku jautājumiem."],
                    ],
                    "specs": [
                        ["Ilgums", "apmēram 2 stundas"],
                        ["Grupas lielums", "10–25 personas"],
                        ["Valodas", "vietējā un angļu, citas pēc pieprasījuma"],
                        ["Sezona", "aprīlis–jūnijs, septembris–oktobris"],
                    ],
                    "keywords": ["ekskursija", "gids", "pilsētas apskate"],
                },
                "pl": {
                    "title": "Spacer z przewodnikiem po mieście",
                    "summary": "Dwugodzinny spacer po starym mieście z historiami, lokalnymi legendami i ukrytymi "
                    "zakątkami, prowadzony przez uczniów turystyki.",
                    "unit": "osoba",
                    "body": "Uczniowie turystyki przygotowują i prowadzą spacer dla grup współpracowników, partnerów "
                    "biznesowych lub gości konferencji. Trasa obejmuje najważniejsze zabytki i miejsca, do których "
                    "turyści rzadko docierają, a można ją dopasować do Państwa zainteresowań. Oprowadzamy w języku "
                    "lokalnym i po angielsku, a na życzenie także w innych językach. Każdej grupie towarzyszy "
                    "nauczyciel turystyki.",
                    "steps": [
                        ["Planowanie trasy", "Uczniowie dopasowują trasę do zainteresowań i czasu grupy."],
                        ["Próba", "Przewodnicy przygotowują się i wcześniej przechodzą trasę."],
                        ["Spacer", "Grupa zwiedza miasto, słucha opowieści i może zadawać pytania."],
                    ],
                    "specs": [
                        ["Czas", "ok. 2 godzin"],
                        ["Wielkość grupy", "10–25 osób"],
                        ["Języki", "lokalny i angielski, inne na życzenie"],
                        ["Sezon", "kwiecień–czerwiec, wrzesień–październik"],
                    ],
                    "keywords": ["spacer z przewodnikiem", "przewodnik", "zwiedzanie"],
                },
                "it": {
                    "title": "Visita guidata a piedi della città",
                    "summary": "Una passeggiata di due ore nel centro storico tra racconti, leggende locali e angoli "
                    "nascosti, guidata dagli studenti di turismo.",
                    "unit": "persona",
                    "body": "Gli studenti di turismo preparano e conducono una visita a piedi per gruppi di colleghi, "
                    "partner commerciali od ospiti di un convegno. Il percorso tocca i luoghi principali ma anche "
                    "angoli che i turisti vedono di rado, e si può adattare ai vostri interessi. Le visite si svolgono "
                    "nella lingua locale e in inglese e, su richiesta, anche in altre lingue. Ogni gruppo è "
                    "accompagnato da un docente di turismo.",
                    "steps": [
                        ["Itinerario", "Gli studenti adattano il percorso agli interessi e ai tempi del gruppo."],
                        ["Prova", "Le guide si preparano e percorrono l'itinerario in anticipo."],
                        ["Visita", "Il gruppo scopre la città tra racconti e domande."],
                    ],
                    "specs": [
                        ["Durata", "circa 2 ore"],
                        ["Gruppo", "10–25 persone"],
                        ["Lingue", "locale e inglese, altre su richiesta"],
                        ["Periodo", "aprile–giugno, settembre–ottobre"],
                    ],
                    "keywords": ["visita guidata", "guida turistica", "centro storico"],
                },
                "pt": {
                    "title": "Visita guiada a pé pela cidade",
                    "summary": "Um passeio de duas horas pelo centro histórico, com histórias, lendas locais e recantos "
                    "escondidos, guiado por alunos de turismo.",
                    "unit": "pessoa",
                    "body": "Os alunos de turismo preparam e guiam uma visita a pé para grupos de colegas, parceiros de "
                    "negócio ou participantes de conferências. O percurso inclui os principais monumentos e também "
                    "lugares que os turistas raramente veem, e pode ser adaptado aos seus interesses. As visitas são "
                    "feitas na língua local e em inglês e, mediante pedido, noutras línguas. Cada grupo é acompanhado "
                    "por um professor de turismo.",
                    "steps": [
                        ["Planeamento do percurso", "Os alunos adaptam o percurso aos interesses e ao tempo do grupo."],
                        ["Ensaio", "Os guias preparam-se e fazem o percurso com antecedência."],
                        ["Visita", "O grupo percorre a cidade entre histórias e perguntas."],
                    ],
                    "specs": [
                        ["Duração", "cerca de 2 horas"],
                        ["Grupo", "10–25 pessoas"],
                        ["Línguas", "local e inglês, outras mediante pedido"],
                        ["Época", "abril–junho, setembro–outubro"],
                    ],
                    "keywords": ["visita guiada", "guia turístico", "centro histórico"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "15.00",
            "minimum_order": 15,
            "lead_time_days": 21,
            "capacity_per_month": 150,
            "delivery_modes": ["on_site"],
            "months": [4, 5, 6, 9, 10],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Team-building day programme",
                    "summary": "A day of outdoor games, a city quest and a shared meal, planned and run by tourism and "
                    "hospitality students.",
                    "unit": "person",
                    "body": "Students design a programme around your goals, for example helping new colleagues get to "
                    "know each other or celebrating the end of a project. A typical day includes a city quest in "
                    "small teams, cooperative games and a picnic or lunch. The starting price covers the programme "
                    "and game materials; meals, transport and venue hire are added according to your choices. "
                    "Teachers oversee the planning and are present throughout the day.",
                    "steps": [
                        ["Goals", "We talk about your team, your goals and the activities you prefer."],
                        ["Programme", "Students prepare the schedule, the quest and the materials."],
                        ["The day", "Students host the activities and lead the final debrief."],
                    ],
                    "specs": [
                        ["Participants", "15–60"],
                        ["Duration", "4–6 hours"],
                        ["Included", "programme, games, host team"],
                        ["Extras", "meals, transport, venue"],
                    ],
                    "keywords": ["team building", "company outing", "city quest"],
                },
                "lt": {
                    "title": "Komandos formavimo dienos programa",
                    "summary": "Diena su žaidimais lauke, miesto užduočių žaidimu ir bendru valgiu, kurią suplanuoja ir "
                    "veda turizmo bei svetingumo mokiniai.",
                    "unit": "asmuo",
                    "body": "Mokiniai sukuria programą pagal jūsų tikslus, pavyzdžiui, kad nauji kolegos geriau "
                    "susipažintų arba kad atšvęstumėte projekto pabaigą. Įprastą dieną sudaro miesto užduočių "
                    "žaidimas mažose komandose, bendradarbiavimo žaidimai ir piknikas ar pietūs. Pradinė kaina apima "
                    "programą ir žaidimų priemones; maitinimas, transportas ir patalpų nuoma pridedami pagal jūsų "
                    "pasirinkimą. Mokytojai prižiūri planavimą ir visą dieną būna šalia.",
                    "steps": [
                        ["Tikslai", "Aptariame jūsų komandą, tikslus ir pageidaujamas veiklas."],
                        ["Programa", "Mokiniai parengia tvarkaraštį, užduotis ir priemones."],
                        ["Renginio diena", "Mokiniai veda veiklas ir baigiamąjį aptarimą."],
                    ],
                    "specs": [
                        ["Dalyviai", "15–60"],
                        ["Trukmė", "4–6 valandos"],
                        ["Įskaičiuota", "programa, žaidimai, vedėjų komanda"],
                        ["Papildomai", "maitinimas, transportas, patalpos"],
                    ],
                    "keywords": ["komandos formavimas", "įmonės išvyka", "miesto žaidimas"],
                },
                "lv": {
                    "title": "Komandas saliedēšanas dienas programma",
                    "summary": "Diena ar āra spēlēm, pilsētas orientēšanās spēli un kopīgu maltīti, ko plāno un vada "
                    "tūrisma un viesmīlības audzēkņi.",
                    "unit": "persona",
                    "body": "Audzēkņi izstrādā programmu atbilstoši jūsu mērķiem, piemēram, lai jaunie kolēģi labāk "
                    "iepazītos vai lai atzīmētu projekta noslēgumu. Tipiska diena ietver pilsētas orientēšanās spēli "
                    "nelielās komandās, sadarbības spēles un pikniku vai pusdienas. Sākumcena ietver programmu un "
                    "spēļu materiālus; ēdināšana, transports un telpu īre tiek pieskaitīti atbilstoši jūsu izvēlei. "
                    "Pedagogi uzrauga plānošanu un visu dienu ir klāt.",
                    "steps": [
                        ["Mērķi", "Pārrunājam jūsu komandu, mērķus un vēlamās aktivitātes."],
                        ["Programma", "Audzēkņi sagatavo grafiku, uzdevumus un materiālus."],
                        ["Pasākuma diena", "Audzēkņi vada aktivitātes un noslēguma pārrunas."],
                    ],
                    "specs": [
                        ["Dalībnieki", "15–60"],
                        ["Ilgums", "4–6 stundas"],
                        ["Iekļauts", "programma, spēles, vadītāju komanda"],
                        ["Papildus", "ēdināšana, transports, telpas"],
                    ],
                    "keywords": ["komandas saliedēšana", "uzņēmuma izbraukums", "pilsētas spēle"],
                },
                "pl": {
                    "title": "Program dnia integracyjnego",
                    "summary": "Dzień z grami na świeżym powietrzu, miejską grą terenową i wspólnym posiłkiem, "
                    "zaplanowany i poprowadzony przez uczniów turystyki i hotelarstwa.",
                    "unit": "osoba",
                    "body": "Uczniowie układają program pod Państwa cele, na przykład lepsze poznanie się nowych "
                    "współpracowników albo świętowanie zakończenia projektu. Typowy dzień obejmuje grę miejską w "
                    "małych drużynach, gry zespołowe oraz piknik lub obiad. Cena początkowa obejmuje program i "
                    "materiały do gier; posiłki, transport i wynajem miejsca doliczamy według Państwa wyboru. "
                    "Nauczyciele nadzorują przygotowania i są obecni przez cały dzień.",
                    "steps": [
                        ["Cele", "Rozmawiamy o zespole, celach i preferowanych aktywnościach."],
                        ["Program", "Uczniowie przygotowują harmonogram, grę i materiały."],
                        ["Dzień integracji", "Uczniowie prowadzą zajęcia i końcowe podsumowanie."],
                    ],
                    "specs": [
                        ["Uczestnicy", "15–60"],
                        ["Czas", "4–6 godzin"],
                        ["W cenie", "program, gry, zespół prowadzących"],
                        ["Dodatkowo", "posiłki, transport, miejsce"],
                    ],
                    "keywords": ["integracja", "wyjazd firmowy", "gra miejska"],
                },
                "it": {
                    "title": "Programma per una giornata di team building",
                    "summary": "Una giornata di giochi all'aperto, caccia al tesoro in città e pasto insieme, "
                    "organizzata e condotta dagli studenti di turismo e accoglienza.",
                    "unit": "persona",
                    "body": "Gli studenti costruiscono il programma intorno ai vostri obiettivi, per esempio far "
                    "conoscere i nuovi colleghi o festeggiare la fine di un progetto. Una giornata tipo comprende una "
                    "caccia al tesoro in città a piccole squadre, giochi di collaborazione e un picnic o un pranzo. Il "
                    "prezzo di partenza copre programma e materiali di gioco; pasti, trasporti e affitto della "
                    "location si aggiungono in base alle vostre scelte. I docenti seguono la preparazione e sono "
                    "presenti per tutta la giornata.",
                    "steps": [
                        ["Obiettivi", "Parliamo del vostro team, degli obiettivi e delle attività preferite."],
                        ["Programma", "Gli studenti preparano orari, caccia al tesoro e materiali."],
                        ["La giornata", "Gli studenti conducono le attività e il momento finale di confronto."],
                    ],
                    "specs": [
                        ["Partecipanti", "15–60"],
                        ["Durata", "4–6 ore"],
                        ["Incluso", "programma, giochi, squadra di animatori"],
                        ["Extra", "pasti, trasporti, location"],
                    ],
                    "keywords": ["team building", "uscita aziendale", "caccia al tesoro"],
                },
                "pt": {
                    "title": "Programa para um dia de team building",
                    "summary": "Um dia com jogos ao ar livre, um peddy-paper pela cidade e uma refeição em conjunto, "
                    "planeado e dinamizado por alunos de turismo e hotelaria.",
                    "unit": "pessoa",
                    "body": "Os alunos criam um programa à medida dos seus objetivos, por exemplo ajudar novos colegas "
                    "a conhecerem-se ou celebrar o fim de um projeto. Um dia típico inclui um peddy-paper pela cidade "
                    "em pequenas equipas, jogos de cooperação e um piquenique ou almoço. O preço base inclui o "
                    "programa e os materiais dos jogos; refeições, transporte e aluguer de espaço acrescem conforme as "
                    "suas escolhas. Os professores acompanham a preparação e estão presentes durante todo o dia.",
                    "steps": [
                        ["Objetivos", "Falamos sobre a sua equipa, os objetivos e as atividades preferidas."],
                        ["Programa", "Os alunos preparam o horário, o peddy-paper e os materiais."],
                        ["O dia", "Os alunos dinamizam as atividades e a conversa final."],
                    ],
                    "specs": [
                        ["Participantes", "15–60"],
                        ["Duração", "4–6 horas"],
                        ["Incluído", "programa, jogos, equipa de animação"],
                        ["Extras", "refeições, transporte, espaço"],
                    ],
                    "keywords": ["team building", "saída de empresa", "peddy-paper"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 30,
            "capacity_per_month": 4,
            "delivery_modes": ["on_site"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "Hosts and registration desk for conferences",
                    "summary": "Friendly, multilingual student hosts for registration, guest guidance and information "
                    "at your conference or trade fair.",
                    "unit": "event",
                    "body": "Tourism and event management students run the registration desk, hand out badges and "
                    "materials, show guests to the rooms and help speakers. Before the event they learn your "
                    "programme and venue and prepare a short information sheet. The price depends on the number of "
                    "hosts, the hours and the languages, so we send a quote. A teacher coordinates the team on the "
                    "day.",
                    "steps": [
                        ["Briefing", "We go through the programme, venue and guest list with you."],
                        ["Preparation", "Students prepare badges, signs and an information sheet."],
                        ["Event day", "The hosts welcome guests and keep registration running smoothly."],
                    ],
                    "specs": [
                        ["Team", "2–8 hosts and a coordinator"],
                        ["Languages", "local language, English and others"],
                        ["Dress code", "business attire"],
                        ["Maximum shift", "8 hours"],
                    ],
                    "keywords": ["conference hosts", "event staff", "registration"],
                },
                "lt": {
                    "title": "Konferencijų registracija ir svečių pasitikimas",
                    "summary": "Draugiški, kelias kalbas mokantys mokiniai jūsų konferencijos ar parodos registracijai, "
                    "svečių nukreipimui ir informacijai.",
                    "unit": "renginys",
                    "body": "Turizmo ir renginių organizavimo mokiniai aptarnauja registracijos stalą, išdalija "
                    "korteles ir medžiagą, palydi svečius į sales ir padeda pranešėjams. Prieš renginį jie susipažįsta "
                    "su jūsų programa bei vieta ir parengia trumpą informacinį lapą. Kaina priklauso nuo pagalbininkų "
                    "skaičiaus, valandų ir kalbų, todėl atsiunčiame pasiūlymą. Renginio dieną komandą koordinuoja "
                    "mokytojas.",
                    "steps": [
                        ["Aptarimas", "Kartu su jumis peržiūrime programą, vietą ir svečių sąrašą."],
                        ["Pasiruošimas", "Mokiniai parengia korteles, nuorodas ir informacinį lapą."],
                        ["Renginio diena", "Mokiniai pasitinka svečius ir užtikrina sklandžią registraciją."],
                    ],
                    "specs": [
                        ["Komanda", "2–8 pagalbininkai ir koordinatorius"],
                        ["Kalbos", "vietos, anglų ir kitos"],
                        ["Apranga", "dalykinė"],
                        ["Ilgiausia pamaina", "8 valandos"],
                    ],
                    "keywords": ["konferencijų aptarnavimas", "renginių personalas", "registracija"],
                },
                "lv": {
                    "title": "Konferenču reģistrācija un viesu sagaidīšana",
                    "summary": "Draudzīgi, vairākas valodas pārzinoši audzēkņi reģistrācijai, viesu orientēšanai un "
                    "informācijai jūsu konferencē vai izstādē.",
                    "unit": "pasākums",
                    "body": "Tūrisma un pasākumu vadības audzēkņi apkalpo reģistrācijas galdu, izsniedz kartes un "
                    "materiālus, pavada viesus uz zālēm un palīdz runātājiem. Pirms pasākuma viņi iepazīstas ar jūsu "
                    "programmu un norises vietu un sagatavo īsu informatīvo lapu. Cena atkarīga no palīgu skaita, "
                    "stundām un valodām, tāpēc nosūtām piedāvājumu. Pasākuma dienā komandu koordinē pedagogs.",
                    "steps": [
                        ["Instruktāža", "Kopā ar jums pārskatām programmu, norises vietu un viesu sarakstu."],
                        ["Sagatavošanās", "Audzēkņi sagatavo kartes, norādes un informatīvo lapu."],
                        ["Pasākuma diena", "Palīgi sagaida viesus un nodrošina raitu reģistrāciju."],
                    ],
                    "specs": [
                        ["Komanda", "2–8 palīgi un koordinators"],
                        ["Valodas", "vietējā, angļu un citas"],
                        ["Apģērbs", "lietišķs"],
                        ["Garākā maiņa", "8 stundas"],
                    ],
                    "keywords": ["konferenču apkalpošana", "pasākumu personāls", "reģistrācija"],
                },
                "pl": {
                    "title": "Obsługa recepcji i rejestracji na konferencjach",
                    "summary": "Życzliwa, wielojęzyczna obsługa rejestracji, kierowania gości i punktu informacyjnego "
                    "na Państwa konferencji lub targach.",
                    "unit": "wydarzenie",
                    "body": "Uczniowie turystyki i organizacji wydarzeń obsługują stanowisko rejestracji, wydają "
                    "identyfikatory i materiały, kierują gości do sal i pomagają prelegentom. Przed wydarzeniem "
                    "poznają program i miejsce oraz przygotowują krótką ściągę informacyjną. Cena zależy od liczby "
                    "osób, godzin i języków, dlatego przesyłamy wycenę. W dniu wydarzenia zespół koordynuje "
                    "nauczyciel.",
                    "steps": [
                        ["Ustalenia", "Wspólnie omawiamy program, miejsce i listę gości."],
                        ["Przygotowanie", "Uczniowie przygotowują identyfikatory, oznakowanie i ściągę informacyjną."],
                        ["Dzień wydarzenia", "Obsługa wita gości i dba o sprawną rejestrację."],
                    ],
                    "specs": [
                        ["Zespół", "2–8 osób i koordynator"],
                        ["Języki", "lokalny, angielski i inne"],
                        ["Strój", "biznesowy"],
                        ["Maksymalna zmiana", "8 godzin"],
                    ],
                    "keywords": ["obsługa konferencji", "hostessy", "rejestracja uczestników"],
                },
                "it": {
                    "title": "Hostess, steward e accrediti per convegni",
                    "summary": "Studenti cordiali e multilingue per accrediti, accoglienza e informazioni al vostro "
                    "convegno o alla vostra fiera.",
                    "unit": "evento",
                    "body": "Gli studenti di turismo e organizzazione di eventi gestiscono il desk accrediti, "
                    "consegnano badge e materiali, accompagnano gli ospiti nelle sale e assistono i relatori. Prima "
                    "dell'evento studiano programma e location e preparano una breve scheda informativa. Il prezzo "
                    "dipende dal numero di persone, dalle ore e dalle lingue, quindi vi inviamo un preventivo. Il "
                    "giorno dell'evento un docente coordina la squadra.",
                    "steps": [
                        ["Briefing", "Esaminiamo con voi programma, location ed elenco degli ospiti."],
                        ["Preparazione", "Gli studenti preparano badge, segnaletica e scheda informativa."],
                        ["Giorno dell'evento", "Lo staff accoglie gli ospiti e gestisce gli accrediti senza intoppi."],
                    ],
                    "specs": [
                        ["Squadra", "2–8 persone e un coordinatore"],
                        ["Lingue", "locale, inglese e altre"],
                        ["Abbigliamento", "formale"],
                        ["Turno massimo", "8 ore"],
                    ],
                    "keywords": ["hostess", "accoglienza eventi", "accrediti"],
                },
                "pt": {
                    "title": "Acolhimento e secretariado para conferências",
                    "summary": "Alunos simpáticos e poliglotas para o registo, a orientação dos convidados e a "
                    "informação na sua conferência ou feira.",
                    "unit": "evento",
                    "body": "Os alunos de turismo e organização de eventos asseguram o balcão de registo, entregam "
                    "crachás e materiais, encaminham os convidados para as salas e apoiam os oradores. Antes do evento "
                    "estudam o programa e o espaço e preparam uma pequena folha de informação. O preço depende do "
                    "número de pessoas, das horas e das línguas, por isso enviamos um orçamento. No dia do evento, um "
                    "professor coordena a equipa.",
                    "steps": [
                        ["Reunião prévia", "Analisamos consigo o programa, o espaço e a lista de convidados."],
                        ["Preparação", "Os alunos preparam crachás, sinalética e a folha de informação."],
                        ["Dia do evento", "A equipa recebe os convidados e mantém o registo a funcionar sem falhas."],
                    ],
                    "specs": [
                        ["Equipa", "2–8 pessoas e um coordenador"],
                        ["Línguas", "local, inglês e outras"],
                        ["Indumentária", "formal"],
                        ["Turno máximo", "8 horas"],
                    ],
                    "keywords": ["acolhimento de eventos", "secretariado", "registo de participantes"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "60.00",
            "minimum_order": 1,
            "lead_time_days": 10,
            "capacity_per_month": 12,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Custom itinerary for business visitors",
                    "summary": "A detailed one- to three-day plan with sights, restaurants, transport and practical "
                    "tips for your foreign guests.",
                    "unit": "itinerary",
                    "body": "Send us the dates, interests and budget of your guests, and tourism students will prepare "
                    "a day-by-day itinerary with opening hours, travel times, restaurant suggestions and a map. The "
                    "itinerary is delivered as a printable PDF and a mobile-friendly link in the language you need. A "
                    "tourism teacher checks all information before delivery. Ticket or table bookings can be added on "
                    "request.",
                    "steps": [
                        ["Brief", "You tell us about the guests, dates and interests."],
                        ["Research", "Students plan the route and check opening hours and prices."],
                        ["Delivery", "The itinerary is designed and sent as a PDF and a link."],
                    ],
                    "specs": [
                        ["Length", "1–3 days"],
                        ["Format", "PDF and mobile link"],
                        ["Languages", "English and the local language, others on request"],
                        ["Delivery", "within 10 days"],
                    ],
                    "keywords": ["itinerary", "business travel", "trip planning"],
                },
                "lt": {
                    "title": "Individualus maršrutas verslo svečiams",
                    "summary": "Išsamus vienos–trijų dienų planas su lankytinomis vietomis, restoranais, transportu ir "
                    "praktiniais patarimais jūsų užsienio svečiams.",
                    "unit": "maršrutas",
                    "body": "Atsiųskite mums svečių atvykimo datas, pomėgius ir biudžetą, o turizmo mokiniai parengs "
                    "kiekvienos dienos maršrutą su darbo laiku, kelionės trukme, restoranų pasiūlymais ir žemėlapiu. "
                    "Maršrutą pateikiame spausdinti tinkamu PDF failu ir telefone patogiai atidaroma nuoroda reikiama "
                    "kalba. Prieš pateikiant visą informaciją patikrina turizmo mokytojas. Pageidaujant galime "
                    "rezervuoti bilietus ar staliukus.",
                    "steps": [
                        ["Užduotis", "Papasakojate apie svečius, datas ir pomėgius."],
                        ["Paieška", "Mokiniai suplanuoja maršrutą, patikrina darbo laiką ir kainas."],
                        ["Pateikimas", "Maršrutas apipavidalinamas ir atsiunčiamas PDF failu bei nuoroda."],
                    ],
                    "specs": [
                        ["Trukmė", "1–3 dienos"],
                        ["Formatas", "PDF ir nuoroda telefonui"],
                        ["Kalbos", "anglų ir vietos, kitos – pagal užklausą"],
                        ["Pateikimas", "per 10 dienų"],
                    ],
                    "keywords": ["maršrutas", "verslo kelionės", "kelionės planavimas"],
                },
                "lv": {
                    "title": "Individuāls maršruts biznesa viesiem",
                    "summary": "Detalizēts vienas līdz trīs dienu plāns ar apskates vietām, restorāniem, transportu un "
                    "praktiskiem padomiem jūsu ārvalstu viesiem.",
                    "unit": "maršruts",
                    "body": "Atsūtiet mums viesu ierašanās datumus, intereses un budžetu, un tūrisma audzēkņi "
                    "sagatavos maršrutu katrai dienai ar darba laikiem, ceļā pavadīto laiku, restorānu ieteikumiem un "
                    "karti. Maršrutu nosūtām kā drukājamu PDF failu un mobilajām ierīcēm ērtu saiti vajadzīgajā "
                    "valodā. Pirms nosūtīšanas visu informāciju pārbauda tūrisma pedagogs. Pēc pieprasījuma varam "
                    "rezervēt arī biļetes vai galdiņus.",
                    "steps": [
                        ["Uzdevums", "Jūs pastāstāt par viesiem, datumiem un interesēm."],
                        ["Izpēte", "Audzēkņi plāno maršrutu un pārbauda darba laikus un cenas."],
                        ["Nodošana", "Maršruts tiek noformēts un nosūtīts kā PDF fails un saite."],
                    ],
                    "specs": [
                        ["Ilgums", "1–3 dienas"],
                        ["Formāts", "PDF un saite mobilajām ierīcēm"],
                        ["Valodas", "angļu un vietējā, citas pēc pieprasījuma"],
                        ["Izpilde", "10 dienu laikā"],
                    ],
                    "keywords": ["maršruts", "biznesa ceļojumi", "ceļojuma plānošana"],
                },
                "pl": {
                    "title": "Indywidualny plan pobytu dla gości biznesowych",
                    "summary": "Szczegółowy plan na jeden do trzech dni z zabytkami, restauracjami, transportem i "
                    "praktycznymi wskazówkami dla Państwa zagranicznych gości.",
                    "unit": "plan",
                    "body": "Wystarczy przesłać daty, zainteresowania i budżet gości, a uczniowie turystyki przygotują "
                    "plan na każdy dzień z godzinami otwarcia, czasem przejazdów, propozycjami restauracji i mapą. "
                    "Plan przekazujemy jako PDF do wydruku oraz link wygodny do otwarcia na telefonie, w wybranym "
                    "języku. Przed wysłaniem wszystkie informacje sprawdza nauczyciel turystyki. Na życzenie możemy "
                    "zarezerwować bilety lub stoliki.",
                    "steps": [
                        ["Brief", "Opowiadają nam Państwo o gościach, terminach i zainteresowaniach."],
                        ["Rozeznanie", "Uczniowie planują trasę oraz sprawdzają godziny otwarcia i ceny."],
                        ["Przekazanie", "Plan jest opracowany graficznie i wysłany jako PDF oraz link."],
                    ],
                    "specs": [
                        ["Długość", "1–3 dni"],
                        ["Forma", "PDF i link mobilny"],
                        ["Języki", "angielski i lokalny, inne na życzenie"],
                        ["Termin", "do 10 dni"],
                    ],
                    "keywords": ["plan zwiedzania", "podróże służbowe", "organizacja pobytu"],
                },
                "it": {
                    "title": "Itinerario su misura per ospiti d'affari",
                    "summary": "Un programma dettagliato da uno a tre giorni con luoghi da visitare, ristoranti, "
                    "trasporti e consigli pratici per i vostri ospiti stranieri.",
                    "unit": "itinerario",
                    "body": "Inviateci date, interessi e budget dei vostri ospiti e gli studenti di turismo "
                    "prepareranno un itinerario giorno per giorno con orari di apertura, tempi di spostamento, "
                    "ristoranti consigliati e una mappa. L'itinerario viene consegnato come PDF stampabile e come "
                    "link consultabile dallo smartphone, nella lingua che preferite. Un docente di turismo verifica "
                    "tutte le informazioni prima della consegna. Su richiesta possiamo prenotare biglietti o tavoli.",
                    "steps": [
                        ["Brief", "Ci raccontate ospiti, date e interessi."],
                        ["Ricerca", "Gli studenti pianificano il percorso e verificano orari e prezzi."],
                        ["Consegna", "L'itinerario viene impaginato e inviato come PDF e link."],
                    ],
                    "specs": [
                        ["Durata", "1–3 giorni"],
                        ["Formato", "PDF e link per smartphone"],
                        ["Lingue", "inglese e lingua locale, altre su richiesta"],
                        ["Consegna", "entro 10 giorni"],
                    ],
                    "keywords": ["itinerario", "viaggi d'affari", "organizzazione del soggiorno"],
                },
                "pt": {
                    "title": "Roteiro personalizado para visitantes de negócios",
                    "summary": "Um plano detalhado de um a três dias com monumentos, restaurantes, transportes e dicas "
                    "práticas para os seus convidados estrangeiros.",
                    "unit": "roteiro",
                    "body": "Envie-nos as datas, os interesses e o orçamento dos seus convidados e os alunos de turismo "
                    "preparam um roteiro dia a dia com horários, tempos de deslocação, sugestões de restaurantes e um "
                    "mapa. O roteiro é entregue em PDF para imprimir e numa ligação fácil de abrir no telemóvel, na "
                    "língua de que precisar. Um professor de turismo verifica toda a informação antes da entrega. "
                    "Mediante pedido, podemos reservar bilhetes ou mesas.",
                    "steps": [
                        ["Briefing", "Fala-nos dos convidados, das datas e dos interesses."],
                        ["Pesquisa", "Os alunos planeiam o percurso e confirmam horários e preços."],
                        ["Entrega", "O roteiro é paginado e enviado em PDF e por ligação."],
                    ],
                    "specs": [
                        ["Duração", "1–3 dias"],
                        ["Formato", "PDF e ligação para telemóvel"],
                        ["Línguas", "inglês e língua local, outras mediante pedido"],
                        ["Entrega", "no prazo de 10 dias"],
                    ],
                    "keywords": ["roteiro", "viagens de negócios", "planeamento de viagens"],
                },
            },
        },
    ],
    "graphic-design": [
        {
            "kind": "service",
            "price_model": "fixed",
            "amount_eur": "150.00",
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 6,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Logo design",
                    "summary": "Three logo concepts for your business, one of them refined into a final logo with "
                    "files for print and web.",
                    "unit": "logo",
                    "body": "Students start with a questionnaire about your business, customers and style preferences "
                    "and then present three different logo concepts. You choose one, and it is refined in up to two "
                    "rounds of changes. You receive the final logo in colour and black-and-white versions, in vector "
                    "and image formats, together with a one-page usage guide. A teacher who works as a professional "
                    "designer reviews the concepts before you see them.",
                    "steps": [
                        ["Brief", "You fill in a short questionnaire about your business."],
                        ["Concepts", "Students present three logo ideas."],
                        ["Final files", "The chosen logo is refined and delivered in all formats."],
                    ],
                    "specs": [
                        ["Concepts", "3"],
                        ["Revisions", "2 rounds"],
                        ["Files", "AI, SVG, PDF, PNG"],
                        ["Usage guide", "1 page"],
                    ],
                    "keywords": ["logo design", "branding", "graphic design"],
                },
                "lt": {
                    "title": "Logotipo kūrimas",
                    "summary": "Trys logotipo koncepcijos jūsų verslui, iš kurių viena išbaigiama į galutinį logotipą "
                    "su failais spaudai ir internetui.",
                    "unit": "logotipas",
                    "body": "Mokiniai pradeda nuo klausimyno apie jūsų verslą, klientus ir stiliaus pageidavimus, o "
                    "tada pristato tris skirtingas logotipo koncepcijas. Jūs išsirenkate vieną, ir ji tobulinama "
                    "daugiausia per du pataisymų etapus. Galutinį logotipą gaunate spalvotą ir nespalvotą, vektoriniu "
                    "ir rastriniu formatais, kartu su vieno puslapio naudojimo gairėmis. Koncepcijas prieš jums "
                    "parodant peržiūri mokytojas, dirbantis profesionaliu dizaineriu.",
                    "steps": [
                        ["Užduotis", "Užpildote trumpą klausimyną apie savo verslą."],
                        ["Koncepcijos", "Mokiniai pristato tris logotipo idėjas."],
                        ["Galutiniai failai", "Pasirinktas logotipas išbaigiamas ir pateikiamas visais formatais."],
                    ],
                    "specs": [
                        ["Koncepcijos", "3"],
                        ["Pataisymai", "2 etapai"],
                        ["Failai", "AI, SVG, PDF, PNG"],
                        ["Naudojimo gairės", "1 puslapis"],
                    ],
                    "keywords": ["logotipo kūrimas", "prekės ženklas", "grafinis dizainas"],
                },
                "lv": {
                    "title": "Logotipa izstrāde",
                    "summary": "Trīs logotipa koncepcijas jūsu uzņēmumam, no kurām viena tiek pilnveidota līdz "
                    "galīgajam logotipam ar failiem drukai un tīmeklim.",
                    "unit": "logotips",
                    "body": "Audzēkņi sāk ar anketu par jūsu uzņēmumu, klientiem un stila vēlmēm, un pēc tam piedāvā "
                    "trīs atšķirīgas logotipa koncepcijas. Jūs izvēlaties vienu, un tā tiek pilnveidota ne vairāk kā "
                    "divās labojumu kārtās. Galīgo logotipu saņemat krāsainā un melnbaltā versijā, vektoru un attēlu "
                    "formātos, kopā ar vienas lappuses lietošanas vadlīnijām. Koncepcijas pirms parādīšanas jums "
                    "pārskata pedagogs, kurš strādā par profesionālu dizaineri.",
                    "steps": [
                        ["Uzdevums", "Jūs aizpildāt īsu anketu par savu uzņēmumu."],
                        ["Koncepcijas", "Audzēkņi piedāvā trīs logotipa idejas."],
                        ["Galīgie faili", "Izvēlētais logotips tiek pilnveidots un nodots visos formātos."],
                    ],
                    "specs": [
                        ["Koncepcijas", "3"],
                        ["Labojumi", "2 kārtas"],
                        ["Faili", "AI, SVG, PDF, PNG"],
                        ["Lietošanas vadlīnijas", "1 lappuse"],
                    ],
                    "keywords": ["logotipa dizains", "zīmols", "grafiskais dizains"],
                },
                "pl": {
                    "title": "Projekt logo",
                    "summary": "Trzy koncepcje logo dla Państwa firmy, z których jedna zostaje dopracowana w finalne "
                    "logo z plikami do druku i internetu.",
                    "unit": "logo",
                    "body": "Uczniowie zaczynają od ankiety dotyczącej Państwa firmy, klientów i preferencji "
                    "stylistycznych, a potem przedstawiają trzy różne koncepcje logo. Wybierają Państwo jedną, którą "
                    "dopracowujemy w maksymalnie dwóch rundach poprawek. Finalne logo otrzymują Państwo w wersji "
                    "kolorowej i czarno-białej, w formatach wektorowych i rastrowych, wraz z jednostronicową "
                    "instrukcją użycia. Koncepcje przed prezentacją sprawdza nauczyciel, który zawodowo zajmuje się "
                    "projektowaniem.",
                    "steps": [
                        ["Brief", "Wypełniają Państwo krótką ankietę o firmie."],
                        ["Koncepcje", "Uczniowie przedstawiają trzy pomysły na logo."],
                        ["Pliki końcowe", "Wybrane logo jest dopracowywane i przekazywane we wszystkich formatach."],
                    ],
                    "specs": [
                        ["Koncepcje", "3"],
                        ["Poprawki", "2 rundy"],
                        ["Pliki", "AI, SVG, PDF, PNG"],
                        ["Instrukcja użycia", "1 strona"],
                    ],
                    "keywords": ["projekt logo", "branding", "projektowanie graficzne"],
                },
                "it": {
                    "title": "Progettazione del logo",
                    "summary": "Tre proposte di logo per la vostra attività, una delle quali perfezionata fino al logo "
                    "definitivo con i file per stampa e web.",
                    "unit": "logo",
                    "body": "Gli studenti partono da un questionario sulla vostra attività, sui clienti e sulle "
                    "preferenze di stile, poi presentano tre proposte di logo diverse. Ne scegliete una, che viene "
                    "perfezionata in massimo due giri di modifiche. Ricevete il logo definitivo a colori e in bianco e "
                    "nero, in formato vettoriale e raster, insieme a una guida d'uso di una pagina. Un docente che "
                    "lavora come grafico professionista rivede le proposte prima che vi vengano mostrate.",
                    "steps": [
                        ["Brief", "Compilate un breve questionario sulla vostra attività."],
                        ["Proposte", "Gli studenti presentano tre idee di logo."],
                        ["File definitivi", "Il logo scelto viene perfezionato e consegnato in tutti i formati."],
                    ],
                    "specs": [
                        ["Proposte", "3"],
                        ["Revisioni", "2"],
                        ["File", "AI, SVG, PDF, PNG"],
                        ["Guida d'uso", "1 pagina"],
                    ],
                    "keywords": ["logo", "immagine coordinata", "grafica"],
                },
                "pt": {
                    "title": "Criação de logótipo",
                    "summary": "Três propostas de logótipo para o seu negócio, uma delas aperfeiçoada até ao logótipo "
                    "final, com ficheiros para impressão e web.",
                    "unit": "logótipo",
                    "body": "Os alunos começam com um questionário sobre o seu negócio, os clientes e as preferências "
                    "de estilo e depois apresentam três propostas de logótipo diferentes. Escolhe uma, que é "
                    "aperfeiçoada em até duas rondas de alterações. Recebe o logótipo final a cores e a preto e branco, "
                    "em formato vetorial e de imagem, com um guia de utilização de uma página. Um professor que "
                    "trabalha como designer profissional revê as propostas antes de lhas mostrarmos.",
                    "steps": [
                        ["Briefing", "Preenche um pequeno questionário sobre o seu negócio."],
                        ["Propostas", "Os alunos apresentam três ideias de logótipo."],
                        ["Ficheiros finais", "O logótipo escolhido é aperfeiçoado e entregue em todos os formatos."],
                    ],
                    "specs": [
                        ["Propostas", "3"],
                        ["Alterações", "2 rondas"],
                        ["Ficheiros", "AI, SVG, PDF, PNG"],
                        ["Guia de utilização", "1 página"],
                    ],
                    "keywords": ["logótipo", "identidade de marca", "design gráfico"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "from",
            "amount_eur": "350.00",
            "minimum_order": 1,
            "lead_time_days": 35,
            "capacity_per_month": 3,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 5,
            "texts": {
                "en": {
                    "title": "Visual identity package",
                    "summary": "Logo, colours, fonts, business cards and templates that give your business a "
                    "consistent look.",
                    "unit": "package",
                    "body": "Final-year design students create a complete basic identity: logo, colour palette, choice "
                    "of fonts, business cards, letterhead and social media templates. All elements are collected in a "
                    "short brand manual, so that you and your partners can use them consistently. The starting price "
                    "covers the basic set; extra items such as signage or vehicle graphics are priced separately. The "
                    "project is supervised by a teacher with agency experience.",
                    "steps": [
                        ["Research", "Students study your market, competitors and values."],
                        ["Design", "The logo and identity elements are developed and presented."],
                        ["Brand manual", "The final files and guidelines are delivered."],
                    ],
                    "specs": [
                        ["Included", "logo, palette, fonts, business card, letterhead, social media templates"],
                        ["Brand manual", "8–12 pages"],
                        ["Revisions", "2 rounds"],
                        ["Delivery", "about 5 weeks"],
                    ],
                    "keywords": ["visual identity", "brand manual", "business cards"],
                },
                "lt": {
                    "title": "Vizualinio identiteto paketas",
                    "summary": "Logotipas, spalvos, šriftai, vizitinės kortelės ir šablonai, suteikiantys jūsų verslui "
                    "vientisą įvaizdį.",
                    "unit": "paketas",
                    "body": "Baigiamųjų kursų dizaino mokiniai sukuria visą bazinį identitetą: logotipą, spalvų "
                    "paletę, šriftų derinį, vizitines korteles, firminį blanką ir socialinių tinklų šablonus. Visi "
                    "elementai surenkami į trumpą prekės ženklo knygą, kad jūs ir jūsų partneriai galėtumėte juos "
                    "naudoti nuosekliai. Pradinė kaina apima bazinį rinkinį; papildomi elementai, pavyzdžiui, iškabos "
                    "ar automobilių grafika, įkainojami atskirai. Projektą prižiūri reklamos agentūroje dirbęs "
                    "mokytojas.",
                    "steps": [
                        ["Tyrimas", "Mokiniai išanalizuoja jūsų rinką, konkurentus ir vertybes."],
                        ["Dizainas", "Sukuriami ir pristatomi logotipas bei identiteto elementai."],
                        ["Prekės ženklo knyga", "Pateikiami galutiniai failai ir naudojimo gairės."],
                    ],
                    "specs": [
                        [
                            "Įskaičiuota",
                            "logotipas, paletė, šriftai, vizitinė kortelė, blankas, socialinių tinklų šablonai",
                        ],
                        ["Prekės ženklo knyga", "8–12 puslapių"],
                        ["Pataisymai", "2 etapai"],
                        ["Pateikimas", "apie 5 savaites"],
                    ],
                    "keywords": ["vizualinis identitetas", "prekės ženklo knyga", "vizitinės kortelės"],
                },
                "lv": {
                    "title": "Vizuālās identitātes komplekts",
                    "summary": "Logotips, krāsas, fonti, vizītkartes un veidnes, kas piešķir jūsu uzņēmumam vienotu "
                    "tēlu.",
                    "unit": "komplekts",
                    "body": "Pēdējā kursa dizaina audzēkņi izveido pilnu pamata identitāti: logotipu, krāsu paleti, "
                    "fontu izvēli, vizītkartes, veidlapu un sociālo tīklu veidnes. Visi elementi tiek apkopoti īsā "
                    "zīmola grāmatā, lai jūs un jūsu partneri tos varētu lietot vienoti. Sākumcena ietver pamata "
                    "komplektu; papildu elementi, piemēram, izkārtnes vai transportlīdzekļu noformējums, tiek "
                    "novērtēti atsevišķi. Projektu uzrauga pedagogs ar reklāmas aģentūras pieredzi.",
                    "steps": [
                        ["Izpēte", "Audzēkņi izpēta jūsu tirgu, konkurentus un vērtības."],
                        ["Dizains", "Tiek izstrādāts un prezentēts logotips un identitātes elementi."],
                        ["Zīmola grāmata", "Tiek nodoti galīgie faili un vadlīnijas."],
                    ],
                    "specs": [
                        ["Iekļauts", "logotips, palete, fonti, vizītkarte, veidlapa, sociālo tīklu veidnes"],
                        ["Zīmola grāmata", "8–12 lappuses"],
                        ["Labojumi", "2 kārtas"],
                        ["Izpilde", "apmēram 5 nedēļas"],
                    ],
                    "keywords": ["vizuālā identitāte", "zīmola grāmata", "vizītkartes"],
                },
                "pl": {
                    "title": "Pakiet identyfikacji wizualnej",
                    "summary": "Logo, kolory, kroje pisma, wizytówki i szablony, które nadają Państwa firmie spójny "
                    "wizerunek.",
                    "unit": "pakiet",
                    "body": "Uczniowie ostatniej klasy grafiki tworzą kompletną podstawową identyfikację: logo, paletę "
                    "kolorów, dobór krojów pisma, wizytówki, papier firmowy i szablony do mediów społecznościowych. "
                    "Wszystkie elementy zbieramy w krótkiej księdze znaku, aby Państwo i partnerzy mogli ich używać "
                    "konsekwentnie. Cena początkowa obejmuje zestaw podstawowy; dodatkowe elementy, np. szyldy czy "
                    "oklejenie pojazdów, wyceniamy osobno. Projekt nadzoruje nauczyciel z doświadczeniem w agencji.",
                    "steps": [
                        ["Analiza", "Uczniowie badają rynek, konkurencję i wartości firmy."],
                        ["Projekt", "Powstają i są prezentowane logo oraz elementy identyfikacji."],
                        ["Księga znaku", "Przekazujemy pliki końcowe i wytyczne."],
                    ],
                    "specs": [
                        ["W pakiecie", "logo, paleta, kroje pisma, wizytówka, papier firmowy, szablony social media"],
                        ["Księga znaku", "8–12 stron"],
                        ["Poprawki", "2 rundy"],
                        ["Termin", "ok. 5 tygodni"],
                    ],
                    "keywords": ["identyfikacja wizualna", "księga znaku", "wizytówki"],
                },
                "it": {
                    "title": "Pacchetto di identità visiva",
                    "summary": "Logo, colori, caratteri, biglietti da visita e modelli che danno alla vostra attività "
                    "un'immagine coerente.",
                    "unit": "pacchetto",
                    "body": "Gli studenti dell'ultimo anno di grafica creano un'identità di base completa: logo, "
                    "palette di colori, scelta dei caratteri, biglietti da visita, carta intestata e modelli per i "
                    "social. Tutti gli elementi sono raccolti in un breve manuale d'identità, così voi e i vostri "
                    "partner potete usarli in modo coerente. Il prezzo di partenza copre il pacchetto base; elementi "
                    "aggiuntivi come insegne o grafiche per veicoli vengono quotati a parte. Il progetto è seguito da "
                    "un docente con esperienza in agenzia.",
                    "steps": [
                        ["Ricerca", "Gli studenti studiano mercato, concorrenti e valori dell'azienda."],
                        ["Progetto", "Logo ed elementi dell'identità vengono sviluppati e presentati."],
                        ["Manuale", "Vengono consegnati i file definitivi e le linee guida."],
                    ],
                    "specs": [
                        ["Incluso", "logo, palette, caratteri, biglietto da visita, carta intestata, modelli social"],
                        ["Manuale d'identità", "8–12 pagine"],
                        ["Revisioni", "2"],
                        ["Consegna", "circa 5 settimane"],
                    ],
                    "keywords": ["identità visiva", "manuale del marchio", "biglietti da visita"],
                },
                "pt": {
                    "title": "Pacote de identidade visual",
                    "summary": "Logótipo, cores, tipos de letra, cartões de visita e modelos que dão ao seu negócio "
                    "uma imagem coerente.",
                    "unit": "pacote",
                    "body": "Os alunos finalistas de design criam uma identidade base completa: logótipo, paleta de "
                    "cores, escolha de tipos de letra, cartões de visita, papel timbrado e modelos para redes "
                    "sociais. Todos os elementos são reunidos num pequeno manual de normas, para que o cliente e os "
                    "seus parceiros os possam usar de forma coerente. O preço base cobre o conjunto essencial; "
                    "elementos extra, como sinalética ou decoração de viaturas, são orçamentados à parte. O projeto é "
                    "acompanhado por um professor com experiência em agência.",
                    "steps": [
                        ["Pesquisa", "Os alunos estudam o mercado, a concorrência e os valores da empresa."],
                        ["Design", "O logótipo e os elementos da identidade são desenvolvidos e apresentados."],
                        ["Manual de normas", "São entregues os ficheiros finais e as orientações."],
                    ],
                    "specs": [
                        [
                            "Incluído",
                            "logótipo, paleta, tipos de letra, cartão de visita, papel timbrado, modelos para redes sociais",
                        ],
                        ["Manual de normas", "8–12 páginas"],
                        ["Alterações", "2 rondas"],
                        ["Entrega", "cerca de 5 semanas"],
                    ],
                    "keywords": ["identidade visual", "manual de normas", "cartões de visita"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "per_unit",
            "amount_eur": "40.00",
            "minimum_order": 1,
            "lead_time_days": 7,
            "capacity_per_month": 30,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Poster and flyer design",
                    "summary": "Eye-catching posters, flyers or invitations designed from your text and images, ready "
                    "for print.",
                    "unit": "layout",
                    "body": "Send us the text, logo and any photos, and students will design a layout in the size you "
                    "need. The price is per layout and includes one round of changes and a print-ready PDF with "
                    "bleed. We can also arrange printing with a partner print shop at its own prices. A teacher "
                    "checks the typography and print settings before delivery.",
                    "steps": [
                        ["Content", "You send the text, images and required format."],
                        ["Layout", "Students design the layout and send a preview."],
                        ["Print file", "After your feedback, the print-ready file is delivered."],
                    ],
                    "specs": [
                        ["Formats", "A5 to A1, custom sizes"],
                        ["Revisions", "1 round"],
                        ["Output", "print-ready PDF, PNG for web"],
                        ["Printing", "on request"],
                    ],
                    "keywords": ["poster design", "flyers", "print design"],
                },
                "lt": {
                    "title": "Plakatų ir skrajučių dizainas",
                    "summary": "Akį traukiantys plakatai, skrajutės ar kvietimai, sukurti iš jūsų teksto ir vaizdų ir "
                    "paruošti spaudai.",
                    "unit": "maketas",
                    "body": "Atsiųskite mums tekstą, logotipą ir nuotraukas, o mokiniai sukurs reikiamo dydžio maketą. "
                    "Kaina nurodyta už vieną maketą, į ją įeina vienas pataisymų etapas ir spaudai paruoštas PDF su "
                    "užlaida. Galime suorganizuoti ir spausdinimą partnerių spaustuvėje jos kainomis. Prieš "
                    "pateikiant mokytojas patikrina tipografiką ir spaudos nustatymus.",
                    "steps": [
                        ["Turinys", "Atsiunčiate tekstą, vaizdus ir reikiamą formatą."],
                        ["Maketavimas", "Mokiniai sukuria maketą ir atsiunčia peržiūrai."],
                        ["Spaudos failas", "Atsižvelgus į jūsų pastabas, pateikiamas spaudai paruoštas failas."],
                    ],
                    "specs": [
                        ["Formatai", "nuo A5 iki A1, nestandartiniai dydžiai"],
                        ["Pataisymai", "1 etapas"],
                        ["Rezultatas", "spaudai paruoštas PDF, PNG internetui"],
                        ["Spausdinimas", "pagal užklausą"],
                    ],
                    "keywords": ["plakatų dizainas", "skrajutės", "spaudos dizainas"],
                },
                "lv": {
                    "title": "Plakātu un skrejlapu dizains",
                    "summary": "Uzmanību piesaistoši plakāti, skrejlapas vai ielūgumi, veidoti no jūsu teksta un "
                    "attēliem un sagatavoti drukai.",
                    "unit": "makets",
                    "body": "Atsūtiet mums tekstu, logotipu un fotogrāfijas, un audzēkņi izveidos maketu vajadzīgajā "
                    "izmērā. Cena norādīta par vienu maketu, un tajā ietilpst viena labojumu kārta un drukai "
                    "sagatavots PDF ar pārlaidumu. Varam noorganizēt arī drukāšanu sadarbības tipogrāfijā par tās "
                    "cenām. Pirms nodošanas pedagogs pārbauda tipogrāfiku un drukas iestatījumus.",
                    "steps": [
                        ["Saturs", "Jūs atsūtāt tekstu, attēlus un vajadzīgo formātu."],
                        ["Maketēšana", "Audzēkņi izveido maketu un nosūta priekšskatījumu."],
                        ["Drukas fails", "Pēc jūsu komentāriem tiek nodots drukai gatavs fails."],
                    ],
                    "specs": [
                        ["Formāti", "no A5 līdz A1, nestandarta izmēri"],
                        ["Labojumi", "1 kārta"],
                        ["Rezultāts", "drukai gatavs PDF, PNG tīmeklim"],
                        ["Druka", "pēc pieprasījuma"],
                    ],
                    "keywords": ["plakātu dizains", "skrejlapas", "poligrāfijas dizains"],
                },
                "pl": {
                    "title": "Projekt plakatu lub ulotki",
                    "summary": "Przyciągające wzrok plakaty, ulotki lub zaproszenia zaprojektowane z Państwa tekstów i "
                    "zdjęć, gotowe do druku.",
                    "unit": "projekt",
                    "body": "Wystarczy przesłać tekst, logo i zdjęcia, a uczniowie zaprojektują układ w potrzebnym "
                    "formacie. Cena dotyczy jednego projektu i obejmuje jedną rundę poprawek oraz PDF gotowy do druku "
                    "ze spadami. Możemy też zorganizować druk w zaprzyjaźnionej drukarni według jej cennika. Przed "
                    "przekazaniem nauczyciel sprawdza typografię i ustawienia do druku.",
                    "steps": [
                        ["Treść", "Przesyłają Państwo tekst, zdjęcia i wymagany format."],
                        ["Skład", "Uczniowie projektują układ i wysyłają podgląd."],
                        ["Plik do druku", "Po Państwa uwagach przekazujemy plik gotowy do druku."],
                    ],
                    "specs": [
                        ["Formaty", "od A5 do A1, wymiary niestandardowe"],
                        ["Poprawki", "1 runda"],
                        ["Efekt", "PDF do druku, PNG do internetu"],
                        ["Druk", "na życzenie"],
                    ],
                    "keywords": ["projekt plakatu", "ulotki", "projektowanie do druku"],
                },
                "it": {
                    "title": "Grafica per manifesti e volantini",
                    "summary": "Manifesti, volantini o inviti d'effetto realizzati con i vostri testi e le vostre "
                    "immagini, pronti per la stampa.",
                    "unit": "impaginato",
                    "body": "Inviateci testo, logo ed eventuali foto e gli studenti creeranno un impaginato nel formato "
                    "che vi serve. Il prezzo è per impaginato e comprende una revisione e un PDF pronto per la stampa "
                    "con abbondanza. Possiamo anche organizzare la stampa presso una tipografia partner, ai suoi "
                    "prezzi. Un docente controlla tipografia e impostazioni di stampa prima della consegna.",
                    "steps": [
                        ["Contenuti", "Ci inviate testi, immagini e formato richiesto."],
                        ["Impaginazione", "Gli studenti creano l'impaginato e vi mandano un'anteprima."],
                        ["File di stampa", "Dopo il vostro riscontro consegniamo il file pronto per la stampa."],
                    ],
                    "specs": [
                        ["Formati", "da A5 ad A1, misure personalizzate"],
                        ["Revisioni", "1"],
                        ["Risultato", "PDF per la stampa, PNG per il web"],
                        ["Stampa", "su richiesta"],
                    ],
                    "keywords": ["manifesti", "volantini", "grafica per la stampa"],
                },
                "pt": {
                    "title": "Design de cartazes e folhetos",
                    "summary": "Cartazes, folhetos ou convites apelativos, criados a partir dos seus textos e imagens e "
                    "prontos a imprimir.",
                    "unit": "maquete",
                    "body": "Envie-nos o texto, o logótipo e as fotografias e os alunos criam uma maquete no formato "
                    "de que precisa. O preço é por maquete e inclui uma ronda de alterações e um PDF pronto para "
                    "impressão com sangria. Também podemos tratar da impressão numa gráfica parceira, aos preços "
                    "dela. Um professor verifica a tipografia e as definições de impressão antes da entrega.",
                    "steps": [
                        ["Conteúdos", "Envia o texto, as imagens e o formato pretendido."],
                        ["Paginação", "Os alunos criam a maquete e enviam uma pré-visualização."],
                        ["Ficheiro de impressão", "Depois da sua opinião, entregamos o ficheiro pronto a imprimir."],
                    ],
                    "specs": [
                        ["Formatos", "de A5 a A1, medidas personalizadas"],
                        ["Alterações", "1 ronda"],
                        ["Resultado", "PDF para impressão, PNG para web"],
                        ["Impressão", "mediante pedido"],
                    ],
                    "keywords": ["cartazes", "folhetos", "design para impressão"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 30,
            "capacity_per_month": 3,
            "delivery_modes": ["remote"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Packaging and label design",
                    "summary": "Labels, boxes and bags for local producers, designed with printing technology and "
                    "labelling rules in mind.",
                    "unit": "project",
                    "body": "Students design labels or packaging for food, cosmetics or craft products, taking into "
                    "account the printing method, materials and mandatory information. They make mock-ups so you can "
                    "see the packaging before it goes to print. Because packaging projects vary widely, we prepare a "
                    "quote after the first meeting. A teacher checks the technical files against the printer's "
                    "requirements.",
                    "steps": [
                        ["Brief", "We discuss the product, target group and printing method."],
                        ["Design and mock-up", "Students design the packaging and make a physical mock-up."],
                        ["Technical files", "Print-ready files with cutting lines are prepared."],
                    ],
                    "specs": [
                        ["Products", "labels, boxes, bags"],
                        ["Mock-up", "included"],
                        ["Output", "print-ready files with cutting lines"],
                        ["Mandatory information", "checked together with you"],
                    ],
                    "keywords": ["packaging design", "labels", "local producers"],
                },
                "lt": {
                    "title": "Pakuočių ir etikečių dizainas",
                    "summary": "Etiketės, dėžutės ir maišeliai vietos gamintojams, sukurti atsižvelgiant į spaudos "
                    "technologiją ir ženklinimo reikalavimus.",
                    "unit": "projektas",
                    "body": "Mokiniai kuria maisto, kosmetikos ar amatininkų gaminių etiketes ar pakuotes, "
                    "atsižvelgdami į spausdinimo būdą, medžiagas ir privalomą informaciją. Jie pagamina maketus, kad "
                    "pakuotę pamatytumėte prieš ją spausdinant. Kadangi pakuočių projektai labai skiriasi, pasiūlymą "
                    "parengiame po pirmo susitikimo. Mokytojas patikrina, ar techniniai failai atitinka spaustuvės "
                    "reikalavimus.",
                    "steps": [
                        ["Užduotis", "Aptariame produktą, tikslinę grupę ir spausdinimo būdą."],
                        ["Dizainas ir maketas", "Mokiniai sukuria pakuotę ir pagamina fizinį maketą."],
                        ["Techniniai failai", "Parengiami spaudai paruošti failai su iškirtimo linijomis."],
                    ],
                    "specs": [
                        ["Gaminiai", "etiketės, dėžutės, maišeliai"],
                        ["Maketas", "įskaičiuotas"],
                        ["Rezultatas", "spaudai paruošti failai su iškirtimo linijomis"],
                        ["Privaloma informacija", "tikrinama kartu su jumis"],
                    ],
                    "keywords": ["pakuočių dizainas", "etiketės", "vietos gamintojai"],
                },
                "lv": {
                    "title": "Iepakojuma un etiķešu dizains",
                    "summary": "Etiķetes, kastītes un maisiņi vietējiem ražotājiem, veidoti, ņemot vērā drukas "
                    "tehnoloģiju un marķēšanas prasības.",
                    "unit": "projekts",
                    "body": "Audzēkņi izstrādā etiķetes vai iepakojumu pārtikai, kosmētikai vai amatniecības "
                    "izstrādājumiem, ņemot vērā drukas veidu, materiālus un obligāto informāciju. Viņi izgatavo "
                    "maketus, lai jūs varētu redzēt iepakojumu pirms drukāšanas. Tā kā iepakojuma projekti ļoti "
                    "atšķiras, piedāvājumu sagatavojam pēc pirmās tikšanās. Pedagogs pārbauda, vai tehniskie faili "
                    "atbilst tipogrāfijas prasībām.",
                    "steps": [
                        ["Uzdevums", "Pārrunājam produktu, mērķauditoriju un drukas veidu."],
                        ["Dizains un makets", "Audzēkņi izstrādā iepakojumu un izgatavo fizisku maketu."],
                        ["Tehniskie faili", "Tiek sagatavoti drukai gatavi faili ar izciršanas līnijām."],
                    ],
                    "specs": [
                        ["Izstrādājumi", "etiķetes, kastītes, maisiņi"],
                        ["Makets", "iekļauts"],
                        ["Rezultāts", "drukai gatavi faili ar izciršanas līnijām"],
                        ["Obligātā informācija", "tiek pārbaudīta kopā ar jums"],
                    ],
                    "keywords": ["iepakojuma dizains", "etiķetes", "vietējie ražotāji"],
                },
                "pl": {
                    "title": "Projekt opakowań i etykiet",
                    "summary": "Etykiety, pudełka i torby dla lokalnych producentów, projektowane z myślą o technologii "
                    "druku i przepisach dotyczących oznakowania.",
                    "unit": "projekt",
                    "body": "Uczniowie projektują etykiety lub opakowania dla żywności, kosmetyków albo wyrobów "
                    "rękodzielniczych, uwzględniając technikę druku, materiały i obowiązkowe informacje. Przygotowują "
                    "makiety, aby mogli Państwo zobaczyć opakowanie przed drukiem. Ponieważ projekty opakowań bardzo "
                    "się różnią, wycenę przygotowujemy po pierwszym spotkaniu. Nauczyciel sprawdza pliki techniczne "
                    "pod kątem wymagań drukarni.",
                    "steps": [
                        ["Brief", "Omawiamy produkt, grupę docelową i technikę druku."],
                        ["Projekt i makieta", "Uczniowie projektują opakowanie i wykonują fizyczną makietę."],
                        ["Pliki techniczne", "Przygotowujemy pliki do druku z wykrojnikiem."],
                    ],
                    "specs": [
                        ["Produkty", "etykiety, pudełka, torby"],
                        ["Makieta", "w cenie"],
                        ["Efekt", "pliki do druku z wykrojnikiem"],
                        ["Obowiązkowe informacje", "sprawdzane wspólnie z Państwem"],
                    ],
                    "keywords": ["projekt opakowań", "etykiety", "lokalni producenci"],
                },
                "it": {
                    "title": "Progettazione di packaging ed etichette",
                    "summary": "Etichette, scatole e sacchetti per produttori locali, progettati tenendo conto della "
                    "tecnica di stampa e delle norme di etichettatura.",
                    "unit": "progetto",
                    "body": "Gli studenti progettano etichette o confezioni per alimenti, cosmetici o prodotti "
                    "artigianali, tenendo conto di tecnica di stampa, materiali e informazioni obbligatorie. "
                    "Realizzano dei mock-up, così potete vedere la confezione prima della stampa. Poiché i progetti "
                    "di packaging sono molto diversi tra loro, prepariamo un preventivo dopo il primo incontro. Un "
                    "docente verifica che i file tecnici rispettino i requisiti della tipografia.",
                    "steps": [
                        ["Brief", "Parliamo di prodotto, pubblico di riferimento e tecnica di stampa."],
                        [
                            "Progetto e mock-up",
                            "Gli studenti progettano la confezione e ne realizzano un prototipo fisico.",
                        ],
                        ["File tecnici", "Si preparano i file di stampa con le linee di fustella."],
                    ],
                    "specs": [
                        ["Prodotti", "etichette, scatole, sacchetti"],
                        ["Mock-up", "incluso"],
                        ["Risultato", "file di stampa con fustella"],
                        ["Informazioni obbligatorie", "verificate insieme a voi"],
                    ],
                    "keywords": ["packaging", "etichette", "produttori locali"],
                },
                "pt": {
                    "title": "Design de embalagens e rótulos",
                    "summary": "Rótulos, caixas e sacos para produtores locais, pensados para a técnica de impressão e "
                    "as regras de rotulagem.",
                    "unit": "projeto",
                    "body": "Os alunos desenham rótulos ou embalagens para produtos alimentares, cosméticos ou de "
                    "artesanato, tendo em conta o método de impressão, os materiais e a informação obrigatória. Fazem "
                    "maquetes para que possa ver a embalagem antes de ir para impressão. Como os projetos de "
                    "embalagem variam muito, preparamos um orçamento depois da primeira reunião. Um professor verifica "
                    "se os ficheiros técnicos cumprem os requisitos da gráfica.",
                    "steps": [
                        ["Briefing", "Falamos sobre o produto, o público-alvo e o método de impressão."],
                        ["Design e maquete", "Os alunos desenham a embalagem e fazem uma maquete física."],
                        ["Ficheiros técnicos", "São preparados ficheiros de impressão com as linhas de corte."],
                    ],
                    "specs": [
                        ["Produtos", "rótulos, caixas, sacos"],
                        ["Maquete", "incluída"],
                        ["Resultado", "ficheiros de impressão com linhas de corte"],
                        ["Informação obrigatória", "verificada consigo"],
                    ],
                    "keywords": ["design de embalagens", "rótulos", "produtores locais"],
                },
            },
        },
    ],
    "metalwork": [
        {
            "kind": "product",
            "price_model": "from",
            "amount_eur": "180.00",
            "minimum_order": 1,
            "lead_time_days": 30,
            "capacity_per_month": 8,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Welded steel and wood garden bench",
                    "summary": "A sturdy bench with a powder-coated steel frame and a larch seat, welded by metalwork "
                    "students.",
                    "unit": "bench",
                    "body": "Students cut, weld and grind the steel frame, which is then powder-coated in the colour of "
                    "your choice. The seat and backrest are made of oiled larch boards. The starting price covers a "
                    "150 cm bench; longer benches, tables and sets are quoted on request. A welding instructor "
                    "inspects every weld before the frame is coated.",
                    "steps": [
                        ["Cutting", "The steel profiles are measured and cut to size."],
                        ["Welding", "Students weld the frame and grind the joints."],
                        ["Finishing", "The frame is powder-coated and the wooden seat fitted."],
                    ],
                    "specs": [
                        ["Length", "150 cm"],
                        ["Frame", "powder-coated steel"],
                        ["Seat", "oiled larch"],
                        ["Weight", "about 35 kg"],
                    ],
                    "keywords": ["garden bench", "welding", "outdoor furniture"],
                },
                "lt": {
                    "title": "Suvirintas plieno ir medžio sodo suolas",
                    "summary": "Tvirtas suolas su milteliniais dažais dažytu plieno rėmu ir maumedžio sėdyne, kurį "
                    "suvirina metalo apdirbimo mokiniai.",
                    "unit": "suolas",
                    "body": "Mokiniai supjausto, suvirina ir nušlifuoja plieno rėmą, kuris vėliau nudažomas "
                    "milteliniais dažais jūsų pasirinkta spalva. Sėdynė ir atlošas gaminami iš alyvuotų maumedžio "
                    "lentų. Pradinė kaina taikoma 150 cm suolui; ilgesni suolai, stalai ir komplektai įkainojami pagal "
                    "užklausą. Prieš dažant rėmą kiekvieną siūlę patikrina suvirinimo meistras.",
                    "steps": [
                        ["Pjovimas", "Plieno profiliai išmatuojami ir supjaustomi reikiamo ilgio."],
                        ["Suvirinimas", "Mokiniai suvirina rėmą ir nušlifuoja siūles."],
                        ["Apdaila", "Rėmas nudažomas milteliniais dažais, pritvirtinama medinė sėdynė."],
                    ],
                    "specs": [
                        ["Ilgis", "150 cm"],
                        ["Rėmas", "plienas, dažytas milteliniais dažais"],
                        ["Sėdynė", "alyvuotas maumedis"],
                        ["Svoris", "apie 35 kg"],
                    ],
                    "keywords": ["sodo suolas", "suvirinimas", "lauko baldai"],
                },
                "lv": {
                    "title": "Metināts tērauda un koka dārza sols",
                    "summary": "Izturīgs sols ar pulverkrāsotu tērauda rāmi un lapegles sēdekli, ko metina "
                    "metālapstrādes audzēkņi.",
                    "unit": "sols",
                    "body": "Audzēkņi sagriež, sametina un noslīpē tērauda rāmi, ko pēc tam pulverkrāso jūsu "
                    "izvēlētajā krāsā. Sēdeklis un atzveltne ir no eļļotiem lapegles dēļiem. Sākumcena attiecas uz "
                    "150 cm garu solu; garāki soli, galdi un komplekti tiek novērtēti pēc pieprasījuma. Pirms rāmja "
                    "krāsošanas katru šuvi pārbauda metināšanas meistars.",
                    "steps": [
                        ["Griešana", "Tērauda profili tiek izmērīti un sagriezti vajadzīgajā garumā."],
                        ["Metināšana", "Audzēkņi sametina rāmi un noslīpē šuves."],
                        ["Apdare", "Rāmis tiek pulverkrāsots, un piestiprināts koka sēdeklis."],
                    ],
                    "specs": [
                        ["Garums", "150 cm"],
                        ["Rāmis", "pulverkrāsots tērauds"],
                        ["Sēdeklis", "eļļota lapegle"],
                        ["Svars", "apmēram 35 kg"],
                    ],
                    "keywords": ["dārza sols", "metināšana", "āra mēbeles"],
                },
                "pl": {
                    "title": "Spawana ławka ogrodowa ze stali i drewna",
                    "summary": "Solidna ławka z malowaną proszkowo stalową ramą i siedziskiem z modrzewia, spawana przez "
                    "uczniów ślusarstwa.",
                    "unit": "ławka",
                    "body": "Uczniowie tną, spawają i szlifują stalową ramę, którą następnie malujemy proszkowo w "
                    "wybranym kolorze. Siedzisko i oparcie powstają z olejowanych desek modrzewiowych. Cena "
                    "początkowa dotyczy ławki o długości 150 cm; dłuższe ławki, stoły i komplety wyceniamy "
                    "indywidualnie. Przed malowaniem każdą spoinę sprawdza instruktor spawania.",
                    "steps": [
                        ["Cięcie", "Profile stalowe są mierzone i docinane na wymiar."],
                        ["Spawanie", "Uczniowie spawają ramę i szlifują spoiny."],
                        ["Wykończenie", "Rama jest malowana proszkowo, a drewniane siedzisko montowane."],
                    ],
                    "specs": [
                        ["Długość", "150 cm"],
                        ["Rama", "stal malowana proszkowo"],
                        ["Siedzisko", "olejowany modrzew"],
                        ["Waga", "ok. 35 kg"],
                    ],
                    "keywords": ["ławka ogrodowa", "spawanie", "meble ogrodowe"],
                },
                "it": {
                    "title": "Panchina da giardino saldata in acciaio e legno",
                    "summary": "Una panchina robusta con telaio in acciaio verniciato a polvere e seduta in larice, "
                    "saldata dagli studenti di meccanica.",
                    "unit": "panchina",
                    "body": "Gli studenti tagliano, saldano e molano il telaio in acciaio, che viene poi verniciato a "
                    "polvere nel colore che preferite. Seduta e schienale sono in doghe di larice oliato. Il prezzo di "
                    "partenza vale per una panchina da 150 cm; panchine più lunghe, tavoli e set vengono quotati su "
                    "richiesta. Un istruttore di saldatura controlla ogni cordone prima della verniciatura.",
                    "steps": [
                        ["Taglio", "I profilati in acciaio vengono misurati e tagliati a misura."],
                        ["Saldatura", "Gli studenti saldano il telaio e molano le giunzioni."],
                        ["Finitura", "Il telaio viene verniciato a polvere e si monta la seduta in legno."],
                    ],
                    "specs": [
                        ["Lunghezza", "150 cm"],
                        ["Telaio", "acciaio verniciato a polvere"],
                        ["Seduta", "larice oliato"],
                        ["Peso", "circa 35 kg"],
                    ],
                    "keywords": ["panchina da giardino", "saldatura", "arredo da esterno"],
                },
                "pt": {
                    "title": "Banco de jardim soldado em aço e madeira",
                    "summary": "Um banco robusto com estrutura de aço lacada a pó e assento de larício, soldado por "
                    "alunos de serralharia.",
                    "unit": "banco",
                    "body": "Os alunos cortam, soldam e rebarbam a estrutura de aço, que depois é lacada a pó na cor à "
                    "sua escolha. O assento e as costas são feitos de tábuas de larício oleado. O preço base "
                    "corresponde a um banco de 150 cm; bancos mais compridos, mesas e conjuntos são orçamentados "
                    "mediante pedido. Um formador de soldadura inspeciona cada cordão de soldadura antes da lacagem.",
                    "steps": [
                        ["Corte", "Os perfis de aço são medidos e cortados à medida."],
                        ["Soldadura", "Os alunos soldam a estrutura e rebarbam as uniões."],
                        ["Acabamento", "A estrutura é lacada a pó e o assento de madeira é montado."],
                    ],
                    "specs": [
                        ["Comprimento", "150 cm"],
                        ["Estrutura", "aço lacado a pó"],
                        ["Assento", "larício oleado"],
                        ["Peso", "cerca de 35 kg"],
                    ],
                    "keywords": ["banco de jardim", "soldadura", "mobiliário de exterior"],
                },
            },
        },
        {
            "kind": "service",
            "price_model": "on_request",
            "amount_eur": None,
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 10,
            "delivery_modes": ["on_site", "pickup"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Repair of metal gates, fences and railings",
                    "summary": "Welding repairs, new hinges and latches, and rust treatment for gates, fences and "
                    "railings.",
                    "unit": "job",
                    "body": "Students repair broken welds, replace hinges and latches, straighten bent parts and treat "
                    "rust on gates, fences and railings. Small items can be brought to the school workshop, while "
                    "larger structures are repaired on site with mobile welding equipment. After an inspection we "
                    "send a quote for labour and materials. A welding instructor leads the team and checks that the "
                    "repair is safe.",
                    "steps": [
                        ["Inspection", "We assess the damage and agree on the repair."],
                        ["Repair", "Students weld, replace parts and straighten the structure."],
                        ["Protection", "Repaired areas are cleaned, primed and painted."],
                    ],
                    "specs": [
                        ["Work", "welding, hinges, latches, rust treatment"],
                        ["Location", "workshop or on site"],
                        ["Welding methods", "MIG/MAG, MMA"],
                        ["Paint", "primer and topcoat"],
                    ],
                    "keywords": ["welding repair", "gates", "railings"],
                },
                "lt": {
                    "title": "Metalinių vartų, tvorų ir turėklų remontas",
                    "summary": "Suvirinimo remontas, nauji vyriai ir skląsčiai bei antikorozinis vartų, tvorų ir "
                    "turėklų apdorojimas.",
                    "unit": "darbas",
                    "body": "Mokiniai suvirina įtrūkusias siūles, keičia vyrius ir skląsčius, ištiesina sulenktas dalis "
                    "ir apdoroja surūdijusias vartų, tvorų bei turėklų vietas. Nedidelius gaminius galima atvežti į "
                    "mokyklos dirbtuves, o didesnės konstrukcijos taisomos vietoje su mobilia suvirinimo įranga. "
                    "Apžiūrėję atsiunčiame darbo ir medžiagų sąmatą. Komandai vadovauja suvirinimo meistras, kuris "
                    "patikrina, ar remontas saugus.",
                    "steps": [
                        ["Apžiūra", "Įvertiname pažeidimus ir susitariame dėl remonto."],
                        ["Remontas", "Mokiniai suvirina, keičia dalis ir ištiesina konstrukciją."],
                        ["Apsauga", "Sutaisytos vietos nuvalomos, gruntuojamos ir nudažomos."],
                    ],
                    "specs": [
                        ["Darbai", "suvirinimas, vyriai, skląsčiai, rūdžių šalinimas"],
                        ["Vieta", "dirbtuvėse arba vietoje"],
                        ["Suvirinimo būdai", "MIG/MAG, MMA"],
                        ["Dažai", "gruntas ir dengiamieji dažai"],
                    ],
                    "keywords": ["suvirinimo remontas", "vartai", "turėklai"],
                },
                "lv": {
                    "title": "Metāla vārtu, žogu un margu remonts",
                    "summary": "Metināšanas remonts, jaunas eņģes un aizbīdņi un pretkorozijas apstrāde vārtiem, "
                    "žogiem un margām.",
                    "unit": "darbs",
                    "body": "Audzēkņi sametina lūzušas šuves, nomaina eņģes un aizbīdņus, iztaisno saliektas daļas un "
                    "apstrādā sarūsējušas vārtu, žogu un margu vietas. Nelielus izstrādājumus var atvest uz skolas "
                    "darbnīcu, bet lielākas konstrukcijas tiek remontētas uz vietas ar pārvietojamu metināšanas "
                    "aprīkojumu. Pēc apskates nosūtām darba un materiālu tāmi. Komandu vada metināšanas meistars, kurš "
                    "pārbauda, vai remonts ir drošs.",
                    "steps": [
                        ["Apskate", "Izvērtējam bojājumus un vienojamies par remontu."],
                        ["Remonts", "Audzēkņi metina, nomaina detaļas un iztaisno konstrukciju."],
                        ["Aizsardzība", "Salabotās vietas tiek notīrītas, gruntētas un nokrāsotas."],
                    ],
                    "specs": [
                        ["Darbi", "metināšana, eņģes, aizbīdņi, rūsas apstrāde"],
                        ["Vieta", "darbnīcā vai uz vietas"],
                        ["Metināšanas metodes", "MIG/MAG, MMA"],
                        ["Krāsa", "grunts un virskārta"],
                    ],
                    "keywords": ["metināšanas remonts", "vārti", "margas"],
                },
                "pl": {
                    "title": "Naprawa metalowych bram, ogrodzeń i balustrad",
                    "summary": "Naprawy spawalnicze, nowe zawiasy i zasuwy oraz zabezpieczenie antykorozyjne bram, "
                    "ogrodzeń i balustrad.",
                    "unit": "zlecenie",
                    "body": "Uczniowie naprawiają pęknięte spoiny, wymieniają zawiasy i zasuwy, prostują wygięte "
                    "elementy i usuwają rdzę z bram, ogrodzeń i balustrad. Mniejsze elementy można przywieźć do "
                    "szkolnego warsztatu, a większe konstrukcje naprawiamy na miejscu przy użyciu mobilnego sprzętu "
                    "spawalniczego. Po oględzinach przesyłamy wycenę robocizny i materiałów. Zespołem kieruje "
                    "instruktor spawania, który sprawdza bezpieczeństwo naprawy.",
                    "steps": [
                        ["Oględziny", "Oceniamy uszkodzenia i uzgadniamy zakres naprawy."],
                        ["Naprawa", "Uczniowie spawają, wymieniają części i prostują konstrukcję."],
                        ["Zabezpieczenie", "Naprawione miejsca są czyszczone, gruntowane i malowane."],
                    ],
                    "specs": [
                        ["Zakres", "spawanie, zawiasy, zasuwy, usuwanie rdzy"],
                        ["Miejsce", "warsztat lub u klienta"],
                        ["Metody spawania", "MIG/MAG, MMA"],
                        ["Malowanie", "podkład i farba nawierzchniowa"],
                    ],
                    "keywords": ["naprawy spawalnicze", "bramy", "balustrady"],
                },
                "it": {
                    "title": "Riparazione di cancelli, recinzioni e ringhiere",
                    "summary": "Riparazioni con saldatura, nuove cerniere e chiavistelli e trattamento antiruggine per "
                    "cancelli, recinzioni e ringhiere.",
                    "unit": "intervento",
                    "body": "Gli studenti riparano saldature rotte, sostituiscono cerniere e chiavistelli, raddrizzano "
                    "parti piegate e trattano la ruggine su cancelli, recinzioni e ringhiere. I pezzi piccoli si "
                    "possono portare in officina, mentre le strutture più grandi si riparano sul posto con "
                    "un'attrezzatura di saldatura mobile. Dopo il sopralluogo inviamo un preventivo per manodopera e "
                    "materiali. Un istruttore di saldatura guida la squadra e verifica la sicurezza della riparazione.",
                    "steps": [
                        ["Sopralluogo", "Valutiamo il danno e concordiamo la riparazione."],
                        ["Riparazione", "Gli studenti saldano, sostituiscono componenti e raddrizzano la struttura."],
                        ["Protezione", "Le parti riparate vengono pulite, trattate con antiruggine e verniciate."],
                    ],
                    "specs": [
                        ["Lavori", "saldatura, cerniere, chiavistelli, trattamento antiruggine"],
                        ["Luogo", "in officina o sul posto"],
                        ["Procedimenti di saldatura", "MIG/MAG, elettrodo"],
                        ["Verniciatura", "fondo e finitura"],
                    ],
                    "keywords": ["riparazioni in saldatura", "cancelli", "ringhiere"],
                },
                "pt": {
                    "title": "Reparação de portões, vedações e gradeamentos",
                    "summary": "Reparações por soldadura, dobradiças e fechos novos e tratamento anticorrosivo de "
                    "portões, vedações e gradeamentos.",
                    "unit": "trabalho",
                    "body": "Os alunos reparam soldaduras partidas, substituem dobradiças e fechos, endireitam peças "
                    "tortas e tratam a ferrugem de portões, vedações e gradeamentos. As peças pequenas podem ser "
                    "trazidas à oficina da escola, e as estruturas maiores são reparadas no local com equipamento de "
                    "soldadura móvel. Depois da inspeção, enviamos um orçamento de mão de obra e materiais. Um "
                    "formador de soldadura coordena a equipa e verifica a segurança da reparação.",
                    "steps": [
                        ["Inspeção", "Avaliamos os danos e combinamos a reparação."],
                        ["Reparação", "Os alunos soldam, substituem peças e endireitam a estrutura."],
                        ["Proteção", "As zonas reparadas são limpas, levam primário e são pintadas."],
                    ],
                    "specs": [
                        ["Trabalhos", "soldadura, dobradiças, fechos, tratamento da ferrugem"],
                        ["Local", "na oficina ou no local"],
                        ["Processos de soldadura", "MIG/MAG, elétrodo revestido"],
                        ["Pintura", "primário e acabamento"],
                    ],
                    "keywords": ["reparações de serralharia", "portões", "gradeamentos"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "fixed",
            "amount_eur": "140.00",
            "minimum_order": 1,
            "lead_time_days": 21,
            "capacity_per_month": 15,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 3,
            "texts": {
                "en": {
                    "title": "Steel fire pit",
                    "summary": "A round fire pit made of 4 mm steel, with handles and a decorative cut-out pattern.",
                    "unit": "piece",
                    "body": "The fire pit is made of 4 mm heat-resistant steel plate, 70 cm in diameter, with welded "
                    "legs and two handles. Students cut a decorative pattern into the sides with a plasma cutter; you "
                    "can choose one of three designs or ask for your own text. The steel is left untreated so that it "
                    "develops a rust patina outdoors. Every fire pit is checked for stability and sharp edges before "
                    "handover.",
                    "steps": [
                        ["Cutting", "The bowl and the side pattern are cut with a plasma cutter."],
                        ["Forming and welding", "The bowl is formed and the legs and handles are welded on."],
                        ["Finishing", "The edges are ground and the fire pit is inspected."],
                    ],
                    "specs": [
                        ["Diameter", "70 cm"],
                        ["Material", "4 mm steel"],
                        ["Weight", "about 28 kg"],
                        ["Finish", "natural rust patina"],
                    ],
                    "keywords": ["fire pit", "garden", "metalwork"],
                },
                "lt": {
                    "title": "Plieninė laužavietė",
                    "summary": "Apvali laužavietė iš 4 mm plieno su rankenomis ir dekoratyviniu išpjautu raštu.",
                    "unit": "vnt.",
                    "body": "Laužavietė pagaminta iš 4 mm karščiui atsparaus plieno lakšto, jos skersmuo – 70 cm, ji "
                    "turi privirintas kojeles ir dvi rankenas. Mokiniai plazminiu pjaustytuvu išpjauna dekoratyvinį "
                    "raštą šonuose; galite pasirinkti vieną iš trijų raštų arba užsakyti savo užrašą. Plienas "
                    "nedažomas, todėl lauke jis pasidengia rūdžių patina. Prieš perduodant kiekviena laužavietė "
                    "patikrinama, ar stovi stabiliai ir neturi aštrių briaunų.",
                    "steps": [
                        ["Pjovimas", "Plazminiu pjaustytuvu išpjaunamas dubuo ir šonų raštas."],
                        ["Formavimas ir suvirinimas", "Suformuojamas dubuo, privirinamos kojelės ir rankenos."],
                        ["Apdaila", "Briaunos nušlifuojamos, laužavietė patikrinama."],
                    ],
                    "specs": [
                        ["Skersmuo", "70 cm"],
                        ["Medžiaga", "4 mm plienas"],
                        ["Svoris", "apie 28 kg"],
                        ["Apdaila", "natūrali rūdžių patina"],
                    ],
                    "keywords": ["laužavietė", "sodas", "metalo dirbiniai"],
                },
                "lv": {
                    "title": "Tērauda ugunskura bļoda",
                    "summary": "Apaļa ugunskura bļoda no 4 mm tērauda ar rokturiem un dekoratīvu izgrieztu rakstu.",
                    "unit": "gab.",
                    "body": "Ugunskura bļoda ir izgatavota no 4 mm karstumizturīga tērauda loksnes, tās diametrs ir "
                    "70 cm, un tai ir piemetinātas kājas un divi rokturi. Audzēkņi ar plazmas griezēju izgriež "
                    "sānos dekoratīvu rakstu; varat izvēlēties vienu no trim rakstiem vai pasūtīt savu uzrakstu. "
                    "Tērauds netiek krāsots, tāpēc ārā tas pārklājas ar rūsas patinu. Pirms nodošanas katrai bļodai "
                    "pārbauda stabilitāti un to, vai nav asu malu.",
                    "steps": [
                        ["Griešana", "Ar plazmas griezēju tiek izgriezta bļoda un sānu raksts."],
                        ["Formēšana un metināšana", "Bļoda tiek izveidota, un piemetinātas kājas un rokturi."],
                        ["Apdare", "Malas tiek noslīpētas, un bļoda pārbaudīta."],
                    ],
                    "specs": [
                        ["Diametrs", "70 cm"],
                        ["Materiāls", "4 mm tērauds"],
                        ["Svars", "apmēram 28 kg"],
                        ["Apdare", "dabīga rūsas patina"],
                    ],
                    "keywords": ["ugunskura bļoda", "dārzs", "metāla izstrādājumi"],
                },
                "pl": {
                    "title": "Stalowe palenisko ogrodowe",
                    "summary": "Okrągłe palenisko ze stali 4 mm z uchwytami i ozdobnym ażurowym wzorem.",
                    "unit": "szt.",
                    "body": "Palenisko jest wykonane z żaroodpornej blachy stalowej o grubości 4 mm, ma 70 cm średnicy, "
                    "przyspawane nóżki i dwa uchwyty. Uczniowie wycinają w bokach ozdobny wzór przecinarką plazmową; "
                    "można wybrać jeden z trzech wzorów lub zamówić własny napis. Stal pozostaje surowa, dzięki czemu "
                    "na zewnątrz pokrywa się rdzawą patyną. Przed wydaniem sprawdzamy stabilność każdego paleniska i "
                    "brak ostrych krawędzi.",
                    "steps": [
                        ["Cięcie", "Misa i wzór boczny są wycinane przecinarką plazmową."],
                        ["Formowanie i spawanie", "Formujemy misę i przyspawamy nóżki oraz uchwyty."],
                        ["Wykończenie", "Krawędzie są szlifowane, a palenisko przechodzi kontrolę."],
                    ],
                    "specs": [
                        ["Średnica", "70 cm"],
                        ["Materiał", "stal 4 mm"],
                        ["Waga", "ok. 28 kg"],
                        ["Wykończenie", "naturalna rdzawa patyna"],
                    ],
                    "keywords": ["palenisko ogrodowe", "ogród", "ślusarstwo"],
                },
                "it": {
                    "title": "Braciere in acciaio",
                    "summary": "Un braciere rotondo in acciaio da 4 mm, con maniglie e un motivo decorativo traforato.",
                    "unit": "pezzo",
                    "body": "Il braciere è realizzato in lamiera d'acciaio resistente al calore da 4 mm, ha un diametro "
                    "di 70 cm, gambe saldate e due maniglie. Gli studenti intagliano un motivo decorativo sui lati con "
                    "il taglio al plasma; potete scegliere tra tre disegni o chiedere una scritta personalizzata. "
                    "L'acciaio non viene verniciato, così all'aperto sviluppa una patina di ruggine. Prima della "
                    "consegna ogni braciere viene controllato per stabilità e assenza di spigoli taglienti.",
                    "steps": [
                        ["Taglio", "Vasca e motivo laterale vengono tagliati al plasma."],
                        ["Formatura e saldatura", "Si dà forma alla vasca e si saldano gambe e maniglie."],
                        ["Finitura", "I bordi vengono molati e il braciere controllato."],
                    ],
                    "specs": [
                        ["Diametro", "70 cm"],
                        ["Materiale", "acciaio da 4 mm"],
                        ["Peso", "circa 28 kg"],
                        ["Finitura", "patina naturale di ruggine"],
                    ],
                    "keywords": ["braciere", "giardino", "carpenteria metallica"],
                },
                "pt": {
                    "title": "Braseira em aço",
                    "summary": "Uma braseira redonda em aço de 4 mm, com pegas e um padrão decorativo recortado.",
                    "unit": "unidade",
                    "body": "A braseira é feita de chapa de aço resistente ao calor com 4 mm de espessura e 70 cm de "
                    "diâmetro, com pés soldados e duas pegas. Os alunos recortam um padrão decorativo nas laterais "
                    "com corte a plasma; pode escolher um de três desenhos ou pedir um texto à sua medida. O aço não é "
                    "pintado, para ganhar uma pátina de ferrugem ao ar livre. Antes da entrega, cada braseira é "
                    "verificada quanto à estabilidade e à ausência de arestas cortantes.",
                    "steps": [
                        ["Corte", "A taça e o padrão lateral são cortados a plasma."],
                        ["Conformação e soldadura", "A taça é moldada e os pés e as pegas são soldados."],
                        ["Acabamento", "As arestas são rebarbadas e a braseira é inspecionada."],
                    ],
                    "specs": [
                        ["Diâmetro", "70 cm"],
                        ["Material", "aço de 4 mm"],
                        ["Peso", "cerca de 28 kg"],
                        ["Acabamento", "pátina natural de ferrugem"],
                    ],
                    "keywords": ["braseira", "jardim", "serralharia"],
                },
            },
        },
        {
            "kind": "product",
            "price_model": "per_unit",
            "amount_eur": "25.00",
            "minimum_order": 1,
            "lead_time_days": 14,
            "capacity_per_month": 60,
            "delivery_modes": ["pickup", "delivery"],
            "months": [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
            "eqf_level": 4,
            "texts": {
                "en": {
                    "title": "Metal house numbers and signs",
                    "summary": "House numbers, name plates and small signs cut from steel or stainless steel to your "
                    "design.",
                    "unit": "piece",
                    "body": "Students prepare the design in CAD, cut the sign with a plasma or laser cutter and finish "
                    "it with powder coating or brushing. Standard house numbers up to 20 cm high cost the same per "
                    "piece; larger signs are quoted individually. Mounting hardware is included. A teacher checks the "
                    "dimensions and finish before the order is released.",
                    "steps": [
                        ["Design", "Your text or logo is prepared as a cutting file."],
                        ["Cutting", "Students cut the shape from sheet metal."],
                        ["Finishing", "The edges are deburred and the piece is coated or brushed."],
                    ],
                    "specs": [
                        ["Height", "up to 20 cm per piece"],
                        ["Material", "steel or stainless steel"],
                        ["Finish", "powder coating or brushed"],
                        ["Mounting", "screws and spacers included"],
                    ],
                    "keywords": ["house numbers", "metal signs", "laser cutting"],
                },
                "lt": {
                    "title": "Metaliniai namų numeriai ir iškabos",
                    "summary": "Namų numeriai, lentelės su pavardėmis ar pavadinimais ir nedidelės iškabos, išpjautos "
                    "iš plieno ar nerūdijančiojo plieno pagal jūsų dizainą.",
                    "unit": "vnt.",
                    "body": "Mokiniai parengia dizainą CAD programa, išpjauna iškabą plazminiu ar lazeriniu "
                    "pjaustytuvu ir apdailina ją milteliniais dažais arba šlifuodami. Standartinių iki 20 cm aukščio "
                    "namų numerių kaina už vienetą vienoda; didesnės iškabos įkainojamos individualiai. Tvirtinimo "
                    "detalės įskaičiuotos. Prieš išduodant užsakymą mokytojas patikrina matmenis ir apdailą.",
                    "steps": [
                        ["Dizainas", "Jūsų tekstas ar logotipas paruošiamas kaip pjovimo failas."],
                        ["Pjovimas", "Mokiniai išpjauna formą iš metalo lakšto."],
                        ["Apdaila", "Briaunos nušlifuojamos, gaminys dažomas arba šlifuojamas."],
                    ],
                    "specs": [
                        ["Aukštis", "iki 20 cm vienetui"],
                        ["Medžiaga", "plienas arba nerūdijantysis plienas"],
                        ["Apdaila", "milteliniai dažai arba šlifuotas paviršius"],
                        ["Tvirtinimas", "varžtai ir distanciniai įvoriai įskaičiuoti"],
                    ],
                    "keywords": ["namų numeriai", "metalinės iškabos", "pjovimas lazeriu"],
                },
                "lv": {
                    "title": "Metāla māju numuri un izkārtnes",
                    "summary": "Māju numuri, plāksnītes ar vārdiem vai nosaukumiem un nelielas izkārtnes, izgrieztas "
                    "no tērauda vai nerūsējošā tērauda pēc jūsu dizaina.",
                    "unit": "gab.",
                    "body": "Audzēkņi sagatavo dizainu CAD programmā, izgriež izkārtni ar plazmas vai lāzera griezēju "
                    "un apstrādā to ar pulverkrāsu vai slīpējot. Standarta māju numuriem līdz 20 cm augstumam cena "
                    "par gabalu ir vienāda; lielākas izkārtnes tiek novērtētas individuāli. Stiprinājumi ir iekļauti. "
                    "Pirms pasūtījuma izsniegšanas pedagogs pārbauda izmērus un apdari.",
                    "steps": [
                        ["Dizains", "Jūsu teksts vai logotips tiek sagatavots kā griešanas fails."],
                        ["Griešana", "Audzēkņi izgriež formu no metāla loksnes."],
                        ["Apdare", "Malas tiek notīrītas, un izstrādājums krāsots vai slīpēts."],
                    ],
                    "specs": [
                        ["Augstums", "līdz 20 cm vienam gabalam"],
                        ["Materiāls", "tērauds vai nerūsējošais tērauds"],
                        ["Apdare", "pulverkrāsojums vai slīpēta virsma"],
                        ["Stiprinājumi", "skrūves un distanceri iekļauti"],
                    ],
                    "keywords": ["māju numuri", "metāla izkārtnes", "lāzergriešana"],
                },
                "pl": {
                    "title": "Metalowe numery domów i tabliczki",
                    "summary": "Numery domów, tabliczki z nazwiskiem lub nazwą firmy i małe szyldy wycinane ze stali "
                    "lub stali nierdzewnej według Państwa projektu.",
                    "unit": "szt.",
                    "body": "Uczniowie przygotowują projekt w programie CAD, wycinają tabliczkę przecinarką plazmową "
                    "lub laserem i wykańczają ją malowaniem proszkowym albo szczotkowaniem. Standardowe numery do 20 "
                    "cm wysokości mają jednakową cenę za sztukę; większe szyldy wyceniamy indywidualnie. Elementy "
                    "montażowe są w komplecie. Przed wydaniem zamówienia nauczyciel sprawdza wymiary i wykończenie.",
                    "steps": [
                        ["Projekt", "Państwa tekst lub logo zamieniamy w plik do cięcia."],
                        ["Cięcie", "Uczniowie wycinają kształt z blachy."],
                        ["Wykończenie", "Krawędzie są gratowane, a element malowany lub szczotkowany."],
                    ],
                    "specs": [
                        ["Wysokość", "do 20 cm na sztukę"],
                        ["Materiał", "stal lub stal nierdzewna"],
                        ["Wykończenie", "malowanie proszkowe lub szczotkowanie"],
                        ["Montaż", "wkręty i dystanse w komplecie"],
                    ],
                    "keywords": ["numery domów", "tabliczki metalowe", "cięcie laserem"],
                },
                "it": {
                    "title": "Numeri civici e targhe in metallo",
                    "summary": "Numeri civici, targhette con nomi e piccole insegne tagliati in acciaio o acciaio inox "
                    "su vostro disegno.",
                    "unit": "pezzo",
                    "body": "Gli studenti preparano il disegno in CAD, tagliano la targa al plasma o al laser e la "
                    "rifiniscono con verniciatura a polvere o spazzolatura. I numeri civici standard fino a 20 cm di "
                    "altezza hanno lo stesso prezzo al pezzo; le insegne più grandi si quotano a parte. Il materiale "
                    "di fissaggio è incluso. Un docente controlla misure e finitura prima della consegna.",
                    "steps": [
                        ["Disegno", "Il vostro testo o logo viene preparato come file di taglio."],
                        ["Taglio", "Gli studenti tagliano la sagoma dalla lamiera."],
                        ["Finitura", "I bordi vengono sbavati e il pezzo verniciato o spazzolato."],
                    ],
                    "specs": [
                        ["Altezza", "fino a 20 cm per pezzo"],
                        ["Materiale", "acciaio o acciaio inox"],
                        ["Finitura", "verniciatura a polvere o spazzolata"],
                        ["Fissaggio", "viti e distanziali inclusi"],
                    ],
                    "keywords": ["numeri civici", "targhe in metallo", "taglio laser"],
                },
                "pt": {
                    "title": "Números de porta e placas em metal",
                    "summary": "Números de porta, placas com nomes e pequenas tabuletas cortadas em aço ou aço inox, "
                    "segundo o seu desenho.",
                    "unit": "unidade",
                    "body": "Os alunos preparam o desenho em CAD, cortam a placa a plasma ou a laser e dão-lhe "
                    "acabamento com lacagem a pó ou escovagem. Os números de porta normais até 20 cm de altura têm o "
                    "mesmo preço por unidade; placas maiores são orçamentadas individualmente. O material de fixação "
                    "está incluído. Um professor verifica as medidas e o acabamento antes da entrega.",
                    "steps": [
                        ["Desenho", "O seu texto ou logótipo é preparado como ficheiro de corte."],
                        ["Corte", "Os alunos cortam a forma na chapa."],
                        ["Acabamento", "As arestas são rebarbadas e a peça é lacada ou escovada."],
                    ],
                    "specs": [
                        ["Altura", "até 20 cm por unidade"],
                        ["Material", "aço ou aço inox"],
                        ["Acabamento", "lacagem a pó ou escovado"],
                        ["Fixação", "parafusos e espaçadores incluídos"],
                    ],
                    "keywords": ["números de porta", "placas de metal", "corte a laser"],
                },
            },
        },
    ],
}
