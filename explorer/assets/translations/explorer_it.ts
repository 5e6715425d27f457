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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Cite…</source>
        <translation>Cita…</translation>
    </message>
    <message>
        <source>Cite this card or one of its sources</source>
        <translation>Cita questa scheda o una delle sue fonti</translation>
    </message>
    <message>
        <source>publisher not named</source>
        <translation>editore non indicato</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Portalo a casa</translation>
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
    <name>CardKeeping</name>
    <message>
        <source>New collection…</source>
        <translation>Nuova raccolta…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nuova raccolta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Con stella</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stella</translation>
    </message>
    <message>
        <source>Starred: press to unstar</source>
        <translation>Con stella: premi per toglierla</translation>
    </message>
    <message>
        <source>Star this card</source>
        <translation>Metti una stella a questa scheda</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Aggiungi a una raccolta…</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Aggiungi a una raccolta</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Ricerca: %1</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Scheda di studio (PDF)…</translation>
    </message>
    <message>
        <source>Save the cards shown as a study sheet (PDF)</source>
        <translation>Salva le schede mostrate come scheda di studio (PDF)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>%Ln scheda trovata per “%1”</numerusform>
            <numerusform>%Ln schede trovate per “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%Ln scheda</numerusform>
            <numerusform>%Ln schede</numerusform>
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
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Salva come PNG…</translation>
    </message>
    <message>
        <source>Save the chart “%1” as PNG</source>
        <translation>Salva il grafico «%1» come PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Salva questo grafico come immagine PNG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salva il grafico come PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Grafico non salvato</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Non è stato possibile salvare il grafico in %1.</translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite this card</source>
        <translation>Cita questa scheda</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Questa scheda</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Fonte %1: %2</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>Che cosa citare</translation>
    </message>
    <message>
        <source>Cite:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Stile di citazione</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Stile:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the citation</source>
        <translation>Copia la citazione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiata negli appunti.</translation>
    </message>
