<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ActiveFilters</name>
    <message>
        <source>Filters in effect</source>
        <translation>Filtri attivi</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtri:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Azzera tutti</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Rimuovi tutti i filtri</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Rimuovi il filtro %1</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>in English</source>
        <translation>in inglese</translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Card</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Illustration made for this collection · Licence: %1</source>
        <translation>Illustrazione realizzata per questa collezione · Licenza: %1</translation>
    </message>
    <message>
        <source>%1 · Licence: %2</source>
        <translation>%1 · Licenza: %2</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Non ancora tradotta: mostrata in inglese.</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed.</source>
        <translation>Traduzione provvisoria, non ancora revisionata.</translation>
    </message>
    <message>
        <source>The full text is in English:</source>
        <translation>Il testo completo è in inglese:</translation>
    </message>
    <message>
        <source>Linked cards</source>
        <translation>Schede collegate</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>publisher not named</source>
        <translation>editore non indicato</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>Cards</source>
        <translation>Schede</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>%n scheda trovata per “%1”</numerusform>
            <numerusform>%n schede trovate per “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n scheda</numerusform>
            <numerusform>%n schede</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · filtered</source>
        <translation>%1 · con filtri</translation>
    </message>
    <message>
        <source>No card matches. Try fewer letters, or clear the filters.</source>
        <translation>Nessuna scheda trovata. Prova con meno lettere o azzera i filtri.</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Show category %1</source>
        <translation>Mostra la categoria %1</translation>
    </message>
</context>
<context>
    <name>ContentNotices</name>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>non è scrivibile</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>non è utilizzabile</translation>
    </message>
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>Il database dei contenuti era danneggiato (%1) ed è stato ricostruito dalla collezione inclusa e da %n pacchetto importato.</numerusform>
            <numerusform>Il database dei contenuti era danneggiato (%1) ed è stato ricostruito dalla collezione inclusa e da %n pacchetti importati.</numerusform>
        </translation>
    </message>
    <message>
        <source>These packs were imported by an earlier version that did not keep them, and must be imported again: %1.</source>
        <translation>Questi pacchetti erano stati importati da una versione precedente che non li conservava e vanno importati di nuovo: %1.</translation>
    </message>
    <message>
        <source>The content could not be brought up to date because %1 (%2); it is shown as it was.</source>
        <translation>Non è stato possibile aggiornare i contenuti perché %1 (%2); sono mostrati come erano.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot take the collection because %2 (%3); it was built in a temporary folder for this session only.</source>
        <translation>La cartella dei dati %1 non può accogliere la collezione perché %2 (%3); è stata creata in una cartella temporanea solo per questa sessione.</translation>
    </message>
    <message numerus="yes">
        <source>The list of imported packs was damaged (%1) and was made again from the %n pack archive(s) kept in %2.</source>
        <translation>
            <numerusform>L’elenco dei pacchetti importati era danneggiato (%1) ed è stato ricreato dall’archivio di %n pacchetto conservato in %2.</numerusform>
            <numerusform>L’elenco dei pacchetti importati era danneggiato (%1) ed è stato ricreato dagli archivi di %n pacchetti conservati in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported pack “%1” could not be read again and is not shown (%2). Its archive is kept at %3.</source>
        <translation>Non è stato possibile rileggere il pacchetto importato “%1”, che non viene mostrato (%2). Il suo archivio è conservato in %3.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ci sei ancora?</translation>
    </message>
    <message>
        <source>Keep exploring</source>
        <translation>Continua a esplorare</translation>
    </message>
    <message numerus="yes">
        <source>The explorer starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Tra %n secondo si ricomincia da capo per il prossimo visitatore.</numerusform>
            <numerusform>Tra %n secondi si ricomincia da capo per il prossimo visitatore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 BC</source>
        <translation>%1 a.C.</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>ca. %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>prima del %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>dopo il %1</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>previsto per il %1</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Refine the results</source>
        <translation>Affina i risultati</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Affina</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Azzera tutti i filtri</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %n scheda</numerusform>
            <numerusform>%1, %n schede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <source>Both countries</source>
        <translation>Entrambi i paesi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Istituzione</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Opera</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Senza data</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Checking the pack</source>
        <translation>Controllo del pacchetto</translation>
    </message>
    <message>
        <source>Keeping a copy of it</source>
        <translation>Conservazione di una copia</translation>
    </message>
    <message>
        <source>Storing its pictures</source>
        <translation>Salvataggio delle immagini</translation>
    </message>
    <message>
        <source>Importing its cards</source>
        <translation>Importazione delle schede</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Creazione dell&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>Importazione di %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annulla l&apos;importazione</translation>
    </message>
</context>
<context>
    <name>KioskPhrases</name>
    <message>
        <source>Touch to explore</source>
        <translation>Tocca per esplorare</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Scegli la lingua</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Italy–Kazakhstan Cultural Explorer</source>
        <translation>Italia–Kazakistan: esploratore culturale</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Secolo</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Decennio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Search is unavailable: its index could not be read (%1).</source>
        <translation>La ricerca non è disponibile: non è stato possibile leggerne l&apos;indice (%1).</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>My collection</source>
        <translation>La mia raccolta</translation>
    </message>
    <message>
        <source>%1 (coming soon)</source>
        <translation>%1 (in arrivo)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Chiudi l&apos;avviso</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Tastiera su schermo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Other alphabet</source>
        <translation>Altro alfabeto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN errato. Riprova.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personale</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Troppi PIN errati. Riprova tra %1.</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Timeline as a list, in chronological order</source>
        <translation>Cronologia come elenco, in ordine di data</translation>
    </message>
