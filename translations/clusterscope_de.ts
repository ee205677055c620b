<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cs::Basemap</name>
    <message>
        <location filename="../maps/Basemap.cpp" line="+78"/>
        <source>%1: no background countries (%2); run scripts/setup.sh</source>
        <translation>%1: keine Hintergrundländer (%2); führen Sie scripts/setup.sh aus</translation>
    </message>
</context>
<context>
    <name>cs::Batch</name>
    <message>
        <location filename="../app/Batch.cpp" line="+105"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation>%1: kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a recipe object</source>
        <translation>%1: ein Rezept-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unknown key; a batch with &quot;figures&quot; has only &quot;defaults&quot; and &quot;figures&quot;</source>
        <translation>%1: unbekannter Schlüssel; ein Stapel mit &quot;figures&quot; hat nur &quot;defaults&quot; und &quot;figures&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defaults: expected an object of recipe keys</source>
        <translation>defaults: ein Objekt mit Rezept-Schlüsseln erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>figures: expected a list of recipe objects</source>
        <translation>figures: eine Liste von Rezept-Objekten erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no figures in the batch</source>
        <translation>keine Abbildungen im Stapel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing; every figure needs an output file</source>
        <translation>%1: fehlt; jede Abbildung braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a batch writes files; &apos;-&apos; (standard output) is not allowed</source>
        <translation>%1: ein Stapel schreibt Dateien; „-“ (Standardausgabe) ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is also the output of %3</source>
        <translation>%1: „%2“ ist auch die Ausgabe von %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write %2: %3 is a file, not a folder</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation>%1: %2 kann nicht geschrieben werden: der Ordner %3 existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write %2: the folder %3 is not writable (%4)</source>
        <translation>%1: %2 kann nicht geschrieben werden: der Ordner %3 ist nicht beschreibbar (%4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (the output &apos;%3&apos; of the batch file); pass --allow-outside to write outside the batch file&apos;s folder</source>
        <translation>%1: %2 (die Ausgabe „%3“ der Stapeldatei); mit --allow-outside darf außerhalb des Ordners der Stapeldatei geschrieben werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>no figure written</source>
        <translation>keine Abbildung geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of %1 figures failed: %2</source>
        <translation>
            <numerusform>%n von %1 Abbildungen fehlgeschlagen: %2</numerusform>
            <numerusform>%n von %1 Abbildungen fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makes many figures from one JSON file: a recipe, a list of recipes, or {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative paths are relative to SPEC.</source>
        <translation>Erstellt viele Abbildungen aus einer JSON-Datei: einem Rezept, einer Liste von Rezepten oder {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative Pfade beziehen sich auf SPEC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch file (JSON).</source>
        <translation>Die Stapeldatei (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow outputs outside the batch file&apos;s folder (&quot;../x.png&quot;, absolute paths); without it such a batch is refused.</source>
        <translation>Ausgaben außerhalb des Ordners der Stapeldatei erlauben („../x.png“, absolute Pfade); ohne diese Option wird ein solcher Stapel abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; see clusterscope batch --help</source>
        <translation>; siehe clusterscope batch --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one batch file: clusterscope batch SPEC.json</source>
        <translation>eine Stapeldatei erwartet: clusterscope batch SPEC.json</translation>
    </message>
</context>
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+274"/>
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
        <source>Log-symmetric classes need a positive centre and a span above 1.</source>
        <translation>Log-symmetrische Klassen benötigen eine positive Mitte und eine Spanne über 1.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+147"/>
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
        <location filename="../maps/ClusterData.cpp" line="+113"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat-AKE: Erwerbstätige nach NACE-Abschnitt, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat-SUS: Beschäftigte und Löhne nach NACE-Abteilung, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat-SUS: Beschäftigte nach NACE-Abteilung, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Quelle: Eurostat (lfst_r_lfe2en2, Erwerbstätige ab 15 Jahren, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, 2008–2015). %1</source>
        <translation>Quelle: Eurostat (sbs_r_nuts06_r2, Beschäftigte sowie Löhne und Gehälter, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Quelle: Eurostat (sbs_r_nuts06_r2, Beschäftigte, 2015). %1</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <source>a category mapping (CSV)</source>
        <translation>eine Kategorienzuordnung (CSV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column &apos;%1&apos;; a category mapping has the columns %2 (as resources/categories/nace_to_cluster.csv)</source>
        <translation>keine Spalte „%1“; eine Kategorienzuordnung hat die Spalten %2 (wie resources/categories/nace_to_cluster.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 Zellen erwartet, %2 gefunden; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a NACE division in the form of the SBS tables (e.g. C28); line skipped</source>
        <translation>„%1“ ist keine NACE-Abteilung in der Form der SUS-Tabellen (z. B. C28); Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty category_code; line skipped</source>
        <translation>leerer category_code; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight &apos;%1&apos; is not a number between 0 and 1; line skipped</source>
        <translation>Gewicht „%1“ ist keine Zahl zwischen 0 und 1; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second row for %1 → %2; line skipped</source>
        <translation>zweite Zeile für %1 → %2; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no usable row of level &quot;division&quot;; the mapping is unchanged</source>
        <translation>keine verwendbare Zeile der Ebene &quot;division&quot;; die Zuordnung bleibt unverändert</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <message>
        <location line="+1"/>
        <source>Relative wage (productivity)</source>
        <translation>Relativer Lohn (Produktivität)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>all in the data</source>
        <translation>alle in den Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: %1 NUTS %2 regions with data (%3)</source>
        <translation>Referenzgebiet: %1 Regionen der NUTS-Ebene %2 mit Daten (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region totals as published where available</source>
        <translation>regionale Gesamtwerte wie veröffentlicht, soweit vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region totals summed over the industries reported</source>
        <translation>regionale Gesamtwerte als Summe der ausgewiesenen Wirtschaftszweige</translation>
    </message>
</context>
<context>
    <name>cs::ColumnMappingDialog</name>
    <message>
        <location filename="../widgets/ColumnMappingDialog.cpp" line="+20"/>
        <source>Import statistics — columns</source>
        <translation>Statistik importieren — Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which column of &lt;b&gt;%1&lt;/b&gt; holds what? One row per region, industry and year (a long table). The guess is preset; check it against the first rows below.</source>
        <translation>Welche Spalte von &lt;b&gt;%1&lt;/b&gt; enthält was? Eine Zeile je Region, Wirtschaftszweig und Jahr (eine lange Tabelle). Die Vermutung ist voreingestellt; prüfen Sie sie anhand der ersten Zeilen unten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wages and salaries of each region, industry and year, in any one unit: the relative wage (productivity) divides them by the persons employed.</source>
        <translation>Löhne und Gehälter je Region, Wirtschaftszweig und Jahr, in einer beliebigen, einheitlichen Einheit: der relative Lohn (Produktivität) teilt sie durch die Beschäftigten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detect from the codes</source>
        <translation>Aus den Codes erkennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS version:</source>
        <translation>NUTS-Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousand persons (× 1000)</source>
        <translation>Tausend Personen (× 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values are in:</source>
        <translation>Werte in:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the column of the %1.</source>
        <translation>Wählen Sie die Spalte für %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” is chosen for both %2 and %3.</source>
        <translation>Spalte „%1“ ist sowohl für %2 als auch für %3 gewählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows with problems are skipped and listed after loading.</source>
        <translation>Zeilen mit Problemen werden übersprungen und nach dem Laden aufgelistet.</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+54"/>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>ungültiger Wert für --size „%1“; erwartet WIDTHxHEIGHT, z. B. 1920x1080</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &apos;%1&apos;; valid pages: A4, A3, Letter</source>
        <translation>unbekanntes Seitenformat „%1“; gültige Formate: A4, A3, Letter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --dpi &apos;%1&apos;; valid: 36 to 1200</source>
        <translation>ungültiger Wert für --dpi „%1“; gültig: 36 bis 1200</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --margins &apos;%1&apos;; valid: 0 to 50 (mm)</source>
        <translation>ungültiger Wert für --margins „%1“; gültig: 0 bis 50 (mm)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NUTS level (0-3).</source>
        <translation>NUTS-Ebene (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Kategorie: eine NACE-Abteilung (C28), ein Abschnitt (C) oder ein Cluster-Code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the data.</source>
        <translation>Jahr der Daten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How values are drawn: choropleth (filled regions) or circles (proportional circles over a neutral base; the default for employment).</source>
        <translation>Darstellung der Werte: choropleth (gefüllte Regionen) oder circles (proportionale Kreise über einer neutralen Grundkarte; Standard für Beschäftigung).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Anzahl der Klassen (2-9, Standard 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Manuelle Klassengrenzen, z. B. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region labels: none, codes or names (placed without overlaps).</source>
        <translation>Regionsbeschriftungen: none, codes oder names (ohne Überlappungen platziert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star symbols on regions with at least N cluster stars (1-3; 0 = none).</source>
        <translation>Sternsymbole auf Regionen mit mindestens N Cluster-Sternen (1-3; 0 = keine).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Eingebetteter Datensatz: %1 (Standard sbs).</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Reference area of shares, LQ and stars: all (the level&apos;s regions in the data, default), EU27_2020 or a country code.</source>
        <translation>Referenzgebiet für Anteile, LQ und Sterne: all (die Regionen der Ebene in den Daten, Standard), EU27_2020 oder ein Ländercode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region total e_r of focus, LQ and stars: sum (of the industries a region reports, default) or published (the data&apos;s own total where it has one).</source>
        <translation>Regionaler Gesamtwert e_r für Fokus, LQ und Sterne: sum (Summe der für eine Region ausgewiesenen Wirtschaftszweige, Standard) oder published (der in den Daten veröffentlichte Gesamtwert, sofern vorhanden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>NUTS-Version von --data: 2010, 2013, 2016 oder 2021 (Standard 2013).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NACE → cluster mapping in the format of resources/categories/nace_to_cluster.csv; NACE codes of the data it leaves unmapped are reported on stderr.</source>
        <translation>Zuordnung NACE → Cluster im Format von resources/categories/nace_to_cluster.csv; NACE-Codes der Daten, die sie nicht zuordnet, werden auf stderr gemeldet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a usable category mapping</source>
        <translation>%1: keine verwendbare Kategorienzuordnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region total &apos;%1&apos;; valid: sum, published</source>
        <translation>unbekannter regionaler Gesamtwert „%1“; gültig: sum, published</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: the data publishes no region totals; --region-total published uses the sums</source>
        <translation>Warnung: die Daten veröffentlichen keine regionalen Gesamtwerte; --region-total published verwendet die Summen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown reference area &apos;%1&apos;; valid: %2</source>
        <translation>unbekanntes Referenzgebiet „%1“; gültig: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>unbekannter Datensatz „%1“; gültige Datensätze: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --filter &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>ungültiger Wert für --filter „%1“; erwartet DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --scale &apos;%1&apos;; expected a positive number</source>
        <translation>ungültiger Wert für --scale „%1“; eine positive Zahl erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown NUTS version &apos;%1&apos;; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>unbekannte NUTS-Version „%1“; gültige Versionen: 2010, 2013, 2016, 2021</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has no wage measure (it holds persons employed only). Use --dataset sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN</source>
        <translation>%1 hat keine Lohngröße (nur Beschäftigte). Verwenden Sie --dataset sbs-wages (die eingebaute SUS 2008–2015 mit Löhnen) oder eine Datei mit Löhnen: eine SUS-Tabelle mit indic_sb V16110 und V13320 oder --map-columns …,wages=COLUMN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown class scope &apos;%1&apos;; valid: all-years, year</source>
        <translation>unbekannte Grundlage der Klassengrenzen „%1“; gültig: all-years, year</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CSV of the partner regions of NUTS_ID at its level and --year, best first by cosine similarity of the cluster LQ profiles. Columns: rank, nuts_id, name, cosine, correlation, complementarity (as the Partner regions panel).</source>
        <translation>CSV der Partnerregionen von NUTS_ID auf dessen Ebene und im Jahr --year, die besten zuerst nach Kosinus-Ähnlichkeit der LQ-Profile der Cluster. Spalten: rank, nuts_id, name, cosine, correlation, complementarity (wie im Bereich „Partnerregionen“).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --format gpkg: also write a QGIS project that opens the GeoPackage (referenced by a relative path) styled as the map.</source>
        <translation>Mit --format gpkg: zusätzlich ein QGIS-Projekt schreiben, das das GeoPackage (über einen relativen Pfad referenziert) im Stil der Karte öffnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg</source>
        <translation>--qgs schreibt ein QGIS-Projekt zu einem GeoPackage; verwenden Sie es mit --format gpkg</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>--peers %1 is a NUTS %2 region; drop --level %3</source>
        <translation>--peers %1 ist eine Region der NUTS-Ebene %2; lassen Sie --level %3 weg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --top &apos;%1&apos;; expected a positive number</source>
        <translation>ungültiger Wert für --top „%1“; eine positive Zahl erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region &apos;%1&apos;; no data for it in %2</source>
        <translation>unbekannte Region „%1“; keine Daten dafür in %2</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>%1: no usable data loaded</source>
        <translation>%1: keine verwendbaren Daten geladen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation>unbekannte Ebene „%1“; gültige Ebenen für diese Daten: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation>unbekanntes Jahr „%1“; gültige Jahre: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown category &apos;%1&apos;; valid categories: %2</source>
        <translation>unbekannte Kategorie „%1“; gültige Kategorien: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown classification &apos;%1&apos;; valid classifications: %2</source>
        <translation>unbekannte Klassifizierung „%1“; gültige Klassifizierungen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --classes &apos;%1&apos;; valid: 2 to 9</source>
        <translation>ungültiger Wert für --classes „%1“; gültig: 2 bis 9</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --breaks &apos;%1&apos;; expected ascending numbers separated by commas</source>
        <translation>ungültiger Wert für --breaks „%1“; aufsteigende, durch Kommas getrennte Zahlen erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>unbekannte Palette „%1“; gültige Paletten: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown labels &apos;%1&apos;; valid: none, codes, names</source>
        <translation>unbekannte Beschriftung „%1“; gültig: none, codes, names</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --star-symbols &apos;%1&apos;; valid: 0 to 3</source>
        <translation>ungültiger Wert für --star-symbols „%1“; gültig: 0 bis 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation>ungültiger Wert für --breaks: %1</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Writes the scores of one map without a window.</source>
        <translation>Schreibt die Werte einer Karte ohne Fenster.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The export command.</source>
        <translation>Der Befehl export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Ausgabeformat: csv, xlsx, png, svg, pdf oder gpkg (GeoPackage mit QGIS-Stil).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>With --peers: at most N partners (default all).</source>
        <translation>Mit --peers: höchstens N Partner (Standard: alle).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, xlsx, png, svg, pdf, gpkg</source>
        <translation>unbekanntes Format „%1“; gültige Formate: csv, xlsx, png, svg, pdf, gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--peers writes CSV only and not with --all; use --format csv</source>
        <translation>--peers schreibt nur CSV und nicht zusammen mit --all; verwenden Sie --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes CSV only; use --format csv</source>
        <translation>--all schreibt nur CSV; verwenden Sie --format csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>eine Arbeitsmappe braucht einen Dateinamen: -o FILE.xlsx</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Ausgabedatei oder - für die Standardausgabe (csv).</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per employee over the category&apos;s average; data with wages only).</source>
        <translation>Indikator: lq, share, focus, employment, stars, growth oder relative_wage (Lohn je Beschäftigten im Verhältnis zum Durchschnitt der Kategorie; nur bei Daten mit Löhnen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1 (default: logsym for lq, symmetric for growth, stars for stars, quantile otherwise).</source>
        <translation>Klassifizierung: %1 (Standard: logsym für lq, symmetric für growth, stars für stars, sonst quantile).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class limits from the values of all-years of the data (default; a colour means the same number in every year) or of the shown year.</source>
        <translation>Klassengrenzen aus den Werten aller Jahre der Daten (all-years, Standard; eine Farbe bedeutet in jedem Jahr dieselbe Zahl) oder des angezeigten Jahres (year).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for growth, YlOrRd for stars, viridis_r otherwise).</source>
        <translation>Farbpalette (z. B. viridis_r, YlGnBu, PuOr; Standard: PuOr_r für lq, BrBG für growth, YlOrRd für stars, sonst viridis_r).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, XLSX or ODS table (columns from --map-columns, else guessed); or a data pack (its folder or pack.json; see clusterscope packs).</source>
        <translation>Statistikdatei: Eurostat-TSV, SDMX-CSV, JSON-stat oder eine lange CSV-, XLSX- oder ODS-Tabelle (Spalten aus --map-columns, sonst vermutet); oder ein Datenpaket (sein Ordner oder pack.json; siehe clusterscope packs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wages and salaries in the file&apos;s unit, the second measure of the relative wage).</source>
        <translation>Spalten einer langen CSV-Datei: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: Löhne und Gehälter in der Einheit der Datei, die zweite Größe des relativen Lohns).</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth, relative_wage</source>
        <translation>unbekannter Indikator „%1“; gültige Indikatoren: lq, share, focus, employment, stars, growth, relative_wage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded data set &apos;%1&apos;</source>
        <translation>der eingebettete Datensatz „%1“</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown symbol &apos;%1&apos;; valid: choropleth, circles</source>
        <translation>unbekanntes Symbol „%1“; gültig: choropleth, circles</translation>
    </message>
    <message>
        <location line="+91"/>
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
        <location line="+1"/>
        <source>Page margins in millimetres (default 10).</source>
        <translation>Seitenränder in Millimetern (Standard 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a north arrow on the map.</source>
        <translation>Einen Nordpfeil auf die Karte zeichnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER.</source>
        <translation>Grenzdatei für Abbildungen in einem beliebigen OGR-Format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) statt des NUTS-Caches; FILE oder FILE:LAYER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of --boundaries holding the NUTS codes (default: detected).</source>
        <translation>Spalte von --boundaries mit den NUTS-Codes (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the figure texts: en, de, fr, es, it, pl.</source>
        <translation>Sprache der Abbildungstexte: en, de, fr, es, it, pl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV in long form, every region, category, year and indicator: nuts_id,category,year,indicator,value. Per region and category: employment, share, focus, lq, loglq, symlq, stars, density (relatedness density among clusters); after the first year: growth (CAGR % per year since the first year), growth_abs, growth_pct (change since the first year); in the last year, shift-share since the first year: reference_growth + industry_mix + competitive_effect = growth_abs. Per region, category *: krugman, hhi, eci_eigen, eci_reflections (over the NACE divisions, or the aggregates of data without divisions; ECI has mean 0 and standard deviation 1); coverage (the share of the published region total that the industries reported cover; below 0.95 the region is flagged), where the data publishes totals. Per category, nuts_id empty (over the reference area): hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. Data with wages adds per region and category: wages (in the data&apos;s unit), relative_wage (wage per employee over the category&apos;s average) and productivity_star (1: top 10 % by relative wage).</source>
        <translation>CSV in Langform, jede Region, Kategorie, jedes Jahr und jeder Indikator: nuts_id,category,year,indicator,value. Je Region und Kategorie: employment, share, focus, lq, loglq, symlq, stars, density (Verwandtschaftsdichte unter den Clustern); nach dem ersten Jahr: growth (CAGR in % pro Jahr seit dem ersten Jahr), growth_abs, growth_pct (Veränderung seit dem ersten Jahr); im letzten Jahr die Shift-Share-Zerlegung seit dem ersten Jahr: reference_growth + industry_mix + competitive_effect = growth_abs. Je Region, Kategorie *: krugman, hhi, eci_eigen, eci_reflections (über die NACE-Abteilungen oder, bei Daten ohne Abteilungen, über die Aggregate; der ECI hat Mittelwert 0 und Standardabweichung 1); coverage (der Anteil des veröffentlichten regionalen Gesamtwerts, den die ausgewiesenen Wirtschaftszweige abdecken; unter 0,95 wird die Region gekennzeichnet), sofern die Daten Gesamtwerte veröffentlichen. Je Kategorie, nuts_id leer (über das Referenzgebiet): hoover, gini (räumlich), hhi_category, pci_eigen, pci_reflections. Daten mit Löhnen ergänzen je Region und Kategorie: wages (in der Einheit der Daten), relative_wage (Lohn je Beschäftigten im Verhältnis zum Durchschnitt der Kategorie) und productivity_star (1: oberste 10 % nach relativem Lohn).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also write FILE.recipe.json beside the figure: the data, the options and the command that rebuild it (clusterscope batch FILE.recipe.json).</source>
        <translation>Zusätzlich FILE.recipe.json neben die Abbildung schreiben: die Daten, die Optionen und den Befehl, mit denen sie sich neu erstellen lässt (clusterscope batch FILE.recipe.json).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--qgs %1 is the GeoPackage of -o; the project needs its own file (e.g. NAME.qgs)</source>
        <translation>--qgs %1 ist das GeoPackage von -o; das Projekt braucht eine eigene Datei (z. B. NAME.qgs)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>; see clusterscope export --help</source>
        <translation>; siehe clusterscope export --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each (name, dataset, NUTS version, years, retrieved, location), after checking every file&apos;s size and SHA-256. Packs that fail are reported on stderr (exit code 1).</source>
        <translation>Listet die Datenpakete auf: die eingebauten, die in %1 und die angegebenen PACK-Ordner, je eine Zeile (Name, Datensatz, NUTS-Version, Jahre, Abrufdatum, Speicherort), nachdem Größe und SHA-256 jeder Datei geprüft wurden. Pakete, die die Prüfung nicht bestehen, werden auf stderr gemeldet (Exit-Code 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packs command.</source>
        <translation>Der Befehl packs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pack folders (or their pack.json) to check and list.</source>
        <translation>Weitere Paketordner (oder deren pack.json), die geprüft und aufgelistet werden sollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; see clusterscope packs --help</source>
        <translation>; siehe clusterscope packs --help</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation>-o FILE fehlt (-o - für die Standardausgabe verwenden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation>ein GeoPackage braucht einen Dateinamen: -o FILE.gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation>Abbildungen brauchen einen Dateinamen: -o FILE.%1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>warning: %1; names left empty</source>
        <translation>Warnung: %1; Namen bleiben leer</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+119"/>
        <source>Clusters only</source>
        <translation>Nur Cluster</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Each region in its country</source>
        <translation>Jede Region in ihrem Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each region&apos;s top cluster</source>
        <translation>Stärkster Cluster jeder Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: the main map&apos;s category, each map framing its region&apos;s country. Top cluster: each map shows the cluster with the most stars (then the highest LQ) of its region, all on one extent.</source>
        <translation>Land: die Kategorie der Hauptkarte, jede Karte zeigt das Land ihrer Region. Stärkster Cluster: jede Karte zeigt den Cluster ihrer Region mit den meisten Sternen (dann dem höchsten LQ), alle im selben Ausschnitt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Karten:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category is a shared strength when every compared region has at least this location quotient, or a specialisation or focus star. The default is the LQ of the specialisation star.</source>
        <translation>Eine Kategorie ist eine gemeinsame Stärke, wenn jede verglichene Region mindestens diesen Standortquotienten oder einen Spezialisierungs- oder Fokusstern hat. Standard ist der LQ des Spezialisierungssterns.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LQ threshold of shared strengths</source>
        <translation>LQ-Schwelle für gemeinsame Stärken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared from &amp;LQ</source>
        <translation>Gemeinsam ab &amp;LQ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncheck to show NACE sections and divisions too</source>
        <translation>Deaktivieren, um auch NACE-Abschnitte und -Abteilungen anzuzeigen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Indicator of map %1</source>
        <translation>Indikator der Karte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of map %1</source>
        <translation>Jahr der Karte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bars</source>
        <translation>Ba&amp;lken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;dar</source>
        <translation>&amp;Netzdiagramm</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no cluster with data</source>
        <translation>kein Cluster mit Daten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+105"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Shared strength: every region has LQ ≥ %1 or a specialisation or focus star.</source>
        <translation>Gemeinsame Stärke: jede Region hat LQ ≥ %1 oder einen Spezialisierungs- oder Fokusstern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A size star alone (a large region, not a specialised one) does not make a shared strength.</source>
        <translation>Ein Größenstern allein (eine große, keine spezialisierte Region) begründet keine gemeinsame Stärke.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared cluster strength(s), in bold.</source>
        <translation>
            <numerusform>%n gemeinsame Cluster-Stärke, fett gedruckt.</numerusform>
            <numerusform>%n gemeinsame Cluster-Stärken, fett gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared strength(s), in bold.</source>
        <translation>
            <numerusform>%n gemeinsame Stärke, fett gedruckt.</numerusform>
            <numerusform>%n gemeinsame Stärken, fett gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialisation</source>
        <translation>Spezialisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: LQ %2; stars: %3</source>
        <translation>%1: LQ %2; Sterne: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose 2 to %1 regions (Ctrl-click on the map) to compare them.</source>
        <translation>Wählen Sie 2 bis %1 Regionen (Strg-Klick auf der Karte), um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — NUTS %2, %3</source>
        <translation>%1 — NUTS %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>No shared strength at LQ ≥ %1; nearest: %n cluster(s) with the highest lowest LQ</source>
        <translation>
            <numerusform>Keine gemeinsame Stärke bei LQ ≥ %1; am nächsten: %n Cluster mit dem höchsten niedrigsten LQ</numerusform>
            <numerusform>Keine gemeinsame Stärke bei LQ ≥ %1; am nächsten: %n Cluster mit dem höchsten niedrigsten LQ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>LQ of the %1 strongest of %n shared cluster strengths</source>
        <translation>
            <numerusform>LQ der %1 stärksten von %n gemeinsamen Cluster-Stärke</numerusform>
            <numerusform>LQ der %1 stärksten von %n gemeinsamen Cluster-Stärken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LQ of the %n shared cluster strength(s)</source>
        <translation>
            <numerusform>LQ der %n gemeinsamen Cluster-Stärke</numerusform>
            <numerusform>LQ der %n gemeinsamen Cluster-Stärken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LQ = 1 (reference average)</source>
        <translation>LQ = 1 (Durchschnitt des Referenzgebiets)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Top %n cluster(s) by mean LQ, clockwise from the top:</source>
        <translation>
            <numerusform>Top-%n-Cluster nach mittlerem LQ, im Uhrzeigersinn von oben:</numerusform>
            <numerusform>Top-%n-Cluster nach mittlerem LQ, im Uhrzeigersinn von oben:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Keine Daten für NUTS-Ebene %1 in %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No shared cluster strengths</source>
        <translation>Keine gemeinsamen Cluster-Stärken</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Zu wenige Cluster mit Daten für ein Netzdiagramm</translation>
    </message>
</context>
<context>
    <name>cs::DataPack</name>
    <message>
        <location filename="../maps/DataPack.cpp" line="+81"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: Schlüssel &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing key &quot;%2&quot;</source>
        <translation>%1: Schlüssel &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a non-empty text</source>
        <translation>ein nicht leerer Text erwartet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a ClusterScope data pack (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; ist kein ClusterScope-Datenpaket (erwartet: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not supported; this ClusterScope reads version %2</source>
        <translation>Version %1 wird nicht unterstützt; dieses ClusterScope liest Version %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein ISO-Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected 2010, 2013, 2016 or 2021</source>
        <translation>2010, 2013, 2016 oder 2021 erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>expected a list of years</source>
        <translation>eine Liste von Jahren erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>eine positive Zahl erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of files</source>
        <translation>eine Liste von Dateien erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a file name inside the pack</source>
        <translation>„%1“ ist kein Dateiname innerhalb des Pakets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a size in bytes</source>
        <translation>eine Größe in Bytes erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing (listed in pack.json)</source>
        <translation>%1: fehlt (in pack.json aufgeführt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size differs from pack.json (expected %2 bytes, found %3)</source>
        <translation>%1: Größe weicht von pack.json ab (erwartet %2 Bytes, gefunden %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: checksum differs from pack.json (expected %2, found %3)</source>
        <translation>%1: Prüfsumme weicht von pack.json ab (erwartet %2, gefunden %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a pack needs at least one data file</source>
        <translation>%1: ein Paket braucht mindestens eine Datendatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; cannot be a file of the pack</source>
        <translation>%1: „%2“ kann keine Datei des Pakets sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, retrieved %2. © EuroGeographics for the administrative boundaries.</source>
        <translation>%1, abgerufen am %2. © EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
    </message>
</context>
<context>
    <name>cs::DataPackDialog</name>
    <message>
        <location filename="../widgets/DataPackDialog.cpp" line="+38"/>
        <source>Data packs</source>
        <translation>Datenpakete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated offline copies of the statistics: the packs built in, those downloaded from Eurostat (kept in %1) and those opened before.</source>
        <translation>Datierte Offline-Kopien der Statistiken: die eingebauten Pakete, die von Eurostat heruntergeladenen (gespeichert in %1) und die zuvor geöffneten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS</source>
        <translation>NUTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open other &amp;pack…</source>
        <translation>Anderes &amp;Paket öffnen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not usable: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built in (%1)</source>
        <translation>eingebaut (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2); %3, retrieved %4. Licence: %5.</source>
        <translation>%1 (%2); %3, abgerufen am %4. Lizenz: %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open data pack</source>
        <translation>Datenpaket öffnen</translation>
    </message>
</context>
<context>
    <name>cs::DataSource</name>
    <message>
        <location filename="../app/Recipe.cpp" line="+296"/>
        <source>expected an object with &quot;dataset&quot; or &quot;file&quot;, got %1</source>
        <translation>ein Objekt mit &quot;dataset&quot; oder &quot;file&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give either &quot;dataset&quot; or &quot;file&quot;, not both</source>
        <translation>entweder &quot;dataset&quot; oder &quot;file&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>unbekannter Datensatz „%1“; gültige Datensätze: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>applies only to a data &quot;file&quot;</source>
        <translation>gilt nur für eine Datendatei (&quot;file&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded data sets use NUTS 2013</source>
        <translation>die eingebetteten Datensätze verwenden NUTS 2013</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>ungültig: „%1“; erwartet DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>eine positive Zahl erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>unbekannte NUTS-Version %1; gültige Versionen: 2010, 2013, 2016, 2021</translation>
    </message>
</context>
<context>
    <name>cs::DownloadDialog</name>
    <message>
        <location filename="../widgets/DownloadDialog.cpp" line="+24"/>
        <source>Download from Eurostat</source>
        <translation>Von Eurostat herunterladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SDMX-CSV</source>
        <translation>SDMX-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-stat</source>
        <translation>JSON-stat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download &amp;again even when a copy is cached</source>
        <translation>&amp;Erneut herunterladen, auch wenn eine Kopie im Cache liegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1 kB…</source>
        <translation>%1 kB empfangen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download contains no usable data: %1</source>
        <translation>Der Download enthält keine verwendbaren Daten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Read %Ln value(s) from the cache.</source>
        <translation>
            <numerusform>%Ln Wert aus dem Cache gelesen.</numerusform>
            <numerusform>%Ln Werte aus dem Cache gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Downloaded %Ln value(s).</source>
        <translation>
            <numerusform>%Ln Wert heruntergeladen.</numerusform>
            <numerusform>%Ln Werte heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled; nothing was loaded or cached.</source>
        <translation>Download abgebrochen; nichts wurde geladen oder zwischengespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept as data pack %1.</source>
        <translation>Als Datenpaket %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A copy is in the cache (%1); it is used unless you tick “Download again”.</source>
        <translation>Eine Kopie liegt im Cache (%1); sie wird verwendet, sofern Sie nicht „Erneut herunterladen“ ankreuzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the cache yet; needs a network connection.</source>
        <translation>Noch nicht im Cache; eine Netzwerkverbindung ist nötig.</translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+133"/>
        <source>Structural business statistics: persons employed in local units and their wages and salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)</source>
        <translation>Strukturelle Unternehmensstatistik: Beschäftigte in örtlichen Einheiten sowie deren Löhne und Gehälter nach NUTS 2 und NACE-Abteilung (ab 2021; NUTS 2021)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structural business statistics: persons employed and wages and salaries by NUTS 2 and NACE division (2008–2020; NUTS 2016 and earlier)</source>
        <translation>Strukturelle Unternehmensstatistik: Beschäftigte sowie Löhne und Gehälter nach NUTS 2 und NACE-Abteilung (2008–2020; NUTS 2016 und früher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour force survey: employment 15–64 by NUTS 2 and NACE section</source>
        <translation>Arbeitskräfteerhebung: Erwerbstätige 15–64 nach NUTS 2 und NACE-Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional accounts: employment by NUTS 3 and NACE aggregate</source>
        <translation>Regionale Gesamtrechnungen: Erwerbstätige nach NUTS 3 und NACE-Aggregat</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>cannot create the cache folder %1</source>
        <translation>der Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../maps/EurostatTable.cpp" line="+92"/>
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
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist in UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not %1</source>
        <translation>die Datei ist binär, nicht %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Eurostat table</source>
        <translation>eine Eurostat-Tabelle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation>Spalte „%1“ nach den Jahresspalten ist kein Jahr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation>keine Jahresspalten in der Kopfzeile (erwartet z. B. 2015 oder n2015)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>die Kopfzeile braucht die Dimensionen „%1“ und „%2“; sie hat: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>Filter auf unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>region %1, industry %2, %3</source>
        <translation>Region %1, Wirtschaftszweig %2, %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (%2); treated as missing</source>
        <translation>„%1“ ist weder eine Zahl noch ein Eurostat-Kennzeichen (%2); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation>doppelte Zeile für Region %1, Wirtschaftszweig %2; übersprungen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>Dimension „%1“ hat mehrere Werte (%2); wählen Sie einen aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>keine Datenzeilen passten</translation>
    </message>
</context>
<context>
    <name>cs::ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="+26"/>
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
        <source>Export s&amp;cores (CSV, XLSX)…</source>
        <translation>&amp;Werte exportieren (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export layer for Q&amp;GIS…</source>
        <translation>Ebene für &amp;QGIS exportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Export scores</source>
        <translation>Werte exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV-Tabelle (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export layer for QGIS</source>
        <translation>Ebene für QGIS exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>QGIS project with GeoPackage (*.qgs)</source>
        <translation>QGIS-Projekt mit GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 and %2</source>
        <translation>%1 und %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+27"/>
        <location line="+132"/>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom size in pixels</source>
        <translation>Eigene Größe in Pixeln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insets for the outermost regions</source>
        <translation>Nebenkarten für die Gebiete in äußerster Randlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>Maßstabsleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>Nordpfeil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+221"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation>%1: Ausgabegröße %2×%3 px liegt außerhalb des Bereichs (16–30000)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not enough memory for %2×%3 px</source>
        <translation>%1: nicht genug Speicher für %2×%3 px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG encoder failed</source>
        <translation>der PNG-Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the SVG could not be written</source>
        <translation>die SVG-Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+114"/>
        <location line="+51"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: NUTS-Ebene %2 kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+78"/>
        <location line="+57"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>der QGIS-Stil kann nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::ImportActions</name>
    <message>
        <location filename="../app/ImportActions.cpp" line="+56"/>
        <source>&amp;Embedded data</source>
        <translation>&amp;Eingebettete Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;packs…</source>
        <translation>Daten&amp;pakete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statistics…</source>
        <translation>Statistik &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download from Eurostat…</source>
        <translation>Von Eurostat &amp;herunterladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load category &amp;mapping…</source>
        <translation>&amp;Kategorienzuordnung laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <location line="+13"/>
        <source>Load category mapping</source>
        <translation>Kategorienzuordnung laden</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Category mapping (*.csv);;All files (*)</source>
        <translation>Kategorienzuordnung (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;boundaries…</source>
        <translation>&amp;Grenzen öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in N&amp;UTS boundaries</source>
        <translation>Eingebaute &amp;NUTS-Grenzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n value(s) read from %1</source>
        <translation>
            <numerusform>%n Wert aus %1 gelesen</numerusform>
            <numerusform>%n Werte aus %1 gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no problems.</source>
        <translation>; keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s) listed below (rows skipped, values treated as missing, codes without a region).</source>
        <translation>
            <numerusform>; %n Problem unten aufgeführt (übersprungene Zeilen, als fehlend behandelte Werte, Codes ohne Region).</numerusform>
            <numerusform>; %n Probleme unten aufgeführt (übersprungene Zeilen, als fehlend behandelte Werte, Codes ohne Region).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>Statistik importieren</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nothing usable was loaded: %1</source>
        <translation>Nichts Verwendbares wurde geladen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The map shows NUTS %2 regions (boundaries of NUTS %3).</source>
        <translation>%1 Die Karte zeigt Regionen der NUTS-Ebene %2 (Grenzen nach NUTS %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Statistiken (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV oder TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV oder TSV (*.csv *.tsv);;JSON-stat (*.json);;Arbeitsmappen (*.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.</source>
        <translation>Quelle: Eurostat (%1, heruntergeladen). © EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Download from Eurostat</source>
        <translation>Von Eurostat herunterladen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The download contains no usable data.</source>
        <translation>Der Download enthält keine verwendbaren Daten.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n value(s) loaded from %1</source>
        <translation>
            <numerusform>%n Wert aus %1 geladen</numerusform>
            <numerusform>%n Werte aus %1 geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s).</source>
        <translation>
            <numerusform>; %n Problem.</numerusform>
            <numerusform>; %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mapping was not loaded.</source>
        <translation>Die Zuordnung wurde nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %1: %n cluster category(s).</source>
        <translation>
            <numerusform>%1 geladen: %n Cluster-Kategorie.</numerusform>
            <numerusform>%1 geladen: %n Cluster-Kategorien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every NACE code of the data is mapped.</source>
        <translation>Jeder NACE-Code der Daten ist zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>%n NACE-Code der Daten ist nicht zugeordnet: %1</numerusform>
            <numerusform>%n NACE-Codes der Daten sind nicht zugeordnet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Embedded data</source>
        <translation>Eingebettete Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in data pack cannot be used.</source>
        <translation>Das eingebaute Datenpaket kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — retrieved %2</source>
        <translation>%1 — abgerufen am %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open data pack</source>
        <translation>Datenpaket öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing usable was loaded from the pack&apos;s values.</source>
        <translation>Aus den Werten des Pakets wurde nichts Verwendbares geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data pack was refused.</source>
        <translation>Das Datenpaket wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Opened data pack %1 — retrieved %2: %Ln value(s).</source>
        <translation>
            <numerusform>Datenpaket %1 geöffnet — abgerufen am %2: %Ln Wert.</numerusform>
            <numerusform>Datenpaket %1 geöffnet — abgerufen am %2: %Ln Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Open boundaries</source>
        <translation>Grenzen öffnen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)</source>
        <translation>Vektordateien (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column of NUTS codes was recognised. Column with the region codes:</source>
        <translation>Keine Spalte mit NUTS-Codes erkannt. Spalte mit den Regionscodes:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>cs::Imports</name>
    <message numerus="yes">
        <location filename="../app/Imports.cpp" line="+53"/>
        <source>warning: %n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>Warnung: %n NACE-Code der Daten ist nicht zugeordnet: %1</numerusform>
            <numerusform>Warnung: %n NACE-Codes der Daten sind nicht zugeordnet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+89"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON-stat dataset: the top level is not an object</source>
        <translation>kein JSON-stat-Datensatz: die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: the server returned an error instead of data: %1</source>
        <translation>error: der Server hat statt Daten einen Fehler geliefert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>class: &apos;%1&apos; is not supported; expected a JSON-stat 2.0 &apos;dataset&apos;</source>
        <translation>class: „%1“ wird nicht unterstützt; erwartet: JSON-stat 2.0 „dataset“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id: missing or empty; not a JSON-stat 2.0 dataset</source>
        <translation>id: fehlt oder ist leer; kein JSON-stat-2.0-Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: %1 entries, but id names %2 dimensions</source>
        <translation>size: %1 Einträge, aber id nennt %2 Dimensionen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id[%1]: not a dimension name</source>
        <translation>id[%1]: kein Dimensionsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size[%1]: not a count</source>
        <translation>size[%1]: keine Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: the dataset is too large</source>
        <translation>size: der Datensatz ist zu groß</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.category: missing</source>
        <translation>%1.category: fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation>%1.category.index: %2 Kategorien, aber size gibt %3 an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.category.index[%2]: not a position below %3</source>
        <translation>%1.category.index[%2]: keine Position unter %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.category.index[%2]: position %3 is taken by &apos;%4&apos;</source>
        <translation>%1.category.index[%2]: Position %3 ist bereits durch „%4“ belegt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.category.index: missing</source>
        <translation>%1.category.index: fehlt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation>id: keine Zeitdimension („time“ oder role.time); vorhanden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>id: der Datensatz braucht die Dimensionen „%1“ und „%2“; er hat: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>Filter auf unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>indicator %1 is neither persons employed nor wages and salaries; not read</source>
        <translation>Indikator %1 ist weder Beschäftigte noch Löhne und Gehälter; nicht gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation>dimension.%1: keine Kategorie „%2“ zum Filtern; vorhanden: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>Dimension „%1“ hat mehrere Werte (%2); wählen Sie einen aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>size: %1 × %2 × %3 region, industry and year cells are too many</source>
        <translation>size: %1 × %2 × %3 Zellen für Region, Wirtschaftszweig und Jahr sind zu viele</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>value: %1 cells, but size says %2</source>
        <translation>value: %1 Zellen, aber size gibt %2 an</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not a cell index</source>
        <translation>kein Zellindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation>Index außerhalb des Bereichs (der Datensatz hat %1 Zellen)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>value: missing; expected an array or an object</source>
        <translation>value: fehlt; ein Array oder ein Objekt erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a flag string</source>
        <translation>keine Kennzeichen-Zeichenkette</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>„%1“ ist kein Eurostat-Kennzeichen; ignoriert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries, but size says %2; ignored</source>
        <translation>%1 Einträge, aber size gibt %2 an; ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation>eine Zeichenkette, ein Array oder ein Objekt erwartet; ignoriert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation>kein Jahr; nur Jahresdaten werden gelesen; übersprungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no data cells matched</source>
        <translation>keine Datenzellen passten</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+18"/>
        <source>change view</source>
        <translation>Ansicht ändern</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="+71"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+835"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="-829"/>
        <source>NUTS level</source>
        <translation>NUTS-Ebene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Wirtschaftszweig (NACE) oder Cluster-Kategorie; zum Suchen tippen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+784"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Animate the years</source>
        <translation>Jahre animieren</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars (0–3)</source>
        <translation>Sterne (0–3)</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour palette</source>
        <translation>Farbpalette</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+50"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cl&amp;asses </source>
        <translation>Kla&amp;ssen </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &amp;Palette </source>
        <translation> &amp;Palette </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference area of shares, location quotients and stars</source>
        <translation>Referenzgebiet für Anteile, Standortquotienten und Sterne</translation>
    </message>
    <message numerus="yes">
        <location line="+450"/>
        <source>Boundaries: %1 (key column %2, %Ln regions)</source>
        <translation>
            <numerusform>Grenzen: %1 (Schlüsselspalte %2, %Ln Region)</numerusform>
            <numerusform>Grenzen: %1 (Schlüsselspalte %2, %Ln Regionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Traded clusters (US definitions carried over to NACE)</source>
        <translation>Handelbare Cluster (US-Definitionen, auf NACE übertragen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE sections</source>
        <translation>NACE-Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NACE divisions</source>
        <translation>NACE-Abteilungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE groups and other codes</source>
        <translation>NACE-Gruppen und andere Codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (English titles)</source>
        <translation> (englische Bezeichnungen)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All regions of the data</source>
        <translation>Alle Regionen der Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-27 (2020)</source>
        <translation>EU-27 (2020)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <location line="-738"/>
        <source> &amp;Reference </source>
        <translation> &amp;Referenzgebiet </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Region suchen (Name oder NUTS-Code)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter selects the region; Ctrl+Enter adds it to the selection</source>
        <translation>Eingabe wählt die Region aus; Strg+Eingabe fügt sie der Auswahl hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>No region matches “%1”</source>
        <translation>Keine Region passt zu „%1“</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+23"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ClusterScope project (*.clusterscope.json *.json)</source>
        <translation>ClusterScope-Projekt (*.clusterscope.json *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save project…</source>
        <translation>Projekt &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ClusterScope project (*.clusterscope.json)</source>
        <translation>ClusterScope-Projekt (*.clusterscope.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region &amp;totals</source>
        <translation>&amp;Regionale Gesamtwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sum of the industries reported</source>
        <translation>&amp;Summe der ausgewiesenen Wirtschaftszweige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published by the data (where it has them)</source>
        <translation>&amp;Veröffentlicht in den Daten (sofern vorhanden)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select 2 to %1 regions (Ctrl-click) to compare them.</source>
        <translation>Wählen Sie 2 bis %1 Regionen aus (Strg-Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cluster s&amp;tar symbols</source>
        <translation>Cluster-&amp;Sternsymbole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class limits &amp;per year</source>
        <translation>Klassengrenzen &amp;je Jahr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Focus map</source>
        <translation>Karte &amp;fokussieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected regions (%1)</source>
        <translation>Ausgewählte Regionen vergleichen (%1)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Diverging quantiles (around 1; growth: 0)</source>
        <translation>Divergierende Quantile (um 1; Wachstum: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric (around 1; growth: 0)</source>
        <translation>Symmetrisch (um 1; Wachstum: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-symmetric around 1, up to 2 (LQ)</source>
        <translation>Log-symmetrisch um 1, bis 2 (LQ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
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
        <location line="+6"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region &amp;labels</source>
        <translation>Regions&amp;beschriftungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS &amp;codes</source>
        <translation>NUTS-&amp;Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names</source>
        <translation>&amp;Namen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Proportional &amp;circles</source>
        <translation>&amp;Proportionale Kreise</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+24"/>
        <source>%1: the project uses other data (%2); start ClusterScope with that data to open it</source>
        <translation>%1: das Projekt verwendet andere Daten (%2); starten Sie ClusterScope mit diesen Daten, um es zu öffnen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>ClusterScope — %1</source>
        <translation>ClusterScope — %1</translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+100"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the data</source>
        <translation>Nicht von den Daten abgedeckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster with %1+ stars</source>
        <translation>Cluster mit %1+ Sternen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed cells hide &gt; 5 % of the region&apos;s total</source>
        <translation>Geheim gehaltene Zellen verdecken &gt; 5 % des Gesamtwerts der Region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected region</source>
        <translation>Ausgewählte Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner region</source>
        <translation>Partnerregion</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+31"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>cs::MethodDialog</name>
    <message>
        <location filename="../app/MethodDialog.cpp" line="+13"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and reference area</source>
        <translation>Regionen und Referenzgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every relative measure compares a region with a reference area: by default all regions of the chosen NUTS level that carry a number in the data, or one country, or the EU-27 (&lt;i&gt;Reference&lt;/i&gt; picker). Aggregates such as EU28 or EA19, extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every sum; codes renamed between NUTS versions are recoded, and each case is listed when the data are loaded.</source>
        <translation>Jedes relative Maß vergleicht eine Region mit einem Referenzgebiet: standardmäßig alle Regionen der gewählten NUTS-Ebene, für die die Daten eine Zahl enthalten, oder ein Land oder die EU-27 (Auswahl &lt;i&gt;Referenzgebiet&lt;/i&gt;). Aggregate wie EU28 oder EA19, Extra-Regio-Codes (z. B. FRZZ) und Codes, die zu keiner NUTS-Version gehören, bleiben bei allen Summen außen vor; zwischen NUTS-Versionen umbenannte Codes werden umcodiert, und jeder Fall wird beim Laden der Daten aufgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A region&apos;s total employment e&lt;sub&gt;r&lt;/sub&gt; is either the sum of the industries the data report (default) or the total the data publish (&lt;i&gt;File ▸ Region totals&lt;/i&gt;). Where confidential cells hide more than 5 % of a published total, the region is outlined with dots on the map and flagged in its profile.</source>
        <translation>Die Gesamtbeschäftigung e&lt;sub&gt;r&lt;/sub&gt; einer Region ist entweder die Summe der in den Daten ausgewiesenen Wirtschaftszweige (Standard) oder der in den Daten veröffentlichte Gesamtwert (&lt;i&gt;Datei ▸ Regionale Gesamtwerte&lt;/i&gt;). Wo vertrauliche Zellen mehr als 5 % eines veröffentlichten Gesamtwerts verdecken, wird die Region auf der Karte gepunktet umrandet und in ihrem Profil gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e&lt;sub&gt;rc&lt;/sub&gt; the employment of region r in category c, e&lt;sub&gt;r&lt;/sub&gt; the region&apos;s total, E&lt;sub&gt;c&lt;/sub&gt; the reference area&apos;s employment in c and E its total:</source>
        <translation>Mit e&lt;sub&gt;rc&lt;/sub&gt; der Beschäftigung der Region r in der Kategorie c, e&lt;sub&gt;r&lt;/sub&gt; dem Gesamtwert der Region, E&lt;sub&gt;c&lt;/sub&gt; der Beschäftigung des Referenzgebiets in c und E dessen Gesamtwert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Employment&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;share&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (the region&apos;s part of the category); &lt;b&gt;focus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (the category&apos;s part of the region); &lt;b&gt;location quotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): above 1 the region is more specialised than the reference area, 2 or more counts as a specialisation.</source>
        <translation>&lt;b&gt;Beschäftigung&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;Anteil&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (der Anteil der Region an der Kategorie); &lt;b&gt;Fokus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (der Anteil der Kategorie an der Region); &lt;b&gt;Standortquotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): über 1 ist die Region stärker spezialisiert als das Referenzgebiet, ab 2 gilt sie als spezialisiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Growth&lt;/b&gt; is the compound annual growth rate of e&lt;sub&gt;rc&lt;/sub&gt; from the first year of the data to the year shown, in % per year; shift-share splits the change into reference growth, industry mix and competitive effect.</source>
        <translation>&lt;b&gt;Wachstum&lt;/b&gt; ist die durchschnittliche jährliche Wachstumsrate (CAGR) von e&lt;sub&gt;rc&lt;/sub&gt; vom ersten Jahr der Daten bis zum angezeigten Jahr, in % pro Jahr; die Shift-Share-Analyse zerlegt die Veränderung in Referenzwachstum, Branchenmix und Wettbewerbseffekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster stars</source>
        <translation>Cluster-Sterne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the European Cluster Observatory: one star each for &lt;b&gt;size&lt;/b&gt; (the region is among the top 10 % of regions by employment in the category), &lt;b&gt;specialisation&lt;/b&gt; (LQ ≥ 2) and &lt;b&gt;focus&lt;/b&gt; (among the top 10 % by the category&apos;s share of the region&apos;s employment). A star is robust when the decision stays the same with the cut-off moved by ±10 %.</source>
        <translation>Wie beim European Cluster Observatory: je ein Stern für &lt;b&gt;Größe&lt;/b&gt; (die Region gehört zu den obersten 10 % der Regionen nach Beschäftigung in der Kategorie), &lt;b&gt;Spezialisierung&lt;/b&gt; (LQ ≥ 2) und &lt;b&gt;Fokus&lt;/b&gt; (unter den obersten 10 % nach dem Anteil der Kategorie an der Beschäftigung der Region). Ein Stern ist robust, wenn die Entscheidung gleich bleibt, wenn die Schwelle um ±10 % verschoben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Productivity and growth stars need wage and multi-year data; without them they are not awarded.</source>
        <translation>Produktivitäts- und Wachstumssterne erfordern Lohndaten und Daten über mehrere Jahre; ohne sie werden sie nicht vergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wages and productivity</source>
        <translation>Löhne und Produktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;relative wage&lt;/b&gt; (productivity) of a region in a category is its wage per person employed, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, over the category&apos;s average in the reference area, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, both summed over the industries that report wages and persons employed: above 1 the region pays more per person than the reference area. It is a ratio, so the unit of the wages (Eurostat: million euro) cancels. The &lt;b&gt;productivity star&lt;/b&gt; goes to the top 10 % of regions by relative wage.</source>
        <translation>Der &lt;b&gt;relative Lohn&lt;/b&gt; (Produktivität) einer Region in einer Kategorie ist ihr Lohn je Beschäftigten, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, im Verhältnis zum Durchschnitt der Kategorie im Referenzgebiet, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, beide summiert über die Wirtschaftszweige, die Löhne und Beschäftigte ausweisen: über 1 zahlt die Region je Person mehr als das Referenzgebiet. Da es ein Verhältnis ist, kürzt sich die Einheit der Löhne (Eurostat: Millionen Euro) heraus. Den &lt;b&gt;Produktivitätsstern&lt;/b&gt; erhalten die obersten 10 % der Regionen nach relativem Lohn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Wages in the built-in data&lt;/b&gt;: only the data pack “SBS persons employed and wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat&apos;s sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version of that year, 2014 the last complete year. The default SBS 2015 extract and the LFS extract hold persons employed only, so the relative wage and the productivity star are not offered for them. They also appear for files with wages: a Eurostat SBS table with the indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a long table with a wages column chosen on import.</source>
        <translation>&lt;b&gt;Löhne in den eingebauten Daten&lt;/b&gt;: nur das Datenpaket „SUS Beschäftigte und Löhne, 2008–2015“ (Datei ▸ Datenpakete; --dataset sbs-wages) enthält sie: Eurostats sbs_r_nuts06_r2 auf Ebene NUTS 2 und NACE-Abteilung, jedes Jahr in der NUTS-Version dieses Jahres, 2014 das letzte vollständige Jahr. Der Standardauszug SUS 2015 und der AKE-Auszug enthalten nur Beschäftigte; für sie werden der relative Lohn und der Produktivitätsstern nicht angeboten. Sie erscheinen auch für Dateien mit Löhnen: eine Eurostat-SUS-Tabelle mit den Indikatoren Beschäftigte sowie Löhne und Gehälter (indic_sb V16110 und V13320 von sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR und WAGE_LOC_MEUR von sbs_r_nuts2021) oder eine lange Tabelle mit einer beim Import gewählten Lohnspalte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster categories</source>
        <translation>Cluster-Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster categories are the US Cluster Mapping Project&apos;s 51 traded clusters, carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not the official European Cluster Panorama table, which is not published in a machine-readable form; NACE industries that feed several clusters are split by their NAICS counts, and every approximation is listed in the categories file.</source>
        <translation>Die Cluster-Kategorien sind die 51 handelbaren Cluster (traded clusters) des US Cluster Mapping Project, über amtliche Umsteigeschlüssel auf die NACE Rev. 2 übertragen (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). Es sind US-Definitionen, nicht die amtliche Tabelle des European Cluster Panorama, die nicht in maschinenlesbarer Form veröffentlicht ist; NACE-Wirtschaftszweige, die in mehrere Cluster eingehen, werden nach ihren NAICS-Zahlen aufgeteilt, und jede Näherung ist in der Kategoriendatei aufgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ten emerging industries of the European Cluster Panorama (e.g. biopharmaceuticals, blue growth, creative, digital and experience industries) are not included: their NACE code lists could not be found in a citable, machine-readable form, and no list is invented.</source>
        <translation>Die zehn aufstrebenden Branchen des European Cluster Panorama (z. B. Biopharmazeutika, blaue Wirtschaft, Kreativ-, Digital- und Erlebniswirtschaft) sind nicht enthalten: Ihre NACE-Codelisten waren in keiner zitierfähigen, maschinenlesbaren Form auffindbar, und es wird keine Liste erfunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Partnerregionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Similar&lt;/b&gt; partners have a similar profile of cluster location quotients (cosine similarity, 1 = the same shape; or correlation). &lt;b&gt;Complementary&lt;/b&gt; partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ &lt; 1) but related: the sum of min(LQ, 3) × the relatedness density ω of the region in each such cluster.</source>
        <translation>&lt;b&gt;Ähnliche&lt;/b&gt; Partner haben ein ähnliches Profil der Cluster-Standortquotienten (Kosinus-Ähnlichkeit, 1 = gleiche Form; oder Korrelation). &lt;b&gt;Komplementäre&lt;/b&gt; Partner sind stark (LQ ≥ 1) in Clustern, in denen die Region schwach (LQ &lt; 1), aber verwandt ist: die Summe von min(LQ, 3) × der Verwandtschaftsdichte ω der Region in jedem solchen Cluster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map classes</source>
        <translation>Kartenklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, 1, 1.41, 2) on a diverging palette, so above and below the reference read at a glance; growth diverges around 0. Class limits are computed over all years of the data, so a colour means the same value in every year (&lt;i&gt;View ▸ Class limits per year&lt;/i&gt; changes that).</source>
        <translation>Standortquotienten werden im logarithmischen Raum symmetrisch um 1 klassiert (0.5, 0.71, 1, 1.41, 2), mit einer divergierenden Farbpalette, sodass Werte über und unter der Referenz auf einen Blick zu erkennen sind; Wachstum divergiert um 0. Die Klassengrenzen werden über alle Jahre der Daten berechnet, sodass eine Farbe in jedem Jahr denselben Wert bedeutet (&lt;i&gt;Ansicht ▸ Klassengrenzen je Jahr&lt;/i&gt; ändert das).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and licences</source>
        <translation>Quellen und Lizenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics: Source: Eurostat, re-used under the Eurostat copyright notice (free re-use with acknowledgement of the source). Boundaries: GISCO NUTS © EuroGeographics for the administrative boundaries.</source>
        <translation>Statistik: Quelle: Eurostat, weiterverwendet gemäß dem Urheberrechtshinweis von Eurostat (freie Weiterverwendung mit Quellenangabe). Grenzen: GISCO NUTS © EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
    </message>
</context>
<context>
    <name>cs::NutsCodes</name>
    <message numerus="yes">
        <location filename="../maps/NutsCodes.cpp" line="+49"/>
        <source>%n record</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: NUTS-Grenzen können nicht geöffnet werden (%2). Führen Sie scripts/setup.sh aus, um den Cache zu erstellen, oder setzen Sie CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: keine Ebene „%2“ in dieser Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no NUTS_ID field</source>
        <translation>%1: Ebene „%2“ hat kein Feld NUTS_ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no NUTS %2 codes in this file</source>
        <translation>%1: keine NUTS-%2-Codes in dieser Datei</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot open the NUTS recoding table: %2</source>
        <translation>%1: die NUTS-Umschlüsselungstabelle kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a NUTS recoding table (%2)</source>
        <translation>%1: keine NUTS-Umschlüsselungstabelle (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON array</source>
        <translation>ein JSON-Array erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: entry %2 needs &apos;from&apos;, &apos;to&apos; and &apos;newIdToOldId&apos;</source>
        <translation>%1: Eintrag %2 braucht „from“, „to“ und „newIdToOldId“</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1 (none with a number)</source>
        <translation>%1 (keiner mit Zahlenwert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 with a number)</source>
        <translation>%1 (davon %2 mit Zahlenwert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty region code: %1 left out</source>
        <translation>leerer Regionscode: %1 ausgelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: extra-regio territory, not a region: %2 left out</source>
        <translation>%1: Extra-Regio-Gebiet, keine Region: %2 ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: aggregate of countries, not a region: %2 left out</source>
        <translation>%1: Länderaggregat, keine Region: %2 ausgelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a NUTS region code: %2 left out</source>
        <translation>%1: kein NUTS-Regionscode: %2 ausgelassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded</source>
        <translation>%1: Code aus NUTS %2, in NUTS %4 umbenannt in %3: %5 umgeschlüsselt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4, nothing to sum or draw</source>
        <translation>%1: Code aus NUTS %2 ohne reine Umbenennung nach NUTS %3 (Grenzen geändert): %4, nichts zu summieren oder zu zeichnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries</source>
        <translation>%1: Code aus NUTS %2 ohne reine Umbenennung nach NUTS %3 (Grenzen geändert): %4 in den Summen für %5 berücksichtigt, nicht auf den Grenzen nach NUTS %3 gezeichnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a NUTS code in %2: %3 left out</source>
        <translation>%1: kein NUTS-Code in %2: %3 ausgelassen</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 in %2: %n cell(s) published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</source>
        <translation>
            <numerusform>%1 in %2: %n Zelle sowohl als %1 als auch als %3, dem Code desselben Gebiets in einer anderen NUTS-Version, veröffentlicht (Doppelzählung); die Zahlen von %1 werden verwendet</numerusform>
            <numerusform>%1 in %2: %n Zellen sowohl als %1 als auch als %3, dem Code desselben Gebiets in einer anderen NUTS-Version, veröffentlicht (Doppelzählung); die Zahlen von %1 werden verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 and its successor(s) %2 both carry numbers in %3: the same territory is counted twice in those years</source>
        <translation>%1 und Nachfolger %2 enthalten beide Zahlen für %3: dasselbe Gebiet wird in diesen Jahren doppelt gezählt</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+218"/>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation>%1: keine Vektordatei, die GDAL lesen kann (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this file has no layer with geometries</source>
        <translation>%1: diese Datei hat keine Ebene mit Geometrien</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: Der Cache der NUTS-Grenzen fehlt. Führen Sie scripts/setup.sh aus, um ihn zu erstellen, oder setzen Sie CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vector format GDAL knows</source>
        <translation>kein Vektorformat, das GDAL kennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read boundaries: %2</source>
        <translation>%1: Grenzen können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this file has no layer</source>
        <translation>%1: diese Datei hat keine Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: keine Ebene „%2“ in dieser Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos;; its columns: %4</source>
        <translation>%1: Ebene „%2“ hat keine Spalte „%3“; ihre Spalten: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column of NUTS codes; name one as the key column. Its columns: %3</source>
        <translation>%1: Ebene „%2“ hat keine Spalte mit NUTS-Codes; geben Sie eine als Schlüsselspalte an. Ihre Spalten: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: Ebene „%2“ kann nicht nach EPSG:3035 umprojiziert werden (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: Region %2 konnte nicht nach EPSG:3035 umprojiziert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: layer &apos;%2&apos; has no regions of NUTS level %3 in column %4</source>
        <translation>%1: Ebene „%2“ hat in Spalte %4 keine Regionen der NUTS-Ebene %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: layer &apos;%2&apos; has no features with a code in column %3</source>
        <translation>%1: Ebene „%2“ hat keine Objekte mit einem Code in Spalte %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: layer &apos;%2&apos; has no polygons (its %n feature(s) have points, lines or empty geometries); boundaries need polygons</source>
        <translation>
            <numerusform>%1: Ebene „%2“ hat keine Polygone (ihr %n Objekt hat Punkte, Linien oder leere Geometrien); Grenzen erfordern Polygone</numerusform>
            <numerusform>%1: Ebene „%2“ hat keine Polygone (ihre %n Objekte haben Punkte, Linien oder leere Geometrien); Grenzen erfordern Polygone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+46"/>
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
        <location line="+2"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other countries</source>
        <translation>Andere Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same country</source>
        <translation>Gleiches Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where partners may be</source>
        <translation>Wo Partner liegen dürfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any distance</source>
        <translation>Beliebige Entfernung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners within this distance (between region centres)</source>
        <translation>Nur Partner innerhalb dieser Entfernung (zwischen den Mittelpunkten der Regionen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions partners are sought among: the selected region&apos;s level or another level of the data</source>
        <translation>Die Regionen, unter denen Partner gesucht werden: die Ebene der ausgewählten Region oder eine andere Ebene der Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners at:</source>
        <translation>Partner auf Ebene:</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole profile</source>
        <translation>Gesamtes Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1 regions</source>
        <translation>Regionen der NUTS-Ebene %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region selected.</source>
        <translation>Keine Region ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 hat keine Daten auf NUTS-Ebene %2 in %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data has no %1 in %2.</source>
        <translation>Die Daten enthalten keine %1 in %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 ist keine Cluster-Kategorie; wählen Sie einen Cluster oder das gesamte Profil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Kein Cluster, in dem beide LQ ≥ 1 haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both specialised in: %1</source>
        <translation>Beide spezialisiert auf: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.</source>
        <translation>
            <numerusform>Wert 0–1: wie ähnlich sich die beiden Mischungen der Cluster-Spezialisierungen sind (Kosinus der LQ-Profile über %n Cluster); 1 = dieselbe Mischung.</numerusform>
            <numerusform>Wert 0–1: wie ähnlich sich die beiden Mischungen der Cluster-Spezialisierungen sind (Kosinus der LQ-Profile über %n Cluster); 1 = dieselbe Mischung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score −1 to 1: correlation of the LQ profiles over %n cluster(s); 1 = the same mix, 0 = unrelated.</source>
        <translation>
            <numerusform>Wert −1 bis 1: Korrelation der LQ-Profile über %n Cluster; 1 = dieselbe Mischung, 0 = kein Zusammenhang.</numerusform>
            <numerusform>Wert −1 bis 1: Korrelation der LQ-Profile über %n Cluster; 1 = dieselbe Mischung, 0 = kein Zusammenhang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), weighted by how related %3 is to it.</source>
        <translation>Wert 0–1: wie stark der Partner auf %1 spezialisiert ist (LQ begrenzt auf %2), gewichtet damit, wie verwandt %3 damit ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score 0–1: the share of what %1 could gain that the partner has — its strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; 1 = strong in all of them.</source>
        <translation>Wert 0–1: der Anteil dessen, was %1 gewinnen könnte, den der Partner mitbringt — seine Stärken (LQ ≥ 1, begrenzt auf %2) in Clustern, in denen %1 schwach, aber verwandt ist; 1 = stark in allen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners among the %1 (%2&apos;s own numbers from NUTS %3); regions that contain %2 or lie in it are left out.</source>
        <translation>Partnersuche unter: %1 (Zahlen von %2 selbst aus NUTS %3); Regionen, die %2 enthalten oder in %2 liegen, bleiben außen vor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtered: %1%2.</source>
        <translation>Gefiltert: %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other countries than %1</source>
        <translation>andere Länder als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all countries</source>
        <translation>alle Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within %1 km</source>
        <translation>, innerhalb von %1 km</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Nur Regionen mit LQ ≥ 1 in %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 ist darauf bereits spezialisiert (LQ %2).</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+1"/>
        <source>Strengths it brings</source>
        <translation>Eingebrachte Stärken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared strengths</source>
        <translation>Gemeinsame Stärken</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1: no partners</source>
        <translation>%1 kann nicht geschrieben werden: keine Partner</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>cs::ProjectFile</name>
    <message>
        <location filename="../app/ProjectFile.cpp" line="+51"/>
        <source>not a ClusterScope project: no &quot;%1&quot; key</source>
        <translation>kein ClusterScope-Projekt: kein Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a version number</source>
        <translation>%1: eine Versionsnummer erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer ClusterScope (version %2; this one reads %3)</source>
        <translation>%1: von einem neueren ClusterScope erstellt (Version %2; diese Version liest %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>%1: [xmin, ymin, xmax, ymax] in EPSG:3035-Metern mit xmin &lt; xmax und ymin &lt; ymax erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected a list of NUTS codes</source>
        <translation>%1: eine Liste von NUTS-Codes erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2]: expected a NUTS code</source>
        <translation>%1[%2]: ein NUTS-Code erwartet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: damaged project file (%2 at offset %3 of %4 bytes)</source>
        <translation>%1: beschädigte Projektdatei (%2 an Position %3 von %4 Bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a ClusterScope project: expected a JSON object</source>
        <translation>%1: kein ClusterScope-Projekt: ein JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>cs::QgisProject</name>
    <message>
        <location filename="../maps/QgisProject.cpp" line="+88"/>
        <source>© EuroGeographics for the administrative boundaries</source>
        <translation>© EuroGeographics bezüglich der Verwaltungsgrenzen</translation>
    </message>
</context>
<context>
    <name>cs::RecentFiles</name>
    <message>
        <location filename="../app/RecentFiles.cpp" line="+61"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>cs::Recipe</name>
    <message>
        <location filename="../app/Recipe.cpp" line="-296"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown key; valid keys: %1</source>
        <translation>unbekannter Schlüssel; gültige Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text, got %1</source>
        <translation>Text erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation>%1 liegt außerhalb des Bereichs; gültig: %2 bis %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of numbers, got %1</source>
        <translation>Liste von Zahlen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of numbers, found %1</source>
        <translation>Liste von Zahlen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;; valid values: %2</source>
        <translation>unbekannter Wert „%1“; gültige Werte: %2</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>Version %1 ist neuer, als dieses Programm lesen kann (1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth</source>
        <translation>unbekannter Indikator „%1“; gültige Indikatoren: lq, share, focus, employment, stars, growth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>unbekannte Palette „%1“; gültige Paletten: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected at least two strictly ascending numbers</source>
        <translation>mindestens zwei streng aufsteigende Zahlen erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid size &apos;%1&apos;; expected &quot;WIDTHxHEIGHT&quot;, e.g. &quot;1920x1080&quot;</source>
        <translation>ungültige Größe „%1“; erwartet &quot;WIDTHxHEIGHT&quot;, z. B. &quot;1920x1080&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range; valid: 36 to 1200</source>
        <translation>%1 liegt außerhalb des Bereichs; gültig: 36 bis 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; give &quot;format&quot; (%1) or an output file ending in one of them</source>
        <translation>fehlt; geben Sie &quot;format&quot; (%1) oder eine Ausgabedatei mit einer dieser Endungen an</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message>
        <location filename="../widgets/RegionProfile.cpp" line="+247"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+673"/>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <location line="-672"/>
        <location line="+393"/>
        <location line="+69"/>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <location line="-458"/>
        <location line="+459"/>
        <location line="+52"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>No region selected</source>
        <translation>Keine Region ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+278"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation>%1: keine Daten auf NUTS-Ebene %2 in %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — Cluster-Portfolio, NUTS %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
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
        <location line="+88"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 in %3, %4</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too unreliable to publish</source>
        <translation>zu unzuverlässig für eine Veröffentlichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged “%1”</source>
        <translation>gekennzeichnet „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n star(s), LQ %1</source>
        <translation>
            <numerusform>%n Stern, LQ %1</numerusform>
            <numerusform>%n Sterne, LQ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative
wage</source>
        <translation>Relativer
Lohn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons employed in the category (e_rc)</source>
        <translation>Beschäftigte in der Kategorie (e_rc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient: (e_rc / e_r) / (E_c / E)</source>
        <translation>Standortquotient: (e_rc / e_r) / (E_c / E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster stars (size, specialisation, focus). The table is sorted by strength: stars, then location quotient, strongest first.</source>
        <translation>Cluster-Sterne (Größe, Spezialisierung, Fokus). Die Tabelle ist nach Stärke sortiert: Sterne, dann Standortquotient, die stärksten zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment growth since %1, % per year</source>
        <translation>Beschäftigungswachstum seit %1, % pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth, % per year: needs an earlier year in the data</source>
        <translation>Beschäftigungswachstum, % pro Jahr: erfordert ein früheres Jahr in den Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the category&apos;s employment in all regions (e_rc / E_c)</source>
        <translation>Anteil an der Beschäftigung der Kategorie in allen Regionen (e_rc / E_c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the region&apos;s employment in the category (e_rc / e_r)</source>
        <translation>Anteil der Kategorie an der Beschäftigung der Region (e_rc / e_r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage in the category relative to the reference area</source>
        <translation>Lohn in der Kategorie im Verhältnis zum Referenzgebiet</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sorted by strength (stars, then location quotient); click a column header to sort by it.</source>
        <translation>Nach Stärke sortiert (Sterne, dann Standortquotient); klicken Sie auf einen Spaltenkopf, um danach zu sortieren.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Show the cells</source>
        <translation>Zellen anzeigen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Wirtschaftszweig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation>Grund des Ausschlusses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the cells</source>
        <translation>Zellen ausblenden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Score in detail</source>
        <translation>Bewertung im Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Top clusters</source>
        <translation>Top-Cluster</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Top categories</source>
        <translation>Top-Kategorien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a region with data to see its strongest clusters.</source>
        <translation>Wählen Sie eine Region mit Daten, um ihre stärksten Cluster zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of %1 has a location quotient in %2: the cells behind them are missing or confidential.</source>
        <translation>Kein Cluster von %1 hat einen Standortquotienten in %2: Die zugrunde liegenden Zellen fehlen oder sind vertraulich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category of %1 has a location quotient in %2.</source>
        <translation>Keine Kategorie von %1 hat einen Standortquotienten in %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top %n categories by location quotient</source>
        <translation>
            <numerusform>Top-%n-Kategorien nach Standortquotient</numerusform>
            <numerusform>Top-%n-Kategorien nach Standortquotient</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These data have no clusters (clusters are built from NACE divisions, the data hold broader sectors): the chart ranks their sectors.</source>
        <translation>Diese Daten haben keine Cluster (Cluster werden aus NACE-Abteilungen gebildet, die Daten enthalten gröbere Sektoren): Das Diagramm ordnet ihre Sektoren.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>employment of the region in the category</source>
        <translation>Beschäftigung der Region in der Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment of the region (its published total)</source>
        <translation>Beschäftigung der Region (ihr veröffentlichter Gesamtwert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region (sum of the industries it reports)</source>
        <translation>Beschäftigung der Region (Summe der für sie ausgewiesenen Wirtschaftszweige)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the region&apos;s total as the data publishes it</source>
        <translation>Gesamtwert der Region, wie in den Daten veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of that total in the industries reported</source>
        <translation>Anteil dieses Gesamtwerts in den ausgewiesenen Wirtschaftszweigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppressed cells hide %1 of this region&apos;s published total: its focus and location quotients rest on an incomplete total (File ▸ Region totals ▸ Published uses the published one).</source>
        <translation>Geheim gehaltene Zellen verdecken %1 des veröffentlichten Gesamtwerts dieser Region: Ihr Fokus und ihre Standortquotienten beruhen auf einem unvollständigen Gesamtwert (Datei ▸ Regionale Gesamtwerte ▸ Veröffentlicht verwendet den veröffentlichten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Kein LQ: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+0"/>
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
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Size and focus stars go to the top 10 % of the %1 reference regions with a value in this category: the %2 largest values set the cut-off, every region tied with it earns the star too, and a value of 0 never does. Regions outside the reference area are rated against its cut-offs; a missing value earns no star.</source>
        <translation>Größen- und Fokussterne gehen an die obersten 10 % der %1 Referenzregionen mit einem Wert in dieser Kategorie: Die %2 größten Werte bestimmen die Schwelle, jede Region mit gleichem Wert erhält den Stern ebenfalls, ein Wert von 0 nie. Regionen außerhalb des Referenzgebiets werden an dessen Schwellen gemessen; ein fehlender Wert erhält keinen Stern.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cell was left out of the sums behind this location quotient.</source>
        <translation>Keine Zelle wurde aus den Summen hinter diesem Standortquotienten ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>%1 Zelle ist aus den Summen hinter diesem Standortquotienten ausgeschlossen (%2 aus den eigenen Wirtschaftszweigen von %3, %4 aus %5 in anderen Regionen): %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>
            <numerusform>%1 Zelle ist aus den Summen hinter diesem Standortquotienten ausgeschlossen (%2 aus den eigenen Wirtschaftszweigen von %3, %4 aus %5 in anderen Regionen): %6.</numerusform>
            <numerusform>%1 Zellen sind aus den Summen hinter diesem Standortquotienten ausgeschlossen (%2 aus den eigenen Wirtschaftszweigen von %3, %4 aus %5 in anderen Regionen): %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a category to see its employment over the years.</source>
        <translation>Wählen Sie eine Kategorie, um ihre Beschäftigung im Lauf der Jahre zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data hold no year.</source>
        <translation>Die Daten enthalten kein Jahr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data hold one year (%1), so there is no series to draw. Data with several years (File ▸ Embedded data, the LFS extract) show employment over time here.</source>
        <translation>Die Daten enthalten ein Jahr (%1), daher gibt es keine Zeitreihe zu zeichnen. Daten mit mehreren Jahren (Datei ▸ Eingebettete Daten, der AKE-Auszug) zeigen hier die Beschäftigung im Zeitverlauf.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No employment is published for %1 in %2 in any year of the data.</source>
        <translation>Für %1 in %2 ist in keinem Jahr der Daten eine Beschäftigung veröffentlicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 years have a published value; the others are missing or confidential.</source>
        <translation>%1 von %2 Jahren haben einen veröffentlichten Wert; die übrigen fehlen oder sind vertraulich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2, every year published.</source>
        <translation>%1 bis %2, jedes Jahr veröffentlicht.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Employment in %1</source>
        <translation>Beschäftigung in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons employed</source>
        <translation>Beschäftigte</translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <location filename="../maps/SaveFile.cpp" line="+20"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation>es ist ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation>es ist ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation>es ist ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+99"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+28"/>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>nur %1 von %2 Bytes wurden geschrieben</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot write %1: it is the input %2; writing it would destroy it, choose another output</source>
        <translation>%1 kann nicht geschrieben werden: es ist die Eingabe %2; das Schreiben würde sie zerstören, wählen Sie eine andere Ausgabe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: it is outside the folder %2</source>
        <translation>%1 kann nicht geschrieben werden: es liegt außerhalb des Ordners %2</translation>
    </message>
</context>
<context>
    <name>cs::SbsIndicators</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+26"/>
        <source>wages and salaries (%1), million euro</source>
        <translation>Löhne und Gehälter (%1), Millionen Euro</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n wage cell(s) have no persons-employed cell of the same region, industry and year; left out</source>
        <translation>
            <numerusform>%n Lohnzelle hat keine Beschäftigten-Zelle derselben Region, desselben Wirtschaftszweigs und Jahres; ausgelassen</numerusform>
            <numerusform>%n Lohnzellen haben keine Beschäftigten-Zelle derselben Region, desselben Wirtschaftszweigs und Jahres; ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>indicator V12150 (value added at factor cost) is in the file but not read: %n cell(s) set aside</source>
        <translation>
            <numerusform>Indikator V12150 (Wertschöpfung zu Faktorkosten) ist in der Datei, wird aber nicht gelesen: %n Zelle beiseitegelassen</numerusform>
            <numerusform>Indikator V12150 (Wertschöpfung zu Faktorkosten) ist in der Datei, wird aber nicht gelesen: %n Zellen beiseitegelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>indicator %1 is neither persons employed nor wages and salaries: %n cell(s) set aside</source>
        <translation>
            <numerusform>Indikator %1 ist weder Beschäftigte noch Löhne und Gehälter: %n Zelle beiseitegelassen</numerusform>
            <numerusform>Indikator %1 ist weder Beschäftigte noch Löhne und Gehälter: %n Zellen beiseitegelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::SceneBuilder</name>
    <message>
        <location filename="../maps/SceneBuilder.cpp" line="+206"/>
        <source>%1 — %2, NUTS %3, %4</source>
        <translation>%1 — %2, NUTS %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wages: %1.</source>
        <translation>Löhne: %1.</translation>
    </message>
</context>
<context>
    <name>cs::ScoreExport</name>
    <message>
        <location filename="../maps/ScoreExport.cpp" line="+29"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>eine Arbeitsmappe braucht einen Dateinamen: -o FILE.xlsx</translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+142"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation>die Datei ist XML oder HTML, kein SDMX-CSV (eine Fehlerseite oder ein Hinweis auf eine eingereihte Anfrage?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation>die Datei ist JSON, kein SDMX-CSV; öffnen Sie sie als JSON-stat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation>kein SDMX-CSV: die Kopfzeile braucht die Spalten TIME_PERIOD und OBS_VALUE; sie hat: %1</translation>
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
        <location line="+99"/>
        <source>region %1, industry %2, %3</source>
        <translation>Region %1, Wirtschaftszweig %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>„%1“ ist keine Zahl (%2); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation>TIME_PERIOD „%1“ ist kein Jahr (Region %2, Wirtschaftszweig %3); nur Jahresdaten werden gelesen; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1, industry %2</source>
        <translation>Region %1, Wirtschaftszweig %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation>doppelte Beobachtung für Region %1, Wirtschaftszweig %2, %3; übersprungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation>„%1“ ist kein Eurostat-Kennzeichen (Region %2, Wirtschaftszweig %3, %4); ignoriert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation>„%1“ ist kein Vertraulichkeitsstatus (Region %2, Wirtschaftszweig %3, %4); ignoriert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen (abgebrochener Download?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>Dimension „%1“ hat mehrere Werte (%2); wählen Sie einen aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>keine Datenzeilen passten</translation>
    </message>
</context>
<context>
    <name>cs::TableImport</name>
    <message>
        <location filename="../maps/TableImport.cpp" line="+45"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation>Quelle: %1. © EuroGeographics bezüglich der Verwaltungsgrenzen.</translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+558"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation>ungültige Spaltenzuordnung „%1“; erwartet ROLE=COLUMN mit den Rollen %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation>die Spaltenzuordnung braucht %1=COLUMN</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+59"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV table</source>
        <translation>eine CSV-Tabelle</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation>keine Spalte „%1“ für %2; die Kopfzeile hat: %3</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot open as a workbook: %1</source>
        <translation>kann nicht als Arbeitsmappe geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an XLSX or ODS file GDAL can read</source>
        <translation>keine XLSX- oder ODS-Datei, die GDAL lesen kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook has no sheet</source>
        <translation>die Arbeitsmappe hat kein Tabellenblatt</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>wages (column %1, in the unit of the file)</source>
        <translation>Löhne (Spalte %1, in der Einheit der Datei)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation>„%1“ ist kein Jahr; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>region %1, industry %2, %3</source>
        <translation>Region %1, Wirtschaftszweig %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation>doppelte Zeile für Region %1, Wirtschaftszweig %2, %3; übersprungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>„%1“ ist keine Zahl (%2); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>„%1“ ist kein Eurostat-Kennzeichen; ignoriert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wages &apos;%1&apos; are not a number (%2); treated as missing</source>
        <translation>Löhne „%1“ sind keine Zahl (%2); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell which column holds the %1; the header has: %2. Name the columns (--map-columns region=…,industry=…,year=…,value=…)</source>
        <translation>die Spalte für %1 ist nicht erkennbar; die Kopfzeile hat: %2. Benennen Sie die Spalten (--map-columns region=…,industry=…,year=…,value=…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columns guessed as %1</source>
        <translation>Spalten automatisch zugeordnet: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>region (NUTS code)</source>
        <translation>Region (NUTS-Code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industry (NACE code)</source>
        <translation>Wirtschaftszweig (NACE-Code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag (optional)</source>
        <translation>Kennzeichen (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wages (optional)</source>
        <translation>Löhne (optional)</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>columns guessed as region=%1,industry=%2</source>
        <translation>Spalten automatisch zugeordnet: region=%1,industry=%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is probably Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation>Byte 0x%1 ist kein UTF-8 (in „%2“, als Latin-1 gelesen); die Datei ist wahrscheinlich Latin-1 oder Windows-1252: speichern Sie sie als UTF-8</translation>
    </message>
</context>
<context>
    <name>cs::ValueValidator</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="-303"/>
        <source>the file is larger than %1 MiB; not read</source>
        <translation>die Datei ist größer als %1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../maps/TableReader.cpp" line="-590"/>
        <location filename="../maps/ValueValidator.cpp" line="+66"/>
        <source>more than %1 data lines; the file is not read</source>
        <translation>mehr als %1 Datenzeilen; die Datei wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.cpp" line="-25"/>
        <source>the file has %1 MiB, more than the %2 MiB read</source>
        <translation>die Datei hat %1 MiB, mehr als die %2 MiB, die gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lines end with CR only (classic Mac OS); save the file with LF or CR LF line ends</source>
        <translation>die Zeilen enden nur mit CR (klassisches Mac OS); speichern Sie die Datei mit LF- oder CR-LF-Zeilenenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the line is longer than %1 MiB; the file is not read (is it a table?)</source>
        <translation>die Zeile ist länger als %1 MiB; die Datei wird nicht gelesen (ist es eine Tabelle?)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the workbook&apos;s XML unpacks to more than %1 MiB (part &apos;%2&apos;: %3 MiB); not read</source>
        <translation>das XML der Arbeitsmappe wird entpackt größer als %1 MiB (Teil „%2“: %3 MiB); nicht gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part &apos;%1&apos; of the workbook unpacks to %2 times its packed size (at most %3); a damaged file or a zip bomb; not read</source>
        <translation>Teil „%1“ der Arbeitsmappe wird entpackt %2-mal so groß wie gepackt (höchstens %3); eine beschädigte Datei oder eine Zip-Bombe; nicht gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has %1 columns, more than the %2 read</source>
        <translation>die Kopfzeile hat %1 Spalten, mehr als die %2, die gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &apos;%1&apos; appears twice (columns %2 and %3); rename one</source>
        <translation>Spalte „%1“ kommt doppelt vor (Spalten %2 und %3); benennen Sie eine um</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 Zellen erwartet, %2 gefunden; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year %1 is implausible (expected %2 to %3%4); skipped</source>
        <translation>Jahr %1 ist unplausibel (erwartet %2 bis %3%4); übersprungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a finite number (%2); treated as missing</source>
        <translation>„%1“ ist keine endliche Zahl (%2); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative value &apos;%1&apos; (%2); treated as missing</source>
        <translation>negativer Wert „%1“ (%2); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large: above %2 after scaling (%3); treated as missing</source>
        <translation>„%1“ ist zu groß: über %2 nach der Skalierung (%3); als fehlend behandelt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no usable value: all %1 cells are empty, missing or invalid</source>
        <translation>kein verwendbarer Wert: alle %1 Zellen sind leer, fehlend oder ungültig</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.h" line="+101"/>
        <source>&apos;%1&apos; has a comma: decimal commas and thousands separators are not read; write digits with a decimal point (%2); treated as missing</source>
        <translation>„%1“ enthält ein Komma: Dezimalkommas und Tausendertrennzeichen werden nicht gelesen; schreiben Sie Ziffern mit Dezimalpunkt (%2); als fehlend behandelt</translation>
    </message>
</context>
<context>
    <name>cs::ViewController</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+57"/>
        <source>Loading NUTS %1 boundaries…</source>
        <translation>NUTS-%1-Grenzen werden geladen…</translation>
    </message>
</context>
<context>
    <name>cs::XlsxExport</name>
    <message>
        <location filename="../maps/XlsxExport.cpp" line="+21"/>
        <source>%1: this GDAL has no XLSX driver</source>
        <translation>%1: diese GDAL-Version hat keinen XLSX-Treiber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: no temporary directory (%2)</source>
        <translation>%1 kann nicht geschrieben werden: kein temporäres Verzeichnis (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the workbook could not be built (%2)</source>
        <translation>%1 kann nicht geschrieben werden: die Arbeitsmappe konnte nicht erstellt werden (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+86"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; data packs: clusterscope packs</source>
        <translation>Kartiert die Stärke wirtschaftlicher Cluster in den Regionen Europas.
Export ohne Oberfläche: clusterscope export --help; viele Abbildungen: clusterscope batch SPEC.json; Datenpakete: clusterscope packs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project (NAME.clusterscope.json) or a statistics file to open.</source>
        <translation>Ein zu öffnendes Projekt (NAME.clusterscope.json) oder eine Statistikdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Das Hauptfenster in FILE.png zeichnen und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1600x1000.</source>
        <translation>Fenstergröße in Pixeln, z. B. 1600x1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: en, de, fr, es, it or pl (default: the system&apos;s).</source>
        <translation>Sprache: en, de, fr, es, it oder pl (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select regions by NUTS code (comma-separated).</source>
        <translation>Regionen nach NUTS-Code auswählen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a panel: profile, peers or compare.</source>
        <translation>Einen Bereich anzeigen: profile, peers oder compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 See clusterscope --help.</source>
        <translation>%1 Siehe clusterscope --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command or file &apos;%1&apos;; valid commands: export, batch, packs, or a project or statistics file to open</source>
        <translation>unbekannter Befehl oder unbekannte Datei „%1“; gültige Befehle: export, batch, packs oder eine zu öffnende Projekt- oder Statistikdatei</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot show panel &apos;%1&apos;; valid panels: profile, peers, compare (compare needs 2-%2 regions in --select)</source>
        <translation>Bereich „%1“ kann nicht angezeigt werden; gültige Bereiche: profile, peers, compare (compare braucht 2-%2 Regionen in --select)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--window-size erwartet BREITExHÖHE, z. B. 1600x1000</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no usable data</source>
        <translation>%1: keine verwendbaren Daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown region &apos;%1&apos; at NUTS level %2</source>
        <translation>unbekannte Region „%1“ auf NUTS-Ebene %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