</context>
<context>
    <name>ContentNotices</name>
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>Il database dei contenuti era danneggiato (%1) ed è stato ricostruito dalla collezione inclusa e da %Ln pacchetto importato.</numerusform>
            <numerusform>Il database dei contenuti era danneggiato (%1) ed è stato ricostruito dalla collezione inclusa e da %Ln pacchetti importati.</numerusform>
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
            <numerusform>L’elenco dei pacchetti importati era danneggiato (%1) ed è stato ricreato dall’archivio di %Ln pacchetto conservato in %2.</numerusform>
            <numerusform>L’elenco dei pacchetti importati era danneggiato (%1) ed è stato ricreato dagli archivi di %Ln pacchetti conservati in %2.</numerusform>
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
            <numerusform>Tra %Ln secondo si ricomincia da capo per il prossimo visitatore.</numerusform>
            <numerusform>Tra %Ln secondi si ricomincia da capo per il prossimo visitatore.</numerusform>
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
        <source>%1 Ga</source>
        <translation>%1 Ga</translation>
    </message>
    <message>
        <source>%1 Ma</source>
        <translation>%1 Ma</translation>
    </message>
    <message>
        <source>%1 ka</source>
        <translation>%1 ka</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>anni %1</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>primavera %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>estate %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>autunno %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>inverno %1</translation>
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
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (data incerta)</translation>
    </message>
    <message>
        <source>c. %1 (uncertain)</source>
        <translation>ca. %1 (data incerta)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>“%1”, the card says: %2</source>
        <translation>«%1», dice la scheda: %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fonti: %1</translation>
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
        <source>%n more with fewer cards: search finds them</source>
        <translation>
            <numerusform>%Ln altro con meno schede: lo trova la ricerca</numerusform>
            <numerusform>altri %Ln con meno schede: li trova la ricerca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValues</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %Ln scheda</numerusform>
            <numerusform>%1, %Ln schede</numerusform>
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
        <source>Neither country</source>
        <translation>Nessuno dei due paesi</translation>
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
        <translation>Fonte: %1 · Data: %2</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Every figure of the charts, one a row; Enter opens its card</source>
        <translation>Ogni dato dei grafici, uno per riga; Invio apre la sua scheda</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Show as charts</source>
        <translation>Mostra come grafici</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostra come tabella</translation>
    </message>
    <message>
        <source>Show the same figures as charts</source>
        <translation>Mostra gli stessi dati come grafici</translation>
    </message>
    <message>
        <source>Show the same figures as a table</source>
        <translation>Mostra gli stessi dati come tabella</translation>
    </message>
    <message>
        <source>By the numbers</source>
        <translation>In cifre</translation>
    </message>
    <message>
        <source>Figures from the collection&apos;s cards, each with its source and date</source>
        <translation>Dati tratti dalle schede della raccolta, ciascuno con la sua fonte e la sua data</translation>
    </message>
    <message>
        <source>This collection has no figures to chart.</source>
        <translation>Questa raccolta non ha dati da rappresentare in un grafico.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a figure&apos;s label, its date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a theme, the unit of its numbers</comment>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Dati</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Reading the timeline…</source>
        <translation>Lettura della cronologia…</translation>
    </message>
    <message>
        <source>Converting the timeline…</source>
        <translation>Conversione della cronologia…</translation>
    </message>
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
    <name>ImportQuestions</name>
    <message>
        <source>You already have a collection named “%1” with other cards.</source>
        <translation>Hai già una raccolta chiamata «%1» con altre schede.</translation>
    </message>
    <message>
        <source>Your note on %1 differs from the imported one.</source>
        <translation>La tua nota su %1 è diversa da quella importata.</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Importa una raccolta</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>La tua:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importata:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi l&apos;importata</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tienile entrambe</translation>
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
        <source>Could not save to My collection (%1).</source>
        <translation>Impossibile salvare nella mia raccolta (%1).</translation>
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
        <source>Collection</source>
        <translation>Collezione</translation>
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
    <name>MapPage</name>
    <message>
        <source>The places could not be read (%1).</source>
        <translation>Non è stato possibile leggere i luoghi (%1).</translation>
    </message>
    <message>
        <source>Italy and Kazakhstan</source>
        <translation>Italia e Kazakistan</translation>
    </message>
    <message>
        <source>Show Italy and Kazakhstan together (Home)</source>
        <translation>Mostra insieme Italia e Kazakistan (Home)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Show as map</source>
        <translation>Mostra come mappa</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Mostra come elenco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Show these cards</source>
        <translation>Mostra queste schede</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%Ln luogo sulla mappa</numerusform>
            <numerusform>%Ln luoghi sulla mappa</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the timeline&apos;s period</source>
        <translation>Solo il periodo della cronologia</translation>
    </message>
    <message>
        <source>Show only the places of cards of the period the timeline shows</source>
        <translation>Mostra solo i luoghi delle schede del periodo che la cronologia mostra</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Ogni periodo</translation>
    </message>
    <message>
        <source>Cards of the timeline&apos;s period: %1 – %2</source>
        <translation>Schede del periodo della cronologia: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) here</source>
        <translation>
            <numerusform>%Ln scheda qui</numerusform>
            <numerusform>%Ln schede qui</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; “Show these cards” shows them all.</source>
        <translation>Sono elencate le prime %1; «Mostra queste schede» le mostra tutte.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>Starred</source>
        <translation>Con stella</translation>
    </message>
    <message>
        <source>No starred cards yet: star a card on its page.</source>
        <translation>Ancora nessuna scheda con stella: metti una stella a una scheda dalla sua pagina.</translation>
    </message>
    <message>
        <source>This collection is empty: add cards from their pages.</source>
        <translation>Questa raccolta è vuota: aggiungi schede dalle loro pagine.</translation>
    </message>
    <message>
        <source>No card here matches the search.</source>
        <translation>Nessuna scheda qui corrisponde alla ricerca.</translation>
    </message>
    <message>
        <source>Missing card</source>
        <translation>Scheda mancante</translation>
    </message>
    <message>
        <source>%1 is no longer in the content</source>
        <translation>%1 non è più nei contenuti</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nuova raccolta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Rinomina la raccolta</translation>
    </message>
    <message>
        <source>Delete collection?</source>
        <translation>Eliminare la raccolta?</translation>
    </message>
    <message>
        <source>Delete the collection “%1”?</source>
        <translation>Eliminare la raccolta «%1»?</translation>
    </message>
    <message>
        <source>Its cards stay in the content, and your notes on them are kept.</source>
        <translation>Le sue schede restano nei contenuti e le tue note su di esse vengono conservate.</translation>
    </message>
    <message>
        <source>Export my collection</source>
        <translation>Esporta la mia raccolta</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>My collection could not be exported.</source>
        <translation>Non è stato possibile esportare la mia raccolta.</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Importa una raccolta</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Questo file non può essere importato. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was changed.</source>
        <translation>L&apos;importazione non è riuscita. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation>Non è stato possibile salvare la modifica.</translation>
    </message>
    <message>
        <source>Save this list as a study sheet (PDF)</source>
        <translation>Salva questo elenco come scheda di studio (PDF)</translation>
    </message>
    <message>
        <source>With my notes</source>
        <translation>Con le mie note</translation>
    </message>
    <message>
        <source>Print my notes in the study sheet</source>
        <translation>Stampa le mie note nella scheda di studio</translation>
    </message>
    <message>
        <source>My collection</source>
        <translation>La mia raccolta</translation>
    </message>
    <message>
        <source>Starred cards and my collections</source>
        <translation>Schede con stella e mie raccolte</translation>
    </message>
    <message>
        <source>Cards of the chosen list</source>
        <translation>Schede dell&apos;elenco scelto</translation>
    </message>
    <message>
        <source>Search my collection</source>
        <translation>Cerca nella mia raccolta</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nuova raccolta…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Scheda di studio (PDF)…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Sposta su (Ctrl+Su)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Sposta giù (Ctrl+Giù)</translation>
    </message>
    <message>
        <source>Remove from this list (Delete)</source>
        <translation>Togli da questo elenco (Canc)</translation>
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
        <source>Numbers</source>
        <translation>Cifre</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storie</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
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
    <name>NoteEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvata</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
    <message>
        <source>MY NOTE</source>
        <translation>LA MIA NOTA</translation>
    </message>
    <message>
        <source>My note on this card</source>
        <translation>La mia nota su questa scheda</translation>
    </message>
    <message>
        <source>Write a private note on this card…</source>
        <translation>Scrivi una nota privata su questa scheda…</translation>
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
    <name>PackProblems</name>
    <message>
        <source>%1 is not a date; write e.g. 2025-09-29, 2025-09, 2025, -500, circa 1254, before 1992-06, after 2022 or planned 2026</source>
        <translation>%1 non è una data; scrivere ad es. 2025-09-29, 2025-09, 2025, -500, circa 1254, before 1992-06, after 2022 o planned 2026</translation>
    </message>
    <message>
        <source>there is no year 0: 1 BC is -1</source>
        <translation>l&apos;anno 0 non esiste: l&apos;1 a.C. è -1</translation>
    </message>
    <message>
        <source>year %1 is out of range: years go up to %2 either side of year 1</source>
        <translation>l&apos;anno %1 è fuori intervallo: gli anni arrivano fino a %2 prima e dopo l&apos;anno 1</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>un giorno richiede un mese</translation>
    </message>
    <message>
        <source>month %1 is not between 1 and 12</source>
        <translation>il mese %1 non è compreso tra 1 e 12</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>il giorno %1 non esiste in %2</translation>
    </message>
    <message>
        <source>a time of day needs a day</source>
        <translation>un orario richiede un giorno</translation>
    </message>
    <message>
        <source>a date in ka or Ma has no month or day</source>
        <translation>una data in ka o Ma non ha mese né giorno</translation>
    </message>
    <message>
        <source>%1 cannot cover %2 units: a year with unspecified digits covers 10, 100 or 1000 years from a positive year, a season 3 months</source>
        <translation>%1 non può coprire %2 unità: un anno con cifre non specificate copre 10, 100 o 1000 anni a partire da un anno positivo, una stagione 3 mesi</translation>
    </message>
    <message>
        <source>%1 is an interval, not a date: write its first date as the start and its last as the end, or put the interval in dates</source>
        <translation>%1 è un intervallo, non una data: scrivere la sua prima data in start e l&apos;ultima in end, oppure mettere l&apos;intervallo in dates</translation>
    </message>
    <message>
        <source>the end %1 comes before the start %2</source>
        <translation>la fine %1 viene prima dell&apos;inizio %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of years before present</source>
        <translation>%1 non è un numero intero di anni prima del presente</translation>
    </message>
    <message>
        <source>%1 has both a word and an EDTF mark for its qualifier; write one of them</source>
        <translation>%1 ha come qualificatore sia una parola sia un segno EDTF; scriverne solo uno</translation>
    </message>
    <message>
        <source>%1: unspecified digits (X) end a year of four digits or more after year 1, as in 201X or 19XX</source>
        <translation>%1: le cifre non specificate (X) chiudono un anno di quattro o più cifre dopo l&apos;anno 1, come in 201X o 19XX</translation>
    </message>
    <message>
        <source>%1: a year with unspecified digits has no month</source>
        <translation>%1: un anno con cifre non specificate non ha mese</translation>
    </message>
    <message>
        <source>%1: an unspecified month has no day</source>
        <translation>%1: un mese non specificato non ha giorno</translation>
    </message>
    <message>
        <source>%1: a season has no day</source>
        <translation>%1: una stagione non ha giorno</translation>
    </message>
    <message>
        <source>%1: of EDTF&apos;s seasons only 21 to 24 (spring, summer, autumn, winter) are understood</source>
        <translation>%1: delle stagioni EDTF sono comprese solo quelle da 21 a 24 (primavera, estate, autunno, inverno)</translation>
    </message>
    <message>
        <source>is empty; write a version such as 1.0.0</source>
        <translation>è vuota; scrivere una versione come 1.0.0</translation>
    </message>
    <message>
        <source>is %1 characters long; a version has at most %2, e.g. 1.0.0</source>
        <translation>è lunga %1 caratteri; una versione ne ha al massimo %2, ad es. 1.0.0</translation>
    </message>
    <message>
        <source>contains U+%1 at character %2; a version is written with the letters a-z, digits and . - _ +, e.g. 1.0.0 or 2.1.0-beta</source>
        <translation>contiene U+%1 al carattere %2; una versione si scrive con le lettere a-z, le cifre e . - _ +, ad es. 1.0.0 o 2.1.0-beta</translation>
    </message>
    <message>
        <source>has no digits or letters; write a version such as 1.0.0</source>
        <translation>non ha cifre né lettere; scrivere una versione come 1.0.0</translation>
    </message>
    <message>
        <source>has a number of %1 digits; each number in a version has at most %2 digits</source>
        <translation>ha un numero di %1 cifre; ogni numero di una versione ha al massimo %2 cifre</translation>
    </message>
    <message>
        <source>the title has text in &apos;%1&apos; but no translation status for it; give &apos;draft&apos; or &apos;reviewed&apos;</source>
        <translation>il titolo ha un testo in &apos;%1&apos; ma nessuno stato di traduzione per esso; indicare &apos;draft&apos; o &apos;reviewed&apos;</translation>
    </message>
    <message>
        <source>give either countries (a list of codes) or country (one code), not both</source>
        <translation>indicare countries (un elenco di codici) oppure country (un solo codice), non entrambi</translation>
    </message>
    <message>
        <source>required but missing: give countries, a list of ISO 3166 codes such as [&quot;IT&quot;] or [&quot;IT&quot;, &quot;KZ&quot;] (or country, one code)</source>
        <translation>obbligatorio ma mancante: indicare countries, un elenco di codici ISO 3166 come [&quot;IT&quot;] o [&quot;IT&quot;, &quot;KZ&quot;] (oppure country, un solo codice)</translation>
    </message>
    <message>
        <source>give either waypoints or places (the older name of waypoints), not both</source>
        <translation>indica waypoints oppure places (il vecchio nome di waypoints), non entrambi</translation>
    </message>
    <message>
        <source>give either file (a picture in the pack) or url (a remote medium), not both</source>
        <translation>indicare file (un&apos;immagine nel pacchetto) oppure url (un contenuto multimediale remoto), non entrambi</translation>
    </message>
    <message>
        <source>required but missing: give file (a picture in the pack&apos;s media/ folder) or url (the web address of a remote medium, with its kind)</source>
        <translation>obbligatorio ma mancante: indicare file (un&apos;immagine nella cartella media/ del pacchetto) oppure url (l&apos;indirizzo web di un contenuto multimediale remoto, con il suo tipo in kind)</translation>
    </message>
    <message>
        <source>required with url: say what the remote medium is, one of %1</source>
        <translation>obbligatorio con url: indicare che cos&apos;è il contenuto multimediale remoto, uno tra %1</translation>
    </message>
    <message>
        <source>only a remote medium (with url) has a kind; a file is always a picture</source>
        <translation>solo un contenuto multimediale remoto (con url) ha un tipo (kind); un file è sempre un&apos;immagine</translation>
    </message>
    <message>
        <source>null (leave the field out instead)</source>
        <translation>null (piuttosto, omettere il campo)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>deve essere: %1, non: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>an id (text)</source>
        <translation>un id (testo)</translation>
    </message>
    <message>
        <source>%1 is not a valid id: it is %2 characters long; at most %3 are allowed</source>
        <translation>%1 non è un id valido: è lungo %2 caratteri; ne sono ammessi al massimo %3</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lower-case letters, digits and single hyphens, e.g. abai-monument-rome</source>
        <translation>%1 non è un id valido: usare lettere minuscole, cifre e trattini singoli, ad es. abai-monument-rome</translation>
    </message>
    <message>
        <source>a card id (text)</source>
        <translation>un id di scheda (testo)</translation>
    </message>
    <message>
        <source>%1 is not a card reference: its pack id %2; write a card id, or pack-id:card-id for a card of another pack</source>
        <translation>%1 non è un riferimento a una scheda: il suo id di pacchetto: %2; scrivere un id di scheda, o pack-id:card-id per una scheda di un altro pacchetto</translation>
    </message>
    <message>
        <source>%1 is not a card reference: its card id %2; write a card id, or pack-id:card-id for a card of another pack</source>
        <translation>%1 non è un riferimento a una scheda: il suo id di scheda: %2; scrivere un id di scheda, o pack-id:card-id per una scheda di un altro pacchetto</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos;, not %2</source>
        <translation>deve essere &apos;%1&apos;, non %2</translation>
    </message>
    <message>
        <source>%1 is not a kind; use one of %2</source>
        <translation>%1 non è un tipo; usare uno tra %2</translation>
    </message>
    <message>
        <source>%1 is not a side; use one of %2</source>
        <translation>%1 non è un lato; usare uno tra %2</translation>
    </message>
    <message>
        <source>%1 is not a translation status; use one of %2</source>
        <translation>%1 non è uno stato di traduzione; usare uno tra %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra %1</translation>
    </message>
    <message>
        <source>a colour written #rrggbb</source>
        <translation>un colore scritto #rrggbb</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it #rrggbb, e.g. #1f77b4</source>
        <translation>%1 non è un colore; scriverlo #rrggbb, ad es. #1f77b4</translation>
    </message>
    <message>
        <source>a two-letter country code</source>
        <translation>un codice di paese di due lettere</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code; use two capital letters, e.g. IT or KZ</source>
        <translation>%1 non è un codice di paese ISO 3166; usare due lettere maiuscole, ad es. IT o KZ</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>un indirizzo web</translation>
    </message>
    <message>
        <source>%1 is not a web address (%2)</source>
        <translation>%1 non è un indirizzo web (%2)</translation>
    </message>
    <message>
        <source>%1 is not a web address starting with http:// or https://</source>
        <translation>%1 non è un indirizzo web che inizia con http:// o https://</translation>
    </message>
    <message>
        <source>a version written as text, e.g. 1.0.0</source>
        <translation>una versione scritta come testo, ad es. 1.0.0</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value, then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a path such as media/abai.png</source>
        <translation>un percorso come media/abai.png</translation>
    </message>
    <message>
        <source>%1 must be inside the media/ folder, e.g. media/abai.png</source>
        <translation>%1 deve trovarsi nella cartella media/, ad es. media/abai.png</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 è troppo grande</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 non è un numero finito</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 non è compreso tra %2 e %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a date written as text, e.g. 2025-09-29 or circa 1254</source>
        <translation>una data scritta come testo, ad es. 2025-09-29 o circa 1254</translation>
    </message>
    <message>
        <source>an object with a label and a date, e.g. {&quot;label&quot;: {&quot;en&quot;: &quot;built&quot;}, &quot;date&quot;: &quot;1389/1405&quot;}</source>
        <translation>un oggetto con un&apos;etichetta e una data, ad es. {&quot;label&quot;: {&quot;en&quot;: &quot;built&quot;}, &quot;date&quot;: &quot;1389/1405&quot;}</translation>
    </message>
    <message>
        <source>%1 is not a kind of medium; use one of %2</source>
        <translation>%1 non è un tipo di contenuto multimediale; usare uno tra %2</translation>
    </message>
    <message>
        <source>%1 is not a way to draw a route; use one of %2</source>
        <translation>%1 non è un modo di tracciare un percorso; usa uno tra %2</translation>
    </message>
    <message>
        <source>%1 is not a date: it is %2 characters long; at most %3 are allowed</source>
        <translation>%1 non è una data: è lunga %2 caratteri; ne sono ammessi al massimo %3</translation>
    </message>
    <message>
        <source>source ids</source>
        <translation>id di fonti</translation>
    </message>
    <message numerus="yes">
        <source>lists %n source id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln id di fonte; qui ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln id di fonti; qui ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>place ids</source>
        <translation>id di luoghi</translation>
    </message>
    <message numerus="yes">
        <source>lists %n place id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln id di luogo; qui ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln id di luoghi; qui ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>card ids</source>
        <translation>id di schede</translation>
    </message>
    <message numerus="yes">
        <source>lists %n card id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln id di scheda; qui ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln id di schede; qui ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>texts</source>
        <translation>testi</translation>
    </message>
    <message numerus="yes">
        <source>lists %n text(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln testo; qui ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln testi; qui ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>labelled dates</source>
        <translation>date con etichetta</translation>
    </message>
    <message numerus="yes">
        <source>lists %n labelled date(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln data con etichetta; qui ne sono ammesse al massimo %1</numerusform>
            <numerusform>elenca %Ln date con etichetta; qui ne sono ammesse al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>language codes</source>
        <translation>codici di lingua</translation>
    </message>
    <message numerus="yes">
        <source>lists %n language code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln codice di lingua; qui ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln codici di lingua; qui ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must list at least one source</source>
        <translation>deve elencare almeno una fonte</translation>
    </message>
    <message>
        <source>must list at least two places</source>
        <translation>deve elencare almeno due luoghi</translation>
    </message>
    <message>
        <source>country codes</source>
        <translation>codici di paese</translation>
    </message>
    <message numerus="yes">
        <source>lists %n country code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>elenca %Ln codice di paese; qui ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln codici di paese; qui ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must list at least one country code, e.g. [&quot;IT&quot;]</source>
        <translation>deve elencare almeno un codice di paese, ad es. [&quot;IT&quot;]</translation>
    </message>
    <message>
        <source>lists a country more than once</source>
        <translation>elenca un paese più di una volta</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>un elenco di %1</translation>
    </message>
    <message>
        <source>lists %1 more than once</source>
        <translation>elenca %1 più di una volta</translation>
    </message>
    <message>
        <source>has the unknown field(s) %1; a labelled date has a label and a date</source>
        <translation>ha campi sconosciuti: %1; una data con etichetta ha solo i campi label e date</translation>
    </message>
    <message>
        <source>has no %1; a labelled date has a label and a date</source>
        <translation>manca il campo %1; una data con etichetta ha i campi label e date</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>label: %1</translation>
    </message>
    <message>
        <source>date: %1 is %2 characters long; at most %3 are allowed</source>
        <translation>date: %1 è lunga %2 caratteri; ne sono ammessi al massimo %3</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>date: %1</translation>
    </message>
    <message>
        <source>must list at least one language</source>
        <translation>deve elencare almeno una lingua</translation>
    </message>
    <message>
        <source>lists a language more than once</source>
        <translation>elenca una lingua più di una volta</translation>
    </message>
    <message>
        <source>must include &apos;%1&apos;: English texts are required in every pack</source>
        <translation>deve includere &apos;%1&apos;: i testi in inglese sono obbligatori in ogni pacchetto</translation>
    </message>
    <message>
        <source>list item %1: %2</source>
        <translation>elemento dell&apos;elenco %1: %2</translation>
    </message>
    <message>
        <source>a language code</source>
        <translation>un codice di lingua</translation>
    </message>
    <message>
        <source>%1 is not a language code such as en, it, kk or ru</source>
        <translation>%1 non è un codice di lingua come en, it, kk o ru</translation>
    </message>
    <message>
        <source>%1 is not one of the pack&apos;s languages (%2)</source>
        <translation>%1 non è una delle lingue del pacchetto (%2)</translation>
    </message>
    <message>
        <source>an object from language to text, e.g. {&quot;en&quot;: &quot;…&quot;, &quot;it&quot;: &quot;…&quot;}</source>
        <translation>un oggetto da lingua a testo, ad es. {&quot;en&quot;: &quot;…&quot;, &quot;it&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>has texts in %1 languages; at most %2 are allowed</source>
        <translation>ha testi in %1 lingue; ne sono ammesse al massimo %2</translation>
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
        <translation>il testo in inglese (&apos;%1&apos;) è obbligatorio</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>obbligatorio ma mancante</translation>
    </message>
    <message>
        <source>unknown field; did you mean &apos;%1&apos;?</source>
        <translation>campo sconosciuto; forse si intendeva &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unknown field; the fields here are %1</source>
        <translation>campo sconosciuto; i campi qui sono %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 is not allowed</source>
        <translation>JSON non valido: %1 non è ammesso</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1 is not UTF-8)</source>
        <translation>non è testo UTF-8 (il byte %1 non è UTF-8)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonna %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>JSON non valido: %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON non valido: annidato troppo in profondità</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>manca un valore</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>manca il separatore &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>manca il separatore &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>manca un nome di proprietà tra virgolette doppie</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>dati in più</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>stringa non chiusa</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carattere di controllo non valido</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>sequenza \escape non valida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>sequenza \uXXXX non valida</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgola finale non ammessa prima della fine dell&apos;oggetto</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgola finale non ammessa prima della fine dell&apos;array</translation>
    </message>
    <message>
        <source>The bundled collection %1 has no manifest</source>
        <translation>La collezione inclusa %1 non ha un manifest</translation>
    </message>
    <message>
        <source>it holds the folder the explorer keeps packs in (%1)</source>
        <translation>contiene la cartella in cui l&apos;explorer conserva i pacchetti (%1)</translation>
    </message>
    <message>
        <source>gives no id and version</source>
        <translation>non indica id e versione</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of the bundled collection, which is version %2; %3 is older and would never be shown.</source>
        <translation>&apos;%1&apos; è l&apos;id della collezione inclusa, che è alla versione %2; %3 è più vecchio e non verrebbe mai mostrato.</translation>
    </message>
    <message>
        <source>The collection cannot be opened: the data folder %1 cannot take it because %2 (%3), and a temporary copy failed too (%4).</source>
        <translation>La collezione non può essere aperta: la cartella dei dati %1 non può contenerla perché %2 (%3), e anche una copia temporanea non è riuscita (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (version %2, %n card(s))</source>
        <translation>
            <numerusform>%1 (versione %2, %Ln scheda)</numerusform>
            <numerusform>%1 (versione %2, %Ln schede)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is the id of the bundled collection (%2, %n card(s)). Importing %3 would replace it.</source>
        <translation>
            <numerusform>&apos;%1&apos; è l&apos;id della collezione inclusa (%2, %Ln scheda). Importare %3 la sostituirebbe.</numerusform>
            <numerusform>&apos;%1&apos; è l&apos;id della collezione inclusa (%2, %Ln schede). Importare %3 la sostituirebbe.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack with the id &apos;%1&apos; is already imported: %2, from %3. Importing %4 would replace it.</source>
        <translation>Un pacchetto con l&apos;id &apos;%1&apos; è già importato: %2, da %3. Importare %4 lo sostituirebbe.</translation>
    </message>
    <message>
        <source>The pack changed while it was imported (it said %1, then &apos;%2&apos; version %3). Nothing was changed.</source>
        <translation>Il pacchetto è cambiato durante l&apos;importazione (indicava %1, poi &apos;%2&apos; versione %3). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The disk is full: the pack could not be written into %1. Nothing was changed; free some space and try again.</source>
        <translation>Il disco è pieno: non è stato possibile scrivere il pacchetto in %1. Non è stato modificato nulla; liberare un po&apos; di spazio e riprovare.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written (%2). Nothing was changed.</source>
        <translation>Non è possibile scrivere nella cartella dei dati %1 (%2). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The pack could not be written (%1). Nothing was changed.</source>
        <translation>Non è stato possibile scrivere il pacchetto (%1). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>required but missing: a pack&apos;s manifest says &quot;format&quot;: &quot;%1&quot;</source>
        <translation>obbligatorio ma mancante: il manifest di un pacchetto indica &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a format this explorer reads; it must be &apos;%2&apos;</source>
        <translation>%1 non è un formato che questo explorer legge; deve essere &apos;%2&apos;</translation>
    </message>
    <message>
        <source>required but missing: this explorer reads format version %1</source>
        <translation>obbligatorio ma mancante: questo explorer legge la versione di formato %1</translation>
    </message>
    <message>
        <source>must be the whole number %1, not %2</source>
        <translation>deve essere il numero intero %1, non: %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this explorer reads format version %2; a newer explorer may read it</source>
        <translation>la versione di formato %1 non è supportata: questo explorer legge la versione di formato %2; un explorer più recente potrebbe leggerla</translation>
    </message>
    <message>
        <source>format version %1 is not supported: this explorer reads format version %2</source>
        <translation>la versione di formato %1 non è supportata: questo explorer legge la versione di formato %2</translation>
    </message>
    <message>
        <source>the picture is too large: more than %1 pixels, the most allowed, to protect against decompression bombs</source>
        <translation>l&apos;immagine è troppo grande: più di %1 pixel, il massimo ammesso per proteggersi dalle bombe di decompressione</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (cannot identify image file)</source>
        <translation>non è un&apos;immagine PNG o JPEG (il file non è riconoscibile come immagine)</translation>
    </message>
    <message>
        <source>the picture is too large: %1 × %2 pixels (%3 megapixels); at most %4 pixels on a side and %5 megapixels in all are allowed</source>
        <translation>l&apos;immagine è troppo grande: %1 × %2 pixel (%3 megapixel); sono ammessi al massimo %4 pixel per lato e %5 megapixel in tutto</translation>
    </message>
    <message>
        <source>missing: a pack needs a manifest.json at its top level (in a zip, possibly inside one top-level folder)</source>
        <translation>mancante: un pacchetto richiede un manifest.json al livello principale (in uno zip, eventualmente dentro un&apos;unica cartella principale)</translation>
    </message>
    <message>
        <source>must hold a JSON object, not %1</source>
        <translation>deve contenere un oggetto JSON, non: %1</translation>
    </message>
    <message>
        <source>missing: every pack needs this file</source>
        <translation>mancante: ogni pacchetto richiede questo file</translation>
    </message>
    <message>
        <source>must hold a JSON array of objects, not %1</source>
        <translation>deve contenere un array JSON di oggetti, non: %1</translation>
    </message>
    <message>
        <source>the line is longer than %1, the most one record may take (a record is one line: a line break inside a record must be written \n)</source>
        <translation>la riga è più lunga di %1, il massimo che un record può occupare (un record è una riga: un a capo dentro un record va scritto \n)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s); the most allowed in %1 is %2</source>
        <translation>
            <numerusform>contiene %Ln elemento; il massimo ammesso in %1 è %2</numerusform>
            <numerusform>contiene %Ln elementi; il massimo ammesso in %1 è %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s), bringing the pack to %1; the most allowed in all its files together is %2</source>
        <translation>
            <numerusform>contiene %Ln elemento, portando il pacchetto a %1; il massimo ammesso in tutti i suoi file insieme è %2</numerusform>
            <numerusform>contiene %Ln elementi, portando il pacchetto a %1; il massimo ammesso in tutti i suoi file insieme è %2</numerusform>
        </translation>
    </message>
    <message>
        <source>holds more than %1 cards, the most a pack may hold</source>
        <translation>contiene più di %1 schede, il massimo che un pacchetto può contenere</translation>
    </message>
    <message>
        <source>holds more than %1 %2 records, the most a pack may hold</source>
        <translation>contiene più di %1 record di %2, il massimo che un pacchetto può contenere</translation>
    </message>
    <message>
        <source>brings the pack to more than %1 records, the most allowed in all its files together</source>
        <translation>porta il pacchetto a più di %1 record, il massimo ammesso in tutti i suoi file insieme</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>deve essere un oggetto, non: %1</translation>
    </message>
    <message>
        <source>both ends are cards of other packs; a link must start or end at a card of this pack</source>
        <translation>entrambi gli estremi sono schede di altri pacchetti; un collegamento deve iniziare o finire in una scheda di questo pacchetto</translation>
    </message>
    <message>
        <source>holds markup (%1) in a plain-text field: it is shown exactly as written, tags and all; write plain text (a blank line between paragraphs)</source>
        <translation>contiene markup (%1) in un campo di testo semplice: il testo viene mostrato esattamente come è scritto, tag compresi; scrivere testo semplice (una riga vuota tra i paragrafi)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>passo %1: %2</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; keep only one</source>
        <translation>la chiave %1 compare due volte in un oggetto; tenerne solo una</translation>
    </message>
    <message>
        <source>the id is used twice in this file (%1); ids must be unique within a file</source>
        <translation>l&apos;id è usato due volte in questo file (%1); gli id devono essere unici in un file</translation>
    </message>
    <message>
        <source>unknown category %1</source>
        <translation>categoria sconosciuta %1</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>fonte sconosciuta %1</translation>
    </message>
    <message>
        <source>unknown place %1</source>
        <translation>luogo sconosciuto %1</translation>
    </message>
    <message>
        <source>unknown picture %1</source>
        <translation>immagine sconosciuta %1</translation>
    </message>
    <message>
        <source>unknown card %1</source>
        <translation>scheda sconosciuta %1</translation>
    </message>
    <message>
        <source>unknown lane %1; a card&apos;s lane must be the id of a lane in the pack&apos;s lanes.json</source>
        <translation>corsia sconosciuta %1; la corsia (lane) di una scheda deve essere l&apos;id di una corsia nel file lanes.json del pacchetto</translation>
    </message>
    <message>
        <source>%1 line %2 and %3 line %4</source>
        <translation>%1 riga %2 e %3 riga %4</translation>
    </message>
    <message>
        <source>items %1 and %2</source>
        <translation>elementi %1 e %2</translation>
    </message>
    <message>
        <source>lines %1 and %2</source>
        <translation>righe %1 e %2</translation>
    </message>
    <message>
        <source>%1 (%2) version %3</source>
        <translation>%1 (%2) versione %3</translation>
    </message>
    <message>
        <source>is an empty path</source>
        <translation>è un percorso vuoto</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carattere NUL</translation>
    </message>
    <message>
        <source>is an absolute path; write a path relative to the pack, e.g. media/abai.png</source>
        <translation>è un percorso assoluto; scrivere un percorso relativo al pacchetto, ad es. media/abai.png</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>contiene una barra rovesciata; separare le cartelle con /</translation>
    </message>
    <message>
        <source>points outside the pack (&apos;..&apos; is not allowed)</source>
        <translation>punta fuori dal pacchetto (&apos;..&apos; non è ammesso)</translation>
    </message>
    <message>
        <source>is not a plain relative path (it has an empty or &apos;.&apos; part)</source>
        <translation>non è un semplice percorso relativo (ha una parte vuota o &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>the pack unpacks to more than %1, the most allowed</source>
        <translation>il pacchetto decompresso supera %1, il massimo ammesso</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link to somewhere outside the pack</source>
        <translation>&apos;%1&apos; è un collegamento a un punto fuori dal pacchetto</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; %2</source>
        <comment>a zip member&apos;s name, then what is wrong with it</comment>
        <translation>il membro &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <comment>a file&apos;s name, then what is wrong with it</comment>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read (%2)</source>
        <translation>&apos;%1&apos; non può essere letto (%2)</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most one file may hold</source>
        <translation>il file è più grande di %1, il massimo che un file può contenere</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the pack</source>
        <translation>&apos;%1&apos; non è nel pacchetto</translation>
    </message>
    <message>
        <source>is a link to somewhere outside the pack</source>
        <translation>è un collegamento a un punto fuori dal pacchetto</translation>
    </message>
    <message>
        <source>the zip holds %1 members; at most %2 are allowed</source>
        <translation>lo zip contiene %1 membri; ne sono ammessi al massimo %2</translation>
    </message>
    <message>
        <source>the zip unpacks to %1; at most %2 are allowed</source>
        <translation>lo zip decompresso occupa %1; sono ammessi al massimo %2</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice</source>
        <translation>il membro &apos;%1&apos; compare due volte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a compression this explorer cannot read (%2)</source>
        <translation>&apos;%1&apos; usa una compressione che questo explorer non sa leggere (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged in the zip (%2)</source>
        <translation>&apos;%1&apos; è danneggiato nello zip (%2)</translation>
    </message>
    <message>
        <source>there is no such folder or zip file</source>
        <translation>non esiste una cartella o un file zip con questo nome</translation>
    </message>
    <message>
        <source>not a content pack: neither a folder nor a zip file (%1)</source>
        <translation>non è un pacchetto di contenuti: né una cartella né un file zip (%1)</translation>
    </message>
    <message>
        <source>only JSON Lines files may be in %1 (%2, %3, …)</source>
        <translation>in %1 possono esserci solo file JSON Lines (%2, %3, …)</translation>
    </message>
    <message>
        <source>%1 and in %2</source>
        <translation>%1 e in %2</translation>
    </message>
    <message>
        <source>the %1 are also written in %2; write them in one way only</source>
        <translation>i record %1 sono scritti anche in %2; scriverli in un solo modo</translation>
    </message>
    <message>
        <source>U+%1 (a control character)</source>
        <translation>U+%1 (un carattere di controllo)</translation>
    </message>
    <message>
        <source>U+%1 (an unpaired surrogate)</source>
        <translation>U+%1 (un surrogato spaiato)</translation>
    </message>
    <message>
        <source>has no visible character: it holds only %1; write some letters, digits or signs</source>
        <translation>non ha alcun carattere visibile: contiene solo %1; scrivere qualche lettera, cifra o segno</translation>
    </message>
    <message>
        <source>contains %1 at character %2; a web address may not hold spaces, control or invisible characters (write a space as %20)</source>
        <translation>contiene %1 al carattere %2; un indirizzo web non può contenere spazi, caratteri di controllo o invisibili (scrivere uno spazio come %20)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed here</source>
        <translation>è lungo %1 caratteri; qui ne sono ammessi al massimo %2</translation>
    </message>
    <message>
        <source>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are not allowed: they make text read differently from what it holds</source>
        <translation>incorporamenti, forzature e isolamenti bidirezionali (U+202A–U+202E, U+2066–U+2069) non sono ammessi: fanno leggere il testo diversamente da ciò che contiene</translation>
    </message>
    <message>
        <source>an unpaired surrogate is not a character</source>
        <translation>un surrogato spaiato non è un carattere</translation>
    </message>
    <message>
        <source>this text is one line: line breaks and tabs are allowed only in longer texts</source>
        <translation>questo testo è una sola riga: a capo e tabulazioni sono ammessi solo nei testi più lunghi</translation>
    </message>
    <message>
        <source>control characters cannot be shown; only line breaks and tabs are allowed</source>
        <translation>i caratteri di controllo non possono essere mostrati; sono ammessi solo a capo e tabulazioni</translation>
    </message>
    <message>
        <source>control characters cannot be shown; none is allowed here</source>
        <translation>i caratteri di controllo non possono essere mostrati; qui non ne è ammesso nessuno</translation>
    </message>
    <message>
        <source>contains %1 at character %2 (and %3 more); %4</source>
        <translation>contiene %1 al carattere %2 (e altri %3); %4</translation>
    </message>
    <message>
        <source>contains %1 at character %2; %3</source>
        <translation>contiene %1 al carattere %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) version %3, %n card(s)</source>
        <translation>
            <numerusform>%1 (%2) versione %3, %Ln scheda</numerusform>
            <numerusform>%1 (%2) versione %3, %Ln schede</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non può essere letto: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 non è un JSON valido: %2</translation>
    </message>
    <message>
        <source>%1 has format %2</source>
        <translation>%1 ha il formato %2</translation>
    </message>
    <message>
        <source>%1 is not a pack registry: %2</source>
        <translation>%1 non è un registro di pacchetti: %2</translation>
    </message>
    <message>
        <source>its entries are not as expected</source>
        <translation>le sue voci non sono come previsto</translation>
    </message>
    <message>
        <source>%1 names an archive outside %2: %3</source>
        <translation>%1 indica un archivio fuori da %2: %3</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be read</source>
        <translation>l&apos;immagine è danneggiata e non può essere letta</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>spazio esaurito sul disco</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>file system di sola lettura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>file o cartella inesistente</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>non è un file zip, oppure è danneggiato</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the log has the details</source>
        <translation>si è verificato un errore imprevisto; i dettagli sono nel registro</translation>
    </message>
    <message>
        <source>in the system’s own words: “%1”</source>
        <translation>messaggio del sistema: “%1”</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>il database è danneggiato</translation>
    </message>
    <message>
        <source>the database is locked by another program</source>
        <translation>il database è bloccato da un altro programma</translation>
    </message>
    <message>
        <source>the database cannot be written to</source>
        <translation>non è possibile scrivere nel database</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>il file del database non può essere aperto</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>il file è danneggiato</translation>
    </message>
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
    <message>
        <source>an interval needs a date at one end at least</source>
        <translation>un intervallo richiede una data almeno a uno dei due estremi</translation>
    </message>
    <message>
        <source>%1 is not an interval; write two dates with a slash between, as in 1964/2008, ../1985 or 1985/..</source>
        <translation>%1 non è un intervallo; scrivere due date separate da una barra, come in 1964/2008, ../1985 o 1985/..</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours go to 23, minutes to 59</source>
        <translation>%1 non è un orario: le ore arrivano a 23, i minuti a 59</translation>
    </message>
    <message>
        <source>second %1 is not between 0 and 59</source>
        <translation>il secondo %1 non è compreso tra 0 e 59</translation>
    </message>
    <message>
        <source>%1 is not a time of day; write e.g. 14:30, 14:30:05, 14:30Z or 14:30+05:00</source>
        <translation>%1 non è un orario; scrivere ad es. 14:30, 14:30:05, 14:30Z o 14:30+05:00</translation>
    </message>
    <message>
        <source>%1 is not a UTC offset: they go from -14:00 to +14:00</source>
        <translation>%1 non è uno scostamento da UTC: va da -14:00 a +14:00</translation>
    </message>
    <message>
        <source>a list of steps, e.g. [{&quot;card&quot;: &quot;abai&quot;, &quot;text&quot;: {&quot;en&quot;: &quot;…&quot;}}]</source>
        <translation>un elenco di passi, ad es. [{&quot;card&quot;: &quot;abai&quot;, &quot;text&quot;: {&quot;en&quot;: &quot;…&quot;}}]</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>deve elencare almeno un passo</translation>
    </message>
    <message numerus="yes">
        <source>lists %n step(s); at most %1 are allowed in a story</source>
        <translation>
            <numerusform>elenca %Ln passo; in una storia ne sono ammessi al massimo %1</numerusform>
            <numerusform>elenca %Ln passi; in una storia ne sono ammessi al massimo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of a step, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown route %1</source>
        <translation>percorso sconosciuto %1</translation>
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
    <name>PlaceTree</name>
    <message>
        <source>Places by country</source>
        <translation>Luoghi per paese</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Nessun paese</translation>
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
            <numerusform>il pacchetto ha %Ln problema; i primi %1 sono:</numerusform>
            <numerusform>il pacchetto ha %Ln problemi; i primi %1 sono:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pack has %n problem(s):</source>
        <translation>
            <numerusform>il pacchetto ha %Ln problema:</numerusform>
            <numerusform>il pacchetto ha %Ln problemi:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1, chosen as number %2</source>
        <translation>%1, scelta come numero %2</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Giusto!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Non proprio.</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Apri la scheda</translation>
    </message>
    <message>
        <source>Open the card “%1”</source>
        <translation>Apri la scheda «%1»</translation>
    </message>
    <message>
        <source>Open one of these cards</source>
        <translation>Apri una di queste schede</translation>
    </message>
    <message>
        <source>See the score</source>
        <translation>Vedi il punteggio</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <source>From earliest to latest: %1</source>
        <translation>Dal più antico al più recente: %1</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>La risposta: %1</translation>
    </message>
    <message>
        <source>Put these in order, from the earliest to the latest.</source>
        <translation>Mettile in ordine, dalla più antica alla più recente.</translation>
    </message>
    <message>
        <source>Which place goes with “%1”?</source>
        <translation>Quale luogo va con «%1»?</translation>
    </message>
    <message>
        <source>In which year does “%1” begin?</source>
        <translation>In che anno comincia «%1»?</translation>
    </message>
    <message>
        <source>True or false? The card “%1” names the place %2.</source>
        <translation>Vero o falso? La scheda «%1» nomina il luogo %2.</translation>
    </message>
    <message>
        <source>True or false? “%1” dates from the %2s.</source>
        <translation>Vero o falso? «%1» risale agli anni %2.</translation>
    </message>
    <message>
        <source>True or false? The card “%1” is in the category “%2”.</source>
        <translation>Vero o falso? La scheda «%1» è nella categoria «%2».</translation>
    </message>
    <message>
        <source>Tap the cards from the earliest to the latest.</source>
        <translation>Tocca le schede dalla più antica alla più recente.</translation>
    </message>
    <message>
        <source>Choose the cards from the earliest to the latest: click them, or press their numbers.</source>
        <translation>Scegli le schede dalla più antica alla più recente: fai clic su di esse o premi i loro numeri.</translation>
    </message>
    <message>
        <source>Press a number to answer.</source>
        <translation>Premi un numero per rispondere.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
    <message>
        <source>Start the order again</source>
        <translation>Ricomincia l&apos;ordine</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>There is no quiz: this collection has no cards.</source>
        <translation>Non c&apos;è un quiz: questa collezione non ha schede.</translation>
    </message>
    <message>
        <source>There is no quiz: the cards of this collection give no dates, places or categories to ask about.</source>
        <translation>Non c&apos;è un quiz: le schede di questa collezione non hanno date, luoghi o categorie su cui fare domande.</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Registrazione audio</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
</context>
<context>
    <name>RemoteMediaPlaceholder</name>
    <message>
        <source>%1 kept online, not shown here</source>
        <translation>%1 disponibile online, non visualizzabile qui</translation>
    </message>
</context>
<context>
    <name>RoundEnd</name>
    <message>
        <source>End of the round</source>
        <translation>Fine del giro</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 giuste su %2</translation>
    </message>
    <message>
        <source>Your best: %1 of %2</source>
        <translation>Il tuo record: %1 su %2</translation>
    </message>
    <message>
        <source>right</source>
        <translation>giusta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>sbagliata</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Gioca ancora</translation>
    </message>
    <message>
        <source>In order: %1</source>
        <translation>In ordine: %1</translation>
    </message>
</context>
<context>
    <name>StartError</name>
    <message>
        <source>Italy–Kazakhstan Cultural Explorer</source>
        <translation>Italia–Kazakistan: esploratore culturale</translation>
    </message>
    <message>
        <source>The explorer cannot open its collection, so it cannot start.</source>
        <translation>L&apos;explorer non riesce ad aprire la sua collezione e quindi non può avviarsi.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the explorer cannot start.</source>
        <translation>Si è verificato un errore imprevisto e l&apos;explorer non può avviarsi.</translation>
    </message>
    <message>
        <source>Its details are for whoever looks after the explorer; its log keeps them too.</source>
        <translation>I dettagli sono per chi si occupa dell&apos;explorer; li conserva anche il suo registro.</translation>
    </message>
</context>
<context>
    <name>StoryList</name>
    <message>
        <source>Stories</source>
        <translation>Storie</translation>
    </message>
    <message>
        <source>Guided paths through the collection, one card at a time.</source>
        <translation>Percorsi guidati nella collezione, una scheda alla volta.</translation>
    </message>
    <message>
        <source>This collection has no stories yet.</source>
        <translation>Questa collezione non ha ancora storie.</translation>
    </message>
</context>
<context>
    <name>StoryPlayer</name>
    <message>
        <source>← All stories</source>
        <translation>← Tutte le storie</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Precedente</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Successivo →</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Apri la scheda</translation>
    </message>
    <message>
        <source>Show on the timeline</source>
        <translation>Mostra nella cronologia</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Mostra sulla mappa</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Portala a casa</translation>
    </message>
    <message>
        <source>Study sheet (PDF)…</source>
        <translation>Scheda di studio (PDF)…</translation>
    </message>
    <message>
        <source>Save this story as a study sheet (PDF)</source>
        <translation>Salva questa storia come scheda di studio (PDF)</translation>
    </message>
    <message>
        <source>Study sheet (PDF)</source>
        <translation>Scheda di studio (PDF)</translation>
    </message>
    <message>
        <source>Progress through the story</source>
        <translation>Avanzamento nella storia</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>This card is not in the collection.</source>
        <translation>Questa scheda non è nella collezione.</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Non ancora tradotto: mostrato in inglese.</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed.</source>
        <translation>Traduzione in bozza, non ancora rivista.</translation>
    </message>
</context>
<context>
    <name>StoryTile</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%Ln passo</numerusform>
            <numerusform>%Ln passi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudySheet</name>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Cards in this sheet: %1</source>
        <translation>Schede in questo foglio: %1</translation>
    </message>
    <message>
        <source>Only the first %1 of the %2 cards found are in this sheet.</source>
        <translation>In questo foglio ci sono solo le prime %1 delle %2 schede trovate.</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>La mia nota:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fonti: %1</translation>
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
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · pagina %2 di %3</translation>
    </message>
</context>
<context>
    <name>StudySheetSaver</name>
    <message>
        <source>Save the study sheet</source>
        <translation>Salva la scheda di studio</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Study sheet</source>
        <translation>Scheda di studio</translation>
    </message>
    <message>
        <source>The study sheet could not be written.</source>
        <translation>Non è stato possibile scrivere la scheda di studio.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Scan to keep the sources</source>
        <translation>Inquadra per portare con te le fonti</translation>
    </message>
    <message>
        <source>None of these sources has an address to keep.</source>
        <translation>Nessuna di queste fonti ha un indirizzo da conservare.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
    <name>TimelineOptionsDialog</name>
    <message>
        <source>Import a timeline</source>
        <translation>Importa una cronologia</translation>
    </message>
    <message>
        <source>“%1” is converted into a content pack, then imported.</source>
        <translation>«%1» viene convertito in un pacchetto di contenuti, poi importato.</translation>
    </message>
    <message>
        <source>Language of its texts</source>
        <translation>Lingua dei testi</translation>
    </message>
    <message>
        <source>Language of its texts:</source>
        <translation>Lingua dei testi:</translation>
    </message>
    <message>
        <source>The timeline&apos;s own title</source>
        <translation>Il titolo della cronologia stessa</translation>
    </message>
    <message>
        <source>Title of the pack</source>
        <translation>Titolo del pacchetto</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Not stated in the source</source>
        <translation>Non indicata nella fonte</translation>
    </message>
    <message>
        <source>Licence of the timeline</source>
        <translation>Licenza della cronologia</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenza:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
            <numerusform>%Ln scheda datata</numerusform>
            <numerusform>%Ln schede datate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%Ln evento: tocca per ingrandire</numerusform>
            <numerusform>%Ln eventi: tocca per ingrandire</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%Ln evento: clicca per ingrandire</numerusform>
            <numerusform>%Ln eventi: clicca per ingrandire</numerusform>
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
    <name>WarningWords</name>
    <message numerus="yes">
        <source>%n text(s) of the pack may need a look (markup in plain text); the log lists them.</source>
        <translation>
            <numerusform>%Ln testo del pacchetto va forse rivisto (markup in un testo semplice); il registro lo elenca.</numerusform>
            <numerusform>%Ln testi del pacchetto vanno forse rivisti (markup in un testo semplice); il registro li elenca.</numerusform>
        </translation>
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
        <source>Everything in the timeline was carried over.</source>
        <translation>Tutto il contenuto della cronologia è stato ripreso.</translation>
    </message>
    <message>
        <source>Things in the timeline not carried over as they were: %1 (%2). The log lists them.</source>
        <translation>Elementi della cronologia non ripresi così com’erano: %1 (%2). Il registro li elenca.</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation>Importa un pacchetto di contenuti</translation>
    </message>
    <message>
        <source>Content packs and timelines (*.zip manifest.json *.json *.csv *.xml)</source>
        <translation>Pacchetti di contenuti e cronologie (*.zip manifest.json *.json *.csv *.xml)</translation>
    </message>
    <message>
        <source>Content packs (*.zip manifest.json)</source>
        <translation>Pacchetti di contenuti (*.zip manifest.json)</translation>
    </message>
    <message>
        <source>TimelineJS or SIMILE timelines (*.json *.csv *.xml)</source>
        <translation>Cronologie TimelineJS o SIMILE (*.json *.csv *.xml)</translation>
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
        <source>Nothing was imported: the timeline could not be converted: %1</source>
        <translation>Non è stato importato nulla: non è stato possibile convertire la cronologia: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
</TS>
