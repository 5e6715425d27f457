<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ActiveFilters</name>
    <message>
        <source>Filters in effect</source>
        <translation>Қолданыстағы сүзгілер</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Сүзгілер:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Барлығын тазалау</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Барлық сүзгілерді алып тастау</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>%1 сүзгісін алып тастау</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>in English</source>
        <translation>ағылшынша</translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Illustration made for this collection · Licence: %1</source>
        <translation>Осы жинаққа арнайы салынған иллюстрация · Лицензия: %1</translation>
    </message>
    <message>
        <source>%1 · Licence: %2</source>
        <translation>%1 · Лицензия: %2</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Әлі аударылмаған: ағылшынша көрсетілген.</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed.</source>
        <translation>Алдын ала аударма, әлі тексерілмеген.</translation>
    </message>
    <message>
        <source>The full text is in English:</source>
        <translation>Толық мәтін ағылшын тілінде:</translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation>Байланысты карточкалар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>publisher not named</source>
        <translation>баспагері көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>Cards</source>
        <translation>Карточкалар</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>«%1» бойынша %n карточка табылды</numerusform>
            <numerusform>«%1» бойынша %n карточка табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточка</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · filtered</source>
        <translation>%1 · сүзгілермен</translation>
    </message>
    <message>
        <source>No card matches. Try fewer letters, or clear the filters.</source>
        <translation>Сәйкес карточка жоқ. Азырақ әріп енгізіп көріңіз немесе сүзгілерді тазалаңыз.</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Show category %1</source>
        <translation>Санатты көрсету: %1</translation>
    </message>
</context>
<context>
    <name>ContentNotices</name>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>оған жазу мүмкін емес</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>оны пайдалану мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>Мазмұн дерекқоры зақымданған (%1), ол кіріктірілген жинақ пен %n импортталған пакеттен қайта құрылды.</numerusform>
            <numerusform>Мазмұн дерекқоры зақымданған (%1), ол кіріктірілген жинақ пен %n импортталған пакеттен қайта құрылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>These packs were imported by an earlier version that did not keep them, and must be imported again: %1.</source>
        <translation>Бұл пакеттерді оларды сақтамайтын бұрынғы нұсқа импорттаған, оларды қайта импорттау керек: %1.</translation>
    </message>
    <message>
        <source>The content could not be brought up to date because %1 (%2); it is shown as it was.</source>
        <translation>Мазмұнды жаңарту мүмкін болмады, себебі %1 (%2); ол бұрынғы күйінде көрсетілді.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot take the collection because %2 (%3); it was built in a temporary folder for this session only.</source>
        <translation>%1 деректер қалтасы жинақты сыйдыра алмайды, себебі %2 (%3); жинақ тек осы сеансқа уақытша қалтада құрылды.</translation>
    </message>
    <message numerus="yes">
        <source>The list of imported packs was damaged (%1) and was made again from the %n pack archive(s) kept in %2.</source>
        <translation>
            <numerusform>Импортталған пакеттер тізімі зақымданған (%1), ол %2 қалтасында сақталған %n пакет мұрағатынан қайта жасалды.</numerusform>
            <numerusform>Импортталған пакеттер тізімі зақымданған (%1), ол %2 қалтасында сақталған %n пакет мұрағатынан қайта жасалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported pack “%1” could not be read again and is not shown (%2). Its archive is kept at %3.</source>
        <translation>Импортталған «%1» пакетін қайта оқу мүмкін болмады, ол көрсетілмейді (%2). Оның мұрағаты мына жерде сақталған: %3.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message>
        <source>Keep exploring</source>
        <translation>Зерттеуді жалғастыру</translation>
    </message>
    <message numerus="yes">
        <source>The explorer starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>%n секундтан кейін бәрі келесі келуші үшін басынан басталады.</numerusform>
            <numerusform>%n секундтан кейін бәрі келесі келуші үшін басынан басталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 BC</source>
        <translation>б.з.б. %1</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>шамамен %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 жылға дейін</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 жылдан кейін</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>жоспарланған: %1</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Refine the results</source>
        <translation>Нәтижелерді нақтылау</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Нақтылау</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Барлық сүзгілерді тазалау</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %n карточка</numerusform>
            <numerusform>%1, %n карточка</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Both countries</source>
        <translation>Екі ел де</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Туынды</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Күні белгісіз</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Checking the pack</source>
        <translation>Пакет тексерілуде</translation>
    </message>
    <message>
        <source>Keeping a copy of it</source>
        <translation>Пакеттің көшірмесі сақталуда</translation>
    </message>
    <message>
        <source>Storing its pictures</source>
        <translation>Суреттер сақталуда</translation>
    </message>
    <message>
        <source>Importing its cards</source>
        <translation>Карточкалар импортталуда</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Іздеу индексі құрылуда</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>%1 импортталуда: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Импорттауды тоқтату</translation>
    </message>
</context>
<context>
    <name>KioskPhrases</name>
    <message>
        <source>Touch to explore</source>
        <translation>Зерттеу үшін түртіңіз</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Italy–Kazakhstan Cultural Explorer</source>
        <translation>Италия–Қазақстан: мәдени жолнұсқа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Ғасыр</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Онжылдық</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Search is unavailable: its index could not be read (%1).</source>
        <translation>Іздеу қолжетімсіз: оның индексін оқу мүмкін болмады (%1).</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Views</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточкалар</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт желісі</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>My collection</source>
        <translation>Жинағым</translation>
    </message>
    <message>
        <source>%1 (coming soon)</source>
        <translation>%1 (жақында)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Экрандағы пернетақта</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Енгізу</translation>
    </message>
    <message>
        <source>Other alphabet</source>
        <translation>Басқа әліпби</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN-код қате. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Қызметкер PIN-коды</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Соңғы цифрды өшіру</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Қате PIN тым көп енгізілді. %1 өткен соң қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Timeline as a list, in chronological order</source>
        <translation>Уақыт желісі тізім түрінде, уақыт ретімен</translation>
    </message>
