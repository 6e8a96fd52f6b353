"""Offering categories of the demo portal, each tied to an ISCED-F 2013 detailed field of education."""

CATEGORIES = [
    {
        "code": "catering",
        "isced": "1013",  # Hotel, restaurants and catering
        "names": {
            "en": "Catering and events",
            "lt": "Maitinimas ir renginiai",
            "lv": "Ēdināšana un pasākumi",
            "pl": "Catering i obsługa przyjęć",
            "it": "Ristorazione ed eventi",
            "pt": "Catering e eventos",
        },
        "descriptions": {
            "en": "Buffets, coffee breaks, lunch boxes and waiting staff for meetings, receptions and celebrations, "
            "prepared by hospitality students.",
            "lt": "Furšetai, kavos pertraukos, pietų dėžutės ir padavėjai susitikimams, priėmimams bei šventėms – "
            "viską paruošia maitinimo ir svetingumo programų mokiniai.",
            "lv": "Bufetes galdi, kafijas pauzes, pusdienu kastītes un viesmīļi sanāksmēm, pieņemšanām un svinībām, "
            "ko sagatavo ēdināšanas un viesmīlības audzēkņi.",
            "pl": "Bufety, przerwy kawowe, lunchboxy i obsługa kelnerska na spotkania, przyjęcia i uroczystości, "
            "przygotowywane przez uczniów kierunków gastronomicznych.",
            "it": "Buffet, coffee break, pranzi in box e personale di sala per riunioni, ricevimenti e feste, "
            "preparati dagli studenti degli istituti alberghieri.",
            "pt": "Bufetes, coffee breaks, refeições embaladas e empregados de mesa para reuniões, receções e "
            "celebrações, preparados por alunos de cursos de restauração.",
        },
    },
    {
        "code": "bakery",
        "isced": "0721",  # Food processing
        "names": {
            "en": "Bakery and confectionery",
            "lt": "Kepiniai ir konditerija",
            "lv": "Maizes un konditorejas izstrādājumi",
            "pl": "Piekarnictwo i cukiernictwo",
            "it": "Panetteria e pasticceria",
            "pt": "Padaria e pastelaria",
        },
        "descriptions": {
            "en": "Bread, cakes, cookies and branded sweets baked in school bakeries for offices, shops and events.",
            "lt": "Duona, tortai, sausainiai ir saldumynai su logotipu, iškepti mokyklų kepyklose biurams, "
            "parduotuvėms ir renginiams.",
            "lv": "Maize, tortes, cepumi un saldumi ar logotipu, kas izcepti skolu maiznīcās birojiem, veikaliem "
            "un pasākumiem.",
            "pl": "Pieczywo, torty, ciastka i słodycze z logo, wypiekane w szkolnych pracowniach dla biur, sklepów "
            "i na imprezy.",
            "it": "Pane, torte, biscotti e dolci personalizzati sfornati nei laboratori scolastici per uffici, "
            "negozi ed eventi.",
            "pt": "Pão, bolos, bolachas e doces personalizados feitos nas padarias das escolas para escritórios, "
            "lojas e eventos.",
        },
    },
    {
        "code": "web-digital",
        "isced": "0613",  # Software and applications development and analysis
        "names": {
            "en": "Web and digital",
            "lt": "Svetainės ir skaitmeniniai sprendimai",
            "lv": "Tīmekļa vietnes un digitālie risinājumi",
            "pl": "Strony internetowe i rozwiązania cyfrowe",
            "it": "Siti web e soluzioni digitali",
            "pt": "Sites e soluções digitais",
        },
        "descriptions": {
            "en": "Websites, online shops, audits and maintenance built by software development students for real "
            "clients.",
            "lt": "Svetainės, el. parduotuvės, auditai ir priežiūra, kuriuos atlieka programavimo mokiniai, dirbdami "
            "su tikrais klientais.",
            "lv": "Tīmekļa vietnes, interneta veikali, auditi un uzturēšana, ko programmēšanas audzēkņi veido "
            "īstiem klientiem.",
            "pl": "Strony internetowe, sklepy online, audyty i bieżąca opieka nad stronami, wykonywane przez "
            "uczniów programowania dla prawdziwych klientów.",
            "it": "Siti web, negozi online, verifiche tecniche e manutenzione realizzati dagli studenti di "
            "informatica per clienti reali.",
            "pt": "Sites, lojas online, auditorias e manutenção desenvolvidos por alunos de programação para "
            "clientes reais.",
        },
    },
    {
        "code": "marketing-media",
        "isced": "0414",  # Marketing and advertising
        "names": {
            "en": "Marketing and media",
            "lt": "Rinkodara ir medijos",
            "lv": "Mārketings un mediji",
            "pl": "Marketing i media",
            "it": "Marketing e comunicazione",
            "pt": "Marketing e multimédia",
        },
        "descriptions": {
            "en": "Social media campaigns, product photos, short videos and customer surveys prepared by marketing "
            "and media students.",
            "lt": "Socialinių tinklų kampanijos, produktų nuotraukos, trumpi vaizdo klipai ir klientų apklausos, "
            "kuriuos rengia rinkodaros ir medijų mokiniai.",
            "lv": "Sociālo tīklu kampaņas, produktu fotogrāfijas, īsi video un klientu aptaujas, ko sagatavo "
            "mārketinga un mediju audzēkņi.",
            "pl": "Kampanie w mediach społecznościowych, zdjęcia produktowe, krótkie filmy i ankiety wśród klientów, "
            "przygotowywane przez uczniów marketingu i multimediów.",
            "it": "Campagne social, foto di prodotto, brevi video e sondaggi tra i clienti curati dagli studenti di "
            "marketing e comunicazione.",
            "pt": "Campanhas nas redes sociais, fotografia de produto, vídeos curtos e inquéritos a clientes "
            "preparados por alunos de marketing e multimédia.",
        },
    },
    {
        "code": "lab-testing",
        "isced": "0531",  # Chemistry
        "names": {
            "en": "Laboratory testing",
            "lt": "Laboratoriniai tyrimai",
            "lv": "Laboratorijas analīzes",
            "pl": "Badania laboratoryjne",
            "it": "Analisi di laboratorio",
            "pt": "Análises laboratoriais",
        },
        "descriptions": {
            "en": "Water, soil and food analyses carried out in school laboratories by chemistry and food technology "
            "students under teacher supervision.",
            "lt": "Vandens, dirvožemio ir maisto tyrimai, kuriuos mokyklų laboratorijose atlieka chemijos ir maisto "
            "technologijų mokiniai, prižiūrimi mokytojų.",
            "lv": "Ūdens, augsnes un pārtikas analīzes, ko skolu laboratorijās veic ķīmijas un pārtikas tehnoloģiju "
            "audzēkņi pedagogu uzraudzībā.",
            "pl": "Analizy wody, gleby i żywności wykonywane w szkolnych laboratoriach przez uczniów techniki "
            "chemicznej i technologii żywności pod nadzorem nauczycieli.",
            "it": "Analisi di acqua, terreno e alimenti svolte nei laboratori scolastici dagli studenti di chimica e "
            "tecnologie alimentari, con la supervisione dei docenti.",
            "pt": "Análises de água, solo e alimentos realizadas nos laboratórios das escolas por alunos de química "
            "e tecnologia alimentar, com a supervisão dos professores.",
        },
    },
    {
        "code": "3d-printing",
        "isced": "0722",  # Materials (glass, paper, plastic and wood)
        "names": {
            "en": "3D printing and prototyping",
            "lt": "3D spausdinimas ir prototipai",
            "lv": "3D drukāšana un prototipēšana",
            "pl": "Druk 3D i prototypowanie",
            "it": "Stampa 3D e prototipazione",
            "pt": "Impressão 3D e prototipagem",
        },
        "descriptions": {
            "en": "3D modelling and scanning, printed prototypes, spare parts and promotional items from school "
            "fabrication labs.",
            "lt": "3D modeliavimas ir skenavimas, spausdinti prototipai, atsarginės dalys ir reklaminiai gaminiai iš "
            "mokyklų gamybos laboratorijų.",
            "lv": "3D modelēšana un skenēšana, drukāti prototipi, rezerves daļas un reklāmas priekšmeti no skolu "
            "digitālās ražošanas darbnīcām.",
            "pl": "Modelowanie i skanowanie 3D, drukowane prototypy, części zamienne i gadżety reklamowe ze "
            "szkolnych pracowni.",
            "it": "Modellazione e scansione 3D, prototipi stampati, ricambi e gadget promozionali dai laboratori di "
            "fabbricazione digitale delle scuole.",
            "pt": "Modelação e digitalização 3D, protótipos impressos, peças de substituição e brindes produzidos "
            "nos laboratórios de fabrico digital das escolas.",
        },
    },
    {
        "code": "carpentry",
        "isced": "0732",  # Building and civil engineering
        "names": {
            "en": "Carpentry and construction",
            "lt": "Staliaus ir statybos darbai",
            "lv": "Galdniecība un būvniecība",
            "pl": "Stolarstwo i budownictwo",
            "it": "Falegnameria ed edilizia",
            "pt": "Carpintaria e construção",
        },
        "descriptions": {
            "en": "Garden sheds, raised beds, custom furniture and small renovation jobs by carpentry and "
            "construction students.",
            "lt": "Sodo nameliai, pakeltos lysvės, baldai pagal užsakymą ir nedideli remonto darbai, kuriuos atlieka "
            "staliaus ir statybos specialybių mokiniai.",
            "lv": "Dārza šķūņi, paaugstinātas dobes, mēbeles pēc pasūtījuma un nelieli remontdarbi, ko veic "
            "galdniecības un būvniecības audzēkņi.",
            "pl": "Domki narzędziowe, podwyższone grządki, meble na wymiar i drobne prace remontowe wykonywane "
            "przez uczniów stolarstwa i budownictwa.",
            "it": "Casette da giardino, orti rialzati, mobili su misura e piccoli lavori di ristrutturazione eseguiti "
            "dagli studenti di falegnameria ed edilizia.",
            "pt": "Abrigos de jardim, canteiros elevados, mobiliário por medida e pequenas obras de remodelação "
            "feitos por alunos de carpintaria e construção civil.",
        },
    },
    {
        "code": "car-repair",
        "isced": "0716",  # Motor vehicles, ships and aircraft
        "names": {
            "en": "Car repair",
            "lt": "Automobilių remontas",
            "lv": "Automašīnu remonts",
            "pl": "Naprawa samochodów",
            "it": "Riparazione auto",
            "pt": "Reparação automóvel",
        },
        "descriptions": {
            "en": "Tyre changes, oil services, pre-inspection checks and brake repairs in school garages, under the "
            "eye of qualified mechanics.",
            "lt": "Padangų ir tepalų keitimas, patikra prieš techninę apžiūrą ir stabdžių remontas mokyklų "
            "dirbtuvėse, prižiūrint kvalifikuotiems meistrams.",
            "lv": "Riepu un eļļas maiņa, pārbaude pirms tehniskās apskates un bremžu remonts skolu darbnīcās "
            "kvalificētu meistaru uzraudzībā.",
            "pl": "Wymiana opon i oleju, kontrola przed przeglądem technicznym i naprawa hamulców w szkolnych "
            "warsztatach, pod okiem wykwalifikowanych mechaników.",
            "it": "Cambio gomme, cambio olio, controlli prima della revisione e riparazione dei freni nelle officine "
            "scolastiche, sotto la guida di meccanici qualificati.",
            "pt": "Mudança de pneus e de óleo, verificação antes da inspeção e reparação de travões nas oficinas das "
            "escolas, acompanhadas por mecânicos qualificados.",
        },
    },
    {
        "code": "beauty",
        "isced": "1012",  # Hair and beauty services
        "names": {
            "en": "Beauty and hairdressing",
            "lt": "Grožio ir kirpyklų paslaugos",
            "lv": "Skaistumkopšana un frizieru pakalpojumi",
            "pl": "Kosmetyka i fryzjerstwo",
            "it": "Estetica e acconciatura",
            "pt": "Estética e cabeleireiro",
        },
        "descriptions": {
            "en": "Manicures, hairstyling and make-up in school salons or at your event, at prices that reflect the "
            "training setting.",
            "lt": "Manikiūras, šukuosenos ir makiažas mokyklų salonuose ar jūsų renginyje – už palankią kainą, nes "
            "paslaugos teikiamos mokymosi metu.",
            "lv": "Manikīrs, frizūras un grims skolu salonos vai jūsu pasākumā – par draudzīgām cenām, jo "
            "pakalpojumus sniedz mācību procesā.",
            "pl": "Manicure, fryzury i makijaż w szkolnych salonach lub na Państwa wydarzeniu, w przystępnych cenach, "
            "bo usługi są częścią nauki zawodu.",
            "it": "Manicure, acconciature e trucco nei saloni scolastici o al vostro evento, a prezzi contenuti "
            "perché i servizi fanno parte della formazione.",
            "pt": "Manicura, penteados e maquilhagem nos salões das escolas ou no seu evento, a preços acessíveis "
            "por fazerem parte da formação.",
        },
    },
    {
        "code": "fashion",
        "isced": "0723",  # Textiles (clothes, footwear and leather)
        "names": {
            "en": "Fashion and textiles",
            "lt": "Mada ir tekstilė",
            "lv": "Mode un tekstils",
            "pl": "Moda i tekstylia",
            "it": "Moda e tessile",
            "pt": "Moda e têxteis",
        },
        "descriptions": {
            "en": "Embroidered workwear, aprons, alterations and costumes sewn in school workshops by fashion and "
            "tailoring students.",
            "lt": "Siuvinėti darbo drabužiai, prijuostės, drabužių taisymas ir kostiumai, kuriuos mokyklų "
            "dirbtuvėse siuva mados ir siuvimo specialybių mokiniai.",
            "lv": "Izšūts darba apģērbs, priekšauti, apģērbu labošana un tērpi, ko skolu darbnīcās šuj modes un "
            "šūšanas audzēkņi.",
            "pl": "Haftowana odzież robocza, fartuchy, poprawki krawieckie i kostiumy szyte w szkolnych pracowniach "
            "przez uczniów kierunków odzieżowych.",
            "it": "Abbigliamento da lavoro ricamato, grembiuli, riparazioni sartoriali e costumi cuciti nei "
            "laboratori scolastici dagli studenti di moda e sartoria.",
            "pt": "Fardamento bordado, aventais, arranjos de costura e figurinos confecionados nas oficinas das "
            "escolas por alunos de moda e costura.",
        },
    },
    {
        "code": "electrical",
        "isced": "0713",  # Electricity and energy
        "names": {
            "en": "Electrical work",
            "lt": "Elektros darbai",
            "lv": "Elektroinstalācijas darbi",
            "pl": "Usługi elektryczne",
            "it": "Impianti elettrici",
            "pt": "Instalações elétricas",
        },
        "descriptions": {
            "en": "Installation checks, LED lighting, wiring for outbuildings and small appliance repairs by "
            "electrical students supervised by certified electricians.",
            "lt": "Instaliacijos patikros, LED apšvietimas, ūkinių pastatų elektros instaliacija ir smulkiosios "
            "buitinės technikos remontas, kuriuos atlieka elektros specialybės mokiniai, prižiūrimi atestuotų elektrikų.",
            "lv": "Elektroinstalācijas pārbaudes, LED apgaismojums, saimniecības ēku elektroinstalācija un sīkās "
            "sadzīves tehnikas remonts, ko veic elektrotehnikas audzēkņi sertificētu elektriķu uzraudzībā.",
            "pl": "Przeglądy instalacji, oświetlenie LED, instalacje w budynkach gospodarczych i naprawy drobnego "
            "AGD wykonywane przez uczniów elektryki pod nadzorem elektryków z uprawnieniami.",
            "it": "Verifiche degli impianti, illuminazione LED, impianti per garage e casette e riparazione di "
            "piccoli elettrodomestici, a cura degli studenti di elettrotecnica con elettricisti abilitati.",
            "pt": "Verificação de instalações, iluminação LED, eletricidade para anexos e reparação de pequenos "
            "eletrodomésticos, feitas por alunos de eletricidade com a supervisão de eletricistas certificados.",
        },
    },
    {
        "code": "agriculture",
        "isced": "0812",  # Horticulture
        "names": {
            "en": "Agriculture and landscaping",
            "lt": "Žemės ūkis ir aplinkos tvarkymas",
            "lv": "Lauksaimniecība un dārzu ierīkošana",
            "pl": "Rolnictwo i architektura krajobrazu",
            "it": "Agricoltura e cura del verde",
            "pt": "Agricultura e espaços verdes",
        },
        "descriptions": {
            "en": "Seedlings, garden plans, green-space maintenance and seasonal decorations from school "
            "greenhouses and horticulture students.",
            "lt": "Daigai, sodų planai, želdynų priežiūra ir sezoninės dekoracijos iš mokyklų šiltnamių ir "
            "sodininkystės mokinių rankų.",
            "lv": "Stādi, dārzu plāni, zaļo zonu kopšana un sezonālas dekorācijas no skolu siltumnīcām un "
            "dārzkopības audzēkņu rokām.",
            "pl": "Rozsada, projekty ogrodów, pielęgnacja zieleni i sezonowe dekoracje ze szkolnych szklarni, "
            "przygotowywane przez uczniów ogrodnictwa.",
            "it": "Piantine, progetti di giardini, manutenzione del verde e decorazioni stagionali dalle serre "
            "scolastiche, a cura degli studenti di agraria.",
            "pt": "Plantas de viveiro, projetos de jardins, manutenção de espaços verdes e decorações sazonais das "
            "estufas das escolas, pelas mãos dos alunos de jardinagem.",
        },
    },
    {
        "code": "it-support",
        "isced": "0612",  # Database and network design and administration
        "names": {
            "en": "IT support",
            "lt": "IT priežiūra ir pagalba",
            "lv": "IT atbalsts",
            "pl": "Wsparcie IT",
            "it": "Assistenza informatica",
            "pt": "Apoio informático",
        },
        "descriptions": {
            "en": "Laptop repairs, workstation set-up and small office networks handled by IT students under clear "
            "data-protection rules.",
            "lt": "Nešiojamųjų kompiuterių remontas, darbo vietų paruošimas ir nedideli biuro tinklai – juos "
            "atlieka IT mokiniai, laikydamiesi aiškių duomenų apsaugos taisyklių.",
            "lv": "Klēpjdatoru remonts, darba vietu sagatavošana un nelieli biroja tīkli, ko veic IT audzēkņi, "
            "ievērojot skaidrus datu aizsardzības noteikumus.",
            "pl": "Naprawa laptopów, konfiguracja stanowisk pracy i małe sieci biurowe, którymi zajmują się "
            "uczniowie informatyki zgodnie z jasnymi zasadami ochrony danych.",
            "it": "Riparazione di portatili, configurazione di postazioni e piccole reti d'ufficio gestite dagli "
            "studenti di informatica con regole chiare sulla protezione dei dati.",
            "pt": "Reparação de portáteis, configuração de postos de trabalho e pequenas redes de escritório, "
            "assegurados por alunos de informática com regras claras de proteção de dados.",
        },
    },
    {
        "code": "tourism",
        "isced": "1015",  # Travel, tourism and leisure
        "names": {
            "en": "Tourism services",
            "lt": "Turizmo paslaugos",
            "lv": "Tūrisma pakalpojumi",
            "pl": "Usługi turystyczne",
            "it": "Servizi turistici",
            "pt": "Serviços turísticos",
        },
        "descriptions": {
            "en": "Guided walks, team-building days, itineraries and event hosting by tourism students who know "
            "their city well.",
            "lt": "Ekskursijos pėsčiomis, komandos formavimo dienos, maršrutai ir renginių aptarnavimas, kuriuos "
            "teikia savo miestą puikiai pažįstantys turizmo mokiniai.",
            "lv": "Ekskursijas kājām, komandas saliedēšanas dienas, maršruti un pasākumu apkalpošana, ko nodrošina "
            "tūrisma audzēkņi, kuri labi pazīst savu pilsētu.",
            "pl": "Spacery z przewodnikiem, dni integracyjne, plany zwiedzania i obsługa wydarzeń w wykonaniu "
            "uczniów turystyki, którzy dobrze znają swoje miasto.",
            "it": "Visite guidate a piedi, giornate di team building, itinerari e accoglienza agli eventi a cura "
            "degli studenti di turismo, che conoscono bene la loro città.",
            "pt": "Visitas guiadas a pé, dias de team building, roteiros e acolhimento em eventos, assegurados por "
            "alunos de turismo que conhecem bem a sua cidade.",
        },
    },
    {
        "code": "graphic-design",
        "isced": "0211",  # Audio-visual techniques and media production (graphic design, printing)
        "names": {
            "en": "Graphic design",
            "lt": "Grafinis dizainas",
            "lv": "Grafiskais dizains",
            "pl": "Projektowanie graficzne",
            "it": "Progettazione grafica",
            "pt": "Design gráfico",
        },
        "descriptions": {
            "en": "Logos, visual identities, posters and packaging designed by graphic design students and reviewed "
            "by professional designers.",
            "lt": "Logotipai, vizualinis identitetas, plakatai ir pakuotės, kuriuos kuria grafinio dizaino "
            "mokiniai, o peržiūri profesionalūs dizaineriai.",
            "lv": "Logotipi, vizuālā identitāte, plakāti un iepakojums, ko izstrādā grafiskā dizaina audzēkņi un "
            "pārskata profesionāli dizaineri.",
            "pl": "Logo, identyfikacja wizualna, plakaty i opakowania projektowane przez uczniów grafiki i "
            "sprawdzane przez zawodowych projektantów.",
            "it": "Loghi, identità visive, manifesti e packaging ideati dagli studenti di grafica e rivisti da "
            "designer professionisti.",
            "pt": "Logótipos, identidades visuais, cartazes e embalagens criados por alunos de design gráfico e "
            "revistos por designers profissionais.",
        },
    },
    {
        "code": "metalwork",
        "isced": "0715",  # Mechanics and metal trades
        "names": {
            "en": "Metalwork and welding",
            "lt": "Metalo apdirbimas ir suvirinimas",
            "lv": "Metālapstrāde un metināšana",
            "pl": "Obróbka metali i spawanie",
            "it": "Lavorazione dei metalli e saldatura",
            "pt": "Serralharia e soldadura",
        },
        "descriptions": {
            "en": "Welded garden furniture, fire pits, signs and repairs of gates and railings from school metal "
            "workshops.",
            "lt": "Suvirinti sodo baldai, laužavietės, iškabos bei vartų ir turėklų remontas mokyklų metalo "
            "dirbtuvėse.",
            "lv": "Metinātas dārza mēbeles, ugunskura bļodas, izkārtnes un vārtu un margu remonts skolu "
            "metālapstrādes darbnīcās.",
            "pl": "Spawane meble ogrodowe, paleniska, szyldy oraz naprawy bram i balustrad w szkolnych warsztatach "
            "ślusarskich.",
            "it": "Arredi da giardino saldati, bracieri, insegne e riparazione di cancelli e ringhiere nelle "
            "officine delle scuole.",
            "pt": "Mobiliário de jardim soldado, braseiras, placas e reparação de portões e gradeamentos nas "
            "oficinas de serralharia das escolas.",
        },
    },
]
