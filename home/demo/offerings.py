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
                        ["Decorazione", "Ogni cupcake viene decorato a mano con la sac à poche e il dischetto con il logo."],
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
                        ["Cottura e farcitura", "Gli studenti cuociono i dischi e montano la torta con la crema scelta."],
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
                        ["Confezionamento", "Tutto viene sistemato in una cesta riutilizzabile con l'elenco degli ingredienti."],
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
                        ["Decorating and packing", "The cookies are iced, left to dry and packed with a ribbon and card."],
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
                        ["Puošimas ir pakavimas", "Sausainiai glaistomi, džiovinami ir supakuojami su kaspinu ir atvirute."],
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
                        ["Dekorowanie i pakowanie", "Ciasteczka są lukrowane, suszone i pakowane ze wstążką i bilecikiem."],
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
                        ["Decorazione e confezione", "I biscotti vengono glassati, asciugati e confezionati con nastro e biglietto."],
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
                        ["Decoração e embalagem", "As bolachas são decoradas com glacé, secas e embaladas com fita e cartão."],
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
                        ["Launch and training", "After testing, the site goes live and you get a short training session."],
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
                        ["Dizainas ir kūrimas", "Mokiniai parengia prototipą, surenka jūsų pastabas ir sukuria svetainę."],
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
                        ["Dizains un izstrāde", "Audzēkņi izveido prototipu, apkopo jūsu komentārus un izstrādā vietni."],
                        ["Publicēšana un apmācība", "Pēc testēšanas vietne tiek publicēta, un jūs saņemat īsu apmācību."],
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
                        ["Publikacja i szkolenie", "Po testach strona zostaje opublikowana, a Państwo przechodzą krótkie szkolenie."],
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
                        ["Progettazione e sviluppo", "Gli studenti creano un prototipo, raccolgono il vostro parere e sviluppano il sito."],
                        ["Pubblicazione e formazione", "Dopo i test il sito va online e ricevete una breve formazione."],
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
                        ["Design e desenvolvimento", "Os alunos criam um protótipo, recolhem a sua opinião e desenvolvem o site."],
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
                        ["Configurazione", "Gli studenti installano il negozio, impostano i pagamenti e importano i prodotti."],
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
                        ["Rankinė peržiūra", "Mokiniai tikrina naršymą klaviatūra, kontrastą, formas ir mobilųjį vaizdą."],
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
                        ["Manuāla pārbaude", "Audzēkņi pārbauda navigāciju ar tastatūru, kontrastu, formas un mobilo skatu."],
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
                        ["Testy automatyczne", "Narzędzia do badania szybkości i dostępności skanują główne podstrony."],
                        ["Przegląd ręczny", "Uczniowie sprawdzają obsługę klawiaturą, kontrast, formularze i widok mobilny."],
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
                        ["Verifica manuale", "Gli studenti controllano navigazione da tastiera, contrasto, moduli e layout mobile."],
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
                        ["Testes automáticos", "Ferramentas de velocidade e acessibilidade analisam as páginas principais."],
                        ["Revisão manual", "Os alunos verificam a navegação por teclado, o contraste, os formulários e a versão móvel."],
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
                    "summary": "Regulāra tekstu, attēlu un spraudņu atjaunināšana jūsu vietnē ar samaksu par "
                    "stundām.",
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
                        ["Publishing and reporting", "Posts go out on schedule, and results are summarised at the end."],
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
                        ["Turinio kūrimas", "Parengiami tekstai, grafika ir trumpi vaizdo įrašai, kuriuos jūs patvirtinate."],
                        ["Skelbimas ir ataskaita", "Įrašai skelbiami pagal grafiką, o pabaigoje apibendrinami rezultatai."],
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
                        ["Publicēšana un pārskats", "Ieraksti tiek publicēti pēc grafika, un beigās apkopoti rezultāti."],
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
                        ["Tworzenie treści", "Teksty, grafiki i krótkie filmy powstają i trafiają do Państwa akceptacji."],
                        ["Publikacja i raport", "Posty ukazują się zgodnie z harmonogramem, a na koniec podsumowujemy wyniki."],
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
                        ["Creazione dei contenuti", "Testi, grafiche e brevi video vengono preparati e sottoposti alla vostra approvazione."],
                        ["Pubblicazione e report", "I post escono secondo il calendario e alla fine si riassumono i risultati."],
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
                        ["Criação de conteúdos", "Textos, grafismos e vídeos curtos são preparados e aprovados por si."],
                        ["Publicação e relatório", "As publicações saem segundo o calendário e os resultados são resumidos no fim."],
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
                        ["Sceneggiatura", "Gli studenti propongono una storia e un elenco di inquadrature da approvare."],
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
                        ["Badania laboratoryjne", "Uczniowie wykonują każdą analizę dwukrotnie pod nadzorem nauczyciela."],
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
                        ["Prove di laboratorio", "Gli studenti eseguono ogni analisi in doppio sotto la supervisione del docente."],
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
                        ["Ensaios laboratoriais", "Os alunos fazem cada análise em duplicado, com a supervisão do professor."],
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
                    "summary": "Functional prototypes and small series printed in PLA, PETG or TPU from your 3D "
                    "model.",
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
                        ["Finitura e controllo", "Si rimuovono i supporti, si rifiniscono i bordi e si verificano le quote."],
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
                        ["Verificação do ficheiro", "Os alunos verificam se o modelo tem erros e se pode ser impresso."],
                        ["Impressão", "A peça é impressa em impressoras FDM com os parâmetros acordados."],
                        ["Acabamento e controlo", "Os suportes são removidos, as arestas acabadas e as medidas verificadas."],
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
                        ["Preparazione", "L'oggetto viene controllato e, se serve, opacizzato con uno spray rimovibile."],
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