</context>
<context>
    <name>TimelineOverview</name>
    <message>
        <source>Overview of the whole timeline</source>
        <translation>Бүкіл уақыт желісіне шолу</translation>
    </message>
    <message>
        <source>Drag to move through time</source>
        <translation>Уақыт бойымен жылжу үшін сүйреңіз</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Fit all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Бүкіл уақыт желісін көрсету</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Бүкіл уақыт желісін көрсету (Home)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Алыстату (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Алыстату</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Жақындату (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Жақындату</translation>
    </message>
    <message>
        <source>Year to go to</source>
        <translation>Баратын жыл</translation>
    </message>
    <message>
        <source>A year; negative for BC</source>
        <translation>Жыл; б.з.б. үшін теріс сан</translation>
    </message>
    <message>
        <source>Laying out the timeline…</source>
        <translation>Уақыт желісі дайындалуда…</translation>
    </message>
    <message>
        <source>The timeline could not be laid out.</source>
        <translation>Уақыт желісін дайындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Go to year</source>
        <translation>Жылға өту</translation>
    </message>
    <message>
        <source>Centre the timeline on this year</source>
        <translation>Осы жылды уақыт желісінің ортасына қою</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Тізім түрінде көрсету</translation>
    </message>
    <message>
        <source>Show the same events as a list</source>
        <translation>Осы оқиғаларды тізім түрінде көрсету</translation>
    </message>
    <message>
        <source>Show as timeline</source>
        <translation>Уақыт желісі түрінде көрсету</translation>
    </message>
    <message numerus="yes">
        <source>%n dated card(s)</source>
        <translation>
            <numerusform>Күні көрсетілген %n карточка</numerusform>
            <numerusform>Күні көрсетілген %n карточка</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%n оқиға: жақындату үшін түртіңіз</numerusform>
            <numerusform>%n оқиға: жақындату үшін түртіңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт желісі</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%n оқиға: жақындату үшін басыңыз</numerusform>
            <numerusform>%n оқиға: жақындату үшін басыңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Артқа (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Алға (Alt+Right)</translation>
    </message>
    <message>
        <source>Italy · Kazakhstan</source>
        <translation>Италия · Қазақстан</translation>
    </message>
    <message>
        <source>CULTURAL EXPLORER</source>
        <translation>МӘДЕНИ ЖОЛНҰСҚА</translation>
    </message>
    <message>
        <source>Search cards, people, places…</source>
        <translation>Карточка, тұлға, орын іздеу…</translation>
    </message>
    <message>
        <source>Search cards, people, places…  (Ctrl+F)</source>
        <translation>Карточка, тұлға, орын іздеу…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Карточкалар тілі</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Мазмұн пакетін импорттау</translation>
    </message>
    <message>
        <source>Import a content pack (Ctrl+O)</source>
        <translation>Мазмұн пакетін импорттау (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>UserDataNotices</name>
    <message>
        <source>Your settings cannot be saved: the disk is full.</source>
        <translation>Баптауларыңызды сақтау мүмкін емес: дискіде бос орын жоқ.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1 cannot be written to.</source>
        <translation>Баптауларыңызды сақтау мүмкін емес: %1 ішіне жазуға болмайды.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the file %1 is damaged.</source>
        <translation>Баптауларыңызды сақтау мүмкін емес: %1 файлы зақымдалған.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1 cannot be used (%2).</source>
        <translation>Баптауларыңызды сақтау мүмкін емес: %1 пайдалануға болмайды (%2).</translation>
    </message>
    <message>
        <source>Your settings could not be read: the file %1 is damaged.</source>
        <translation>Баптауларыңызды оқу мүмкін болмады: %1 файлы зақымдалған.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside, so it was left as it is.</source>
        <translation>Зақымдалған файлды жылжыту мүмкін болмады, сондықтан ол сол күйінде қалдырылды.</translation>
    </message>
    <message>
        <source>The damaged file was kept, unchanged, as %1.</source>
        <translation>Зақымдалған файл өзгеріссіз %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>A fresh settings file was started.</source>
        <translation>Баптаулардың жаңа файлы құрылды.</translation>
    </message>
    <message>
        <source>The explorer works as usual, but changes you make now will not be kept after it closes.</source>
        <translation>Бағдарлама әдеттегідей жұмыс істейді, бірақ қазір енгізген өзгерістеріңіз ол жабылғаннан кейін сақталмайды.</translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <source>“%1” version %2 was already imported; nothing changed.</source>
        <translation>«%1» пакетінің %2 нұсқасы бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Imported “%1” version %2. Cards in it: %3.</source>
        <translation>«%1» пакетінің %2 нұсқасы импортталды. Ондағы карточкалар саны: %3.</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Мазмұн пакетін импорттау</translation>
    </message>
    <message>
        <source>Content packs (*.zip manifest.json)</source>
        <translation>Мазмұн пакеттері (*.zip manifest.json)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдар түрі:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Replace a pack?</source>
        <translation>Пакетті ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Import it in place of the pack already there?</source>
        <translation>Оны бұрыннан бар пакеттің орнына импорттау керек пе?</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорттау тоқтатылды. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталған жоқ: %1</translation>
    </message>
</context>
</TS>
