<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>cs::Basemap</name>
    <message>
        <location filename="../maps/Basemap.cpp" line="+78"/>
        <source>%1: no background countries (%2); run scripts/setup.sh</source>
        <translation>%1: brak krajów tła (%2); uruchom scripts/setup.sh</translation>
    </message>
</context>
<context>
    <name>cs::Batch</name>
    <message>
        <location filename="../app/Batch.cpp" line="+105"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation>%1: nieprawidłowy JSON: %2 na pozycji %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a recipe object</source>
        <translation>%1: oczekiwano obiektu przepisu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unknown key; a batch with &quot;figures&quot; has only &quot;defaults&quot; and &quot;figures&quot;</source>
        <translation>%1: nieznany klucz; wsad z &quot;figures&quot; ma tylko &quot;defaults&quot; i &quot;figures&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defaults: expected an object of recipe keys</source>
        <translation>defaults: oczekiwano obiektu z kluczami przepisu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>figures: expected a list of recipe objects</source>
        <translation>figures: oczekiwano listy obiektów przepisów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no figures in the batch</source>
        <translation>brak rysunków we wsadzie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing; every figure needs an output file</source>
        <translation>%1: brak; każdy rysunek wymaga pliku wyjściowego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a batch writes files; &apos;-&apos; (standard output) is not allowed</source>
        <translation>%1: wsad zapisuje pliki; „-” (standardowe wyjście) jest niedozwolone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is also the output of %3</source>
        <translation>%1: „%2” jest też wyjściem %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write %2: %3 is a file, not a folder</source>
        <translation>%1: nie można zapisać %2: %3 jest plikiem, a nie folderem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation>%1: nie można zapisać %2: folder %3 nie istnieje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write %2: the folder %3 is not writable (%4)</source>
        <translation>%1: nie można zapisać %2: folder %3 nie jest zapisywalny (%4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (the output &apos;%3&apos; of the batch file); pass --allow-outside to write outside the batch file&apos;s folder</source>
        <translation>%1: %2 (wynik „%3” pliku wsadowego); użyj --allow-outside, aby zapisywać poza folderem pliku wsadowego</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>no figure written</source>
        <translation>nie zapisano żadnego rysunku</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of %1 figures failed: %2</source>
        <translation>
            <numerusform>Nie powiódł się %n z %1 rysunków: %2</numerusform>
            <numerusform>Nie powiodły się %n z %1 rysunków: %2</numerusform>
            <numerusform>Nie powiodło się %n z %1 rysunków: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makes many figures from one JSON file: a recipe, a list of recipes, or {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative paths are relative to SPEC.</source>
        <translation>Tworzy wiele rysunków z jednego pliku JSON: przepisu, listy przepisów lub {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Ścieżki względne są liczone względem SPEC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch file (JSON).</source>
        <translation>Plik wsadowy (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow outputs outside the batch file&apos;s folder (&quot;../x.png&quot;, absolute paths); without it such a batch is refused.</source>
        <translation>Zezwalaj na wyniki poza folderem pliku wsadowego („../x.png”, ścieżki bezwzględne); bez tej opcji taki wsad zostaje odrzucony.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; see clusterscope batch --help</source>
        <translation>; zobacz clusterscope batch --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one batch file: clusterscope batch SPEC.json</source>
        <translation>oczekiwano jednego pliku wsadowego: clusterscope batch SPEC.json</translation>
    </message>
</context>
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+274"/>
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
        <source>Log-symmetric classes need a positive centre and a span above 1.</source>
        <translation>Klasy log-symetryczne wymagają dodatniego środka i rozpiętości większej niż 1.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+147"/>
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
        <location filename="../maps/ClusterData.cpp" line="+113"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat BAEL: pracujący według sekcji NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SBS: pracujący i wynagrodzenia według działów NACE, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SBS: liczba pracujących według działów NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics w odniesieniu do granic administracyjnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Źródło: Eurostat (lfst_r_lfe2en2, pracujący w wieku 15+, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, 2008–2015). %1</source>
        <translation>Źródło: Eurostat (sbs_r_nuts06_r2, pracujący i wynagrodzenia, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Źródło: Eurostat (sbs_r_nuts06_r2, liczba pracujących, 2015). %1</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <source>a category mapping (CSV)</source>
        <translation>mapowanie kategorii (CSV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column &apos;%1&apos;; a category mapping has the columns %2 (as resources/categories/nace_to_cluster.csv)</source>
        <translation>brak kolumny „%1”; mapowanie kategorii ma kolumny %2 (jak resources/categories/nace_to_cluster.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>oczekiwano %1 komórek, znaleziono %2; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a NACE division in the form of the SBS tables (e.g. C28); line skipped</source>
        <translation>„%1” nie jest działem NACE w postaci z tabel SBS (np. C28); wiersz pominięty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty category_code; line skipped</source>
        <translation>pusty category_code; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight &apos;%1&apos; is not a number between 0 and 1; line skipped</source>
        <translation>waga „%1” nie jest liczbą z przedziału od 0 do 1; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second row for %1 → %2; line skipped</source>
        <translation>drugi wiersz dla %1 → %2; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no usable row of level &quot;division&quot;; the mapping is unchanged</source>
        <translation>brak użytecznego wiersza poziomu &quot;division&quot;; mapowanie pozostaje bez zmian</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <message>
        <location line="+1"/>
        <source>Relative wage (productivity)</source>
        <translation>Płaca względna (wydajność)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>all in the data</source>
        <translation>wszystkie w danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: %1 NUTS %2 regions with data (%3)</source>
        <translation>Obszar odniesienia: liczba regionów poziomu NUTS %2 z danymi: %1 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region totals as published where available</source>
        <translation>opublikowane wartości ogółem regionów, o ile są dostępne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region totals summed over the industries reported</source>
        <translation>wartości ogółem regionów jako suma wykazanych branż</translation>
    </message>
</context>
<context>
    <name>cs::ColumnMappingDialog</name>
    <message>
        <location filename="../widgets/ColumnMappingDialog.cpp" line="+20"/>
        <source>Import statistics — columns</source>
        <translation>Importuj statystyki — kolumny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which column of &lt;b&gt;%1&lt;/b&gt; holds what? One row per region, industry and year (a long table). The guess is preset; check it against the first rows below.</source>
        <translation>Która kolumna pliku &lt;b&gt;%1&lt;/b&gt; zawiera co? Jeden wiersz na region, branżę i rok (tabela długa). Propozycja jest ustawiona wstępnie; sprawdź ją na pierwszych wierszach poniżej.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation>(wybierz kolumnę)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wages and salaries of each region, industry and year, in any one unit: the relative wage (productivity) divides them by the persons employed.</source>
        <translation>Wynagrodzenia dla każdego regionu, branży i roku, w dowolnej jednej jednostce: płaca względna (wydajność) dzieli je przez liczbę pracujących.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detect from the codes</source>
        <translation>Wykryj na podstawie kodów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS version:</source>
        <translation>Wersja NUTS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousand persons (× 1000)</source>
        <translation>Tysiące osób (× 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values are in:</source>
        <translation>Jednostka wartości:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load</source>
        <translation>&amp;Wczytaj</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the column of the %1.</source>
        <translation>Wybierz kolumnę dla roli: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” is chosen for both %2 and %3.</source>
        <translation>Kolumna „%1” jest wybrana dla dwóch ról: %2 i %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows with problems are skipped and listed after loading.</source>
        <translation>Wiersze z problemami są pomijane i wyświetlane po wczytaniu.</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+54"/>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>nieprawidłowa wartość --size „%1”; oczekiwano WIDTHxHEIGHT, np. 1920x1080</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &apos;%1&apos;; valid pages: A4, A3, Letter</source>
        <translation>nieznany rozmiar strony „%1”; prawidłowe rozmiary: A4, A3, Letter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --dpi &apos;%1&apos;; valid: 36 to 1200</source>
        <translation>nieprawidłowa wartość --dpi „%1”; dozwolone: od 36 do 1200</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --margins &apos;%1&apos;; valid: 0 to 50 (mm)</source>
        <translation>nieprawidłowa wartość --margins „%1”; dozwolone: od 0 do 50 (mm)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NUTS level (0-3).</source>
        <translation>Poziom NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Kategoria: dział NACE (C28), sekcja (C) lub kod klastra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the data.</source>
        <translation>Rok danych.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How values are drawn: choropleth (filled regions) or circles (proportional circles over a neutral base; the default for employment).</source>
        <translation>Sposób przedstawienia wartości: choropleth (wypełnione regiony) lub circles (koła proporcjonalne na neutralnym podkładzie; domyślnie dla zatrudnienia).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Liczba klas (2-9, domyślnie 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Ręczne granice klas, np. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region labels: none, codes or names (placed without overlaps).</source>
        <translation>Etykiety regionów: none, codes lub names (rozmieszczone bez nakładania się).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star symbols on regions with at least N cluster stars (1-3; 0 = none).</source>
        <translation>Symbole gwiazdek na regionach z co najmniej N gwiazdkami klastrów (1-3; 0 = brak).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Wbudowany zbiór danych: %1 (domyślnie sbs).</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Reference area of shares, LQ and stars: all (the level&apos;s regions in the data, default), EU27_2020 or a country code.</source>
        <translation>Obszar odniesienia udziałów, LQ i gwiazdek: all (regiony danego poziomu w danych, domyślnie), EU27_2020 lub kod kraju.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region total e_r of focus, LQ and stars: sum (of the industries a region reports, default) or published (the data&apos;s own total where it has one).</source>
        <translation>Wartość ogółem regionu e_r dla koncentracji, LQ i gwiazdek: sum (suma branż wykazanych dla regionu, domyślnie) lub published (wartość ogółem opublikowana w danych, o ile istnieje).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Wersja NUTS dla --data: 2010, 2013, 2016 lub 2021 (domyślnie 2013).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NACE → cluster mapping in the format of resources/categories/nace_to_cluster.csv; NACE codes of the data it leaves unmapped are reported on stderr.</source>
        <translation>Mapowanie NACE → klaster w formacie resources/categories/nace_to_cluster.csv; kody NACE z danych, których nie obejmuje, są zgłaszane na stderr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a usable category mapping</source>
        <translation>%1: to nie jest użyteczne mapowanie kategorii</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region total &apos;%1&apos;; valid: sum, published</source>
        <translation>nieznana wartość ogółem regionu „%1”; prawidłowe: sum, published</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: the data publishes no region totals; --region-total published uses the sums</source>
        <translation>ostrzeżenie: dane nie zawierają opublikowanych wartości ogółem regionów; --region-total published używa sum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown reference area &apos;%1&apos;; valid: %2</source>
        <translation>nieznany obszar odniesienia „%1”; prawidłowe: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>nieznany zbiór danych „%1”; prawidłowe zbiory danych: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --filter &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>nieprawidłowa wartość --filter „%1”; oczekiwano DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --scale &apos;%1&apos;; expected a positive number</source>
        <translation>nieprawidłowa wartość --scale „%1”; oczekiwano liczby dodatniej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown NUTS version &apos;%1&apos;; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>nieznana wersja NUTS „%1”; prawidłowe wersje: 2010, 2013, 2016, 2021</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has no wage measure (it holds persons employed only). Use --dataset sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN</source>
        <translation>%1 nie zawiera miary wynagrodzeń (tylko pracujący). Użyj --dataset sbs-wages (wbudowane SBS 2008–2015 z wynagrodzeniami) lub pliku z wynagrodzeniami: tabeli SBS z indic_sb V16110 i V13320 albo --map-columns …,wages=COLUMN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown class scope &apos;%1&apos;; valid: all-years, year</source>
        <translation>nieznany zakres klas „%1”; prawidłowe: all-years, year</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CSV of the partner regions of NUTS_ID at its level and --year, best first by cosine similarity of the cluster LQ profiles. Columns: rank, nuts_id, name, cosine, correlation, complementarity (as the Partner regions panel).</source>
        <translation>CSV regionów partnerskich NUTS_ID na jego poziomie i dla --year, od najlepszego według podobieństwa cosinusowego profili LQ klastrów. Kolumny: rank, nuts_id, name, cosine, correlation, complementarity (jak w panelu „Regiony partnerskie”).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --format gpkg: also write a QGIS project that opens the GeoPackage (referenced by a relative path) styled as the map.</source>
        <translation>Z --format gpkg: zapisz też projekt QGIS, który otwiera plik GeoPackage (wskazany ścieżką względną) ze stylem mapy.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg</source>
        <translation>--qgs zapisuje projekt QGIS dla pliku GeoPackage; użyj go z --format gpkg</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>--peers %1 is a NUTS %2 region; drop --level %3</source>
        <translation>--peers %1 to region NUTS %2; usuń --level %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --top &apos;%1&apos;; expected a positive number</source>
        <translation>nieprawidłowa wartość --top „%1”; oczekiwano liczby dodatniej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region &apos;%1&apos;; no data for it in %2</source>
        <translation>nieznany region „%1”; brak danych dla niego w %2</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>%1: no usable data loaded</source>
        <translation>%1: nie wczytano żadnych użytecznych danych</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation>nieznany poziom „%1”; prawidłowe poziomy dla tych danych: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation>nieznany rok „%1”; prawidłowe lata: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown category &apos;%1&apos;; valid categories: %2</source>
        <translation>nieznana kategoria „%1”; prawidłowe kategorie: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown classification &apos;%1&apos;; valid classifications: %2</source>
        <translation>nieznana klasyfikacja „%1”; prawidłowe klasyfikacje: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --classes &apos;%1&apos;; valid: 2 to 9</source>
        <translation>nieprawidłowa wartość --classes „%1”; dozwolone: od 2 do 9</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --breaks &apos;%1&apos;; expected ascending numbers separated by commas</source>
        <translation>nieprawidłowa wartość --breaks „%1”; oczekiwano rosnących liczb rozdzielonych przecinkami</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>nieznana paleta „%1”; prawidłowe palety: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown labels &apos;%1&apos;; valid: none, codes, names</source>
        <translation>nieznane etykiety „%1”; prawidłowe: none, codes, names</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --star-symbols &apos;%1&apos;; valid: 0 to 3</source>
        <translation>nieprawidłowa wartość --star-symbols „%1”; dozwolone: od 0 do 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation>nieprawidłowa wartość --breaks: %1</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Writes the scores of one map without a window.</source>
        <translation>Zapisuje wartości jednej mapy bez okna.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The export command.</source>
        <translation>Polecenie export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Format wyjściowy: csv, xlsx, png, svg, pdf lub gpkg (GeoPackage ze stylem QGIS).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>With --peers: at most N partners (default all).</source>
        <translation>Z --peers: najwyżej N partnerów (domyślnie wszyscy).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, xlsx, png, svg, pdf, gpkg</source>
        <translation>nieznany format „%1”; prawidłowe formaty: csv, xlsx, png, svg, pdf, gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--peers writes CSV only and not with --all; use --format csv</source>
        <translation>--peers zapisuje tylko CSV i nie razem z --all; użyj --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes CSV only; use --format csv</source>
        <translation>--all zapisuje tylko CSV; użyj --format csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>skoroszyt wymaga nazwy pliku: -o FILE.xlsx</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Plik wyjściowy lub - dla standardowego wyjścia (csv).</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per employee over the category&apos;s average; data with wages only).</source>
        <translation>Wskaźnik: lq, share, focus, employment, stars, growth lub relative_wage (płaca na pracującego w stosunku do średniej kategorii; tylko dane z wynagrodzeniami).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1 (default: logsym for lq, symmetric for growth, stars for stars, quantile otherwise).</source>
        <translation>Klasyfikacja: %1 (domyślnie: logsym dla lq, symmetric dla growth, stars dla stars, w pozostałych przypadkach quantile).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class limits from the values of all-years of the data (default; a colour means the same number in every year) or of the shown year.</source>
        <translation>Granice klas z wartości ze wszystkich lat danych (all-years, domyślnie; kolor oznacza tę samą liczbę w każdym roku) lub z wyświetlanego roku (year).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for growth, YlOrRd for stars, viridis_r otherwise).</source>
        <translation>Paleta kolorów (np. viridis_r, YlGnBu, PuOr; domyślnie: PuOr_r dla lq, BrBG dla growth, YlOrRd dla stars, w pozostałych przypadkach viridis_r).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, XLSX or ODS table (columns from --map-columns, else guessed); or a data pack (its folder or pack.json; see clusterscope packs).</source>
        <translation>Plik statystyk: TSV Eurostatu, SDMX-CSV, JSON-stat lub tabela długa CSV, XLSX albo ODS (kolumny z --map-columns, w przeciwnym razie odgadnięte); albo pakiet danych (jego folder lub pack.json; zobacz clusterscope packs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wages and salaries in the file&apos;s unit, the second measure of the relative wage).</source>
        <translation>Kolumny długiego pliku CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wynagrodzenia w jednostce pliku, druga miara płacy względnej).</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth, relative_wage</source>
        <translation>nieznany wskaźnik „%1”; prawidłowe wskaźniki: lq, share, focus, employment, stars, growth, relative_wage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded data set &apos;%1&apos;</source>
        <translation>wbudowany zbiór danych „%1”</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown symbol &apos;%1&apos;; valid: choropleth, circles</source>
        <translation>nieznany symbol „%1”; prawidłowe: choropleth, circles</translation>
    </message>
    <message>
        <location line="+91"/>
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
        <location line="+1"/>
        <source>Page margins in millimetres (default 10).</source>
        <translation>Marginesy strony w milimetrach (domyślnie 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a north arrow on the map.</source>
        <translation>Narysuj strzałkę północy na mapie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER.</source>
        <translation>Plik granic dla rysunków w dowolnym formacie OGR (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) zamiast pamięci podręcznej NUTS; FILE lub FILE:LAYER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of --boundaries holding the NUTS codes (default: detected).</source>
        <translation>Kolumna --boundaries z kodami NUTS (domyślnie: wykrywana).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the figure texts: en, de, fr, es, it, pl.</source>
        <translation>Język tekstów rysunku: en, de, fr, es, it, pl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV in long form, every region, category, year and indicator: nuts_id,category,year,indicator,value. Per region and category: employment, share, focus, lq, loglq, symlq, stars, density (relatedness density among clusters); after the first year: growth (CAGR % per year since the first year), growth_abs, growth_pct (change since the first year); in the last year, shift-share since the first year: reference_growth + industry_mix + competitive_effect = growth_abs. Per region, category *: krugman, hhi, eci_eigen, eci_reflections (over the NACE divisions, or the aggregates of data without divisions; ECI has mean 0 and standard deviation 1); coverage (the share of the published region total that the industries reported cover; below 0.95 the region is flagged), where the data publishes totals. Per category, nuts_id empty (over the reference area): hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. Data with wages adds per region and category: wages (in the data&apos;s unit), relative_wage (wage per employee over the category&apos;s average) and productivity_star (1: top 10 % by relative wage).</source>
        <translation>CSV w formie długiej, każdy region, kategoria, rok i wskaźnik: nuts_id,category,year,indicator,value. Dla regionu i kategorii: employment, share, focus, lq, loglq, symlq, stars, density (gęstość powiązań między klastrami); po pierwszym roku: growth (CAGR w % rocznie od pierwszego roku), growth_abs, growth_pct (zmiana od pierwszego roku); w ostatnim roku analiza shift-share od pierwszego roku: reference_growth + industry_mix + competitive_effect = growth_abs. Dla regionu, kategoria *: krugman, hhi, eci_eigen, eci_reflections (według działów NACE lub agregatów w danych bez działów; ECI ma średnią 0 i odchylenie standardowe 1); coverage (udział opublikowanej wartości ogółem regionu pokryty przez wykazane branże; poniżej 0,95 region jest oznaczany), o ile dane publikują wartości ogółem. Dla kategorii, pusty nuts_id (w obszarze odniesienia): hoover, gini (lokalizacyjny), hhi_category, pci_eigen, pci_reflections. Dane z wynagrodzeniami dodają dla regionu i kategorii: wages (w jednostce danych), relative_wage (płaca na pracującego w stosunku do średniej kategorii) i productivity_star (1: górne 10 % według płacy względnej).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also write FILE.recipe.json beside the figure: the data, the options and the command that rebuild it (clusterscope batch FILE.recipe.json).</source>
        <translation>Zapisz też FILE.recipe.json obok rysunku: dane, opcje i polecenie, które pozwalają go odtworzyć (clusterscope batch FILE.recipe.json).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--qgs %1 is the GeoPackage of -o; the project needs its own file (e.g. NAME.qgs)</source>
        <translation>--qgs %1 to plik GeoPackage z -o; projekt wymaga własnego pliku (np. NAME.qgs)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>; see clusterscope export --help</source>
        <translation>; zobacz clusterscope export --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>nieoczekiwany argument „%1”</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each (name, dataset, NUTS version, years, retrieved, location), after checking every file&apos;s size and SHA-256. Packs that fail are reported on stderr (exit code 1).</source>
        <translation>Wyświetla pakiety danych: wbudowane, znajdujące się w %1 i podane foldery PACK, po jednym w wierszu (nazwa, zbiór danych, wersja NUTS, lata, data pobrania, lokalizacja), po sprawdzeniu rozmiaru i SHA-256 każdego pliku. Pakiety, które nie przejdą kontroli, są zgłaszane na stderr (kod wyjścia 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packs command.</source>
        <translation>Polecenie packs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pack folders (or their pack.json) to check and list.</source>
        <translation>Dodatkowe foldery pakietów (lub ich pliki pack.json) do sprawdzenia i wyświetlenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; see clusterscope packs --help</source>
        <translation>; zobacz clusterscope packs --help</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation>brak -o FILE (użyj -o - dla standardowego wyjścia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation>GeoPackage wymaga nazwy pliku: -o FILE.gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation>rysunki wymagają nazwy pliku: -o FILE.%1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>warning: %1; names left empty</source>
        <translation>ostrzeżenie: %1; nazwy pozostawiono puste</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+119"/>
        <source>Clusters only</source>
        <translation>Tylko klastry</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Each region in its country</source>
        <translation>Każdy region w swoim kraju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each region&apos;s top cluster</source>
        <translation>Czołowy klaster każdego regionu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: the main map&apos;s category, each map framing its region&apos;s country. Top cluster: each map shows the cluster with the most stars (then the highest LQ) of its region, all on one extent.</source>
        <translation>Kraj: kategoria mapy głównej, a każda mapa obejmuje kraj swojego regionu. Czołowy klaster: każda mapa pokazuje klaster swojego regionu z największą liczbą gwiazdek (a potem najwyższym LQ), wszystkie w tym samym zasięgu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Mapy:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category is a shared strength when every compared region has at least this location quotient, or a specialisation or focus star. The default is the LQ of the specialisation star.</source>
        <translation>Kategoria jest wspólną mocną stroną, gdy każdy porównywany region ma co najmniej ten iloraz lokalizacji albo gwiazdkę specjalizacji lub koncentracji. Domyślnie jest to LQ gwiazdki specjalizacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LQ threshold of shared strengths</source>
        <translation>Próg LQ wspólnych mocnych stron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared from &amp;LQ</source>
        <translation>Wspólne od &amp;LQ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncheck to show NACE sections and divisions too</source>
        <translation>Odznacz, aby pokazać także sekcje i działy NACE</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Indicator of map %1</source>
        <translation>Wskaźnik mapy %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of map %1</source>
        <translation>Rok mapy %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map %1</source>
        <translation>Mapa %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bars</source>
        <translation>Sł&amp;upki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;dar</source>
        <translation>Ra&amp;dar</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no cluster with data</source>
        <translation>brak klastrów z danymi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no data</source>
        <translation>brak danych</translation>
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
        <translation>Wspólna mocna strona: każdy region ma LQ ≥ %1 albo gwiazdkę specjalizacji lub koncentracji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A size star alone (a large region, not a specialised one) does not make a shared strength.</source>
        <translation>Sama gwiazdka wielkości (region duży, a nie wyspecjalizowany) nie tworzy wspólnej mocnej strony.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared cluster strength(s), in bold.</source>
        <translation>
            <numerusform>%n wspólny mocny klaster, pogrubiony.</numerusform>
            <numerusform>%n wspólne mocne klastry, pogrubione.</numerusform>
            <numerusform>%n wspólnych mocnych klastrów, pogrubionych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared strength(s), in bold.</source>
        <translation>
            <numerusform>%n wspólna mocna strona, pogrubiona.</numerusform>
            <numerusform>%n wspólne mocne strony, pogrubione.</numerusform>
            <numerusform>%n wspólnych mocnych stron, pogrubionych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size</source>
        <translation>wielkość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialisation</source>
        <translation>specjalizacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus</source>
        <translation>koncentracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: LQ %2; stars: %3</source>
        <translation>%1: LQ %2; gwiazdki: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose 2 to %1 regions (Ctrl-click on the map) to compare them.</source>
        <translation>Wybierz od 2 do %1 regionów (Ctrl+kliknięcie na mapie), aby je porównać.</translation>
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
            <numerusform>Brak wspólnej mocnej strony przy LQ ≥ %1; najbliżej: %n klaster o najwyższym najniższym LQ</numerusform>
            <numerusform>Brak wspólnej mocnej strony przy LQ ≥ %1; najbliżej: %n klastry o najwyższym najniższym LQ</numerusform>
            <numerusform>Brak wspólnej mocnej strony przy LQ ≥ %1; najbliżej: %n klastrów o najwyższym najniższym LQ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>LQ of the %1 strongest of %n shared cluster strengths</source>
        <translation>
            <numerusform>LQ %1 najsilniejszych spośród %n wspólnego mocnego klastra</numerusform>
            <numerusform>LQ %1 najsilniejszych spośród %n wspólnych mocnych klastrów</numerusform>
            <numerusform>LQ %1 najsilniejszych spośród %n wspólnych mocnych klastrów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LQ of the %n shared cluster strength(s)</source>
        <translation>
            <numerusform>LQ %n wspólnego mocnego klastra</numerusform>
            <numerusform>LQ %n wspólnych mocnych klastrów</numerusform>
            <numerusform>LQ %n wspólnych mocnych klastrów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LQ = 1 (reference average)</source>
        <translation>LQ = 1 (średnia odniesienia)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Top %n cluster(s) by mean LQ, clockwise from the top:</source>
        <translation>
            <numerusform>%n czołowy klaster według średniego LQ, zgodnie z ruchem wskazówek zegara od góry:</numerusform>
            <numerusform>%n czołowe klastry według średniego LQ, zgodnie z ruchem wskazówek zegara od góry:</numerusform>
            <numerusform>%n czołowych klastrów według średniego LQ, zgodnie z ruchem wskazówek zegara od góry:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Brak danych dla poziomu NUTS %1 w %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No shared cluster strengths</source>
        <translation>Brak wspólnych mocnych klastrów</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Za mało klastrów z danymi dla wykresu radarowego</translation>
    </message>
</context>
<context>
    <name>cs::DataPack</name>
    <message>
        <location filename="../maps/DataPack.cpp" line="+81"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: klucz &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing key &quot;%2&quot;</source>
        <translation>%1: brak klucza &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a non-empty text</source>
        <translation>oczekiwano niepustego tekstu</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nie można odczytać: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: nieprawidłowy JSON: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: oczekiwano obiektu JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a ClusterScope data pack (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; nie jest pakietem danych ClusterScope (oczekiwano &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not supported; this ClusterScope reads version %2</source>
        <translation>wersja %1 nie jest obsługiwana; ta wersja ClusterScope odczytuje wersję %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation>„%1” nie jest datą ISO (RRRR-MM-DD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected 2010, 2013, 2016 or 2021</source>
        <translation>oczekiwano 2010, 2013, 2016 lub 2021</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>expected a list of years</source>
        <translation>oczekiwano listy lat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>oczekiwano liczby dodatniej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>oczekiwano obiektu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of files</source>
        <translation>oczekiwano listy plików</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a file name inside the pack</source>
        <translation>„%1” nie jest nazwą pliku wewnątrz pakietu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a size in bytes</source>
        <translation>oczekiwano rozmiaru w bajtach</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing (listed in pack.json)</source>
        <translation>%1: brak (wymieniony w pack.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read</source>
        <translation>%1: nie można odczytać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size differs from pack.json (expected %2 bytes, found %3)</source>
        <translation>%1: rozmiar różni się od pack.json (oczekiwano %2 bajtów, znaleziono %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: checksum differs from pack.json (expected %2, found %3)</source>
        <translation>%1: suma kontrolna różni się od pack.json (oczekiwano %2, znaleziono %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create %1</source>
        <translation>nie można utworzyć %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a pack needs at least one data file</source>
        <translation>%1: pakiet wymaga co najmniej jednego pliku danych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; cannot be a file of the pack</source>
        <translation>%1: „%2” nie może być plikiem pakietu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replace %1</source>
        <translation>nie można zastąpić %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, retrieved %2. © EuroGeographics for the administrative boundaries.</source>
        <translation>%1, pobrano %2. © EuroGeographics w odniesieniu do granic administracyjnych.</translation>
    </message>
</context>
<context>
    <name>cs::DataPackDialog</name>
    <message>
        <location filename="../widgets/DataPackDialog.cpp" line="+38"/>
        <source>Data packs</source>
        <translation>Pakiety danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated offline copies of the statistics: the packs built in, those downloaded from Eurostat (kept in %1) and those opened before.</source>
        <translation>Datowane kopie offline statystyk: pakiety wbudowane, pobrane z Eurostatu (przechowywane w %1) i otwarte wcześniej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS</source>
        <translation>NUTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved</source>
        <translation>Data pobrania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;folder</source>
        <translation>Pokaż &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open other &amp;pack…</source>
        <translation>Otwórz inny &amp;pakiet…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not usable: %1</source>
        <translation>Nieużyteczny: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built in (%1)</source>
        <translation>wbudowany (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2); %3, retrieved %4. Licence: %5.</source>
        <translation>%1 (%2); %3, pobrano %4. Licencja: %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation>Zapytanie: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open data pack</source>
        <translation>Otwórz pakiet danych</translation>
    </message>
</context>
<context>
    <name>cs::DataSource</name>
    <message>
        <location filename="../app/Recipe.cpp" line="+296"/>
        <source>expected an object with &quot;dataset&quot; or &quot;file&quot;, got %1</source>
        <translation>oczekiwano obiektu z &quot;dataset&quot; lub &quot;file&quot;, otrzymano: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give either &quot;dataset&quot; or &quot;file&quot;, not both</source>
        <translation>podaj &quot;dataset&quot; albo &quot;file&quot;, nie oba naraz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>nieznany zbiór danych „%1”; prawidłowe zbiory danych: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>applies only to a data &quot;file&quot;</source>
        <translation>dotyczy tylko pliku danych (&quot;file&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded data sets use NUTS 2013</source>
        <translation>wbudowane zbiory danych używają NUTS 2013</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>nieprawidłowe „%1”; oczekiwano DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>oczekiwano liczby dodatniej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>nieznana wersja NUTS %1; prawidłowe wersje: 2010, 2013, 2016, 2021</translation>
    </message>
</context>
<context>
    <name>cs::DownloadDialog</name>
    <message>
        <location filename="../widgets/DownloadDialog.cpp" line="+24"/>
        <source>Download from Eurostat</source>
        <translation>Pobierz z Eurostatu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Zbiór danych:</translation>
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
        <translation>Pobierz po&amp;nownie, nawet jeśli kopia jest w pamięci podręcznej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Download</source>
        <translation>&amp;Pobierz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1 kB…</source>
        <translation>Odebrano %1 kB…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download contains no usable data: %1</source>
        <translation>Pobrany plik nie zawiera użytecznych danych: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Read %Ln value(s) from the cache.</source>
        <translation>
            <numerusform>Odczytano %Ln wartość z pamięci podręcznej.</numerusform>
            <numerusform>Odczytano %Ln wartości z pamięci podręcznej.</numerusform>
            <numerusform>Odczytano %Ln wartości z pamięci podręcznej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Downloaded %Ln value(s).</source>
        <translation>
            <numerusform>Pobrano %Ln wartość.</numerusform>
            <numerusform>Pobrano %Ln wartości.</numerusform>
            <numerusform>Pobrano %Ln wartości.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled; nothing was loaded or cached.</source>
        <translation>Pobieranie anulowane; niczego nie wczytano ani nie zapisano w pamięci podręcznej.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept as data pack %1.</source>
        <translation>Zachowano jako pakiet danych %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A copy is in the cache (%1); it is used unless you tick “Download again”.</source>
        <translation>Kopia jest w pamięci podręcznej (%1); zostanie użyta, chyba że zaznaczysz „Pobierz ponownie”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the cache yet; needs a network connection.</source>
        <translation>Jeszcze nie ma w pamięci podręcznej; wymagane jest połączenie z siecią.</translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+133"/>
        <source>Structural business statistics: persons employed in local units and their wages and salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)</source>
        <translation>Strukturalne statystyki przedsiębiorstw: pracujący w jednostkach lokalnych i ich wynagrodzenia według NUTS 2 i działów NACE (od 2021; NUTS 2021)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structural business statistics: persons employed and wages and salaries by NUTS 2 and NACE division (2008–2020; NUTS 2016 and earlier)</source>
        <translation>Strukturalne statystyki przedsiębiorstw: pracujący i wynagrodzenia według NUTS 2 i działów NACE (2008–2020; NUTS 2016 i wcześniejsze)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour force survey: employment 15–64 by NUTS 2 and NACE section</source>
        <translation>Badanie aktywności ekonomicznej ludności: pracujący w wieku 15–64 lata według NUTS 2 i sekcji NACE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional accounts: employment by NUTS 3 and NACE aggregate</source>
        <translation>Rachunki regionalne: zatrudnienie według NUTS 3 i agregatów NACE</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>cannot create the cache folder %1</source>
        <translation>nie można utworzyć folderu pamięci podręcznej %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../maps/EurostatTable.cpp" line="+92"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>plik jest skompresowany gzipem; najpierw go rozpakuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>plik jest w UTF-16; zapisz go jako UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not %1</source>
        <translation>plik jest binarny, a nie %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>nie można otworzyć: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Eurostat table</source>
        <translation>tabela Eurostatu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation>kolumna „%1” po kolumnach lat nie jest rokiem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation>brak kolumn lat w nagłówku (oczekiwano np. 2015 lub n2015)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>nagłówek wymaga wymiarów „%1” i „%2”; zawiera: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtr na nieznanym wymiarze „%1”</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>region %1, industry %2, %3</source>
        <translation>region %1, branża %2, %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (%2); treated as missing</source>
        <translation>„%1” nie jest liczbą ani flagą Eurostatu (%2); potraktowano jako brakującą wartość</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation>zduplikowany wiersz dla regionu %1, branży %2; pominięty</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>wymiar „%1” ma kilka wartości (%2); wybierz jedną</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>żaden wiersz danych nie pasuje</translation>
    </message>
</context>
<context>
    <name>cs::ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="+26"/>
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
        <source>Export s&amp;cores (CSV, XLSX)…</source>
        <translation>Eksportuj &amp;wartości (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export layer for Q&amp;GIS…</source>
        <translation>Eksportuj warstwę dla &amp;QGIS…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Exporting %1…</source>
        <translation>Eksportowanie %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export figure</source>
        <translation>Eksportuj rysunek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to write.</source>
        <translation>Wybierz plik do zapisu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Export scores</source>
        <translation>Eksportuj wartości</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Tabela CSV (*.csv);;Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export layer for QGIS</source>
        <translation>Eksportuj warstwę dla QGIS</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>QGIS project with GeoPackage (*.qgs)</source>
        <translation>Projekt QGIS z plikiem GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 and %2</source>
        <translation>Zapisano %1 i %2</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+27"/>
        <location line="+132"/>
        <source>Export figure</source>
        <translation>Eksportuj rysunek</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>PNG image</source>
        <translation>Obraz PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>Rysunek SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom size in pixels</source>
        <translation>Własny rozmiar w pikselach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landscape</source>
        <translation>Pozioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Pionowa</translation>
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
        <translation>Wstawki dla regionów najbardziej oddalonych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>Podziałka liniowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>Strzałka północy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Strona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientacja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rozdzielczość:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>Ro&amp;zmiar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Marginesy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Podtytuł:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg);;Dokument PDF (*.pdf)</translation>
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
        <translation>%1: rozmiar wyjściowy %2×%3 px jest poza zakresem (16–30000)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not enough memory for %2×%3 px</source>
        <translation>%1: za mało pamięci dla %2×%3 px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG encoder failed</source>
        <translation>koder PNG zawiódł</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the SVG could not be written</source>
        <translation>nie można było zapisać pliku SVG</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+114"/>
        <location line="+51"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: nie można odczytać warstwy NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>nie można zapisać %1: folder nie istnieje</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+78"/>
        <location line="+57"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>nie można zapisać stylu QGIS w %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ImportActions</name>
    <message>
        <location filename="../app/ImportActions.cpp" line="+56"/>
        <source>&amp;Embedded data</source>
        <translation>&amp;Dane wbudowane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;packs…</source>
        <translation>Pa&amp;kiety danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statistics…</source>
        <translation>&amp;Importuj statystyki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download from Eurostat…</source>
        <translation>&amp;Pobierz z Eurostatu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load category &amp;mapping…</source>
        <translation>Wczytaj &amp;mapowanie kategorii…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <location line="+13"/>
        <source>Load category mapping</source>
        <translation>Wczytaj mapowanie kategorii</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Category mapping (*.csv);;All files (*)</source>
        <translation>Mapowanie kategorii (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;boundaries…</source>
        <translation>Otwórz &amp;granice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in N&amp;UTS boundaries</source>
        <translation>Wbudowane granice &amp;NUTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Reading %1…</source>
        <translation>Odczytywanie %1…</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n value(s) read from %1</source>
        <translation>
            <numerusform>Odczytano %n wartość z %1</numerusform>
            <numerusform>Odczytano %n wartości z %1</numerusform>
            <numerusform>Odczytano %n wartości z %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no problems.</source>
        <translation>; brak problemów.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s) listed below (rows skipped, values treated as missing, codes without a region).</source>
        <translation>
            <numerusform>; %n problem wymieniony poniżej (pominięte wiersze, wartości potraktowane jako brakujące, kody bez regionu).</numerusform>
            <numerusform>; %n problemy wymienione poniżej (pominięte wiersze, wartości potraktowane jako brakujące, kody bez regionu).</numerusform>
            <numerusform>; %n problemów wymienionych poniżej (pominięte wiersze, wartości potraktowane jako brakujące, kody bez regionu).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>Importuj statystyki</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nothing usable was loaded: %1</source>
        <translation>Nie wczytano niczego użytecznego: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The map shows NUTS %2 regions (boundaries of NUTS %3).</source>
        <translation>%1 Mapa pokazuje regiony poziomu NUTS %2 (granice według NUTS %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>Wczytano %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Statystyki (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV lub TSV (*.csv *.tsv *.txt);;SDMX-CSV lub TSV Eurostatu (*.csv *.tsv);;JSON-stat (*.json);;Skoroszyty (*.xlsx *.ods);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read.</source>
        <translation>Nie można odczytać pliku.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.</source>
        <translation>Źródło: Eurostat (%1, pobrane). © EuroGeographics w odniesieniu do granic administracyjnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Download from Eurostat</source>
        <translation>Pobierz z Eurostatu</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The download contains no usable data.</source>
        <translation>Pobrany plik nie zawiera użytecznych danych.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n value(s) loaded from %1</source>
        <translation>
            <numerusform>Wczytano %n wartość z %1</numerusform>
            <numerusform>Wczytano %n wartości z %1</numerusform>
            <numerusform>Wczytano %n wartości z %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s).</source>
        <translation>
            <numerusform>; %n problem.</numerusform>
            <numerusform>; %n problemy.</numerusform>
            <numerusform>; %n problemów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mapping was not loaded.</source>
        <translation>Mapowanie nie zostało wczytane.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %1: %n cluster category(s).</source>
        <translation>
            <numerusform>Wczytano %1: %n kategoria klastrów.</numerusform>
            <numerusform>Wczytano %1: %n kategorie klastrów.</numerusform>
            <numerusform>Wczytano %1: %n kategorii klastrów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every NACE code of the data is mapped.</source>
        <translation>Wszystkie kody NACE z danych są zmapowane.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>%n kod NACE z danych nie jest zmapowany: %1</numerusform>
            <numerusform>%n kody NACE z danych nie są zmapowane: %1</numerusform>
            <numerusform>%n kodów NACE z danych nie jest zmapowanych: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Embedded data</source>
        <translation>Dane wbudowane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in data pack cannot be used.</source>
        <translation>Nie można użyć wbudowanego pakietu danych.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — retrieved %2</source>
        <translation>%1 — pobrano %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open data pack</source>
        <translation>Otwórz pakiet danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing usable was loaded from the pack&apos;s values.</source>
        <translation>Nie wczytano niczego użytecznego z wartości pakietu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data pack was refused.</source>
        <translation>Pakiet danych został odrzucony.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Opened data pack %1 — retrieved %2: %Ln value(s).</source>
        <translation>
            <numerusform>Otwarto pakiet danych %1 — pobrano %2: %Ln wartość.</numerusform>
            <numerusform>Otwarto pakiet danych %1 — pobrano %2: %Ln wartości.</numerusform>
            <numerusform>Otwarto pakiet danych %1 — pobrano %2: %Ln wartości.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Open boundaries</source>
        <translation>Otwórz granice</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)</source>
        <translation>Pliki wektorowe (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer:</source>
        <translation>Warstwa:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column of NUTS codes was recognised. Column with the region codes:</source>
        <translation>Nie rozpoznano kolumny z kodami NUTS. Kolumna z kodami regionów:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Kopiuj listę</translation>
    </message>
</context>
<context>
    <name>cs::Imports</name>
    <message numerus="yes">
        <location filename="../app/Imports.cpp" line="+53"/>
        <source>warning: %n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>ostrzeżenie: %n kod NACE z danych nie jest zmapowany: %1</numerusform>
            <numerusform>ostrzeżenie: %n kody NACE z danych nie są zmapowane: %1</numerusform>
            <numerusform>ostrzeżenie: %n kodów NACE z danych nie jest zmapowanych: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+89"/>
        <source>not valid JSON: %1</source>
        <translation>nieprawidłowy JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON-stat dataset: the top level is not an object</source>
        <translation>to nie jest zbiór danych JSON-stat: najwyższy poziom nie jest obiektem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: the server returned an error instead of data: %1</source>
        <translation>error: serwer zwrócił błąd zamiast danych: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>class: &apos;%1&apos; is not supported; expected a JSON-stat 2.0 &apos;dataset&apos;</source>
        <translation>class: „%1” nie jest obsługiwane; oczekiwano „dataset” JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id: missing or empty; not a JSON-stat 2.0 dataset</source>
        <translation>id: brak lub puste; to nie jest zbiór danych JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: %1 entries, but id names %2 dimensions</source>
        <translation>size: liczba pozycji %1, ale id wymienia wymiarów: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id[%1]: not a dimension name</source>
        <translation>id[%1]: to nie jest nazwa wymiaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size[%1]: not a count</source>
        <translation>size[%1]: to nie jest liczba elementów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: the dataset is too large</source>
        <translation>size: zbiór danych jest zbyt duży</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.category: missing</source>
        <translation>%1.category: brak</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation>%1.category.index: liczba kategorii %2, ale size podaje %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.category.index[%2]: not a position below %3</source>
        <translation>%1.category.index[%2]: to nie jest pozycja mniejsza niż %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.category.index[%2]: position %3 is taken by &apos;%4&apos;</source>
        <translation>%1.category.index[%2]: pozycja %3 jest już zajęta przez „%4”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.category.index: missing</source>
        <translation>%1.category.index: brak</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation>id: brak wymiaru czasu („time” lub role.time); zawiera: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>id: zbiór danych wymaga wymiarów „%1” i „%2”; zawiera: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtr na nieznanym wymiarze „%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>indicator %1 is neither persons employed nor wages and salaries; not read</source>
        <translation>wskaźnik %1 nie jest ani liczbą pracujących, ani wynagrodzeniami; nie wczytano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation>dimension.%1: brak kategorii „%2” do filtrowania; zawiera: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>wymiar „%1” ma kilka wartości (%2); wybierz jedną</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>size: %1 × %2 × %3 region, industry and year cells are too many</source>
        <translation>size: %1 × %2 × %3 komórek regionu, branży i roku to za dużo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a number</source>
        <translation>to nie jest liczba</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>value: %1 cells, but size says %2</source>
        <translation>value: liczba komórek %1, ale size podaje %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not a cell index</source>
        <translation>to nie jest indeks komórki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation>indeks poza zakresem (liczba komórek zbioru danych: %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>value: missing; expected an array or an object</source>
        <translation>value: brak; oczekiwano tablicy lub obiektu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a flag string</source>
        <translation>to nie jest ciąg flag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>„%1” nie jest flagą Eurostatu; zignorowano</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries, but size says %2; ignored</source>
        <translation>liczba pozycji %1, ale size podaje %2; zignorowano</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation>oczekiwano ciągu znaków, tablicy lub obiektu; zignorowano</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation>to nie jest rok; wczytywane są tylko dane roczne; pominięto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no data cells matched</source>
        <translation>żadna komórka danych nie pasuje</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+18"/>
        <source>change view</source>
        <translation>zmień widok</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="+71"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <location line="+835"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="-829"/>
        <source>NUTS level</source>
        <translation>Poziom NUTS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Branża (NACE) lub kategoria klastra; wpisz, aby wyszukać</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+784"/>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Animate the years</source>
        <translation>Animuj lata</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>Quantiles</source>
        <translation>Kwantyle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal intervals</source>
        <translation>Równe przedziały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Naturalne przerwy (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Odchylenie standardowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Ręczna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars (0–3)</source>
        <translation>Gwiazdki (0–3)</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Classification</source>
        <translation>Klasyfikacja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour palette</source>
        <translation>Paleta kolorów</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Level </source>
        <translation>Po&amp;ziom </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation> &amp;Kategoria </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation> W&amp;skaźnik </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation> &amp;Rok </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Style</source>
        <translation>Styl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cl&amp;asses </source>
        <translation>Kl&amp;asy </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &amp;Palette </source>
        <translation> Pa&amp;leta </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference area of shares, location quotients and stars</source>
        <translation>Obszar odniesienia udziałów, ilorazów lokalizacji i gwiazdek</translation>
    </message>
    <message numerus="yes">
        <location line="+450"/>
        <source>Boundaries: %1 (key column %2, %Ln regions)</source>
        <translation>
            <numerusform>Granice: %1 (kolumna klucza %2, %Ln region)</numerusform>
            <numerusform>Granice: %1 (kolumna klucza %2, %Ln regiony)</numerusform>
            <numerusform>Granice: %1 (kolumna klucza %2, %Ln regionów)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Traded clusters (US definitions carried over to NACE)</source>
        <translation>Klastry handlowe (definicje amerykańskie przeniesione na NACE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE sections</source>
        <translation>Sekcje NACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NACE divisions</source>
        <translation>Działy NACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE groups and other codes</source>
        <translation>Grupy NACE i inne kody</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (English titles)</source>
        <translation> (nazwy angielskie)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All regions of the data</source>
        <translation>Wszystkie regiony w danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-27 (2020)</source>
        <translation>UE-27 (2020)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation>Kraj: %1</translation>
    </message>
    <message>
        <location line="-738"/>
        <source> &amp;Reference </source>
        <translation> &amp;Obszar odniesienia </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Znajdź region (nazwa lub kod NUTS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter selects the region; Ctrl+Enter adds it to the selection</source>
        <translation>Enter zaznacza region; Ctrl+Enter dodaje go do zaznaczenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>No region matches “%1”</source>
        <translation>Żaden region nie pasuje do „%1”</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+23"/>
        <source>Open project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ClusterScope project (*.clusterscope.json *.json)</source>
        <translation>Projekt ClusterScope (*.clusterscope.json *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save project…</source>
        <translation>Zapi&amp;sz projekt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save project</source>
        <translation>Zapisz projekt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ClusterScope project (*.clusterscope.json)</source>
        <translation>Projekt ClusterScope (*.clusterscope.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;recent</source>
        <translation>Ost&amp;atnio otwierane</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region &amp;totals</source>
        <translation>War&amp;tości ogółem regionów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sum of the industries reported</source>
        <translation>&amp;Suma wykazanych branż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published by the data (where it has them)</source>
        <translation>&amp;Opublikowane w danych (o ile istnieją)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select 2 to %1 regions (Ctrl-click) to compare them.</source>
        <translation>Wybierz od 2 do %1 regionów (Ctrl+kliknięcie), aby je porównać.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cluster s&amp;tar symbols</source>
        <translation>&amp;Symbole gwiazdek klastrów</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class limits &amp;per year</source>
        <translation>Granice klas &amp;dla każdego roku</translation>
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
        <translation>Przenieś fokus na &amp;mapę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected regions (%1)</source>
        <translation>Porównaj wybrane regiony (%1)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Diverging quantiles (around 1; growth: 0)</source>
        <translation>Kwantyle rozbieżne (wokół 1; wzrost: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric (around 1; growth: 0)</source>
        <translation>Symetryczna (wokół 1; wzrost: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-symmetric around 1, up to 2 (LQ)</source>
        <translation>Log-symetryczna wokół 1, do 2 (LQ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Default: %1</source>
        <translation>Domyślnie: %1</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
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
        <location line="+6"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region &amp;labels</source>
        <translation>Etykiety &amp;regionów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS &amp;codes</source>
        <translation>&amp;Kody NUTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names</source>
        <translation>&amp;Nazwy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Proportional &amp;circles</source>
        <translation>Proporcjonalne &amp;koła</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions</source>
        <translation>Akcje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Metoda</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+24"/>
        <source>%1: the project uses other data (%2); start ClusterScope with that data to open it</source>
        <translation>%1: projekt używa innych danych (%2); uruchom ClusterScope z tymi danymi, aby go otworzyć</translation>
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
        <translation>Brak danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the data</source>
        <translation>Poza zakresem danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster with %1+ stars</source>
        <translation>Klaster z %1+ gwiazdkami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed cells hide &gt; 5 % of the region&apos;s total</source>
        <translation>Utajnione komórki ukrywają &gt; 5 % wartości ogółem regionu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected region</source>
        <translation>Wybrany region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner region</source>
        <translation>Region partnerski</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+31"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
</context>
<context>
    <name>cs::MethodDialog</name>
    <message>
        <location filename="../app/MethodDialog.cpp" line="+13"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and reference area</source>
        <translation>Regiony i obszar odniesienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every relative measure compares a region with a reference area: by default all regions of the chosen NUTS level that carry a number in the data, or one country, or the EU-27 (&lt;i&gt;Reference&lt;/i&gt; picker). Aggregates such as EU28 or EA19, extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every sum; codes renamed between NUTS versions are recoded, and each case is listed when the data are loaded.</source>
        <translation>Każda miara względna porównuje region z obszarem odniesienia: domyślnie są to wszystkie regiony wybranego poziomu NUTS, dla których dane zawierają liczbę, albo jeden kraj, albo UE-27 (wybór &lt;i&gt;Obszar odniesienia&lt;/i&gt;). Agregaty takie jak EU28 czy EA19, kody extra-regio (np. FRZZ) i kody nienależące do żadnej wersji NUTS są pomijane we wszystkich sumach; kody, których nazwy zmieniono między wersjami NUTS, są przekodowywane, a każdy taki przypadek jest wymieniany przy wczytywaniu danych.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A region&apos;s total employment e&lt;sub&gt;r&lt;/sub&gt; is either the sum of the industries the data report (default) or the total the data publish (&lt;i&gt;File ▸ Region totals&lt;/i&gt;). Where confidential cells hide more than 5 % of a published total, the region is outlined with dots on the map and flagged in its profile.</source>
        <translation>Zatrudnienie ogółem regionu e&lt;sub&gt;r&lt;/sub&gt; to albo suma branż wykazanych w danych (domyślnie), albo wartość ogółem opublikowana w danych (&lt;i&gt;Plik ▸ Wartości ogółem regionów&lt;/i&gt;). Jeśli komórki poufne ukrywają ponad 5 % opublikowanej wartości ogółem, region jest na mapie obwiedziony kropkowaną linią i oznaczony w swoim profilu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e&lt;sub&gt;rc&lt;/sub&gt; the employment of region r in category c, e&lt;sub&gt;r&lt;/sub&gt; the region&apos;s total, E&lt;sub&gt;c&lt;/sub&gt; the reference area&apos;s employment in c and E its total:</source>
        <translation>Gdzie e&lt;sub&gt;rc&lt;/sub&gt; to zatrudnienie regionu r w kategorii c, e&lt;sub&gt;r&lt;/sub&gt; – wartość ogółem regionu, E&lt;sub&gt;c&lt;/sub&gt; – zatrudnienie obszaru odniesienia w c, a E – jego wartość ogółem:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Employment&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;share&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (the region&apos;s part of the category); &lt;b&gt;focus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (the category&apos;s part of the region); &lt;b&gt;location quotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): above 1 the region is more specialised than the reference area, 2 or more counts as a specialisation.</source>
        <translation>&lt;b&gt;Zatrudnienie&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;udział&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (część kategorii przypadająca na region); &lt;b&gt;koncentracja&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (część regionu przypadająca na kategorię); &lt;b&gt;iloraz lokalizacji&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): powyżej 1 region jest bardziej wyspecjalizowany niż obszar odniesienia, wartość 2 lub więcej oznacza specjalizację.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Growth&lt;/b&gt; is the compound annual growth rate of e&lt;sub&gt;rc&lt;/sub&gt; from the first year of the data to the year shown, in % per year; shift-share splits the change into reference growth, industry mix and competitive effect.</source>
        <translation>&lt;b&gt;Wzrost&lt;/b&gt; to średnioroczne tempo wzrostu (CAGR) e&lt;sub&gt;rc&lt;/sub&gt; od pierwszego roku danych do wyświetlanego roku, w % rocznie; analiza shift-share dzieli zmianę na wzrost odniesienia, strukturę branżową i efekt konkurencyjności.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster stars</source>
        <translation>Gwiazdki klastrów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the European Cluster Observatory: one star each for &lt;b&gt;size&lt;/b&gt; (the region is among the top 10 % of regions by employment in the category), &lt;b&gt;specialisation&lt;/b&gt; (LQ ≥ 2) and &lt;b&gt;focus&lt;/b&gt; (among the top 10 % by the category&apos;s share of the region&apos;s employment). A star is robust when the decision stays the same with the cut-off moved by ±10 %.</source>
        <translation>Jak w European Cluster Observatory: po jednej gwiazdce za &lt;b&gt;wielkość&lt;/b&gt; (region należy do górnych 10 % regionów pod względem zatrudnienia w kategorii), &lt;b&gt;specjalizację&lt;/b&gt; (LQ ≥ 2) i &lt;b&gt;koncentrację&lt;/b&gt; (w górnych 10 % według udziału kategorii w zatrudnieniu regionu). Gwiazdka jest odporna, gdy decyzja pozostaje taka sama po przesunięciu progu o ±10 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Productivity and growth stars need wage and multi-year data; without them they are not awarded.</source>
        <translation>Gwiazdki wydajności i wzrostu wymagają danych o płacach i danych z wielu lat; bez nich nie są przyznawane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wages and productivity</source>
        <translation>Wynagrodzenia i wydajność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;relative wage&lt;/b&gt; (productivity) of a region in a category is its wage per person employed, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, over the category&apos;s average in the reference area, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, both summed over the industries that report wages and persons employed: above 1 the region pays more per person than the reference area. It is a ratio, so the unit of the wages (Eurostat: million euro) cancels. The &lt;b&gt;productivity star&lt;/b&gt; goes to the top 10 % of regions by relative wage.</source>
        <translation>&lt;b&gt;Płaca względna&lt;/b&gt; (wydajność) regionu w kategorii to jego płaca na pracującego, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, w stosunku do średniej kategorii w obszarze odniesienia, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, przy czym obie wielkości są sumowane po branżach wykazujących wynagrodzenia i liczbę pracujących: powyżej 1 region płaci na osobę więcej niż obszar odniesienia. Jest to iloraz, więc jednostka wynagrodzeń (Eurostat: mln euro) się skraca. &lt;b&gt;Gwiazdka wydajności&lt;/b&gt; przypada górnym 10 % regionów według płacy względnej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Wages in the built-in data&lt;/b&gt;: only the data pack “SBS persons employed and wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat&apos;s sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version of that year, 2014 the last complete year. The default SBS 2015 extract and the LFS extract hold persons employed only, so the relative wage and the productivity star are not offered for them. They also appear for files with wages: a Eurostat SBS table with the indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a long table with a wages column chosen on import.</source>
        <translation>&lt;b&gt;Wynagrodzenia w danych wbudowanych&lt;/b&gt;: zawiera je tylko pakiet danych „SBS pracujący i wynagrodzenia, 2008–2015” (Plik ▸ Pakiety danych; --dataset sbs-wages): sbs_r_nuts06_r2 Eurostatu na poziomie NUTS 2 i działów NACE, każdy rok w wersji NUTS tego roku, 2014 to ostatni pełny rok. Domyślny wyciąg SBS 2015 i wyciąg LFS zawierają tylko pracujących, więc płaca względna i gwiazdka produktywności nie są dla nich dostępne. Pojawiają się też dla plików z wynagrodzeniami: tabeli SBS Eurostatu ze wskaźnikami pracujący oraz wynagrodzenia (indic_sb V16110 i V13320 z sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR i WAGE_LOC_MEUR z sbs_r_nuts2021) lub długiej tabeli z kolumną wynagrodzeń wybraną przy imporcie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster categories</source>
        <translation>Kategorie klastrów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster categories are the US Cluster Mapping Project&apos;s 51 traded clusters, carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not the official European Cluster Panorama table, which is not published in a machine-readable form; NACE industries that feed several clusters are split by their NAICS counts, and every approximation is listed in the categories file.</source>
        <translation>Kategorie klastrów to 51 klastrów handlowych (traded clusters) z US Cluster Mapping Project, przeniesionych na NACE Rev. 2 za pomocą oficjalnych tablic przejścia (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). Są to definicje amerykańskie, a nie oficjalna tabela European Cluster Panorama, która nie jest publikowana w formie nadającej się do odczytu maszynowego; branże NACE zasilające kilka klastrów są dzielone według liczebności NAICS, a każde przybliżenie jest wymienione w pliku kategorii.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ten emerging industries of the European Cluster Panorama (e.g. biopharmaceuticals, blue growth, creative, digital and experience industries) are not included: their NACE code lists could not be found in a citable, machine-readable form, and no list is invented.</source>
        <translation>Dziesięć wschodzących branż European Cluster Panorama (np. biofarmaceutyki, niebieska gospodarka, branże kreatywne, cyfrowe i doświadczeń) nie jest uwzględnionych: ich list kodów NACE nie znaleziono w formie nadającej się do cytowania i odczytu maszynowego, a żadnej listy nie wymyślono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Regiony partnerskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Similar&lt;/b&gt; partners have a similar profile of cluster location quotients (cosine similarity, 1 = the same shape; or correlation). &lt;b&gt;Complementary&lt;/b&gt; partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ &lt; 1) but related: the sum of min(LQ, 3) × the relatedness density ω of the region in each such cluster.</source>
        <translation>Partnerzy &lt;b&gt;podobni&lt;/b&gt; mają podobny profil ilorazów lokalizacji klastrów (podobieństwo cosinusowe, 1 = ten sam kształt; lub korelacja). Partnerzy &lt;b&gt;komplementarni&lt;/b&gt; są silni (LQ ≥ 1) w klastrach, w których region jest słaby (LQ &lt; 1), ale powiązany: suma min(LQ, 3) × gęstość powiązań ω regionu w każdym takim klastrze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map classes</source>
        <translation>Klasy mapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, 1, 1.41, 2) on a diverging palette, so above and below the reference read at a glance; growth diverges around 0. Class limits are computed over all years of the data, so a colour means the same value in every year (&lt;i&gt;View ▸ Class limits per year&lt;/i&gt; changes that).</source>
        <translation>Ilorazy lokalizacji są klasyfikowane symetrycznie w skali logarytmicznej wokół 1 (0.5, 0.71, 1, 1.41, 2) z paletą rozbieżną, dzięki czemu wartości powyżej i poniżej odniesienia widać na pierwszy rzut oka; wzrost rozbiega się wokół 0. Granice klas są obliczane ze wszystkich lat danych, więc kolor oznacza tę samą wartość w każdym roku (&lt;i&gt;Widok ▸ Granice klas dla każdego roku&lt;/i&gt; to zmienia).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and licences</source>
        <translation>Źródła i licencje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics: Source: Eurostat, re-used under the Eurostat copyright notice (free re-use with acknowledgement of the source). Boundaries: GISCO NUTS © EuroGeographics for the administrative boundaries.</source>
        <translation>Statystyki: Źródło: Eurostat, ponowne wykorzystanie zgodnie z informacją o prawach autorskich Eurostatu (swobodne ponowne wykorzystanie z podaniem źródła). Granice: GISCO NUTS © EuroGeographics w odniesieniu do granic administracyjnych.</translation>
    </message>
</context>
<context>
    <name>cs::NutsCodes</name>
    <message numerus="yes">
        <location filename="../maps/NutsCodes.cpp" line="+49"/>
        <source>%n record</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n rekord</numerusform>
            <numerusform>%n rekordy</numerusform>
            <numerusform>%n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: nie można otworzyć granic NUTS (%2). Uruchom scripts/setup.sh, aby zbudować pamięć podręczną, lub ustaw CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: brak warstwy „%2” w tym pliku</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no NUTS_ID field</source>
        <translation>%1: warstwa „%2” nie ma pola NUTS_ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no NUTS %2 codes in this file</source>
        <translation>%1: brak kodów NUTS %2 w tym pliku</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot open the NUTS recoding table: %2</source>
        <translation>%1: nie można otworzyć tabeli przekodowania NUTS: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a NUTS recoding table (%2)</source>
        <translation>%1: to nie jest tabela przekodowania NUTS (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON array</source>
        <translation>oczekiwano tablicy JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: entry %2 needs &apos;from&apos;, &apos;to&apos; and &apos;newIdToOldId&apos;</source>
        <translation>%1: pozycja %2 wymaga „from”, „to” i „newIdToOldId”</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1 (none with a number)</source>
        <translation>%1 (żaden z wartością liczbową)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 with a number)</source>
        <translation>%1 (w tym z wartością liczbową: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty region code: %1 left out</source>
        <translation>pusty kod regionu: pominięto %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: extra-regio territory, not a region: %2 left out</source>
        <translation>%1: terytorium extra-regio, nie region: pominięto %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: aggregate of countries, not a region: %2 left out</source>
        <translation>%1: agregat krajów, nie region: pominięto %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a NUTS region code: %2 left out</source>
        <translation>%1: to nie jest kod regionu NUTS: pominięto %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded</source>
        <translation>%1: kod NUTS %2, w NUTS %4 przemianowany na %3: przekodowano %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4, nothing to sum or draw</source>
        <translation>%1: kod NUTS %2 bez prostej zmiany kodu na NUTS %3 (zmienione granice): %4, nic do zsumowania ani narysowania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries</source>
        <translation>%1: kod NUTS %2 bez prostej zmiany kodu na NUTS %3 (zmienione granice): uwzględniono %4 w sumach za %5, bez rysowania na granicach NUTS %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a NUTS code in %2: %3 left out</source>
        <translation>%1: to nie jest kod NUTS w %2: pominięto %3</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 in %2: %n cell(s) published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</source>
        <translation>
            <numerusform>%1 w %2: %n komórka opublikowana zarówno jako %1, jak i jako %3, czyli kod tego samego terytorium w innej wersji NUTS (podwójne liczenie); używane są liczby dla %1</numerusform>
            <numerusform>%1 w %2: %n komórki opublikowane zarówno jako %1, jak i jako %3, czyli kod tego samego terytorium w innej wersji NUTS (podwójne liczenie); używane są liczby dla %1</numerusform>
            <numerusform>%1 w %2: %n komórek opublikowanych zarówno jako %1, jak i jako %3, czyli kod tego samego terytorium w innej wersji NUTS (podwójne liczenie); używane są liczby dla %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 and its successor(s) %2 both carry numbers in %3: the same territory is counted twice in those years</source>
        <translation>zarówno %1, jak i kody następcze %2 mają liczby w %3: w tych latach to samo terytorium jest liczone podwójnie</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+218"/>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation>%1: to nie jest plik wektorowy, który GDAL potrafi odczytać (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this file has no layer with geometries</source>
        <translation>%1: ten plik nie ma żadnej warstwy z geometriami</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: brak pamięci podręcznej granic NUTS. Uruchom scripts/setup.sh, aby ją zbudować, lub ustaw CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: not a regular file</source>
        <translation>%1: to nie jest zwykły plik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vector format GDAL knows</source>
        <translation>to nie jest format wektorowy znany GDAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read boundaries: %2</source>
        <translation>%1: nie można odczytać granic: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this file has no layer</source>
        <translation>%1: ten plik nie ma żadnej warstwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: brak warstwy „%2” w tym pliku</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos;; its columns: %4</source>
        <translation>%1: warstwa „%2” nie ma kolumny „%3”; jej kolumny: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column of NUTS codes; name one as the key column. Its columns: %3</source>
        <translation>%1: warstwa „%2” nie ma kolumny z kodami NUTS; wskaż jedną jako kolumnę klucza. Jej kolumny: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: nie można przeprojektować warstwy „%2” do EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: nie można przeprojektować regionu %2 do EPSG:3035</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: layer &apos;%2&apos; has no regions of NUTS level %3 in column %4</source>
        <translation>%1: warstwa „%2” nie ma regionów poziomu NUTS %3 w kolumnie %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: layer &apos;%2&apos; has no features with a code in column %3</source>
        <translation>%1: warstwa „%2” nie ma obiektów z kodem w kolumnie %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: layer &apos;%2&apos; has no polygons (its %n feature(s) have points, lines or empty geometries); boundaries need polygons</source>
        <translation>
            <numerusform>%1: warstwa „%2” nie ma wielokątów (jej %n obiekt ma punkty, linie lub pustą geometrię); granice wymagają wielokątów</numerusform>
            <numerusform>%1: warstwa „%2” nie ma wielokątów (jej %n obiekty mają punkty, linie lub puste geometrie); granice wymagają wielokątów</numerusform>
            <numerusform>%1: warstwa „%2” nie ma wielokątów (jej %n obiektów ma punkty, linie lub puste geometrie); granice wymagają wielokątów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+46"/>
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
        <location line="+2"/>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other countries</source>
        <translation>Inne kraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same country</source>
        <translation>Ten sam kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where partners may be</source>
        <translation>Gdzie mogą być partnerzy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any distance</source>
        <translation>Dowolna odległość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners within this distance (between region centres)</source>
        <translation>Tylko partnerzy w tej odległości (między środkami regionów)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions partners are sought among: the selected region&apos;s level or another level of the data</source>
        <translation>Regiony, wśród których szuka się partnerów: poziom wybranego regionu lub inny poziom danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners at:</source>
        <translation>Poziom partnerów:</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole profile</source>
        <translation>Cały profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Tylko %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>countries</source>
        <translation>krajów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1 regions</source>
        <translation>regionów NUTS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region selected.</source>
        <translation>Nie wybrano regionu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 nie ma danych na poziomie NUTS %2 w %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data has no %1 in %2.</source>
        <translation>Dane nie zawierają %1 w %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 nie jest kategorią klastra; wybierz klaster lub użyj całego profilu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Brak klastra, w którym oba mają LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both specialised in: %1</source>
        <translation>Oba wyspecjalizowane w: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.</source>
        <translation>
            <numerusform>Wynik 0–1: jak podobne są oba zestawy specjalizacji klastrowych (cosinus profili LQ na %n klastrze); 1 = ten sam zestaw.</numerusform>
            <numerusform>Wynik 0–1: jak podobne są oba zestawy specjalizacji klastrowych (cosinus profili LQ na %n klastrach); 1 = ten sam zestaw.</numerusform>
            <numerusform>Wynik 0–1: jak podobne są oba zestawy specjalizacji klastrowych (cosinus profili LQ na %n klastrach); 1 = ten sam zestaw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score −1 to 1: correlation of the LQ profiles over %n cluster(s); 1 = the same mix, 0 = unrelated.</source>
        <translation>
            <numerusform>Wynik od −1 do 1: korelacja profili LQ na %n klastrze; 1 = ten sam zestaw, 0 = brak związku.</numerusform>
            <numerusform>Wynik od −1 do 1: korelacja profili LQ na %n klastrach; 1 = ten sam zestaw, 0 = brak związku.</numerusform>
            <numerusform>Wynik od −1 do 1: korelacja profili LQ na %n klastrach; 1 = ten sam zestaw, 0 = brak związku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), weighted by how related %3 is to it.</source>
        <translation>Wynik 0–1: jak silnie partner specjalizuje się w %1 (LQ ograniczony do %2), ważony tym, jak bardzo %3 jest z nim powiązany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score 0–1: the share of what %1 could gain that the partner has — its strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; 1 = strong in all of them.</source>
        <translation>Wynik 0–1: udział tego, co %1 mógłby zyskać, który wnosi partner — jego mocne strony (LQ ≥ 1, ograniczony do %2) w klastrach, w których %1 jest słaby, ale powiązany; 1 = silny we wszystkich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners among the %1 (%2&apos;s own numbers from NUTS %3); regions that contain %2 or lie in it are left out.</source>
        <translation>Partnerzy spośród %1 (własne dane %2 z poziomu NUTS %3); pominięto regiony, które zawierają %2 lub leżą w jego obrębie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtered: %1%2.</source>
        <translation>Filtr: %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other countries than %1</source>
        <translation>kraje inne niż %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only</source>
        <translation>tylko %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all countries</source>
        <translation>wszystkie kraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within %1 km</source>
        <translation>, w promieniu %1 km</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Tylko regiony z LQ ≥ 1 w %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 jest już w nim wyspecjalizowany (LQ %2).</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+1"/>
        <source>Strengths it brings</source>
        <translation>Wnoszone mocne strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared strengths</source>
        <translation>Wspólne mocne strony</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1: no partners</source>
        <translation>nie można zapisać %1: brak partnerów</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>cs::ProjectFile</name>
    <message>
        <location filename="../app/ProjectFile.cpp" line="+51"/>
        <source>not a ClusterScope project: no &quot;%1&quot; key</source>
        <translation>to nie jest projekt ClusterScope: brak klucza &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a version number</source>
        <translation>%1: oczekiwano numeru wersji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer ClusterScope (version %2; this one reads %3)</source>
        <translation>%1: utworzony przez nowszy ClusterScope (wersja %2; ta wersja odczytuje %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>%1: oczekiwano [xmin, ymin, xmax, ymax] w metrach EPSG:3035, przy czym xmin &lt; xmax i ymin &lt; ymax</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected a list of NUTS codes</source>
        <translation>%1: oczekiwano listy kodów NUTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2]: expected a NUTS code</source>
        <translation>%1[%2]: oczekiwano kodu NUTS</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: damaged project file (%2 at offset %3 of %4 bytes)</source>
        <translation>%1: uszkodzony plik projektu (%2 na pozycji %3 z %4 bajtów)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a ClusterScope project: expected a JSON object</source>
        <translation>%1: to nie jest projekt ClusterScope: oczekiwano obiektu JSON</translation>
    </message>
</context>
<context>
    <name>cs::QgisProject</name>
    <message>
        <location filename="../maps/QgisProject.cpp" line="+88"/>
        <source>© EuroGeographics for the administrative boundaries</source>
        <translation>© EuroGeographics w odniesieniu do granic administracyjnych</translation>
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
        <translation>&amp;Wyczyść listę</translation>
    </message>
</context>
<context>
    <name>cs::Recipe</name>
    <message>
        <location filename="../app/Recipe.cpp" line="-296"/>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown key; valid keys: %1</source>
        <translation>nieznany klucz; prawidłowe klucze: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text, got %1</source>
        <translation>oczekiwano tekstu, otrzymano: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number, got %1</source>
        <translation>oczekiwano liczby, otrzymano: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got %1</source>
        <translation>oczekiwano true lub false, otrzymano: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>oczekiwano liczby całkowitej, otrzymano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation>%1 jest poza zakresem; dozwolone: od %2 do %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of numbers, got %1</source>
        <translation>oczekiwano listy liczb, otrzymano: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of numbers, found %1</source>
        <translation>oczekiwano listy liczb, znaleziono: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;; valid values: %2</source>
        <translation>nieznana wartość „%1”; prawidłowe wartości: %2</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>wersja %1 jest nowsza niż ta, którą odczytuje ten program (1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth</source>
        <translation>nieznany wskaźnik „%1”; prawidłowe wskaźniki: lq, share, focus, employment, stars, growth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>nieznana paleta „%1”; prawidłowe palety: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected at least two strictly ascending numbers</source>
        <translation>oczekiwano co najmniej dwóch ściśle rosnących liczb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid size &apos;%1&apos;; expected &quot;WIDTHxHEIGHT&quot;, e.g. &quot;1920x1080&quot;</source>
        <translation>nieprawidłowy rozmiar „%1”; oczekiwano &quot;WIDTHxHEIGHT&quot;, np. &quot;1920x1080&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range; valid: 36 to 1200</source>
        <translation>%1 jest poza zakresem; dozwolone: od 36 do 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; give &quot;format&quot; (%1) or an output file ending in one of them</source>
        <translation>brak; podaj &quot;format&quot; (%1) lub plik wyjściowy z jednym z tych rozszerzeń</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message>
        <location filename="../widgets/RegionProfile.cpp" line="+247"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+673"/>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
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
        <translation>Koncentracja</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>No region selected</source>
        <translation>Nie wybrano regionu</translation>
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
        <translation>%1: brak danych na poziomie NUTS %2 w %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — portfel klastrów, NUTS %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
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
        <location line="+88"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 w %3, %4</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>confidential</source>
        <translation>poufne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too unreliable to publish</source>
        <translation>zbyt niepewne, by je publikować</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>nie dotyczy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged “%1”</source>
        <translation>oznaczone flagą „%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>niedostępne</translation>
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
            <numerusform>%n gwiazdka, LQ %1</numerusform>
            <numerusform>%n gwiazdki, LQ %1</numerusform>
            <numerusform>%n gwiazdek, LQ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growth</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative
wage</source>
        <translation>Płaca
względna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons employed in the category (e_rc)</source>
        <translation>Pracujący w kategorii (e_rc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient: (e_rc / e_r) / (E_c / E)</source>
        <translation>Iloraz lokalizacji: (e_rc / e_r) / (E_c / E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster stars (size, specialisation, focus). The table is sorted by strength: stars, then location quotient, strongest first.</source>
        <translation>Gwiazdki klastrów (wielkość, specjalizacja, koncentracja). Tabela jest posortowana według siły: gwiazdki, potem iloraz lokalizacji, od najsilniejszych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment growth since %1, % per year</source>
        <translation>Wzrost zatrudnienia od %1, % rocznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth, % per year: needs an earlier year in the data</source>
        <translation>Wzrost zatrudnienia, % rocznie: wymaga wcześniejszego roku w danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the category&apos;s employment in all regions (e_rc / E_c)</source>
        <translation>Udział w zatrudnieniu kategorii we wszystkich regionach (e_rc / E_c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the region&apos;s employment in the category (e_rc / e_r)</source>
        <translation>Udział kategorii w zatrudnieniu regionu (e_rc / e_r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage in the category relative to the reference area</source>
        <translation>Płaca w kategorii w stosunku do obszaru odniesienia</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sorted by strength (stars, then location quotient); click a column header to sort by it.</source>
        <translation>Posortowano według siły (gwiazdki, potem iloraz lokalizacji); kliknij nagłówek kolumny, aby posortować według niej.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Show the cells</source>
        <translation>Pokaż komórki</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation>Powód pominięcia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the cells</source>
        <translation>Ukryj komórki</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Score in detail</source>
        <translation>Szczegóły wyniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Top clusters</source>
        <translation>Czołowe klastry</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Over time</source>
        <translation>W czasie</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Top categories</source>
        <translation>Czołowe kategorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a region with data to see its strongest clusters.</source>
        <translation>Wybierz region z danymi, aby zobaczyć jego najsilniejsze klastry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of %1 has a location quotient in %2: the cells behind them are missing or confidential.</source>
        <translation>Żaden klaster regionu %1 nie ma ilorazu lokalizacji w %2: komórki, na których się opierają, są brakujące lub poufne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category of %1 has a location quotient in %2.</source>
        <translation>Żadna kategoria regionu %1 nie ma ilorazu lokalizacji w %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top %n categories by location quotient</source>
        <translation>
            <numerusform>%n czołowa kategoria według ilorazu lokalizacji</numerusform>
            <numerusform>%n czołowe kategorie według ilorazu lokalizacji</numerusform>
            <numerusform>%n czołowych kategorii według ilorazu lokalizacji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These data have no clusters (clusters are built from NACE divisions, the data hold broader sectors): the chart ranks their sectors.</source>
        <translation>Te dane nie zawierają klastrów (klastry są budowane z działów NACE, a dane obejmują szersze sektory): wykres szereguje ich sektory.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>employment of the region in the category</source>
        <translation>zatrudnienie regionu w kategorii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment of the region (its published total)</source>
        <translation>zatrudnienie regionu (opublikowana wartość ogółem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region (sum of the industries it reports)</source>
        <translation>zatrudnienie regionu (suma wykazanych dla niego branż)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Total</source>
        <translation>Ogółem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the region&apos;s total as the data publishes it</source>
        <translation>wartość ogółem regionu w postaci opublikowanej w danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Pokrycie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of that total in the industries reported</source>
        <translation>udział wykazanych branż w tej wartości ogółem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppressed cells hide %1 of this region&apos;s published total: its focus and location quotients rest on an incomplete total (File ▸ Region totals ▸ Published uses the published one).</source>
        <translation>Utajnione komórki ukrywają %1 opublikowanej wartości ogółem tego regionu: jego koncentracja i ilorazy lokalizacji opierają się na niepełnej wartości ogółem (Plik ▸ Wartości ogółem regionów ▸ Opublikowane używa wartości opublikowanej).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula:</source>
        <translation>Wzór:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Brak LQ: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+0"/>
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
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation>nie obliczono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Size and focus stars go to the top 10 % of the %1 reference regions with a value in this category: the %2 largest values set the cut-off, every region tied with it earns the star too, and a value of 0 never does. Regions outside the reference area are rated against its cut-offs; a missing value earns no star.</source>
        <translation>Gwiazdki wielkości i koncentracji przypadają górnym 10 % spośród %1 regionów odniesienia z wartością w tej kategorii: %2 największych wartości wyznacza próg, każdy region z wartością równą progowi także otrzymuje gwiazdkę, a wartość 0 nigdy. Regiony spoza obszaru odniesienia są oceniane według jego progów; brakująca wartość nie daje gwiazdki.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cell was left out of the sums behind this location quotient.</source>
        <translation>Żadna komórka nie została pominięta w sumach, na których opiera się ten iloraz lokalizacji.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>%1 komórka jest pominięta w sumach, na których opiera się ten iloraz lokalizacji (%2 z własnych branż regionu %3, %4 z kategorii %5 w innych regionach): %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>
            <numerusform>%1 komórka jest pominięta w sumach, na których opiera się ten iloraz lokalizacji (%2 z własnych branż regionu %3, %4 z kategorii %5 w innych regionach): %6.</numerusform>
            <numerusform>%1 komórki są pominięte w sumach, na których opiera się ten iloraz lokalizacji (%2 z własnych branż regionu %3, %4 z kategorii %5 w innych regionach): %6.</numerusform>
            <numerusform>%1 komórek jest pominiętych w sumach, na których opiera się ten iloraz lokalizacji (%2 z własnych branż regionu %3, %4 z kategorii %5 w innych regionach): %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a category to see its employment over the years.</source>
        <translation>Wybierz kategorię, aby zobaczyć jej zatrudnienie na przestrzeni lat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data hold no year.</source>
        <translation>Dane nie zawierają żadnego roku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data hold one year (%1), so there is no series to draw. Data with several years (File ▸ Embedded data, the LFS extract) show employment over time here.</source>
        <translation>Dane zawierają jeden rok (%1), więc nie ma szeregu do narysowania. Dane z wielu lat (Plik ▸ Dane wbudowane, wyciąg z BAEL) pokazują tutaj zatrudnienie w czasie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No employment is published for %1 in %2 in any year of the data.</source>
        <translation>Dla %1 w %2 nie opublikowano zatrudnienia w żadnym roku danych.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 years have a published value; the others are missing or confidential.</source>
        <translation>Opublikowaną wartość ma %1 z %2 lat; pozostałe są brakujące lub poufne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2, every year published.</source>
        <translation>Od %1 do %2, wszystkie lata opublikowane.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Employment in %1</source>
        <translation>Zatrudnienie w %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons employed</source>
        <translation>Liczba pracujących</translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <location filename="../maps/SaveFile.cpp" line="+20"/>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation>to jest FIFO (potok nazwany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation>to jest gniazdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation>to jest urządzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+99"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+28"/>
        <source>the file is not open</source>
        <translation>plik nie jest otwarty</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>zapisano tylko %1 z %2 bajtów</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot write %1: it is the input %2; writing it would destroy it, choose another output</source>
        <translation>nie można zapisać %1: to jest plik wejściowy %2; zapis by go zniszczył, wybierz inny plik wyjściowy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: it is outside the folder %2</source>
        <translation>nie można zapisać %1: znajduje się poza folderem %2</translation>
    </message>
</context>
<context>
    <name>cs::SbsIndicators</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+26"/>
        <source>wages and salaries (%1), million euro</source>
        <translation>wynagrodzenia (%1), mln euro</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n wage cell(s) have no persons-employed cell of the same region, industry and year; left out</source>
        <translation>
            <numerusform>%n komórka wynagrodzeń nie ma komórki pracujących dla tego samego regionu, branży i roku; pominięto</numerusform>
            <numerusform>%n komórki wynagrodzeń nie mają komórki pracujących dla tego samego regionu, branży i roku; pominięto</numerusform>
            <numerusform>%n komórek wynagrodzeń nie ma komórki pracujących dla tego samego regionu, branży i roku; pominięto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>indicator V12150 (value added at factor cost) is in the file but not read: %n cell(s) set aside</source>
        <translation>
            <numerusform>wskaźnik V12150 (wartość dodana według kosztu czynników produkcji) jest w pliku, ale nie jest wczytywany: odłożono %n komórkę</numerusform>
            <numerusform>wskaźnik V12150 (wartość dodana według kosztu czynników produkcji) jest w pliku, ale nie jest wczytywany: odłożono %n komórki</numerusform>
            <numerusform>wskaźnik V12150 (wartość dodana według kosztu czynników produkcji) jest w pliku, ale nie jest wczytywany: odłożono %n komórek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>indicator %1 is neither persons employed nor wages and salaries: %n cell(s) set aside</source>
        <translation>
            <numerusform>wskaźnik %1 nie jest ani liczbą pracujących, ani wynagrodzeniami: odłożono %n komórkę</numerusform>
            <numerusform>wskaźnik %1 nie jest ani liczbą pracujących, ani wynagrodzeniami: odłożono %n komórki</numerusform>
            <numerusform>wskaźnik %1 nie jest ani liczbą pracujących, ani wynagrodzeniami: odłożono %n komórek</numerusform>
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
        <translation>Wynagrodzenia: %1.</translation>
    </message>
</context>
<context>
    <name>cs::ScoreExport</name>
    <message>
        <location filename="../maps/ScoreExport.cpp" line="+29"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot write to standard output: %1</source>
        <translation>nie można zapisać na standardowe wyjście: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>skoroszyt wymaga nazwy pliku: -o FILE.xlsx</translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+142"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation>plik jest w formacie XML lub HTML, a nie SDMX-CSV (strona błędu lub komunikat o żądaniu w kolejce?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation>plik jest w formacie JSON, a nie SDMX-CSV; otwórz go jako JSON-stat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>column %1 of the header has no name</source>
        <translation>kolumna %1 nagłówka nie ma nazwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>kolumna „%1” występuje dwukrotnie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation>to nie jest SDMX-CSV: nagłówek wymaga kolumn TIME_PERIOD i OBS_VALUE; zawiera: %1</translation>
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
        <location line="+99"/>
        <source>region %1, industry %2, %3</source>
        <translation>region %1, branża %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>„%1” nie jest liczbą (%2); potraktowano jako brakującą wartość</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation>TIME_PERIOD „%1” nie jest rokiem (region %2, branża %3); wczytywane są tylko dane roczne; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1, industry %2</source>
        <translation>region %1, branża %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation>zduplikowana obserwacja dla regionu %1, branży %2, %3; pominięta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation>„%1” nie jest flagą Eurostatu (region %2, branża %3, %4); zignorowano</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation>„%1” nie jest statusem poufności (region %2, branża %3, %4); zignorowano</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation>pole w cudzysłowie nie jest zamknięte przed końcem pliku (przerwane pobieranie?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>wymiar „%1” ma kilka wartości (%2); wybierz jedną</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>żaden wiersz danych nie pasuje</translation>
    </message>
</context>
<context>
    <name>cs::TableImport</name>
    <message>
        <location filename="../maps/TableImport.cpp" line="+45"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation>Źródło: %1. © EuroGeographics w odniesieniu do granic administracyjnych.</translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+558"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation>nieprawidłowe przypisanie kolumn „%1”; oczekiwano ROLE=COLUMN z rolami %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation>przypisanie kolumn wymaga %1=COLUMN</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+59"/>
        <source>a table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV table</source>
        <translation>tabela CSV</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation>brak kolumny „%1” dla %2; nagłówek zawiera: %3</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot open as a workbook: %1</source>
        <translation>nie można otworzyć jako skoroszytu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an XLSX or ODS file GDAL can read</source>
        <translation>to nie jest plik XLSX ani ODS, który GDAL potrafi odczytać</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook has no sheet</source>
        <translation>skoroszyt nie ma żadnego arkusza</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>wages (column %1, in the unit of the file)</source>
        <translation>wynagrodzenia (kolumna %1, w jednostce pliku)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation>„%1” nie jest rokiem; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>region %1, industry %2, %3</source>
        <translation>region %1, branża %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation>zduplikowany wiersz dla regionu %1, branży %2, %3; pominięty</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>„%1” nie jest liczbą (%2); potraktowano jako brakującą wartość</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>„%1” nie jest flagą Eurostatu; zignorowano</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wages &apos;%1&apos; are not a number (%2); treated as missing</source>
        <translation>wynagrodzenia „%1” nie są liczbą (%2); potraktowano jako brakującą wartość</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows</source>
        <translation>brak wierszy danych</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell which column holds the %1; the header has: %2. Name the columns (--map-columns region=…,industry=…,year=…,value=…)</source>
        <translation>nie można ustalić kolumny dla: %1; nagłówek zawiera: %2. Wskaż kolumny (--map-columns region=…,industry=…,year=…,value=…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columns guessed as %1</source>
        <translation>odgadnięte kolumny: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>region (NUTS code)</source>
        <translation>region (kod NUTS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industry (NACE code)</source>
        <translation>branża (kod NACE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag (optional)</source>
        <translation>flaga (opcjonalna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wages (optional)</source>
        <translation>wynagrodzenia (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>columns guessed as region=%1,industry=%2</source>
        <translation>odgadnięte kolumny: region=%1,industry=%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is probably Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation>bajt 0x%1 nie jest UTF-8 (w „%2” odczytanym jako Latin-1); plik jest prawdopodobnie w kodowaniu Latin-1 lub Windows-1252: zapisz go jako UTF-8</translation>
    </message>
</context>
<context>
    <name>cs::ValueValidator</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="-303"/>
        <source>the file is larger than %1 MiB; not read</source>
        <translation>plik jest większy niż %1 MiB; nie odczytano</translation>
    </message>
    <message>
        <location filename="../maps/TableReader.cpp" line="-590"/>
        <location filename="../maps/ValueValidator.cpp" line="+66"/>
        <source>more than %1 data lines; the file is not read</source>
        <translation>ponad %1 wierszy danych; plik nie zostanie odczytany</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.cpp" line="-25"/>
        <source>the file has %1 MiB, more than the %2 MiB read</source>
        <translation>plik ma %1 MiB, więcej niż odczytywane %2 MiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lines end with CR only (classic Mac OS); save the file with LF or CR LF line ends</source>
        <translation>wiersze kończą się tylko znakiem CR (klasyczny Mac OS); zapisz plik z końcami wierszy LF lub CR LF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the line is longer than %1 MiB; the file is not read (is it a table?)</source>
        <translation>wiersz jest dłuższy niż %1 MiB; plik nie zostanie odczytany (czy to tabela?)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the workbook&apos;s XML unpacks to more than %1 MiB (part &apos;%2&apos;: %3 MiB); not read</source>
        <translation>XML skoroszytu po rozpakowaniu przekracza %1 MiB (część „%2”: %3 MiB); nie odczytano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part &apos;%1&apos; of the workbook unpacks to %2 times its packed size (at most %3); a damaged file or a zip bomb; not read</source>
        <translation>część „%1” skoroszytu po rozpakowaniu jest %2 razy większa niż po spakowaniu (najwyżej %3); uszkodzony plik lub bomba zip; nie odczytano</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has %1 columns, more than the %2 read</source>
        <translation>nagłówek ma %1 kolumn, więcej niż odczytywane %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &apos;%1&apos; appears twice (columns %2 and %3); rename one</source>
        <translation>kolumna „%1” występuje dwukrotnie (kolumny %2 i %3); zmień nazwę jednej z nich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>oczekiwano %1 komórek, znaleziono %2; wiersz pominięty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year %1 is implausible (expected %2 to %3%4); skipped</source>
        <translation>rok %1 jest nieprawdopodobny (oczekiwano od %2 do %3%4); pominięto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a finite number (%2); treated as missing</source>
        <translation>„%1” nie jest liczbą skończoną (%2); potraktowano jako brakującą wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative value &apos;%1&apos; (%2); treated as missing</source>
        <translation>ujemna wartość „%1” (%2); potraktowano jako brakującą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large: above %2 after scaling (%3); treated as missing</source>
        <translation>„%1” jest zbyt duża: powyżej %2 po przeskalowaniu (%3); potraktowano jako brakującą wartość</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no usable value: all %1 cells are empty, missing or invalid</source>
        <translation>brak użytecznej wartości: wszystkie komórki (%1) są puste, brakujące lub nieprawidłowe</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.h" line="+101"/>
        <source>&apos;%1&apos; has a comma: decimal commas and thousands separators are not read; write digits with a decimal point (%2); treated as missing</source>
        <translation>„%1” zawiera przecinek: przecinki dziesiętne i separatory tysięcy nie są odczytywane; zapisz cyfry z kropką dziesiętną (%2); potraktowano jako brakującą wartość</translation>
    </message>
</context>
<context>
    <name>cs::ViewController</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+57"/>
        <source>Loading NUTS %1 boundaries…</source>
        <translation>Wczytywanie granic NUTS %1…</translation>
    </message>
</context>
<context>
    <name>cs::XlsxExport</name>
    <message>
        <location filename="../maps/XlsxExport.cpp" line="+21"/>
        <source>%1: this GDAL has no XLSX driver</source>
        <translation>%1: ta wersja GDAL nie ma sterownika XLSX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: no temporary directory (%2)</source>
        <translation>nie można zapisać %1: brak katalogu tymczasowego (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the workbook could not be built (%2)</source>
        <translation>nie można zapisać %1: nie udało się zbudować skoroszytu (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+86"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; data packs: clusterscope packs</source>
        <translation>Tworzy mapy siły klastrów gospodarczych w regionach Europy.
Eksport bez interfejsu: clusterscope export --help; wiele rysunków: clusterscope batch SPEC.json; pakiety danych: clusterscope packs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project (NAME.clusterscope.json) or a statistics file to open.</source>
        <translation>Projekt (NAME.clusterscope.json) lub plik statystyczny do otwarcia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Narysuj główne okno do pliku FILE.png i zakończ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1600x1000.</source>
        <translation>Rozmiar okna w pikselach, np. 1600x1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: en, de, fr, es, it or pl (default: the system&apos;s).</source>
        <translation>Język: en, de, fr, es, it lub pl (domyślnie: język systemu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select regions by NUTS code (comma-separated).</source>
        <translation>Zaznacz regiony według kodów NUTS (rozdzielonych przecinkami).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a panel: profile, peers or compare.</source>
        <translation>Pokaż panel: profile, peers lub compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 See clusterscope --help.</source>
        <translation>%1 Zobacz clusterscope --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command or file &apos;%1&apos;; valid commands: export, batch, packs, or a project or statistics file to open</source>
        <translation>nieznane polecenie lub plik „%1”; prawidłowe polecenia: export, batch, packs albo projekt lub plik statystyczny do otwarcia</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot show panel &apos;%1&apos;; valid panels: profile, peers, compare (compare needs 2-%2 regions in --select)</source>
        <translation>nie można wyświetlić panelu „%1”; prawidłowe panele: profile, peers, compare (compare wymaga 2-%2 regionów w --select)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--window-size oczekuje SZEROKOŚĆxWYSOKOŚĆ, np. 1600x1000</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no usable data</source>
        <translation>%1: brak użytecznych danych</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown region &apos;%1&apos; at NUTS level %2</source>
        <translation>nieznany region „%1” na poziomie NUTS %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
</context>
</TS>
