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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Cite…</source>
        <translation>Сілтеме жасау…</translation>
    </message>
    <message>
        <source>Cite this card or one of its sources</source>
        <translation>Осы карточкаға немесе оның дереккөзіне сілтеме жасау</translation>
    </message>
    <message>
        <source>publisher not named</source>
        <translation>баспагері көрсетілмеген</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Үйге алып кету</translation>
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
    <name>CardKeeping</name>
    <message>
        <source>New collection…</source>
        <translation>Жаңа жинақ…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Жаңа жинақ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Жұлдызшалы</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Жұлдызша</translation>
    </message>
    <message>
        <source>Starred: press to unstar</source>
        <translation>Жұлдызшалы: алып тастау үшін басыңыз</translation>
    </message>
    <message>
        <source>Star this card</source>
        <translation>Бұл карточкаға жұлдызша қою</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Жинаққа қосу…</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Жинаққа қосу</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточкалар</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Оқу парағы (PDF)…</translation>
    </message>
    <message>
        <source>Save the cards shown as a study sheet (PDF)</source>
        <translation>Көрсетілген карточкаларды оқу парағы ретінде сақтау (PDF)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>«%1» бойынша %Ln карточка табылды</numerusform>
            <numerusform>«%1» бойынша %Ln карточка табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%Ln карточка</numerusform>
            <numerusform>%Ln карточка</numerusform>
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
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the chart “%1” as PNG</source>
        <translation>«%1» диаграммасын PNG ретінде сақтау</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Бұл диаграмманы PNG суреті ретінде сақтау</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Диаграмманы PNG ретінде сақтау</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Диаграмма сақталмады</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Диаграмманы %1 ішіне сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite this card</source>
        <translation>Осы карточкаға сілтеме жасау</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Осы карточка</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>%1-дереккөз: %2</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>Неге сілтеме жасау керек</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>Сілтеме:</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Сілтеме стилі</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Стиль:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Алмасу буферіне көшірілді.</translation>
    </message>
