"""Which scene illustrates which card, in what light, and how it is described.

One entry per card id: the painter (a function of ``tools.scenes_*``), the light (a key of
``illustration_paint.LIGHTS``), then a short caption and an alt text, each in English,
Italian, Kazakh and Russian, saying exactly what the picture shows. To illustrate a new card,
add an entry here (and a painter if none fits: no two cards share one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tools import scenes_indoors as indoors
from tools import scenes_italy as italy
from tools import scenes_kazakhstan as kazakhstan
from tools import scenes_travel as travel
from tools.illustration_paint import Canvas

Words = tuple[str, str, str, str]
"""English, Italian, Kazakh, Russian."""


@dataclass(frozen=True)
class Scene:
    paint: Callable[[Canvas], None]
    light: str
    caption: Words
    alt: Words


SCENES: dict[str, Scene] = {
    # --- history ---------------------------------------------------------------------------
    "marco-polo": Scene(
        italy.venice_lagoon_ship,
        "dawn",
        (
            "A Venetian sailing ship of Marco Polo's time",
            "Una nave a vela veneziana dei tempi di Marco Polo",
            "Марко Поло заманындағы венециялық желкенді кеме",
            "Венецианский парусник времён Марко Поло",
        ),
        (
            "Drawing: a wooden two-masted sailing ship with pale lateen sails leaves the Venetian "
            "lagoon at dawn; palaces and a bell tower stand on the shore behind it.",
            "Disegno: una nave di legno a due alberi con vele latine chiare lascia la laguna di "
            "Venezia all'alba; dietro, sulla riva, palazzi e un campanile.",
            "Сурет: екі діңгекті, ақшыл үшбұрышты желкенді ағаш кеме таң атқанда Венеция "
            "лагунасынан шығып барады; артында жағалаудағы сарайлар мен қоңырау мұнарасы.",
            "Рисунок: деревянный двухмачтовый корабль со светлыми латинскими парусами на рассвете "
            "покидает венецианскую лагуну; позади на берегу дворцы и колокольня.",
        ),
    ),
    "marco-polo-street-astana": Scene(
        kazakhstan.astana_street,
        "golden",
        (
            "A new avenue in Astana",
            "Un nuovo viale ad Astana",
            "Астанадағы жаңа даңғыл",
            "Новый проспект в Астане",
        ),
        (
            "Drawing: a wide avenue in Astana runs between young poplars and tall blocks towards "
            "the Baiterek tower in the distance; a blank blue street sign stands at the roadside.",
            "Disegno: un ampio viale di Astana corre tra giovani pioppi e alti palazzi verso la "
            "torre Baiterek in lontananza; a bordo strada un cartello stradale blu senza scritte.",
            "Сурет: Астанадағы кең даңғыл жас теректер мен биік үйлердің арасымен алыстағы "
            "Бәйтерек мұнарасына қарай созылады; жол жиегінде жазуы жоқ көк көше белгісі тұр.",
            "Рисунок: широкий проспект Астаны тянется между молодыми тополями и высокими домами к "
            "башне Байтерек вдали; у обочины стоит синий уличный указатель без надписи.",
        ),
    ),
    "marco-polo-street-announcement": Scene(
        indoors.press_podium,
        "day",
        (
            "A podium before a window on Astana",
            "Un podio davanti a una finestra su Astana",
            "Астанаға қараған терезе алдындағы мінбер",
            "Трибуна у окна с видом на Астану",
        ),
        (
            "Drawing: a wooden podium with two microphones stands in a room between the flags "
            "of Kazakhstan and Italy; the window behind looks out on Astana and its Baiterek "
            "tower, and journalists with a television camera wait in front.",
            "Disegno: un podio di legno con due microfoni in una sala, tra le bandiere del "
            "Kazakistan e dell'Italia; la finestra alle spalle dà su Astana e la torre "
            "Baiterek, davanti attendono giornalisti con una telecamera.",
            "Сурет: бөлмеде Қазақстан мен Италия туларының арасында екі микрофоны бар ағаш "
            "мінбер тұр; артындағы терезеден Астана мен Бәйтерек мұнарасы көрінеді, алдында "
            "телекамерасы бар журналистер күтіп отыр.",
            "Рисунок: в зале между флагами Казахстана и Италии стоит деревянная трибуна с двумя "
            "микрофонами; в окне позади видны Астана и башня Байтерек, впереди ждут журналисты "
            "с телекамерой.",
        ),
    ),
    "venice": Scene(
        italy.venice,
        "day",
        (
            "A gondola on the Grand Canal, Venice",
            "Una gondola sul Canal Grande, Venezia",
            "Үлкен каналдағы гондола, Венеция",
            "Гондола на Большом канале, Венеция",
        ),
        (
            "Drawing: a gondolier rows a black gondola down the Grand Canal between two rows of "
            "palaces with pointed-arch windows; striped mooring poles stand by the banks and the "
            "Rialto bridge closes the view.",
            "Disegno: un gondoliere rema su una gondola nera lungo il Canal Grande tra due file "
            "di palazzi con finestre ad arco acuto; pali d'ormeggio a strisce lungo le rive e, "
            "in fondo, il ponte di Rialto.",
            "Сурет: гондольер қара гондоланы үшкір доғалы терезелері бар екі қатар сарайдың "
            "арасымен Үлкен канал бойымен есіп келеді; жағада жолақты байлау бағаналары, "
            "алыста Риальто көпірі.",
            "Рисунок: гондольер ведёт чёрную гондолу по Большому каналу между двумя рядами "
            "дворцов со стрельчатыми окнами; у берегов полосатые причальные сваи, вдали мост "
            "Риальто.",
        ),
    ),
    "national-museum": Scene(
        kazakhstan.national_museum,
        "day",
        (
            "A museum of blue glass on a wide square",
            "Un museo di vetro azzurro su un'ampia piazza",
            "Кең алаңдағы көк шыны мұражай",
            "Музей из голубого стекла на широкой площади",
        ),
        (
            "Drawing: a museum of blue glass blocks with domed roofs and a tall central tower; "
            "visitors walk across the square in front.",
            "Disegno: un museo di blocchi di vetro azzurro con tetti a cupola e un'alta torre "
            "centrale; davanti, visitatori attraversano la piazza.",
            "Сурет: күмбез төбелі көк шыны блоктардан тұратын, ортасында биік мұнарасы бар "
            "мұражай; алдындағы алаңда келушілер жүр.",
            "Рисунок: музей из блоков голубого стекла с куполами и высокой центральной башней; "
            "по площади перед ним идут посетители.",
        ),
    ),
    # --- arts ------------------------------------------------------------------------------
    "abai-kunanbaiuly": Scene(
        kazakhstan.abai_steppe,
        "dusk",
        (
            "A portrait bust of Abai on the steppe",
            "Un busto-ritratto di Abai nella steppa",
            "Даладағы Абайдың портреттік бюсті",
            "Портретный бюст Абая в степи",
        ),
        (
            "Drawing: a grey stone bust of a bearded man in a Kazakh cap, Abai, on a plinth in the "
            "steppe at dusk; an open book lies nearby and a lit yurt stands in the distance.",
            "Disegno: un busto di pietra grigia di un uomo con la barba e un copricapo "
            "kazako, Abai, "
            "su un piedistallo nella steppa al crepuscolo; vicino un libro aperto, lontano una "
            "iurta illuminata.",
            "Сурет: ымырт кезіндегі далада тұғырда тұрған сақалды, қазақ бөркін киген адамның — "
            "Абайдың — сұр тас бюсті; жанында ашық кітап, алыста шамы жанған киіз үй.",
            "Рисунок: бюст из серого камня — бородатый мужчина в казахской шапке, Абай, — на "
            "постаменте в вечерней степи; рядом раскрытая книга, вдали освещённая юрта.",
        ),
    ),
    "abai-bust-rome": Scene(
        italy.abai_bust_park,
        "golden",
        (
            "Abai's bust among Roman umbrella pines",
            "Il busto di Abai tra i pini di Roma",
            "Рим пинияларының арасындағы Абай бюсті",
            "Бюст Абая среди римских пиний",
        ),
        (
            "Drawing: Abai's bust in bronze on a stone plinth in a Roman park, framed by umbrella "
            "pines, with a dome on the skyline and evening sun.",
            "Disegno: il busto in bronzo di Abai su un piedistallo di pietra in un parco di Roma, "
            "tra pini a ombrello, con una cupola all'orizzonte e il sole della sera.",
            "Сурет: Рим саябағындағы тас тұғырда тұрған Абайдың қола бюсті, айналасында қолшатыр "
            "пиниялар, көкжиекте күмбез, кешкі күн.",
            "Рисунок: бронзовый бюст Абая на каменном постаменте в римском парке среди пиний, на "
            "горизонте купол, вечернее солнце.",
        ),
    ),
    "abai-monuments-worldwide": Scene(
        indoors.abai_monuments,
        "day",
        (
            "A globe with pins and a bust of Abai",
            "Un globo con spilli e un busto di Abai",
            "Түйреуіштер қадалған глобус пен Абай бюсті",
            "Глобус с булавками и бюст Абая",
        ),
        (
            "Drawing: a large blue globe with red map pins in several countries, and a small stone "
            "bust of Abai on a plinth in front of it.",
            "Disegno: un grande globo azzurro con spilli rossi in vari paesi e, davanti, un "
            "piccolo "
            "busto di pietra di Abai su un piedistallo.",
            "Сурет: бірнеше елге қызыл түйреуіштер қадалған үлкен көк глобус, алдында тұғырдағы "
            "Абайдың шағын тас бюсті.",
            "Рисунок: большой синий глобус с красными булавками в нескольких странах, перед ним "
            "небольшой каменный бюст Абая на постаменте.",
        ),
    ),
    "opera-abai-san-carlo": Scene(
        italy.san_carlo_front,
        "night",
        (
            "The San Carlo's façade with a banner for “Abai”",
            "La facciata del San Carlo con uno striscione per «Abai»",
            "«Абай» жазылған жалауы бар Сан-Карло қасбеті",
            "Фасад Сан-Карло с полотнищем «Абай»",
        ),
        (
            "Drawing: the front of the Teatro di San Carlo in Naples at night, its rusticated "
            "arcade lit from within and a red banner reading “ABAI” across the columned "
            "loggia; an audience arrives under street lamps.",
            "Disegno: la facciata del Teatro di San Carlo a Napoli di notte, il portico bugnato "
            "illuminato dall'interno e uno striscione rosso con la scritta «ABAI» sulla loggia a "
            "colonne; il pubblico arriva sotto i lampioni.",
            "Сурет: түнгі Неапольдегі Сан-Карло театрының қасбеті: рустталған аркадасы іштен "
            "жарық, бағаналы лоджиясында «ABAI» деп жазылған қызыл жалау; көше шамдарының "
            "астымен көрермендер келіп жатыр.",
            "Рисунок: фасад театра Сан-Карло в Неаполе ночью, рустованная аркада освещена "
            "изнутри, на колонной лоджии красное полотнище с надписью «ABAI»; под фонарями "
            "собирается публика.",
        ),
    ),
    "teatro-di-san-carlo": Scene(
        italy.san_carlo_hall,
        "indoor",
        (
            "Inside the Teatro di San Carlo",
            "All'interno del Teatro di San Carlo",
            "Сан-Карло театрының ішінде",
            "В зале театра Сан-Карло",
        ),
        (
            "Drawing: the horseshoe hall of the San Carlo, tier upon tier of red boxes edged in "
            "gold, facing a stage framed by a gilded arch and red curtains.",
            "Disegno: la sala a ferro di cavallo del San Carlo, ordini di palchi rossi bordati "
            "d'oro davanti al palcoscenico con arco dorato e sipario rosso.",
            "Сурет: Сан-Карлоның таға пішінді залы: алтынмен жиектелген қызыл ложалар қатарлары "
            "алтын доға мен қызыл шымылдық көмкерген сахнаға қарайды.",
            "Рисунок: подковообразный зал Сан-Карло: ярусы красных лож с золотой каймой напротив "
            "сцены в позолоченной арке с красным занавесом.",
        ),
    ),
    "naples": Scene(
        italy.naples,
        "sunset",
        (
            "Vesuvius over the Bay of Naples",
            "Il Vesuvio sul golfo di Napoli",
            "Неаполь шығанағының үстіндегі Везувий",
            "Везувий над Неаполитанским заливом",
        ),
        (
            "Drawing: Vesuvius rises over the Bay of Naples at sunset; houses in warm colours line "
            "the shore, a ferry crosses the bay and people walk on the seafront.",
            "Disegno: il Vesuvio si alza sul golfo di Napoli al tramonto; case dai colori caldi "
            "lungo la riva, un traghetto attraversa il golfo, persone sul lungomare.",
            "Сурет: күн батқанда Неаполь шығанағының үстінде Везувий көтеріліп тұр; жағалауда "
            "жылы түсті үйлер, шығанақты паром кесіп өтеді, жағалау бойында адамдар жүр.",
            "Рисунок: Везувий над Неаполитанским заливом на закате; по берегу дома тёплых "
            "оттенков, залив пересекает паром, по набережной гуляют люди.",
        ),
    ),
    "rome": Scene(
        italy.rome,
        "golden",
        ("The Colosseum in Rome", "Il Colosseo a Roma", "Римдегі Колизей", "Колизей в Риме"),
        (
            "Drawing: the Colosseum in golden evening light, its broken outer ring higher on one "
            "side, with the triple Arch of Constantine beside it, people on the road in front, "
            "umbrella pines and a cypress; a great dome rises on the skyline.",
            "Disegno: il Colosseo nella luce dorata della sera, con l'anello esterno più alto da "
            "un lato, accanto l'Arco di Costantino a tre fornici, persone sulla strada davanti, "
            "pini a ombrello e un cipresso; all'orizzonte una grande cupola.",
            "Сурет: кешкі алтын жарықтағы Колизей, сыртқы қабырғасы бір жағынан биігірек; "
            "жанында үш аркалы Константин аркасы, алдындағы жолда адамдар, қолшатыр пиниялар "
            "мен кипарис, көкжиекте үлкен күмбез.",
            "Рисунок: Колизей в золотом вечернем свете, его внешнее кольцо с одной стороны "
            "выше; рядом трёхпролётная арка Константина, на дороге перед ними люди, пинии и "
            "кипарис, на горизонте большой купол.",
        ),
    ),
    "gold-of-nomads-exhibition": Scene(
        indoors.gold_vitrine,
        "indoor",
        (
            "A golden warrior's costume in a showcase",
            "Il costume d'oro di un guerriero in vetrina",
            "Витринадағы алтын жауынгер киімі",
            "Золотой наряд воина в витрине",
        ),
        (
            "Drawing: in a dark exhibition hall a lit glass case holds a figure in a tall pointed "
            "headdress and a coat of gold plaques; golden treasures glow on pedestals beside it.",
            "Disegno: in una sala buia, una vetrina illuminata custodisce una figura con un alto "
            "copricapo a punta e una veste di placche d'oro; ai lati, tesori d'oro su piedistalli.",
            "Сурет: қараңғы көрме залындағы жарық шыны витринада биік үшкір бас киім мен алтын "
            "қаптырмалы киім киген бейне тұр; жанындағы тұғырларда алтын бұйымдар жарқырайды.",
            "Рисунок: в тёмном выставочном зале в освещённой витрине фигура в высоком "
            "остроконечном "
            "головном уборе и одеянии из золотых бляшек; рядом на постаментах золотые сокровища.",
        ),
    ),
    "italian-cultural-institute-almaty": Scene(
        kazakhstan.cultural_institute,
        "dawn",
        (
            "An institute with an Italian flag in Almaty",
            "Un istituto con la bandiera italiana ad Almaty",
            "Алматыдағы Италия туы ілінген институт",
            "Институт с итальянским флагом в Алматы",
        ),
        (
            "Drawing: a cream three-storey building with lit windows and an Italian flag by its "
            "door, poplars on either side and snowy mountains behind; two visitors arrive.",
            "Disegno: un edificio color crema di tre piani con finestre illuminate e una bandiera "
            "italiana accanto alla porta, pioppi ai lati e montagne innevate dietro; arrivano due "
            "visitatori.",
            "Сурет: терезелерінде жарық жанған үш қабатты ақшыл ғимарат, есігінің жанында Италия "
            "туы, екі жағында теректер, артында қарлы таулар; екі адам келе жатыр.",
            "Рисунок: кремовое трёхэтажное здание с освещёнными окнами и итальянским флагом у "
            "входа, по бокам тополя, позади снежные горы; подходят двое посетителей.",
        ),
    ),
    "almaty": Scene(
        kazakhstan.almaty,
        "day",
        (
            "Almaty under the Zailiysky Alatau",
            "Almaty sotto lo Zailiysky Alatau",
            "Іле Алатауының бауырындағы Алматы",
            "Алматы у подножия Заилийского Алатау",
        ),
        (
            "Drawing: the snowy wall of the Zailiysky Alatau rises behind Almaty; a lattice TV "
            "tower stands on a green hill, city blocks and rows of poplars fill the foreground.",
            "Disegno: la parete innevata dello Zailiysky Alatau si alza alle spalle di Almaty; "
            "una torre televisiva a traliccio su una collina verde, in primo piano palazzi e file "
            "di pioppi.",
            "Сурет: Алматының артында Іле Алатауының қарлы жотасы тұр; жасыл төбеде торлы "
            "телемұнара, алдыңғы қатарда қала үйлері мен теректер қатарлары.",
            "Рисунок: за Алматы поднимается снежная стена Заилийского Алатау; на зелёном холме "
            "решётчатая телебашня, на переднем плане городские дома и ряды тополей.",
        ),
    ),
    "kasteev-museum": Scene(
        indoors.gallery,
        "indoor",
        (
            "A gallery of landscape paintings",
            "Una galleria di paesaggi",
            "Пейзаж суреттері ілінген галерея",
            "Галерея пейзажной живописи",
        ),
        (
            "Drawing: three gilt-framed paintings of mountains, a lake and a yurt on the steppe "
            "hang on a red gallery wall; one visitor looks at them, another sits on a bench.",
            "Disegno: tre dipinti in cornici dorate, con montagne, un lago e una iurta nella "
            "steppa, su una parete rossa; un visitatore li guarda, un altro siede su una panca.",
            "Сурет: галереяның қызыл қабырғасында алтын жақтаулы үш сурет: таулар, көл және "
            "даладағы киіз үй; бір келуші оларға қарап тұр, екіншісі орындықта отыр.",
            "Рисунок: на красной стене галереи три картины в золочёных рамах — горы, озеро и юрта "
            "в степи; один посетитель смотрит на них, другой сидит на скамье.",
        ),
    ),
    "theatre-in-traditional-costume": Scene(
        indoors.costume_stage,
        "indoor",
        (
            "Actors in Kazakh costume on stage",
            "Attori in costume kazako sul palco",
            "Сахнадағы қазақ киімін киген актерлер",
            "Актёры в казахских костюмах на сцене",
        ),
        (
            "Drawing: three actors in embroidered Kazakh costume stand in warm stage light, the "
            "bride between them in a tall white saukele headdress; red curtains frame the stage.",
            "Disegno: tre attori in costumi kazaki ricamati nella luce calda del palco, al centro "
            "la sposa con l'alto copricapo bianco saukele; sipari rossi incorniciano la scena.",
            "Сурет: сахнаның жылы жарығында кестелі қазақ киімін киген үш актер тұр, ортасында "
            "биік ақ сәукеле киген қалыңдық; сахнаны қызыл шымылдық көмкерген.",
            "Рисунок: трое актёров в расшитых казахских костюмах в тёплом свете сцены, в центре "
            "невеста в высоком белом саукеле; сцену обрамляет красный занавес.",
        ),
    ),
    # --- education -------------------------------------------------------------------------
    "marche-polytechnic-university": Scene(
        italy.marche_campus,
        "day",
        (
            "A hilltop campus above the Adriatic",
            "Un campus in collina sopra l'Adriatico",
            "Адриатика үстіндегі төбедегі кампус",
            "Кампус на холме над Адриатикой",
        ),
        (
            "Drawing: a modern university building with glazed storeys on a green hill, olive "
            "trees around it and the Adriatic Sea beyond; students walk in front.",
            "Disegno: un moderno edificio universitario a piani vetrati su una collina verde, "
            "ulivi intorno e il mare Adriatico sullo sfondo; davanti passano studenti.",
            "Сурет: жасыл төбедегі әйнекті қабаттары бар заманауи университет ғимараты, "
            "айналасында зәйтүн ағаштары, арғы жағында Адриатика теңізі; алдында студенттер жүр.",
            "Рисунок: современный университетский корпус с застеклёнными этажами на зелёном "
            "холме, вокруг оливы, вдали Адриатическое море; перед зданием идут студенты.",
        ),
    ),
    "marche-memorandum-2024": Scene(
        indoors.signing,
        "indoor",
        (
            "Signing a memorandum",
            "La firma di un memorandum",
            "Меморандумға қол қою",
            "Подписание меморандума",
        ),
        (
            "Drawing: two hands sign papers in open red leather folders on a dark desk; small "
            "Italian and Kazakh flags stand between them and two people in suits wait behind.",
            "Disegno: due mani firmano i fogli in cartelle di pelle rossa aperte su una scrivania "
            "scura; tra loro piccole bandiere italiana e kazaka, dietro due persone in abito "
            "scuro.",
            "Сурет: қараңғы үстелдегі ашық қызыл былғары папкалардағы қағаздарға екі қол қол "
            "қойып жатыр; арасында Италия мен Қазақстанның шағын тулары, артында костюм киген "
            "екі адам тұр.",
            "Рисунок: две руки подписывают бумаги в раскрытых красных кожаных папках на тёмном "
            "столе; между ними маленькие флаги Италии и Казахстана, позади двое в костюмах.",
        ),
    ),
    "marche-branch-taldykorgan": Scene(
        kazakhstan.taldykorgan_campus,
        "golden",
        (
            "The campus in Taldykorgan",
            "Il campus di Taldykorgan",
            "Талдықорғандағы кампус",
            "Кампус в Талдыкоргане",
        ),
        (
            "Drawing: a teaching building with glazed storeys under the snowy Zhetysu Alatau, with "
            "Kazakh and Italian flags, trial plots striped with crops, poplars and students.",
            "Disegno: un edificio didattico a piani vetrati sotto lo Zhetysu Alatau innevato, con "
            "le bandiere kazaka e italiana, campi sperimentali a strisce, pioppi e studenti.",
            "Сурет: қарлы Жетісу Алатауының етегіндегі әйнекті оқу ғимараты, Қазақстан мен Италия "
            "тулары, жолақ-жолақ тәжірибе егістері, теректер және студенттер.",
            "Рисунок: учебный корпус с застеклёнными этажами у снежного Джунгарского Алатау, флаги "
            "Казахстана и Италии, полосатые опытные делянки, тополя и студенты.",
        ),
    ),
    "zhetysu-university": Scene(
        kazakhstan.zhetysu_university,
        "golden",
        (
            "A university's main building in autumn",
            "L'edificio principale di un'università in autunno",
            "Күзгі университеттің бас ғимараты",
            "Главный корпус университета осенью",
        ),
        (
            "Drawing: a cream university building with a columned portico and wide steps, orange "
            "autumn trees on both sides and students in front, mountains far behind.",
            "Disegno: un edificio universitario color crema con portico a colonne e ampia "
            "scalinata, alberi autunnali arancioni ai lati, studenti davanti e montagne lontane.",
            "Сурет: бағаналы портигі мен кең баспалдағы бар ақшыл университет ғимараты, екі "
            "жағында қызғылт сары күзгі ағаштар, алдында студенттер, алыста таулар.",
            "Рисунок: кремовое здание университета с колонным портиком и широкой лестницей, по "
            "бокам оранжевые осенние деревья, перед ним студенты, вдали горы.",
        ),
    ),
    "double-degree-programmes": Scene(
        indoors.graduation,
        "day",
        (
            "Graduates throwing their caps",
            "Laureati che lanciano il tocco",
            "Бөріктерін лақтырған түлектер",
            "Выпускники подбрасывают шапочки",
        ),
        (
            "Drawing: seven graduates in black gowns throw their square caps into a blue sky in "
            "front of a modern university building.",
            "Disegno: sette laureati in toga nera lanciano in aria il tocco davanti a un moderno "
            "edificio universitario.",
            "Сурет: қара мантия киген жеті түлек заманауи университет ғимаратының алдында "
            "төрт бұрышты бөріктерін көк аспанға лақтырып жатыр.",
            "Рисунок: семеро выпускников в чёрных мантиях подбрасывают квадратные шапочки в синее "
            "небо перед современным университетским корпусом.",
        ),
    ),
    "kazakh-students-in-italy": Scene(
        indoors.students_piazza,
        "day",
        (
            "Students in an Italian piazza",
            "Studenti in una piazza italiana",
            "Итальяндық алаңдағы студенттер",
            "Студенты на итальянской площади",
        ),
        (
            "Drawing: four students with backpacks cross an Italian piazza with a fountain, in "
            "front of an ochre building with arcades and green shutters.",
            "Disegno: quattro studenti con lo zaino attraversano una piazza italiana con fontana, "
            "davanti a un palazzo ocra con portici e persiane verdi.",
            "Сурет: арқасына сөмке асқан төрт студент субұрқағы бар итальяндық алаңнан өтіп "
            "барады; артында аркалары мен жасыл терезе қақпақтары бар сарғыш ғимарат.",
            "Рисунок: четверо студентов с рюкзаками идут по итальянской площади с фонтаном, перед "
            "охристым зданием с аркадой и зелёными ставнями.",
        ),
    ),
    "taldykorgan": Scene(
        kazakhstan.taldykorgan,
        "day",
        (
            "Taldykorgan below the Zhetysu Alatau",
            "Taldykorgan sotto lo Zhetysu Alatau",
            "Жетісу Алатауының етегіндегі Талдықорған",
            "Талдыкорган у подножия гор Жетысу",
        ),
        (
            "Drawing: a low town of pale houses among poplars, green striped fields in front and "
            "the snowy Zhetysu Alatau range behind.",
            "Disegno: una città bassa di case chiare tra i pioppi, campi verdi a strisce davanti "
            "e dietro la catena innevata dello Zhetysu Alatau.",
            "Сурет: теректер арасындағы ақшыл үйлері бар аласа қала, алдында жолақ-жолақ жасыл "
            "егістік, артында қарлы Жетісу Алатауы.",
            "Рисунок: невысокий город из светлых домов среди тополей, впереди полосатые зелёные "
            "поля, позади снежный Джунгарский Алатау.",
        ),
    ),
    "ancona": Scene(
        italy.ancona,
        "golden",
        (
            "Ancona's harbour and cathedral hill",
            "Il porto di Ancona e il colle del Duomo",
            "Анкона айлағы мен собор тұрған төбе",
            "Гавань Анконы и холм с собором",
        ),
        (
            "Drawing: a domed cathedral with a bell tower beside it stands on a green headland "
            "above Ancona's harbour; houses line the shore, a container ship lies under the port "
            "cranes and a ferry crosses the water.",
            "Disegno: una cattedrale con cupola e un campanile accanto sorge su un promontorio "
            "verde sopra il porto di Ancona; case lungo la riva, una portacontainer sotto le gru "
            "e un traghetto in acqua.",
            "Сурет: Анкона айлағының үстіндегі жасыл мүйісте жанында қоңырау мұнарасы бар "
            "күмбезді собор тұр; жағалауда үйлер, порт крандарының астында контейнер кемесі, "
            "суда паром жүзіп барады.",
            "Рисунок: собор с куполом и колокольней рядом стоит на зелёном мысу над гаванью "
            "Анконы; по берегу дома, под портовыми кранами контейнеровоз, по воде идёт паром.",
        ),
    ),
    "astana-hub": Scene(
        kazakhstan.tech_hub_night,
        "night",
        (
            "A glass tech park at night",
            "Un parco tecnologico di vetro di notte",
            "Түнгі шыны технопарк",
            "Стеклянный технопарк ночью",
        ),
        (
            "Drawing: a glass tech park at night, its storeys lit in turquoise and gold with a "
            "glowing network traced across its front, reflected in a pool; people walk by.",
            "Disegno: un parco tecnologico di vetro di notte, piani illuminati di turchese e oro e "
            "una rete luminosa sulla facciata, riflessi in una vasca; passano alcune persone.",
            "Сурет: түнгі шыны технопарк: қабаттары көгілдір және алтын түсті жарықпен жанып тұр, "
            "қасбетінде жарқыраған желі, бәрі бассейнге шағылысады; жанынан адамдар өтіп барады.",
            "Рисунок: стеклянный технопарк ночью, этажи светятся бирюзовым и золотым, по фасаду "
            "светящаяся сеть, всё отражается в бассейне; мимо идут люди.",
        ),
    ),
    "digital-cooperation": Scene(
        indoors.server_lab,
        "night",
        (
            "A data centre aisle",
            "Il corridoio di un data center",
            "Дата-орталықтың дәлізі",
            "Проход в дата-центре",
        ),
        (
            "Drawing: an aisle between racks of servers with blinking green, blue and orange "
            "lights, leading to a screen that shows a glowing network.",
            "Disegno: un corridoio tra armadi di server con luci verdi, blu e arancioni che "
            "lampeggiano, verso uno schermo con una rete luminosa.",
            "Сурет: жасыл, көк және қызғылт сары шамдары жыпылықтаған сервер сөрелерінің "
            "арасындағы дәліз жарқыраған желі көрсетілген экранға апарады.",
            "Рисунок: проход между стойками серверов с мигающими зелёными, синими и оранжевыми "
            "огнями ведёт к экрану со светящейся сетью.",
        ),
    ),
    # --- diplomacy -------------------------------------------------------------------------
    "mattarella-astana-hub-visit": Scene(
        indoors.tech_visit,
        "night",
        (
            "Visitors in a tech hub",
            "Visitatori in un hub tecnologico",
            "Технохабқа келген қонақтар",
            "Гости в технохабе",
        ),
        (
            "Drawing: a group of visitors in dark suits walks through a tech hub's hall past two "
            "large glowing screens and desks with computers.",
            "Disegno: un gruppo di visitatori in abito scuro attraversa la sala di un hub "
            "tecnologico, tra due grandi schermi luminosi e scrivanie con computer.",
            "Сурет: қара костюм киген қонақтар тобы екі үлкен жарық экран мен компьютерлі "
            "үстелдердің жанынан технохаб залы арқылы өтіп барады.",
            "Рисунок: группа гостей в тёмных костюмах проходит по залу технохаба мимо двух больших "
            "светящихся экранов и столов с компьютерами.",
        ),
    ),
    "tokayev-mattarella-talks": Scene(
        indoors.negotiation_hall,
        "indoor",
        (
            "A table set for talks",
            "Un tavolo pronto per i colloqui",
            "Келіссөзге дайындалған үстел",
            "Стол, накрытый для переговоров",
        ),
        (
            "Drawing: a long table with a green cloth and six chairs in a state room with "
            "pilasters and a chandelier; the flags of Italy and Kazakhstan stand behind it.",
            "Disegno: un lungo tavolo con panno verde e sei sedie in una sala di rappresentanza "
            "con lesene e lampadario; dietro, le bandiere d'Italia e del Kazakistan.",
            "Сурет: пилястрлары мен аспашамы бар салтанатты залда жасыл жапқышты ұзын үстел мен "
            "алты орындық; артында Италия мен Қазақстан тулары.",
            "Рисунок: длинный стол под зелёным сукном и шесть кресел в парадном зале с пилястрами "
            "и люстрой; позади флаги Италии и Казахстана.",
        ),
    ),
    "mattarella-visit-kazakhstan-2025": Scene(
        travel.state_arrival,
        "day",
        (
            "A state visit's arrival in Astana",
            "L'arrivo di una visita di Stato ad Astana",
            "Астанаға мемлекеттік сапармен келу",
            "Прибытие государственного визита в Астану",
        ),
        (
            "Drawing: an airliner stands on the apron with a red carpet leading from its steps "
            "past an honour guard; Astana's towers and the Baiterek stand beyond, flags fly.",
            "Disegno: un aereo sul piazzale, un tappeto rosso dalla scaletta davanti a un "
            "picchetto d'onore; sullo sfondo le torri di Astana e il Baiterek, sventolano "
            "bandiere.",
            "Сурет: перронда ұшақ тұр, трапынан құрмет қарауылының жанымен қызыл кілем төселген; "
            "арғы жақта Астана мұнаралары мен Бәйтерек, желбіреген тулар.",
            "Рисунок: самолёт на перроне, от трапа мимо почётного караула тянется красная "
            "дорожка; вдали башни Астаны и Байтерек, развеваются флаги.",
        ),
    ),
    "central-asia-italy-summit": Scene(
        indoors.summit_round,
        "indoor",
        (
            "A round table for a summit",
            "Un tavolo rotondo per un vertice",
            "Саммитке арналған дөңгелек үстел",
            "Круглый стол саммита",
        ),
        (
            "Drawing: a large round table with a green centre and a ring of chairs in a pale "
            "hall; behind it stand the flags of Kazakhstan, Kyrgyzstan, Tajikistan, "
            "Turkmenistan, Uzbekistan and Italy.",
            "Disegno: un grande tavolo rotondo con il centro verde e un anello di sedie in una "
            "sala chiara; dietro, le bandiere di Kazakistan, Kirghizistan, Tagikistan, "
            "Turkmenistan, Uzbekistan e Italia.",
            "Сурет: ашық түсті залдағы ортасы жасыл үлкен дөңгелек үстел мен айнала қойылған "
            "орындықтар; артында Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан, Өзбекстан "
            "және Италия тулары тұр.",
            "Рисунок: большой круглый стол с зелёной серединой и кольцом кресел в светлом зале; "
            "позади флаги Казахстана, Кыргызстана, Таджикистана, Туркменистана, Узбекистана и "
            "Италии.",
        ),
    ),
    "summit-joint-declaration": Scene(
        indoors.declaration,
        "indoor",
        (
            "A signed declaration with a seal",
            "Una dichiarazione firmata con sigillo",
            "Мөрі басылған, қол қойылған декларация",
            "Подписанная декларация с печатью",
        ),
        (
            "Drawing: a sheet of text with two blue signatures, a red ribbon and a wax seal "
            "lies on "
            "a dark desk beside a fountain pen, small Kazakh and Italian flags at the corners.",
            "Disegno: un foglio di testo con due firme blu, un nastro rosso e un sigillo di "
            "ceralacca su una scrivania scura accanto a una stilografica, piccole bandiere kazaka "
            "e italiana agli angoli.",
            "Сурет: қараңғы үстелде екі көк қолы, қызыл таспасы мен балауыз мөрі бар мәтін "
            "парағы жатыр, жанында қаламсап, бұрыштарында Қазақстан мен Италияның шағын тулары.",
            "Рисунок: лист с текстом, двумя синими подписями, красной лентой и сургучной печатью "
            "на тёмном столе рядом с перьевой ручкой, по углам маленькие флаги Казахстана и "
            "Италии.",
        ),
    ),
    "diplomatic-relations-1992": Scene(
        indoors.flags_dawn,
        "dawn",
        (
            "Two flags at dawn",
            "Due bandiere all'alba",
            "Таң шапағындағы екі ту",
            "Два флага на рассвете",
        ),
        (
            "Drawing: the flags of Kazakhstan and Italy fly side by side on tall masts in a dawn "
            "sky, white doves crossing above them.",
            "Disegno: le bandiere del Kazakistan e dell'Italia sventolano affiancate su alti "
            "pennoni nel cielo dell'alba; sopra passano colombe bianche.",
            "Сурет: таң аспанында биік діңгектерде Қазақстан мен Италия тулары қатар желбірейді, "
            "жоғарыда ақ көгершіндер ұшып барады.",
            "Рисунок: флаги Казахстана и Италии развеваются рядом на высоких флагштоках в "
            "рассветном небе, выше пролетают белые голуби.",
        ),
    ),
    "strategic-partnership-2009": Scene(
        indoors.handshake,
        "indoor",
        (
            "A handshake between two flags",
            "Una stretta di mano tra due bandiere",
            "Екі ту арасындағы қол алысу",
            "Рукопожатие между двумя флагами",
        ),
        (
            "Drawing: two hands in dark suit sleeves meet in a handshake in a state room, the "
            "Italian flag on the left and the Kazakh flag on the right.",
            "Disegno: due mani con le maniche di abiti scuri si stringono in una sala di "
            "rappresentanza, la bandiera italiana a sinistra e quella kazaka a destra.",
            "Сурет: салтанатты залда қара костюм жеңді екі қол қол алысып тұр, сол жақта Италия "
            "туы, оң жақта Қазақстан туы.",
            "Рисунок: две руки в рукавах тёмных костюмов сходятся в рукопожатии в парадном зале, "
            "слева флаг Италии, справа флаг Казахстана.",
        ),
    ),
    "thirtieth-anniversary-2022": Scene(
        kazakhstan.fireworks,
        "night",
        (
            "Fireworks over a river city",
            "Fuochi d'artificio su una città sul fiume",
            "Өзен жағасындағы қала үстіндегі отшашу",
            "Салют над городом у реки",
        ),
        (
            "Drawing: fireworks burst in green, white, red, sky blue and gold, the colours of the "
            "two flags, over a city's lit towers and are mirrored in the river.",
            "Disegno: fuochi d'artificio verdi, bianchi, rossi, azzurri e oro, i colori delle due "
            "bandiere, esplodono sopra le torri illuminate di una città e si specchiano nel fiume.",
            "Сурет: қаланың жарық мұнаралары үстінде екі тудың түстеріндегі — жасыл, ақ, қызыл, "
            "көгілдір және алтын — отшашу жарқырап, өзенге шағылысады.",
            "Рисунок: над освещёнными башнями города рассыпается салют зелёного, белого, "
            "красного, голубого и золотого цветов — цветов двух флагов — и отражается в реке.",
        ),
    ),
    "italian-embassy-astana": Scene(
        kazakhstan.embassy_winter,
        "winter",
        (
            "An embassy in the snow",
            "Un'ambasciata sotto la neve",
            "Қар астындағы елшілік",
            "Посольство под снегом",
        ),
        (
            "Drawing: snow falls on a cream embassy building with lit windows behind an iron "
            "fence; the Italian flag flies above it and city blocks stand behind.",
            "Disegno: la neve cade su un'ambasciata color crema con le finestre illuminate, "
            "dietro una recinzione di ferro; sopra sventola la bandiera italiana, dietro i palazzi "
            "della città.",
            "Сурет: темір қоршаудың арғы жағындағы терезелерінде жарық жанған ақшыл елшілік "
            "ғимаратына қар жауып тұр; үстінде Италия туы желбірейді, артында қала үйлері.",
            "Рисунок: снег падает на кремовое здание посольства с освещёнными окнами за "
            "чугунной оградой; над ним итальянский флаг, позади городские дома.",
        ),
    ),
    "pasquale-davino": Scene(
        indoors.diplomat_window,
        "day",
        (
            "A diplomat at a window on Astana",
            "Un diplomatico alla finestra su Astana",
            "Астанаға қараған терезе алдындағы дипломат",
            "Дипломат у окна с видом на Астану",
        ),
        (
            "Drawing: a man in a dark suit stands by the Italian flag in an office; through the "
            "window an airliner climbs over Astana and its Baiterek tower.",
            "Disegno: un uomo in abito scuro accanto alla bandiera italiana in un ufficio; dalla "
            "finestra si vede un aereo che sale sopra Astana e la torre Baiterek.",
            "Сурет: кеңседе Италия туының жанында қара костюм киген ер адам тұр; терезеден Астана "
            "мен Бәйтерек мұнарасының үстімен көтеріліп бара жатқан ұшақ көрінеді.",
            "Рисунок: мужчина в тёмном костюме стоит у итальянского флага в кабинете; за окном "
            "над Астаной и башней Байтерек набирает высоту самолёт.",
        ),
    ),
    "astana": Scene(
        kazakhstan.astana,
        "dusk",
        (
            "The Baiterek in Astana at dusk",
            "Il Baiterek ad Astana al crepuscolo",
            "Ымырттағы Астана Бәйтерегі",
            "Байтерек в Астане в сумерках",
        ),
        (
            "Drawing: Astana's white Baiterek tower holds its golden sphere above a river "
            "embankment at dusk; lit towers and the Khan Shatyr's tent stand behind, lamps "
            "line the water.",
            "Disegno: la torre bianca del Baiterek regge la sua sfera d'oro sopra il lungofiume al "
            "crepuscolo; dietro, torri illuminate e la tenda del Khan Shatyr, lampioni lungo "
            "l'acqua.",
            "Сурет: ымыртта ақ Бәйтерек мұнарасы өзен жағалауының үстінде алтын шарын көтеріп "
            "тұр; артында жарық мұнаралар мен Хан Шатыр шатыры, су жағасында шамдар.",
            "Рисунок: белая башня Байтерек держит золотой шар над набережной в сумерках; позади "
            "освещённые башни и шатёр Хан Шатыра, вдоль воды фонари.",
        ),
    ),
    "sergio-mattarella": Scene(
        italy.quirinale,
        "day",
        (
            "The Quirinal Palace in Rome",
            "Il Palazzo del Quirinale a Roma",
            "Римдегі Квиринал сарайы",
            "Квиринальский дворец в Риме",
        ),
        (
            "Drawing: the long ochre front of the Quirinal Palace with its tower and the Italian "
            "flag, the obelisk and a fountain on the square before it.",
            "Disegno: la lunga facciata ocra del Palazzo del Quirinale con il torrino e la "
            "bandiera italiana, l'obelisco e una fontana sulla piazza davanti.",
            "Сурет: мұнарасы мен Италия туы бар Квиринал сарайының сарғыш ұзын қасбеті, алдындағы "
            "алаңда обелиск пен субұрқақ.",
            "Рисунок: длинный охристый фасад Квиринальского дворца с башенкой и итальянским "
            "флагом, на площади перед ним обелиск и фонтан.",
        ),
    ),
    "kassym-jomart-tokayev": Scene(
        kazakhstan.akorda,
        "day",
        (
            "The Akorda palace in Astana",
            "Il palazzo Akorda ad Astana",
            "Астанадағы Ақорда",
            "Дворец Акорда в Астане",
        ),
        (
            "Drawing: the white Akorda presidential palace with a columned centre, a blue dome and "
            "a golden spire, the flag of Kazakhstan beside it and clipped shrubs in front.",
            "Disegno: il palazzo presidenziale Akorda, bianco, con il corpo centrale a "
            "colonne, una "
            "cupola azzurra e una guglia d'oro, accanto la bandiera del Kazakistan e siepi "
            "davanti.",
            "Сурет: ортасы бағаналы, көк күмбезді, алтын шпильді ақ Ақорда президент сарайы, "
            "жанында Қазақстан туы, алдында қырқылған бұталар.",
            "Рисунок: белый президентский дворец Акорда с колоннадой в центре, синим куполом и "
            "золотым шпилем, рядом флаг Казахстана, перед ним подстриженные кусты.",
        ),
    ),
    "giorgia-meloni": Scene(
        italy.palazzo_chigi,
        "dusk",
        (
            "Palazzo Chigi in the evening",
            "Palazzo Chigi di sera",
            "Кешкі Киджи сарайы",
            "Палаццо Киджи вечером",
        ),
        (
            "Drawing: the ochre front of Palazzo Chigi in the evening, rows of windows partly lit, "
            "the Italian flag above the doorway and street lamps on the square.",
            "Disegno: la facciata ocra di Palazzo Chigi di sera, file di finestre in parte "
            "illuminate, la bandiera italiana sopra il portone e lampioni sulla piazza.",
            "Сурет: кешкі Киджи сарайының сарғыш қасбеті, терезелер қатарының бірқатарында жарық "
            "жанып тұр, кіреберіс үстінде Италия туы, алаңда көше шамдары.",
            "Рисунок: охристый фасад палаццо Киджи вечером, ряды окон отчасти освещены, над "
            "входом итальянский флаг, на площади фонари.",
        ),
    ),
    # --- economy ---------------------------------------------------------------------------
    "italian-investment": Scene(
        travel.construction,
        "dawn",
        (
            "A factory rising on the steppe",
            "Una fabbrica in costruzione nella steppa",
            "Далада салынып жатқан зауыт",
            "Завод строится в степи",
        ),
        (
            "Drawing: the steel frame of a factory hall rises on the steppe at dawn between two "
            "yellow tower cranes; a cement truck and workers stand in front.",
            "Disegno: all'alba lo scheletro d'acciaio di un capannone si alza nella steppa tra due "
            "gru a torre gialle; davanti un'autobetoniera e alcuni operai.",
            "Сурет: таң атқанда далада екі сары мұнаралы кранның арасында зауыт цехының болат "
            "қаңқасы көтеріліп келеді; алдында бетон тасығыш көлік пен жұмысшылар.",
            "Рисунок: на рассвете в степи между двумя жёлтыми башенными кранами поднимается "
            "стальной каркас цеха; впереди бетономешалка и рабочие.",
        ),
    ),
    "italian-companies-in-kazakhstan": Scene(
        travel.industrial_park,
        "day",
        ("An industrial park", "Un parco industriale", "Индустриялық парк", "Индустриальный парк"),
        (
            "Drawing: rows of factory halls with sawtooth roofs, lorries in white, red and blue "
            "parked before them and a line of Italian and Kazakh flags.",
            "Disegno: file di capannoni con tetti a shed, camion bianchi, rossi e blu "
            "parcheggiati davanti e una fila di bandiere italiane e kazake.",
            "Сурет: ара тісті шатырлы зауыт цехтарының қатарлары, алдында ақ, қызыл және көк "
            "жүк көліктері, Италия мен Қазақстан туларының қатары.",
            "Рисунок: ряды цехов с пилообразными крышами, перед ними белый, красный и синий "
            "грузовики и ряд итальянских и казахских флагов.",
        ),
    ),
    "bilateral-trade-2025": Scene(
        travel.freight_train,
        "sunset",
        (
            "A container train on the steppe",
            "Un treno di container nella steppa",
            "Даладағы контейнер пойызы",
            "Контейнерный поезд в степи",
        ),
        (
            "Drawing: a long train of containers in many colours crosses the steppe at sunset "
            "behind a blue locomotive, past a line of telegraph poles.",
            "Disegno: al tramonto un lungo treno di container di molti colori attraversa la "
            "steppa dietro una locomotiva blu, lungo una fila di pali del telegrafo.",
            "Сурет: күн батқанда көк локомотив сүйреген түрлі түсті контейнерлері бар ұзын пойыз "
            "телеграф бағаналарының жанымен даланы кесіп өтеді.",
            "Рисунок: на закате длинный поезд из разноцветных контейнеров за синим локомотивом "
            "пересекает степь вдоль линии телеграфных столбов.",
        ),
    ),
    "record-trade-2024": Scene(
        travel.container_port,
        "day",
        (
            "A busy container port",
            "Un porto container operoso",
            "Қарбалас контейнер порты",
            "Оживлённый контейнерный порт",
        ),
        (
            "Drawing: stacks of containers in many colours fill a quay under red gantry cranes, "
            "and a loaded container ship lies at the berth.",
            "Disegno: pile di container di molti colori riempiono la banchina sotto gru a portale "
            "rosse, e una nave portacontainer carica è all'ormeggio.",
            "Сурет: қызыл портал крандарының астында айлақты түрлі түсті контейнерлер қатарлары "
            "толтырған, айлақта жүк тиелген контейнер кемесі тұр.",
            "Рисунок: штабеля разноцветных контейнеров заполняют причал под красными портальными "
            "кранами, у причала стоит гружёный контейнеровоз.",
        ),
    ),
    "kazakh-exports-to-italy": Scene(
        travel.grain_and_oil,
        "golden",
        (
            "Wheat, a grain elevator and oil tanks",
            "Grano, un silo e serbatoi di petrolio",
            "Бидай, элеватор және мұнай резервуарлары",
            "Пшеница, элеватор и нефтяные резервуары",
        ),
        (
            "Drawing: a field of ripe wheat in front of a white grain elevator, with oil storage "
            "tanks and a pipeline on the horizon.",
            "Disegno: un campo di grano maturo davanti a un silo bianco, con serbatoi di petrolio "
            "e un oleodotto all'orizzonte.",
            "Сурет: ақ элеватордың алдындағы піскен бидай алқабы, көкжиекте мұнай резервуарлары "
            "мен құбыр.",
            "Рисунок: поле спелой пшеницы перед белым элеватором, на горизонте нефтяные "
            "резервуары и трубопровод.",
        ),
    ),
    "middle-class-made-in-italy": Scene(
        travel.shop_window,
        "dusk",
        (
            "An Italian shop window in the evening",
            "Una vetrina italiana di sera",
            "Кешкі итальяндық дүкен витринасы",
            "Витрина итальянского магазина вечером",
        ),
        (
            "Drawing: a lit shop window under a green sign with a small Italian flag shows shoes, "
            "a leather bag, a navy coat, a coffee cup and a coffee pot; two passers-by stop.",
            "Disegno: una vetrina illuminata sotto un'insegna verde con una piccola bandiera "
            "italiana espone scarpe, una borsa di pelle, un cappotto blu, una tazzina e una "
            "caffettiera; due passanti si fermano.",
            "Сурет: шағын Италия туы бар жасыл маңдайшаның астындағы жарық витринада аяқ киім, "
            "былғары сөмке, қою көк пальто, кофе кесесі мен кофе қайнатқыш тұр; екі өткінші "
            "тоқтаған.",
            "Рисунок: освещённая витрина под зелёной вывеской с маленьким итальянским флагом: "
            "туфли, кожаная сумка, тёмно-синее пальто, чашка и кофейник; двое прохожих "
            "остановились.",
        ),
    ),
    "ice-agency": Scene(
        italy.eur_palazzo,
        "day",
        (
            "A white arcaded palazzo in Rome's EUR district",
            "Un palazzo bianco ad arcate nel quartiere romano dell'EUR",
            "Римнің EUR ауданындағы аркалы ақ сарай",
            "Белый палаццо с арками в римском районе ЭУР",
        ),
        (
            "Drawing: a white travertine palazzo of Rome's EUR district, its front of stacked "
            "arches in six rows, with statues on the terrace and cypresses at its sides.",
            "Disegno: un palazzo di travertino bianco del quartiere EUR di Roma, con la facciata a "
            "sei ordini di arcate, statue sulla terrazza e cipressi ai lati.",
            "Сурет: Римнің EUR ауданындағы ақ травертин сарай, қасбеті алты қатар аркадан тұрады, "
            "террасасында мүсіндер, екі жағында кипаристер.",
            "Рисунок: белый травертиновый палаццо римского района ЭУР, фасад из шести рядов арок, "
            "на террасе статуи, по бокам кипарисы.",
        ),
    ),
    "acik": Scene(
        indoors.meeting_room,
        "indoor",
        (
            "A business meeting before a chart",
            "Una riunione d'affari davanti a un grafico",
            "Диаграмма алдындағы іскерлік кездесу",
            "Деловая встреча перед диаграммой",
        ),
        (
            "Drawing: four business people stand around a white oval table, facing a screen with "
            "rising gold and blue bars and a red trend line.",
            "Disegno: quattro persone d'affari intorno a un tavolo ovale bianco, davanti a uno "
            "schermo con barre crescenti oro e azzurre e una linea di tendenza rossa.",
            "Сурет: ақ сопақ үстелдің айналасында төрт іскер адам тұр, алдында өсіп келе жатқан "
            "алтын және көк бағандар мен қызыл сызығы бар экран.",
            "Рисунок: четверо деловых людей у белого овального стола перед экраном с растущими "
            "золотыми и голубыми столбиками и красной линией тренда.",
        ),
    ),
    "martino-castellani": Scene(
        indoors.business_desk,
        "day",
        (
            "A businessman at his desk in Almaty",
            "Un uomo d'affari alla scrivania ad Almaty",
            "Алматыдағы үстел басындағы кәсіпкер",
            "Бизнесмен за столом в Алматы",
        ),
        (
            "Drawing: a man in a navy suit stands by his desk with a laptop, papers and a coffee "
            "cup; the window behind looks out on Almaty and its snowy mountains.",
            "Disegno: un uomo in abito blu accanto alla scrivania con un portatile, fogli e una "
            "tazza di caffè; la finestra alle spalle dà su Almaty e le sue montagne innevate.",
            "Сурет: қою көк костюм киген ер адам ноутбук, қағаздар мен кофе кесесі тұрған "
            "үстелінің жанында тұр; артындағы терезеден Алматы мен қарлы таулар көрінеді.",
            "Рисунок: мужчина в тёмно-синем костюме стоит у стола с ноутбуком, бумагами и чашкой "
            "кофе; в окне позади Алматы и снежные горы.",
        ),
    ),
    "ice-acik-partnership": Scene(
        indoors.trade_fair,
        "indoor",
        (
            "Italian and Kazakh stands at a trade fair",
            "Stand italiani e kazaki a una fiera",
            "Жәрмеңкедегі итальяндық және қазақстандық стендтер",
            "Итальянские и казахстанские стенды на выставке",
        ),
        (
            "Drawing: a bright trade fair hall with two rows of stands, one under an Italian "
            "tricolour banner and one under a sky-blue Kazakh banner; visitors fill the aisle.",
            "Disegno: un luminoso padiglione fieristico con due file di stand, una sotto un "
            "tricolore italiano e una sotto un drappo azzurro kazako; visitatori nel corridoio.",
            "Сурет: жарық жәрмеңке залындағы екі қатар стенд: бірі Италияның үш түсті "
            "жалауының, екіншісі Қазақстанның көгілдір жалауының астында; өтпеде келушілер көп.",
            "Рисунок: светлый выставочный зал с двумя рядами стендов — под итальянским "
            "триколором и под голубым казахстанским полотнищем; в проходе посетители.",
        ),
    ),
    "italy-mediterranean-hub": Scene(
        travel.mediterranean_hub,
        "sunset",
        (
            "An Italian port on the Mediterranean",
            "Un porto italiano sul Mediterraneo",
            "Жерорта теңізіндегі итальяндық порт",
            "Итальянский порт на Средиземном море",
        ),
        (
            "Drawing: at sunset a lighthouse shines at the end of a harbour mole; a "
            "container ship, "
            "a tanker and a ferry set out along three dashed sea routes, a hill town behind.",
            "Disegno: al tramonto un faro brilla in fondo al molo; una portacontainer, una "
            "petroliera e un traghetto partono lungo tre rotte tratteggiate, dietro un paese in "
            "collina.",
            "Сурет: күн батқанда мол ұшындағы маяк жарқырайды; контейнер кемесі, танкер және "
            "паром үзік сызықпен белгіленген үш теңіз жолымен шығып барады, артында төбедегі қала.",
            "Рисунок: на закате на конце мола светит маяк; контейнеровоз, танкер и паром уходят "
            "по трём пунктирным морским путям, позади городок на холме.",
        ),
    ),
    # --- transport -------------------------------------------------------------------------
    "first-neos-flight-2021": Scene(
        travel.water_salute,
        "day",
        (
            "A water salute for a first flight",
            "Un saluto d'acqua per un primo volo",
            "Алғашқы рейсті су аркасымен қарсы алу",
            "Водяная арка в честь первого рейса",
        ),
        (
            "Drawing: two red fire engines spray arches of water over an airliner on the runway, "
            "with the snowy Zailiysky Alatau behind the airport.",
            "Disegno: due camion dei pompieri rossi lanciano archi d'acqua sopra un aereo sulla "
            "pista, con lo Zailiysky Alatau innevato dietro l'aeroporto.",
            "Сурет: екі қызыл өрт сөндіру көлігі ұшу жолағындағы ұшақтың үстінен су аркасын "
            "шашып тұр, әуежайдың артында қарлы Іле Алатауы.",
            "Рисунок: две красные пожарные машины направляют над самолётом на полосе арки воды, "
            "за аэропортом снежный Заилийский Алатау.",
        ),
    ),
    "neos-regular-service-2022": Scene(
        travel.airport_gate,
        "dawn",
        ("An airliner at the gate", "Un aereo al gate", "Гейттегі ұшақ", "Самолёт у выхода"),
        (
            "Drawing: an airliner stands at a terminal gate in the morning, a jet bridge at its "
            "door and baggage carts on the apron.",
            "Disegno: un aereo fermo al gate del terminal di mattina, il finger alla porta e "
            "carrelli bagagli sul piazzale.",
            "Сурет: таңертең терминал гейтінде ұшақ тұр, есігіне телетрап жалғанған, перронда "
            "жүк арбалары.",
            "Рисунок: утром самолёт стоит у выхода терминала, к двери пристыкован телетрап, на "
            "перроне багажные тележки.",
        ),
    ),
    "flights-for-business": Scene(
        travel.cabin_window,
        "day",
        (
            "A laptop by an aircraft window",
            "Un portatile accanto al finestrino",
            "Ұшақ терезесінің жанындағы ноутбук",
            "Ноутбук у иллюминатора",
        ),
        (
            "Drawing: inside an aircraft cabin an open laptop and a coffee cup sit on the tray "
            "table; the oval window shows the wing above a sea of clouds.",
            "Disegno: nella cabina di un aereo un portatile aperto e una tazza di caffè sul "
            "tavolino; dal finestrino ovale si vede l'ala sopra un mare di nuvole.",
            "Сурет: ұшақ салонында үстелшеде ашық ноутбук пен кофе кесесі тұр; сопақ терезеден "
            "бұлттар теңізінің үстіндегі қанат көрінеді.",
            "Рисунок: в салоне самолёта на откидном столике открытый ноутбук и чашка кофе; в "
            "овальном иллюминаторе крыло над морем облаков.",
        ),
    ),
    "neos-milan-astana-2024": Scene(
        travel.night_flight_astana,
        "night",
        (
            "An airliner over Astana at night",
            "Un aereo su Astana di notte",
            "Түнгі Астана үстіндегі ұшақ",
            "Самолёт над ночной Астаной",
        ),
        (
            "Drawing: an airliner with its lights on flies over Astana at night; the lit Baiterek "
            "and the Khan Shatyr stand among the city's glowing towers.",
            "Disegno: un aereo con le luci accese vola su Astana di notte; il Baiterek illuminato "
            "e il Khan Shatyr tra le torri luminose della città.",
            "Сурет: шамдары жанған ұшақ түнгі Астананың үстімен ұшып барады; қаланың жарық "
            "мұнаралары арасында нұрланған Бәйтерек пен Хан Шатыр тұр.",
            "Рисунок: самолёт с включёнными огнями летит над ночной Астаной; среди светящихся "
            "башен города освещённый Байтерек и Хан Шатыр.",
        ),
    ),
    "neos": Scene(
        travel.airliner_clouds,
        "golden",
        (
            "An airliner above the clouds",
            "Un aereo sopra le nuvole",
            "Бұлттардың үстіндегі ұшақ",
            "Самолёт над облаками",
        ),
        (
            "Drawing: a white airliner with a blue tail climbs above a sea of clouds in the "
            "morning sun, a contrail behind it.",
            "Disegno: un aereo bianco con la coda blu sale sopra un mare di nuvole nel sole del "
            "mattino, con una scia alle spalle.",
            "Сурет: құйрығы көк ақ ұшақ таңғы күн сәулесінде бұлттар теңізінің үстімен көтеріліп "
            "барады, артында ақ із.",
            "Рисунок: белый самолёт с синим хвостом набирает высоту над морем облаков в утреннем "
            "солнце, за ним инверсионный след.",
        ),
    ),
    "trans-caspian-route": Scene(
        kazakhstan.caravan_caspian,
        "sunset",
        (
            "Camels and a ferry on the Caspian",
            "Cammelli e un traghetto sul Caspio",
            "Каспийдегі түйелер мен паром",
            "Верблюды и паром на Каспии",
        ),
        (
            "Drawing: four Bactrian camels with striped packs walk along the Caspian shore at "
            "sunset while a ferry crosses the sea; a dashed route arcs over the water.",
            "Disegno: quattro cammelli della Battriana con carichi a strisce camminano sulla riva "
            "del Caspio al tramonto mentre un traghetto attraversa il mare; una rotta tratteggiata "
            "si inarca sull'acqua.",
            "Сурет: күн батқанда жолақты жүк артқан төрт қос өркешті түйе Каспий жағасымен келе "
            "жатыр, теңізде паром өтіп барады; су үстінде үзік сызықты жол доғаланады.",
            "Рисунок: на закате четыре двугорбых верблюда с полосатыми вьюками идут по берегу "
            "Каспия, по морю идёт паром; над водой дугой изогнут пунктирный маршрут.",
        ),
    ),
    "trans-caspian-hurdles": Scene(
        travel.port_queue,
        "winter",
        (
            "Lorries queuing at a port in the rain",
            "Camion in coda al porto sotto la pioggia",
            "Жаңбыр астында портта кезекте тұрған жүк көліктері",
            "Фуры в очереди в порту под дождём",
        ),
        (
            "Drawing: lorries wait in a long queue before a lowered red and white barrier at a "
            "Caspian port in the rain, a ferry waiting offshore.",
            "Disegno: camion in lunga coda davanti a una sbarra bianca e rossa abbassata in un "
            "porto del Caspio sotto la pioggia, un traghetto in attesa al largo.",
            "Сурет: жаңбыр астында Каспий портында түсірілген қызыл-ақ шлагбаумның алдында жүк "
            "көліктері ұзын кезекте тұр, теңізде паром күтіп тұр.",
            "Рисунок: фуры стоят длинной очередью перед опущенным красно-белым шлагбаумом в "
            "каспийском порту под дождём, на рейде ждёт паром.",
        ),
    ),
    "aktau": Scene(
        kazakhstan.aktau,
        "day",
        (
            "Aktau on the Caspian shore",
            "Aktau sulla riva del Caspio",
            "Каспий жағасындағы Ақтау",
            "Актау на берегу Каспия",
        ),
        (
            "Drawing: pale apartment blocks stand on a sandy cliff above the blue Caspian Sea, a "
            "lighthouse shining from one roof and a tanker on the horizon; people stroll on the "
            "clifftop below a road lined with lamps.",
            "Disegno: palazzi chiari su una scogliera sabbiosa sopra il Caspio azzurro, un faro "
            "acceso su un tetto e una petroliera all'orizzonte; alcune persone passeggiano sulla "
            "scogliera sotto una strada con lampioni.",
            "Сурет: көк Каспий теңізінің үстіндегі құмды жарда ақшыл тұрғын үйлер тұр, бір "
            "шатырда маяк жанып тұр, көкжиекте танкер; шамдар қойылған жолдың төменінде жар "
            "үстінде адамдар серуендеп жүр.",
            "Рисунок: светлые жилые дома на песчаном обрыве над синим Каспием, на одной из крыш "
            "горит маяк, на горизонте танкер; ниже дороги с фонарями по обрыву гуляют люди.",
        ),
    ),
    "milan": Scene(
        italy.milan,
        "day",
        ("Milan Cathedral", "Il Duomo di Milano", "Милан соборы", "Миланский собор"),
        (
            "Drawing: the white marble front of Milan Cathedral bristling with spires, the golden "
            "statue on the tallest one; people and pigeons fill the square before it.",
            "Disegno: la facciata di marmo bianco del Duomo di Milano irta di guglie, con la "
            "statua dorata sulla più alta; persone e piccioni riempiono la piazza.",
            "Сурет: шпильдерге толы Милан соборының ақ мәрмәр қасбеті, ең биік шпилінде алтын "
            "мүсін; алдындағы алаңда адамдар мен көгершіндер.",
            "Рисунок: белый мраморный фасад Миланского собора, ощетинившийся шпилями, на самом "
            "высоком золотая статуя; на площади люди и голуби.",
        ),
    ),
    # --- society ---------------------------------------------------------------------------
    "eagle-hunting": Scene(
        kazakhstan.eagle_hunter,
        "winter",
        (
            "An eagle hunter on horseback",
            "Un cacciatore con l'aquila a cavallo",
            "Атқа мінген бүркітші",
            "Беркутчи на коне",
        ),
        (
            "Drawing: a hunter in a fur hat rides a brown horse across the snow with a "
            "golden eagle "
            "on his arm; another eagle soars over the snowy mountains.",
            "Disegno: un cacciatore con il colbacco cavalca un cavallo bruno sulla neve con "
            "un'aquila reale sul braccio; un'altra aquila vola sopra i monti innevati.",
            "Сурет: тымақ киген аңшы қоңыр атпен қар үстінде келеді, қолында бүркіт отыр; қарлы "
            "таулардың үстінде тағы бір бүркіт қалықтайды.",
            "Рисунок: охотник в меховой шапке едет по снегу на гнедом коне с беркутом на руке; "
            "над снежными горами парит ещё один орёл.",
        ),
    ),
    "bards-oral-storytelling": Scene(
        indoors.bard_yurt,
        "indoor",
        (
            "An akyn playing the dombra in a yurt",
            "Un akyn suona la dombra in una iurta",
            "Киіз үйде домбыра тартқан ақын",
            "Акын играет на домбре в юрте",
        ),
        (
            "Drawing: inside a yurt at night an old akyn plays the dombra by the fire for three "
            "listeners, the wooden roof poles rising to the round shanyrak.",
            "Disegno: di notte in una iurta un vecchio akyn suona la dombra accanto al fuoco per "
            "tre ascoltatori; le pertiche del tetto salgono verso lo shanyrak rotondo.",
            "Сурет: түнде киіз үйде қарт ақын от басында үш тыңдаушыға домбыра тартып отыр; "
            "уықтар дөңгелек шаңыраққа қарай көтеріледі.",
            "Рисунок: ночью в юрте старый акын играет на домбре у огня для трёх слушателей; "
            "жерди кровли сходятся к круглому шанраку.",
        ),
    ),
    "crafts-music-folklore": Scene(
        indoors.craft_market,
        "day",
        (
            "Felt rugs and a dombra at a craft stall",
            "Tappeti di feltro e una dombra a un banco",
            "Қолөнер сөресіндегі киіз кілемдер мен домбыра",
            "Войлочные ковры и домбра на ярмарке ремёсел",
        ),
        (
            "Drawing: four felt rugs with ram's-horn patterns hang under a red awning at a craft "
            "stall; a musician plays the dombra and buyers look on, mountains behind.",
            "Disegno: quattro tappeti di feltro con motivi a corna d'ariete appesi sotto una tenda "
            "rossa; un musicista suona la dombra e alcuni clienti guardano, montagne sullo sfondo.",
            "Сурет: қызыл шатыр астында қошқар мүйіз өрнекті төрт сырмақ ілулі тұр; музыкант "
            "домбыра тартып тұр, сатып алушылар қарап тұр, артында таулар.",
            "Рисунок: под красным навесом висят четыре войлочных ковра с орнаментом «бараньи "
            "рога»; музыкант играет на домбре, покупатели смотрят, позади горы.",
        ),
    ),
    "mountain-glamping": Scene(
        kazakhstan.glamping,
        "night",
        (
            "Glowing dome tents in the mountains",
            "Tende a cupola illuminate in montagna",
            "Таудағы жарық күмбез шатырлар",
            "Светящиеся купольные палатки в горах",
        ),
        (
            "Drawing: three dome tents glow warmly on a dark mountain meadow under a starry sky, "
            "with a lit yurt and a small campfire nearby and snowy peaks behind.",
            "Disegno: tre tende a cupola brillano calde su un prato di montagna buio sotto un "
            "cielo stellato, vicino una iurta illuminata e un piccolo fuoco, dietro vette "
            "innevate.",
            "Сурет: жұлдызды аспан астында қараңғы тау шалғынында үш күмбез шатыр жылы "
            "жарқырайды, жанында шамы жанған киіз үй мен шағын алау, артында қарлы шыңдар.",
            "Рисунок: три купольные палатки тепло светятся на тёмном горном лугу под звёздным "
            "небом, рядом освещённая юрта и костерок, позади снежные вершины.",
        ),
    ),
    "tourism-landscapes": Scene(
        kazakhstan.canyon,
        "golden",
        (
            "A red canyon and its river",
            "Un canyon rosso e il suo fiume",
            "Қызыл шатқал мен оның өзені",
            "Красный каньон и его река",
        ),
        (
            "Drawing: layered red sandstone walls drop into a canyon where a green river runs, "
            "with the flat steppe and shrubs along the rim.",
            "Disegno: pareti di arenaria rossa a strati scendono in un canyon dove scorre un fiume "
            "verde, con la steppa piatta e arbusti sul bordo.",
            "Сурет: қабат-қабат қызыл құмтас жарлар жасыл өзен ағатын шатқалға құлайды, жиегінде "
            "жазық дала мен бұталар.",
            "Рисунок: слоистые стены красного песчаника обрываются в каньон, по дну которого "
            "течёт зелёная река, по краю ровная степь и кусты.",
        ),
    ),
    "seven-generations": Scene(
        kazakhstan.elder_tree,
        "sunset",
        (
            "An elder and a child under a seven-tiered tree",
            "Un anziano e un bambino sotto un albero a sette livelli",
            "Жеті қабат ағаштың астындағы қария мен бала",
            "Старик и ребёнок под деревом в семь ярусов",
        ),
        (
            "Drawing: an old man and a child stand under a great tree with seven tiers of "
            "branches on the steppe at sunset, a yurt in the distance.",
            "Disegno: un anziano e un bambino sotto un grande albero con sette livelli di rami "
            "nella steppa al tramonto, una iurta in lontananza.",
            "Сурет: күн батқан далада жеті қабат бұтағы бар үлкен ағаштың астында қария мен "
            "бала тұр, алыста киіз үй.",
            "Рисунок: старик и ребёнок стоят под большим деревом с семью ярусами ветвей в степи "
            "на закате, вдали юрта.",
        ),
    ),
    "peoples-of-kazakhstan": Scene(
        kazakhstan.peoples,
        "day",
        (
            "A crowd on a city square on a holiday",
            "Una folla in piazza in un giorno di festa",
            "Мереке күні қала алаңындағы жұрт",
            "Толпа на городской площади в праздник",
        ),
        (
            "Drawing: a crowd of people of many backgrounds fills a city square under balloons "
            "and two flags of Kazakhstan, with towers behind.",
            "Disegno: una folla di persone di origini diverse riempie una piazza sotto palloncini "
            "e due bandiere del Kazakistan, con torri sullo sfondo.",
            "Сурет: әр түрлі ұлт өкілдерінен тұратын жұрт шарлар мен Қазақстанның екі туы "
            "астында қала алаңына толған, артында мұнаралар.",
            "Рисунок: толпа людей разного происхождения заполняет городскую площадь под "
            "воздушными шарами и двумя флагами Казахстана, позади башни.",
        ),
    ),
    # --- cards in preparation --------------------------------------------------------------
    "opera-abai-genoa-2018": Scene(
        italy.carlo_felice,
        "dusk",
        (
            "The Teatro Carlo Felice in Genoa",
            "Il Teatro Carlo Felice a Genova",
            "Генуядағы Карло Феличе театры",
            "Театр Карло Феличе в Генуе",
        ),
        (
            "Drawing: the columned portico of the Teatro Carlo Felice with its pediment and the "
            "tall stage tower beside it, on a paved square at dusk; people arrive for a "
            "performance, Genoa's houses climb the hills behind.",
            "Disegno: il pronao a colonne del Teatro Carlo Felice con il timpano e l'alta torre "
            "scenica accanto, su una piazza lastricata al crepuscolo; il pubblico arriva, dietro "
            "le case di Genova salgono sulle colline.",
            "Сурет: ымыртта тас төселген алаңдағы Карло Феличе театрының фронтоны бар бағаналы "
            "портигі мен жанындағы биік сахна мұнарасы; көрермендер келіп жатыр, артында Генуя "
            "үйлері төбелерге өрлейді.",
            "Рисунок: колонный портик театра Карло Феличе с фронтоном и высокой сценической "
            "башней рядом, на мощёной площади в сумерках; зрители приходят на спектакль, позади "
            "дома Генуи поднимаются по холмам.",
        ),
    ),
    "shokan-ualikhanov-monograph-rome": Scene(
        italy.book_desk_rome,
        "golden",
        (
            "A monograph on a desk in Rome",
            "Una monografia su una scrivania a Roma",
            "Римдегі үстел үстіндегі монография",
            "Монография на столе в Риме",
        ),
        (
            "Drawing: an open book with a blue cover and a closed red one lie on a wooden desk "
            "under a green lamp; the window shows Rome's roofs and a great dome.",
            "Disegno: un libro aperto dalla copertina blu e uno rosso chiuso su una scrivania di "
            "legno sotto una lampada verde; dalla finestra i tetti di Roma e una grande cupola.",
            "Сурет: жасыл шамның астындағы ағаш үстелде көк мұқабалы ашық кітап пен жабық қызыл "
            "кітап жатыр; терезеден Рим шатырлары мен үлкен күмбез көрінеді.",
            "Рисунок: раскрытая книга в синей обложке и закрытая красная лежат на деревянном "
            "столе под зелёной лампой; в окне крыши Рима и большой купол.",
        ),
    ),
    "tokayev-visit-rome-2024": Scene(
        italy.vittoriano,
        "day",
        (
            "The Vittoriano in Rome with both flags",
            "Il Vittoriano a Roma con le due bandiere",
            "Римдегі Витториано және екі ту",
            "Витториано в Риме и два флага",
        ),
        (
            "Drawing: the white marble colonnade and wide stairs of the Vittoriano in Rome, with "
            "the flags of Italy and Kazakhstan on poles before it.",
            "Disegno: il colonnato di marmo bianco e l'ampia scalinata del Vittoriano a Roma, con "
            "le bandiere d'Italia e del Kazakistan sui pennoni davanti.",
            "Сурет: Римдегі Витторианоның ақ мәрмәр колоннадасы мен кең баспалдағы, алдында "
            "діңгектердегі Италия мен Қазақстан тулары.",
            "Рисунок: белая мраморная колоннада и широкая лестница Витториано в Риме, перед ними "
            "на флагштоках флаги Италии и Казахстана.",
        ),
    ),
    "scalfaro-visit-kazakhstan-1997": Scene(
        travel.airport_1997,
        "day",
        (
            "An arrival at Almaty airport in the 1990s",
            "Un arrivo all'aeroporto di Almaty negli anni Novanta",
            "1990 жылдары Алматы әуежайына келу",
            "Прилёт в аэропорт Алматы в 1990-е",
        ),
        (
            "Drawing in faded sepia tones: an airliner with a red tail on the apron of Almaty "
            "airport under snowy mountains, a small group waiting by an Italian flag.",
            "Disegno in toni seppia sbiaditi: un aereo con la coda rossa sul piazzale "
            "dell'aeroporto di Almaty sotto montagne innevate, un piccolo gruppo in attesa "
            "accanto a una bandiera italiana.",
            "Өңі оңған сепия реңіндегі сурет: қарлы таулардың етегіндегі Алматы әуежайының "
            "перронында құйрығы қызыл ұшақ, Италия туының жанында шағын топ күтіп тұр.",
            "Рисунок в выцветших тонах сепии: самолёт с красным хвостом на перроне аэропорта "
            "Алматы под снежными горами, у итальянского флага ждёт небольшая группа.",
        ),
    ),
    "eni-kashagan-karachaganak": Scene(
        kazakhstan.caspian_offshore,
        "winter",
        (
            "An offshore oil platform in the Caspian",
            "Una piattaforma petrolifera nel Caspio",
            "Каспийдегі теңіз мұнай платформасы",
            "Морская нефтяная платформа на Каспии",
        ),
        (
            "Drawing: an offshore platform with a derrick and a burning gas flare stands in the "
            "grey northern Caspian among ice floes, another platform and a supply boat far off.",
            "Disegno: una piattaforma con torre di perforazione e torcia accesa nel Caspio "
            "settentrionale grigio tra lastre di ghiaccio, lontano un'altra piattaforma e una nave "
            "appoggio.",
            "Сурет: сұр солтүстік Каспийде мұз кесектерінің арасында бұрғылау мұнарасы мен "
            "жанып тұрған газ алауы бар платформа тұр, алыста тағы бір платформа мен кеме.",
            "Рисунок: платформа с буровой вышкой и горящим факелом среди льдин серого Северного "
            "Каспия, вдали ещё одна платформа и судно снабжения.",
        ),
    ),
    "kazakh-oil-to-italy-2024": Scene(
        travel.tanker_to_italy,
        "sunset",
        (
            "A tanker nearing the Italian coast",
            "Una petroliera verso la costa italiana",
            "Италия жағалауына жақындаған танкер",
            "Танкер у итальянского побережья",
        ),
        (
            "Drawing: a dark oil tanker sails at sunset towards a rocky Italian coast with a hill "
            "town and a bell tower.",
            "Disegno: una petroliera scura naviga al tramonto verso una costa italiana "
            "rocciosa con "
            "un paese in collina e un campanile.",
            "Сурет: күн батқанда қара мұнай танкері төбедегі қаласы мен қоңырау мұнарасы бар "
            "жартасты Италия жағалауына қарай жүзіп келеді.",
            "Рисунок: тёмный нефтяной танкер на закате идёт к скалистому итальянскому берегу с "
            "городком на холме и колокольней.",
        ),
    ),
    "expo-milano-2015-kazakhstan": Scene(
        travel.expo_pavilion,
        "day",
        (
            "A pavilion at a world expo",
            "Un padiglione a un'esposizione universale",
            "Дүниежүзілік көрмедегі павильон",
            "Павильон на всемирной выставке",
        ),
        (
            "Drawing: a modern pavilion with a curved timber front and a glass entrance, Italian "
            "and Kazakh flags above it and crowds of visitors before it.",
            "Disegno: un padiglione moderno con la facciata curva in legno e l'ingresso di vetro, "
            "bandiere italiane e kazake in alto e una folla di visitatori davanti.",
            "Сурет: иілген ағаш қасбеті мен шыны кіреберісі бар заманауи павильон, үстінде "
            "Италия мен Қазақстан тулары, алдында көп келушілер.",
            "Рисунок: современный павильон с изогнутым деревянным фасадом и стеклянным входом, "
            "над ним итальянские и казахстанские флаги, перед ним толпа посетителей.",
        ),
    ),
    "venice-biennale-kazakhstan-2022": Scene(
        indoors.biennale_hall,
        "indoor",
        (
            "An installation in an old brick hall",
            "Un'installazione in un'antica sala di mattoni",
            "Ескі кірпіш залдағы инсталляция",
            "Инсталляция в старом кирпичном зале",
        ),
        (
            "Drawing: coloured felt forms hang on threads in an old brick hall with heavy pillars, "
            "softly lit, as visitors walk beneath them.",
            "Disegno: forme di feltro colorate pendono da fili in un'antica sala di mattoni con "
            "pilastri massicci, in luce soffusa, mentre i visitatori passano sotto.",
            "Сурет: жуан діңгектері бар ескі кірпіш залда жіптерге ілінген түрлі түсті киіз "
            "пішіндер жұмсақ жарықта тұр, астынан келушілер өтіп жүр.",
            "Рисунок: цветные войлочные формы висят на нитях в старом кирпичном зале с массивными "
            "столбами, в мягком свете, под ними проходят посетители.",
        ),
    ),
    "venice-biennale-kazakhstan-2024": Scene(
        indoors.biennale_giardini,
        "golden",
        (
            "A national pavilion among the trees",
            "Un padiglione nazionale tra gli alberi",
            "Ағаштар арасындағы ұлттық павильон",
            "Национальный павильон среди деревьев",
        ),
        (
            "Drawing: a white pavilion with tall openings stands among plane trees; a red "
            "sculpture topped by a sky-blue sphere rises before it and visitors gather around.",
            "Disegno: un padiglione bianco con alte aperture tra i platani; davanti si alza una "
            "scultura rossa sormontata da una sfera azzurra e i visitatori si radunano intorno.",
            "Сурет: шынарлар арасында биік ойықтары бар ақ павильон тұр; алдында ұшында көгілдір "
            "шары бар қызыл мүсін, айналасында келушілер жиналған.",
            "Рисунок: белый павильон с высокими проёмами среди платанов; перед ним красная "
            "скульптура с голубым шаром наверху, вокруг собираются посетители.",
        ),
    ),
    "emir-baigazin-the-river-venice-2018": Scene(
        indoors.cinema_river,
        "day",
        (
            "A film about a river on a cinema screen",
            "Un film su un fiume sullo schermo",
            "Кино экранындағы өзен туралы фильм",
            "Фильм о реке на экране кинотеатра",
        ),
        (
            "Drawing: in a dark cinema the screen shows five boys in white shirts by a river in "
            "the steppe; the heads of the audience are silhouetted in front.",
            "Disegno: in un cinema buio lo schermo mostra cinque ragazzi in camicia bianca vicino "
            "a un fiume nella steppa; davanti, le sagome delle teste del pubblico.",
            "Сурет: қараңғы кинозалдағы экранда далалық өзеннің жағасында ақ көйлек киген бес "
            "бала көрінеді; алдыңғы жақта көрермендердің бас сұлбалары.",
            "Рисунок: в тёмном кинозале на экране пятеро мальчиков в белых рубашках у реки в "
            "степи; впереди силуэты голов зрителей.",
        ),
    ),
    "nibali-astana-giro-2013": Scene(
        travel.giro_mountains,
        "day",
        (
            "A cyclist climbing in the mountains",
            "Un ciclista in salita in montagna",
            "Тауда өрге шығып бара жатқан велошабандоз",
            "Велогонщик на горном подъёме",
        ),
        (
            "Drawing: a cyclist in a sky-blue jersey climbs a mountain road lined with pink "
            "banners and fans, snowy peaks behind.",
            "Disegno: un ciclista in maglia azzurra sale su una strada di montagna tra striscioni "
            "rosa e tifosi, dietro cime innevate.",
            "Сурет: көгілдір джерси киген велошабандоз қызғылт жалаулар мен жанкүйерлер тұрған "
            "тау жолымен өрге шығып барады, артында қарлы шыңдар.",
            "Рисунок: велогонщик в голубой майке поднимается по горной дороге между розовыми "
            "флажками и болельщиками, позади снежные вершины.",
        ),
    ),
    "nibali-astana-tour-2014": Scene(
        travel.tour_paris,
        "golden",
        (
            "A cyclist in the yellow jersey",
            "Un ciclista in maglia gialla",
            "Сары джерси киген велошабандоз",
            "Велогонщик в жёлтой майке",
        ),
        (
            "Drawing: a cyclist in a yellow jersey rides along a cobbled avenue lined with trees "
            "and spectators towards a triumphal arch.",
            "Disegno: un ciclista in maglia gialla percorre un viale lastricato tra alberi e "
            "spettatori verso un arco di trionfo.",
            "Сурет: сары джерси киген велошабандоз ағаштар мен көрермендер тұрған тас төселген "
            "даңғылмен салтанат аркасына қарай келе жатыр.",
            "Рисунок: велогонщик в жёлтой майке едет по мощёному проспекту между деревьями и "
            "зрителями к триумфальной арке.",
        ),
    ),
    "codex-cumanicus": Scene(
        indoors.manuscript,
        "indoor",
        (
            "A medieval manuscript by candlelight",
            "Un manoscritto medievale a lume di candela",
            "Шам жарығындағы ортағасырлық қолжазба",
            "Средневековая рукопись при свече",
        ),
        (
            "Drawing: a medieval manuscript lies open on a dark desk, two columns of script "
            "on each "
            "page and a red and gold initial, lit by a candle.",
            "Disegno: un manoscritto medievale aperto su una scrivania scura, due colonne di "
            "scrittura per pagina e un'iniziale rossa e oro, illuminato da una candela.",
            "Сурет: қараңғы үстелде ортағасырлық қолжазба ашық жатыр, әр бетінде екі баған "
            "жазу мен қызыл-алтын бас әріп, оны шам жарығы жарықтандырады.",
            "Рисунок: средневековая рукопись раскрыта на тёмном столе, на каждой странице два "
            "столбца письма и красно-золотой инициал, её освещает свеча.",
        ),
    ),
    "giovanni-da-pian-del-carpine-1246": Scene(
        kazakhstan.friar_steppe,
        "golden",
        (
            "A friar crossing the steppe",
            "Un frate che attraversa la steppa",
            "Даланы кесіп өтіп бара жатқан монах",
            "Монах пересекает степь",
        ),
        (
            "Drawing: a friar in a brown hooded habit walks with a staff across the windswept "
            "steppe; three riders and a yurt are small in the distance.",
            "Disegno: un frate con il saio marrone e il cappuccio cammina con un bastone nella "
            "steppa battuta dal vento; in lontananza tre cavalieri e una iurta.",
            "Сурет: қоңыр капюшонды киім киген монах таяқ ұстап, жел соққан даламен жаяу келеді; "
            "алыста үш салт атты мен киіз үй.",
            "Рисунок: монах в коричневой рясе с капюшоном идёт с посохом по продуваемой ветром "
            "степи; вдали трое всадников и юрта.",
        ),
    ),
    "italian-taught-in-kazakhstan": Scene(
        indoors.classroom,
        "day",
        (
            "An Italian lesson",
            "Una lezione d'italiano",
            "Итальян тілі сабағы",
            "Урок итальянского языка",
        ),
        (
            "Drawing: pupils sit at desks before a blackboard that reads “Buongiorno!”, "
            "“Сәлеметсіз бе! — Ciao!” and “io sono, tu sei, lui è”, an Italian flag beside it.",
            "Disegno: alunni ai banchi davanti a una lavagna con scritto «Buongiorno!», "
            "«Сәлеметсіз бе! — Ciao!» e «io sono, tu sei, lui è», accanto una bandiera italiana.",
            "Сурет: оқушылар партада отыр, алдындағы тақтада «Buongiorno!», «Сәлеметсіз бе! — "
            "Ciao!» және «io sono, tu sei, lui è» деп жазылған, жанында Италия туы.",
            "Рисунок: ученики за партами перед доской с надписями «Buongiorno!», «Сәлеметсіз бе! — "
            "Ciao!» и «io sono, tu sei, lui è», рядом итальянский флаг.",
        ),
    ),
    "central-asia-italy-ministers-rome-2024": Scene(
        indoors.ministers_rome,
        "day",
        (
            "A ministers' meeting room in Rome",
            "Una sala riunioni per ministri a Roma",
            "Римдегі министрлер кездесетін зал",
            "Зал встречи министров в Риме",
        ),
        (
            "Drawing: a long table with a blue cloth, seven chairs, name cards and small flags, "
            "before two windows on Rome's umbrella pines and a great dome.",
            "Disegno: un lungo tavolo con panno blu, sette sedie, segnaposto e piccole bandiere, "
            "davanti a due finestre sui pini di Roma e su una grande cupola.",
            "Сурет: көк жапқышты ұзын үстел, жеті орындық, есім тақташалары мен шағын тулар; "
            "артындағы екі терезеден Рим пиниялары мен үлкен күмбез көрінеді.",
            "Рисунок: длинный стол под синим сукном, семь кресел, таблички и маленькие флаги "
            "перед двумя окнами с видом на римские пинии и большой купол.",
        ),
    ),
    "university-agreements-2022": Scene(
        indoors.two_campuses,
        "day",
        (
            "Two universities joined by an arc",
            "Due università unite da un arco",
            "Доғамен жалғасқан екі университет",
            "Два университета, соединённые дугой",
        ),
        (
            "Drawing: an Italian university with arcades and a bell tower on the left and a "
            "modern Kazakh campus under mountains on the right, joined by a dashed golden "
            "arc, each "
            "with its flag.",
            "Disegno: a sinistra un'università italiana con portici e campanile, a destra un "
            "moderno campus kazako sotto le montagne, unite da un arco tratteggiato dorato, "
            "ciascuna con la sua bandiera.",
            "Сурет: сол жақта аркалары мен қоңырау мұнарасы бар итальяндық университет, оң жақта "
            "таулар етегіндегі заманауи қазақстандық кампус, екеуін алтын үзік доға жалғайды, "
            "әрқайсысында өз туы.",
            "Рисунок: слева итальянский университет с аркадой и колокольней, справа современный "
            "казахстанский кампус под горами, их соединяет золотая пунктирная дуга, у каждого "
            "свой флаг.",
        ),
    ),
}
