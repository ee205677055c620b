<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>cs::Basemap</name>
    <message>
        <location filename="../maps/Basemap.cpp" line="+78"/>
        <source>%1: no background countries (%2); run scripts/setup.sh</source>
        <translation>%1: nessun paese di sfondo (%2); eseguire scripts/setup.sh</translation>
    </message>
</context>
<context>
    <name>cs::Batch</name>
    <message>
        <location filename="../app/Batch.cpp" line="+105"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation>%1: JSON non valido: %2 alla posizione %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a recipe object</source>
        <translation>%1: atteso un oggetto ricetta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unknown key; a batch with &quot;figures&quot; has only &quot;defaults&quot; and &quot;figures&quot;</source>
        <translation>%1: chiave sconosciuta; un batch con &quot;figures&quot; ha solo &quot;defaults&quot; e &quot;figures&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defaults: expected an object of recipe keys</source>
        <translation>defaults: atteso un oggetto di chiavi di ricetta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>figures: expected a list of recipe objects</source>
        <translation>figures: attesa una lista di oggetti ricetta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no figures in the batch</source>
        <translation>nessuna figura nel batch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing; every figure needs an output file</source>
        <translation>%1: mancante; ogni figura richiede un file di output</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a batch writes files; &apos;-&apos; (standard output) is not allowed</source>
        <translation>%1: un batch scrive file; «-» (standard output) non è consentito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is also the output of %3</source>
        <translation>%1: «%2» è anche l&apos;output di %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write %2: %3 is a file, not a folder</source>
        <translation>%1: impossibile scrivere %2: %3 è un file, non una cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation>%1: impossibile scrivere %2: la cartella %3 non esiste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write %2: the folder %3 is not writable (%4)</source>
        <translation>%1: impossibile scrivere %2: la cartella %3 non è scrivibile (%4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (the output &apos;%3&apos; of the batch file); pass --allow-outside to write outside the batch file&apos;s folder</source>
        <translation>%1: %2 (l&apos;output «%3» del file batch); usare --allow-outside per scrivere fuori dalla cartella del file batch</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>no figure written</source>
        <translation>nessuna figura scritta</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of %1 figures failed: %2</source>
        <translation>
            <numerusform>%n figura su %1 non riuscita: %2</numerusform>
            <numerusform>%n figure su %1 non riuscite: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makes many figures from one JSON file: a recipe, a list of recipes, or {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative paths are relative to SPEC.</source>
        <translation>Crea molte figure da un unico file JSON: una ricetta, una lista di ricette o {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. I percorsi relativi sono relativi a SPEC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch file (JSON).</source>
        <translation>Il file batch (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow outputs outside the batch file&apos;s folder (&quot;../x.png&quot;, absolute paths); without it such a batch is refused.</source>
        <translation>Consente output fuori dalla cartella del file batch («../x.png», percorsi assoluti); senza questa opzione un batch di questo tipo viene rifiutato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; see clusterscope batch --help</source>
        <translation>; vedere clusterscope batch --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one batch file: clusterscope batch SPEC.json</source>
        <translation>atteso un file batch: clusterscope batch SPEC.json</translation>
    </message>
</context>
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+274"/>
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
        <source>Log-symmetric classes need a positive centre and a span above 1.</source>
        <translation>Le classi log-simmetriche richiedono un centro positivo e un&apos;ampiezza maggiore di 1.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+147"/>
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
        <location filename="../maps/ClusterData.cpp" line="+113"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat RFL: occupati per sezione NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SBS: persone occupate e salari per divisione NACE, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SBS: persone occupate per divisione NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics per i confini amministrativi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Fonte: Eurostat (lfst_r_lfe2en2, occupati di 15 anni e più, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, 2008–2015). %1</source>
        <translation>Fonte: Eurostat (sbs_r_nuts06_r2, persone occupate e salari e stipendi, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Fonte: Eurostat (sbs_r_nuts06_r2, persone occupate, 2015). %1</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <source>a category mapping (CSV)</source>
        <translation>una mappatura delle categorie (CSV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column &apos;%1&apos;; a category mapping has the columns %2 (as resources/categories/nace_to_cluster.csv)</source>
        <translation>nessuna colonna «%1»; una mappatura delle categorie ha le colonne %2 (come resources/categories/nace_to_cluster.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>attese %1 celle, trovate %2; riga saltata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a NACE division in the form of the SBS tables (e.g. C28); line skipped</source>
        <translation>«%1» non è una divisione NACE nella forma delle tabelle SBS (ad es. C28); riga saltata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty category_code; line skipped</source>
        <translation>category_code vuoto; riga saltata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight &apos;%1&apos; is not a number between 0 and 1; line skipped</source>
        <translation>il peso «%1» non è un numero tra 0 e 1; riga saltata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second row for %1 → %2; line skipped</source>
        <translation>seconda riga per %1 → %2; riga saltata</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no usable row of level &quot;division&quot;; the mapping is unchanged</source>
        <translation>nessuna riga utilizzabile di livello &quot;division&quot;; la mappatura resta invariata</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <message>
        <location line="+1"/>
        <source>Relative wage (productivity)</source>
        <translation>Salario relativo (produttività)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>all in the data</source>
        <translation>tutte quelle presenti nei dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: %1 NUTS %2 regions with data (%3)</source>
        <translation>Area di riferimento: %1 regioni di livello NUTS %2 con dati (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region totals as published where available</source>
        <translation>totali regionali come pubblicati, ove disponibili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region totals summed over the industries reported</source>
        <translation>totali regionali come somma dei settori riportati</translation>
    </message>
</context>
<context>
    <name>cs::ColumnMappingDialog</name>
    <message>
        <location filename="../widgets/ColumnMappingDialog.cpp" line="+20"/>
        <source>Import statistics — columns</source>
        <translation>Importa statistiche — colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which column of &lt;b&gt;%1&lt;/b&gt; holds what? One row per region, industry and year (a long table). The guess is preset; check it against the first rows below.</source>
        <translation>Quale colonna di &lt;b&gt;%1&lt;/b&gt; contiene cosa? Una riga per regione, settore e anno (una tabella lunga). L&apos;ipotesi è preimpostata; verificarla con le prime righe qui sotto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation>(scegliere una colonna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wages and salaries of each region, industry and year, in any one unit: the relative wage (productivity) divides them by the persons employed.</source>
        <translation>Salari e stipendi di ciascuna regione, settore e anno, in un&apos;unica unità qualsiasi: il salario relativo (produttività) li divide per le persone occupate.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detect from the codes</source>
        <translation>Rileva dai codici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS version:</source>
        <translation>Versione NUTS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousand persons (× 1000)</source>
        <translation>Migliaia di persone (× 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values are in:</source>
        <translation>Valori in:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load</source>
        <translation>&amp;Carica</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the column of the %1.</source>
        <translation>Scegliere la colonna: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” is chosen for both %2 and %3.</source>
        <translation>La colonna «%1» è scelta sia per %2 sia per %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows with problems are skipped and listed after loading.</source>
        <translation>Le righe con problemi vengono saltate ed elencate dopo il caricamento.</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+54"/>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size «%1» non valido; atteso WIDTHxHEIGHT, ad es. 1920x1080</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &apos;%1&apos;; valid pages: A4, A3, Letter</source>
        <translation>formato pagina sconosciuto «%1»; formati validi: A4, A3, Letter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --dpi &apos;%1&apos;; valid: 36 to 1200</source>
        <translation>--dpi «%1» non valido; valori validi: da 36 a 1200</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --margins &apos;%1&apos;; valid: 0 to 50 (mm)</source>
        <translation>--margins «%1» non valido; valori validi: da 0 a 50 (mm)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NUTS level (0-3).</source>
        <translation>Livello NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Categoria: una divisione NACE (C28), una sezione (C) o un codice di cluster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the data.</source>
        <translation>Anno dei dati.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How values are drawn: choropleth (filled regions) or circles (proportional circles over a neutral base; the default for employment).</source>
        <translation>Come vengono rappresentati i valori: choropleth (regioni colorate) o circles (cerchi proporzionali su una base neutra; predefinito per l&apos;occupazione).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Numero di classi (2-9, predefinito 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Limiti di classe manuali, ad es. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region labels: none, codes or names (placed without overlaps).</source>
        <translation>Etichette delle regioni: none, codes o names (posizionate senza sovrapposizioni).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star symbols on regions with at least N cluster stars (1-3; 0 = none).</source>
        <translation>Simboli a stella sulle regioni con almeno N stelle di cluster (1-3; 0 = nessuno).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Set di dati incorporato: %1 (predefinito sbs).</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Reference area of shares, LQ and stars: all (the level&apos;s regions in the data, default), EU27_2020 or a country code.</source>
        <translation>Area di riferimento di quote, LQ e stelle: all (le regioni del livello presenti nei dati, predefinita), EU27_2020 o un codice di paese.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region total e_r of focus, LQ and stars: sum (of the industries a region reports, default) or published (the data&apos;s own total where it has one).</source>
        <translation>Totale regionale e_r di focalizzazione, LQ e stelle: sum (somma dei settori riportati per una regione, predefinito) o published (il totale pubblicato nei dati, ove presente).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Versione NUTS di --data: 2010, 2013, 2016 o 2021 (predefinita 2013).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NACE → cluster mapping in the format of resources/categories/nace_to_cluster.csv; NACE codes of the data it leaves unmapped are reported on stderr.</source>
        <translation>Mappatura NACE → cluster nel formato di resources/categories/nace_to_cluster.csv; i codici NACE dei dati che lascia non mappati vengono segnalati su stderr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a usable category mapping</source>
        <translation>%1: non è una mappatura delle categorie utilizzabile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region total &apos;%1&apos;; valid: sum, published</source>
        <translation>totale regionale sconosciuto «%1»; valori validi: sum, published</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: the data publishes no region totals; --region-total published uses the sums</source>
        <translation>avviso: i dati non pubblicano totali regionali; --region-total published usa le somme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown reference area &apos;%1&apos;; valid: %2</source>
        <translation>area di riferimento sconosciuta «%1»; valori validi: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>set di dati sconosciuto «%1»; set di dati validi: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --filter &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>--filter «%1» non valido; atteso DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --scale &apos;%1&apos;; expected a positive number</source>
        <translation>--scale «%1» non valido; atteso un numero positivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown NUTS version &apos;%1&apos;; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>versione NUTS sconosciuta «%1»; versioni valide: 2010, 2013, 2016, 2021</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has no wage measure (it holds persons employed only). Use --dataset sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN</source>
        <translation>%1 non ha una misura dei salari (solo persone occupate). Usare --dataset sbs-wages (le SBS 2008–2015 integrate, con salari) o un file con salari: una tabella SBS con indic_sb V16110 e V13320, oppure --map-columns …,wages=COLUMN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown class scope &apos;%1&apos;; valid: all-years, year</source>
        <translation>ambito delle classi sconosciuto «%1»; valori validi: all-years, year</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CSV of the partner regions of NUTS_ID at its level and --year, best first by cosine similarity of the cluster LQ profiles. Columns: rank, nuts_id, name, cosine, correlation, complementarity (as the Partner regions panel).</source>
        <translation>CSV delle regioni partner di NUTS_ID al suo livello e per --year, le migliori per prime secondo la similarità del coseno dei profili LQ dei cluster. Colonne: rank, nuts_id, name, cosine, correlation, complementarity (come il pannello «Regioni partner»).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --format gpkg: also write a QGIS project that opens the GeoPackage (referenced by a relative path) styled as the map.</source>
        <translation>Con --format gpkg: scrive anche un progetto QGIS che apre il GeoPackage (referenziato con un percorso relativo) con lo stile della mappa.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg</source>
        <translation>--qgs scrive un progetto QGIS per un GeoPackage; usarlo con --format gpkg</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>--peers %1 is a NUTS %2 region; drop --level %3</source>
        <translation>--peers %1 è una regione NUTS %2; togliere --level %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --top &apos;%1&apos;; expected a positive number</source>
        <translation>--top «%1» non valido; atteso un numero positivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region &apos;%1&apos;; no data for it in %2</source>
        <translation>regione sconosciuta «%1»; nessun dato per essa nel %2</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>%1: no usable data loaded</source>
        <translation>%1: nessun dato utilizzabile caricato</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation>livello sconosciuto «%1»; livelli validi per questi dati: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation>anno sconosciuto «%1»; anni validi: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown category &apos;%1&apos;; valid categories: %2</source>
        <translation>categoria sconosciuta «%1»; categorie valide: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown classification &apos;%1&apos;; valid classifications: %2</source>
        <translation>classificazione sconosciuta «%1»; classificazioni valide: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --classes &apos;%1&apos;; valid: 2 to 9</source>
        <translation>--classes «%1» non valido; valori validi: da 2 a 9</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --breaks &apos;%1&apos;; expected ascending numbers separated by commas</source>
        <translation>--breaks «%1» non valido; attesi numeri crescenti separati da virgole</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>tavolozza sconosciuta «%1»; tavolozze valide: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown labels &apos;%1&apos;; valid: none, codes, names</source>
        <translation>etichette sconosciute «%1»; valori validi: none, codes, names</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --star-symbols &apos;%1&apos;; valid: 0 to 3</source>
        <translation>--star-symbols «%1» non valido; valori validi: da 0 a 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation>--breaks non valido: %1</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Writes the scores of one map without a window.</source>
        <translation>Scrive i valori di una mappa senza finestra.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The export command.</source>
        <translation>Il comando export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Formato di output: csv, xlsx, png, svg, pdf o gpkg (GeoPackage con uno stile QGIS).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>With --peers: at most N partners (default all).</source>
        <translation>Con --peers: al massimo N partner (predefinito tutti).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, xlsx, png, svg, pdf, gpkg</source>
        <translation>formato sconosciuto «%1»; formati validi: csv, xlsx, png, svg, pdf, gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--peers writes CSV only and not with --all; use --format csv</source>
        <translation>--peers scrive solo CSV e non con --all; usare --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes CSV only; use --format csv</source>
        <translation>--all scrive solo CSV; usare --format csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>una cartella di lavoro richiede un nome di file: -o FILE.xlsx</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>File di output, o - per lo standard output (csv).</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per employee over the category&apos;s average; data with wages only).</source>
        <translation>Indicatore: lq, share, focus, employment, stars, growth o relative_wage (salario per persona occupata rispetto alla media della categoria; solo dati con salari).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1 (default: logsym for lq, symmetric for growth, stars for stars, quantile otherwise).</source>
        <translation>Classificazione: %1 (predefinita: logsym per lq, symmetric per growth, stars per stars, altrimenti quantile).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class limits from the values of all-years of the data (default; a colour means the same number in every year) or of the shown year.</source>
        <translation>Limiti di classe dai valori di tutti gli anni dei dati (all-years, predefinito; un colore indica lo stesso numero in ogni anno) o dell&apos;anno mostrato (year).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for growth, YlOrRd for stars, viridis_r otherwise).</source>
        <translation>Tavolozza dei colori (ad es. viridis_r, YlGnBu, PuOr; predefinita: PuOr_r per lq, BrBG per growth, YlOrRd per stars, altrimenti viridis_r).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, XLSX or ODS table (columns from --map-columns, else guessed); or a data pack (its folder or pack.json; see clusterscope packs).</source>
        <translation>File di statistiche: TSV Eurostat, SDMX-CSV, JSON-stat o una tabella lunga CSV, XLSX o ODS (colonne da --map-columns, altrimenti dedotte); oppure un pacchetto di dati (la sua cartella o pack.json; vedere clusterscope packs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wages and salaries in the file&apos;s unit, the second measure of the relative wage).</source>
        <translation>Colonne di un CSV lungo: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: salari e stipendi nell&apos;unità del file, la seconda misura del salario relativo).</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth, relative_wage</source>
        <translation>indicatore sconosciuto «%1»; indicatori validi: lq, share, focus, employment, stars, growth, relative_wage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded data set &apos;%1&apos;</source>
        <translation>il set di dati incorporato «%1»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown symbol &apos;%1&apos;; valid: choropleth, circles</source>
        <translation>simbolo sconosciuto «%1»; valori validi: choropleth, circles</translation>
    </message>
    <message>
        <location line="+91"/>
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
        <location line="+1"/>
        <source>Page margins in millimetres (default 10).</source>
        <translation>Margini della pagina in millimetri (predefiniti 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a north arrow on the map.</source>
        <translation>Disegna una freccia del nord sulla mappa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER.</source>
        <translation>File dei confini per le figure, in qualsiasi formato OGR (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) al posto della cache NUTS; FILE o FILE:LAYER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of --boundaries holding the NUTS codes (default: detected).</source>
        <translation>Colonna di --boundaries che contiene i codici NUTS (predefinita: rilevata).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the figure texts: en, de, fr, es, it, pl.</source>
        <translation>Lingua dei testi della figura: en, de, fr, es, it, pl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV in long form, every region, category, year and indicator: nuts_id,category,year,indicator,value. Per region and category: employment, share, focus, lq, loglq, symlq, stars, density (relatedness density among clusters); after the first year: growth (CAGR % per year since the first year), growth_abs, growth_pct (change since the first year); in the last year, shift-share since the first year: reference_growth + industry_mix + competitive_effect = growth_abs. Per region, category *: krugman, hhi, eci_eigen, eci_reflections (over the NACE divisions, or the aggregates of data without divisions; ECI has mean 0 and standard deviation 1); coverage (the share of the published region total that the industries reported cover; below 0.95 the region is flagged), where the data publishes totals. Per category, nuts_id empty (over the reference area): hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. Data with wages adds per region and category: wages (in the data&apos;s unit), relative_wage (wage per employee over the category&apos;s average) and productivity_star (1: top 10 % by relative wage).</source>
        <translation>CSV in formato lungo, ogni regione, categoria, anno e indicatore: nuts_id,category,year,indicator,value. Per regione e categoria: employment, share, focus, lq, loglq, symlq, stars, density (densità di correlazione tra i cluster); dopo il primo anno: growth (CAGR in % annuo dal primo anno), growth_abs, growth_pct (variazione dal primo anno); nell&apos;ultimo anno, analisi shift-share dal primo anno: reference_growth + industry_mix + competitive_effect = growth_abs. Per regione, categoria *: krugman, hhi, eci_eigen, eci_reflections (sulle divisioni NACE, o sugli aggregati dei dati senza divisioni; l&apos;ECI ha media 0 e deviazione standard 1); coverage (la quota del totale regionale pubblicato coperta dai settori riportati; sotto 0,95 la regione viene segnalata), ove i dati pubblicano i totali. Per categoria, nuts_id vuoto (sull&apos;area di riferimento): hoover, gini (di localizzazione), hhi_category, pci_eigen, pci_reflections. I dati con salari aggiungono per regione e categoria: wages (nell&apos;unità dei dati), relative_wage (salario per persona occupata rispetto alla media della categoria) e productivity_star (1: primo 10 % per salario relativo).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also write FILE.recipe.json beside the figure: the data, the options and the command that rebuild it (clusterscope batch FILE.recipe.json).</source>
        <translation>Scrive anche FILE.recipe.json accanto alla figura: i dati, le opzioni e il comando che permettono di ricrearla (clusterscope batch FILE.recipe.json).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--qgs %1 is the GeoPackage of -o; the project needs its own file (e.g. NAME.qgs)</source>
        <translation>--qgs %1 è il GeoPackage di -o; il progetto richiede un proprio file (ad es. NAME.qgs)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>; see clusterscope export --help</source>
        <translation>; vedere clusterscope export --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argomento inatteso «%1»</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each (name, dataset, NUTS version, years, retrieved, location), after checking every file&apos;s size and SHA-256. Packs that fail are reported on stderr (exit code 1).</source>
        <translation>Elenca i pacchetti di dati: quelli integrati, quelli in %1 e le cartelle PACK indicate, uno per riga (nome, set di dati, versione NUTS, anni, data di consultazione, posizione), dopo aver verificato la dimensione e lo SHA-256 di ogni file. I pacchetti non validi vengono segnalati su stderr (codice di uscita 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packs command.</source>
        <translation>Il comando packs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pack folders (or their pack.json) to check and list.</source>
        <translation>Altre cartelle di pacchetti (o i loro pack.json) da verificare ed elencare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; see clusterscope packs --help</source>
        <translation>; vedere clusterscope packs --help</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation>manca -o FILE (usare -o - per lo standard output)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation>un GeoPackage richiede un nome di file: -o FILE.gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation>le figure richiedono un nome di file: -o FILE.%1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>warning: %1; names left empty</source>
        <translation>avviso: %1; nomi lasciati vuoti</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+119"/>
        <source>Clusters only</source>
        <translation>Solo cluster</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Each region in its country</source>
        <translation>Ogni regione nel suo paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each region&apos;s top cluster</source>
        <translation>Il cluster principale di ogni regione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: the main map&apos;s category, each map framing its region&apos;s country. Top cluster: each map shows the cluster with the most stars (then the highest LQ) of its region, all on one extent.</source>
        <translation>Paese: la categoria della mappa principale, con ogni mappa che inquadra il paese della sua regione. Cluster principale: ogni mappa mostra il cluster della sua regione con più stelle (poi con l&apos;LQ più alto), tutte con la stessa estensione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category is a shared strength when every compared region has at least this location quotient, or a specialisation or focus star. The default is the LQ of the specialisation star.</source>
        <translation>Una categoria è un punto di forza comune quando ogni regione confrontata ha almeno questo quoziente di localizzazione, oppure una stella di specializzazione o di focalizzazione. Il valore predefinito è l&apos;LQ della stella di specializzazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LQ threshold of shared strengths</source>
        <translation>Soglia di LQ dei punti di forza comuni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared from &amp;LQ</source>
        <translation>Comune da &amp;LQ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncheck to show NACE sections and divisions too</source>
        <translation>Deselezionare per mostrare anche le sezioni e le divisioni NACE</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Indicator of map %1</source>
        <translation>Indicatore della mappa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of map %1</source>
        <translation>Anno della mappa %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map %1</source>
        <translation>Mappa %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Table</source>
        <translation>Tab&amp;ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bars</source>
        <translation>&amp;Barre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;dar</source>
        <translation>Ra&amp;dar</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no cluster with data</source>
        <translation>nessun cluster con dati</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no data</source>
        <translation>nessun dato</translation>
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
        <translation>Punto di forza comune: ogni regione ha LQ ≥ %1 oppure una stella di specializzazione o di focalizzazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A size star alone (a large region, not a specialised one) does not make a shared strength.</source>
        <translation>Una stella di dimensione da sola (una regione grande, non specializzata) non costituisce un punto di forza comune.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared cluster strength(s), in bold.</source>
        <translation>
            <numerusform>%n punto di forza comune nei cluster, in grassetto.</numerusform>
            <numerusform>%n punti di forza comuni nei cluster, in grassetto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared strength(s), in bold.</source>
        <translation>
            <numerusform>%n punto di forza comune, in grassetto.</numerusform>
            <numerusform>%n punti di forza comuni, in grassetto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size</source>
        <translation>dimensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialisation</source>
        <translation>specializzazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus</source>
        <translation>focalizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: LQ %2; stars: %3</source>
        <translation>%1: LQ %2; stelle: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose 2 to %1 regions (Ctrl-click on the map) to compare them.</source>
        <translation>Scegliere da 2 a %1 regioni (Ctrl+clic sulla mappa) per confrontarle.</translation>
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
            <numerusform>Nessun punto di forza comune con LQ ≥ %1; il più vicino: %n cluster con l&apos;LQ minimo più alto</numerusform>
            <numerusform>Nessun punto di forza comune con LQ ≥ %1; i più vicini: %n cluster con l&apos;LQ minimo più alto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>LQ of the %1 strongest of %n shared cluster strengths</source>
        <translation>
            <numerusform>LQ dei %1 più forti tra %n punto di forza comune nei cluster</numerusform>
            <numerusform>LQ dei %1 più forti tra %n punti di forza comuni nei cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LQ of the %n shared cluster strength(s)</source>
        <translation>
            <numerusform>LQ del %n punto di forza comune nei cluster</numerusform>
            <numerusform>LQ dei %n punti di forza comuni nei cluster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LQ = 1 (reference average)</source>
        <translation>LQ = 1 (media di riferimento)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Top %n cluster(s) by mean LQ, clockwise from the top:</source>
        <translation>
            <numerusform>Primo %n cluster per LQ medio, in senso orario dall&apos;alto:</numerusform>
            <numerusform>Primi %n cluster per LQ medio, in senso orario dall&apos;alto:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Nessun dato per il livello NUTS %1 nel %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No shared cluster strengths</source>
        <translation>Nessun punto di forza comune nei cluster</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Troppo pochi cluster con dati per un grafico radar</translation>
    </message>
</context>
<context>
    <name>cs::DataPack</name>
    <message>
        <location filename="../maps/DataPack.cpp" line="+81"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: chiave &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing key &quot;%2&quot;</source>
        <translation>%1: chiave &quot;%2&quot; mancante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a non-empty text</source>
        <translation>atteso un testo non vuoto</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: JSON non valido: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: atteso un oggetto JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a ClusterScope data pack (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; non è un pacchetto di dati ClusterScope (atteso &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not supported; this ClusterScope reads version %2</source>
        <translation>la versione %1 non è supportata; questo ClusterScope legge la versione %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation>«%1» non è una data ISO (AAAA-MM-GG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected 2010, 2013, 2016 or 2021</source>
        <translation>atteso 2010, 2013, 2016 o 2021</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>expected a list of years</source>
        <translation>attesa una lista di anni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>atteso un numero positivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>atteso un oggetto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of files</source>
        <translation>attesa una lista di file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a file name inside the pack</source>
        <translation>«%1» non è un nome di file all&apos;interno del pacchetto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a size in bytes</source>
        <translation>attesa una dimensione in byte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing (listed in pack.json)</source>
        <translation>%1: mancante (elencato in pack.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read</source>
        <translation>%1: impossibile leggere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size differs from pack.json (expected %2 bytes, found %3)</source>
        <translation>%1: la dimensione differisce da pack.json (attesi %2 byte, trovati %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: checksum differs from pack.json (expected %2, found %3)</source>
        <translation>%1: il checksum differisce da pack.json (atteso %2, trovato %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a pack needs at least one data file</source>
        <translation>%1: un pacchetto richiede almeno un file di dati</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; cannot be a file of the pack</source>
        <translation>%1: «%2» non può essere un file del pacchetto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replace %1</source>
        <translation>impossibile sostituire %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, retrieved %2. © EuroGeographics for the administrative boundaries.</source>
        <translation>%1, consultato il %2. © EuroGeographics per i confini amministrativi.</translation>
    </message>
</context>
<context>
    <name>cs::DataPackDialog</name>
    <message>
        <location filename="../widgets/DataPackDialog.cpp" line="+38"/>
        <source>Data packs</source>
        <translation>Pacchetti di dati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated offline copies of the statistics: the packs built in, those downloaded from Eurostat (kept in %1) and those opened before.</source>
        <translation>Copie offline datate delle statistiche: i pacchetti integrati, quelli scaricati da Eurostat (conservati in %1) e quelli aperti in precedenza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Set di dati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS</source>
        <translation>NUTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved</source>
        <translation>Data di consultazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;folder</source>
        <translation>Mostra &amp;cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open other &amp;pack…</source>
        <translation>Apri altro &amp;pacchetto…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not usable: %1</source>
        <translation>Non utilizzabile: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built in (%1)</source>
        <translation>integrato (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2); %3, retrieved %4. Licence: %5.</source>
        <translation>%1 (%2); %3, consultato il %4. Licenza: %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation>Interrogazione: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open data pack</source>
        <translation>Apri pacchetto di dati</translation>
    </message>
</context>
<context>
    <name>cs::DataSource</name>
    <message>
        <location filename="../app/Recipe.cpp" line="+296"/>
        <source>expected an object with &quot;dataset&quot; or &quot;file&quot;, got %1</source>
        <translation>atteso un oggetto con &quot;dataset&quot; o &quot;file&quot;, ricevuto: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give either &quot;dataset&quot; or &quot;file&quot;, not both</source>
        <translation>indicare &quot;dataset&quot; oppure &quot;file&quot;, non entrambi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>set di dati sconosciuto «%1»; set di dati validi: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>applies only to a data &quot;file&quot;</source>
        <translation>si applica solo a un file di dati (&quot;file&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded data sets use NUTS 2013</source>
        <translation>i set di dati incorporati usano NUTS 2013</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>«%1» non valido; atteso DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>atteso un numero positivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>versione NUTS sconosciuta %1; versioni valide: 2010, 2013, 2016, 2021</translation>
    </message>
</context>
<context>
    <name>cs::DownloadDialog</name>
    <message>
        <location filename="../widgets/DownloadDialog.cpp" line="+24"/>
        <source>Download from Eurostat</source>
        <translation>Scarica da Eurostat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dataset:</source>
        <translation>Set di &amp;dati:</translation>
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
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download &amp;again even when a copy is cached</source>
        <translation>Scarica di &amp;nuovo anche se una copia è nella cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation>Da %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Download</source>
        <translation>&amp;Scarica</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1 kB…</source>
        <translation>Ricevuti %1 kB…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download contains no usable data: %1</source>
        <translation>Il download non contiene dati utilizzabili: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Read %Ln value(s) from the cache.</source>
        <translation>
            <numerusform>Letto %Ln valore dalla cache.</numerusform>
            <numerusform>Letti %Ln valori dalla cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Downloaded %Ln value(s).</source>
        <translation>
            <numerusform>Scaricato %Ln valore.</numerusform>
            <numerusform>Scaricati %Ln valori.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled; nothing was loaded or cached.</source>
        <translation>Download annullato; nulla è stato caricato o memorizzato nella cache.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept as data pack %1.</source>
        <translation>Conservato come pacchetto di dati %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A copy is in the cache (%1); it is used unless you tick “Download again”.</source>
        <translation>Una copia è nella cache (%1); viene usata a meno che non si spunti «Scarica di nuovo».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the cache yet; needs a network connection.</source>
        <translation>Non ancora nella cache; serve una connessione di rete.</translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+133"/>
        <source>Structural business statistics: persons employed in local units and their wages and salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)</source>
        <translation>Statistiche strutturali sulle imprese: persone occupate nelle unità locali e relativi salari e stipendi per NUTS 2 e divisione NACE (dal 2021; NUTS 2021)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structural business statistics: persons employed and wages and salaries by NUTS 2 and NACE division (2008–2020; NUTS 2016 and earlier)</source>
        <translation>Statistiche strutturali sulle imprese: persone occupate e salari e stipendi per NUTS 2 e divisione NACE (2008–2020; NUTS 2016 e precedenti)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour force survey: employment 15–64 by NUTS 2 and NACE section</source>
        <translation>Rilevazione sulle forze di lavoro: occupati 15–64 anni per NUTS 2 e sezione NACE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional accounts: employment by NUTS 3 and NACE aggregate</source>
        <translation>Conti regionali: occupazione per NUTS 3 e aggregato NACE</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>cannot create the cache folder %1</source>
        <translation>impossibile creare la cartella della cache %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../maps/EurostatTable.cpp" line="+92"/>
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
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>il file è in UTF-16; salvarlo come UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not %1</source>
        <translation>il file è binario, non %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Eurostat table</source>
        <translation>una tabella Eurostat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation>la colonna «%1» dopo le colonne degli anni non è un anno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation>nessuna colonna di anno nell&apos;intestazione (atteso ad es. 2015 o n2015)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>l&apos;intestazione richiede le dimensioni «%1» e «%2»; contiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro su una dimensione sconosciuta «%1»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>region %1, industry %2, %3</source>
        <translation>regione %1, settore %2, %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (%2); treated as missing</source>
        <translation>«%1» non è un numero né un flag Eurostat (%2); trattato come mancante</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation>riga duplicata per la regione %1, settore %2; saltata</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensione «%1» ha più valori (%2); sceglierne uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>nessuna riga di dati corrisponde</translation>
    </message>
</context>
<context>
    <name>cs::ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="+26"/>
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
        <source>Export s&amp;cores (CSV, XLSX)…</source>
        <translation>Esporta &amp;valori (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export layer for Q&amp;GIS…</source>
        <translation>Esporta livello per &amp;QGIS…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Exporting %1…</source>
        <translation>Esportazione di %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export figure</source>
        <translation>Esporta figura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to write.</source>
        <translation>Scegliere un file da scrivere.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Export scores</source>
        <translation>Esporta valori</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Tabella CSV (*.csv);;Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export layer for QGIS</source>
        <translation>Esporta livello per QGIS</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>QGIS project with GeoPackage (*.qgs)</source>
        <translation>Progetto QGIS con GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 and %2</source>
        <translation>Scritti %1 e %2</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+27"/>
        <location line="+132"/>
        <source>Export figure</source>
        <translation>Esporta figura</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>PNG image</source>
        <translation>Immagine PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>Disegno SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom size in pixels</source>
        <translation>Dimensione personalizzata in pixel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landscape</source>
        <translation>Orizzontale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Verticale</translation>
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
        <translation>Riquadri per le regioni ultraperiferiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>Barra di scala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>Freccia del nord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Pagina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Risoluzione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>&amp;Dimensione:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Margini:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Sottotitolo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg);;Documento PDF (*.pdf)</translation>
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
        <translation>%1: la dimensione di output %2×%3 px è fuori intervallo (16–30000)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not enough memory for %2×%3 px</source>
        <translation>%1: memoria insufficiente per %2×%3 px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG encoder failed</source>
        <translation>il codificatore PNG non è riuscito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the SVG could not be written</source>
        <translation>non è stato possibile scrivere il file SVG</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+114"/>
        <location line="+51"/>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: impossibile leggere il livello NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>impossibile scrivere %1: la cartella non esiste</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+78"/>
        <location line="+57"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>impossibile scrivere lo stile QGIS in %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ImportActions</name>
    <message>
        <location filename="../app/ImportActions.cpp" line="+56"/>
        <source>&amp;Embedded data</source>
        <translation>&amp;Dati incorporati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;packs…</source>
        <translation>&amp;Pacchetti di dati…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statistics…</source>
        <translation>&amp;Importa statistiche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download from Eurostat…</source>
        <translation>Scari&amp;ca da Eurostat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load category &amp;mapping…</source>
        <translation>Carica &amp;mappatura delle categorie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <location line="+13"/>
        <source>Load category mapping</source>
        <translation>Carica mappatura delle categorie</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Category mapping (*.csv);;All files (*)</source>
        <translation>Mappatura delle categorie (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;boundaries…</source>
        <translation>Apri c&amp;onfini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in N&amp;UTS boundaries</source>
        <translation>Confini &amp;NUTS integrati</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n value(s) read from %1</source>
        <translation>
            <numerusform>%n valore letto da %1</numerusform>
            <numerusform>%n valori letti da %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no problems.</source>
        <translation>; nessun problema.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s) listed below (rows skipped, values treated as missing, codes without a region).</source>
        <translation>
            <numerusform>; %n problema elencato qui sotto (righe saltate, valori trattati come mancanti, codici senza regione).</numerusform>
            <numerusform>; %n problemi elencati qui sotto (righe saltate, valori trattati come mancanti, codici senza regione).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>Importa statistiche</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nothing usable was loaded: %1</source>
        <translation>Non è stato caricato nulla di utilizzabile: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The map shows NUTS %2 regions (boundaries of NUTS %3).</source>
        <translation>%1 La mappa mostra le regioni di livello NUTS %2 (confini NUTS %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>Caricato %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Statistiche (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV o TSV (*.csv *.tsv *.txt);;SDMX-CSV o TSV Eurostat (*.csv *.tsv);;JSON-stat (*.json);;Cartelle di lavoro (*.xlsx *.ods);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read.</source>
        <translation>Impossibile leggere il file.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.</source>
        <translation>Fonte: Eurostat (%1, scaricato). © EuroGeographics per i confini amministrativi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Download from Eurostat</source>
        <translation>Scarica da Eurostat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The download contains no usable data.</source>
        <translation>Il download non contiene dati utilizzabili.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n value(s) loaded from %1</source>
        <translation>
            <numerusform>%n valore caricato da %1</numerusform>
            <numerusform>%n valori caricati da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s).</source>
        <translation>
            <numerusform>; %n problema.</numerusform>
            <numerusform>; %n problemi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mapping was not loaded.</source>
        <translation>La mappatura non è stata caricata.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %1: %n cluster category(s).</source>
        <translation>
            <numerusform>Caricato %1: %n categoria di cluster.</numerusform>
            <numerusform>Caricato %1: %n categorie di cluster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every NACE code of the data is mapped.</source>
        <translation>Tutti i codici NACE dei dati sono mappati.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>%n codice NACE dei dati non è mappato: %1</numerusform>
            <numerusform>%n codici NACE dei dati non sono mappati: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Embedded data</source>
        <translation>Dati incorporati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in data pack cannot be used.</source>
        <translation>Impossibile usare il pacchetto di dati integrato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — retrieved %2</source>
        <translation>%1 — consultato il %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open data pack</source>
        <translation>Apri pacchetto di dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing usable was loaded from the pack&apos;s values.</source>
        <translation>Non è stato caricato nulla di utilizzabile dai valori del pacchetto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data pack was refused.</source>
        <translation>Il pacchetto di dati è stato rifiutato.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Opened data pack %1 — retrieved %2: %Ln value(s).</source>
        <translation>
            <numerusform>Aperto il pacchetto di dati %1 — consultato il %2: %Ln valore.</numerusform>
            <numerusform>Aperto il pacchetto di dati %1 — consultato il %2: %Ln valori.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Open boundaries</source>
        <translation>Apri confini</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)</source>
        <translation>File vettoriali (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer:</source>
        <translation>Livello:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column of NUTS codes was recognised. Column with the region codes:</source>
        <translation>Nessuna colonna di codici NUTS riconosciuta. Colonna con i codici di regione:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Copy list</source>
        <translation>Co&amp;pia elenco</translation>
    </message>
</context>
<context>
    <name>cs::Imports</name>
    <message numerus="yes">
        <location filename="../app/Imports.cpp" line="+53"/>
        <source>warning: %n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>avviso: %n codice NACE dei dati non è mappato: %1</numerusform>
            <numerusform>avviso: %n codici NACE dei dati non sono mappati: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+89"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON-stat dataset: the top level is not an object</source>
        <translation>non è un set di dati JSON-stat: il livello superiore non è un oggetto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: the server returned an error instead of data: %1</source>
        <translation>error: il server ha restituito un errore invece dei dati: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>class: &apos;%1&apos; is not supported; expected a JSON-stat 2.0 &apos;dataset&apos;</source>
        <translation>class: «%1» non è supportato; atteso un «dataset» JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id: missing or empty; not a JSON-stat 2.0 dataset</source>
        <translation>id: mancante o vuoto; non è un set di dati JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: %1 entries, but id names %2 dimensions</source>
        <translation>size: %1 voci, ma id nomina %2 dimensioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id[%1]: not a dimension name</source>
        <translation>id[%1]: non è un nome di dimensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size[%1]: not a count</source>
        <translation>size[%1]: non è un conteggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: the dataset is too large</source>
        <translation>size: il set di dati è troppo grande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.category: missing</source>
        <translation>%1.category: mancante</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation>%1.category.index: %2 categorie, ma size indica %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.category.index[%2]: not a position below %3</source>
        <translation>%1.category.index[%2]: non è una posizione inferiore a %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.category.index[%2]: position %3 is taken by &apos;%4&apos;</source>
        <translation>%1.category.index[%2]: la posizione %3 è già occupata da «%4»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.category.index: missing</source>
        <translation>%1.category.index: mancante</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation>id: nessuna dimensione temporale («time» o role.time); contiene: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>id: il set di dati richiede le dimensioni «%1» e «%2»; contiene: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro su una dimensione sconosciuta «%1»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>indicator %1 is neither persons employed nor wages and salaries; not read</source>
        <translation>l&apos;indicatore %1 non è né persone occupate né salari e stipendi; non letto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation>dimension.%1: nessuna categoria «%2» su cui filtrare; contiene: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensione «%1» ha più valori (%2); sceglierne uno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>size: %1 × %2 × %3 region, industry and year cells are too many</source>
        <translation>size: %1 × %2 × %3 celle di regione, settore e anno sono troppe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a number</source>
        <translation>non è un numero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>value: %1 cells, but size says %2</source>
        <translation>value: %1 celle, ma size indica %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not a cell index</source>
        <translation>non è un indice di cella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation>indice fuori intervallo (il set di dati ha %1 celle)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>value: missing; expected an array or an object</source>
        <translation>value: mancante; atteso un array o un oggetto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a flag string</source>
        <translation>non è una stringa di flag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>«%1» non è un flag Eurostat; ignorato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries, but size says %2; ignored</source>
        <translation>%1 voci, ma size indica %2; ignorato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation>attesa una stringa, un array o un oggetto; ignorato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation>non è un anno; si leggono solo dati annuali; saltato</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no data cells matched</source>
        <translation>nessuna cella di dati corrisponde</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+18"/>
        <source>change view</source>
        <translation>cambia vista</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="+71"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location line="+835"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="-829"/>
        <source>NUTS level</source>
        <translation>Livello NUTS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Settore (NACE) o categoria di cluster; digitare per cercare</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+784"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Animate the years</source>
        <translation>Anima gli anni</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>Quantiles</source>
        <translation>Quantili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal intervals</source>
        <translation>Intervalli uguali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Interruzioni naturali (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Deviazione standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars (0–3)</source>
        <translation>Stelle (0–3)</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Classification</source>
        <translation>Classificazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour palette</source>
        <translation>Tavolozza dei colori</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <translation> A&amp;nno </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Style</source>
        <translation>Stile</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cl&amp;asses </source>
        <translation>Cla&amp;ssi </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &amp;Palette </source>
        <translation> &amp;Tavolozza </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference area of shares, location quotients and stars</source>
        <translation>Area di riferimento di quote, quozienti di localizzazione e stelle</translation>
    </message>
    <message numerus="yes">
        <location line="+450"/>
        <source>Boundaries: %1 (key column %2, %Ln regions)</source>
        <translation>
            <numerusform>Confini: %1 (colonna chiave %2, %Ln regione)</numerusform>
            <numerusform>Confini: %1 (colonna chiave %2, %Ln regioni)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Traded clusters (US definitions carried over to NACE)</source>
        <translation>Cluster commerciabili (definizioni statunitensi trasposte alla NACE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE sections</source>
        <translation>Sezioni NACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NACE divisions</source>
        <translation>Divisioni NACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE groups and other codes</source>
        <translation>Gruppi NACE e altri codici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (English titles)</source>
        <translation> (titoli in inglese)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All regions of the data</source>
        <translation>Tutte le regioni dei dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-27 (2020)</source>
        <translation>UE-27 (2020)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation>Paese: %1</translation>
    </message>
    <message>
        <location line="-738"/>
        <source> &amp;Reference </source>
        <translation> Area di &amp;riferimento </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Trova regione (nome o codice NUTS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter selects the region; Ctrl+Enter adds it to the selection</source>
        <translation>Invio seleziona la regione; Ctrl+Invio la aggiunge alla selezione</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>No region matches “%1”</source>
        <translation>Nessuna regione corrisponde a «%1»</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+23"/>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ClusterScope project (*.clusterscope.json *.json)</source>
        <translation>Progetto ClusterScope (*.clusterscope.json *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save project…</source>
        <translation>&amp;Salva progetto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save project</source>
        <translation>Salva progetto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ClusterScope project (*.clusterscope.json)</source>
        <translation>Progetto ClusterScope (*.clusterscope.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region &amp;totals</source>
        <translation>&amp;Totali regionali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sum of the industries reported</source>
        <translation>&amp;Somma dei settori riportati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published by the data (where it has them)</source>
        <translation>&amp;Pubblicati nei dati (ove presenti)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select 2 to %1 regions (Ctrl-click) to compare them.</source>
        <translation>Selezionare da 2 a %1 regioni (Ctrl+clic) per confrontarle.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cluster s&amp;tar symbols</source>
        <translation>Si&amp;mboli a stella dei cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class limits &amp;per year</source>
        <translation>Limiti di classe &amp;per anno</translation>
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
        <translation>&amp;Focus sulla mappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected regions (%1)</source>
        <translation>Confronta le regioni selezionate (%1)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Diverging quantiles (around 1; growth: 0)</source>
        <translation>Quantili divergenti (intorno a 1; crescita: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric (around 1; growth: 0)</source>
        <translation>Simmetrica (intorno a 1; crescita: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-symmetric around 1, up to 2 (LQ)</source>
        <translation>Log-simmetrica intorno a 1, fino a 2 (LQ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Default: %1</source>
        <translation>Predefinita: %1</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
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
        <location line="+6"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region &amp;labels</source>
        <translation>E&amp;tichette delle regioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Nessuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS &amp;codes</source>
        <translation>&amp;Codici NUTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names</source>
        <translation>N&amp;omi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Proportional &amp;circles</source>
        <translation>Cerchi pr&amp;oporzionali</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Metodo</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+24"/>
        <source>%1: the project uses other data (%2); start ClusterScope with that data to open it</source>
        <translation>%1: il progetto usa altri dati (%2); avviare ClusterScope con quei dati per aprirlo</translation>
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
        <translation>Nessun dato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the data</source>
        <translation>Non coperto dai dati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster with %1+ stars</source>
        <translation>Cluster con %1+ stelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed cells hide &gt; 5 % of the region&apos;s total</source>
        <translation>Le celle oscurate nascondono &gt; 5 % del totale regionale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected region</source>
        <translation>Regione selezionata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner region</source>
        <translation>Regione partner</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+31"/>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
</context>
<context>
    <name>cs::MethodDialog</name>
    <message>
        <location filename="../app/MethodDialog.cpp" line="+13"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and reference area</source>
        <translation>Regioni e area di riferimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every relative measure compares a region with a reference area: by default all regions of the chosen NUTS level that carry a number in the data, or one country, or the EU-27 (&lt;i&gt;Reference&lt;/i&gt; picker). Aggregates such as EU28 or EA19, extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every sum; codes renamed between NUTS versions are recoded, and each case is listed when the data are loaded.</source>
        <translation>Ogni misura relativa confronta una regione con un&apos;area di riferimento: per impostazione predefinita tutte le regioni del livello NUTS scelto per cui i dati riportano un numero, oppure un paese o l&apos;UE-27 (selettore &lt;i&gt;Area di riferimento&lt;/i&gt;). Gli aggregati come EU28 o EA19, i codici extra-regio (ad es. FRZZ) e i codici che non appartengono ad alcuna versione NUTS sono esclusi da ogni somma; i codici rinominati tra versioni NUTS vengono ricodificati e ogni caso viene elencato al caricamento dei dati.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A region&apos;s total employment e&lt;sub&gt;r&lt;/sub&gt; is either the sum of the industries the data report (default) or the total the data publish (&lt;i&gt;File ▸ Region totals&lt;/i&gt;). Where confidential cells hide more than 5 % of a published total, the region is outlined with dots on the map and flagged in its profile.</source>
        <translation>L&apos;occupazione totale e&lt;sub&gt;r&lt;/sub&gt; di una regione è la somma dei settori riportati nei dati (predefinito) oppure il totale pubblicato nei dati (&lt;i&gt;File ▸ Totali regionali&lt;/i&gt;). Dove le celle riservate nascondono più del 5 % di un totale pubblicato, la regione viene contornata con una linea punteggiata sulla mappa e segnalata nel suo profilo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e&lt;sub&gt;rc&lt;/sub&gt; the employment of region r in category c, e&lt;sub&gt;r&lt;/sub&gt; the region&apos;s total, E&lt;sub&gt;c&lt;/sub&gt; the reference area&apos;s employment in c and E its total:</source>
        <translation>Con e&lt;sub&gt;rc&lt;/sub&gt; l&apos;occupazione della regione r nella categoria c, e&lt;sub&gt;r&lt;/sub&gt; il totale della regione, E&lt;sub&gt;c&lt;/sub&gt; l&apos;occupazione dell&apos;area di riferimento in c ed E il suo totale:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Employment&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;share&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (the region&apos;s part of the category); &lt;b&gt;focus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (the category&apos;s part of the region); &lt;b&gt;location quotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): above 1 the region is more specialised than the reference area, 2 or more counts as a specialisation.</source>
        <translation>&lt;b&gt;Occupazione&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;quota&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (la parte della categoria che spetta alla regione); &lt;b&gt;focalizzazione&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (la parte della regione che spetta alla categoria); &lt;b&gt;quoziente di localizzazione&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): sopra 1 la regione è più specializzata dell&apos;area di riferimento, da 2 in su si considera una specializzazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Growth&lt;/b&gt; is the compound annual growth rate of e&lt;sub&gt;rc&lt;/sub&gt; from the first year of the data to the year shown, in % per year; shift-share splits the change into reference growth, industry mix and competitive effect.</source>
        <translation>La &lt;b&gt;crescita&lt;/b&gt; è il tasso di crescita medio annuo composto di e&lt;sub&gt;rc&lt;/sub&gt; dal primo anno dei dati all&apos;anno mostrato, in % annuo; l&apos;analisi shift-share scompone la variazione in crescita di riferimento, composizione settoriale ed effetto competitivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster stars</source>
        <translation>Stelle di cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the European Cluster Observatory: one star each for &lt;b&gt;size&lt;/b&gt; (the region is among the top 10 % of regions by employment in the category), &lt;b&gt;specialisation&lt;/b&gt; (LQ ≥ 2) and &lt;b&gt;focus&lt;/b&gt; (among the top 10 % by the category&apos;s share of the region&apos;s employment). A star is robust when the decision stays the same with the cut-off moved by ±10 %.</source>
        <translation>Come nell&apos;European Cluster Observatory: una stella per ciascuno dei criteri &lt;b&gt;dimensione&lt;/b&gt; (la regione è nel primo 10 % delle regioni per occupazione nella categoria), &lt;b&gt;specializzazione&lt;/b&gt; (LQ ≥ 2) e &lt;b&gt;focalizzazione&lt;/b&gt; (nel primo 10 % per quota della categoria sull&apos;occupazione della regione). Una stella è robusta quando la decisione resta la stessa spostando la soglia di ±10 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Productivity and growth stars need wage and multi-year data; without them they are not awarded.</source>
        <translation>Le stelle di produttività e di crescita richiedono dati salariali e pluriennali; senza di essi non vengono assegnate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wages and productivity</source>
        <translation>Salari e produttività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;relative wage&lt;/b&gt; (productivity) of a region in a category is its wage per person employed, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, over the category&apos;s average in the reference area, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, both summed over the industries that report wages and persons employed: above 1 the region pays more per person than the reference area. It is a ratio, so the unit of the wages (Eurostat: million euro) cancels. The &lt;b&gt;productivity star&lt;/b&gt; goes to the top 10 % of regions by relative wage.</source>
        <translation>Il &lt;b&gt;salario relativo&lt;/b&gt; (produttività) di una regione in una categoria è il suo salario per persona occupata, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, rispetto alla media della categoria nell&apos;area di riferimento, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, entrambi sommati sui settori che riportano salari e persone occupate: sopra 1 la regione paga per persona più dell&apos;area di riferimento. È un rapporto, quindi l&apos;unità dei salari (Eurostat: milioni di euro) si elide. La &lt;b&gt;stella di produttività&lt;/b&gt; va al primo 10 % delle regioni per salario relativo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Wages in the built-in data&lt;/b&gt;: only the data pack “SBS persons employed and wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat&apos;s sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version of that year, 2014 the last complete year. The default SBS 2015 extract and the LFS extract hold persons employed only, so the relative wage and the productivity star are not offered for them. They also appear for files with wages: a Eurostat SBS table with the indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a long table with a wages column chosen on import.</source>
        <translation>&lt;b&gt;Salari nei dati integrati&lt;/b&gt;: solo il pacchetto di dati «SBS persone occupate e salari, 2008–2015» (File ▸ Pacchetti di dati; --dataset sbs-wages) li contiene: sbs_r_nuts06_r2 di Eurostat a livello NUTS 2 e divisione NACE, ogni anno nella versione NUTS di quell’anno, 2014 l’ultimo anno completo. L’estratto SBS 2015 predefinito e l’estratto LFS contengono solo le persone occupate; per essi il salario relativo e la stella di produttività non sono offerti. Compaiono anche per i file con salari: una tabella SBS di Eurostat con gli indicatori persone occupate e salari e stipendi (indic_sb V16110 e V13320 di sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR e WAGE_LOC_MEUR di sbs_r_nuts2021), oppure una tabella lunga con una colonna dei salari scelta all’importazione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster categories</source>
        <translation>Categorie di cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster categories are the US Cluster Mapping Project&apos;s 51 traded clusters, carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not the official European Cluster Panorama table, which is not published in a machine-readable form; NACE industries that feed several clusters are split by their NAICS counts, and every approximation is listed in the categories file.</source>
        <translation>Le categorie di cluster sono i 51 cluster commerciabili (traded clusters) dello US Cluster Mapping Project, trasposti alla NACE Rev. 2 tramite tavole di corrispondenza ufficiali (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). Sono definizioni statunitensi, non la tabella ufficiale dello European Cluster Panorama, che non è pubblicata in un formato leggibile da una macchina; i settori NACE che alimentano più cluster sono ripartiti in base ai conteggi NAICS e ogni approssimazione è elencata nel file delle categorie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ten emerging industries of the European Cluster Panorama (e.g. biopharmaceuticals, blue growth, creative, digital and experience industries) are not included: their NACE code lists could not be found in a citable, machine-readable form, and no list is invented.</source>
        <translation>Le dieci industrie emergenti dell’European Cluster Panorama (ad es. biofarmaceutica, crescita blu, industrie creative, digitali e dell’esperienza) non sono incluse: i loro elenchi di codici NACE non sono stati trovati in una forma citabile e leggibile da macchina, e nessun elenco viene inventato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Regioni partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Similar&lt;/b&gt; partners have a similar profile of cluster location quotients (cosine similarity, 1 = the same shape; or correlation). &lt;b&gt;Complementary&lt;/b&gt; partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ &lt; 1) but related: the sum of min(LQ, 3) × the relatedness density ω of the region in each such cluster.</source>
        <translation>I partner &lt;b&gt;simili&lt;/b&gt; hanno un profilo simile di quozienti di localizzazione dei cluster (similarità del coseno, 1 = stessa forma; oppure correlazione). I partner &lt;b&gt;complementari&lt;/b&gt; sono forti (LQ ≥ 1) in cluster in cui la regione è debole (LQ &lt; 1) ma correlata: la somma di min(LQ, 3) × la densità di correlazione ω della regione in ciascuno di tali cluster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map classes</source>
        <translation>Classi della mappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, 1, 1.41, 2) on a diverging palette, so above and below the reference read at a glance; growth diverges around 0. Class limits are computed over all years of the data, so a colour means the same value in every year (&lt;i&gt;View ▸ Class limits per year&lt;/i&gt; changes that).</source>
        <translation>I quozienti di localizzazione sono classificati simmetricamente in scala logaritmica intorno a 1 (0.5, 0.71, 1, 1.41, 2) con una tavolozza divergente, così i valori sopra e sotto il riferimento si leggono a colpo d&apos;occhio; la crescita diverge intorno a 0. I limiti di classe sono calcolati su tutti gli anni dei dati, così un colore indica lo stesso valore in ogni anno (&lt;i&gt;Visualizza ▸ Limiti di classe per anno&lt;/i&gt; modifica questo comportamento).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and licences</source>
        <translation>Fonti e licenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics: Source: Eurostat, re-used under the Eurostat copyright notice (free re-use with acknowledgement of the source). Boundaries: GISCO NUTS © EuroGeographics for the administrative boundaries.</source>
        <translation>Statistiche: Fonte: Eurostat, riutilizzate secondo l&apos;avviso sul diritto d&apos;autore di Eurostat (libero riutilizzo con citazione della fonte). Confini: GISCO NUTS © EuroGeographics per i confini amministrativi.</translation>
    </message>
</context>
<context>
    <name>cs::NutsCodes</name>
    <message numerus="yes">
        <location filename="../maps/NutsCodes.cpp" line="+49"/>
        <source>%n record</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: impossibile aprire i confini NUTS (%2). Eseguire scripts/setup.sh per creare la cache o impostare CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: nessun livello «%2» in questo file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no NUTS_ID field</source>
        <translation>%1: il livello «%2» non ha un campo NUTS_ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no NUTS %2 codes in this file</source>
        <translation>%1: nessun codice NUTS %2 in questo file</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot open the NUTS recoding table: %2</source>
        <translation>%1: impossibile aprire la tabella di ricodifica NUTS: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a NUTS recoding table (%2)</source>
        <translation>%1: non è una tabella di ricodifica NUTS (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON array</source>
        <translation>atteso un array JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: entry %2 needs &apos;from&apos;, &apos;to&apos; and &apos;newIdToOldId&apos;</source>
        <translation>%1: la voce %2 richiede «from», «to» e «newIdToOldId»</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1 (none with a number)</source>
        <translation>%1 (nessuno con un valore numerico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 with a number)</source>
        <translation>%1 (di cui %2 con un valore numerico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty region code: %1 left out</source>
        <translation>codice di regione vuoto: esclusione di %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: extra-regio territory, not a region: %2 left out</source>
        <translation>%1: territorio extra-regio, non è una regione: esclusione di %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: aggregate of countries, not a region: %2 left out</source>
        <translation>%1: aggregato di paesi, non è una regione: esclusione di %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a NUTS region code: %2 left out</source>
        <translation>%1: non è un codice di regione NUTS: esclusione di %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded</source>
        <translation>%1: codice NUTS %2, rinominato %3 in NUTS %4: ricodifica di %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4, nothing to sum or draw</source>
        <translation>%1: codice NUTS %2 senza semplice ridenominazione in NUTS %3 (confini modificati): %4, niente da sommare né da disegnare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries</source>
        <translation>%1: codice NUTS %2 senza semplice ridenominazione in NUTS %3 (confini modificati): inclusione di %4 nelle somme di %5, senza disegno sui confini NUTS %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a NUTS code in %2: %3 left out</source>
        <translation>%1: non è un codice NUTS in %2: esclusione di %3</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 in %2: %n cell(s) published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</source>
        <translation>
            <numerusform>%1 nel %2: %n cella pubblicata sia come %1 sia come %3, il codice dello stesso territorio in un&apos;altra versione NUTS (doppio conteggio); si usano i numeri di %1</numerusform>
            <numerusform>%1 nel %2: %n celle pubblicate sia come %1 sia come %3, il codice dello stesso territorio in un&apos;altra versione NUTS (doppio conteggio); si usano i numeri di %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 and its successor(s) %2 both carry numbers in %3: the same territory is counted twice in those years</source>
        <translation>%1 e i codici successori %2 riportano entrambi numeri in %3: lo stesso territorio è contato due volte in quegli anni</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+218"/>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation>%1: non è un file vettoriale leggibile da GDAL (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this file has no layer with geometries</source>
        <translation>%1: questo file non ha alcun livello con geometrie</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: manca la cache dei confini NUTS. Eseguire scripts/setup.sh per crearla o impostare CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: not a regular file</source>
        <translation>%1: non è un file regolare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vector format GDAL knows</source>
        <translation>non è un formato vettoriale noto a GDAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read boundaries: %2</source>
        <translation>%1: impossibile leggere i confini: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this file has no layer</source>
        <translation>%1: questo file non ha alcun livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: nessun livello «%2» in questo file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos;; its columns: %4</source>
        <translation>%1: il livello «%2» non ha la colonna «%3»; le sue colonne: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column of NUTS codes; name one as the key column. Its columns: %3</source>
        <translation>%1: il livello «%2» non ha una colonna di codici NUTS; indicarne una come colonna chiave. Le sue colonne: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: impossibile riproiettare il livello «%2» in EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: impossibile riproiettare la regione %2 in EPSG:3035</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: layer &apos;%2&apos; has no regions of NUTS level %3 in column %4</source>
        <translation>%1: il livello «%2» non ha regioni del livello NUTS %3 nella colonna %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: layer &apos;%2&apos; has no features with a code in column %3</source>
        <translation>%1: il livello «%2» non ha elementi con un codice nella colonna %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: layer &apos;%2&apos; has no polygons (its %n feature(s) have points, lines or empty geometries); boundaries need polygons</source>
        <translation>
            <numerusform>%1: il livello «%2» non ha poligoni (il suo %n elemento ha punti, linee o geometria vuota); i confini richiedono poligoni</numerusform>
            <numerusform>%1: il livello «%2» non ha poligoni (i suoi %n elementi hanno punti, linee o geometrie vuote); i confini richiedono poligoni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+46"/>
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
        <location line="+2"/>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other countries</source>
        <translation>Altri paesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same country</source>
        <translation>Stesso paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where partners may be</source>
        <translation>Dove possono trovarsi i partner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any distance</source>
        <translation>Qualsiasi distanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners within this distance (between region centres)</source>
        <translation>Solo partner entro questa distanza (tra i centri delle regioni)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions partners are sought among: the selected region&apos;s level or another level of the data</source>
        <translation>Le regioni tra cui cercare i partner: il livello della regione selezionata o un altro livello dei dati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners at:</source>
        <translation>Livello dei partner:</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole profile</source>
        <translation>Profilo completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>countries</source>
        <translation>paesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1 regions</source>
        <translation>regioni NUTS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region selected.</source>
        <translation>Nessuna regione selezionata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 non ha dati al livello NUTS %2 nel %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data has no %1 in %2.</source>
        <translation>I dati non contengono %1 nel %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 non è una categoria di cluster; scegliere un cluster o usare il profilo completo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Nessun cluster in cui entrambe abbiano LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both specialised in: %1</source>
        <translation>Entrambe specializzate in: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.</source>
        <translation>
            <numerusform>Punteggio 0–1: quanto si somigliano i due mix di specializzazioni (coseno dei profili di LQ su %n cluster); 1 = lo stesso mix.</numerusform>
            <numerusform>Punteggio 0–1: quanto si somigliano i due mix di specializzazioni (coseno dei profili di LQ su %n cluster); 1 = lo stesso mix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score −1 to 1: correlation of the LQ profiles over %n cluster(s); 1 = the same mix, 0 = unrelated.</source>
        <translation>
            <numerusform>Punteggio da −1 a 1: correlazione dei profili di LQ su %n cluster; 1 = lo stesso mix, 0 = nessuna relazione.</numerusform>
            <numerusform>Punteggio da −1 a 1: correlazione dei profili di LQ su %n cluster; 1 = lo stesso mix, 0 = nessuna relazione.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), weighted by how related %3 is to it.</source>
        <translation>Punteggio 0–1: quanto il partner è specializzato in %1 (LQ limitato a %2), ponderato per quanto %3 vi è correlata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score 0–1: the share of what %1 could gain that the partner has — its strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; 1 = strong in all of them.</source>
        <translation>Punteggio 0–1: la quota di ciò che %1 potrebbe guadagnare che il partner possiede — i suoi punti di forza (LQ ≥ 1, limitato a %2) nei cluster in cui %1 è debole ma correlata; 1 = forte in tutti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners among the %1 (%2&apos;s own numbers from NUTS %3); regions that contain %2 or lie in it are left out.</source>
        <translation>Partner tra %1 (dati propri di %2 dal livello NUTS %3); sono escluse le regioni che contengono %2 o che vi sono contenute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtered: %1%2.</source>
        <translation>Filtrato: %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other countries than %1</source>
        <translation>paesi diversi da %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all countries</source>
        <translation>tutti i paesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within %1 km</source>
        <translation>, entro %1 km</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Solo regioni con LQ ≥ 1 in %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 è già specializzata in esso (LQ %2).</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+1"/>
        <source>Strengths it brings</source>
        <translation>Punti di forza che porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared strengths</source>
        <translation>Punti di forza comuni</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1: no partners</source>
        <translation>impossibile scrivere %1: nessun partner</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>cs::ProjectFile</name>
    <message>
        <location filename="../app/ProjectFile.cpp" line="+51"/>
        <source>not a ClusterScope project: no &quot;%1&quot; key</source>
        <translation>non è un progetto ClusterScope: manca la chiave &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a version number</source>
        <translation>%1: atteso un numero di versione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer ClusterScope (version %2; this one reads %3)</source>
        <translation>%1: creato da un ClusterScope più recente (versione %2; questo legge la %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>%1: atteso [xmin, ymin, xmax, ymax] in metri EPSG:3035 con xmin &lt; xmax e ymin &lt; ymax</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected a list of NUTS codes</source>
        <translation>%1: attesa una lista di codici NUTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2]: expected a NUTS code</source>
        <translation>%1[%2]: atteso un codice NUTS</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: damaged project file (%2 at offset %3 of %4 bytes)</source>
        <translation>%1: file di progetto danneggiato (%2 alla posizione %3 di %4 byte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a ClusterScope project: expected a JSON object</source>
        <translation>%1: non è un progetto ClusterScope: atteso un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>cs::QgisProject</name>
    <message>
        <location filename="../maps/QgisProject.cpp" line="+88"/>
        <source>© EuroGeographics for the administrative boundaries</source>
        <translation>© EuroGeographics per i confini amministrativi</translation>
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
        <translation>&amp;Cancella elenco</translation>
    </message>
</context>
<context>
    <name>cs::Recipe</name>
    <message>
        <location filename="../app/Recipe.cpp" line="-296"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>un testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown key; valid keys: %1</source>
        <translation>chiave sconosciuta; chiavi valide: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text, got %1</source>
        <translation>atteso un testo, ricevuto: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number, got %1</source>
        <translation>atteso un numero, ricevuto: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got %1</source>
        <translation>atteso true o false, ricevuto: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>atteso un numero intero, ricevuto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation>%1 è fuori intervallo; valori validi: da %2 a %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of numbers, got %1</source>
        <translation>attesa una lista di numeri, ricevuto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of numbers, found %1</source>
        <translation>attesa una lista di numeri, trovato: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;; valid values: %2</source>
        <translation>valore sconosciuto «%1»; valori validi: %2</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>la versione %1 è più recente di quella che questo programma legge (1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth</source>
        <translation>indicatore sconosciuto «%1»; indicatori validi: lq, share, focus, employment, stars, growth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>tavolozza sconosciuta «%1»; tavolozze valide: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected at least two strictly ascending numbers</source>
        <translation>attesi almeno due numeri strettamente crescenti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid size &apos;%1&apos;; expected &quot;WIDTHxHEIGHT&quot;, e.g. &quot;1920x1080&quot;</source>
        <translation>dimensione «%1» non valida; atteso &quot;WIDTHxHEIGHT&quot;, ad es. &quot;1920x1080&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range; valid: 36 to 1200</source>
        <translation>%1 è fuori intervallo; valori validi: da 36 a 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; give &quot;format&quot; (%1) or an output file ending in one of them</source>
        <translation>mancante; indicare &quot;format&quot; (%1) o un file di output che termini con uno di essi</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message>
        <location filename="../widgets/RegionProfile.cpp" line="+247"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+673"/>
        <source>Employment</source>
        <translation>Occupazione</translation>
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
        <translation>Focalizzazione</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>No region selected</source>
        <translation>Nessuna regione selezionata</translation>
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
        <translation>%1: nessun dato al livello NUTS %2 nel %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — portafoglio di cluster, NUTS %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
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
        <location line="+88"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 in %3, %4</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>confidential</source>
        <translation>riservato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too unreliable to publish</source>
        <translation>troppo inaffidabile per essere pubblicato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>non applicabile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged “%1”</source>
        <translation>con flag «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>non disponibile</translation>
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
            <numerusform>%n stella, LQ %1</numerusform>
            <numerusform>%n stelle, LQ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growth</source>
        <translation>Crescita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative
wage</source>
        <translation>Salario
relativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons employed in the category (e_rc)</source>
        <translation>Persone occupate nella categoria (e_rc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient: (e_rc / e_r) / (E_c / E)</source>
        <translation>Quoziente di localizzazione: (e_rc / e_r) / (E_c / E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster stars (size, specialisation, focus). The table is sorted by strength: stars, then location quotient, strongest first.</source>
        <translation>Stelle di cluster (dimensione, specializzazione, focalizzazione). La tabella è ordinata per forza: stelle, poi quoziente di localizzazione, dal più forte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment growth since %1, % per year</source>
        <translation>Crescita dell&apos;occupazione dal %1, % annuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth, % per year: needs an earlier year in the data</source>
        <translation>Crescita dell&apos;occupazione, % annuo: richiede un anno precedente nei dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the category&apos;s employment in all regions (e_rc / E_c)</source>
        <translation>Quota dell&apos;occupazione della categoria in tutte le regioni (e_rc / E_c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the region&apos;s employment in the category (e_rc / e_r)</source>
        <translation>Quota dell&apos;occupazione della regione nella categoria (e_rc / e_r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage in the category relative to the reference area</source>
        <translation>Salario nella categoria rispetto all&apos;area di riferimento</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sorted by strength (stars, then location quotient); click a column header to sort by it.</source>
        <translation>Ordinato per forza (stelle, poi quoziente di localizzazione); fare clic sull&apos;intestazione di una colonna per ordinare in base a essa.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Show the cells</source>
        <translation>Mostra le celle</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation>Motivo dell&apos;esclusione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the cells</source>
        <translation>Nascondi le celle</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Score in detail</source>
        <translation>Punteggio in dettaglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Top clusters</source>
        <translation>Cluster principali</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Over time</source>
        <translation>Nel tempo</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Top categories</source>
        <translation>Categorie principali</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a region with data to see its strongest clusters.</source>
        <translation>Selezionare una regione con dati per vederne i cluster più forti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of %1 has a location quotient in %2: the cells behind them are missing or confidential.</source>
        <translation>Nessun cluster di %1 ha un quoziente di localizzazione nel %2: le celle su cui si basano mancano o sono riservate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category of %1 has a location quotient in %2.</source>
        <translation>Nessuna categoria di %1 ha un quoziente di localizzazione nel %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top %n categories by location quotient</source>
        <translation>
            <numerusform>Prima %n categoria per quoziente di localizzazione</numerusform>
            <numerusform>Prime %n categorie per quoziente di localizzazione</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These data have no clusters (clusters are built from NACE divisions, the data hold broader sectors): the chart ranks their sectors.</source>
        <translation>Questi dati non hanno cluster (i cluster sono costruiti dalle divisioni NACE, i dati contengono settori più ampi): il grafico classifica i loro settori.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>employment of the region in the category</source>
        <translation>occupazione della regione nella categoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment of the region (its published total)</source>
        <translation>occupazione della regione (il suo totale pubblicato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region (sum of the industries it reports)</source>
        <translation>occupazione della regione (somma dei settori riportati per essa)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the region&apos;s total as the data publishes it</source>
        <translation>totale della regione come pubblicato nei dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of that total in the industries reported</source>
        <translation>quota di tale totale nei settori riportati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppressed cells hide %1 of this region&apos;s published total: its focus and location quotients rest on an incomplete total (File ▸ Region totals ▸ Published uses the published one).</source>
        <translation>Le celle oscurate nascondono il %1 del totale pubblicato di questa regione: la sua focalizzazione e i suoi quozienti di localizzazione si basano su un totale incompleto (File ▸ Totali regionali ▸ Pubblicati usa il totale pubblicato).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula:</source>
        <translation>Formula:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Nessun LQ: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+0"/>
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
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation>non calcolato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Size and focus stars go to the top 10 % of the %1 reference regions with a value in this category: the %2 largest values set the cut-off, every region tied with it earns the star too, and a value of 0 never does. Regions outside the reference area are rated against its cut-offs; a missing value earns no star.</source>
        <translation>Le stelle di dimensione e di focalizzazione vanno al primo 10 % delle %1 regioni di riferimento con un valore in questa categoria: i %2 valori più alti fissano la soglia, ogni regione a pari merito con essa ottiene anch&apos;essa la stella e un valore pari a 0 non la ottiene mai. Le regioni esterne all&apos;area di riferimento sono valutate rispetto alle sue soglie; un valore mancante non ottiene alcuna stella.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cell was left out of the sums behind this location quotient.</source>
        <translation>Nessuna cella è stata esclusa dalle somme alla base di questo quoziente di localizzazione.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>%1 cella è esclusa dalle somme alla base di questo quoziente di localizzazione (%2 dei settori propri di %3, %4 di %5 in altre regioni): %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>
            <numerusform>%1 cella è esclusa dalle somme alla base di questo quoziente di localizzazione (%2 dei settori propri di %3, %4 di %5 in altre regioni): %6.</numerusform>
            <numerusform>%1 celle sono escluse dalle somme alla base di questo quoziente di localizzazione (%2 dei settori propri di %3, %4 di %5 in altre regioni): %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a category to see its employment over the years.</source>
        <translation>Selezionare una categoria per vederne l&apos;occupazione nel corso degli anni.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data hold no year.</source>
        <translation>I dati non contengono alcun anno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data hold one year (%1), so there is no series to draw. Data with several years (File ▸ Embedded data, the LFS extract) show employment over time here.</source>
        <translation>I dati contengono un solo anno (%1), quindi non c&apos;è alcuna serie da tracciare. I dati con più anni (File ▸ Dati incorporati, l&apos;estratto RFL) mostrano qui l&apos;occupazione nel tempo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No employment is published for %1 in %2 in any year of the data.</source>
        <translation>Nessuna occupazione è pubblicata per %1 in %2 in alcun anno dei dati.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 years have a published value; the others are missing or confidential.</source>
        <translation>%1 anni su %2 hanno un valore pubblicato; gli altri mancano o sono riservati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2, every year published.</source>
        <translation>Dal %1 al %2, tutti gli anni pubblicati.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Employment in %1</source>
        <translation>Occupazione in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons employed</source>
        <translation>Persone occupate</translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <location filename="../maps/SaveFile.cpp" line="+20"/>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation>è una FIFO (named pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation>è un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation>è un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>non è un file regolare</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+99"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+28"/>
        <source>the file is not open</source>
        <translation>il file non è aperto</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>sono stati scritti solo %1 di %2 byte</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot write %1: it is the input %2; writing it would destroy it, choose another output</source>
        <translation>impossibile scrivere %1: è l&apos;input %2; scriverlo lo distruggerebbe, scegliere un altro output</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: it is outside the folder %2</source>
        <translation>impossibile scrivere %1: si trova fuori dalla cartella %2</translation>
    </message>
</context>
<context>
    <name>cs::SbsIndicators</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+26"/>
        <source>wages and salaries (%1), million euro</source>
        <translation>salari e stipendi (%1), milioni di euro</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n wage cell(s) have no persons-employed cell of the same region, industry and year; left out</source>
        <translation>
            <numerusform>%n cella di salari non ha una cella di persone occupate della stessa regione, settore e anno; esclusa</numerusform>
            <numerusform>%n celle di salari non hanno una cella di persone occupate della stessa regione, settore e anno; escluse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>indicator V12150 (value added at factor cost) is in the file but not read: %n cell(s) set aside</source>
        <translation>
            <numerusform>l&apos;indicatore V12150 (valore aggiunto al costo dei fattori) è nel file ma non viene letto: %n cella messa da parte</numerusform>
            <numerusform>l&apos;indicatore V12150 (valore aggiunto al costo dei fattori) è nel file ma non viene letto: %n celle messe da parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>indicator %1 is neither persons employed nor wages and salaries: %n cell(s) set aside</source>
        <translation>
            <numerusform>l&apos;indicatore %1 non è né persone occupate né salari e stipendi: %n cella messa da parte</numerusform>
            <numerusform>l&apos;indicatore %1 non è né persone occupate né salari e stipendi: %n celle messe da parte</numerusform>
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
        <translation>Salari: %1.</translation>
    </message>
</context>
<context>
    <name>cs::ScoreExport</name>
    <message>
        <location filename="../maps/ScoreExport.cpp" line="+29"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot write to standard output: %1</source>
        <translation>impossibile scrivere sullo standard output: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>una cartella di lavoro richiede un nome di file: -o FILE.xlsx</translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+142"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation>il file è XML o HTML, non SDMX-CSV (una pagina di errore o un avviso di richiesta in coda?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation>il file è JSON, non SDMX-CSV; aprirlo come JSON-stat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>column %1 of the header has no name</source>
        <translation>la colonna %1 dell&apos;intestazione non ha nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>la colonna «%1» compare due volte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation>non è SDMX-CSV: l&apos;intestazione richiede le colonne TIME_PERIOD e OBS_VALUE; contiene: %1</translation>
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
        <location line="+99"/>
        <source>region %1, industry %2, %3</source>
        <translation>regione %1, settore %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>«%1» non è un numero (%2); trattato come mancante</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation>TIME_PERIOD «%1» non è un anno (regione %2, settore %3); si leggono solo dati annuali; riga saltata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1, industry %2</source>
        <translation>regione %1, settore %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation>osservazione duplicata per la regione %1, settore %2, %3; saltata</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation>«%1» non è un flag Eurostat (regione %2, settore %3, %4); ignorato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation>«%1» non è uno stato di riservatezza (regione %2, settore %3, %4); ignorato</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation>un campo tra virgolette non è chiuso prima della fine del file (download troncato?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensione «%1» ha più valori (%2); sceglierne uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>nessuna riga di dati corrisponde</translation>
    </message>
</context>
<context>
    <name>cs::TableImport</name>
    <message>
        <location filename="../maps/TableImport.cpp" line="+45"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation>Fonte: %1. © EuroGeographics per i confini amministrativi.</translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+558"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation>mappatura delle colonne non valida «%1»; atteso ROLE=COLUMN con i ruoli %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation>la mappatura delle colonne richiede %1=COLUMN</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+59"/>
        <source>a table</source>
        <translation>una tabella</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV table</source>
        <translation>una tabella CSV</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation>nessuna colonna «%1» per %2; l&apos;intestazione contiene: %3</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot open as a workbook: %1</source>
        <translation>impossibile aprire come cartella di lavoro: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an XLSX or ODS file GDAL can read</source>
        <translation>non è un file XLSX o ODS leggibile da GDAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook has no sheet</source>
        <translation>la cartella di lavoro non ha alcun foglio</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>wages (column %1, in the unit of the file)</source>
        <translation>salari (colonna %1, nell&apos;unità del file)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation>«%1» non è un anno; riga saltata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>region %1, industry %2, %3</source>
        <translation>regione %1, settore %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation>riga duplicata per la regione %1, settore %2, %3; saltata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>«%1» non è un numero (%2); trattato come mancante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>«%1» non è un flag Eurostat; ignorato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wages &apos;%1&apos; are not a number (%2); treated as missing</source>
        <translation>i salari «%1» non sono un numero (%2); trattati come mancanti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows</source>
        <translation>nessuna riga di dati</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell which column holds the %1; the header has: %2. Name the columns (--map-columns region=…,industry=…,year=…,value=…)</source>
        <translation>impossibile determinare la colonna per: %1; l&apos;intestazione contiene: %2. Indicare le colonne (--map-columns region=…,industry=…,year=…,value=…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columns guessed as %1</source>
        <translation>colonne dedotte: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>region (NUTS code)</source>
        <translation>regione (codice NUTS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industry (NACE code)</source>
        <translation>settore (codice NACE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag (optional)</source>
        <translation>flag (facoltativo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wages (optional)</source>
        <translation>salari (facoltativo)</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>columns guessed as region=%1,industry=%2</source>
        <translation>colonne dedotte: region=%1,industry=%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is probably Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation>il byte 0x%1 non è UTF-8 (in «%2» letto come Latin-1); il file è probabilmente in Latin-1 o Windows-1252: salvarlo come UTF-8</translation>
    </message>
</context>
<context>
    <name>cs::ValueValidator</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="-303"/>
        <source>the file is larger than %1 MiB; not read</source>
        <translation>il file supera %1 MiB; non letto</translation>
    </message>
    <message>
        <location filename="../maps/TableReader.cpp" line="-590"/>
        <location filename="../maps/ValueValidator.cpp" line="+66"/>
        <source>more than %1 data lines; the file is not read</source>
        <translation>più di %1 righe di dati; il file non viene letto</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.cpp" line="-25"/>
        <source>the file has %1 MiB, more than the %2 MiB read</source>
        <translation>il file ha %1 MiB, più dei %2 MiB letti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lines end with CR only (classic Mac OS); save the file with LF or CR LF line ends</source>
        <translation>le righe terminano solo con CR (Mac OS classico); salvare il file con terminatori di riga LF o CR LF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the line is longer than %1 MiB; the file is not read (is it a table?)</source>
        <translation>la riga supera %1 MiB; il file non viene letto (è una tabella?)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the workbook&apos;s XML unpacks to more than %1 MiB (part &apos;%2&apos;: %3 MiB); not read</source>
        <translation>l&apos;XML della cartella di lavoro supera %1 MiB una volta decompresso (parte «%2»: %3 MiB); non letto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part &apos;%1&apos; of the workbook unpacks to %2 times its packed size (at most %3); a damaged file or a zip bomb; not read</source>
        <translation>la parte «%1» della cartella di lavoro decompressa è %2 volte la sua dimensione compressa (al massimo %3); file danneggiato o zip bomb; non letto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has %1 columns, more than the %2 read</source>
        <translation>l&apos;intestazione ha %1 colonne, più delle %2 lette</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &apos;%1&apos; appears twice (columns %2 and %3); rename one</source>
        <translation>la colonna «%1» compare due volte (colonne %2 e %3); rinominarne una</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>attese %1 celle, trovate %2; riga saltata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year %1 is implausible (expected %2 to %3%4); skipped</source>
        <translation>l&apos;anno %1 non è plausibile (atteso da %2 a %3%4); saltato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a finite number (%2); treated as missing</source>
        <translation>«%1» non è un numero finito (%2); trattato come mancante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative value &apos;%1&apos; (%2); treated as missing</source>
        <translation>valore negativo «%1» (%2); trattato come mancante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large: above %2 after scaling (%3); treated as missing</source>
        <translation>«%1» è troppo grande: supera %2 dopo la scalatura (%3); trattato come mancante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no usable value: all %1 cells are empty, missing or invalid</source>
        <translation>nessun valore utilizzabile: tutte le %1 celle sono vuote, mancanti o non valide</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.h" line="+101"/>
        <source>&apos;%1&apos; has a comma: decimal commas and thousands separators are not read; write digits with a decimal point (%2); treated as missing</source>
        <translation>«%1» contiene una virgola: le virgole decimali e i separatori delle migliaia non vengono letti; scrivere le cifre con il punto decimale (%2); trattato come mancante</translation>
    </message>
</context>
<context>
    <name>cs::ViewController</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+57"/>
        <source>Loading NUTS %1 boundaries…</source>
        <translation>Caricamento dei confini NUTS %1…</translation>
    </message>
</context>
<context>
    <name>cs::XlsxExport</name>
    <message>
        <location filename="../maps/XlsxExport.cpp" line="+21"/>
        <source>%1: this GDAL has no XLSX driver</source>
        <translation>%1: questa versione di GDAL non ha il driver XLSX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: no temporary directory (%2)</source>
        <translation>impossibile scrivere %1: nessuna directory temporanea (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the workbook could not be built (%2)</source>
        <translation>impossibile scrivere %1: non è stato possibile creare la cartella di lavoro (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+86"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; data packs: clusterscope packs</source>
        <translation>Mappa la forza dei cluster economici nelle regioni d&apos;Europa.
Esportazione senza interfaccia: clusterscope export --help; molte figure: clusterscope batch SPEC.json; pacchetti di dati: clusterscope packs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project (NAME.clusterscope.json) or a statistics file to open.</source>
        <translation>Un progetto (NAME.clusterscope.json) o un file statistico da aprire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Disegna la finestra principale in FILE.png ed esci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1600x1000.</source>
        <translation>Dimensione della finestra in pixel, ad es. 1600x1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: en, de, fr, es, it or pl (default: the system&apos;s).</source>
        <translation>Lingua: en, de, fr, es, it o pl (predefinita: quella del sistema).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select regions by NUTS code (comma-separated).</source>
        <translation>Seleziona le regioni per codice NUTS (separati da virgole).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a panel: profile, peers or compare.</source>
        <translation>Mostra un pannello: profile, peers o compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 See clusterscope --help.</source>
        <translation>%1 Vedere clusterscope --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command or file &apos;%1&apos;; valid commands: export, batch, packs, or a project or statistics file to open</source>
        <translation>comando o file sconosciuto «%1»; comandi validi: export, batch, packs, oppure un progetto o un file statistico da aprire</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot show panel &apos;%1&apos;; valid panels: profile, peers, compare (compare needs 2-%2 regions in --select)</source>
        <translation>impossibile mostrare il pannello «%1»; pannelli validi: profile, peers, compare (compare richiede 2-%2 regioni in --select)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--window-size richiede LARGHEZZAxALTEZZA, ad es. 1600x1000</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no usable data</source>
        <translation>%1: nessun dato utilizzabile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown region &apos;%1&apos; at NUTS level %2</source>
        <translation>regione sconosciuta «%1» al livello NUTS %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
</context>
</TS>
