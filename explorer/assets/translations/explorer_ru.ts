<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActiveFilters</name>
    <message>
        <source>Filters in effect</source>
        <translation>Действующие фильтры</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Сбросить все</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Убрать все фильтры</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Убрать фильтр %1</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>in English</source>
        <translation>на английском</translation>
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
        <translation>Иллюстрация, созданная для этой коллекции · Лицензия: %1</translation>
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
        <translation>Ещё не переведено: показано на английском.</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed.</source>
        <translation>Черновой перевод, ещё не проверен.</translation>
    </message>
    <message>
        <source>The full text is in English:</source>
        <translation>Полный текст на английском:</translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation>Связанные карточки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Цитировать…</translation>
    </message>
    <message>
        <source>Cite this card or one of its sources</source>
        <translation>Процитировать эту карточку или один из её источников</translation>
    </message>
    <message>
        <source>publisher not named</source>
        <translation>издатель не указан</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Взять с собой</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
</context>
<context>
    <name>CardKeeping</name>
    <message>
        <source>New collection…</source>
        <translation>Новая подборка…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Новая подборка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <source>Starred: press to unstar</source>
        <translation>Отмечено: нажмите, чтобы снять отметку</translation>
    </message>
    <message>
        <source>Star this card</source>
        <translation>Отметить эту карточку звездой</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Добавить в подборку…</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Добавить в подборку</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Учебный лист (PDF)…</translation>
    </message>
    <message>
        <source>Save the cards shown as a study sheet (PDF)</source>
        <translation>Сохранить показанные карточки как учебный лист (PDF)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>%Ln карточка по запросу «%1»</numerusform>
            <numerusform>%Ln карточки по запросу «%1»</numerusform>
            <numerusform>%Ln карточек по запросу «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%Ln карточка</numerusform>
            <numerusform>%Ln карточки</numerusform>
            <numerusform>%Ln карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · filtered</source>
        <translation>%1 · с фильтрами</translation>
    </message>
    <message>
        <source>No card matches. Try fewer letters, or clear the filters.</source>
        <translation>Ничего не найдено. Введите меньше букв или сбросьте фильтры.</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Show category %1</source>
        <translation>Показать категорию «%1»</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save the chart “%1” as PNG</source>
        <translation>Сохранить диаграмму «%1» как PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Сохранить эту диаграмму как изображение PNG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить диаграмму как PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Диаграмма не сохранена</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Не удалось сохранить диаграмму в %1.</translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite this card</source>
        <translation>Процитировать эту карточку</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Эта карточка</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Источник %1: %2</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>Что цитировать</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>Цитировать:</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Стиль цитирования</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Стиль:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Скопировать цитату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>ContentNotices</name>
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>База данных содержимого была повреждена (%1) и восстановлена из встроенной коллекции и %Ln импортированного пакета.</numerusform>
            <numerusform>База данных содержимого была повреждена (%1) и восстановлена из встроенной коллекции и %Ln импортированных пакетов.</numerusform>
            <numerusform>База данных содержимого была повреждена (%1) и восстановлена из встроенной коллекции и %Ln импортированных пакетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>These packs were imported by an earlier version that did not keep them, and must be imported again: %1.</source>
        <translation>Эти пакеты были импортированы прежней версией, которая их не сохраняла, и их нужно импортировать снова: %1.</translation>
    </message>
    <message>
        <source>The content could not be brought up to date because %1 (%2); it is shown as it was.</source>
        <translation>Не удалось обновить содержимое, потому что %1 (%2); оно показано в прежнем виде.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot take the collection because %2 (%3); it was built in a temporary folder for this session only.</source>
        <translation>Папка данных %1 не может вместить коллекцию, потому что %2 (%3); коллекция создана во временной папке только на этот сеанс.</translation>
    </message>
    <message numerus="yes">
        <source>The list of imported packs was damaged (%1) and was made again from the %n pack archive(s) kept in %2.</source>
        <translation>
            <numerusform>Список импортированных пакетов был повреждён (%1) и составлен заново по %Ln архиву пакета из папки %2.</numerusform>
            <numerusform>Список импортированных пакетов был повреждён (%1) и составлен заново по %Ln архивам пакетов из папки %2.</numerusform>
            <numerusform>Список импортированных пакетов был повреждён (%1) и составлен заново по %Ln архивам пакетов из папки %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported pack “%1” could not be read again and is not shown (%2). Its archive is kept at %3.</source>
        <translation>Импортированный пакет «%1» не удалось прочитать снова, и он не показан (%2). Его архив сохранён: %3.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Keep exploring</source>
        <translation>Продолжить знакомство</translation>
    </message>
    <message numerus="yes">
        <source>The explorer starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Через %Ln секунду всё начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %Ln секунды всё начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %Ln секунд всё начнётся заново для следующего посетителя.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 BC</source>
        <translation>%1 до н. э.</translation>
    </message>
    <message>
        <source>%1 Ga</source>
        <translation>%1 млрд л. н.</translation>
    </message>
    <message>
        <source>%1 Ma</source>
        <translation>%1 млн л. н.</translation>
    </message>
    <message>
        <source>%1 ka</source>
        <translation>%1 тыс. л. н.</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>%1-е годы</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>весна %1 г.</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>лето %1 г.</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>осень %1 г.</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>зима %1 г.</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>ок. %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>после %1</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>запланировано на %1 г.</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (предположительно)</translation>
    </message>
    <message>
        <source>c. %1 (uncertain)</source>
        <translation>ок. %1 (предположительно)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>“%1”, the card says: %2</source>
        <translation>«%1», в карточке сказано: %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Refine the results</source>
        <translation>Уточнить результаты</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Уточнить</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message numerus="yes">
        <source>%n more with fewer cards: search finds them</source>
        <translation>
            <numerusform>ещё %Ln с меньшим числом карточек: воспользуйтесь поиском</numerusform>
            <numerusform>ещё %Ln с меньшим числом карточек: воспользуйтесь поиском</numerusform>
            <numerusform>ещё %Ln с меньшим числом карточек: воспользуйтесь поиском</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValues</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %Ln карточка</numerusform>
            <numerusform>%1, %Ln карточки</numerusform>
            <numerusform>%1, %Ln карточек</numerusform>
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
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Both countries</source>
        <translation>Обе страны</translation>
    </message>
    <message>
        <source>Neither country</source>
        <translation>Ни одна из двух стран</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Произведение</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number, its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source: %1 · Dated %2</source>
        <translation>Источник: %1 · Дата: %2</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Every figure of the charts, one a row; Enter opens its card</source>
        <translation>Все показатели диаграмм, по одному в строке; Enter открывает его карточку</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Show as charts</source>
        <translation>Показать диаграммами</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Показать таблицей</translation>
    </message>
    <message>
        <source>Show the same figures as charts</source>
        <translation>Показать те же показатели диаграммами</translation>
    </message>
    <message>
        <source>Show the same figures as a table</source>
        <translation>Показать те же показатели таблицей</translation>
    </message>
    <message>
        <source>By the numbers</source>
        <translation>В цифрах</translation>
    </message>
    <message>
        <source>Figures from the collection&apos;s cards, each with its source and date</source>
        <translation>Показатели из карточек коллекции, каждый со своим источником и датой</translation>
    </message>
    <message>
        <source>This collection has no figures to chart.</source>
        <translation>В этой коллекции нет показателей для диаграмм.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a figure&apos;s label, its date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a theme, the unit of its numbers</comment>
        <translation>%1, в единицах: %2</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Reading the timeline…</source>
        <translation>Чтение хронологии…</translation>
    </message>
    <message>
        <source>Converting the timeline…</source>
        <translation>Преобразование хронологии…</translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <source>Keeping a copy of it</source>
        <translation>Сохранение копии пакета</translation>
    </message>
    <message>
        <source>Storing its pictures</source>
        <translation>Сохранение изображений</translation>
    </message>
    <message>
        <source>Importing its cards</source>
        <translation>Импорт карточек</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Построение поискового индекса</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>Импорт %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>You already have a collection named “%1” with other cards.</source>
        <translation>У вас уже есть подборка «%1» с другими карточками.</translation>
    </message>
    <message>
        <source>Your note on %1 differs from the imported one.</source>
        <translation>Ваша заметка о «%1» отличается от импортированной.</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Импорт подборки</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ваша:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортированная:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять импортированную</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить обе</translation>
    </message>