</context>
<context>
    <name>ContentNotices</name>
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>Мазмұн дерекқоры зақымданған (%1), ол кіріктірілген жинақ пен %Ln импортталған пакеттен қайта құрылды.</numerusform>
            <numerusform>Мазмұн дерекқоры зақымданған (%1), ол кіріктірілген жинақ пен %Ln импортталған пакеттен қайта құрылды.</numerusform>
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
            <numerusform>Импортталған пакеттер тізімі зақымданған (%1), ол %2 қалтасында сақталған %Ln пакет мұрағатынан қайта жасалды.</numerusform>
            <numerusform>Импортталған пакеттер тізімі зақымданған (%1), ол %2 қалтасында сақталған %Ln пакет мұрағатынан қайта жасалды.</numerusform>
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
            <numerusform>%Ln секундтан кейін бәрі келесі келуші үшін басынан басталады.</numerusform>
            <numerusform>%Ln секундтан кейін бәрі келесі келуші үшін басынан басталады.</numerusform>
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
        <source>%1 Ga</source>
        <translation>%1 млрд жыл бұрын</translation>
    </message>
    <message>
        <source>%1 Ma</source>
        <translation>%1 млн жыл бұрын</translation>
    </message>
    <message>
        <source>%1 ka</source>
        <translation>%1 мың жыл бұрын</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>%1-жылдар</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>%1 жылдың көктемі</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>%1 жылдың жазы</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>%1 жылдың күзі</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>%1 жылдың қысы</translation>
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
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (нақты белгісіз)</translation>
    </message>
    <message>
        <source>c. %1 (uncertain)</source>
        <translation>шамамен %1 (нақты белгісіз)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 жылға дейін</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 жылдан бастап</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>“%1”, the card says: %2</source>
        <translation>«%1» карточкасында: %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Дереккөздер: %1</translation>
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
        <source>%n more with fewer cards: search finds them</source>
        <translation>
            <numerusform>тағы %Ln, карточкалары азырақ: іздеу арқылы табуға болады</numerusform>
            <numerusform>тағы %Ln, карточкалары азырақ: іздеу арқылы табуға болады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValues</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %Ln карточка</numerusform>
            <numerusform>%1, %Ln карточка</numerusform>
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
        <source>Neither country</source>
        <translation>Екі елдің ешқайсысы емес</translation>
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
    <name>FigureText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number, its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source: %1 · Dated %2</source>
        <translation>Дереккөзі: %1 · Күні: %2</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Every figure of the charts, one a row; Enter opens its card</source>
        <translation>Диаграммалардағы әр көрсеткіш, әр жолда біреуден; Enter оның карточкасын ашады</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Show as charts</source>
        <translation>Диаграмма ретінде көрсету</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Кесте ретінде көрсету</translation>
    </message>
    <message>
        <source>Show the same figures as charts</source>
        <translation>Сол көрсеткіштерді диаграмма ретінде көрсету</translation>
    </message>
    <message>
        <source>Show the same figures as a table</source>
        <translation>Сол көрсеткіштерді кесте ретінде көрсету</translation>
    </message>
    <message>
        <source>By the numbers</source>
        <translation>Сандармен</translation>
    </message>
    <message>
        <source>Figures from the collection&apos;s cards, each with its source and date</source>
        <translation>Жинақ карточкаларындағы көрсеткіштер, әрқайсысы дереккөзімен және күнімен</translation>
    </message>
    <message>
        <source>This collection has no figures to chart.</source>
        <translation>Бұл жинақта диаграммаға салатын көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a figure&apos;s label, its date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a theme, the unit of its numbers</comment>
        <translation>%1, өлшем бірлігі: %2</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Reading the timeline…</source>
        <translation>Уақыт желісі оқылуда…</translation>
    </message>
    <message>
        <source>Converting the timeline…</source>
        <translation>Уақыт желісі түрлендірілуде…</translation>
    </message>
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
    <name>ImportQuestions</name>
    <message>
        <source>You already have a collection named “%1” with other cards.</source>
        <translation>Сізде басқа карточкалары бар «%1» атты жинақ бұрыннан бар.</translation>
    </message>
    <message>
        <source>Your note on %1 differs from the imported one.</source>
        <translation>%1 туралы жазбаңыз импортталған жазбадан өзгеше.</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Жинақты импорттау</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Сіздікі:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортталған:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Импортталғанын алу</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Екеуін де қалдыру</translation>
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
        <source>Could not save to My collection (%1).</source>
        <translation>Жинағыма сақтау мүмкін болмады (%1).</translation>
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
        <source>Collection</source>
        <translation>Жинақ</translation>
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
    <name>MapPage</name>
    <message>
        <source>The places could not be read (%1).</source>
        <translation>Орындарды оқу мүмкін болмады (%1).</translation>
    </message>
    <message>
        <source>Italy and Kazakhstan</source>
        <translation>Италия мен Қазақстан</translation>
    </message>
    <message>
        <source>Show Italy and Kazakhstan together (Home)</source>
        <translation>Италия мен Қазақстанды бірге көрсету (Home)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Show as map</source>
        <translation>Карта ретінде көрсету</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Тізім ретінде көрсету</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Show these cards</source>
        <translation>Осы карточкаларды көрсету</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>Картада %Ln орын</numerusform>
            <numerusform>Картада %Ln орын</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the timeline&apos;s period</source>
        <translation>Тек уақыт желісіндегі кезең</translation>
    </message>
    <message>
        <source>Show only the places of cards of the period the timeline shows</source>
        <translation>Уақыт желісі көрсетіп тұрған кезеңдегі карточкалардың орындарын ғана көрсету</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Барлық кезең</translation>
    </message>
    <message>
        <source>Cards of the timeline&apos;s period: %1 – %2</source>
        <translation>Уақыт желісіндегі кезеңнің карточкалары: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) here</source>
        <translation>
            <numerusform>Мұнда %Ln карточка</numerusform>
            <numerusform>Мұнда %Ln карточка</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; “Show these cards” shows them all.</source>
        <translation>Алғашқы %1 карточка тізілген; «Осы карточкаларды көрсету» бәрін көрсетеді.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>Starred</source>
        <translation>Жұлдызшалылар</translation>
    </message>
    <message>
        <source>No starred cards yet: star a card on its page.</source>
        <translation>Әзірге жұлдызшалы карточка жоқ: карточканы өз бетінде белгілеңіз.</translation>
    </message>
    <message>
        <source>This collection is empty: add cards from their pages.</source>
        <translation>Бұл жинақ бос: карточкаларды өз беттерінен қосыңыз.</translation>
    </message>
    <message>
        <source>No card here matches the search.</source>
        <translation>Мұнда іздеуге сәйкес карточка жоқ.</translation>
    </message>
    <message>
        <source>Missing card</source>
        <translation>Жоқ карточка</translation>
    </message>
    <message>
        <source>%1 is no longer in the content</source>
        <translation>%1 енді мазмұнда жоқ</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Жаңа жинақ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Жинақтың атын өзгерту</translation>
    </message>
    <message>
        <source>Delete collection?</source>
        <translation>Жинақты жою керек пе?</translation>
    </message>
    <message>
        <source>Delete the collection “%1”?</source>
        <translation>«%1» жинағын жою керек пе?</translation>
    </message>
    <message>
        <source>Its cards stay in the content, and your notes on them are kept.</source>
        <translation>Оның карточкалары мазмұнда қалады, ал олар туралы жазбаларыңыз сақталады.</translation>
    </message>
    <message>
        <source>Export my collection</source>
        <translation>Жинағымды экспорттау</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>My collection could not be exported.</source>
        <translation>Жинағымды экспорттау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Жинақты импорттау</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Бұл файлды импорттау мүмкін емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was changed.</source>
        <translation>Импорттау сәтсіз аяқталды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation>Өзгерісіңізді сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Save this list as a study sheet (PDF)</source>
        <translation>Осы тізімді оқу парағы ретінде сақтау (PDF)</translation>
    </message>
    <message>
        <source>With my notes</source>
        <translation>Жазбаларыммен</translation>
    </message>
    <message>
        <source>Print my notes in the study sheet</source>
        <translation>Жазбаларымды оқу парағына басып шығару</translation>
    </message>
    <message>
        <source>My collection</source>
        <translation>Жинағым</translation>
    </message>
    <message>
        <source>Starred cards and my collections</source>
        <translation>Жұлдызшалы карточкалар мен жинақтарым</translation>
    </message>
    <message>
        <source>Cards of the chosen list</source>
        <translation>Таңдалған тізімнің карточкалары</translation>
    </message>
    <message>
        <source>Search my collection</source>
        <translation>Жинағымнан іздеу</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Жаңа жинақ…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Оқу парағы (PDF)…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Жоғары жылжыту (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Төмен жылжыту (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove from this list (Delete)</source>
        <translation>Осы тізімнен алып тастау (Delete)</translation>
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
        <source>Numbers</source>
        <translation>Сандар</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Әңгімелер</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
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
    <name>NoteEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>MY NOTE</source>
        <translation>МЕНІҢ ЖАЗБАМ</translation>
    </message>
    <message>
        <source>My note on this card</source>
        <translation>Осы карточка туралы жазбам</translation>
    </message>
    <message>
        <source>Write a private note on this card…</source>
        <translation>Осы карточка туралы жеке жазба жазыңыз…</translation>
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
    <name>PackProblems</name>
    <message>
        <source>%1 is not a date; write e.g. 2025-09-29, 2025-09, 2025, -500, circa 1254, before 1992-06, after 2022 or planned 2026</source>
        <translation>%1 — күн емес; мысалы, былай жазыңыз: 2025-09-29, 2025-09, 2025, -500, circa 1254, before 1992-06, after 2022 немесе planned 2026</translation>
    </message>
    <message>
        <source>there is no year 0: 1 BC is -1</source>
        <translation>0 жыл болмайды: б.з.д. 1 жыл — бұл -1</translation>
    </message>
    <message>
        <source>year %1 is out of range: years go up to %2 either side of year 1</source>
        <translation>%1 жылы рұқсат етілген ауқымнан тыс: 1-жылдан екі жаққа қарай ең көбі %2 жылға дейін баруға болады</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>күнге ай керек</translation>
    </message>
    <message>
        <source>month %1 is not between 1 and 12</source>
        <translation>%1 айы 1 мен 12 аралығында емес</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>%2 ішінде %1 күні жоқ</translation>
    </message>
    <message>
        <source>a time of day needs a day</source>
        <translation>тәулік уақытына күн керек</translation>
    </message>
    <message>
        <source>a date in ka or Ma has no month or day</source>
        <translation>ka немесе Ma арқылы жазылған күнде ай мен күн болмайды</translation>
    </message>
    <message>
        <source>%1 cannot cover %2 units: a year with unspecified digits covers 10, 100 or 1000 years from a positive year, a season 3 months</source>
        <translation>%1 %2 бірлікті қамти алмайды: цифрлары көрсетілмеген жыл оң жылдан бастап 10, 100 немесе 1000 жылды, ал жыл мезгілі 3 айды қамтиды</translation>
    </message>
    <message>
        <source>%1 is an interval, not a date: write its first date as the start and its last as the end, or put the interval in dates</source>
        <translation>%1 — күн емес, аралық: оның алғашқы күнін start өрісіне, соңғысын end өрісіне жазыңыз немесе аралықты dates өрісіне қойыңыз</translation>
    </message>
    <message>
        <source>the end %1 comes before the start %2</source>
        <translation>соңы %1 басы %2 уақытынан бұрын келеді</translation>
    </message>
    <message>
        <source>%1 is not a whole number of years before present</source>
        <translation>%1 — қазіргі уақытқа дейінгі жылдардың бүтін саны емес</translation>
    </message>
    <message>
        <source>%1 has both a word and an EDTF mark for its qualifier; write one of them</source>
        <translation>%1 ішінде анықтауыш сөзбен де, EDTF белгісімен де берілген; біреуін ғана жазыңыз</translation>
    </message>
    <message>
        <source>%1: unspecified digits (X) end a year of four digits or more after year 1, as in 201X or 19XX</source>
        <translation>%1: көрсетілмеген цифрлар (X) тек 1-жылдан кейінгі төрт не одан көп цифрлы жылдың соңында тұрады, мысалы, 201X немесе 19XX</translation>
    </message>
    <message>
        <source>%1: a year with unspecified digits has no month</source>
        <translation>%1: цифрлары көрсетілмеген жылда ай болмайды</translation>
    </message>
    <message>
        <source>%1: an unspecified month has no day</source>
        <translation>%1: көрсетілмеген айда күн болмайды</translation>
    </message>
    <message>
        <source>%1: a season has no day</source>
        <translation>%1: жыл мезгілінде күн болмайды</translation>
    </message>
    <message>
        <source>%1: of EDTF&apos;s seasons only 21 to 24 (spring, summer, autumn, winter) are understood</source>
        <translation>%1: EDTF жыл мезгілдерінің тек 21-ден 24-ке дейінгілері түсініледі (көктем, жаз, күз, қыс)</translation>
    </message>
    <message>
        <source>is empty; write a version such as 1.0.0</source>
        <translation>— бос; 1.0.0 сияқты нұсқаны жазыңыз</translation>
    </message>
    <message>
        <source>is %1 characters long; a version has at most %2, e.g. 1.0.0</source>
        <translation>— ұзындығы %1 таңба; нұсқада ең көбі %2 таңба болады, мысалы, 1.0.0</translation>
    </message>
    <message>
        <source>contains U+%1 at character %2; a version is written with the letters a-z, digits and . - _ +, e.g. 1.0.0 or 2.1.0-beta</source>
        <translation>— %2-таңбада U+%1 бар; нұсқа a-z әріптерімен, цифрлармен және . - _ + белгілерімен жазылады, мысалы, 1.0.0 немесе 2.1.0-beta</translation>
    </message>
    <message>
        <source>has no digits or letters; write a version such as 1.0.0</source>
        <translation>— цифрлар да, әріптер де жоқ; 1.0.0 сияқты нұсқаны жазыңыз</translation>
    </message>
    <message>
        <source>has a number of %1 digits; each number in a version has at most %2 digits</source>
        <translation>— ішінде %1 цифрлы сан бар; нұсқадағы әр сан ең көбі %2 цифрдан тұрады</translation>
    </message>
    <message>
        <source>the title has text in &apos;%1&apos; but no translation status for it; give &apos;draft&apos; or &apos;reviewed&apos;</source>
        <translation>тақырыптың &apos;%1&apos; тілінде мәтіні бар, бірақ оның аударма күйі жоқ; &apos;draft&apos; немесе &apos;reviewed&apos; деп көрсетіңіз</translation>
    </message>
    <message>
        <source>give either countries (a list of codes) or country (one code), not both</source>
        <translation>countries (кодтар тізімі) немесе country (бір код) өрісінің біреуін ғана көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>required but missing: give countries, a list of ISO 3166 codes such as [&quot;IT&quot;] or [&quot;IT&quot;, &quot;KZ&quot;] (or country, one code)</source>
        <translation>міндетті, бірақ жоқ: countries өрісін, яғни [&quot;IT&quot;] немесе [&quot;IT&quot;, &quot;KZ&quot;] сияқты ISO 3166 кодтарының тізімін көрсетіңіз (немесе бір коды бар country өрісін)</translation>
    </message>
    <message>
        <source>give either waypoints or places (the older name of waypoints), not both</source>
        <translation>waypoints немесе places (waypoints-тің ескі атауы) өрісінің біреуін ғана беріңіз, екеуін бірдей емес</translation>
    </message>
    <message>
        <source>give either file (a picture in the pack) or url (a remote medium), not both</source>
        <translation>file (пакеттегі сурет) немесе url (қашықтағы медиаресурс) өрісінің біреуін ғана көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>required but missing: give file (a picture in the pack&apos;s media/ folder) or url (the web address of a remote medium, with its kind)</source>
        <translation>міндетті, бірақ жоқ: file (пакеттің media/ қалтасындағы сурет) немесе url (қашықтағы медиаресурстың веб-мекенжайы, kind өрісіндегі түрімен бірге) көрсетіңіз</translation>
    </message>
    <message>
        <source>required with url: say what the remote medium is, one of %1</source>
        <translation>url болса, міндетті: қашықтағы медиаресурстың не екенін көрсетіңіз, мыналардың бірі: %1</translation>
    </message>
    <message>
        <source>only a remote medium (with url) has a kind; a file is always a picture</source>
        <translation>түрі (kind) тек қашықтағы медиаресурста (url бар болса) болады; файл әрқашан сурет болып табылады</translation>
    </message>
    <message>
        <source>null (leave the field out instead)</source>
        <translation>null (оның орнына өрісті мүлде жазбаңыз)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>мұнда %1 болуы керек, %2 емес</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>an id (text)</source>
        <translation>id (мәтін)</translation>
    </message>
    <message>
        <source>%1 is not a valid id: it is %2 characters long; at most %3 are allowed</source>
        <translation>%1 — жарамды id емес: ұзындығы %2 таңба; ең көбі %3 таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lower-case letters, digits and single hyphens, e.g. abai-monument-rome</source>
        <translation>%1 — жарамды id емес: кіші әріптерді, цифрларды және жалғыз сызықшаларды қолданыңыз, мысалы, abai-monument-rome</translation>
    </message>
    <message>
        <source>a card id (text)</source>
        <translation>карточка id-і (мәтін)</translation>
    </message>
    <message>
        <source>%1 is not a card reference: its pack id %2; write a card id, or pack-id:card-id for a card of another pack</source>
        <translation>%1 — карточкаға сілтеме емес: оның пакет id-і: %2; карточка id-ін, ал басқа пакеттің карточкасы үшін pack-id:card-id деп жазыңыз</translation>
    </message>
    <message>
        <source>%1 is not a card reference: its card id %2; write a card id, or pack-id:card-id for a card of another pack</source>
        <translation>%1 — карточкаға сілтеме емес: оның карточка id-і: %2; карточка id-ін, ал басқа пакеттің карточкасы үшін pack-id:card-id деп жазыңыз</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos;, not %2</source>
        <translation>&apos;%1&apos; болуы керек, %2 емес</translation>
    </message>
    <message>
        <source>%1 is not a kind; use one of %2</source>
        <translation>%1 — түр емес; мыналардың бірін қолданыңыз: %2</translation>
    </message>
    <message>
        <source>%1 is not a side; use one of %2</source>
        <translation>%1 — тарап емес; мыналардың бірін қолданыңыз: %2</translation>
    </message>
    <message>
        <source>%1 is not a translation status; use one of %2</source>
        <translation>%1 — аударма күйі емес; мыналардың бірін қолданыңыз: %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>мыналардың бірі: %1</translation>
    </message>
    <message>
        <source>a colour written #rrggbb</source>
        <translation>#rrggbb түрінде жазылған түс</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it #rrggbb, e.g. #1f77b4</source>
        <translation>%1 — түс емес; оны #rrggbb түрінде жазыңыз, мысалы, #1f77b4</translation>
    </message>
    <message>
        <source>a two-letter country code</source>
        <translation>екі әріпті ел коды</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code; use two capital letters, e.g. IT or KZ</source>
        <translation>%1 — ISO 3166 ел коды емес; екі бас әріпті қолданыңыз, мысалы, IT немесе KZ</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>веб-мекенжай</translation>
    </message>
    <message>
        <source>%1 is not a web address (%2)</source>
        <translation>%1 — веб-мекенжай емес (%2)</translation>
    </message>
    <message>
        <source>%1 is not a web address starting with http:// or https://</source>
        <translation>%1 — http:// немесе https:// деп басталатын веб-мекенжай емес</translation>
    </message>
    <message>
        <source>a version written as text, e.g. 1.0.0</source>
        <translation>мәтін түрінде жазылған нұсқа, мысалы, 1.0.0</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value, then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a path such as media/abai.png</source>
        <translation>media/abai.png сияқты жол</translation>
    </message>
    <message>
        <source>%1 must be inside the media/ folder, e.g. media/abai.png</source>
        <translation>%1 media/ қалтасының ішінде болуы керек, мысалы, media/abai.png</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 тым үлкен</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 — шектеулі сан емес</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 %2 мен %3 аралығында емес</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true немесе false</translation>
    </message>
    <message>
        <source>a date written as text, e.g. 2025-09-29 or circa 1254</source>
        <translation>мәтін түрінде жазылған күн, мысалы, 2025-09-29 немесе circa 1254</translation>
    </message>
    <message>
        <source>an object with a label and a date, e.g. {&quot;label&quot;: {&quot;en&quot;: &quot;built&quot;}, &quot;date&quot;: &quot;1389/1405&quot;}</source>
        <translation>атауы мен күні бар объект, мысалы, {&quot;label&quot;: {&quot;en&quot;: &quot;built&quot;}, &quot;date&quot;: &quot;1389/1405&quot;}</translation>
    </message>
    <message>
        <source>%1 is not a kind of medium; use one of %2</source>
        <translation>%1 — медиаресурс түрі емес; мыналардың бірін қолданыңыз: %2</translation>
    </message>
    <message>
        <source>%1 is not a way to draw a route; use one of %2</source>
        <translation>%1 — маршрутты салу тәсілі емес; мыналардың бірін қолданыңыз: %2</translation>
    </message>
    <message>
        <source>%1 is not a date: it is %2 characters long; at most %3 are allowed</source>
        <translation>%1 — күн емес: ұзындығы %2 таңба; ең көбі %3 таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>source ids</source>
        <translation>дереккөз id-лері</translation>
    </message>
    <message numerus="yes">
        <source>lists %n source id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>тізімде %Ln дереккөз id-і бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде %Ln дереккөз id-і бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>place ids</source>
        <translation>орын id-лері</translation>
    </message>
    <message numerus="yes">
        <source>lists %n place id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>тізімде %Ln орын id-і бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде %Ln орын id-і бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>card ids</source>
        <translation>карточка id-лері</translation>
    </message>
    <message numerus="yes">
        <source>lists %n card id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>%Ln карточка id-і көрсетілген; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>%Ln карточка id-і көрсетілген; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>texts</source>
        <translation>мәтіндер</translation>
    </message>
    <message numerus="yes">
        <source>lists %n text(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>тізімде %Ln мәтін бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде %Ln мәтін бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>labelled dates</source>
        <translation>атауы бар күндер</translation>
    </message>
    <message numerus="yes">
        <source>lists %n labelled date(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>тізімде атауы бар %Ln күн көрсетілген; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде атауы бар %Ln күн көрсетілген; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>language codes</source>
        <translation>тіл кодтары</translation>
    </message>
    <message numerus="yes">
        <source>lists %n language code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>тізімде %Ln тіл коды бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде %Ln тіл коды бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>must list at least one source</source>
        <translation>кемінде бір дереккөзді көрсетуі керек</translation>
    </message>
    <message>
        <source>must list at least two places</source>
        <translation>кемінде екі орынды көрсетуі керек</translation>
    </message>
    <message>
        <source>country codes</source>
        <translation>ел кодтары</translation>
    </message>
    <message numerus="yes">
        <source>lists %n country code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>тізімде %Ln ел коды бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде %Ln ел коды бар; мұнда ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>must list at least one country code, e.g. [&quot;IT&quot;]</source>
        <translation>кемінде бір ел кодын көрсетуі керек, мысалы, [&quot;IT&quot;]</translation>
    </message>
    <message>
        <source>lists a country more than once</source>
        <translation>бір ел тізімде бірнеше рет кездеседі</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>%1 тізімі</translation>
    </message>
    <message>
        <source>lists %1 more than once</source>
        <translation>%1 тізімде бірнеше рет кездеседі</translation>
    </message>
    <message>
        <source>has the unknown field(s) %1; a labelled date has a label and a date</source>
        <translation>белгісіз өрістер бар: %1; атауы бар күнде тек label және date өрістері болады</translation>
    </message>
    <message>
        <source>has no %1; a labelled date has a label and a date</source>
        <translation>%1 өрісі жоқ; атауы бар күнде label және date өрістері болады</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>label: %1</translation>
    </message>
    <message>
        <source>date: %1 is %2 characters long; at most %3 are allowed</source>
        <translation>date: %1 ұзындығы %2 таңба; ең көбі %3 таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>date: %1</translation>
    </message>
    <message>
        <source>must list at least one language</source>
        <translation>кемінде бір тілді көрсетуі керек</translation>
    </message>
    <message>
        <source>lists a language more than once</source>
        <translation>бір тіл тізімде бірнеше рет кездеседі</translation>
    </message>
    <message>
        <source>must include &apos;%1&apos;: English texts are required in every pack</source>
        <translation>&apos;%1&apos; болуы керек: әр пакетте ағылшын мәтіндері міндетті</translation>
    </message>
    <message>
        <source>list item %1: %2</source>
        <translation>тізім элементі %1: %2</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>тіл коды</translation>
    </message>
    <message>
        <source>%1 is not a language code such as en, it, kk or ru</source>
        <translation>%1 — en, it, kk немесе ru сияқты тіл коды емес</translation>
    </message>
    <message>
        <source>%1 is not one of the pack&apos;s languages (%2)</source>
        <translation>%1 — пакет тілдерінің бірі емес (%2)</translation>
    </message>
    <message>
        <source>an object from language to text, e.g. {&quot;en&quot;: &quot;…&quot;, &quot;it&quot;: &quot;…&quot;}</source>
        <translation>тілден мәтінге арналған объект, мысалы, {&quot;en&quot;: &quot;…&quot;, &quot;it&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>has texts in %1 languages; at most %2 are allowed</source>
        <translation>мәтіндер %1 тілде берілген; ең көбі %2 тілге рұқсат етіледі</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the English text (&apos;%1&apos;) is required</source>
        <translation>ағылшын мәтіні (&apos;%1&apos;) міндетті</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>міндетті, бірақ жоқ</translation>
    </message>
    <message>
        <source>unknown field; did you mean &apos;%1&apos;?</source>
        <translation>белгісіз өріс; &apos;%1&apos; деп жазғыңыз келді ме?</translation>
    </message>
    <message>
        <source>unknown field; the fields here are %1</source>
        <translation>белгісіз өріс; мұндағы өрістер: %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>%1-элемент</translation>
    </message>
    <message>
        <source>not valid JSON: %1 is not allowed</source>
        <translation>жарамсыз JSON: %1 рұқсат етілмейді</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1 is not UTF-8)</source>
        <translation>UTF-8 мәтіні емес (%1-байт UTF-8 емес)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1-жол, %2-баған</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>жарамсыз JSON: %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>жарамсыз JSON: тым терең кірістірілген</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>жарамсыз JSON: %1</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>мән күтілген</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>&apos;,&apos; бөлгіші күтілген</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>&apos;:&apos; бөлгіші күтілген</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>қос тырнақшадағы қасиет атауы күтілген</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>артық деректер</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>жабылмаған жол</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>жарамсыз басқару таңбасы</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>жарамсыз \escape тізбегі</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>жарамсыз \uXXXX тізбегі</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>объект соңының алдында артық үтір</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>массив соңының алдында артық үтір</translation>
    </message>
    <message>
        <source>The bundled collection %1 has no manifest</source>
        <translation>%1 кіріктірілген жинағында манифест жоқ</translation>
    </message>
    <message>
        <source>it holds the folder the explorer keeps packs in (%1)</source>
        <translation>оның ішінде бағдарлама пакеттерді сақтайтын қалта бар (%1)</translation>
    </message>
    <message>
        <source>gives no id and version</source>
        <translation>id мен нұсқаны көрсетпейді</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of the bundled collection, which is version %2; %3 is older and would never be shown.</source>
        <translation>&apos;%1&apos; — кіріктірілген жинақтың id-і, оның нұсқасы %2; %3 ескірек, сондықтан ешқашан көрсетілмейді.</translation>
    </message>
    <message>
        <source>The collection cannot be opened: the data folder %1 cannot take it because %2 (%3), and a temporary copy failed too (%4).</source>
        <translation>Жинақты ашу мүмкін емес: %1 деректер қалтасы оны сыйдыра алмайды, себебі %2 (%3); уақытша көшірме жасау да сәтсіз болды (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (version %2, %n card(s))</source>
        <translation>
            <numerusform>%1 (%2 нұсқасы, %Ln карточка)</numerusform>
            <numerusform>%1 (%2 нұсқасы, %Ln карточка)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is the id of the bundled collection (%2, %n card(s)). Importing %3 would replace it.</source>
        <translation>
            <numerusform>&apos;%1&apos; — кіріктірілген жинақтың id-і (%2, %Ln карточка). %3 импорттау оны ауыстырады.</numerusform>
            <numerusform>&apos;%1&apos; — кіріктірілген жинақтың id-і (%2, %Ln карточка). %3 импорттау оны ауыстырады.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack with the id &apos;%1&apos; is already imported: %2, from %3. Importing %4 would replace it.</source>
        <translation>&apos;%1&apos; id-і бар пакет әлдеқашан импортталған: %2, көзі: %3. %4 импорттау оны ауыстырады.</translation>
    </message>
    <message>
        <source>The pack changed while it was imported (it said %1, then &apos;%2&apos; version %3). Nothing was changed.</source>
        <translation>Пакет импортталып жатқанда өзгерді (алдымен %1 болды, кейін &apos;%2&apos;, %3 нұсқасы). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The disk is full: the pack could not be written into %1. Nothing was changed; free some space and try again.</source>
        <translation>Диск толы: пакетті %1 ішіне жазу мүмкін болмады. Ештеңе өзгертілген жоқ; орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written (%2). Nothing was changed.</source>
        <translation>%1 деректер қалтасына жазу мүмкін емес (%2). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The pack could not be written (%1). Nothing was changed.</source>
        <translation>Пакетті жазу мүмкін болмады (%1). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>required but missing: a pack&apos;s manifest says &quot;format&quot;: &quot;%1&quot;</source>
        <translation>міндетті, бірақ жоқ: пакет манифесінде &quot;format&quot;: &quot;%1&quot; деп жазылады</translation>
    </message>
    <message>
        <source>%1 is not a format this explorer reads; it must be &apos;%2&apos;</source>
        <translation>%1 — бұл бағдарлама оқитын формат емес; &apos;%2&apos; болуы керек</translation>
    </message>
    <message>
        <source>required but missing: this explorer reads format version %1</source>
        <translation>міндетті, бірақ жоқ: бұл бағдарлама %1 формат нұсқасын оқиды</translation>
    </message>
    <message>
        <source>must be the whole number %1, not %2</source>
        <translation>%1 бүтін саны болуы керек, %2 емес</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this explorer reads format version %2; a newer explorer may read it</source>
        <translation>%1 формат нұсқасына қолдау жоқ: бұл бағдарлама %2 формат нұсқасын оқиды; жаңарақ нұсқасы оны оқи алуы мүмкін</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this explorer reads format version %2</source>
        <translation>%1 формат нұсқасына қолдау жоқ: бұл бағдарлама %2 формат нұсқасын оқиды</translation>
    </message>
    <message>
        <source>the picture is too large: more than %1 pixels, the most allowed, to protect against decompression bombs</source>
        <translation>сурет тым үлкен: %1 пиксельден көп, ал бұл — декомпрессия бомбаларынан қорғау үшін рұқсат етілген ең көп мөлшер</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (cannot identify image file)</source>
        <translation>PNG немесе JPEG суреті емес (сурет файлын анықтау мүмкін емес)</translation>
    </message>
    <message>
        <source>the picture is too large: %1 × %2 pixels (%3 megapixels); at most %4 pixels on a side and %5 megapixels in all are allowed</source>
        <translation>сурет тым үлкен: %1 × %2 пиксель (%3 мегапиксель); бір жағына ең көбі %4 пиксель және барлығы %5 мегапиксель рұқсат етіледі</translation>
    </message>
    <message>
        <source>missing: a pack needs a manifest.json at its top level (in a zip, possibly inside one top-level folder)</source>
        <translation>жоқ: пакеттің жоғарғы деңгейінде manifest.json болуы керек (zip ішінде бір жоғарғы қалтаның ішінде болуы мүмкін)</translation>
    </message>
    <message>
        <source>must hold a JSON object, not %1</source>
        <translation>JSON объектісі болуы керек, %1 емес</translation>
    </message>
    <message>
        <source>missing: every pack needs this file</source>
        <translation>жоқ: әр пакетке бұл файл керек</translation>
    </message>
    <message>
        <source>must hold a JSON array of objects, not %1</source>
        <translation>объектілердің JSON массиві болуы керек, %1 емес</translation>
    </message>
    <message>
        <source>the line is longer than %1, the most one record may take (a record is one line: a line break inside a record must be written \n)</source>
        <translation>жол %1 шамасынан ұзын, бұл — бір жазбаға рұқсат етілген ең көп мөлшер (жазба — бір жол: жазба ішіндегі жол үзілімі \n деп жазылуы керек)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s); the most allowed in %1 is %2</source>
        <translation>
            <numerusform>%Ln элемент бар; %1 ішінде ең көбі %2 рұқсат етіледі</numerusform>
            <numerusform>%Ln элемент бар; %1 ішінде ең көбі %2 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s), bringing the pack to %1; the most allowed in all its files together is %2</source>
        <translation>
            <numerusform>%Ln элемент бар, сонда пакетте барлығы %1 болады; барлық файлдарында бірге ең көбі %2 рұқсат етіледі</numerusform>
            <numerusform>%Ln элемент бар, сонда пакетте барлығы %1 болады; барлық файлдарында бірге ең көбі %2 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>holds more than %1 cards, the most a pack may hold</source>
        <translation>%1 карточкадан көп, ал бұл — пакетке рұқсат етілген ең көп саны</translation>
    </message>
    <message>
        <source>holds more than %1 %2 records, the most a pack may hold</source>
        <translation>%2 жазбалары %1-ден көп, ал бұл — пакетке рұқсат етілген ең көп саны</translation>
    </message>
    <message>
        <source>brings the pack to more than %1 records, the most allowed in all its files together</source>
        <translation>пакеттегі жазбалар саны %1-ден асады, ал бұл — барлық файлдарында бірге рұқсат етілген ең көп саны</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>объект болуы керек, %1 емес</translation>
    </message>
    <message>
        <source>both ends are cards of other packs; a link must start or end at a card of this pack</source>
        <translation>екі ұшы да басқа пакеттердің карточкалары; байланыс осы пакеттің карточкасынан басталуы немесе онда аяқталуы керек</translation>
    </message>
    <message>
        <source>holds markup (%1) in a plain-text field: it is shown exactly as written, tags and all; write plain text (a blank line between paragraphs)</source>
        <translation>қарапайым мәтін өрісінде белгілеу (%1) бар: мәтін тегтерімен қоса дәл жазылған күйінде көрсетіледі; қарапайым мәтін жазыңыз (азат жолдардың арасына бос жол қалдырыңыз)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>%1-қадам: %2</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; keep only one</source>
        <translation>%1 кілті бір объектіде екі рет кездеседі; біреуін ғана қалдырыңыз</translation>
    </message>
    <message>
        <source>the id is used twice in this file (%1); ids must be unique within a file</source>
        <translation>бұл id осы файлда екі рет қолданылған (%1); id файл ішінде бірегей болуы керек</translation>
    </message>
    <message>
        <source>unknown category %1</source>
        <translation>белгісіз санат %1</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>белгісіз дереккөз %1</translation>
    </message>
    <message>
        <source>unknown place %1</source>
        <translation>белгісіз орын %1</translation>
    </message>
    <message>
        <source>unknown picture %1</source>
        <translation>белгісіз сурет %1</translation>
    </message>
    <message>
        <source>unknown card %1</source>
        <translation>белгісіз карточка %1</translation>
    </message>
    <message>
        <source>unknown lane %1; a card&apos;s lane must be the id of a lane in the pack&apos;s lanes.json</source>
        <translation>белгісіз жолақ %1; карточканың жолағы (lane) пакеттің lanes.json файлындағы жолақтың id-і болуы керек</translation>
    </message>
    <message>
        <source>%1 line %2 and %3 line %4</source>
        <translation>%1, %2-жол және %3, %4-жол</translation>
    </message>
    <message>
        <source>items %1 and %2</source>
        <translation>%1- және %2-элементтер</translation>
    </message>
    <message>
        <source>lines %1 and %2</source>
        <translation>%1- және %2-жолдар</translation>
    </message>
    <message>
        <source>%1 (%2) version %3</source>
        <translation>%1 (%2), %3 нұсқасы</translation>
    </message>
    <message>
        <source>is an empty path</source>
        <translation>— бос жол</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>— ішінде NUL таңбасы бар</translation>
    </message>
    <message>
        <source>is an absolute path; write a path relative to the pack, e.g. media/abai.png</source>
        <translation>— абсолютті жол; пакетке қатысты жолды жазыңыз, мысалы, media/abai.png</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>— ішінде кері қиғаш сызық бар; қалталарды / арқылы бөліңіз</translation>
    </message>
    <message>
        <source>points outside the pack (&apos;..&apos; is not allowed)</source>
        <translation>— пакеттен тыс жерді көрсетеді (&apos;..&apos; рұқсат етілмейді)</translation>
    </message>
    <message>
        <source>is not a plain relative path (it has an empty or &apos;.&apos; part)</source>
        <translation>— қарапайым салыстырмалы жол емес (бос немесе &apos;.&apos; бөлігі бар)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>the pack unpacks to more than %1, the most allowed</source>
        <translation>пакет ашылғанда %1 шамасынан асады, ал бұл — рұқсат етілген ең көп мөлшер</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link to somewhere outside the pack</source>
        <translation>&apos;%1&apos; — пакеттен тыс жерге сілтеме</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; %2</source>
        <comment>a zip member&apos;s name, then what is wrong with it</comment>
        <translation>&apos;%1&apos; мүшесі %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <comment>a file&apos;s name, then what is wrong with it</comment>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (%2)</source>
        <translation>&apos;%1&apos; оқылмайды (%2)</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most one file may hold</source>
        <translation>файл %1 шамасынан үлкен, ал бұл — бір файлға рұқсат етілген ең көп мөлшер</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the pack</source>
        <translation>&apos;%1&apos; пакетте жоқ</translation>
    </message>
    <message>
        <source>is a link to somewhere outside the pack</source>
        <translation>пакеттен тыс жерге сілтеме</translation>
    </message>
    <message>
        <source>the zip holds %1 members; at most %2 are allowed</source>
        <translation>zip ішінде %1 мүше бар; ең көбі %2 рұқсат етіледі</translation>
    </message>
    <message>
        <source>the zip unpacks to %1; at most %2 are allowed</source>
        <translation>zip ашылғанда %1 болады; ең көбі %2 рұқсат етіледі</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; мүшесі екі рет кездеседі</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a compression this explorer cannot read (%2)</source>
        <translation>&apos;%1&apos; бұл бағдарлама оқи алмайтын сығуды қолданады (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged in the zip (%2)</source>
        <translation>&apos;%1&apos; zip ішінде зақымданған (%2)</translation>
    </message>
    <message>
        <source>there is no such folder or zip file</source>
        <translation>мұндай қалта немесе zip файлы жоқ</translation>
    </message>
    <message>
        <source>not a content pack: neither a folder nor a zip file (%1)</source>
        <translation>мазмұн пакеті емес: қалта да, zip файлы да емес (%1)</translation>
    </message>
    <message>
        <source>only JSON Lines files may be in %1 (%2, %3, …)</source>
        <translation>%1 ішінде тек JSON Lines файлдары болуы мүмкін (%2, %3, …)</translation>
    </message>
    <message>
        <source>%1 and in %2</source>
        <translation>%1 және %2</translation>
    </message>
    <message>
        <source>the %1 are also written in %2; write them in one way only</source>
        <translation>%1 жазбалары %2 ішінде де жазылған; оларды бір тәсілмен ғана жазыңыз</translation>
    </message>
    <message>
        <source>U+%1 (a control character)</source>
        <translation>U+%1 (басқару таңбасы)</translation>
    </message>
    <message>
        <source>U+%1 (an unpaired surrogate)</source>
        <translation>U+%1 (жұпсыз суррогат)</translation>
    </message>
    <message>
        <source>has no visible character: it holds only %1; write some letters, digits or signs</source>
        <translation>көрінетін таңбасы жоқ: ішінде тек %1 бар; әріптер, цифрлар немесе белгілер жазыңыз</translation>
    </message>
    <message>
        <source>contains %1 at character %2; a web address may not hold spaces, control or invisible characters (write a space as %20)</source>
        <translation>%2-таңбада %1 бар; веб-мекенжайда бос орын, басқару немесе көрінбейтін таңбалар болмауы керек (бос орынды %20 деп жазыңыз)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed here</source>
        <translation>ұзындығы %1 таңба; мұнда ең көбі %2 таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are not allowed: they make text read differently from what it holds</source>
        <translation>екі бағытты ендірулерге, қайта анықтауларға және оқшаулауларға (U+202A–U+202E, U+2066–U+2069) рұқсат етілмейді: олар мәтінді ішіндегісінен басқаша оқытады</translation>
    </message>
    <message>
        <source>an unpaired surrogate is not a character</source>
        <translation>жұпсыз суррогат таңба емес</translation>
    </message>
    <message>
        <source>this text is one line: line breaks and tabs are allowed only in longer texts</source>
        <translation>бұл мәтін бір жолдан тұрады: жол үзілімдері мен табуляцияға тек ұзынырақ мәтіндерде рұқсат етіледі</translation>
    </message>
    <message>
        <source>control characters cannot be shown; only line breaks and tabs are allowed</source>
        <translation>басқару таңбаларын көрсету мүмкін емес; тек жол үзілімдері мен табуляцияға рұқсат етіледі</translation>
    </message>
    <message>
        <source>control characters cannot be shown; none is allowed here</source>
        <translation>басқару таңбаларын көрсету мүмкін емес; мұнда олардың ешқайсысына рұқсат етілмейді</translation>
    </message>
    <message>
        <source>contains %1 at character %2 (and %3 more); %4</source>
        <translation>%2-таңбада %1 бар (және тағы %3); %4</translation>
    </message>
    <message>
        <source>contains %1 at character %2; %3</source>
        <translation>%2-таңбада %1 бар; %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) version %3, %n card(s)</source>
        <translation>
            <numerusform>%1 (%2), %3 нұсқасы, %Ln карточка</numerusform>
            <numerusform>%1 (%2), %3 нұсқасы, %Ln карточка</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 — жарамсыз JSON: %2</translation>
    </message>
    <message>
        <source>%1 has format %2</source>
        <translation>%1 файлының пішімі: %2</translation>
    </message>
    <message>
        <source>%1 is not a pack registry: %2</source>
        <translation>%1 пакеттер тізілімі емес: %2</translation>
    </message>
    <message>
        <source>its entries are not as expected</source>
        <translation>оның жазбалары күтілгендей емес</translation>
    </message>
    <message>
        <source>%1 names an archive outside %2: %3</source>
        <translation>%1 файлында %2 қалтасынан тыс мұрағат аталған: %3</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be read</source>
        <translation>сурет зақымданған, оны оқу мүмкін емес</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>дискіде бос орын қалмады</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>файлдық жүйе тек оқуға арналған</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>мұндай файл не қалта жоқ</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>zip файлы емес немесе зақымданған</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the log has the details</source>
        <translation>күтпеген қате болды; толығырақ журналда</translation>
    </message>
    <message>
        <source>in the system’s own words: “%1”</source>
        <translation>жүйе хабарламасы: «%1»</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>дерекқор зақымданған</translation>
    </message>
    <message>
        <source>the database is locked by another program</source>
        <translation>дерекқорды басқа бағдарлама құлыптап тұр</translation>
    </message>
    <message>
        <source>the database cannot be written to</source>
        <translation>дерекқорға жазу мүмкін емес</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>дерекқор файлын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл зақымданған</translation>
    </message>
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
    <message>
        <source>an interval needs a date at one end at least</source>
        <translation>аралықтың кемінде бір ұшында күн болуы керек</translation>
    </message>
    <message>
        <source>%1 is not an interval; write two dates with a slash between, as in 1964/2008, ../1985 or 1985/..</source>
        <translation>%1 — аралық емес; екі күнді қиғаш сызық арқылы жазыңыз, мысалы, 1964/2008, ../1985 немесе 1985/..</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours go to 23, minutes to 59</source>
        <translation>%1 — тәулік уақыты емес: сағат 23-ке дейін, минут 59-ға дейін болады</translation>
    </message>
    <message>
        <source>second %1 is not between 0 and 59</source>
        <translation>%1 секунды 0 мен 59 аралығында емес</translation>
    </message>
    <message>
        <source>%1 is not a time of day; write e.g. 14:30, 14:30:05, 14:30Z or 14:30+05:00</source>
        <translation>%1 — тәулік уақыты емес; мысалы, былай жазыңыз: 14:30, 14:30:05, 14:30Z немесе 14:30+05:00</translation>
    </message>
    <message>
        <source>%1 is not a UTC offset: they go from -14:00 to +14:00</source>
        <translation>%1 — UTC ығысуы емес: ол -14:00 пен +14:00 аралығында болады</translation>
    </message>
    <message>
        <source>a list of steps, e.g. [{&quot;card&quot;: &quot;abai&quot;, &quot;text&quot;: {&quot;en&quot;: &quot;…&quot;}}]</source>
        <translation>қадамдар тізімі, мысалы [{&quot;card&quot;: &quot;abai&quot;, &quot;text&quot;: {&quot;en&quot;: &quot;…&quot;}}]</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>кемінде бір қадам болуы керек</translation>
    </message>
    <message numerus="yes">
        <source>lists %n step(s); at most %1 are allowed in a story</source>
        <translation>
            <numerusform>тізімде %Ln қадам бар; әңгімеде ең көбі %1 рұқсат етіледі</numerusform>
            <numerusform>тізімде %Ln қадам бар; әңгімеде ең көбі %1 рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of a step, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown route %1</source>
        <translation>белгісіз бағыт %1</translation>
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
    <name>PlaceTree</name>
    <message>
        <source>Places by country</source>
        <translation>Елдер бойынша орындар</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Елі жоқ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message numerus="yes">
        <source>the pack has %n problems; the first %1 are:</source>
        <translation>
            <numerusform>пакетте %Ln ақау бар; алғашқы %1:</numerusform>
            <numerusform>пакетте %Ln ақау бар; алғашқы %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pack has %n problem(s):</source>
        <translation>
            <numerusform>пакетте %Ln ақау бар:</numerusform>
            <numerusform>пакетте %Ln ақау бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2-жол</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>True</source>
        <translation>Шын</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Жалған</translation>
    </message>
    <message>
        <source>%1, chosen as number %2</source>
        <translation>%1, %2-нөмір болып таңдалды</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Дұрыс!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Дәл емес.</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Карточканы ашу</translation>
    </message>
    <message>
        <source>Open the card “%1”</source>
        <translation>«%1» карточкасын ашу</translation>
    </message>
    <message>
        <source>Open one of these cards</source>
        <translation>Осы карточкалардың бірін ашу</translation>
    </message>
    <message>
        <source>See the score</source>
        <translation>Нәтижені көру</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Келесі сұрақ</translation>
    </message>
    <message>
        <source>From earliest to latest: %1</source>
        <translation>Ең ертесінен ең кешіне дейін: %1</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>Жауабы: %1</translation>
    </message>
    <message>
        <source>Put these in order, from the earliest to the latest.</source>
        <translation>Оларды ең ертесінен ең кешіне дейін ретімен қойыңыз.</translation>
    </message>
    <message>
        <source>Which place goes with “%1”?</source>
        <translation>«%1» қай орынға қатысты?</translation>
    </message>
    <message>
        <source>In which year does “%1” begin?</source>
        <translation>«%1» қай жылы басталады?</translation>
    </message>
    <message>
        <source>True or false? The card “%1” names the place %2.</source>
        <translation>Шын ба, жалған ба? «%1» карточкасында %2 орны аталады.</translation>
    </message>
    <message>
        <source>True or false? “%1” dates from the %2s.</source>
        <translation>Шын ба, жалған ба? «%1» %2 жылдарға жатады.</translation>
    </message>
    <message>
        <source>True or false? The card “%1” is in the category “%2”.</source>
        <translation>Шын ба, жалған ба? «%1» карточкасы «%2» санатында.</translation>
    </message>
    <message>
        <source>Tap the cards from the earliest to the latest.</source>
        <translation>Карточкаларды ең ертесінен ең кешіне дейін түртіңіз.</translation>
    </message>
    <message>
        <source>Choose the cards from the earliest to the latest: click them, or press their numbers.</source>
        <translation>Карточкаларды ең ертесінен ең кешіне дейін таңдаңыз: оларды басыңыз немесе нөмірлерін басыңыз.</translation>
    </message>
    <message>
        <source>Press a number to answer.</source>
        <translation>Жауап беру үшін нөмірді басыңыз.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%2 сұрақтың %1-і</translation>
    </message>
    <message>
        <source>Start the order again</source>
        <translation>Ретті қайта бастау</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>There is no quiz: this collection has no cards.</source>
        <translation>Викторина жоқ: бұл жинақта карточка жоқ.</translation>
    </message>
    <message>
        <source>There is no quiz: the cards of this collection give no dates, places or categories to ask about.</source>
        <translation>Викторина жоқ: бұл жинақтың карточкаларында сұрақ қоятын күн, орын не санат жоқ.</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Дыбыс жазбасы</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-бет</translation>
    </message>
</context>
<context>
    <name>RemoteMediaPlaceholder</name>
    <message>
        <source>%1 kept online, not shown here</source>
        <translation>%1 интернетте сақталған, мұнда көрсетілмейді</translation>
    </message>
</context>
<context>
    <name>RoundEnd</name>
    <message>
        <source>End of the round</source>
        <translation>Раунд аяқталды</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2 сұрақтың %1-і дұрыс</translation>
    </message>
    <message>
        <source>Your best: %1 of %2</source>
        <translation>Ең жақсы нәтижеңіз: %2 сұрақтың %1-і</translation>
    </message>
    <message>
        <source>right</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Қайта ойнау</translation>
    </message>
    <message>
        <source>In order: %1</source>
        <translation>Ретімен: %1</translation>
    </message>
</context>
<context>
    <name>StartError</name>
    <message>
        <source>Italy–Kazakhstan Cultural Explorer</source>
        <translation>Италия–Қазақстан: мәдени жолнұсқа</translation>
    </message>
    <message>
        <source>The explorer cannot open its collection, so it cannot start.</source>
        <translation>Бағдарлама жинағын аша алмайды, сондықтан іске қосылмайды.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the explorer cannot start.</source>
        <translation>Күтпеген қате болды, сондықтан бағдарлама іске қосылмайды.</translation>
    </message>
    <message>
        <source>Its details are for whoever looks after the explorer; its log keeps them too.</source>
        <translation>Толық мәлімет бағдарламаға жауапты адамға арналған; ол бағдарлама журналында да сақталады.</translation>
    </message>
</context>
<context>
    <name>StoryList</name>
    <message>
        <source>Stories</source>
        <translation>Әңгімелер</translation>
    </message>
    <message>
        <source>Guided paths through the collection, one card at a time.</source>
        <translation>Жинақ бойынша жетекшілік ететін жолдар, бір уақытта бір карточка.</translation>
    </message>
    <message>
        <source>This collection has no stories yet.</source>
        <translation>Бұл жинақта әзірге әңгімелер жоқ.</translation>
    </message>
</context>
<context>
    <name>StoryPlayer</name>
    <message>
        <source>← All stories</source>
        <translation>← Барлық әңгімелер</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Алдыңғы</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Келесі →</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Карточканы ашу</translation>
    </message>
    <message>
        <source>Show on the timeline</source>
        <translation>Уақыт желісінде көрсету</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Картада көрсету</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Үйге алып кету</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Оқу парағы (PDF)…</translation>
    </message>
    <message>
        <source>Save this story as a study sheet (PDF)</source>
        <translation>Осы әңгімені оқу парағы ретінде сақтау (PDF)</translation>
    </message>
    <message>
        <source>Study sheet (PDF)</source>
        <translation>Оқу парағы (PDF)</translation>
    </message>
    <message>
        <source>Progress through the story</source>
        <translation>Әңгіме бойынша ілгерілеу</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2 қадамның %1-і</translation>
    </message>
    <message>
        <source>This card is not in the collection.</source>
        <translation>Бұл карточка жинақта жоқ.</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Әлі аударылмаған: ағылшынша көрсетілген.</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed.</source>
        <translation>Алдын ала аударма, әлі тексерілмеген.</translation>
    </message>
</context>
<context>
    <name>StoryTile</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%Ln қадам</numerusform>
            <numerusform>%Ln қадам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySheet</name>
    <message>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тілі: %1</translation>
    </message>
    <message>
        <source>Cards in this sheet: %1</source>
        <translation>Осы парақтағы карточкалар: %1</translation>
    </message>
    <message>
        <source>Only the first %1 of the %2 cards found are in this sheet.</source>
        <translation>Бұл парақта табылған %2 карточканың тек алғашқы %1-і бар.</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Менің жазбам:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Дереккөздер: %1</translation>
    </message>
    <message>
        <source>Illustration made for this collection · Licence: %1</source>
        <translation>Осы жинаққа арналып салынған сурет · Лицензия: %1</translation>
    </message>
    <message>
        <source>%1 · Licence: %2</source>
        <translation>%1 · Лицензия: %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · %3 беттің %2-і</translation>
    </message>
</context>
<context>
    <name>StudySheetSaver</name>
    <message>
        <source>Save the study sheet</source>
        <translation>Оқу парағын сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Study sheet</source>
        <translation>Оқу парағы</translation>
    </message>
    <message>
        <source>The study sheet could not be written.</source>
        <translation>Оқу парағын жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Scan to keep the sources</source>
        <translation>Дереккөздерді сақтау үшін сканерлеңіз</translation>
    </message>
    <message>
        <source>None of these sources has an address to keep.</source>
        <translation>Бұл дереккөздердің ешқайсысында сақтайтын мекенжай жоқ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
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
    <name>TimelineOptionsDialog</name>
    <message>
        <source>Import a timeline</source>
        <translation>Уақыт желісін импорттау</translation>
    </message>
    <message>
        <source>“%1” is converted into a content pack, then imported.</source>
        <translation>«%1» мазмұн топтамасына түрлендіріліп, содан кейін импортталады.</translation>
    </message>
    <message>
        <source>Language of its texts</source>
        <translation>Мәтіндерінің тілі</translation>
    </message>
    <message>
        <source>Language of its texts:</source>
        <translation>Мәтіндерінің тілі:</translation>
    </message>
    <message>
        <source>The timeline&apos;s own title</source>
        <translation>Уақыт желісінің өз атауы</translation>
    </message>
    <message>
        <source>Title of the pack</source>
        <translation>Топтаманың атауы</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Not stated in the source</source>
        <translation>Дереккөзде көрсетілмеген</translation>
    </message>
    <message>
        <source>Licence of the timeline</source>
        <translation>Уақыт желісінің лицензиясы</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензиясы:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
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
            <numerusform>Күні көрсетілген %Ln карточка</numerusform>
            <numerusform>Күні көрсетілген %Ln карточка</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%Ln оқиға: жақындату үшін түртіңіз</numerusform>
            <numerusform>%Ln оқиға: жақындату үшін түртіңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт желісі</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%Ln оқиға: жақындату үшін басыңыз</numerusform>
            <numerusform>%Ln оқиға: жақындату үшін басыңыз</numerusform>
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
    <name>WarningWords</name>
    <message numerus="yes">
        <source>%n text(s) of the pack may need a look (markup in plain text); the log lists them.</source>
        <translation>
            <numerusform>Топтаманың %Ln мәтінін тексеру керек болуы мүмкін (қарапайым мәтіндегі белгілеу); олар журналда көрсетілген.</numerusform>
            <numerusform>Топтаманың %Ln мәтінін тексеру керек болуы мүмкін (қарапайым мәтіндегі белгілеу); олар журналда көрсетілген.</numerusform>
        </translation>
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
        <source>Everything in the timeline was carried over.</source>
        <translation>Уақыт желісіндегі барлығы көшірілді.</translation>
    </message>
    <message>
        <source>Things in the timeline not carried over as they were: %1 (%2). The log lists them.</source>
        <translation>Уақыт желісіндегі бастапқы күйінде көшірілмегендер: %1 (%2). Журналда олардың тізімі бар.</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Мазмұн пакетін импорттау</translation>
    </message>
    <message>
        <source>Content packs and timelines (*.zip manifest.json *.json *.csv *.xml)</source>
        <translation>Мазмұн пакеттері мен уақыт желілері (*.zip manifest.json *.json *.csv *.xml)</translation>
    </message>
    <message>
        <source>Content packs (*.zip manifest.json)</source>
        <translation>Мазмұн пакеттері (*.zip manifest.json)</translation>
    </message>
    <message>
        <source>TimelineJS or SIMILE timelines (*.json *.csv *.xml)</source>
        <translation>TimelineJS немесе SIMILE уақыт желілері (*.json *.csv *.xml)</translation>
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
        <source>Nothing was imported: the timeline could not be converted: %1</source>
        <translation>Ештеңе импортталған жоқ: уақыт желісін түрлендіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталған жоқ: %1</translation>
    </message>
</context>
</TS>
