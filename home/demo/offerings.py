"""Offering templates per category, each written in all six portal languages, and first names for student teams."""

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
                        ["Cooking", "On the day of the event the team prepares the dishes, following food safety rules."],
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
                        ["Gaminimas", "Renginio dieną komanda gamina patiekalus laikydamasi maisto saugos reikalavimų."],
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
                        ["Menu", "Gli studenti propongono un menu e calcolano le quantità in base al numero di ospiti."],
                        ["Preparazione", "Il giorno dell'evento la squadra cucina i piatti nel rispetto delle norme HACCP."],
                        ["Servizio", "I ragazzi allestiscono il buffet, lo riforniscono durante l'evento e riordinano alla fine."],
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
                        ["Confeção", "No dia do evento, a equipa prepara os pratos cumprindo as regras de segurança alimentar."],
                        ["Serviço", "Os alunos montam o bufete, reabastecem-no durante o evento e arrumam tudo no final."],
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
                    "summary": "Kawa, herbata, soki i domowe wypieki podane w Państwa sali przez uczniów "
                    "gastronomii.",
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
                        ["Preparazione", "Dolci e frutta vengono preparati nella cucina della scuola il giorno stesso."],
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
                        ["Pasūtījums", "Ēdienkarti un daudzumu izvēlaties līdz pusdienlaikam divas darba dienas iepriekš."],
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
                        ["Confezionamento", "I box vengono sigillati, etichettati e conservati al fresco fino al ritiro."],
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
                        ["Instruktāža", "Apskatām vai pārrunājam pasākuma vietu un vienojamies par apkalpošanas plānu."],
                        ["Sagatavošanās", "Audzēkņi izmēģina apkalpošanas secību un pārbauda formastērpus un inventāru."],
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
                        ["Preparazione", "Gli studenti provano la sequenza del servizio e controllano divise e attrezzatura."],
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
