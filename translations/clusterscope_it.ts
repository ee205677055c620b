<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+215"/>
        <source>Manual classes need at least two limits.</source>
        <translation>Le classi manuali richiedono almeno due limiti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limit %1 is not a finite number.</source>
        <translation>Il limite manuale %1 non è un numero finito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limits must ascend: %1 follows %2.</source>
        <translation>I limiti manuali devono essere crescenti: %1 segue %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The centre of diverging classes must be a finite number.</source>
        <translation>Il centro delle classi divergenti deve essere un numero finito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diverging classes need at least two classes.</source>
        <translation>Le classi divergenti richiedono almeno due classi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard deviation step must be a positive number.</source>
        <translation>Il passo della deviazione standard deve essere un numero positivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one class is needed.</source>
        <translation>È necessaria almeno una classe.</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n stella</numerusform>
            <numerusform>%n stelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ClusterData</name>
    <message>
        <location filename="../maps/ClusterData.cpp" line="+55"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat RFL: occupati per sezione NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SBS: persone occupate per divisione NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics per i confini amministrativi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Fonte: Eurostat (lfst_r_lfe2en2, occupati di 15 anni e più, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Fonte: Eurostat (sbs_r_nuts06_r2, persone occupate, 2015). %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Industry (except construction)</source>
        <translation>Industria (escluse le costruzioni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade, transport, accommodation and food service activities</source>
        <translation>Commercio all&apos;ingrosso e al dettaglio, trasporti, servizi di alloggio e di ristorazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, scientific, technical, administrative and support service activities</source>
        <translation>Attività professionali, scientifiche e tecniche; attività amministrative e di servizi di supporto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public administration, defence, education, human health and social work activities</source>
        <translation>Amministrazione pubblica, difesa, istruzione, sanità e assistenza sociale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arts, entertainment and recreation; other service activities; households; extra-territorial</source>
        <translation>Attività artistiche, di intrattenimento e divertimento; altre attività di servizi; famiglie; organismi extraterritoriali</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Persons employed</source>
        <translation>Persone occupate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of reference employment</source>
        <translation>Quota dell&apos;occupazione di riferimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of regional employment (focus)</source>
        <translation>Quota dell&apos;occupazione regionale (focalizzazione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient</source>
        <translation>Quoziente di localizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster stars (size, specialisation, focus)</source>
        <translation>Stelle di cluster (dimensione, specializzazione, focalizzazione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth (% per year)</source>
        <translation>Crescita dell&apos;occupazione (% annuo)</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+57"/>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &apos;%1&apos;; valid pages: A4, A3, Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --dpi &apos;%1&apos;; valid: 36 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>NUTS level (0-3).</source>
        <translation>Livello NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Categoria: una divisione NACE (C28), una sezione (C) o un codice di cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator: lq, share, focus or employment.</source>
        <translation>Indicatore: lq, share, focus o employment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the data.</source>
        <translation>Anno dei dati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification: %1.</source>
        <translation>Classificazione: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Numero di classi (2-9, predefinito 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Limiti di classe manuali, ad es. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr).</source>
        <translation>Tavolozza dei colori (ad es. viridis_r, YlGnBu, PuOr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Set di dati incorporato: %1 (predefinito sbs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat or a long CSV (with --map-columns).</source>
        <translation>File statistico: TSV Eurostat, SDMX-CSV, JSON-stat o un CSV lungo (con --map-columns).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</source>
        <translation>Colonne di un CSV lungo: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64.</source>
        <translation>Fissa dimensioni aggiuntive di --data, ad es. unit=THS,age=Y15-64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply the values of --data (1000 for THS).</source>
        <translation>Moltiplica i valori di --data (1000 per THS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Versione NUTS di --data: 2010, 2013, 2016 o 2021 (predefinita 2013).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --filter &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --scale &apos;%1&apos;; expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown NUTS version &apos;%1&apos;; valid versions: 2010, 2013, 2016, 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation>Fonte: %1. © EuroGeographics per i confini amministrativi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no usable data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown category &apos;%1&apos;; valid categories: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown classification &apos;%1&apos;; valid classifications: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --classes &apos;%1&apos;; valid: 2 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --breaks &apos;%1&apos;; expected ascending numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writes the scores of one map without a window.</source>
        <translation>Scrive i valori di una mappa senza finestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export command.</source>
        <translation>Il comando export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Formato di output: csv, png, svg, pdf o gpkg (GeoPackage con uno stile QGIS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>File di output, o - per lo standard output (csv).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure size in pixels (default 1920x1080).</source>
        <translation>Dimensione della figura in pixel (predefinita 1920x1080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size for the figure: A4, A3 or Letter.</source>
        <translation>Formato pagina della figura: A4, A3 o Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape page (default).</source>
        <translation>Pagina orizzontale (predefinita).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait page.</source>
        <translation>Pagina verticale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution in dots per inch (default 96, 300 for pages).</source>
        <translation>Risoluzione in punti per pollice (predefinita 96, 300 per le pagine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure title.</source>
        <translation>Titolo della figura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure subtitle.</source>
        <translation>Sottotitolo della figura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; see clusterscope export --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, png, svg, pdf, gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>warning: %1; names left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+100"/>
        <source>Clusters only</source>
        <translation>Solo cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide NACE sections and divisions</source>
        <translation>Nascondi sezioni e divisioni NACE</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+76"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1: LQ %2, %n star(s)</source>
        <translation>
            <numerusform>%1: LQ %2, %n stella</numerusform>
            <numerusform>%1: LQ %2, %n stelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose two to four regions to compare.</source>
        <translation>Scegliere da due a quattro regioni da confrontare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Nessun dato per il livello NUTS %1 nel %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n shared strength(s) (every region LQ ≥ 1 or at least one star), in bold.</source>
        <translation>
            <numerusform>%1 — %n punto di forza comune (ogni regione LQ ≥ 1 o almeno una stella), in grassetto.</numerusform>
            <numerusform>%1 — %n punti di forza comuni (ogni regione LQ ≥ 1 o almeno una stella), in grassetto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No shared cluster strengths</source>
        <translation>Nessun punto di forza comune nei cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared cluster strengths (LQ)</source>
        <translation>Punti di forza comuni nei cluster (LQ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Location quotient</source>
        <translation>Quoziente di localizzazione</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Troppo pochi cluster con dati per un grafico radar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n cluster(s) by mean LQ</source>
        <translation>
            <numerusform>Primo %n cluster per LQ medio</numerusform>
            <numerusform>Primi %n cluster per LQ medio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+187"/>
        <source>cannot create the cache folder %1</source>
        <translation>impossibile creare la cartella della cache %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <location line="+10"/>
        <source>cannot write the cache file %1: %2</source>
        <translation>impossibile scrivere il file della cache %1: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+71"/>
        <source>the download of %1 was cancelled</source>
        <translation>il download di %1 è stato annullato</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>HTTP error %1 %2 for %3</source>
        <translation>errore HTTP %1 %2 per %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1 (connection refused); check that you are online and the server address is right: %2</source>
        <translation>impossibile connettersi a %1 (connessione rifiutata); verificare di essere online e che l&apos;indirizzo del server sia corretto: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 not found; you may be offline: %2</source>
        <translation>host %1 non trovato; potreste essere offline: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data from %1 for %2 s; the download timed out: %3</source>
        <translation>nessun dato da %1 per %2 s; il download è scaduto: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network is not available (%1); you may be offline: %2</source>
        <translation>la rete non è disponibile (%1); potreste essere offline: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download failed: %1: %2</source>
        <translation>il download non è riuscito: %1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the data from %1 could not be read: %2</source>
        <translation>impossibile leggere i dati da %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::EurostatTable</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+83"/>
        <source>cannot open: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>il file è in UTF-16; salvarlo come UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not a text table</source>
        <translation>il file è binario, non una tabella di testo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>l&apos;intestazione richiede le dimensioni «%1» e «%2»; contiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro su una dimensione sconosciuta «%1»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>attese %1 celle, trovate %2; riga saltata</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (region %2, industry %3, %4); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensione «%1» ha più valori (%2); sceglierne uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>nessuna riga di dati corrisponde</translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+131"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation>%1: la dimensione di output %2×%3 px è fuori intervallo (16–30000)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+111"/>
        <location line="+46"/>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: impossibile leggere il livello NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>impossibile scrivere %1: la cartella non esiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+67"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>impossibile scrivere lo stile QGIS in %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+65"/>
        <source>cannot open: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>il file è compresso con gzip; decomprimerlo prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not JSON-stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON-stat dataset: the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: the server returned an error instead of data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>class: &apos;%1&apos; is not supported; expected a JSON-stat 2.0 &apos;dataset&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id: missing or empty; not a JSON-stat 2.0 dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: %1 entries, but id names %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id[%1]: not a dimension name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size[%1]: not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: the dataset is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.category: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.category.index[%2]: not a position below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.category.index[%2]: position %3 is taken by &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.category.index: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro su una dimensione sconosciuta «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensione «%1» ha più valori (%2); sceglierne uno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value: %1 cells, but size says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+54"/>
        <source>not a cell index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>value: missing; expected an array or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a flag string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries, but size says %2; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no data cells matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+47"/>
        <source>change view</source>
        <translation>cambia vista</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS level</source>
        <translation>Livello NUTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Settore (NACE) o categoria di cluster; digitare per cercare</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animate the years</source>
        <translation>Anima gli anni</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantiles</source>
        <translation>Quantili</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal intervals</source>
        <translation>Intervalli uguali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Interruzioni naturali (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Deviazione standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverging around 1</source>
        <translation>Divergente intorno a 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (0–3)</source>
        <translation>Stelle (0–3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification</source>
        <translation>Classificazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default palette</source>
        <translation>Tavolozza predefinita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour palette</source>
        <translation>Tavolozza dei colori</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level </source>
        <translation>&amp;Livello </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation> &amp;Categoria </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation> &amp;Indicatore </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation> &amp;Anno </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style</source>
        <translation>Stile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cl&amp;asses </source>
        <translation>Cl&amp;assi </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Trova regione (nome o codice NUTS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No region matches “%1”</source>
        <translation>Nessuna regione corrisponde a «%1»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region profile</source>
        <translation>Profilo della regione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Regioni partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare regions</source>
        <translation>Confronta regioni</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;figure…</source>
        <translation>Esporta &amp;figura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;scores (CSV)…</source>
        <translation>Esporta &amp;valori (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find region</source>
        <translation>&amp;Trova regione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Europe</source>
        <translation>Zoom sull&apos;&amp;Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom sulla &amp;selezione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected regions</source>
        <translation>&amp;Confronta le regioni selezionate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 regions (Ctrl-click) to compare them.</source>
        <translation>Selezionare da 2 a 4 regioni (Ctrl-clic) per confrontarle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterScope</source>
        <translation>&amp;Informazioni su ClusterScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ClusterScope</source>
        <translation>Informazioni su ClusterScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; maps the strength of economic clusters across Europe&apos;s regions.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cluster categories are the US Cluster Mapping Project&apos;s traded clusters carried over to NACE Rev. 2 through official concordances; they are not the official European Cluster Panorama definitions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; mappa la forza dei cluster economici nelle regioni d&apos;Europa.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Le categorie di cluster sono i cluster commerciabili (traded clusters) dello US Cluster Mapping Project, riportati alla NACE Rev. 2 tramite tavole di corrispondenza ufficiali; non sono le definizioni ufficiali dell&apos;European Cluster Panorama.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>ClusterScope — %1</source>
        <translation>ClusterScope — %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>Export figure</source>
        <translation>Esporta figura</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Scegliere un nome di file che termini con .png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export scores</source>
        <translation>Esporta valori</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+36"/>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+32"/>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+113"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: impossibile aprire i confini NUTS (%2). Eseguire scripts/setup.sh per creare la cache o impostare CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: nessun livello «%2» in questo file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: impossibile riproiettare il livello «%2» in EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: impossibile riproiettare la regione %2 in EPSG:3035</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no features with a NUTS_ID</source>
        <translation>%1: il livello «%2» non ha elementi con NUTS_ID</translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+55"/>
        <source>Similar profile (cosine)</source>
        <translation>Profilo simile (coseno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar profile (correlation)</source>
        <translation>Profilo simile (correlazione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementary (strong where related but weak here)</source>
        <translation>Complementare (forte dove correlato ma debole qui)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of partners</source>
        <translation>Numero di partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Whole profile</source>
        <translation>Profilo completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No region selected.</source>
        <translation>Nessuna regione selezionata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 non ha dati al livello NUTS %2 nel %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 non è una categoria di cluster; scegliere un cluster o usare il profilo completo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Nessun cluster in cui entrambe abbiano LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both specialised in: %1</source>
        <translation>Entrambe specializzate in: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: cosine similarity of the LQ profiles over %n cluster(s), 1 = same shape.</source>
        <translation>
            <numerusform>Punteggio: similarità del coseno dei profili LQ su %n cluster, 1 = stessa forma.</numerusform>
            <numerusform>Punteggio: similarità del coseno dei profili LQ su %n cluster, 1 = stessa forma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: correlation of the LQ profiles over %n cluster(s), from −1 to 1.</source>
        <translation>
            <numerusform>Punteggio: correlazione dei profili LQ su %n cluster, da −1 a 1.</numerusform>
            <numerusform>Punteggio: correlazione dei profili LQ su %n cluster, da −1 a 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Solo regioni con LQ ≥ 1 in %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score: min(LQ, %1) of the partner in %2 × the relatedness density ω of %3 in it (0–1).</source>
        <translation>Punteggio: min(LQ, %1) del partner in %2 × la densità di correlazione ω di %3 in esso (0–1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 è già specializzata in esso (LQ %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: sum over the clusters where %1 has LQ &lt; 1 and the partner LQ ≥ 1 of min(LQ, %2) × the relatedness density ω of %1 in the cluster (0–1): strengths of the partner that %1 lacks but is related to.</source>
        <translation>Punteggio: somma, sui cluster in cui %1 ha LQ &lt; 1 e il partner LQ ≥ 1, di min(LQ, %2) × la densità di correlazione ω di %1 nel cluster (0–1): punti di forza del partner che mancano a %1 ma a cui è correlata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No partner found.</source>
        <translation>Nessun partner trovato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export partners</source>
        <translation>Esporta partner</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message numerus="yes">
        <location filename="../widgets/RegionProfile.cpp" line="+157"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n stella</numerusform>
            <numerusform>%n stelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Employment</source>
        <translation>Occupazione</translation>
    </message>
    <message>
        <location line="-339"/>
        <location line="+176"/>
        <location line="+67"/>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+243"/>
        <location line="+27"/>
        <source>Focus</source>
        <translation>Focalizzazione</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No region selected</source>
        <translation>Nessuna regione selezionata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation>%1: nessun dato al livello NUTS %2 nel %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — portafoglio di cluster, NUTS %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster has a location quotient</source>
        <translation>Nessun cluster ha un quoziente di localizzazione</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Top %n cluster(s) by location quotient</source>
        <translation>
            <numerusform>Primo %n cluster per quoziente di localizzazione</numerusform>
            <numerusform>Primi %n cluster per quoziente di localizzazione</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Location quotient</source>
        <translation>Quoziente di localizzazione</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Select a category to see the numbers behind its location quotient and stars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selezionare una categoria per vedere i numeri alla base del suo quoziente di localizzazione e delle sue stelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 in %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employment of the region in the category</source>
        <translation>occupazione della regione nella categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region</source>
        <translation>occupazione della regione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment in the category, all regions of the level</source>
        <translation>occupazione nella categoria, tutte le regioni del livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment, all regions of the level</source>
        <translation>occupazione, tutte le regioni del livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location quotient</source>
        <translation>quoziente di localizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e_rc / e_r</source>
        <translation>e_rc / e_r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula:</source>
        <translation>Formula:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Nessun LQ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stars:</source>
        <translation>Stelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Stella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robust (±10 %)</source>
        <translation>Robusta (±10 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % of regions by e_rc</source>
        <translation>primo 10 % delle regioni per e_rc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>Specializzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LQ ≥ 2</source>
        <translation>LQ ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top 10 % of regions by e_rc / e_r</source>
        <translation>primo 10 % delle regioni per e_rc / e_r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Produttività</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % by relative wage</source>
        <translation>primo 10 % per salario relativo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not computed</source>
        <translation>non calcolato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cell was left out of the sums.</source>
        <translation>Nessuna cella è stata esclusa dalle somme.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) left out of the sums as missing, %1 of them confidential.</source>
        <translation>
            <numerusform>%n cella esclusa dalle somme perché mancante, di cui %1 riservate.</numerusform>
            <numerusform>%n celle escluse dalle somme perché mancanti, di cui %1 riservate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (confidential)</source>
        <translation>%1 (riservato)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e altri %n</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Employment in %1</source>
        <translation>Occupazione in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons employed</source>
        <translation>Persone occupate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No employment is published for this category and region.</source>
        <translation>Nessun dato di occupazione è pubblicato per questa categoria e regione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data hold one year (%1): the series is a single point.</source>
        <translation>I dati coprono un solo anno (%1): la serie è un singolo punto.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) with data.</source>
        <translation>
            <numerusform>%n anno con dati.</numerusform>
            <numerusform>%n anni con dati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::SceneBuilder</name>
    <message>
        <location filename="../maps/SceneBuilder.cpp" line="+50"/>
        <source>%1 — %2, NUTS %3, %4</source>
        <translation>%1 — %2, NUTS %3, %4</translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+120"/>
        <source>cannot open: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>il file è compresso con gzip; decomprimerlo prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>il file è in UTF-16; salvarlo come UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not SDMX-CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>l&apos;intestazione richiede le dimensioni «%1» e «%2»; contiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro su una dimensione sconosciuta «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>attese %1 celle, trovate %2; riga saltata</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a number (region %2, industry %3, %4); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensione «%1» ha più valori (%2); sceglierne uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>nessuna riga di dati corrisponde</translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+27"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary, not a text table</source>
        <translation>il file è binario, non una tabella di testo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>attese %1 celle, trovate %2; riga saltata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a number (region %2, industry %3, %4); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>negative employment %1 (region %2, industry %3, %4); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no data rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+36"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help</source>
        <translation>Mappa la forza dei cluster economici nelle regioni d&apos;Europa.
Esportazione senza finestra: clusterscope export --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Disegna la finestra principale in FILE.png ed esci.</translation>
    </message>
</context>
</TS>
