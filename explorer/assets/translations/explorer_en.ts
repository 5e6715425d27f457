<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardsPage</name>
    <message numerus="yes">
        <source>%n card(s) match “%1”</source>
        <translation>
            <numerusform>%Ln card matches “%1”</numerusform>
            <numerusform>%Ln cards match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentNotices</name>
    <message numerus="yes">
        <source>The content database was damaged (%1) and was rebuilt from the bundled collection and %n imported pack(s).</source>
        <translation>
            <numerusform>The content database was damaged (%1) and was rebuilt from the bundled collection and %Ln imported pack.</numerusform>
            <numerusform>The content database was damaged (%1) and was rebuilt from the bundled collection and %Ln imported packs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of imported packs was damaged (%1) and was made again from the %n pack archive(s) kept in %2.</source>
        <translation>
            <numerusform>The list of imported packs was damaged (%1) and was made again from the %Ln pack archive kept in %2.</numerusform>
            <numerusform>The list of imported packs was damaged (%1) and was made again from the %Ln pack archives kept in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>The explorer starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>The explorer starts again for the next visitor in %Ln second.</numerusform>
            <numerusform>The explorer starts again for the next visitor in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message numerus="yes">
        <source>%n more with fewer cards: search finds them</source>
        <translation>
            <numerusform>%Ln more with fewer cards: search finds it</numerusform>
            <numerusform>%Ln more with fewer cards: search finds them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValues</name>
    <message numerus="yes">
        <source>%1, %n card(s)</source>
        <translation>
            <numerusform>%1, %Ln card</numerusform>
            <numerusform>%1, %Ln cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%Ln place on the map</numerusform>
            <numerusform>%Ln places on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) here</source>
        <translation>
            <numerusform>%Ln card here</numerusform>
            <numerusform>%Ln cards here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackProblems</name>
    <message numerus="yes">
        <source>lists %n source id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln source id; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln source ids; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n place id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln place id; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln place ids; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n card id(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln card id; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln card ids; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n text(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln text; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln texts; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n labelled date(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln labelled date; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln labelled dates; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n language code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln language code; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln language codes; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n country code(s); at most %1 are allowed here</source>
        <translation>
            <numerusform>lists %Ln country code; at most %1 are allowed here</numerusform>
            <numerusform>lists %Ln country codes; at most %1 are allowed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s); the most allowed in %1 is %2</source>
        <translation>
            <numerusform>holds %Ln item; the most allowed in %1 is %2</numerusform>
            <numerusform>holds %Ln items; the most allowed in %1 is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %n item(s), bringing the pack to %1; the most allowed in all its files together is %2</source>
        <translation>
            <numerusform>holds %Ln item, bringing the pack to %1; the most allowed in all its files together is %2</numerusform>
            <numerusform>holds %Ln items, bringing the pack to %1; the most allowed in all its files together is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) version %3, %n card(s)</source>
        <translation>
            <numerusform>%1 (%2) version %3, %Ln card</numerusform>
            <numerusform>%1 (%2) version %3, %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (version %2, %n card(s))</source>
        <translation>
            <numerusform>%1 (version %2, %Ln card)</numerusform>
            <numerusform>%1 (version %2, %Ln cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is the id of the bundled collection (%2, %n card(s)). Importing %3 would replace it.</source>
        <translation>
            <numerusform>&apos;%1&apos; is the id of the bundled collection (%2, %Ln card). Importing %3 would replace it.</numerusform>
            <numerusform>&apos;%1&apos; is the id of the bundled collection (%2, %Ln cards). Importing %3 would replace it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lists %n step(s); at most %1 are allowed in a story</source>
        <translation>
            <numerusform>lists %Ln step; at most %1 are allowed in a story</numerusform>
            <numerusform>lists %Ln steps; at most %1 are allowed in a story</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message numerus="yes">
        <source>the pack has %n problems; the first %1 are:</source>
        <translation>
            <numerusform>the pack has %Ln problems; the first %1 are:</numerusform>
            <numerusform>the pack has %Ln problems; the first %1 are:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pack has %n problem(s):</source>
        <translation>
            <numerusform>the pack has %Ln problem:</numerusform>
            <numerusform>the pack has %Ln problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%n dated card(s)</source>
        <translation>
            <numerusform>%Ln dated card</numerusform>
            <numerusform>%Ln dated cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n event(s): tap to zoom in</source>
        <translation>
            <numerusform>%Ln event: tap to zoom in</numerusform>
            <numerusform>%Ln events: tap to zoom in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): click to zoom in</source>
        <translation>
            <numerusform>%Ln event: click to zoom in</numerusform>
            <numerusform>%Ln events: click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningWords</name>
    <message numerus="yes">
        <source>%n text(s) of the pack may need a look (markup in plain text); the log lists them.</source>
        <translation>
            <numerusform>%Ln text of the pack may need a look (markup in plain text); the log lists it.</numerusform>
            <numerusform>%Ln texts of the pack may need a look (markup in plain text); the log lists them.</numerusform>
        </translation>
    </message>
</context>
</TS>
