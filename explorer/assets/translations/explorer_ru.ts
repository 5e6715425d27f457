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
        <source>publisher not named</source>
        <translation>издатель не указан</translation>
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
    <name>CardsPage</name>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>%n карточка по запросу «%1»</numerusform>
            <numerusform>%n карточки по запросу «%1»</numerusform>
            <numerusform>%n карточек по запросу «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
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
    <name>ContentNotices</name>
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
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>База данных содержимого была повреждена (%1) и восстановлена из встроенной коллекции и %n импортированного пакета.</numerusform>
            <numerusform>База данных содержимого была повреждена (%1) и восстановлена из встроенной коллекции и %n импортированных пакетов.</numerusform>
            <numerusform>База данных содержимого была повреждена (%1) и восстановлена из встроенной коллекции и %n импортированных пакетов.</numerusform>
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
            <numerusform>Список импортированных пакетов был повреждён (%1) и составлен заново по %n архиву пакета из папки %2.</numerusform>
            <numerusform>Список импортированных пакетов был повреждён (%1) и составлен заново по %n архивам пакетов из папки %2.</numerusform>
            <numerusform>Список импортированных пакетов был повреждён (%1) и составлен заново по %n архивам пакетов из папки %2.</numerusform>
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
            <numerusform>Через %n секунду всё начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %n секунды всё начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %n секунд всё начнётся заново для следующего посетителя.</numerusform>
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
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %n карточка</numerusform>
            <numerusform>%1, %n карточки</numerusform>
            <numerusform>%1, %n карточек</numerusform>
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
    <name>ImportProgressBar</name>
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
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Search is unavailable: its index could not be read (%1).</source>
        <translation>Поиск недоступен: не удалось прочитать его индекс (%1).</translation>
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
        <source>My collection</source>
        <translation>Моя коллекция</translation>
    </message>
    <message>
        <source>%1 (coming soon)</source>
        <translation>%1 (скоро)</translation>
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
    <name>TimelineList</name>
    <message>
        <source>Timeline as a list, in chronological order</source>
        <translation>Хронология списком, в порядке дат</translation>
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
            <numerusform>%n датированная карточка</numerusform>
            <numerusform>%n датированные карточки</numerusform>
            <numerusform>%n датированных карточек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%n событие: коснитесь, чтобы приблизить</numerusform>
            <numerusform>%n события: коснитесь, чтобы приблизить</numerusform>
            <numerusform>%n событий: коснитесь, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%n событие: нажмите, чтобы приблизить</numerusform>
            <numerusform>%n события: нажмите, чтобы приблизить</numerusform>
            <numerusform>%n событий: нажмите, чтобы приблизить</numerusform>
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
        <source>Import a content pack</source>
        <translation>Импортировать пакет содержимого</translation>
    </message>
    <message>
        <source>Content packs (*.zip manifest.json)</source>
        <translation>Пакеты содержимого (*.zip manifest.json)</translation>
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
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
</TS>
