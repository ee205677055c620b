<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+215"/>
        <source>Manual classes need at least two limits.</source>
        <translation>Klasy ręczne wymagają co najmniej dwóch granic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limit %1 is not a finite number.</source>
        <translation>Granica ręczna %1 nie jest liczbą skończoną.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limits must ascend: %1 follows %2.</source>
        <translation>Granice ręczne muszą rosnąć: %1 następuje po %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The centre of diverging classes must be a finite number.</source>
        <translation>Środek klas rozbieżnych musi być liczbą skończoną.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diverging classes need at least two classes.</source>
        <translation>Klasy rozbieżne wymagają co najmniej dwóch klas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard deviation step must be a positive number.</source>
        <translation>Krok odchylenia standardowego musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one class is needed.</source>
        <translation>Wymagana jest co najmniej jedna klasa.</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n gwiazdka</numerusform>
            <numerusform>%n gwiazdki</numerusform>
            <numerusform>%n gwiazdek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ClusterData</name>
    <message>
        <location filename="../maps/ClusterData.cpp" line="+55"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat BAEL: pracujący według sekcji NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SBS: liczba pracujących według działów NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics w odniesieniu do granic administracyjnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Źródło: Eurostat (lfst_r_lfe2en2, pracujący w wieku 15+, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Źródło: Eurostat (sbs_r_nuts06_r2, liczba pracujących, 2015). %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Industry (except construction)</source>
        <translation>Przemysł (z wyłączeniem budownictwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade, transport, accommodation and food service activities</source>
        <translation>Handel hurtowy i detaliczny, transport, zakwaterowanie i gastronomia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, scientific, technical, administrative and support service activities</source>
        <translation>Działalność profesjonalna, naukowa i techniczna; administrowanie i działalność wspierająca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public administration, defence, education, human health and social work activities</source>
        <translation>Administracja publiczna, obrona narodowa, edukacja, opieka zdrowotna i pomoc społeczna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arts, entertainment and recreation; other service activities; households; extra-territorial</source>
        <translation>Działalność związana z kulturą, rozrywką i rekreacją; pozostała działalność usługowa; gospodarstwa domowe; organizacje eksterytorialne</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Persons employed</source>
        <translation>Liczba pracujących</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of reference employment</source>
        <translation>Udział w zatrudnieniu referencyjnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of regional employment (focus)</source>
        <translation>Udział w zatrudnieniu regionu (koncentracja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient</source>
        <translation>Iloraz lokalizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster stars (size, specialisation, focus)</source>
        <translation>Gwiazdki klastrów (wielkość, specjalizacja, koncentracja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth (% per year)</source>
        <translation>Wzrost zatrudnienia (% rocznie)</translation>
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
        <translation>Poziom NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Kategoria: dział NACE (C28), sekcja (C) lub kod klastra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator: lq, share, focus or employment.</source>
        <translation>Wskaźnik: lq, share, focus lub employment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the data.</source>
        <translation>Rok danych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification: %1.</source>
        <translation>Klasyfikacja: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Liczba klas (2-9, domyślnie 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Ręczne granice klas, np. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr).</source>
        <translation>Paleta kolorów (np. viridis_r, YlGnBu, PuOr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Wbudowany zbiór danych: %1 (domyślnie sbs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat or a long CSV (with --map-columns).</source>
        <translation>Plik statystyczny: TSV Eurostatu, SDMX-CSV, JSON-stat lub długi CSV (z --map-columns).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</source>
        <translation>Kolumny długiego CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64.</source>
        <translation>Ustal dodatkowe wymiary --data, np. unit=THS,age=Y15-64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply the values of --data (1000 for THS).</source>
        <translation>Pomnóż wartości z --data (1000 dla THS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Wersja NUTS dla --data: 2010, 2013, 2016 lub 2021 (domyślnie 2013).</translation>
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
        <translation>Źródło: %1. © EuroGeographics w odniesieniu do granic administracyjnych.</translation>
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
        <translation>Zapisuje wartości jednej mapy bez okna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export command.</source>
        <translation>Polecenie export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Format wyjściowy: csv, png, svg, pdf lub gpkg (GeoPackage ze stylem QGIS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Plik wyjściowy lub - dla standardowego wyjścia (csv).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure size in pixels (default 1920x1080).</source>
        <translation>Rozmiar rysunku w pikselach (domyślnie 1920x1080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size for the figure: A4, A3 or Letter.</source>
        <translation>Rozmiar strony rysunku: A4, A3 lub Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape page (default).</source>
        <translation>Strona pozioma (domyślnie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait page.</source>
        <translation>Strona pionowa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution in dots per inch (default 96, 300 for pages).</source>
        <translation>Rozdzielczość w punktach na cal (domyślnie 96, 300 dla stron).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure title.</source>
        <translation>Tytuł rysunku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure subtitle.</source>
        <translation>Podtytuł rysunku.</translation>
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
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+100"/>
        <source>Clusters only</source>
        <translation>Tylko klastry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide NACE sections and divisions</source>
        <translation>Ukryj sekcje i działy NACE</translation>
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
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1: LQ %2, %n star(s)</source>
        <translation>
            <numerusform>%1: LQ %2, %n gwiazdka</numerusform>
            <numerusform>%1: LQ %2, %n gwiazdki</numerusform>
            <numerusform>%1: LQ %2, %n gwiazdek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose two to four regions to compare.</source>
        <translation>Wybierz od dwóch do czterech regionów do porównania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Brak danych dla poziomu NUTS %1 w %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n shared strength(s) (every region LQ ≥ 1 or at least one star), in bold.</source>
        <translation>
            <numerusform>%1 — %n wspólna mocna strona (każdy region LQ ≥ 1 lub co najmniej jedna gwiazdka), pogrubiona.</numerusform>
            <numerusform>%1 — %n wspólne mocne strony (każdy region LQ ≥ 1 lub co najmniej jedna gwiazdka), pogrubione.</numerusform>
            <numerusform>%1 — %n wspólnych mocnych stron (każdy region LQ ≥ 1 lub co najmniej jedna gwiazdka), pogrubionych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No shared cluster strengths</source>
        <translation>Brak wspólnych mocnych klastrów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared cluster strengths (LQ)</source>
        <translation>Wspólne mocne klastry (LQ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Location quotient</source>
        <translation>Iloraz lokalizacji</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Za mało klastrów z danymi dla wykresu radarowego</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n cluster(s) by mean LQ</source>
        <translation>
            <numerusform>%n czołowy klaster według średniego LQ</numerusform>
            <numerusform>%n czołowe klastry według średniego LQ</numerusform>
            <numerusform>%n czołowych klastrów według średniego LQ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+187"/>
        <source>cannot create the cache folder %1</source>
        <translation>nie można utworzyć folderu pamięci podręcznej %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <location line="+10"/>
        <source>cannot write the cache file %1: %2</source>
        <translation>nie można zapisać pliku pamięci podręcznej %1: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+71"/>
        <source>the download of %1 was cancelled</source>
        <translation>pobieranie %1 zostało anulowane</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>HTTP error %1 %2 for %3</source>
        <translation>błąd HTTP %1 %2 dla %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1 (connection refused); check that you are online and the server address is right: %2</source>
        <translation>nie można połączyć się z %1 (połączenie odrzucone); sprawdź, czy masz dostęp do sieci i czy adres serwera jest poprawny: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 not found; you may be offline: %2</source>
        <translation>nie znaleziono hosta %1; możesz być offline: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data from %1 for %2 s; the download timed out: %3</source>
        <translation>brak danych z %1 przez %2 s; przekroczono czas pobierania: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network is not available (%1); you may be offline: %2</source>
        <translation>sieć jest niedostępna (%1); możesz być offline: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download failed: %1: %2</source>
        <translation>pobieranie nie powiodło się: %1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the data from %1 could not be read: %2</source>
        <translation>nie można odczytać danych z %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::EurostatTable</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+83"/>
        <source>cannot open: %1</source>
        <translation>nie można otworzyć: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>plik jest w UTF-16; zapisz go jako UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not a text table</source>
        <translation>plik jest binarny, a nie tabelą tekstową</translation>
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
        <translation>nagłówek wymaga wymiarów „%1” i „%2”; zawiera: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtr na nieznanym wymiarze „%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>oczekiwano %1 komórek, znaleziono %2; wiersz pominięty</translation>
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
        <translation>wymiar „%1” ma kilka wartości (%2); wybierz jedną</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>żaden wiersz danych nie pasuje</translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+131"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation>%1: rozmiar wyjściowy %2×%3 px jest poza zakresem (16–30000)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+111"/>
        <location line="+46"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: nie można odczytać warstwy NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>nie można zapisać %1: folder nie istnieje</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+67"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>nie można zapisać stylu QGIS w %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+65"/>
        <source>cannot open: %1</source>
        <translation>nie można otworzyć: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>plik jest skompresowany gzip; najpierw go rozpakuj</translation>
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
        <translation>filtr na nieznanym wymiarze „%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>wymiar „%1” ma kilka wartości (%2); wybierz jedną</translation>
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
        <translation>zmień widok</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS level</source>
        <translation>Poziom NUTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Branża (NACE) lub kategoria klastra; wpisz, aby wyszukać</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animate the years</source>
        <translation>Animuj lata</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automatyczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantiles</source>
        <translation>Kwantyle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal intervals</source>
        <translation>Równe przedziały</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Naturalne przerwy (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Odchylenie standardowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Ręczna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverging around 1</source>
        <translation>Rozbieżna wokół 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (0–3)</source>
        <translation>Gwiazdki (0–3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification</source>
        <translation>Klasyfikacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default palette</source>
        <translation>Paleta domyślna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour palette</source>
        <translation>Paleta kolorów</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level </source>
        <translation>&amp;Poziom </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation> &amp;Kategoria </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation> &amp;Wskaźnik </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation> &amp;Rok </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style</source>
        <translation>Styl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cl&amp;asses </source>
        <translation>Kl&amp;asy </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Znajdź region (nazwa lub kod NUTS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No region matches “%1”</source>
        <translation>Żaden region nie pasuje do „%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region profile</source>
        <translation>Profil regionu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Regiony partnerskie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare regions</source>
        <translation>Porównaj regiony</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;figure…</source>
        <translation>Eksportuj &amp;rysunek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;scores (CSV)…</source>
        <translation>Eksportuj &amp;wartości (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find region</source>
        <translation>&amp;Znajdź region</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Pomn&amp;iejsz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Europe</source>
        <translation>Powiększ do &amp;Europy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation>Powiększ do &amp;zaznaczenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected regions</source>
        <translation>&amp;Porównaj wybrane regiony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 regions (Ctrl-click) to compare them.</source>
        <translation>Zaznacz od 2 do 4 regionów (Ctrl+kliknięcie), aby je porównać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Akcje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterScope</source>
        <translation>&amp;O programie ClusterScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ClusterScope</source>
        <translation>O programie ClusterScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; maps the strength of economic clusters across Europe&apos;s regions.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cluster categories are the US Cluster Mapping Project&apos;s traded clusters carried over to NACE Rev. 2 through official concordances; they are not the official European Cluster Panorama definitions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; mapuje siłę klastrów gospodarczych w regionach Europy.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Kategorie klastrów to klastry handlowe (traded clusters) z US Cluster Mapping Project, przeniesione do NACE Rev. 2 za pomocą oficjalnych tabel powiązań; nie są to oficjalne definicje European Cluster Panorama.&lt;/p&gt;</translation>
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
        <translation>Eksportuj rysunek</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg);;Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Wybierz nazwę pliku zakończoną na .png, .svg lub .pdf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export scores</source>
        <translation>Eksportuj wartości</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+36"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+32"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+113"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: nie można otworzyć granic NUTS (%2). Uruchom scripts/setup.sh, aby zbudować pamięć podręczną, lub ustaw CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: brak warstwy „%2” w tym pliku</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: nie można przeprojektować warstwy „%2” do EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: nie można przeprojektować regionu %2 do EPSG:3035</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no features with a NUTS_ID</source>
        <translation>%1: warstwa „%2” nie ma obiektów z NUTS_ID</translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+55"/>
        <source>Similar profile (cosine)</source>
        <translation>Podobny profil (cosinus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar profile (correlation)</source>
        <translation>Podobny profil (korelacja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementary (strong where related but weak here)</source>
        <translation>Komplementarny (silny tam, gdzie powiązany, ale słaby tutaj)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of partners</source>
        <translation>Liczba partnerów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Whole profile</source>
        <translation>Cały profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Tylko %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No region selected.</source>
        <translation>Nie wybrano regionu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 nie ma danych na poziomie NUTS %2 w %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 nie jest kategorią klastra; wybierz klaster lub użyj całego profilu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Brak klastra, w którym oba mają LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both specialised in: %1</source>
        <translation>Oba wyspecjalizowane w: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: cosine similarity of the LQ profiles over %n cluster(s), 1 = same shape.</source>
        <translation>
            <numerusform>Wynik: podobieństwo cosinusowe profili LQ w %n klastrze, 1 = ten sam kształt.</numerusform>
            <numerusform>Wynik: podobieństwo cosinusowe profili LQ w %n klastrach, 1 = ten sam kształt.</numerusform>
            <numerusform>Wynik: podobieństwo cosinusowe profili LQ w %n klastrach, 1 = ten sam kształt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: correlation of the LQ profiles over %n cluster(s), from −1 to 1.</source>
        <translation>
            <numerusform>Wynik: korelacja profili LQ w %n klastrze, od −1 do 1.</numerusform>
            <numerusform>Wynik: korelacja profili LQ w %n klastrach, od −1 do 1.</numerusform>
            <numerusform>Wynik: korelacja profili LQ w %n klastrach, od −1 do 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Tylko regiony z LQ ≥ 1 w %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score: min(LQ, %1) of the partner in %2 × the relatedness density ω of %3 in it (0–1).</source>
        <translation>Wynik: min(LQ, %1) partnera w %2 × gęstość powiązań ω regionu %3 w nim (0–1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 jest już w nim wyspecjalizowany (LQ %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: sum over the clusters where %1 has LQ &lt; 1 and the partner LQ ≥ 1 of min(LQ, %2) × the relatedness density ω of %1 in the cluster (0–1): strengths of the partner that %1 lacks but is related to.</source>
        <translation>Wynik: suma po klastrach, w których %1 ma LQ &lt; 1, a partner LQ ≥ 1, wartości min(LQ, %2) × gęstość powiązań ω regionu %1 w klastrze (0–1): mocne strony partnera, których %1 nie ma, ale z którymi jest powiązany.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No partner found.</source>
        <translation>Nie znaleziono partnera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export partners</source>
        <translation>Eksportuj partnerów</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message numerus="yes">
        <location filename="../widgets/RegionProfile.cpp" line="+157"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n gwiazdka</numerusform>
            <numerusform>%n gwiazdki</numerusform>
            <numerusform>%n gwiazdek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
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
        <translation>Koncentracja</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No region selected</source>
        <translation>Nie wybrano regionu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation>%1: brak danych na poziomie NUTS %2 w %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — portfel klastrów, NUTS %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster has a location quotient</source>
        <translation>Żaden klaster nie ma ilorazu lokalizacji</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Top %n cluster(s) by location quotient</source>
        <translation>
            <numerusform>%n czołowy klaster według ilorazu lokalizacji</numerusform>
            <numerusform>%n czołowe klastry według ilorazu lokalizacji</numerusform>
            <numerusform>%n czołowych klastrów według ilorazu lokalizacji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Location quotient</source>
        <translation>Iloraz lokalizacji</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Select a category to see the numbers behind its location quotient and stars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wybierz kategorię, aby zobaczyć liczby stojące za jej ilorazem lokalizacji i gwiazdkami.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 w %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employment of the region in the category</source>
        <translation>zatrudnienie regionu w kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region</source>
        <translation>zatrudnienie regionu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment in the category, all regions of the level</source>
        <translation>zatrudnienie w kategorii, wszystkie regiony poziomu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment, all regions of the level</source>
        <translation>zatrudnienie, wszystkie regiony poziomu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location quotient</source>
        <translation>iloraz lokalizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e_rc / e_r</source>
        <translation>e_rc / e_r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula:</source>
        <translation>Wzór:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Brak LQ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stars:</source>
        <translation>Gwiazdki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Gwiazdka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Próg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>Przyznana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robust (±10 %)</source>
        <translation>Odporna (±10 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % of regions by e_rc</source>
        <translation>górne 10 % regionów według e_rc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>Specjalizacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LQ ≥ 2</source>
        <translation>LQ ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top 10 % of regions by e_rc / e_r</source>
        <translation>górne 10 % regionów według e_rc / e_r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Wydajność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % by relative wage</source>
        <translation>górne 10 % według płacy względnej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not computed</source>
        <translation>nie obliczono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cell was left out of the sums.</source>
        <translation>Żadna komórka nie została pominięta w sumach.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) left out of the sums as missing, %1 of them confidential.</source>
        <translation>
            <numerusform>%n komórka pominięta w sumach jako brakująca, w tym poufnych: %1.</numerusform>
            <numerusform>%n komórki pominięte w sumach jako brakujące, w tym poufnych: %1.</numerusform>
            <numerusform>%n komórek pominiętych w sumach jako brakujące, w tym poufnych: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (confidential)</source>
        <translation>%1 (poufne)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Employment in %1</source>
        <translation>Zatrudnienie w %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons employed</source>
        <translation>Liczba pracujących</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No employment is published for this category and region.</source>
        <translation>Dla tej kategorii i regionu nie opublikowano danych o zatrudnieniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data hold one year (%1): the series is a single point.</source>
        <translation>Dane obejmują jeden rok (%1): seria to pojedynczy punkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) with data.</source>
        <translation>
            <numerusform>%n rok z danymi.</numerusform>
            <numerusform>%n lata z danymi.</numerusform>
            <numerusform>%n lat z danymi.</numerusform>
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
        <translation>nie można otworzyć: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>plik jest skompresowany gzip; najpierw go rozpakuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>plik jest w UTF-16; zapisz go jako UTF-8</translation>
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
        <translation>nagłówek wymaga wymiarów „%1” i „%2”; zawiera: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtr na nieznanym wymiarze „%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>oczekiwano %1 komórek, znaleziono %2; wiersz pominięty</translation>
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
        <translation>wymiar „%1” ma kilka wartości (%2); wybierz jedną</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>żaden wiersz danych nie pasuje</translation>
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
        <translation>nie można otworzyć: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary, not a text table</source>
        <translation>plik jest binarny, a nie tabelą tekstową</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>oczekiwano %1 komórek, znaleziono %2; wiersz pominięty</translation>
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
        <translation>Mapuje siłę klastrów gospodarczych w regionach Europy.
Eksport bez okna: clusterscope export --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Narysuj główne okno do pliku FILE.png i zakończ.</translation>
    </message>
</context>
</TS>