</context>
<context>
    <name>TimelineOverview</name>
    <message>
        <source>Overview of the whole timeline</source>
        <translation>Panoramica dell&apos;intera cronologia</translation>
    </message>
    <message>
        <source>Drag to move through time</source>
        <translation>Trascina per spostarti nel tempo</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Fit all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Mostra l&apos;intera cronologia</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Mostra l&apos;intera cronologia (Home)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom indietro (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom indietro</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avanti (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avanti</translation>
    </message>
    <message>
        <source>Year to go to</source>
        <translation>Anno da raggiungere</translation>
    </message>
    <message>
        <source>A year; negative for BC</source>
        <translation>Un anno; negativo per gli anni a.C.</translation>
    </message>
    <message>
        <source>Laying out the timeline…</source>
        <translation>Preparazione della cronologia…</translation>
    </message>
    <message>
        <source>The timeline could not be laid out.</source>
        <translation>Non è stato possibile preparare la cronologia.</translation>
    </message>
    <message>
        <source>Go to year</source>
        <translation>Vai all&apos;anno</translation>
    </message>
    <message>
        <source>Centre the timeline on this year</source>
        <translation>Centra la cronologia su quest&apos;anno</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Mostra come elenco</translation>
    </message>
    <message>
        <source>Show the same events as a list</source>
        <translation>Mostra gli stessi eventi in un elenco</translation>
    </message>
    <message>
        <source>Show as timeline</source>
        <translation>Mostra come cronologia</translation>
    </message>
    <message numerus="yes">
        <source>%n dated card(s)</source>
        <translation>
            <numerusform>%n scheda datata</numerusform>
            <numerusform>%n schede datate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%n evento: tocca per ingrandire</numerusform>
            <numerusform>%n eventi: tocca per ingrandire</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%n evento: clicca per ingrandire</numerusform>
            <numerusform>%n eventi: clicca per ingrandire</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Indietro (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Avanti (Alt+Right)</translation>
    </message>
    <message>
        <source>Italy · Kazakhstan</source>
        <translation>Italia · Kazakistan</translation>
    </message>
    <message>
        <source>CULTURAL EXPLORER</source>
        <translation>ESPLORATORE CULTURALE</translation>
    </message>
    <message>
        <source>Search cards, people, places…</source>
        <translation>Cerca schede, persone, luoghi…</translation>
    </message>
    <message>
        <source>Search cards, people, places…  (Ctrl+F)</source>
        <translation>Cerca schede, persone, luoghi…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Lingua delle schede</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Importa un pacchetto di contenuti</translation>
    </message>
    <message>
        <source>Import a content pack (Ctrl+O)</source>
        <translation>Importa un pacchetto di contenuti (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>UserDataNotices</name>
    <message>
        <source>Your settings cannot be saved: the disk is full.</source>
        <translation>Non è possibile salvare le tue impostazioni: il disco è pieno.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1 cannot be written to.</source>
        <translation>Non è possibile salvare le tue impostazioni: non si può scrivere in %1.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the file %1 is damaged.</source>
        <translation>Non è possibile salvare le tue impostazioni: il file %1 è danneggiato.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: %1 cannot be used (%2).</source>
        <translation>Non è possibile salvare le tue impostazioni: %1 non è utilizzabile (%2).</translation>
    </message>
    <message>
        <source>Your settings could not be read: the file %1 is damaged.</source>
        <translation>Non è stato possibile leggere le tue impostazioni: il file %1 è danneggiato.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside, so it was left as it is.</source>
        <translation>Non è stato possibile spostare il file danneggiato, che è stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <source>The damaged file was kept, unchanged, as %1.</source>
        <translation>Il file danneggiato è stato conservato, senza modifiche, come %1.</translation>
    </message>
    <message>
        <source>A fresh settings file was started.</source>
        <translation>È stato creato un nuovo file di impostazioni.</translation>
    </message>
    <message>
        <source>The explorer works as usual, but changes you make now will not be kept after it closes.</source>
        <translation>L&apos;esploratore funziona come sempre, ma le modifiche che fai ora non saranno conservate dopo la chiusura.</translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <source>“%1” version %2 was already imported; nothing changed.</source>
        <translation>Il pacchetto “%1”, versione %2, era già stato importato: non è cambiato nulla.</translation>
    </message>
    <message>
        <source>Imported “%1” version %2. Cards in it: %3.</source>
        <translation>Importato il pacchetto “%1”, versione %2. Schede contenute: %3.</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Importa un pacchetto di contenuti</translation>
    </message>
    <message>
        <source>Content packs (*.zip manifest.json)</source>
        <translation>Pacchetti di contenuti (*.zip manifest.json)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Cerca in:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>File di tipo:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Replace a pack?</source>
        <translation>Sostituire un pacchetto?</translation>
    </message>
    <message>
        <source>Import it in place of the pack already there?</source>
        <translation>Importarlo al posto del pacchetto già presente?</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importazione annullata. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
</TS>