</context>
<context>
    <name>KioskPhrases</name>
    <message>
        <source>Touch to explore</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Italy–Kazakhstan Cultural Explorer</source>
        <translation>Италия–Казахстан: культурный путеводитель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Could not save to My collection (%1).</source>
        <translation>Не удалось сохранить в «Мою коллекцию» (%1).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Век</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Десятилетие</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Search is unavailable: its index could not be read (%1).</source>
        <translation>Поиск недоступен: не удалось прочитать его индекс (%1).</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>The places could not be read (%1).</source>
        <translation>Не удалось прочитать места (%1).</translation>
    </message>
    <message>
        <source>Italy and Kazakhstan</source>
        <translation>Италия и Казахстан</translation>
    </message>
    <message>
        <source>Show Italy and Kazakhstan together (Home)</source>
        <translation>Показать Италию и Казахстан вместе (Home)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <source>Show as map</source>
        <translation>Показать картой</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Показать списком</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Show these cards</source>
        <translation>Показать эти карточки</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%Ln место на карте</numerusform>
            <numerusform>%Ln места на карте</numerusform>
            <numerusform>%Ln мест на карте</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the timeline&apos;s period</source>
        <translation>Только период хронологии</translation>
    </message>
    <message>
        <source>Show only the places of cards of the period the timeline shows</source>
        <translation>Показывать только места карточек того периода, который показывает хронология</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Любой период</translation>
    </message>
    <message>
        <source>Cards of the timeline&apos;s period: %1 – %2</source>
        <translation>Карточки периода хронологии: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) here</source>
        <translation>
            <numerusform>Здесь %Ln карточка</numerusform>
            <numerusform>Здесь %Ln карточки</numerusform>
            <numerusform>Здесь %Ln карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; “Show these cards” shows them all.</source>
        <translation>Перечислены первые %1; «Показать эти карточки» покажет все.</translation>
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
        <translation>Отмеченные</translation>
    </message>
    <message>
        <source>No starred cards yet: star a card on its page.</source>
        <translation>Отмеченных карточек пока нет: отметьте карточку на её странице.</translation>
    </message>
    <message>
        <source>This collection is empty: add cards from their pages.</source>
        <translation>Эта подборка пуста: добавляйте карточки с их страниц.</translation>
    </message>
    <message>
        <source>No card here matches the search.</source>
        <translation>Здесь нет карточек, подходящих под запрос.</translation>
    </message>
    <message>
        <source>Missing card</source>
        <translation>Карточка отсутствует</translation>
    </message>
    <message>
        <source>%1 is no longer in the content</source>
        <translation>%1 больше нет в содержимом</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Новая подборка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Переименовать подборку</translation>
    </message>
    <message>
        <source>Delete collection?</source>
        <translation>Удалить подборку?</translation>
    </message>
    <message>
        <source>Delete the collection “%1”?</source>
        <translation>Удалить подборку «%1»?</translation>
    </message>
    <message>
        <source>Its cards stay in the content, and your notes on them are kept.</source>
        <translation>Её карточки останутся в содержимом, а ваши заметки о них сохранятся.</translation>
    </message>
    <message>
        <source>Export my collection</source>
        <translation>Экспорт моей коллекции</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>My collection could not be exported.</source>
        <translation>Не удалось экспортировать мою коллекцию.</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Импорт подборки</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Этот файл нельзя импортировать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was changed.</source>
        <translation>Импорт не удался. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>Save this list as a study sheet (PDF)</source>
        <translation>Сохранить этот список как учебный лист (PDF)</translation>
    </message>
    <message>
        <source>With my notes</source>
        <translation>С моими заметками</translation>
    </message>
    <message>
        <source>Print my notes in the study sheet</source>
        <translation>Напечатать мои заметки в учебном листе</translation>
    </message>
    <message>
        <source>My collection</source>
        <translation>Моя коллекция</translation>
    </message>
    <message>
        <source>Starred cards and my collections</source>
        <translation>Отмеченные карточки и мои подборки</translation>
    </message>
    <message>
        <source>Cards of the chosen list</source>
        <translation>Карточки выбранного списка</translation>
    </message>
    <message>
        <source>Search my collection</source>
        <translation>Поиск в моей коллекции</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Новая подборка…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Учебный лист (PDF)…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Переместить вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Переместить вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove from this list (Delete)</source>
        <translation>Убрать из этого списка (Delete)</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>My collection</source>
        <translation>Моя коллекция</translation>
    </message>
    <message>
        <source>%1 (coming soon)</source>
        <translation>%1 (скоро)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>MY NOTE</source>
        <translation>МОЯ ЗАМЕТКА</translation>
    </message>
    <message>
        <source>My note on this card</source>
        <translation>Моя заметка к этой карточке</translation>
    </message>
    <message>
        <source>Write a private note on this card…</source>
        <translation>Напишите личную заметку к этой карточке…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Экранная клавиатура</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Other alphabet</source>
        <translation>Другой алфавит</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>PackProblems</name>
    <message>
        <source>%1 is not a date; write e.g. 2025-09-29, 2025-09, 2025, -500, circa 1254, before 1992-06, after 2022 or planned 2026</source>
        <translation>%1 — не дата; пишите, например, 2025-09-29, 2025-09, 2025, -500, circa 1254, before 1992-06, after 2022 или planned 2026</translation>
    </message>
    <message>
        <source>there is no year 0: 1 BC is -1</source>
        <translation>года 0 не бывает: 1 год до н. э. — это -1</translation>
    </message>
    <message>
        <source>year %1 is out of range: years go up to %2 either side of year 1</source>
        <translation>год %1 вне допустимого диапазона: допускаются годы до %2 в обе стороны от 1 года</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>для дня нужен месяц</translation>
    </message>
    <message>
        <source>month %1 is not between 1 and 12</source>
        <translation>месяц %1 не лежит между 1 и 12</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>дня %1 нет в %2</translation>
    </message>
    <message>
        <source>a time of day needs a day</source>
        <translation>для времени суток нужен день</translation>
    </message>
    <message>
        <source>a date in ka or Ma has no month or day</source>
        <translation>у даты в ka или Ma не бывает месяца и дня</translation>
    </message>
    <message>
        <source>%1 cannot cover %2 units: a year with unspecified digits covers 10, 100 or 1000 years from a positive year, a season 3 months</source>
        <translation>%1 не может охватывать %2 ед.: год с неуказанными цифрами охватывает 10, 100 или 1000 лет начиная с положительного года, сезон — 3 месяца</translation>
    </message>
    <message>
        <source>%1 is an interval, not a date: write its first date as the start and its last as the end, or put the interval in dates</source>
        <translation>%1 — интервал, а не дата: запишите его первую дату в start, а последнюю — в end или поместите интервал в dates</translation>
    </message>
    <message>
        <source>the end %1 comes before the start %2</source>
        <translation>конец %1 раньше начала %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of years before present</source>
        <translation>%1 — не целое число лет до настоящего времени</translation>
    </message>
    <message>
        <source>%1 has both a word and an EDTF mark for its qualifier; write one of them</source>
        <translation>в %1 уточнение задано и словом, и знаком EDTF; напишите что-то одно</translation>
    </message>
    <message>
        <source>%1: unspecified digits (X) end a year of four digits or more after year 1, as in 201X or 19XX</source>
        <translation>%1: неуказанные цифры (X) стоят только в конце года из четырёх и более цифр после 1 года, как в 201X или 19XX</translation>
    </message>
    <message>
        <source>%1: a year with unspecified digits has no month</source>
        <translation>%1: у года с неуказанными цифрами не бывает месяца</translation>
    </message>
    <message>
        <source>%1: an unspecified month has no day</source>
        <translation>%1: у неуказанного месяца не бывает дня</translation>
    </message>
    <message>
        <source>%1: a season has no day</source>
        <translation>%1: у сезона не бывает дня</translation>
    </message>
    <message>
        <source>%1: of EDTF&apos;s seasons only 21 to 24 (spring, summer, autumn, winter) are understood</source>
        <translation>%1: из сезонов EDTF понимаются только с 21 по 24 (весна, лето, осень, зима)</translation>
    </message>
    <message>
        <source>is empty; write a version such as 1.0.0</source>
        <translation>— пустая строка; напишите версию вида 1.0.0</translation>
    </message>
    <message>
        <source>is %1 characters long; a version has at most %2, e.g. 1.0.0</source>
        <translation>— длина %1 симв.; в версии не более %2, например 1.0.0</translation>
    </message>
    <message>
        <source>contains U+%1 at character %2; a version is written with the letters a-z, digits and . - _ +, e.g. 1.0.0 or 2.1.0-beta</source>
        <translation>— содержит U+%1 в позиции %2; версия пишется буквами a-z, цифрами и знаками . - _ +, например 1.0.0 или 2.1.0-beta</translation>
    </message>
    <message>
        <source>has no digits or letters; write a version such as 1.0.0</source>
        <translation>— нет ни цифр, ни букв; напишите версию вида 1.0.0</translation>
    </message>
    <message>
        <source>has a number of %1 digits; each number in a version has at most %2 digits</source>
        <translation>— содержит число из %1 цифр; каждое число в версии — не более %2 цифр</translation>
    </message>
    <message>
        <source>the title has text in &apos;%1&apos; but no translation status for it; give &apos;draft&apos; or &apos;reviewed&apos;</source>
        <translation>у заголовка есть текст на &apos;%1&apos;, но нет статуса перевода для него; укажите &apos;draft&apos; или &apos;reviewed&apos;</translation>
    </message>
    <message>
        <source>give either countries (a list of codes) or country (one code), not both</source>
        <translation>укажите либо countries (список кодов), либо country (один код), но не оба поля</translation>
    </message>
    <message>
        <source>required but missing: give countries, a list of ISO 3166 codes such as [&quot;IT&quot;] or [&quot;IT&quot;, &quot;KZ&quot;] (or country, one code)</source>
        <translation>обязательно, но отсутствует: укажите countries — список кодов ISO 3166, например [&quot;IT&quot;] или [&quot;IT&quot;, &quot;KZ&quot;] (или country — один код)</translation>
    </message>
    <message>
        <source>give either waypoints or places (the older name of waypoints), not both</source>
        <translation>укажите либо waypoints, либо places (прежнее название waypoints), но не оба поля</translation>
    </message>
    <message>
        <source>give either file (a picture in the pack) or url (a remote medium), not both</source>
        <translation>укажите либо file (изображение в пакете), либо url (удалённый медиаресурс), но не оба поля</translation>
    </message>
    <message>
        <source>required but missing: give file (a picture in the pack&apos;s media/ folder) or url (the web address of a remote medium, with its kind)</source>
        <translation>обязательно, но отсутствует: укажите file (изображение в папке media/ пакета) или url (веб-адрес удалённого медиаресурса вместе с его типом в kind)</translation>
    </message>
    <message>
        <source>required with url: say what the remote medium is, one of %1</source>
        <translation>обязательно при url: укажите, что это за удалённый медиаресурс, — одно из: %1</translation>
    </message>
    <message>
        <source>only a remote medium (with url) has a kind; a file is always a picture</source>
        <translation>тип (kind) бывает только у удалённого медиаресурса (с url); файл — это всегда изображение</translation>
    </message>
    <message>
        <source>null (leave the field out instead)</source>
        <translation>null (лучше вовсе не указывать поле)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>должно быть: %1, а не: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>an id (text)</source>
        <translation>id (текст)</translation>
    </message>
    <message>
        <source>%1 is not a valid id: it is %2 characters long; at most %3 are allowed</source>
        <translation>%1 — недопустимый id: его длина %2 симв.; допускается не более %3</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lower-case letters, digits and single hyphens, e.g. abai-monument-rome</source>
        <translation>%1 — недопустимый id: используйте строчные буквы, цифры и одиночные дефисы, например abai-monument-rome</translation>
    </message>
    <message>
        <source>a card id (text)</source>
        <translation>id карточки (текст)</translation>
    </message>
    <message>
        <source>%1 is not a card reference: its pack id %2; write a card id, or pack-id:card-id for a card of another pack</source>
        <translation>%1 — не ссылка на карточку: её id пакета: %2; напишите id карточки или pack-id:card-id для карточки другого пакета</translation>
    </message>
    <message>
        <source>%1 is not a card reference: its card id %2; write a card id, or pack-id:card-id for a card of another pack</source>
        <translation>%1 — не ссылка на карточку: её id карточки: %2; напишите id карточки или pack-id:card-id для карточки другого пакета</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos;, not %2</source>
        <translation>должно быть &apos;%1&apos;, а не %2</translation>
    </message>
    <message>
        <source>%1 is not a kind; use one of %2</source>
        <translation>%1 — не вид; используйте одно из: %2</translation>
    </message>
    <message>
        <source>%1 is not a side; use one of %2</source>
        <translation>%1 — не сторона; используйте одно из: %2</translation>
    </message>
    <message>
        <source>%1 is not a translation status; use one of %2</source>
        <translation>%1 — не статус перевода; используйте одно из: %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <source>a colour written #rrggbb</source>
        <translation>цвет в виде #rrggbb</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it #rrggbb, e.g. #1f77b4</source>
        <translation>%1 — не цвет; запишите его как #rrggbb, например #1f77b4</translation>
    </message>
    <message>
        <source>a two-letter country code</source>
        <translation>двухбуквенный код страны</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code; use two capital letters, e.g. IT or KZ</source>
        <translation>%1 — не код страны ISO 3166; используйте две заглавные буквы, например IT или KZ</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <source>%1 is not a web address (%2)</source>
        <translation>%1 — не веб-адрес (%2)</translation>
    </message>
    <message>
        <source>%1 is not a web address starting with http:// or https://</source>
        <translation>%1 — не веб-адрес, начинающийся с http:// или https://</translation>
    </message>
    <message>
        <source>a version written as text, e.g. 1.0.0</source>
        <translation>версия, записанная текстом, например 1.0.0</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value, then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a path such as media/abai.png</source>
        <translation>путь вида media/abai.png</translation>
    </message>
    <message>
        <source>%1 must be inside the media/ folder, e.g. media/abai.png</source>
        <translation>%1 должен находиться в папке media/, например media/abai.png</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 — слишком большое число</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 — не конечное число</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 не лежит между %2 и %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a date written as text, e.g. 2025-09-29 or circa 1254</source>
        <translation>дата, записанная текстом, например 2025-09-29 или circa 1254</translation>
    </message>
    <message>
        <source>an object with a label and a date, e.g. {&quot;label&quot;: {&quot;en&quot;: &quot;built&quot;}, &quot;date&quot;: &quot;1389/1405&quot;}</source>
        <translation>объект с подписью и датой, например {&quot;label&quot;: {&quot;en&quot;: &quot;built&quot;}, &quot;date&quot;: &quot;1389/1405&quot;}</translation>
    </message>
    <message>
        <source>%1 is not a kind of medium; use one of %2</source>
        <translation>%1 — не тип медиаресурса; используйте одно из: %2</translation>
    </message>
    <message>
        <source>%1 is not a way to draw a route; use one of %2</source>
        <translation>%1 — не способ рисовать маршрут; используйте одно из: %2</translation>
    </message>
    <message>
        <source>%1 is not a date: it is %2 characters long; at most %3 are allowed</source>
        <translation>%1 — не дата: её длина %2 симв.; допускается не более %3</translation>
    </message>
    <message>
        <source>source ids</source>
        <translation>id источников</translation>
    </message>
    <message numerus="yes">
        <source>lists %n source id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln id источника; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln id источника; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln id источников; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>place ids</source>
        <translation>id мест</translation>
    </message>
    <message numerus="yes">
        <source>lists %n place id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln id места; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln id места; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln id мест; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>card ids</source>
        <translation>id карточек</translation>
    </message>
    <message numerus="yes">
        <source>lists %n card id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln id карточки; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln id карточки; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln id карточек; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>texts</source>
        <translation>текстов</translation>
    </message>
    <message numerus="yes">
        <source>lists %n text(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln текст; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln текста; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln текстов; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>labelled dates</source>
        <translation>дат с подписью</translation>
    </message>
    <message numerus="yes">
        <source>lists %n labelled date(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln дата с подписью; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln даты с подписью; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln дат с подписью; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>language codes</source>
        <translation>кодов языков</translation>
    </message>
    <message numerus="yes">
        <source>lists %n language code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln код языка; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln кода языков; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln кодов языков; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must list at least one source</source>
        <translation>должно перечислять хотя бы один источник</translation>
    </message>
    <message>
        <source>must list at least two places</source>
        <translation>должно перечислять хотя бы два места</translation>
    </message>
    <message>
        <source>country codes</source>
        <translation>кодов стран</translation>
    </message>
    <message numerus="yes">
        <source>lists %n country code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>в списке %Ln код страны; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln кода стран; здесь допускается не более %1</numerusform>
            <numerusform>в списке %Ln кодов стран; здесь допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must list at least one country code, e.g. [&quot;IT&quot;]</source>
        <translation>должно перечислять хотя бы один код страны, например [&quot;IT&quot;]</translation>
    </message>
    <message>
        <source>lists a country more than once</source>
        <translation>страна в списке встречается более одного раза</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>список %1</translation>
    </message>
    <message>
        <source>lists %1 more than once</source>
        <translation>в списке %1 встречается более одного раза</translation>
    </message>
    <message>
        <source>has the unknown field(s) %1; a labelled date has a label and a date</source>
        <translation>есть неизвестные поля: %1; у даты с подписью есть только поля label и date</translation>
    </message>
    <message>
        <source>has no %1; a labelled date has a label and a date</source>
        <translation>нет поля %1; у даты с подписью есть поля label и date</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>label: %1</translation>
    </message>
    <message>
        <source>date: %1 is %2 characters long; at most %3 are allowed</source>
        <translation>date: длина %1 — %2 симв.; допускается не более %3</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>date: %1</translation>
    </message>
    <message>
        <source>must list at least one language</source>
        <translation>должно перечислять хотя бы один язык</translation>
    </message>
    <message>
        <source>lists a language more than once</source>
        <translation>язык в списке встречается более одного раза</translation>
    </message>
    <message>
        <source>must include &apos;%1&apos;: English texts are required in every pack</source>
        <translation>должно включать &apos;%1&apos;: английские тексты обязательны в каждом пакете</translation>
    </message>
    <message>
        <source>list item %1: %2</source>
        <translation>элемент списка %1: %2</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>код языка</translation>
    </message>
    <message>
        <source>%1 is not a language code such as en, it, kk or ru</source>
        <translation>%1 — не код языка вроде en, it, kk или ru</translation>
    </message>
    <message>
        <source>%1 is not one of the pack&apos;s languages (%2)</source>
        <translation>%1 — не один из языков пакета (%2)</translation>
    </message>
    <message>
        <source>an object from language to text, e.g. {&quot;en&quot;: &quot;…&quot;, &quot;it&quot;: &quot;…&quot;}</source>
        <translation>объект «язык → текст», например {&quot;en&quot;: &quot;…&quot;, &quot;it&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>has texts in %1 languages; at most %2 are allowed</source>
        <translation>число языков с текстами: %1; допускается не более %2</translation>
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
        <translation>английский текст (&apos;%1&apos;) обязателен</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>обязательно, но отсутствует</translation>
    </message>
    <message>
        <source>unknown field; did you mean &apos;%1&apos;?</source>
        <translation>неизвестное поле; может быть, имелось в виду &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unknown field; the fields here are %1</source>
        <translation>неизвестное поле; здесь есть поля: %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>элемент %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 is not allowed</source>
        <translation>недопустимый JSON: %1 не разрешено</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1 is not UTF-8)</source>
        <translation>не текст в UTF-8 (байт %1 — не UTF-8)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>недопустимый JSON: %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>недопустимый JSON: слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>ожидалось значение</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>ожидался разделитель &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>ожидался разделитель &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>ожидалось имя свойства в двойных кавычках</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>лишние данные</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>незакрытая строка</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>недопустимый управляющий символ</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>недопустимая последовательность \escape</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>недопустимая последовательность \uXXXX</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>лишняя запятая перед концом объекта</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>лишняя запятая перед концом массива</translation>
    </message>
    <message>
        <source>The bundled collection %1 has no manifest</source>
        <translation>У встроенной коллекции %1 нет манифеста</translation>
    </message>
    <message>
        <source>it holds the folder the explorer keeps packs in (%1)</source>
        <translation>в нём находится папка, где программа хранит пакеты (%1)</translation>
    </message>
    <message>
        <source>gives no id and version</source>
        <translation>не указывает id и версию</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of the bundled collection, which is version %2; %3 is older and would never be shown.</source>
        <translation>&apos;%1&apos; — id встроенной коллекции версии %2; %3 старше и никогда не будет показан.</translation>
    </message>
    <message>
        <source>The collection cannot be opened: the data folder %1 cannot take it because %2 (%3), and a temporary copy failed too (%4).</source>
        <translation>Коллекцию нельзя открыть: папка данных %1 не может её вместить, потому что %2 (%3), и временную копию создать тоже не удалось (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (version %2, %n card(s))</source>
        <translation>
            <numerusform>%1 (версия %2, %Ln карточка)</numerusform>
            <numerusform>%1 (версия %2, %Ln карточки)</numerusform>
            <numerusform>%1 (версия %2, %Ln карточек)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is the id of the bundled collection (%2, %n card(s)). Importing %3 would replace it.</source>
        <translation>
            <numerusform>&apos;%1&apos; — id встроенной коллекции (%2, %Ln карточка). Импорт %3 заменит её.</numerusform>
            <numerusform>&apos;%1&apos; — id встроенной коллекции (%2, %Ln карточки). Импорт %3 заменит её.</numerusform>
            <numerusform>&apos;%1&apos; — id встроенной коллекции (%2, %Ln карточек). Импорт %3 заменит её.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack with the id &apos;%1&apos; is already imported: %2, from %3. Importing %4 would replace it.</source>
        <translation>Пакет с id &apos;%1&apos; уже импортирован: %2, из %3. Импорт %4 заменит его.</translation>
    </message>
    <message>
        <source>The pack changed while it was imported (it said %1, then &apos;%2&apos; version %3). Nothing was changed.</source>
        <translation>Пакет изменился во время импорта (сначала было %1, затем &apos;%2&apos; версии %3). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full: the pack could not be written into %1. Nothing was changed; free some space and try again.</source>
        <translation>Диск заполнен: пакет не удалось записать в %1. Ничего не изменено; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written (%2). Nothing was changed.</source>
        <translation>В папку данных %1 нельзя записать (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The pack could not be written (%1). Nothing was changed.</source>
        <translation>Пакет не удалось записать (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>required but missing: a pack&apos;s manifest says &quot;format&quot;: &quot;%1&quot;</source>
        <translation>обязательно, но отсутствует: в манифесте пакета указывается &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a format this explorer reads; it must be &apos;%2&apos;</source>
        <translation>%1 — не формат, который читает эта программа; должно быть &apos;%2&apos;</translation>
    </message>
    <message>
        <source>required but missing: this explorer reads format version %1</source>
        <translation>обязательно, но отсутствует: эта программа читает версию формата %1</translation>
    </message>
    <message>
        <source>must be the whole number %1, not %2</source>
        <translation>должно быть целое число %1, а не: %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this explorer reads format version %2; a newer explorer may read it</source>
        <translation>версия формата %1 не поддерживается: эта программа читает версию формата %2; более новая версия программы, возможно, её прочтёт</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this explorer reads format version %2</source>
        <translation>версия формата %1 не поддерживается: эта программа читает версию формата %2</translation>
    </message>
    <message>
        <source>the picture is too large: more than %1 pixels, the most allowed, to protect against decompression bombs</source>
        <translation>изображение слишком велико: более %1 пикселей — это наибольший размер, допустимый для защиты от бомб декомпрессии</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (cannot identify image file)</source>
        <translation>не изображение PNG или JPEG (файл не распознан как изображение)</translation>
    </message>
    <message>
        <source>the picture is too large: %1 × %2 pixels (%3 megapixels); at most %4 pixels on a side and %5 megapixels in all are allowed</source>
        <translation>изображение слишком велико: %1 × %2 пикс. (%3 Мп); допускается не более %4 пикс. по стороне и %5 Мп всего</translation>
    </message>
    <message>
        <source>missing: a pack needs a manifest.json at its top level (in a zip, possibly inside one top-level folder)</source>
        <translation>отсутствует: пакету нужен manifest.json на верхнем уровне (в zip — возможно, внутри единственной папки верхнего уровня)</translation>
    </message>
    <message>
        <source>must hold a JSON object, not %1</source>
        <translation>должен содержать объект JSON, а не: %1</translation>
    </message>
    <message>
        <source>missing: every pack needs this file</source>
        <translation>отсутствует: этот файл нужен каждому пакету</translation>
    </message>
    <message>
        <source>must hold a JSON array of objects, not %1</source>
        <translation>должен содержать массив объектов JSON, а не: %1</translation>
    </message>
    <message>
        <source>the line is longer than %1, the most one record may take (a record is one line: a line break inside a record must be written \n)</source>
        <translation>строка длиннее %1 — наибольшего размера одной записи (запись — это одна строка: перевод строки внутри записи пишется как \n)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s); the most allowed in %1 is %2</source>
        <translation>
            <numerusform>содержит %Ln элемент; в %1 допускается не более %2</numerusform>
            <numerusform>содержит %Ln элемента; в %1 допускается не более %2</numerusform>
            <numerusform>содержит %Ln элементов; в %1 допускается не более %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s), bringing the pack to %1; the most allowed in all its files together is %2</source>
        <translation>
            <numerusform>содержит %Ln элемент, и в пакете их становится %1; во всех его файлах вместе допускается не более %2</numerusform>
            <numerusform>содержит %Ln элемента, и в пакете их становится %1; во всех его файлах вместе допускается не более %2</numerusform>
            <numerusform>содержит %Ln элементов, и в пакете их становится %1; во всех его файлах вместе допускается не более %2</numerusform>
        </translation>
    </message>
    <message>
        <source>holds more than %1 cards, the most a pack may hold</source>
        <translation>содержит более %1 карточек — больше, чем может содержать пакет</translation>
    </message>
    <message>
        <source>holds more than %1 %2 records, the most a pack may hold</source>
        <translation>содержит более %1 записей %2 — больше, чем может содержать пакет</translation>
    </message>
    <message>
        <source>brings the pack to more than %1 records, the most allowed in all its files together</source>
        <translation>доводит число записей в пакете до более чем %1 — больше, чем допускается во всех его файлах вместе</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>должен быть объектом, а не: %1</translation>
    </message>
    <message>
        <source>both ends are cards of other packs; a link must start or end at a card of this pack</source>
        <translation>оба конца — карточки других пакетов; связь должна начинаться или заканчиваться на карточке этого пакета</translation>
    </message>
    <message>
        <source>holds markup (%1) in a plain-text field: it is shown exactly as written, tags and all; write plain text (a blank line between paragraphs)</source>
        <translation>содержит разметку (%1) в поле простого текста: текст показывается в точности как написан, вместе с тегами; пишите простой текст (абзацы разделяйте пустой строкой)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>шаг %1: %2</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; keep only one</source>
        <translation>ключ %1 встречается в одном объекте дважды; оставьте только один</translation>
    </message>
    <message>
        <source>the id is used twice in this file (%1); ids must be unique within a file</source>
        <translation>id использован в этом файле дважды (%1); id должны быть уникальны в пределах файла</translation>
    </message>
    <message>
        <source>unknown category %1</source>
        <translation>неизвестная категория %1</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>неизвестный источник %1</translation>
    </message>
    <message>
        <source>unknown place %1</source>
        <translation>неизвестное место %1</translation>
    </message>
    <message>
        <source>unknown picture %1</source>
        <translation>неизвестное изображение %1</translation>
    </message>
    <message>
        <source>unknown card %1</source>
        <translation>неизвестная карточка %1</translation>
    </message>
    <message>
        <source>unknown lane %1; a card&apos;s lane must be the id of a lane in the pack&apos;s lanes.json</source>
        <translation>неизвестная дорожка %1; дорожка (lane) карточки должна быть id дорожки из файла lanes.json пакета</translation>
    </message>
    <message>
        <source>%1 line %2 and %3 line %4</source>
        <translation>%1, строка %2, и %3, строка %4</translation>
    </message>
    <message>
        <source>items %1 and %2</source>
        <translation>элементы %1 и %2</translation>
    </message>
    <message>
        <source>lines %1 and %2</source>
        <translation>строки %1 и %2</translation>
    </message>
    <message>
        <source>%1 (%2) version %3</source>
        <translation>%1 (%2), версия %3</translation>
    </message>
    <message>
        <source>is an empty path</source>
        <translation>— пустой путь</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>— содержит символ NUL</translation>
    </message>
    <message>
        <source>is an absolute path; write a path relative to the pack, e.g. media/abai.png</source>
        <translation>— абсолютный путь; напишите путь относительно пакета, например media/abai.png</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>— содержит обратную косую черту; разделяйте папки знаком /</translation>
    </message>
    <message>
        <source>points outside the pack (&apos;..&apos; is not allowed)</source>
        <translation>— указывает за пределы пакета (&apos;..&apos; не допускается)</translation>
    </message>
    <message>
        <source>is not a plain relative path (it has an empty or &apos;.&apos; part)</source>
        <translation>— не простой относительный путь (в нём есть пустая часть или &apos;.&apos;)</translation>
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
        <translation>распакованный пакет больше %1 — наибольшего допустимого размера</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link to somewhere outside the pack</source>
        <translation>&apos;%1&apos; — ссылка куда-то за пределы пакета</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; %2</source>
        <comment>a zip member&apos;s name, then what is wrong with it</comment>
        <translation>элемент архива &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <comment>a file&apos;s name, then what is wrong with it</comment>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (%2)</source>
        <translation>&apos;%1&apos; не читается (%2)</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most one file may hold</source>
        <translation>файл больше %1 — наибольшего допустимого размера одного файла</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the pack</source>
        <translation>&apos;%1&apos; нет в пакете</translation>
    </message>
    <message>
        <source>is a link to somewhere outside the pack</source>
        <translation>ссылка куда-то за пределы пакета</translation>
    </message>
    <message>
        <source>the zip holds %1 members; at most %2 are allowed</source>
        <translation>число элементов в zip-архиве: %1; допускается не более %2</translation>
    </message>
    <message>
        <source>the zip unpacks to %1; at most %2 are allowed</source>
        <translation>распакованный zip-архив занимает %1; допускается не более %2</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice</source>
        <translation>элемент архива &apos;%1&apos; встречается дважды</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a compression this explorer cannot read (%2)</source>
        <translation>&apos;%1&apos; сжат способом, который эта программа не умеет читать (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged in the zip (%2)</source>
        <translation>&apos;%1&apos; повреждён в zip-архиве (%2)</translation>
    </message>
    <message>
        <source>there is no such folder or zip file</source>
        <translation>такой папки или zip-файла нет</translation>
    </message>
    <message>
        <source>not a content pack: neither a folder nor a zip file (%1)</source>
        <translation>не пакет содержимого: ни папка, ни zip-файл (%1)</translation>
    </message>
    <message>
        <source>only JSON Lines files may be in %1 (%2, %3, …)</source>
        <translation>в %1 могут быть только файлы JSON Lines (%2, %3, …)</translation>
    </message>
    <message>
        <source>%1 and in %2</source>
        <translation>%1 и в %2</translation>
    </message>
    <message>
        <source>the %1 are also written in %2; write them in one way only</source>
        <translation>записи %1 записаны также в %2; записывайте их только одним способом</translation>
    </message>
    <message>
        <source>U+%1 (a control character)</source>
        <translation>U+%1 (управляющий символ)</translation>
    </message>
    <message>
        <source>U+%1 (an unpaired surrogate)</source>
        <translation>U+%1 (непарный суррогат)</translation>
    </message>
    <message>
        <source>has no visible character: it holds only %1; write some letters, digits or signs</source>
        <translation>нет ни одного видимого символа: содержит только %1; напишите буквы, цифры или знаки</translation>
    </message>
    <message>
        <source>contains %1 at character %2; a web address may not hold spaces, control or invisible characters (write a space as %20)</source>
        <translation>содержит %1 в позиции %2; в веб-адресе не может быть пробелов, управляющих или невидимых символов (пробел пишется как %20)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed here</source>
        <translation>длина %1 симв.; здесь допускается не более %2</translation>
    </message>
    <message>
        <source>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are not allowed: they make text read differently from what it holds</source>
        <translation>двунаправленные встраивания, переопределения и изоляции (U+202A–U+202E, U+2066–U+2069) не допускаются: из-за них текст читается не так, как записан</translation>
    </message>
    <message>
        <source>an unpaired surrogate is not a character</source>
        <translation>непарный суррогат — не символ</translation>
    </message>
    <message>
        <source>this text is one line: line breaks and tabs are allowed only in longer texts</source>
        <translation>этот текст — одна строка: переводы строк и табуляции допускаются только в более длинных текстах</translation>
    </message>
    <message>
        <source>control characters cannot be shown; only line breaks and tabs are allowed</source>
        <translation>управляющие символы нельзя показать; допускаются только переводы строк и табуляции</translation>
    </message>
    <message>
        <source>control characters cannot be shown; none is allowed here</source>
        <translation>управляющие символы нельзя показать; здесь не допускается ни один</translation>
    </message>
    <message>
        <source>contains %1 at character %2 (and %3 more); %4</source>
        <translation>содержит %1 в позиции %2 (и ещё %3); %4</translation>
    </message>
    <message>
        <source>contains %1 at character %2; %3</source>
        <translation>содержит %1 в позиции %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) version %3, %n card(s)</source>
        <translation>
            <numerusform>%1 (%2), версия %3, %Ln карточка</numerusform>
            <numerusform>%1 (%2), версия %3, %Ln карточки</numerusform>
            <numerusform>%1 (%2), версия %3, %Ln карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 — недопустимый JSON: %2</translation>
    </message>
    <message>
        <source>%1 has format %2</source>
        <translation>у файла %1 формат %2</translation>
    </message>
    <message>
        <source>%1 is not a pack registry: %2</source>
        <translation>%1 не является реестром пакетов: %2</translation>
    </message>
    <message>
        <source>its entries are not as expected</source>
        <translation>его записи не такие, как ожидалось</translation>
    </message>
    <message>
        <source>%1 names an archive outside %2: %3</source>
        <translation>%1 указывает на архив за пределами %2: %3</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be read</source>
        <translation>изображение повреждено и не читается</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>это не zip-файл, или он повреждён</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the log has the details</source>
        <translation>произошла непредвиденная ошибка; подробности — в журнале</translation>
    </message>
    <message>
        <source>in the system’s own words: “%1”</source>
        <translation>сообщение системы: «%1»</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>база данных повреждена</translation>
    </message>
    <message>
        <source>the database is locked by another program</source>
        <translation>база данных заблокирована другой программой</translation>
    </message>
    <message>
        <source>the database cannot be written to</source>
        <translation>в базу данных нельзя записывать</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>файл базы данных не открывается</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>в неё нельзя записывать</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>её нельзя использовать</translation>
    </message>
    <message>
        <source>an interval needs a date at one end at least</source>
        <translation>у интервала хотя бы на одном конце должна быть дата</translation>
    </message>
    <message>
        <source>%1 is not an interval; write two dates with a slash between, as in 1964/2008, ../1985 or 1985/..</source>
        <translation>%1 — не интервал; напишите две даты через косую черту, например 1964/2008, ../1985 или 1985/..</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours go to 23, minutes to 59</source>
        <translation>%1 — не время суток: часы — до 23, минуты — до 59</translation>
    </message>
    <message>
        <source>second %1 is not between 0 and 59</source>
        <translation>секунда %1 не лежит между 0 и 59</translation>
    </message>
    <message>
        <source>%1 is not a time of day; write e.g. 14:30, 14:30:05, 14:30Z or 14:30+05:00</source>
        <translation>%1 — не время суток; пишите, например, 14:30, 14:30:05, 14:30Z или 14:30+05:00</translation>
    </message>
    <message>
        <source>%1 is not a UTC offset: they go from -14:00 to +14:00</source>
        <translation>%1 — не смещение от UTC: допустимы смещения от -14:00 до +14:00</translation>
    </message>
    <message>
        <source>a list of steps, e.g. [{&quot;card&quot;: &quot;abai&quot;, &quot;text&quot;: {&quot;en&quot;: &quot;…&quot;}}]</source>
        <translation>список шагов, например [{&quot;card&quot;: &quot;abai&quot;, &quot;text&quot;: {&quot;en&quot;: &quot;…&quot;}}]</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>должен содержать хотя бы один шаг</translation>
    </message>
    <message numerus="yes">
        <source>lists %n step(s); at most %1 are allowed in a story</source>
        <translation>
            <numerusform>в списке %Ln шаг; в истории допускается не более %1</numerusform>
            <numerusform>в списке %Ln шага; в истории допускается не более %1</numerusform>
            <numerusform>в списке %Ln шагов; в истории допускается не более %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of a step, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown route %1</source>
        <translation>неизвестный маршрут %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудника</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1.</translation>
    </message>
</context>
<context>
    <name>PlaceTree</name>
    <message>
        <source>Places by country</source>
        <translation>Места по странам</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Без страны</translation>
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
            <numerusform>в пакете %Ln проблема; первые %1:</numerusform>
            <numerusform>в пакете %Ln проблемы; первые %1:</numerusform>
            <numerusform>в пакете %Ln проблем; первые %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pack has %n problem(s):</source>
        <translation>
            <numerusform>в пакете %Ln проблема:</numerusform>
            <numerusform>в пакете %Ln проблемы:</numerusform>
            <numerusform>в пакете %Ln проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>%1, chosen as number %2</source>
        <translation>%1, выбрано под номером %2</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Правильно!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Не совсем.</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Open the card “%1”</source>
        <translation>Открыть карточку «%1»</translation>
    </message>
    <message>
        <source>Open one of these cards</source>
        <translation>Открыть одну из этих карточек</translation>
    </message>
    <message>
        <source>See the score</source>
        <translation>Посмотреть счёт</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>From earliest to latest: %1</source>
        <translation>От самого раннего к самому позднему: %1</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>Put these in order, from the earliest to the latest.</source>
        <translation>Расставьте по порядку, от самого раннего к самому позднему.</translation>
    </message>
    <message>
        <source>Which place goes with “%1”?</source>
        <translation>Какое место относится к «%1»?</translation>
    </message>
    <message>
        <source>In which year does “%1” begin?</source>
        <translation>В каком году начинается «%1»?</translation>
    </message>
    <message>
        <source>True or false? The card “%1” names the place %2.</source>
        <translation>Верно или нет? В карточке «%1» названо место %2.</translation>
    </message>
    <message>
        <source>True or false? “%1” dates from the %2s.</source>
        <translation>Верно или нет? «%1» относится к %2-м годам.</translation>
    </message>
    <message>
        <source>True or false? The card “%1” is in the category “%2”.</source>
        <translation>Верно или нет? Карточка «%1» относится к категории «%2».</translation>
    </message>
    <message>
        <source>Tap the cards from the earliest to the latest.</source>
        <translation>Коснитесь карточек от самой ранней к самой поздней.</translation>
    </message>
    <message>
        <source>Choose the cards from the earliest to the latest: click them, or press their numbers.</source>
        <translation>Выберите карточки от самой ранней к самой поздней: щёлкните по ним или нажмите их номера.</translation>
    </message>
    <message>
        <source>Press a number to answer.</source>
        <translation>Нажмите цифру, чтобы ответить.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Start the order again</source>
        <translation>Начать порядок заново</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>There is no quiz: this collection has no cards.</source>
        <translation>Викторины нет: в этой коллекции нет карточек.</translation>
    </message>
    <message>
        <source>There is no quiz: the cards of this collection give no dates, places or categories to ask about.</source>
        <translation>Викторины нет: в карточках этой коллекции нет дат, мест или категорий, о которых можно спросить.</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Звукозапись</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
</context>
<context>
    <name>RemoteMediaPlaceholder</name>
    <message>
        <source>%1 kept online, not shown here</source>
        <translation>%1 хранится в интернете и здесь не показывается</translation>
    </message>
</context>
<context>
    <name>RoundEnd</name>
    <message>
        <source>End of the round</source>
        <translation>Конец раунда</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>Правильно: %1 из %2</translation>
    </message>
    <message>
        <source>Your best: %1 of %2</source>
        <translation>Ваш лучший результат: %1 из %2</translation>
    </message>
    <message>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Сыграть ещё</translation>
    </message>
    <message>
        <source>In order: %1</source>
        <translation>По порядку: %1</translation>
    </message>
</context>
<context>
    <name>StartError</name>
    <message>
        <source>Italy–Kazakhstan Cultural Explorer</source>
        <translation>Италия–Казахстан: культурный путеводитель</translation>
    </message>
    <message>
        <source>The explorer cannot open its collection, so it cannot start.</source>
        <translation>Программа не может открыть свою коллекцию и поэтому не может запуститься.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the explorer cannot start.</source>
        <translation>Произошла непредвиденная ошибка, и программа не может запуститься.</translation>
    </message>
    <message>
        <source>Its details are for whoever looks after the explorer; its log keeps them too.</source>
        <translation>Подробности — для того, кто обслуживает программу; они есть и в её журнале.</translation>
    </message>
</context>
<context>
    <name>StoryList</name>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <source>Guided paths through the collection, one card at a time.</source>
        <translation>Путешествия по коллекции с гидом, по одной карточке.</translation>
    </message>
    <message>
        <source>This collection has no stories yet.</source>
        <translation>В этой коллекции пока нет историй.</translation>
    </message>
</context>
<context>
    <name>StoryPlayer</name>
    <message>
        <source>← All stories</source>
        <translation>← Все истории</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Далее →</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Show on the timeline</source>
        <translation>Показать в хронологии</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Взять с собой</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Учебный лист (PDF)…</translation>
    </message>
    <message>
        <source>Save this story as a study sheet (PDF)</source>
        <translation>Сохранить эту историю как учебный лист (PDF)</translation>
    </message>
    <message>
        <source>Study sheet (PDF)</source>
        <translation>Учебный лист (PDF)</translation>
    </message>
    <message>
        <source>Progress through the story</source>
        <translation>Продвижение по истории</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>This card is not in the collection.</source>
        <translation>Этой карточки нет в коллекции.</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Ещё не переведено: показано на английском.</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed.</source>
        <translation>Черновой перевод, ещё не проверен.</translation>
    </message>
</context>
<context>
    <name>StoryTile</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%Ln шаг</numerusform>
            <numerusform>%Ln шага</numerusform>
            <numerusform>%Ln шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySheet</name>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Cards in this sheet: %1</source>
        <translation>Карточек в этом листе: %1</translation>
    </message>
    <message>
        <source>Only the first %1 of the %2 cards found are in this sheet.</source>
        <translation>В этот лист вошли только первые %1 из %2 найденных карточек.</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Моя заметка:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Illustration made for this collection · Licence: %1</source>
        <translation>Иллюстрация, созданная для этой коллекции · Лицензия: %1</translation>
    </message>
    <message>
        <source>%1 · Licence: %2</source>
        <translation>%1 · Лицензия: %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · страница %2 из %3</translation>
    </message>
</context>
<context>
    <name>StudySheetSaver</name>
    <message>
        <source>Save the study sheet</source>
        <translation>Сохранить учебный лист</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Study sheet</source>
        <translation>Учебный лист</translation>
    </message>
    <message>
        <source>The study sheet could not be written.</source>
        <translation>Не удалось записать учебный лист.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Scan to keep the sources</source>
        <translation>Отсканируйте, чтобы сохранить источники</translation>
    </message>
    <message>
        <source>None of these sources has an address to keep.</source>
        <translation>Ни у одного из этих источников нет адреса, который можно сохранить.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Timeline as a list, in chronological order</source>
        <translation>Хронология списком, в порядке дат</translation>
    </message>
</context>
<context>
    <name>TimelineOptionsDialog</name>
    <message>
        <source>Import a timeline</source>
        <translation>Импорт хронологии</translation>
    </message>
    <message>
        <source>“%1” is converted into a content pack, then imported.</source>
        <translation>«%1» преобразуется в пакет содержимого, затем импортируется.</translation>
    </message>
    <message>
        <source>Language of its texts</source>
        <translation>Язык текстов</translation>
    </message>
    <message>
        <source>Language of its texts:</source>
        <translation>Язык текстов:</translation>
    </message>
    <message>
        <source>The timeline&apos;s own title</source>
        <translation>Собственное название хронологии</translation>
    </message>
    <message>
        <source>Title of the pack</source>
        <translation>Название пакета</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Not stated in the source</source>
        <translation>Не указана в источнике</translation>
    </message>
    <message>
        <source>Licence of the timeline</source>
        <translation>Лицензия хронологии</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TimelineOverview</name>
    <message>
        <source>Overview of the whole timeline</source>
        <translation>Обзор всей хронологии</translation>
    </message>
    <message>
        <source>Drag to move through time</source>
        <translation>Перетащите, чтобы перемещаться во времени</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Показать всю хронологию</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Показать всю хронологию (Home)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Отдалить (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Приблизить (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>Year to go to</source>
        <translation>Год для перехода</translation>
    </message>
    <message>
        <source>A year; negative for BC</source>
        <translation>Год; для дат до н. э. — отрицательный</translation>
    </message>
    <message>
        <source>Laying out the timeline…</source>
        <translation>Хронология готовится…</translation>
    </message>
    <message>
        <source>The timeline could not be laid out.</source>
        <translation>Не удалось подготовить хронологию.</translation>
    </message>
    <message>
        <source>Go to year</source>
        <translation>Перейти к году</translation>
    </message>
    <message>
        <source>Centre the timeline on this year</source>
        <translation>Поставить этот год в центр хронологии</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Показать списком</translation>
    </message>
    <message>
        <source>Show the same events as a list</source>
        <translation>Показать те же события списком</translation>
    </message>
    <message>
        <source>Show as timeline</source>
        <translation>Показать хронологию</translation>
    </message>
    <message numerus="yes">
        <source>%n dated card(s)</source>
        <translation>
            <numerusform>%Ln датированная карточка</numerusform>
            <numerusform>%Ln датированные карточки</numerusform>
            <numerusform>%Ln датированных карточек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%Ln событие: коснитесь, чтобы приблизить</numerusform>
            <numerusform>%Ln события: коснитесь, чтобы приблизить</numerusform>
            <numerusform>%Ln событий: коснитесь, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%Ln событие: нажмите, чтобы приблизить</numerusform>
            <numerusform>%Ln события: нажмите, чтобы приблизить</numerusform>
            <numerusform>%Ln событий: нажмите, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Right)</translation>
    </message>
    <message>
        <source>Italy · Kazakhstan</source>
        <translation>Италия · Казахстан</translation>
    </message>
    <message>
        <source>CULTURAL EXPLORER</source>
        <translation>КУЛЬТУРНЫЙ ПУТЕВОДИТЕЛЬ</translation>
    </message>
    <message>
        <source>Search cards, people, places…</source>
        <translation>Поиск карточек, людей, мест…</translation>
    </message>
    <message>
        <source>Search cards, people, places…  (Ctrl+F)</source>
        <translation>Поиск карточек, людей, мест…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Язык карточек</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Импортировать пакет содержимого</translation>
    </message>
    <message>
        <source>Import a content pack (Ctrl+O)</source>
        <translation>Импортировать пакет содержимого (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>UserDataNotices</name>
    <message>
        <source>Your settings cannot be saved: the disk is full.</source>
        <translation>Не удаётся сохранить ваши настройки: диск заполнен.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1 cannot be written to.</source>
        <translation>Не удаётся сохранить ваши настройки: нет доступа на запись в %1.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the file %1 is damaged.</source>
        <translation>Не удаётся сохранить ваши настройки: файл %1 повреждён.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1 cannot be used (%2).</source>
        <translation>Не удаётся сохранить ваши настройки: %1 нельзя использовать (%2).</translation>
    </message>
    <message>
        <source>Your settings could not be read: the file %1 is damaged.</source>
        <translation>Не удалось прочитать ваши настройки: файл %1 повреждён.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside, so it was left as it is.</source>
        <translation>Повреждённый файл не удалось переместить, поэтому он оставлен как есть.</translation>
    </message>
    <message>
        <source>The damaged file was kept, unchanged, as %1.</source>
        <translation>Повреждённый файл сохранён без изменений как %1.</translation>
    </message>
    <message>
        <source>A fresh settings file was started.</source>
        <translation>Создан новый файл настроек.</translation>
    </message>
    <message>
        <source>The explorer works as usual, but changes you make now will not be kept after it closes.</source>
        <translation>Программа работает как обычно, но изменения, сделанные сейчас, не сохранятся после её закрытия.</translation>
    </message>
</context>
<context>
    <name>WarningWords</name>
    <message numerus="yes">
        <source>%n text(s) of the pack may need a look (markup in plain text); the log lists them.</source>
        <translation>
            <numerusform>%Ln текст пакета, возможно, стоит проверить (разметка в простом тексте); он указан в журнале.</numerusform>
            <numerusform>%Ln текста пакета, возможно, стоит проверить (разметка в простом тексте); они указаны в журнале.</numerusform>
            <numerusform>%Ln текстов пакета, возможно, стоит проверить (разметка в простом тексте); они указаны в журнале.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <source>“%1” version %2 was already imported; nothing changed.</source>
        <translation>Пакет «%1» версии %2 уже был импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Imported “%1” version %2. Cards in it: %3.</source>
        <translation>Импортирован пакет «%1» версии %2. Карточек в нём: %3.</translation>
    </message>
    <message>
        <source>Everything in the timeline was carried over.</source>
        <translation>Всё содержимое хронологии перенесено.</translation>
    </message>
    <message>
        <source>Things in the timeline not carried over as they were: %1 (%2). The log lists them.</source>
        <translation>Перенесено не в исходном виде: %1 (%2). Список — в журнале.</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Импортировать пакет содержимого</translation>
    </message>
    <message>
        <source>Content packs and timelines (*.zip manifest.json *.json *.csv *.xml)</source>
        <translation>Пакеты содержимого и хронологии (*.zip manifest.json *.json *.csv *.xml)</translation>
    </message>
    <message>
        <source>Content packs (*.zip manifest.json)</source>
        <translation>Пакеты содержимого (*.zip manifest.json)</translation>
    </message>
    <message>
        <source>TimelineJS or SIMILE timelines (*.json *.csv *.xml)</source>
        <translation>Хронологии TimelineJS или SIMILE (*.json *.csv *.xml)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Replace a pack?</source>
        <translation>Заменить пакет?</translation>
    </message>
    <message>
        <source>Import it in place of the pack already there?</source>
        <translation>Импортировать его вместо уже имеющегося пакета?</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Nothing was imported: the timeline could not be converted: %1</source>
        <translation>Ничего не импортировано: не удалось преобразовать хронологию: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
</TS>
