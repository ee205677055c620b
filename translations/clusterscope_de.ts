<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+215"/>
        <source>Manual classes need at least two limits.</source>
        <translation>Manuelle Klassen benötigen mindestens zwei Grenzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limit %1 is not a finite number.</source>
        <translation>Die manuelle Grenze %1 ist keine endliche Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limits must ascend: %1 follows %2.</source>
        <translation>Manuelle Grenzen müssen aufsteigen: %1 folgt auf %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The centre of diverging classes must be a finite number.</source>
        <translation>Die Mitte divergierender Klassen muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diverging classes need at least two classes.</source>
        <translation>Divergierende Klassen benötigen mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard deviation step must be a positive number.</source>
        <translation>Der Schritt der Standardabweichung muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one class is needed.</source>
        <translation>Mindestens eine Klasse ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ClusterData</name>
    <message>
        <location filename="../maps/ClusterData.cpp" line="+55"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat-AKE: Erwerbstätige nach NACE-Abschnitt, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat-SUS: Beschäftigte nach NACE-Abteilung, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Quelle: Eurostat (lfst_r_lfe2en2, Erwerbstätige ab 15 Jahren, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Quelle: Eurostat (sbs_r_nuts06_r2, Beschäftigte, 2015). %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Industry (except construction)</source>
        <translation>Industrie (ohne Baugewerbe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade, transport, accommodation and food service activities</source>
        <translation>Handel, Verkehr, Gastgewerbe/Beherbergung und Gastronomie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, scientific, technical, administrative and support service activities</source>
        <translation>Freiberufliche, wissenschaftliche, technische Dienstleistungen; sonstige wirtschaftliche Dienstleistungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public administration, defence, education, human health and social work activities</source>
        <translation>Öffentliche Verwaltung, Verteidigung, Erziehung und Unterricht, Gesundheits- und Sozialwesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arts, entertainment and recreation; other service activities; households; extra-territorial</source>
        <translation>Kunst, Unterhaltung und Erholung; sonstige Dienstleistungen; private Haushalte; exterritoriale Organisationen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Persons employed</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of reference employment</source>
        <translation>Anteil an der Referenzbeschäftigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of regional employment (focus)</source>
        <translation>Anteil an der regionalen Beschäftigung (Fokus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient</source>
        <translation>Standortquotient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster stars (size, specialisation, focus)</source>
        <translation>Cluster-Sterne (Größe, Spezialisierung, Fokus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth (% per year)</source>
        <translation>Beschäftigungswachstum (% pro Jahr)</translation>
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
        <translation>NUTS-Ebene (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Kategorie: eine NACE-Abteilung (C28), ein Abschnitt (C) oder ein Cluster-Code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator: lq, share, focus or employment.</source>
        <translation>Indikator: lq, share, focus oder employment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the data.</source>
        <translation>Jahr der Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification: %1.</source>
        <translation>Klassifizierung: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Anzahl der Klassen (2-9, Standard 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Manuelle Klassengrenzen, z. B. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr).</source>
        <translation>Farbpalette (z. B. viridis_r, YlGnBu, PuOr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Eingebetteter Datensatz: %1 (Standard sbs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat or a long CSV (with --map-columns).</source>
        <translation>Statistikdatei: Eurostat-TSV, SDMX-CSV, JSON-stat oder ein langes CSV (mit --map-columns).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</source>
        <translation>Spalten eines langen CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64.</source>
        <translation>Zusätzliche Dimensionen von --data festlegen, z. B. unit=THS,age=Y15-64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply the values of --data (1000 for THS).</source>
        <translation>Die Werte von --data multiplizieren (1000 für THS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>NUTS-Version von --data: 2010, 2013, 2016 oder 2021 (Standard 2013).</translation>
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
        <translation>Quelle: %1. © EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
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
        <translation>Schreibt die Werte einer Karte ohne Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export command.</source>
        <translation>Der Befehl export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Ausgabeformat: csv, png, svg, pdf oder gpkg (GeoPackage mit QGIS-Stil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Ausgabedatei oder - für die Standardausgabe (csv).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure size in pixels (default 1920x1080).</source>
        <translation>Abbildungsgröße in Pixeln (Standard 1920x1080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size for the figure: A4, A3 or Letter.</source>
        <translation>Seitengröße der Abbildung: A4, A3 oder Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape page (default).</source>
        <translation>Querformat (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait page.</source>
        <translation>Hochformat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution in dots per inch (default 96, 300 for pages).</source>
        <translation>Auflösung in Punkten pro Zoll (Standard 96, 300 für Seiten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure title.</source>
        <translation>Titel der Abbildung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure subtitle.</source>
        <translation>Untertitel der Abbildung.</translation>
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
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+100"/>
        <source>Clusters only</source>
        <translation>Nur Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide NACE sections and divisions</source>
        <translation>NACE-Abschnitte und -Abteilungen ausblenden</translation>
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
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1: LQ %2, %n star(s)</source>
        <translation>
            <numerusform>%1: LQ %2, %n Stern</numerusform>
            <numerusform>%1: LQ %2, %n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose two to four regions to compare.</source>
        <translation>Wählen Sie zwei bis vier Regionen zum Vergleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Keine Daten für NUTS-Ebene %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n shared strength(s) (every region LQ ≥ 1 or at least one star), in bold.</source>
        <translation>
            <numerusform>%1 — %n gemeinsame Stärke (jede Region LQ ≥ 1 oder mindestens ein Stern), fett.</numerusform>
            <numerusform>%1 — %n gemeinsame Stärken (jede Region LQ ≥ 1 oder mindestens ein Stern), fett.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No shared cluster strengths</source>
        <translation>Keine gemeinsamen Cluster-Stärken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared cluster strengths (LQ)</source>
        <translation>Gemeinsame Cluster-Stärken (LQ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Location quotient</source>
        <translation>Standortquotient</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Zu wenige Cluster mit Daten für ein Netzdiagramm</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n cluster(s) by mean LQ</source>
        <translation>
            <numerusform>Top-%n-Cluster nach mittlerem LQ</numerusform>
            <numerusform>Top-%n-Cluster nach mittlerem LQ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+187"/>
        <source>cannot create the cache folder %1</source>
        <translation>der Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <location line="+10"/>
        <source>cannot write the cache file %1: %2</source>
        <translation>die Cache-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+71"/>
        <source>the download of %1 was cancelled</source>
        <translation>der Download von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>HTTP error %1 %2 for %3</source>
        <translation>HTTP-Fehler %1 %2 für %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1 (connection refused); check that you are online and the server address is right: %2</source>
        <translation>keine Verbindung zu %1 (Verbindung abgelehnt); prüfen Sie, ob Sie online sind und die Serveradresse stimmt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 not found; you may be offline: %2</source>
        <translation>Host %1 nicht gefunden; Sie sind möglicherweise offline: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data from %1 for %2 s; the download timed out: %3</source>
        <translation>seit %2 s keine Daten von %1; Zeitüberschreitung beim Download: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network is not available (%1); you may be offline: %2</source>
        <translation>das Netzwerk ist nicht verfügbar (%1); Sie sind möglicherweise offline: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download failed: %1: %2</source>
        <translation>der Download ist fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the data from %1 could not be read: %2</source>
        <translation>die Daten von %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::EurostatTable</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+83"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not a text table</source>
        <translation>die Datei ist binär, keine Texttabelle</translation>
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
        <translation>die Kopfzeile braucht die Dimensionen „%1“ und „%2“; sie hat: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>Filter auf unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 Zellen erwartet, %2 gefunden; Zeile übersprungen</translation>
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
        <translation>Dimension „%1“ hat mehrere Werte (%2); wählen Sie einen aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>keine Datenzeilen passten</translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+131"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation>%1: Ausgabegröße %2×%3 px liegt außerhalb des Bereichs (16–30000)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+111"/>
        <location line="+46"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: NUTS-Ebene %2 kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+67"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>der QGIS-Stil kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+65"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>die Datei ist gzip-komprimiert; entpacken Sie sie zuerst</translation>
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
        <translation>Filter auf unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>Dimension „%1“ hat mehrere Werte (%2); wählen Sie einen aus</translation>
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
        <translation>Ansicht ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS level</source>
        <translation>NUTS-Ebene</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Wirtschaftszweig (NACE) oder Cluster-Kategorie; zum Suchen tippen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animate the years</source>
        <translation>Jahre animieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverging around 1</source>
        <translation>Divergierend um 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (0–3)</source>
        <translation>Sterne (0–3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default palette</source>
        <translation>Standardpalette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour palette</source>
        <translation>Farbpalette</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level </source>
        <translation>&amp;Ebene </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation> &amp;Kategorie </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation> &amp;Indikator </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation> &amp;Jahr </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cl&amp;asses </source>
        <translation>Kl&amp;assen </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Region suchen (Name oder NUTS-Code)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No region matches “%1”</source>
        <translation>Keine Region passt zu „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region profile</source>
        <translation>Regionsprofil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Partnerregionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare regions</source>
        <translation>Regionen vergleichen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;figure…</source>
        <translation>&amp;Abbildung exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;scores (CSV)…</source>
        <translation>&amp;Werte exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find region</source>
        <translation>Region &amp;suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Europe</source>
        <translation>Auf &amp;Europa zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected regions</source>
        <translation>Ausgewählte Regionen &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 regions (Ctrl-click) to compare them.</source>
        <translation>Wählen Sie 2 bis 4 Regionen (Strg-Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterScope</source>
        <translation>&amp;Über ClusterScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ClusterScope</source>
        <translation>Über ClusterScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; maps the strength of economic clusters across Europe&apos;s regions.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cluster categories are the US Cluster Mapping Project&apos;s traded clusters carried over to NACE Rev. 2 through official concordances; they are not the official European Cluster Panorama definitions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; kartiert die Stärke wirtschaftlicher Cluster in den Regionen Europas.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Die Cluster-Kategorien sind die handelbaren Cluster (traded clusters) des US Cluster Mapping Project, über amtliche Entsprechungstabellen auf die NACE Rev. 2 übertragen; sie sind nicht die offiziellen Definitionen des European Cluster Panorama.&lt;/p&gt;</translation>
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
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export scores</source>
        <translation>Werte exportieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+36"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+32"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+113"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: NUTS-Grenzen können nicht geöffnet werden (%2). Führen Sie scripts/setup.sh aus, um den Cache zu erstellen, oder setzen Sie CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: keine Ebene „%2“ in dieser Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: Ebene „%2“ kann nicht nach EPSG:3035 umprojiziert werden (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: Region %2 konnte nicht nach EPSG:3035 umprojiziert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no features with a NUTS_ID</source>
        <translation>%1: Ebene „%2“ hat keine Objekte mit NUTS_ID</translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+55"/>
        <source>Similar profile (cosine)</source>
        <translation>Ähnliches Profil (Kosinus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar profile (correlation)</source>
        <translation>Ähnliches Profil (Korrelation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementary (strong where related but weak here)</source>
        <translation>Komplementär (stark, wo verwandt, aber hier schwach)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of partners</source>
        <translation>Anzahl der Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Whole profile</source>
        <translation>Gesamtes Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No region selected.</source>
        <translation>Keine Region ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 hat keine Daten auf NUTS-Ebene %2 in %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 ist keine Cluster-Kategorie; wählen Sie einen Cluster oder das gesamte Profil.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Kein Cluster, in dem beide LQ ≥ 1 haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both specialised in: %1</source>
        <translation>Beide spezialisiert auf: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: cosine similarity of the LQ profiles over %n cluster(s), 1 = same shape.</source>
        <translation>
            <numerusform>Wert: Kosinus-Ähnlichkeit der LQ-Profile über %n Cluster, 1 = gleiche Form.</numerusform>
            <numerusform>Wert: Kosinus-Ähnlichkeit der LQ-Profile über %n Cluster, 1 = gleiche Form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: correlation of the LQ profiles over %n cluster(s), from −1 to 1.</source>
        <translation>
            <numerusform>Wert: Korrelation der LQ-Profile über %n Cluster, von −1 bis 1.</numerusform>
            <numerusform>Wert: Korrelation der LQ-Profile über %n Cluster, von −1 bis 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Nur Regionen mit LQ ≥ 1 in %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score: min(LQ, %1) of the partner in %2 × the relatedness density ω of %3 in it (0–1).</source>
        <translation>Wert: min(LQ, %1) des Partners in %2 × die Verwandtschaftsdichte ω von %3 darin (0–1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 ist darauf bereits spezialisiert (LQ %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: sum over the clusters where %1 has LQ &lt; 1 and the partner LQ ≥ 1 of min(LQ, %2) × the relatedness density ω of %1 in the cluster (0–1): strengths of the partner that %1 lacks but is related to.</source>
        <translation>Wert: Summe über die Cluster, in denen %1 LQ &lt; 1 und der Partner LQ ≥ 1 hat, von min(LQ, %2) × der Verwandtschaftsdichte ω von %1 im Cluster (0–1): Stärken des Partners, die %1 fehlen, mit denen es aber verwandt ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No partner found.</source>
        <translation>Kein Partner gefunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export partners</source>
        <translation>Partner exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message numerus="yes">
        <location filename="../widgets/RegionProfile.cpp" line="+157"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
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
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No region selected</source>
        <translation>Keine Region ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation>%1: keine Daten auf NUTS-Ebene %2 in %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — Cluster-Portfolio, NUTS %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster has a location quotient</source>
        <translation>Kein Cluster hat einen Standortquotienten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Top %n cluster(s) by location quotient</source>
        <translation>
            <numerusform>Top-%n-Cluster nach Standortquotient</numerusform>
            <numerusform>Top-%n-Cluster nach Standortquotient</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Location quotient</source>
        <translation>Standortquotient</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Select a category to see the numbers behind its location quotient and stars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Kategorie, um die Zahlen hinter ihrem Standortquotienten und ihren Sternen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 in %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employment of the region in the category</source>
        <translation>Beschäftigung der Region in der Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region</source>
        <translation>Beschäftigung der Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment in the category, all regions of the level</source>
        <translation>Beschäftigung in der Kategorie, alle Regionen der Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment, all regions of the level</source>
        <translation>Beschäftigung, alle Regionen der Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location quotient</source>
        <translation>Standortquotient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e_rc / e_r</source>
        <translation>e_rc / e_r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Kein LQ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stars:</source>
        <translation>Sterne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robust (±10 %)</source>
        <translation>Robust (±10 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % of regions by e_rc</source>
        <translation>oberste 10 % der Regionen nach e_rc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>Spezialisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LQ ≥ 2</source>
        <translation>LQ ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top 10 % of regions by e_rc / e_r</source>
        <translation>oberste 10 % der Regionen nach e_rc / e_r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % by relative wage</source>
        <translation>oberste 10 % nach relativem Lohn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cell was left out of the sums.</source>
        <translation>Keine Zelle wurde bei den Summen ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) left out of the sums as missing, %1 of them confidential.</source>
        <translation>
            <numerusform>%n Zelle als fehlend bei den Summen ausgelassen, davon %1 vertraulich.</numerusform>
            <numerusform>%n Zellen als fehlend bei den Summen ausgelassen, davon %1 vertraulich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (confidential)</source>
        <translation>%1 (vertraulich)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Employment in %1</source>
        <translation>Beschäftigung in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons employed</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No employment is published for this category and region.</source>
        <translation>Für diese Kategorie und Region ist keine Beschäftigung veröffentlicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data hold one year (%1): the series is a single point.</source>
        <translation>Die Daten umfassen ein Jahr (%1): Die Reihe ist ein einzelner Punkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) with data.</source>
        <translation>
            <numerusform>%n Jahr mit Daten.</numerusform>
            <numerusform>%n Jahre mit Daten.</numerusform>
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
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>die Datei ist gzip-komprimiert; entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8</translation>
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
        <translation>die Kopfzeile braucht die Dimensionen „%1“ und „%2“; sie hat: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>Filter auf unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 Zellen erwartet, %2 gefunden; Zeile übersprungen</translation>
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
        <translation>Dimension „%1“ hat mehrere Werte (%2); wählen Sie einen aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>keine Datenzeilen passten</translation>
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
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary, not a text table</source>
        <translation>die Datei ist binär, keine Texttabelle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 Zellen erwartet, %2 gefunden; Zeile übersprungen</translation>
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
        <translation>Kartiert die Stärke wirtschaftlicher Cluster in den Regionen Europas.
Export ohne Fenster: clusterscope export --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Das Hauptfenster in FILE.png zeichnen und beenden.</translation>
    </message>
</context>
</TS>
