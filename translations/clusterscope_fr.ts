<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cs::Basemap</name>
    <message>
        <location filename="../maps/Basemap.cpp" line="+78"/>
        <source>%1: no background countries (%2); run scripts/setup.sh</source>
        <translation>%1 : aucun pays d&apos;arrière-plan (%2) ; lancez scripts/setup.sh</translation>
    </message>
</context>
<context>
    <name>cs::Batch</name>
    <message>
        <location filename="../app/Batch.cpp" line="+105"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation>%1 : JSON non valide : %2 à la position %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a recipe object</source>
        <translation>%1 : objet recette attendu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unknown key; a batch with &quot;figures&quot; has only &quot;defaults&quot; and &quot;figures&quot;</source>
        <translation>%1 : clé inconnue ; un lot avec &quot;figures&quot; ne contient que &quot;defaults&quot; et &quot;figures&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defaults: expected an object of recipe keys</source>
        <translation>defaults : objet de clés de recette attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>figures: expected a list of recipe objects</source>
        <translation>figures : liste d&apos;objets recette attendue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no figures in the batch</source>
        <translation>aucune figure dans le lot</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing; every figure needs an output file</source>
        <translation>%1 : manquant ; chaque figure a besoin d&apos;un fichier de sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a batch writes files; &apos;-&apos; (standard output) is not allowed</source>
        <translation>%1 : un lot écrit des fichiers ; « - » (sortie standard) n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is also the output of %3</source>
        <translation>%1 : « %2 » est aussi la sortie de %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write %2: %3 is a file, not a folder</source>
        <translation>%1 : impossible d&apos;écrire %2 : %3 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation>%1 : impossible d&apos;écrire %2 : le dossier %3 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write %2: the folder %3 is not writable (%4)</source>
        <translation>%1 : impossible d&apos;écrire %2 : le dossier %3 n&apos;est pas accessible en écriture (%4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (the output &apos;%3&apos; of the batch file); pass --allow-outside to write outside the batch file&apos;s folder</source>
        <translation>%1 : %2 (la sortie « %3 » du fichier de lot) ; utilisez --allow-outside pour écrire hors du dossier du fichier de lot</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>no figure written</source>
        <translation>aucune figure écrite</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of %1 figures failed: %2</source>
        <translation>
            <numerusform>Échec de %n figure sur %1 : %2</numerusform>
            <numerusform>Échec de %n figures sur %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makes many figures from one JSON file: a recipe, a list of recipes, or {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative paths are relative to SPEC.</source>
        <translation>Crée de nombreuses figures à partir d&apos;un seul fichier JSON : une recette, une liste de recettes ou {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Les chemins relatifs le sont par rapport à SPEC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch file (JSON).</source>
        <translation>Le fichier de lot (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow outputs outside the batch file&apos;s folder (&quot;../x.png&quot;, absolute paths); without it such a batch is refused.</source>
        <translation>Autoriser les sorties hors du dossier du fichier de lot (« ../x.png », chemins absolus) ; sans cette option, un tel lot est refusé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; see clusterscope batch --help</source>
        <translation> ; voir clusterscope batch --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one batch file: clusterscope batch SPEC.json</source>
        <translation>un seul fichier de lot attendu : clusterscope batch SPEC.json</translation>
    </message>
</context>
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+274"/>
        <source>Manual classes need at least two limits.</source>
        <translation>Les classes manuelles nécessitent au moins deux limites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limit %1 is not a finite number.</source>
        <translation>La limite manuelle %1 n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limits must ascend: %1 follows %2.</source>
        <translation>Les limites manuelles doivent être croissantes : %1 suit %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log-symmetric classes need a positive centre and a span above 1.</source>
        <translation>Les classes log-symétriques nécessitent un centre positif et une amplitude supérieure à 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre of diverging classes must be a finite number.</source>
        <translation>Le centre des classes divergentes doit être un nombre fini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diverging classes need at least two classes.</source>
        <translation>Les classes divergentes nécessitent au moins deux classes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard deviation step must be a positive number.</source>
        <translation>Le pas d&apos;écart type doit être un nombre positif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one class is needed.</source>
        <translation>Au moins une classe est nécessaire.</translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ClusterData</name>
    <message>
        <location filename="../maps/ClusterData.cpp" line="+113"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat EFT : emploi par section de la NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SSE : personnes occupées et salaires par division NACE, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SSE : personnes occupées par division de la NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics pour les limites administratives.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Source : Eurostat (lfst_r_lfe2en2, emploi 15 ans et plus, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, 2008–2015). %1</source>
        <translation>Source : Eurostat (sbs_r_nuts06_r2, personnes occupées et salaires et traitements, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Source : Eurostat (sbs_r_nuts06_r2, personnes occupées, 2015). %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Industry (except construction)</source>
        <translation>Industrie (sauf construction)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade, transport, accommodation and food service activities</source>
        <translation>Commerce de gros et de détail, transports, hébergement et restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, scientific, technical, administrative and support service activities</source>
        <translation>Activités spécialisées, scientifiques et techniques; activités de services administratifs et de soutien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public administration, defence, education, human health and social work activities</source>
        <translation>Administration publique, défense, enseignement, santé humaine et action sociale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arts, entertainment and recreation; other service activities; households; extra-territorial</source>
        <translation>Arts, spectacles et activités récréatives; autres activités de services; ménages; activités extraterritoriales</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a category mapping (CSV)</source>
        <translation>une correspondance de catégories (CSV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column &apos;%1&apos;; a category mapping has the columns %2 (as resources/categories/nace_to_cluster.csv)</source>
        <translation>aucune colonne « %1 » ; une correspondance de catégories a les colonnes %2 (comme resources/categories/nace_to_cluster.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 cellules attendues, %2 trouvées ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a NACE division in the form of the SBS tables (e.g. C28); line skipped</source>
        <translation>« %1 » n&apos;est pas une division de la NACE sous la forme des tableaux SSE (p. ex. C28) ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty category_code; line skipped</source>
        <translation>category_code vide ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight &apos;%1&apos; is not a number between 0 and 1; line skipped</source>
        <translation>le poids « %1 » n&apos;est pas un nombre entre 0 et 1 ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second row for %1 → %2; line skipped</source>
        <translation>deuxième ligne pour %1 → %2 ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no usable row of level &quot;division&quot;; the mapping is unchanged</source>
        <translation>aucune ligne exploitable de niveau &quot;division&quot; ; la correspondance reste inchangée</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Persons employed</source>
        <translation>Personnes occupées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of reference employment</source>
        <translation>Part de l&apos;emploi de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of regional employment (focus)</source>
        <translation>Part de l&apos;emploi régional (focalisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient</source>
        <translation>Quotient de localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster stars (size, specialisation, focus)</source>
        <translation>Étoiles de cluster (taille, spécialisation, focalisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth (% per year)</source>
        <translation>Croissance de l&apos;emploi (% par an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative wage (productivity)</source>
        <translation>Salaire relatif (productivité)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>all in the data</source>
        <translation>toutes celles des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: %1 NUTS %2 regions with data (%3)</source>
        <translation>Zone de référence : %1 régions de niveau NUTS %2 avec des données (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region totals as published where available</source>
        <translation>totaux régionaux tels que publiés, lorsqu&apos;ils sont disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region totals summed over the industries reported</source>
        <translation>totaux régionaux calculés comme somme des secteurs renseignés</translation>
    </message>
</context>
<context>
    <name>cs::ColumnMappingDialog</name>
    <message>
        <location filename="../widgets/ColumnMappingDialog.cpp" line="+20"/>
        <source>Import statistics — columns</source>
        <translation>Importer des statistiques — colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which column of &lt;b&gt;%1&lt;/b&gt; holds what? One row per region, industry and year (a long table). The guess is preset; check it against the first rows below.</source>
        <translation>Quelle colonne de &lt;b&gt;%1&lt;/b&gt; contient quoi ? Une ligne par région, secteur et année (un tableau long). La supposition est présélectionnée ; vérifiez-la avec les premières lignes ci-dessous.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wages and salaries of each region, industry and year, in any one unit: the relative wage (productivity) divides them by the persons employed.</source>
        <translation>Salaires et traitements de chaque région, secteur et année, dans une seule unité quelconque : le salaire relatif (productivité) les divise par les personnes occupées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detect from the codes</source>
        <translation>Détecter d&apos;après les codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS version:</source>
        <translation>Version NUTS :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousand persons (× 1000)</source>
        <translation>Milliers de personnes (× 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values are in:</source>
        <translation>Valeurs en :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the column of the %1.</source>
        <translation>Choisissez la colonne : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” is chosen for both %2 and %3.</source>
        <translation>La colonne « %1 » est choisie à la fois pour %2 et pour %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows with problems are skipped and listed after loading.</source>
        <translation>Les lignes posant problème sont ignorées et listées après le chargement.</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+54"/>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size « %1 » non valide ; attendu WIDTHxHEIGHT, p. ex. 1920x1080</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &apos;%1&apos;; valid pages: A4, A3, Letter</source>
        <translation>format de page inconnu « %1 » ; formats valides : A4, A3, Letter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --dpi &apos;%1&apos;; valid: 36 to 1200</source>
        <translation>--dpi « %1 » non valide ; valeurs valides : 36 à 1200</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --margins &apos;%1&apos;; valid: 0 to 50 (mm)</source>
        <translation>--margins « %1 » non valide ; valeurs valides : 0 à 50 (mm)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NUTS level (0-3).</source>
        <translation>Niveau NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Catégorie : une division de la NACE (C28), une section (C) ou un code de cluster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the data.</source>
        <translation>Année des données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How values are drawn: choropleth (filled regions) or circles (proportional circles over a neutral base; the default for employment).</source>
        <translation>Mode de représentation des valeurs : choropleth (régions remplies) ou circles (cercles proportionnels sur un fond neutre ; par défaut pour l&apos;emploi).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Nombre de classes (2-9, 5 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Limites de classes manuelles, p. ex. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region labels: none, codes or names (placed without overlaps).</source>
        <translation>Étiquettes des régions : none, codes ou names (placées sans chevauchement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star symbols on regions with at least N cluster stars (1-3; 0 = none).</source>
        <translation>Symboles d&apos;étoiles sur les régions ayant au moins N étoiles de cluster (1-3 ; 0 = aucun).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Jeu de données intégré : %1 (sbs par défaut).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64.</source>
        <translation>Fixer des dimensions supplémentaires de --data, p. ex. unit=THS,age=Y15-64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply the values of --data (1000 for THS).</source>
        <translation>Multiplier les valeurs de --data (1000 pour THS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference area of shares, LQ and stars: all (the level&apos;s regions in the data, default), EU27_2020 or a country code.</source>
        <translation>Zone de référence des parts, du LQ et des étoiles : all (les régions du niveau présentes dans les données, par défaut), EU27_2020 ou un code de pays.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region total e_r of focus, LQ and stars: sum (of the industries a region reports, default) or published (the data&apos;s own total where it has one).</source>
        <translation>Total régional e_r de la focalisation, du LQ et des étoiles : sum (somme des secteurs renseignés pour une région, par défaut) ou published (le total publié dans les données, lorsqu&apos;il existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Version NUTS de --data : 2010, 2013, 2016 ou 2021 (2013 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NACE → cluster mapping in the format of resources/categories/nace_to_cluster.csv; NACE codes of the data it leaves unmapped are reported on stderr.</source>
        <translation>Correspondance NACE → cluster au format de resources/categories/nace_to_cluster.csv ; les codes NACE des données qu&apos;elle laisse sans correspondance sont signalés sur stderr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a usable category mapping</source>
        <translation>%1 : pas une correspondance de catégories exploitable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region total &apos;%1&apos;; valid: sum, published</source>
        <translation>total régional inconnu « %1 » ; valeurs valides : sum, published</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: the data publishes no region totals; --region-total published uses the sums</source>
        <translation>avertissement : les données ne publient aucun total régional ; --region-total published utilise les sommes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown reference area &apos;%1&apos;; valid: %2</source>
        <translation>zone de référence inconnue « %1 » ; valeurs valides : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>jeu de données inconnu « %1 » ; jeux de données valides : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --filter &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>--filter « %1 » non valide ; attendu DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --scale &apos;%1&apos;; expected a positive number</source>
        <translation>--scale « %1 » non valide ; nombre positif attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown NUTS version &apos;%1&apos;; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>version NUTS inconnue « %1 » ; versions valides : 2010, 2013, 2016, 2021</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has no wage measure (it holds persons employed only). Use --dataset sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN</source>
        <translation>%1 n’a pas de mesure des salaires (seulement les personnes occupées). Utilisez --dataset sbs-wages (les SSE 2008–2015 intégrées, avec salaires) ou un fichier avec salaires : une table SSE avec indic_sb V16110 et V13320, ou --map-columns …,wages=COLUMN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown class scope &apos;%1&apos;; valid: all-years, year</source>
        <translation>portée des classes inconnue « %1 » ; valeurs valides : all-years, year</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CSV of the partner regions of NUTS_ID at its level and --year, best first by cosine similarity of the cluster LQ profiles. Columns: rank, nuts_id, name, cosine, correlation, complementarity (as the Partner regions panel).</source>
        <translation>CSV des régions partenaires de NUTS_ID à son niveau et pour --year, les meilleures d&apos;abord selon la similarité cosinus des profils de LQ des clusters. Colonnes : rank, nuts_id, name, cosine, correlation, complementarity (comme le panneau « Régions partenaires »).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --format gpkg: also write a QGIS project that opens the GeoPackage (referenced by a relative path) styled as the map.</source>
        <translation>Avec --format gpkg : écrire aussi un projet QGIS qui ouvre le GeoPackage (référencé par un chemin relatif) avec le style de la carte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg</source>
        <translation>--qgs écrit un projet QGIS pour un GeoPackage ; utilisez-le avec --format gpkg</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>--peers %1 is a NUTS %2 region; drop --level %3</source>
        <translation>--peers %1 est une région NUTS %2 ; retirez --level %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --top &apos;%1&apos;; expected a positive number</source>
        <translation>--top « %1 » non valide ; nombre positif attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region &apos;%1&apos;; no data for it in %2</source>
        <translation>région inconnue « %1 » ; aucune donnée pour elle en %2</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>%1: no usable data loaded</source>
        <translation>%1 : aucune donnée exploitable chargée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation>niveau inconnu « %1 » ; niveaux valides pour ces données : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation>année inconnue « %1 » ; années valides : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown category &apos;%1&apos;; valid categories: %2</source>
        <translation>catégorie inconnue « %1 » ; catégories valides : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown classification &apos;%1&apos;; valid classifications: %2</source>
        <translation>classification inconnue « %1 » ; classifications valides : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --classes &apos;%1&apos;; valid: 2 to 9</source>
        <translation>--classes « %1 » non valide ; valeurs valides : 2 à 9</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --breaks &apos;%1&apos;; expected ascending numbers separated by commas</source>
        <translation>--breaks « %1 » non valide ; nombres croissants séparés par des virgules attendus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>palette inconnue « %1 » ; palettes valides : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown labels &apos;%1&apos;; valid: none, codes, names</source>
        <translation>étiquettes inconnues « %1 » ; valeurs valides : none, codes, names</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --star-symbols &apos;%1&apos;; valid: 0 to 3</source>
        <translation>--star-symbols « %1 » non valide ; valeurs valides : 0 à 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation>--breaks non valide : %1</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Writes the scores of one map without a window.</source>
        <translation>Écrit les valeurs d&apos;une carte sans fenêtre.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The export command.</source>
        <translation>La commande export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Format de sortie : csv, xlsx, png, svg, pdf ou gpkg (GeoPackage avec un style QGIS).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>With --peers: at most N partners (default all).</source>
        <translation>Avec --peers : au plus N partenaires (tous par défaut).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, xlsx, png, svg, pdf, gpkg</source>
        <translation>format inconnu « %1 » ; formats valides : csv, xlsx, png, svg, pdf, gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--peers writes CSV only and not with --all; use --format csv</source>
        <translation>--peers n&apos;écrit que du CSV et pas avec --all ; utilisez --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes CSV only; use --format csv</source>
        <translation>--all n&apos;écrit que du CSV ; utilisez --format csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>un classeur a besoin d&apos;un nom de fichier : -o FILE.xlsx</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Fichier de sortie, ou - pour la sortie standard (csv).</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per employee over the category&apos;s average; data with wages only).</source>
        <translation>Indicateur : lq, share, focus, employment, stars, growth ou relative_wage (salaire par personne occupée rapporté à la moyenne de la catégorie ; données avec salaires uniquement).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1 (default: logsym for lq, symmetric for growth, stars for stars, quantile otherwise).</source>
        <translation>Classification : %1 (par défaut : logsym pour lq, symmetric pour growth, stars pour stars, quantile sinon).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class limits from the values of all-years of the data (default; a colour means the same number in every year) or of the shown year.</source>
        <translation>Limites de classes calculées sur les valeurs de toutes les années des données (all-years, par défaut ; une couleur correspond au même nombre chaque année) ou de l&apos;année affichée (year).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for growth, YlOrRd for stars, viridis_r otherwise).</source>
        <translation>Palette de couleurs (p. ex. viridis_r, YlGnBu, PuOr ; par défaut : PuOr_r pour lq, BrBG pour growth, YlOrRd pour stars, viridis_r sinon).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, XLSX or ODS table (columns from --map-columns, else guessed); or a data pack (its folder or pack.json; see clusterscope packs).</source>
        <translation>Fichier de statistiques : TSV Eurostat, SDMX-CSV, JSON-stat, ou un tableau long CSV, XLSX ou ODS (colonnes données par --map-columns, sinon devinées) ; ou un paquet de données (son dossier ou pack.json ; voir clusterscope packs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wages and salaries in the file&apos;s unit, the second measure of the relative wage).</source>
        <translation>Colonnes d&apos;un CSV long : region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages : salaires et traitements dans l&apos;unité du fichier, la seconde mesure du salaire relatif).</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth, relative_wage</source>
        <translation>indicateur inconnu « %1 » ; indicateurs valides : lq, share, focus, employment, stars, growth, relative_wage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded data set &apos;%1&apos;</source>
        <translation>le jeu de données intégré « %1 »</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown symbol &apos;%1&apos;; valid: choropleth, circles</source>
        <translation>symbole inconnu « %1 » ; valeurs valides : choropleth, circles</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Figure size in pixels (default 1920x1080).</source>
        <translation>Taille de la figure en pixels (1920x1080 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size for the figure: A4, A3 or Letter.</source>
        <translation>Format de page de la figure : A4, A3 ou Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape page (default).</source>
        <translation>Page en paysage (par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait page.</source>
        <translation>Page en portrait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution in dots per inch (default 96, 300 for pages).</source>
        <translation>Résolution en points par pouce (96 par défaut, 300 pour les pages).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure title.</source>
        <translation>Titre de la figure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure subtitle.</source>
        <translation>Sous-titre de la figure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page margins in millimetres (default 10).</source>
        <translation>Marges de la page en millimètres (10 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a north arrow on the map.</source>
        <translation>Dessiner une flèche du nord sur la carte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER.</source>
        <translation>Fichier de limites pour les figures, dans n&apos;importe quel format OGR (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) au lieu du cache NUTS ; FILE ou FILE:LAYER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of --boundaries holding the NUTS codes (default: detected).</source>
        <translation>Colonne de --boundaries contenant les codes NUTS (par défaut : détectée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the figure texts: en, de, fr, es, it, pl.</source>
        <translation>Langue des textes de la figure : en, de, fr, es, it, pl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV in long form, every region, category, year and indicator: nuts_id,category,year,indicator,value. Per region and category: employment, share, focus, lq, loglq, symlq, stars, density (relatedness density among clusters); after the first year: growth (CAGR % per year since the first year), growth_abs, growth_pct (change since the first year); in the last year, shift-share since the first year: reference_growth + industry_mix + competitive_effect = growth_abs. Per region, category *: krugman, hhi, eci_eigen, eci_reflections (over the NACE divisions, or the aggregates of data without divisions; ECI has mean 0 and standard deviation 1); coverage (the share of the published region total that the industries reported cover; below 0.95 the region is flagged), where the data publishes totals. Per category, nuts_id empty (over the reference area): hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. Data with wages adds per region and category: wages (in the data&apos;s unit), relative_wage (wage per employee over the category&apos;s average) and productivity_star (1: top 10 % by relative wage).</source>
        <translation>CSV au format long, chaque région, catégorie, année et indicateur : nuts_id,category,year,indicator,value. Par région et catégorie : employment, share, focus, lq, loglq, symlq, stars, density (densité de proximité entre clusters) ; après la première année : growth (taux de croissance annuel moyen en % par an depuis la première année), growth_abs, growth_pct (variation depuis la première année) ; la dernière année, shift-share depuis la première année : reference_growth + industry_mix + competitive_effect = growth_abs. Par région, catégorie * : krugman, hhi, eci_eigen, eci_reflections (sur les divisions de la NACE, ou sur les agrégats pour les données sans divisions ; l&apos;ECI a une moyenne de 0 et un écart type de 1) ; coverage (la part du total régional publié que couvrent les secteurs renseignés ; en dessous de 0,95 la région est signalée), lorsque les données publient des totaux. Par catégorie, nuts_id vide (sur la zone de référence) : hoover, gini (de localisation), hhi_category, pci_eigen, pci_reflections. Les données avec salaires ajoutent par région et catégorie : wages (dans l&apos;unité des données), relative_wage (salaire par personne occupée rapporté à la moyenne de la catégorie) et productivity_star (1 : 10 % les mieux classés selon le salaire relatif).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also write FILE.recipe.json beside the figure: the data, the options and the command that rebuild it (clusterscope batch FILE.recipe.json).</source>
        <translation>Écrire aussi FILE.recipe.json à côté de la figure : les données, les options et la commande qui permettent de la recréer (clusterscope batch FILE.recipe.json).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--qgs %1 is the GeoPackage of -o; the project needs its own file (e.g. NAME.qgs)</source>
        <translation>--qgs %1 est le GeoPackage de -o ; le projet a besoin de son propre fichier (p. ex. NAME.qgs)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>; see clusterscope export --help</source>
        <translation> ; voir clusterscope export --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each (name, dataset, NUTS version, years, retrieved, location), after checking every file&apos;s size and SHA-256. Packs that fail are reported on stderr (exit code 1).</source>
        <translation>Liste les paquets de données : ceux intégrés, ceux de %1 et les dossiers PACK indiqués, une ligne chacun (nom, jeu de données, version NUTS, années, date d&apos;extraction, emplacement), après vérification de la taille et du SHA-256 de chaque fichier. Les paquets en échec sont signalés sur stderr (code de sortie 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packs command.</source>
        <translation>La commande packs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pack folders (or their pack.json) to check and list.</source>
        <translation>Autres dossiers de paquets (ou leur pack.json) à vérifier et à lister.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; see clusterscope packs --help</source>
        <translation> ; voir clusterscope packs --help</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation>-o FILE manquant (utilisez -o - pour la sortie standard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation>un GeoPackage a besoin d&apos;un nom de fichier : -o FILE.gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation>les figures ont besoin d&apos;un nom de fichier : -o FILE.%1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>warning: %1; names left empty</source>
        <translation>avertissement : %1 ; noms laissés vides</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+119"/>
        <source>Clusters only</source>
        <translation>Clusters uniquement</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Each region in its country</source>
        <translation>Chaque région dans son pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each region&apos;s top cluster</source>
        <translation>Premier cluster de chaque région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: the main map&apos;s category, each map framing its region&apos;s country. Top cluster: each map shows the cluster with the most stars (then the highest LQ) of its region, all on one extent.</source>
        <translation>Pays : la catégorie de la carte principale, chaque carte cadrant le pays de sa région. Premier cluster : chaque carte montre le cluster de sa région ayant le plus d&apos;étoiles (puis le LQ le plus élevé), toutes sur la même emprise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Cartes :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category is a shared strength when every compared region has at least this location quotient, or a specialisation or focus star. The default is the LQ of the specialisation star.</source>
        <translation>Une catégorie est une force commune lorsque chaque région comparée a au moins ce quotient de localisation, ou une étoile de spécialisation ou de focalisation. Par défaut, c&apos;est le LQ de l&apos;étoile de spécialisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LQ threshold of shared strengths</source>
        <translation>Seuil de LQ des forces communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared from &amp;LQ</source>
        <translation>Commun à partir du &amp;LQ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncheck to show NACE sections and divisions too</source>
        <translation>Décochez pour afficher aussi les sections et divisions de la NACE</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Indicator of map %1</source>
        <translation>Indicateur de la carte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of map %1</source>
        <translation>Année de la carte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Table</source>
        <translation>Tablea&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bars</source>
        <translation>&amp;Barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;dar</source>
        <translation>&amp;Toile</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no cluster with data</source>
        <translation>aucun cluster avec des données</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no data</source>
        <translation>pas de données</translation>
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
        <translation>Force commune : chaque région a un LQ ≥ %1 ou une étoile de spécialisation ou de focalisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A size star alone (a large region, not a specialised one) does not make a shared strength.</source>
        <translation>Une étoile de taille seule (une grande région, pas une région spécialisée) ne suffit pas à faire une force commune.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared cluster strength(s), in bold.</source>
        <translation>
            <numerusform>%n force de cluster commune, en gras.</numerusform>
            <numerusform>%n forces de cluster communes, en gras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared strength(s), in bold.</source>
        <translation>
            <numerusform>%n force commune, en gras.</numerusform>
            <numerusform>%n forces communes, en gras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialisation</source>
        <translation>spécialisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus</source>
        <translation>focalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: LQ %2; stars: %3</source>
        <translation>%1 : LQ %2 ; étoiles : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose 2 to %1 regions (Ctrl-click on the map) to compare them.</source>
        <translation>Choisissez de 2 à %1 régions (Ctrl-clic sur la carte) pour les comparer.</translation>
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
            <numerusform>Aucune force commune à LQ ≥ %1 ; le plus proche : %n cluster au plus faible LQ le plus élevé</numerusform>
            <numerusform>Aucune force commune à LQ ≥ %1 ; les plus proches : %n clusters au plus faible LQ le plus élevé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>LQ of the %1 strongest of %n shared cluster strengths</source>
        <translation>
            <numerusform>LQ des %1 plus fortes sur %n force de cluster commune</numerusform>
            <numerusform>LQ des %1 plus fortes sur %n forces de cluster communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LQ of the %n shared cluster strength(s)</source>
        <translation>
            <numerusform>LQ de %n force de cluster commune</numerusform>
            <numerusform>LQ des %n forces de cluster communes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LQ = 1 (reference average)</source>
        <translation>LQ = 1 (moyenne de référence)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Top %n cluster(s) by mean LQ, clockwise from the top:</source>
        <translation>
            <numerusform>%n premier cluster par LQ moyen, dans le sens horaire depuis le haut :</numerusform>
            <numerusform>%n premiers clusters par LQ moyen, dans le sens horaire depuis le haut :</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Pas de données pour le niveau NUTS %1 en %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No shared cluster strengths</source>
        <translation>Aucune force de cluster commune</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Trop peu de clusters avec des données pour un radar</translation>
    </message>
</context>
<context>
    <name>cs::DataPack</name>
    <message>
        <location filename="../maps/DataPack.cpp" line="+81"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1 : clé &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing key &quot;%2&quot;</source>
        <translation>%1 : clé &quot;%2&quot; manquante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a non-empty text</source>
        <translation>texte non vide attendu</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : impossible de lire : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3 : JSON non valide : %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object</source>
        <translation>%1 : objet JSON attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a ClusterScope data pack (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un paquet de données ClusterScope (&quot;%2&quot; attendu)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not supported; this ClusterScope reads version %2</source>
        <translation>la version %1 n&apos;est pas prise en charge ; ce ClusterScope lit la version %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date ISO (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected 2010, 2013, 2016 or 2021</source>
        <translation>2010, 2013, 2016 ou 2021 attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>expected a list of years</source>
        <translation>liste d&apos;années attendue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>nombre positif attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of files</source>
        <translation>liste de fichiers attendue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a file name inside the pack</source>
        <translation>« %1 » n&apos;est pas un nom de fichier à l&apos;intérieur du paquet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a size in bytes</source>
        <translation>taille en octets attendue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing (listed in pack.json)</source>
        <translation>%1 : manquant (répertorié dans pack.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read</source>
        <translation>%1 : impossible de lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size differs from pack.json (expected %2 bytes, found %3)</source>
        <translation>%1 : la taille diffère de pack.json (%2 octets attendus, %3 trouvés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: checksum differs from pack.json (expected %2, found %3)</source>
        <translation>%1 : la somme de contrôle diffère de pack.json (%2 attendu, %3 trouvé)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a pack needs at least one data file</source>
        <translation>%1 : un paquet nécessite au moins un fichier de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; cannot be a file of the pack</source>
        <translation>%1 : « %2 » ne peut pas être un fichier du paquet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, retrieved %2. © EuroGeographics for the administrative boundaries.</source>
        <translation>%1, extrait le %2. © EuroGeographics pour les limites administratives.</translation>
    </message>
</context>
<context>
    <name>cs::DataPackDialog</name>
    <message>
        <location filename="../widgets/DataPackDialog.cpp" line="+38"/>
        <source>Data packs</source>
        <translation>Paquets de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated offline copies of the statistics: the packs built in, those downloaded from Eurostat (kept in %1) and those opened before.</source>
        <translation>Copies hors ligne datées des statistiques : les paquets intégrés, ceux téléchargés depuis Eurostat (conservés dans %1) et ceux ouverts auparavant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS</source>
        <translation>NUTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved</source>
        <translation>Extrait le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open other &amp;pack…</source>
        <translation>Ouvrir un autre &amp;paquet…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not usable: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built in (%1)</source>
        <translation>intégré (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2); %3, retrieved %4. Licence: %5.</source>
        <translation>%1 (%2) ; %3, extrait le %4. Licence : %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation>Requête : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open data pack</source>
        <translation>Ouvrir un paquet de données</translation>
    </message>
</context>
<context>
    <name>cs::DataSource</name>
    <message>
        <location filename="../app/Recipe.cpp" line="+296"/>
        <source>expected an object with &quot;dataset&quot; or &quot;file&quot;, got %1</source>
        <translation>objet avec &quot;dataset&quot; ou &quot;file&quot; attendu, reçu : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give either &quot;dataset&quot; or &quot;file&quot;, not both</source>
        <translation>indiquez soit &quot;dataset&quot;, soit &quot;file&quot;, pas les deux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>jeu de données inconnu « %1 » ; jeux de données valides : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>applies only to a data &quot;file&quot;</source>
        <translation>ne s&apos;applique qu&apos;à un fichier de données (&quot;file&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded data sets use NUTS 2013</source>
        <translation>les jeux de données intégrés utilisent NUTS 2013</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>« %1 » non valide ; attendu DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>nombre positif attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>version NUTS inconnue %1 ; versions valides : 2010, 2013, 2016, 2021</translation>
    </message>
</context>
<context>
    <name>cs::DownloadDialog</name>
    <message>
        <location filename="../widgets/DownloadDialog.cpp" line="+24"/>
        <source>Download from Eurostat</source>
        <translation>Télécharger depuis Eurostat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
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
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download &amp;again even when a copy is cached</source>
        <translation>Télécharger à &amp;nouveau même si une copie est en cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1 kB…</source>
        <translation>%1 ko reçus…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download contains no usable data: %1</source>
        <translation>Le téléchargement ne contient aucune donnée exploitable : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Read %Ln value(s) from the cache.</source>
        <translation>
            <numerusform>%Ln valeur lue depuis le cache.</numerusform>
            <numerusform>%Ln valeurs lues depuis le cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Downloaded %Ln value(s).</source>
        <translation>
            <numerusform>%Ln valeur téléchargée.</numerusform>
            <numerusform>%Ln valeurs téléchargées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled; nothing was loaded or cached.</source>
        <translation>Téléchargement annulé ; rien n&apos;a été chargé ni mis en cache.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept as data pack %1.</source>
        <translation>Conservé comme paquet de données %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A copy is in the cache (%1); it is used unless you tick “Download again”.</source>
        <translation>Une copie est en cache (%1) ; elle est utilisée sauf si vous cochez « Télécharger à nouveau ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the cache yet; needs a network connection.</source>
        <translation>Pas encore en cache ; une connexion réseau est nécessaire.</translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+133"/>
        <source>Structural business statistics: persons employed in local units and their wages and salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)</source>
        <translation>Statistiques structurelles sur les entreprises : personnes occupées dans les unités locales et leurs salaires et traitements par NUTS 2 et division NACE (depuis 2021 ; NUTS 2021)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structural business statistics: persons employed and wages and salaries by NUTS 2 and NACE division (2008–2020; NUTS 2016 and earlier)</source>
        <translation>Statistiques structurelles sur les entreprises : personnes occupées et salaires et traitements par NUTS 2 et division NACE (2008–2020 ; NUTS 2016 et antérieures)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour force survey: employment 15–64 by NUTS 2 and NACE section</source>
        <translation>Enquête sur les forces de travail : emploi 15–64 ans par NUTS 2 et section de la NACE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional accounts: employment by NUTS 3 and NACE aggregate</source>
        <translation>Comptes régionaux : emploi par NUTS 3 et agrégat de la NACE</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>cannot create the cache folder %1</source>
        <translation>impossible de créer le dossier de cache %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+71"/>
        <source>the download of %1 was cancelled</source>
        <translation>le téléchargement de %1 a été annulé</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>HTTP error %1 %2 for %3</source>
        <translation>erreur HTTP %1 %2 pour %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1 (connection refused); check that you are online and the server address is right: %2</source>
        <translation>impossible de se connecter à %1 (connexion refusée) ; vérifiez que vous êtes en ligne et que l&apos;adresse du serveur est correcte : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 not found; you may be offline: %2</source>
        <translation>hôte %1 introuvable ; vous êtes peut-être hors ligne : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data from %1 for %2 s; the download timed out: %3</source>
        <translation>aucune donnée de %1 depuis %2 s ; le téléchargement a expiré : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network is not available (%1); you may be offline: %2</source>
        <translation>le réseau n&apos;est pas disponible (%1) ; vous êtes peut-être hors ligne : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download failed: %1: %2</source>
        <translation>le téléchargement a échoué : %1 : %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the data from %1 could not be read: %2</source>
        <translation>les données de %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
</context>
<context>
    <name>cs::EurostatTable</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+92"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>le fichier est compressé avec gzip ; décompressez-le d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not %1</source>
        <translation>le fichier est binaire, pas %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Eurostat table</source>
        <translation>un tableau Eurostat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation>la colonne « %1 » après les colonnes d&apos;années n&apos;est pas une année</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation>aucune colonne d&apos;année dans l&apos;en-tête (attendu p. ex. 2015 ou n2015)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>l&apos;en-tête doit contenir les dimensions « %1 » et « %2 » ; il contient : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtre sur une dimension inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>region %1, industry %2, %3</source>
        <translation>région %1, secteur %2, %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (%2); treated as missing</source>
        <translation>« %1 » n&apos;est ni un nombre ni un flag Eurostat (%2) ; valeur traitée comme manquante</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation>ligne en double pour la région %1, secteur %2 ; ignorée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimension « %1 » a plusieurs valeurs (%2) ; choisissez-en une</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>aucune ligne de données ne correspond</translation>
    </message>
</context>
<context>
    <name>cs::ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="+26"/>
        <source>Export &amp;figure…</source>
        <translation>Exporter la &amp;figure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export s&amp;cores (CSV, XLSX)…</source>
        <translation>Exporter les &amp;valeurs (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export layer for Q&amp;GIS…</source>
        <translation>Exporter une couche pour Q&amp;GIS…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Export scores</source>
        <translation>Exporter les valeurs</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Tableau CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export layer for QGIS</source>
        <translation>Exporter une couche pour QGIS</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>QGIS project with GeoPackage (*.qgs)</source>
        <translation>Projet QGIS avec GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 and %2</source>
        <translation>%1 et %2 enregistrés</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+27"/>
        <location line="+132"/>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom size in pixels</source>
        <translation>Taille personnalisée en pixels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> ppp</translation>
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
        <translation>Cartons pour les régions ultrapériphériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>Barre d&apos;échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>Flèche du nord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>Titr&amp;e :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Sous-titre :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>Fi&amp;chier :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
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
        <translation>%1 : la taille de sortie %2×%3 px est hors limites (16–30000)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not enough memory for %2×%3 px</source>
        <translation>%1 : mémoire insuffisante pour %2×%3 px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG encoder failed</source>
        <translation>l&apos;encodeur PNG a échoué</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the SVG could not be written</source>
        <translation>le fichier SVG n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+114"/>
        <location line="+51"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1 : impossible de lire la couche NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>impossible d&apos;écrire %1 : le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+78"/>
        <location line="+57"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>impossible d&apos;écrire le style QGIS dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>cs::ImportActions</name>
    <message>
        <location filename="../app/ImportActions.cpp" line="+56"/>
        <source>&amp;Embedded data</source>
        <translation>&amp;Données intégrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;packs…</source>
        <translation>Paq&amp;uets de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statistics…</source>
        <translation>&amp;Importer des statistiques…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download from Eurostat…</source>
        <translation>&amp;Télécharger depuis Eurostat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load category &amp;mapping…</source>
        <translation>Charger une &amp;correspondance de catégories…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <location line="+13"/>
        <source>Load category mapping</source>
        <translation>Charger une correspondance de catégories</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Category mapping (*.csv);;All files (*)</source>
        <translation>Correspondance de catégories (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;boundaries…</source>
        <translation>Ouvrir des &amp;limites…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in N&amp;UTS boundaries</source>
        <translation>Limites &amp;NUTS intégrées</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n value(s) read from %1</source>
        <translation>
            <numerusform>%n valeur lue dans %1</numerusform>
            <numerusform>%n valeurs lues dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no problems.</source>
        <translation> ; aucun problème.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s) listed below (rows skipped, values treated as missing, codes without a region).</source>
        <translation>
            <numerusform> ; %n problème listé ci-dessous (lignes ignorées, valeurs traitées comme manquantes, codes sans région).</numerusform>
            <numerusform> ; %n problèmes listés ci-dessous (lignes ignorées, valeurs traitées comme manquantes, codes sans région).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>Importer des statistiques</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nothing usable was loaded: %1</source>
        <translation>Rien d&apos;exploitable n&apos;a été chargé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The map shows NUTS %2 regions (boundaries of NUTS %3).</source>
        <translation>%1 La carte montre les régions de niveau NUTS %2 (limites NUTS %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Statistiques (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV ou TSV (*.csv *.tsv *.txt);;SDMX-CSV ou TSV Eurostat (*.csv *.tsv);;JSON-stat (*.json);;Classeurs (*.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.</source>
        <translation>Source : Eurostat (%1, téléchargé). © EuroGeographics pour les limites administratives.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Download from Eurostat</source>
        <translation>Télécharger depuis Eurostat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The download contains no usable data.</source>
        <translation>Le téléchargement ne contient aucune donnée exploitable.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n value(s) loaded from %1</source>
        <translation>
            <numerusform>%n valeur chargée depuis %1</numerusform>
            <numerusform>%n valeurs chargées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s).</source>
        <translation>
            <numerusform> ; %n problème.</numerusform>
            <numerusform> ; %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mapping was not loaded.</source>
        <translation>La correspondance n&apos;a pas été chargée.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %1: %n cluster category(s).</source>
        <translation>
            <numerusform>%1 chargé : %n catégorie de cluster.</numerusform>
            <numerusform>%1 chargé : %n catégories de clusters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every NACE code of the data is mapped.</source>
        <translation>Chaque code NACE des données a une correspondance.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>%n code NACE des données n&apos;a pas de correspondance : %1</numerusform>
            <numerusform>%n codes NACE des données n&apos;ont pas de correspondance : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Embedded data</source>
        <translation>Données intégrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in data pack cannot be used.</source>
        <translation>Le paquet de données intégré ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — retrieved %2</source>
        <translation>%1 — extrait le %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open data pack</source>
        <translation>Ouvrir un paquet de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing usable was loaded from the pack&apos;s values.</source>
        <translation>Rien d&apos;exploitable n&apos;a été chargé à partir des valeurs du paquet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data pack was refused.</source>
        <translation>Le paquet de données a été refusé.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Opened data pack %1 — retrieved %2: %Ln value(s).</source>
        <translation>
            <numerusform>Paquet de données %1 ouvert — extrait le %2 : %Ln valeur.</numerusform>
            <numerusform>Paquet de données %1 ouvert — extrait le %2 : %Ln valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Open boundaries</source>
        <translation>Ouvrir des limites</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)</source>
        <translation>Fichiers vectoriels (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column of NUTS codes was recognised. Column with the region codes:</source>
        <translation>Aucune colonne de codes NUTS n&apos;a été reconnue. Colonne contenant les codes de région :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
</context>
<context>
    <name>cs::Imports</name>
    <message numerus="yes">
        <location filename="../app/Imports.cpp" line="+53"/>
        <source>warning: %n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>avertissement : %n code NACE des données n&apos;a pas de correspondance : %1</numerusform>
            <numerusform>avertissement : %n codes NACE des données n&apos;ont pas de correspondance : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+89"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON-stat dataset: the top level is not an object</source>
        <translation>pas un jeu de données JSON-stat : le niveau supérieur n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: the server returned an error instead of data: %1</source>
        <translation>error : le serveur a renvoyé une erreur au lieu de données : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>class: &apos;%1&apos; is not supported; expected a JSON-stat 2.0 &apos;dataset&apos;</source>
        <translation>class : « %1 » n&apos;est pas pris en charge ; attendu : « dataset » JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id: missing or empty; not a JSON-stat 2.0 dataset</source>
        <translation>id : manquant ou vide ; pas un jeu de données JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: %1 entries, but id names %2 dimensions</source>
        <translation>size : %1 entrées, mais id nomme %2 dimensions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id[%1]: not a dimension name</source>
        <translation>id[%1] : pas un nom de dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size[%1]: not a count</source>
        <translation>size[%1] : pas un nombre d&apos;éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: the dataset is too large</source>
        <translation>size : le jeu de données est trop volumineux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.category: missing</source>
        <translation>%1.category : manquant</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation>%1.category.index : %2 catégories, mais size indique %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.category.index[%2]: not a position below %3</source>
        <translation>%1.category.index[%2] : pas une position inférieure à %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.category.index[%2]: position %3 is taken by &apos;%4&apos;</source>
        <translation>%1.category.index[%2] : la position %3 est déjà prise par « %4 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.category.index: missing</source>
        <translation>%1.category.index : manquant</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation>id : aucune dimension temporelle (« time » ou role.time) ; il contient : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>id : le jeu de données doit contenir les dimensions « %1 » et « %2 » ; il contient : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtre sur une dimension inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>indicator %1 is neither persons employed nor wages and salaries; not read</source>
        <translation>l&apos;indicateur %1 n&apos;est ni personnes occupées ni salaires et traitements ; non lu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation>dimension.%1 : aucune catégorie « %2 » sur laquelle filtrer ; elle contient : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimension « %1 » a plusieurs valeurs (%2) ; choisissez-en une</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>size: %1 × %2 × %3 region, industry and year cells are too many</source>
        <translation>size : %1 × %2 × %3 cellules région, secteur et année, c&apos;est trop</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>value: %1 cells, but size says %2</source>
        <translation>value : %1 cellules, mais size indique %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not a cell index</source>
        <translation>pas un indice de cellule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation>indice hors limites (le jeu de données a %1 cellules)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>value: missing; expected an array or an object</source>
        <translation>value : manquant ; tableau ou objet attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a flag string</source>
        <translation>pas une chaîne de flags</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>« %1 » n&apos;est pas un flag Eurostat ; ignoré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries, but size says %2; ignored</source>
        <translation>%1 entrées, mais size indique %2 ; ignoré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation>chaîne, tableau ou objet attendu ; ignoré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation>pas une année ; seules les données annuelles sont lues ; ignoré</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no data cells matched</source>
        <translation>aucune cellule de données ne correspond</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+18"/>
        <source>change view</source>
        <translation>changer de vue</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="+71"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location line="+835"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="-829"/>
        <source>NUTS level</source>
        <translation>Niveau NUTS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Secteur (NACE) ou catégorie de cluster ; tapez pour rechercher</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+784"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Animate the years</source>
        <translation>Animer les années</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars (0–3)</source>
        <translation>Étoiles (0–3)</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour palette</source>
        <translation>Palette de couleurs</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Level </source>
        <translation>Ni&amp;veau </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation> &amp;Catégorie </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation> &amp;Indicateur </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation> A&amp;nnée </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cl&amp;asses </source>
        <translation>C&amp;lasses </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &amp;Palette </source>
        <translation> &amp;Palette </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference area of shares, location quotients and stars</source>
        <translation>Zone de référence des parts, quotients de localisation et étoiles</translation>
    </message>
    <message numerus="yes">
        <location line="+450"/>
        <source>Boundaries: %1 (key column %2, %Ln regions)</source>
        <translation>
            <numerusform>Limites : %1 (colonne clé %2, %Ln région)</numerusform>
            <numerusform>Limites : %1 (colonne clé %2, %Ln régions)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Traded clusters (US definitions carried over to NACE)</source>
        <translation>Clusters exportateurs (définitions américaines transposées à la NACE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE sections</source>
        <translation>Sections de la NACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NACE divisions</source>
        <translation>Divisions de la NACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE groups and other codes</source>
        <translation>Groupes de la NACE et autres codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (English titles)</source>
        <translation> (intitulés en anglais)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All regions of the data</source>
        <translation>Toutes les régions des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-27 (2020)</source>
        <translation>UE-27 (2020)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <location line="-738"/>
        <source> &amp;Reference </source>
        <translation> Zone de &amp;référence </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Rechercher une région (nom ou code NUTS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter selects the region; Ctrl+Enter adds it to the selection</source>
        <translation>Entrée sélectionne la région ; Ctrl+Entrée l&apos;ajoute à la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>No region matches “%1”</source>
        <translation>Aucune région ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Region profile</source>
        <translation>Profil de la région</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Régions partenaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare regions</source>
        <translation>Comparer des régions</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+23"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ClusterScope project (*.clusterscope.json *.json)</source>
        <translation>Projet ClusterScope (*.clusterscope.json *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save project…</source>
        <translation>&amp;Enregistrer le projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ClusterScope project (*.clusterscope.json)</source>
        <translation>Projet ClusterScope (*.clusterscope.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region &amp;totals</source>
        <translation>Tot&amp;aux régionaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sum of the industries reported</source>
        <translation>&amp;Somme des secteurs renseignés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published by the data (where it has them)</source>
        <translation>&amp;Publiés dans les données (lorsqu&apos;ils existent)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select 2 to %1 regions (Ctrl-click) to compare them.</source>
        <translation>Sélectionnez de 2 à %1 régions (Ctrl-clic) pour les comparer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cluster s&amp;tar symbols</source>
        <translation>Sy&amp;mboles d&apos;étoiles de cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class limits &amp;per year</source>
        <translation>Limites de classes &amp;par année</translation>
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
        <translation>&amp;Focaliser sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected regions (%1)</source>
        <translation>Comparer les régions sélectionnées (%1)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Diverging quantiles (around 1; growth: 0)</source>
        <translation>Quantiles divergents (autour de 1 ; croissance : 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric (around 1; growth: 0)</source>
        <translation>Symétrique (autour de 1 ; croissance : 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-symmetric around 1, up to 2 (LQ)</source>
        <translation>Log-symétrique autour de 1, jusqu&apos;à 2 (LQ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find region</source>
        <translation>Rec&amp;hercher une région</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Europe</source>
        <translation>Zoom sur l&apos;&amp;Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected regions</source>
        <translation>&amp;Comparer les régions sélectionnées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region &amp;labels</source>
        <translation>É&amp;tiquettes des régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS &amp;codes</source>
        <translation>&amp;Codes NUTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names</source>
        <translation>&amp;Noms</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Proportional &amp;circles</source>
        <translation>Cercles pr&amp;oportionnels</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ClusterScope</source>
        <translation>À &amp;propos de ClusterScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ClusterScope</source>
        <translation>À propos de ClusterScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; maps the strength of economic clusters across Europe&apos;s regions.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cluster categories are the US Cluster Mapping Project&apos;s traded clusters carried over to NACE Rev. 2 through official concordances; they are not the official European Cluster Panorama definitions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; cartographie la force des clusters économiques dans les régions d&apos;Europe.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Les catégories de clusters sont les clusters exportateurs (traded clusters) du US Cluster Mapping Project, transposés dans la NACE Rév. 2 au moyen de tables de correspondance officielles ; ce ne sont pas les définitions officielles de l&apos;European Cluster Panorama.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the project uses other data (%2); start ClusterScope with that data to open it</source>
        <translation>%1 : le projet utilise d&apos;autres données (%2) ; lancez ClusterScope avec ces données pour l&apos;ouvrir</translation>
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
        <translation>Pas de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the data</source>
        <translation>Non couvert par les données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster with %1+ stars</source>
        <translation>Cluster avec %1+ étoiles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed cells hide &gt; 5 % of the region&apos;s total</source>
        <translation>Les cellules masquées (confidentielles) représentent &gt; 5 % du total régional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected region</source>
        <translation>Région sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner region</source>
        <translation>Région partenaire</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+31"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
</context>
<context>
    <name>cs::MethodDialog</name>
    <message>
        <location filename="../app/MethodDialog.cpp" line="+13"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and reference area</source>
        <translation>Régions et zone de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every relative measure compares a region with a reference area: by default all regions of the chosen NUTS level that carry a number in the data, or one country, or the EU-27 (&lt;i&gt;Reference&lt;/i&gt; picker). Aggregates such as EU28 or EA19, extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every sum; codes renamed between NUTS versions are recoded, and each case is listed when the data are loaded.</source>
        <translation>Toute mesure relative compare une région à une zone de référence : par défaut toutes les régions du niveau NUTS choisi pour lesquelles les données contiennent un nombre, ou un pays, ou l&apos;UE-27 (sélecteur &lt;i&gt;Zone de référence&lt;/i&gt;). Les agrégats comme EU28 ou EA19, les codes extra-regio (p. ex. FRZZ) et les codes n&apos;appartenant à aucune version de la NUTS sont exclus de toutes les sommes ; les codes renommés entre versions de la NUTS sont recodés, et chaque cas est listé au chargement des données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A region&apos;s total employment e&lt;sub&gt;r&lt;/sub&gt; is either the sum of the industries the data report (default) or the total the data publish (&lt;i&gt;File ▸ Region totals&lt;/i&gt;). Where confidential cells hide more than 5 % of a published total, the region is outlined with dots on the map and flagged in its profile.</source>
        <translation>L&apos;emploi total e&lt;sub&gt;r&lt;/sub&gt; d&apos;une région est soit la somme des secteurs renseignés dans les données (par défaut), soit le total publié dans les données (&lt;i&gt;Fichier ▸ Totaux régionaux&lt;/i&gt;). Lorsque des cellules confidentielles masquent plus de 5 % d&apos;un total publié, la région est entourée d&apos;un contour en pointillés sur la carte et signalée dans son profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e&lt;sub&gt;rc&lt;/sub&gt; the employment of region r in category c, e&lt;sub&gt;r&lt;/sub&gt; the region&apos;s total, E&lt;sub&gt;c&lt;/sub&gt; the reference area&apos;s employment in c and E its total:</source>
        <translation>Avec e&lt;sub&gt;rc&lt;/sub&gt; l&apos;emploi de la région r dans la catégorie c, e&lt;sub&gt;r&lt;/sub&gt; le total de la région, E&lt;sub&gt;c&lt;/sub&gt; l&apos;emploi de la zone de référence dans c et E son total :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Employment&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;share&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (the region&apos;s part of the category); &lt;b&gt;focus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (the category&apos;s part of the region); &lt;b&gt;location quotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): above 1 the region is more specialised than the reference area, 2 or more counts as a specialisation.</source>
        <translation>&lt;b&gt;Emploi&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; ; &lt;b&gt;part&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (la part de la région dans la catégorie) ; &lt;b&gt;focalisation&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (la part de la catégorie dans la région) ; &lt;b&gt;quotient de localisation&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E) : au-dessus de 1, la région est plus spécialisée que la zone de référence ; à partir de 2, on parle de spécialisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Growth&lt;/b&gt; is the compound annual growth rate of e&lt;sub&gt;rc&lt;/sub&gt; from the first year of the data to the year shown, in % per year; shift-share splits the change into reference growth, industry mix and competitive effect.</source>
        <translation>La &lt;b&gt;croissance&lt;/b&gt; est le taux de croissance annuel moyen de e&lt;sub&gt;rc&lt;/sub&gt; entre la première année des données et l&apos;année affichée, en % par an ; la décomposition shift-share répartit la variation entre croissance de référence, composition sectorielle et effet compétitif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster stars</source>
        <translation>Étoiles de cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the European Cluster Observatory: one star each for &lt;b&gt;size&lt;/b&gt; (the region is among the top 10 % of regions by employment in the category), &lt;b&gt;specialisation&lt;/b&gt; (LQ ≥ 2) and &lt;b&gt;focus&lt;/b&gt; (among the top 10 % by the category&apos;s share of the region&apos;s employment). A star is robust when the decision stays the same with the cut-off moved by ±10 %.</source>
        <translation>Comme l&apos;European Cluster Observatory : une étoile pour chacun des critères &lt;b&gt;taille&lt;/b&gt; (la région fait partie des 10 % de régions ayant l&apos;emploi le plus élevé dans la catégorie), &lt;b&gt;spécialisation&lt;/b&gt; (LQ ≥ 2) et &lt;b&gt;focalisation&lt;/b&gt; (parmi les 10 % les mieux classées selon la part de la catégorie dans l&apos;emploi de la région). Une étoile est robuste lorsque la décision reste la même si le seuil est déplacé de ±10 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Productivity and growth stars need wage and multi-year data; without them they are not awarded.</source>
        <translation>Les étoiles de productivité et de croissance nécessitent des données salariales et pluriannuelles ; sans elles, elles ne sont pas attribuées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wages and productivity</source>
        <translation>Salaires et productivité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;relative wage&lt;/b&gt; (productivity) of a region in a category is its wage per person employed, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, over the category&apos;s average in the reference area, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, both summed over the industries that report wages and persons employed: above 1 the region pays more per person than the reference area. It is a ratio, so the unit of the wages (Eurostat: million euro) cancels. The &lt;b&gt;productivity star&lt;/b&gt; goes to the top 10 % of regions by relative wage.</source>
        <translation>Le &lt;b&gt;salaire relatif&lt;/b&gt; (productivité) d&apos;une région dans une catégorie est son salaire par personne occupée, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, rapporté à la moyenne de la catégorie dans la zone de référence, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, tous deux sommés sur les secteurs qui renseignent les salaires et les personnes occupées : au-dessus de 1, la région paie davantage par personne que la zone de référence. C&apos;est un rapport, donc l&apos;unité des salaires (Eurostat : millions d&apos;euros) s&apos;annule. L&apos;&lt;b&gt;étoile de productivité&lt;/b&gt; revient aux 10 % des régions les mieux classées selon le salaire relatif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Wages in the built-in data&lt;/b&gt;: only the data pack “SBS persons employed and wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat&apos;s sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version of that year, 2014 the last complete year. The default SBS 2015 extract and the LFS extract hold persons employed only, so the relative wage and the productivity star are not offered for them. They also appear for files with wages: a Eurostat SBS table with the indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a long table with a wages column chosen on import.</source>
        <translation>&lt;b&gt;Salaires dans les données intégrées&lt;/b&gt; : seul le paquet de données « SSE personnes occupées et salaires, 2008–2015 » (Fichier ▸ Paquets de données ; --dataset sbs-wages) en contient : sbs_r_nuts06_r2 d’Eurostat au niveau NUTS 2 et division NACE, chaque année dans la version NUTS de cette année, 2014 étant la dernière année complète. L’extrait SSE 2015 par défaut et l’extrait EFT ne contiennent que les personnes occupées ; le salaire relatif et l’étoile de productivité n’y sont pas proposés. Ils apparaissent aussi pour les fichiers avec salaires : une table SSE d’Eurostat avec les indicateurs personnes occupées et salaires et traitements (indic_sb V16110 et V13320 de sbs_r_nuts06_r2 ; indic_sbs EMP_LOC_NR et WAGE_LOC_MEUR de sbs_r_nuts2021), ou une table longue avec une colonne de salaires choisie à l’import.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster categories</source>
        <translation>Catégories de clusters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster categories are the US Cluster Mapping Project&apos;s 51 traded clusters, carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not the official European Cluster Panorama table, which is not published in a machine-readable form; NACE industries that feed several clusters are split by their NAICS counts, and every approximation is listed in the categories file.</source>
        <translation>Les catégories de clusters sont les 51 clusters exportateurs (traded clusters) du US Cluster Mapping Project, transposés à la NACE Rév. 2 au moyen de tables de correspondance officielles (Eurostat NACE Rév. 2 → CITI Rév. 4, US Census NAICS 2012 → CITI Rév. 4). Ce sont des définitions américaines, et non la table officielle du European Cluster Panorama, qui n&apos;est pas publiée sous une forme lisible par machine ; les secteurs de la NACE qui alimentent plusieurs clusters sont répartis selon leurs effectifs NAICS, et chaque approximation est listée dans le fichier des catégories.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ten emerging industries of the European Cluster Panorama (e.g. biopharmaceuticals, blue growth, creative, digital and experience industries) are not included: their NACE code lists could not be found in a citable, machine-readable form, and no list is invented.</source>
        <translation>Les dix industries émergentes du European Cluster Panorama (p. ex. biopharmacie, croissance bleue, industries créatives, numériques et de l’expérience) ne sont pas incluses : leurs listes de codes NACE n’ont pu être trouvées sous une forme citable et lisible par machine, et aucune liste n’est inventée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Régions partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Similar&lt;/b&gt; partners have a similar profile of cluster location quotients (cosine similarity, 1 = the same shape; or correlation). &lt;b&gt;Complementary&lt;/b&gt; partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ &lt; 1) but related: the sum of min(LQ, 3) × the relatedness density ω of the region in each such cluster.</source>
        <translation>Les partenaires &lt;b&gt;similaires&lt;/b&gt; ont un profil similaire de quotients de localisation par cluster (similarité cosinus, 1 = même forme ; ou corrélation). Les partenaires &lt;b&gt;complémentaires&lt;/b&gt; sont forts (LQ ≥ 1) dans des clusters où la région est faible (LQ &lt; 1) mais proche : la somme de min(LQ, 3) × la densité de proximité ω de la région dans chacun de ces clusters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map classes</source>
        <translation>Classes de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, 1, 1.41, 2) on a diverging palette, so above and below the reference read at a glance; growth diverges around 0. Class limits are computed over all years of the data, so a colour means the same value in every year (&lt;i&gt;View ▸ Class limits per year&lt;/i&gt; changes that).</source>
        <translation>Les quotients de localisation sont classés symétriquement dans l&apos;espace logarithmique autour de 1 (0.5, 0.71, 1, 1.41, 2) sur une palette divergente, afin que les valeurs supérieures et inférieures à la référence se lisent d&apos;un coup d&apos;œil ; la croissance diverge autour de 0. Les limites de classes sont calculées sur toutes les années des données, de sorte qu&apos;une couleur correspond à la même valeur chaque année (&lt;i&gt;Affichage ▸ Limites de classes par année&lt;/i&gt; modifie ce comportement).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and licences</source>
        <translation>Sources et licences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics: Source: Eurostat, re-used under the Eurostat copyright notice (free re-use with acknowledgement of the source). Boundaries: GISCO NUTS © EuroGeographics for the administrative boundaries.</source>
        <translation>Statistiques : Source : Eurostat, réutilisation conformément à l&apos;avis de droits d&apos;auteur d&apos;Eurostat (réutilisation libre avec mention de la source). Limites : GISCO NUTS © EuroGeographics pour les limites administratives.</translation>
    </message>
</context>
<context>
    <name>cs::NutsCodes</name>
    <message numerus="yes">
        <location filename="../maps/NutsCodes.cpp" line="+49"/>
        <source>%n record</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1 : impossible d&apos;ouvrir les limites NUTS (%2). Lancez scripts/setup.sh pour créer le cache ou définissez CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1 : pas de couche « %2 » dans ce fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no NUTS_ID field</source>
        <translation>%1 : la couche « %2 » n&apos;a pas de champ NUTS_ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no NUTS %2 codes in this file</source>
        <translation>%1 : aucun code NUTS %2 dans ce fichier</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot open the NUTS recoding table: %2</source>
        <translation>%1 : impossible d&apos;ouvrir la table de recodage NUTS : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a NUTS recoding table (%2)</source>
        <translation>%1 : pas une table de recodage NUTS (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON array</source>
        <translation>tableau JSON attendu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: entry %2 needs &apos;from&apos;, &apos;to&apos; and &apos;newIdToOldId&apos;</source>
        <translation>%1 : l&apos;entrée %2 doit contenir « from », « to » et « newIdToOldId »</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1 (none with a number)</source>
        <translation>%1 (aucun avec une valeur numérique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 with a number)</source>
        <translation>%1 (dont %2 avec une valeur numérique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty region code: %1 left out</source>
        <translation>code de région vide : %1 non pris en compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: extra-regio territory, not a region: %2 left out</source>
        <translation>%1 : territoire extra-regio, pas une région : %2 non pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: aggregate of countries, not a region: %2 left out</source>
        <translation>%1 : agrégat de pays, pas une région : %2 non pris en compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a NUTS region code: %2 left out</source>
        <translation>%1 : pas un code de région NUTS : %2 non pris en compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded</source>
        <translation>%1 : code NUTS %2, renommé %3 dans NUTS %4 : recodage de %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4, nothing to sum or draw</source>
        <translation>%1 : code NUTS %2 sans simple changement de nom vers NUTS %3 (limites modifiées) : %4, rien à additionner ni à dessiner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries</source>
        <translation>%1 : code NUTS %2 sans simple changement de nom vers NUTS %3 (limites modifiées) : %4 pris en compte dans les sommes de %5, sans tracé sur les limites NUTS %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a NUTS code in %2: %3 left out</source>
        <translation>%1 : pas un code NUTS dans %2 : %3 non pris en compte</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 in %2: %n cell(s) published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</source>
        <translation>
            <numerusform>%1 en %2 : %n cellule publiée à la fois sous %1 et sous %3, le code du même territoire dans une autre version NUTS (double comptage) ; les chiffres de %1 sont utilisés</numerusform>
            <numerusform>%1 en %2 : %n cellules publiées à la fois sous %1 et sous %3, le code du même territoire dans une autre version NUTS (double comptage) ; les chiffres de %1 sont utilisés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 and its successor(s) %2 both carry numbers in %3: the same territory is counted twice in those years</source>
        <translation>%1 et son ou ses successeurs %2 ont tous des valeurs en %3 : le même territoire est compté deux fois ces années-là</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+218"/>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation>%1 : pas un fichier vectoriel lisible par GDAL (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this file has no layer with geometries</source>
        <translation>%1 : ce fichier n&apos;a aucune couche avec des géométries</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1 : le cache des limites NUTS est absent. Lancez scripts/setup.sh pour le créer ou définissez CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: not a regular file</source>
        <translation>%1 : pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vector format GDAL knows</source>
        <translation>pas un format vectoriel connu de GDAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read boundaries: %2</source>
        <translation>%1 : impossible de lire les limites : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this file has no layer</source>
        <translation>%1 : ce fichier n&apos;a aucune couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1 : pas de couche « %2 » dans ce fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos;; its columns: %4</source>
        <translation>%1 : la couche « %2 » n&apos;a pas de colonne « %3 » ; ses colonnes : %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column of NUTS codes; name one as the key column. Its columns: %3</source>
        <translation>%1 : la couche « %2 » n&apos;a pas de colonne de codes NUTS ; indiquez-en une comme colonne clé. Ses colonnes : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1 : impossible de reprojeter la couche « %2 » en EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1 : la région %2 n&apos;a pas pu être reprojetée en EPSG:3035</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: layer &apos;%2&apos; has no regions of NUTS level %3 in column %4</source>
        <translation>%1 : la couche « %2 » n&apos;a aucune région de niveau NUTS %3 dans la colonne %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: layer &apos;%2&apos; has no features with a code in column %3</source>
        <translation>%1 : la couche « %2 » n&apos;a aucune entité avec un code dans la colonne %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: layer &apos;%2&apos; has no polygons (its %n feature(s) have points, lines or empty geometries); boundaries need polygons</source>
        <translation>
            <numerusform>%1 : la couche « %2 » n&apos;a aucun polygone (%n entité avec des points, des lignes ou une géométrie vide) ; les limites exigent des polygones</numerusform>
            <numerusform>%1 : la couche « %2 » n&apos;a aucun polygone (%n entités avec des points, des lignes ou des géométries vides) ; les limites exigent des polygones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+46"/>
        <source>Similar profile (cosine)</source>
        <translation>Profil similaire (cosinus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar profile (correlation)</source>
        <translation>Profil similaire (corrélation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementary (strong where related but weak here)</source>
        <translation>Complémentaire (fort là où c&apos;est lié mais faible ici)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of partners</source>
        <translation>Nombre de partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other countries</source>
        <translation>Autres pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same country</source>
        <translation>Même pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where partners may be</source>
        <translation>Où peuvent se trouver les partenaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any distance</source>
        <translation>Toute distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners within this distance (between region centres)</source>
        <translation>Seulement les partenaires à cette distance au plus (entre les centres des régions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions partners are sought among: the selected region&apos;s level or another level of the data</source>
        <translation>Les régions parmi lesquelles chercher des partenaires : le niveau de la région sélectionnée ou un autre niveau des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners at:</source>
        <translation>Partenaires au niveau :</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole profile</source>
        <translation>Profil complet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1 regions</source>
        <translation>régions NUTS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region selected.</source>
        <translation>Aucune région sélectionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 n&apos;a pas de données au niveau NUTS %2 en %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data has no %1 in %2.</source>
        <translation>Les données n&apos;ont pas de %1 en %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 n&apos;est pas une catégorie de cluster ; choisissez un cluster ou utilisez le profil complet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Aucun cluster où les deux ont un LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both specialised in: %1</source>
        <translation>Tous deux spécialisés en : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.</source>
        <translation>
            <numerusform>Score 0–1 : ressemblance des deux combinaisons de spécialisations (cosinus des profils de LQ sur %n cluster) ; 1 = la même combinaison.</numerusform>
            <numerusform>Score 0–1 : ressemblance des deux combinaisons de spécialisations (cosinus des profils de LQ sur %n clusters) ; 1 = la même combinaison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score −1 to 1: correlation of the LQ profiles over %n cluster(s); 1 = the same mix, 0 = unrelated.</source>
        <translation>
            <numerusform>Score −1 à 1 : corrélation des profils de LQ sur %n cluster ; 1 = la même combinaison, 0 = sans lien.</numerusform>
            <numerusform>Score −1 à 1 : corrélation des profils de LQ sur %n clusters ; 1 = la même combinaison, 0 = sans lien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), weighted by how related %3 is to it.</source>
        <translation>Score 0–1 : degré de spécialisation du partenaire dans %1 (LQ plafonné à %2), pondéré par la proximité de %3 avec ce cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score 0–1: the share of what %1 could gain that the partner has — its strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; 1 = strong in all of them.</source>
        <translation>Score 0–1 : la part de ce que %1 pourrait gagner que le partenaire apporte — ses points forts (LQ ≥ 1, plafonné à %2) dans les clusters où %1 est faible mais proche ; 1 = fort dans tous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners among the %1 (%2&apos;s own numbers from NUTS %3); regions that contain %2 or lie in it are left out.</source>
        <translation>Partenaires parmi les %1 (chiffres propres de %2 au niveau NUTS %3) ; les régions qui contiennent %2 ou qui s&apos;y trouvent sont exclues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtered: %1%2.</source>
        <translation>Filtré : %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other countries than %1</source>
        <translation>autres pays que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within %1 km</source>
        <translation>, à moins de %1 km</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Uniquement les régions avec un LQ ≥ 1 en %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 y est déjà spécialisé (LQ %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No partner found.</source>
        <translation>Aucun partenaire trouvé.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths it brings</source>
        <translation>Points forts apportés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared strengths</source>
        <translation>Points forts communs</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1: no partners</source>
        <translation>impossible d&apos;écrire %1 : aucun partenaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Export partners</source>
        <translation>Exporter les partenaires</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cs::ProjectFile</name>
    <message>
        <location filename="../app/ProjectFile.cpp" line="+51"/>
        <source>not a ClusterScope project: no &quot;%1&quot; key</source>
        <translation>pas un projet ClusterScope : pas de clé &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a version number</source>
        <translation>%1 : numéro de version attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer ClusterScope (version %2; this one reads %3)</source>
        <translation>%1 : créé par un ClusterScope plus récent (version %2 ; celui-ci lit la version %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>%1 : [xmin, ymin, xmax, ymax] attendu en mètres EPSG:3035 avec xmin &lt; xmax et ymin &lt; ymax</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected a list of NUTS codes</source>
        <translation>%1 : liste de codes NUTS attendue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2]: expected a NUTS code</source>
        <translation>%1[%2] : code NUTS attendu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: damaged project file (%2 at offset %3 of %4 bytes)</source>
        <translation>%1 : fichier de projet endommagé (%2 à la position %3 sur %4 octets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a ClusterScope project: expected a JSON object</source>
        <translation>%1 : pas un projet ClusterScope : objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>cs::QgisProject</name>
    <message>
        <location filename="../maps/QgisProject.cpp" line="+88"/>
        <source>© EuroGeographics for the administrative boundaries</source>
        <translation>© EuroGeographics pour les limites administratives</translation>
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
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>cs::Recipe</name>
    <message>
        <location filename="../app/Recipe.cpp" line="-296"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown key; valid keys: %1</source>
        <translation>clé inconnue ; clés valides : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text, got %1</source>
        <translation>texte attendu, reçu : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, reçu : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, reçu : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>nombre entier attendu, reçu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation>%1 est hors limites ; valeurs valides : %2 à %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of numbers, got %1</source>
        <translation>liste de nombres attendue, reçu : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of numbers, found %1</source>
        <translation>liste de nombres attendue, trouvé : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;; valid values: %2</source>
        <translation>valeur inconnue « %1 » ; valeurs valides : %2</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>la version %1 est plus récente que celle que ce programme sait lire (1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth</source>
        <translation>indicateur inconnu « %1 » ; indicateurs valides : lq, share, focus, employment, stars, growth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>palette inconnue « %1 » ; palettes valides : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected at least two strictly ascending numbers</source>
        <translation>au moins deux nombres strictement croissants attendus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid size &apos;%1&apos;; expected &quot;WIDTHxHEIGHT&quot;, e.g. &quot;1920x1080&quot;</source>
        <translation>taille « %1 » non valide ; attendu &quot;WIDTHxHEIGHT&quot;, p. ex. &quot;1920x1080&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range; valid: 36 to 1200</source>
        <translation>%1 est hors limites ; valeurs valides : 36 à 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; give &quot;format&quot; (%1) or an output file ending in one of them</source>
        <translation>manquant ; indiquez &quot;format&quot; (%1) ou un fichier de sortie se terminant par l&apos;un d&apos;eux</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message>
        <location filename="../widgets/RegionProfile.cpp" line="+247"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+673"/>
        <source>Employment</source>
        <translation>Emploi</translation>
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
        <translation>Focalisation</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>No region selected</source>
        <translation>Aucune région sélectionnée</translation>
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
        <translation>%1 : pas de données au niveau NUTS %2 en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — portefeuille de clusters, NUTS %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Top %n cluster(s) by location quotient</source>
        <translation>
            <numerusform>%n premier cluster par quotient de localisation</numerusform>
            <numerusform>%n premiers clusters par quotient de localisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Location quotient</source>
        <translation>Quotient de localisation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Select a category to see the numbers behind its location quotient and stars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une catégorie pour voir les chiffres derrière son quotient de localisation et ses étoiles.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 en %3, %4</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too unreliable to publish</source>
        <translation>trop peu fiable pour être publié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged “%1”</source>
        <translation>avec le flag « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>non disponible</translation>
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
            <numerusform>%n étoile, LQ %1</numerusform>
            <numerusform>%n étoiles, LQ %1</numerusform>
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
        <translation>Croissance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative
wage</source>
        <translation>Salaire
relatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons employed in the category (e_rc)</source>
        <translation>Personnes occupées dans la catégorie (e_rc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient: (e_rc / e_r) / (E_c / E)</source>
        <translation>Quotient de localisation : (e_rc / e_r) / (E_c / E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster stars (size, specialisation, focus). The table is sorted by strength: stars, then location quotient, strongest first.</source>
        <translation>Étoiles de cluster (taille, spécialisation, focalisation). Le tableau est trié par force : étoiles, puis quotient de localisation, les plus forts d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment growth since %1, % per year</source>
        <translation>Croissance de l&apos;emploi depuis %1, % par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth, % per year: needs an earlier year in the data</source>
        <translation>Croissance de l&apos;emploi, % par an : nécessite une année antérieure dans les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the category&apos;s employment in all regions (e_rc / E_c)</source>
        <translation>Part de l&apos;emploi de la catégorie dans toutes les régions (e_rc / E_c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the region&apos;s employment in the category (e_rc / e_r)</source>
        <translation>Part de l&apos;emploi de la région dans la catégorie (e_rc / e_r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage in the category relative to the reference area</source>
        <translation>Salaire dans la catégorie rapporté à la zone de référence</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sorted by strength (stars, then location quotient); click a column header to sort by it.</source>
        <translation>Trié par force (étoiles, puis quotient de localisation) ; cliquez sur un en-tête de colonne pour trier selon celle-ci.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Show the cells</source>
        <translation>Afficher les cellules</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation>Motif d&apos;exclusion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the cells</source>
        <translation>Masquer les cellules</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Score in detail</source>
        <translation>Score en détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Top clusters</source>
        <translation>Premiers clusters</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Over time</source>
        <translation>Évolution dans le temps</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Top categories</source>
        <translation>Premières catégories</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a region with data to see its strongest clusters.</source>
        <translation>Sélectionnez une région avec des données pour voir ses clusters les plus forts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of %1 has a location quotient in %2: the cells behind them are missing or confidential.</source>
        <translation>Aucun cluster de %1 n&apos;a de quotient de localisation en %2 : les cellules sous-jacentes sont manquantes ou confidentielles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category of %1 has a location quotient in %2.</source>
        <translation>Aucune catégorie de %1 n&apos;a de quotient de localisation en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top %n categories by location quotient</source>
        <translation>
            <numerusform>%n première catégorie par quotient de localisation</numerusform>
            <numerusform>%n premières catégories par quotient de localisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These data have no clusters (clusters are built from NACE divisions, the data hold broader sectors): the chart ranks their sectors.</source>
        <translation>Ces données n&apos;ont pas de clusters (les clusters sont construits à partir des divisions de la NACE, les données contiennent des secteurs plus larges) : le graphique classe leurs secteurs.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>employment of the region in the category</source>
        <translation>emploi de la région dans la catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment of the region (its published total)</source>
        <translation>emploi de la région (son total publié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region (sum of the industries it reports)</source>
        <translation>emploi de la région (somme des secteurs renseignés pour elle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment in the category, all regions of the level</source>
        <translation>emploi dans la catégorie, toutes les régions du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment, all regions of the level</source>
        <translation>emploi, toutes les régions du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location quotient</source>
        <translation>quotient de localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e_rc / e_r</source>
        <translation>e_rc / e_r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the region&apos;s total as the data publishes it</source>
        <translation>total de la région tel que publié dans les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of that total in the industries reported</source>
        <translation>part de ce total dans les secteurs renseignés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppressed cells hide %1 of this region&apos;s published total: its focus and location quotients rest on an incomplete total (File ▸ Region totals ▸ Published uses the published one).</source>
        <translation>Les cellules masquées (confidentielles) représentent %1 du total publié de cette région : sa focalisation et ses quotients de localisation reposent sur un total incomplet (Fichier ▸ Totaux régionaux ▸ Publiés utilise le total publié).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula:</source>
        <translation>Formule :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Pas de LQ : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stars:</source>
        <translation>Étoiles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Robust (±10 %)</source>
        <translation>Robuste (±10 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % of regions by e_rc</source>
        <translation>10 % des régions les mieux classées selon e_rc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>Spécialisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LQ ≥ 2</source>
        <translation>LQ ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top 10 % of regions by e_rc / e_r</source>
        <translation>10 % des régions les mieux classées selon e_rc / e_r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % by relative wage</source>
        <translation>10 % les mieux classés selon le salaire relatif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Size and focus stars go to the top 10 % of the %1 reference regions with a value in this category: the %2 largest values set the cut-off, every region tied with it earns the star too, and a value of 0 never does. Regions outside the reference area are rated against its cut-offs; a missing value earns no star.</source>
        <translation>Les étoiles de taille et de focalisation reviennent aux 10 % les mieux classés des %1 régions de référence ayant une valeur dans cette catégorie : les %2 plus grandes valeurs fixent le seuil, toute région à égalité avec lui obtient aussi l&apos;étoile, et une valeur de 0 jamais. Les régions hors de la zone de référence sont évaluées par rapport à ses seuils ; une valeur manquante n&apos;obtient aucune étoile.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cell was left out of the sums behind this location quotient.</source>
        <translation>Aucune cellule n&apos;a été exclue des sommes sous-jacentes à ce quotient de localisation.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>%1 cellule est exclue des sommes sous-jacentes à ce quotient de localisation (%2 parmi les secteurs propres de %3, %4 sur %5 dans d&apos;autres régions) : %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>
            <numerusform>%1 cellule est exclue des sommes sous-jacentes à ce quotient de localisation (%2 parmi les secteurs propres de %3, %4 sur %5 dans d&apos;autres régions) : %6.</numerusform>
            <numerusform>%1 cellules sont exclues des sommes sous-jacentes à ce quotient de localisation (%2 parmi les secteurs propres de %3, %4 sur %5 dans d&apos;autres régions) : %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a category to see its employment over the years.</source>
        <translation>Sélectionnez une catégorie pour voir son emploi au fil des années.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data hold no year.</source>
        <translation>Les données ne contiennent aucune année.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data hold one year (%1), so there is no series to draw. Data with several years (File ▸ Embedded data, the LFS extract) show employment over time here.</source>
        <translation>Les données contiennent une seule année (%1), il n&apos;y a donc pas de série à tracer. Les données sur plusieurs années (Fichier ▸ Données intégrées, l&apos;extrait EFT) montrent ici l&apos;emploi dans le temps.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No employment is published for %1 in %2 in any year of the data.</source>
        <translation>Aucun emploi n&apos;est publié pour %1 en %2, pour aucune année des données.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 years have a published value; the others are missing or confidential.</source>
        <translation>%1 années sur %2 ont une valeur publiée ; les autres sont manquantes ou confidentielles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2, every year published.</source>
        <translation>%1 à %2, chaque année publiée.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Employment in %1</source>
        <translation>Emploi en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons employed</source>
        <translation>Personnes occupées</translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <location filename="../maps/SaveFile.cpp" line="+20"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation>c&apos;est un FIFO (tube nommé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation>c&apos;est un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation>c&apos;est un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+99"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+28"/>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>seuls %1 octets sur %2 ont été écrits</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot write %1: it is the input %2; writing it would destroy it, choose another output</source>
        <translation>impossible d&apos;écrire %1 : c&apos;est l&apos;entrée %2 ; l&apos;écrire la détruirait, choisissez une autre sortie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: it is outside the folder %2</source>
        <translation>impossible d&apos;écrire %1 : il se trouve hors du dossier %2</translation>
    </message>
</context>
<context>
    <name>cs::SbsIndicators</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+26"/>
        <source>wages and salaries (%1), million euro</source>
        <translation>salaires et traitements (%1), millions d&apos;euros</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n wage cell(s) have no persons-employed cell of the same region, industry and year; left out</source>
        <translation>
            <numerusform>%n cellule de salaires n&apos;a pas de cellule de personnes occupées pour la même région, le même secteur et la même année ; exclue</numerusform>
            <numerusform>%n cellules de salaires n&apos;ont pas de cellule de personnes occupées pour la même région, le même secteur et la même année ; exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>indicator V12150 (value added at factor cost) is in the file but not read: %n cell(s) set aside</source>
        <translation>
            <numerusform>l&apos;indicateur V12150 (valeur ajoutée au coût des facteurs) figure dans le fichier mais n&apos;est pas lu : %n cellule mise de côté</numerusform>
            <numerusform>l&apos;indicateur V12150 (valeur ajoutée au coût des facteurs) figure dans le fichier mais n&apos;est pas lu : %n cellules mises de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>indicator %1 is neither persons employed nor wages and salaries: %n cell(s) set aside</source>
        <translation>
            <numerusform>l&apos;indicateur %1 n&apos;est ni personnes occupées ni salaires et traitements : %n cellule mise de côté</numerusform>
            <numerusform>l&apos;indicateur %1 n&apos;est ni personnes occupées ni salaires et traitements : %n cellules mises de côté</numerusform>
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
        <translation>Salaires : %1.</translation>
    </message>
</context>
<context>
    <name>cs::ScoreExport</name>
    <message>
        <location filename="../maps/ScoreExport.cpp" line="+29"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>un classeur a besoin d&apos;un nom de fichier : -o FILE.xlsx</translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+142"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation>le fichier est en XML ou HTML, pas en SDMX-CSV (une page d&apos;erreur ou un avis de requête mise en file d&apos;attente ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation>le fichier est en JSON, pas en SDMX-CSV ; ouvrez-le en tant que JSON-stat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>column %1 of the header has no name</source>
        <translation>la colonne %1 de l&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation>pas du SDMX-CSV : l&apos;en-tête doit contenir les colonnes TIME_PERIOD et OBS_VALUE ; il contient : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>l&apos;en-tête doit contenir les dimensions « %1 » et « %2 » ; il contient : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtre sur une dimension inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>region %1, industry %2, %3</source>
        <translation>région %1, secteur %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>« %1 » n&apos;est pas un nombre (%2) ; valeur traitée comme manquante</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation>TIME_PERIOD « %1 » n&apos;est pas une année (région %2, secteur %3) ; seules les données annuelles sont lues ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1, industry %2</source>
        <translation>région %1, secteur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation>observation en double pour la région %1, secteur %2, %3 ; ignorée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation>« %1 » n&apos;est pas un flag Eurostat (région %2, secteur %3, %4) ; ignoré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation>« %1 » n&apos;est pas un statut de confidentialité (région %2, secteur %3, %4) ; ignoré</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier (téléchargement tronqué ?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimension « %1 » a plusieurs valeurs (%2) ; choisissez-en une</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>aucune ligne de données ne correspond</translation>
    </message>
</context>
<context>
    <name>cs::TableImport</name>
    <message>
        <location filename="../maps/TableImport.cpp" line="+45"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation>Source : %1. © EuroGeographics pour les limites administratives.</translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+558"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation>correspondance de colonnes non valide « %1 » ; attendu ROLE=COLUMN avec les rôles %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation>la correspondance de colonnes nécessite %1=COLUMN</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+59"/>
        <source>a table</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV table</source>
        <translation>un tableau CSV</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation>aucune colonne « %1 » pour %2 ; l&apos;en-tête contient : %3</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot open as a workbook: %1</source>
        <translation>impossible d&apos;ouvrir comme classeur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an XLSX or ODS file GDAL can read</source>
        <translation>pas un fichier XLSX ou ODS lisible par GDAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook has no sheet</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>wages (column %1, in the unit of the file)</source>
        <translation>salaires (colonne %1, dans l&apos;unité du fichier)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation>« %1 » n&apos;est pas une année ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>region %1, industry %2, %3</source>
        <translation>région %1, secteur %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation>ligne en double pour la région %1, secteur %2, %3 ; ignorée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>« %1 » n&apos;est pas un nombre (%2) ; valeur traitée comme manquante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>« %1 » n&apos;est pas un flag Eurostat ; ignoré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wages &apos;%1&apos; are not a number (%2); treated as missing</source>
        <translation>les salaires « %1 » ne sont pas un nombre (%2) ; valeur traitée comme manquante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows</source>
        <translation>aucune ligne de données</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell which column holds the %1; the header has: %2. Name the columns (--map-columns region=…,industry=…,year=…,value=…)</source>
        <translation>impossible de déterminer la colonne pour : %1 ; l&apos;en-tête contient : %2. Nommez les colonnes (--map-columns region=…,industry=…,year=…,value=…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columns guessed as %1</source>
        <translation>colonnes devinées : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>region (NUTS code)</source>
        <translation>région (code NUTS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industry (NACE code)</source>
        <translation>secteur (code NACE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag (optional)</source>
        <translation>flag (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wages (optional)</source>
        <translation>salaires (facultatif)</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>columns guessed as region=%1,industry=%2</source>
        <translation>colonnes devinées : region=%1,industry=%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is probably Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation>l&apos;octet 0x%1 n&apos;est pas de l&apos;UTF-8 (dans « %2 » lu en Latin-1) ; le fichier est probablement en Latin-1 ou Windows-1252 : enregistrez-le en UTF-8</translation>
    </message>
</context>
<context>
    <name>cs::ValueValidator</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="-303"/>
        <source>the file is larger than %1 MiB; not read</source>
        <translation>le fichier dépasse %1 Mio ; non lu</translation>
    </message>
    <message>
        <location filename="../maps/TableReader.cpp" line="-590"/>
        <location filename="../maps/ValueValidator.cpp" line="+66"/>
        <source>more than %1 data lines; the file is not read</source>
        <translation>plus de %1 lignes de données ; le fichier n&apos;est pas lu</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.cpp" line="-25"/>
        <source>the file has %1 MiB, more than the %2 MiB read</source>
        <translation>le fichier fait %1 Mio, plus que les %2 Mio lus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lines end with CR only (classic Mac OS); save the file with LF or CR LF line ends</source>
        <translation>les lignes se terminent uniquement par CR (Mac OS classique) ; enregistrez le fichier avec des fins de ligne LF ou CR LF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the line is longer than %1 MiB; the file is not read (is it a table?)</source>
        <translation>la ligne dépasse %1 Mio ; le fichier n&apos;est pas lu (est-ce bien un tableau ?)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the workbook&apos;s XML unpacks to more than %1 MiB (part &apos;%2&apos;: %3 MiB); not read</source>
        <translation>le XML du classeur dépasse %1 Mio une fois décompressé (partie « %2 » : %3 Mio) ; non lu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part &apos;%1&apos; of the workbook unpacks to %2 times its packed size (at most %3); a damaged file or a zip bomb; not read</source>
        <translation>la partie « %1 » du classeur fait %2 fois sa taille compressée une fois décompressée (au plus %3) ; fichier endommagé ou bombe zip ; non lu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has %1 columns, more than the %2 read</source>
        <translation>l&apos;en-tête a %1 colonnes, plus que les %2 lues</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &apos;%1&apos; appears twice (columns %2 and %3); rename one</source>
        <translation>la colonne « %1 » apparaît deux fois (colonnes %2 et %3) ; renommez-en une</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 cellules attendues, %2 trouvées ; ligne ignorée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year %1 is implausible (expected %2 to %3%4); skipped</source>
        <translation>l&apos;année %1 est invraisemblable (attendu : %2 à %3%4) ; ignorée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a finite number (%2); treated as missing</source>
        <translation>« %1 » n&apos;est pas un nombre fini (%2) ; valeur traitée comme manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative value &apos;%1&apos; (%2); treated as missing</source>
        <translation>valeur négative « %1 » (%2) ; traitée comme manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large: above %2 after scaling (%3); treated as missing</source>
        <translation>« %1 » est trop grand : supérieur à %2 après mise à l&apos;échelle (%3) ; valeur traitée comme manquante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no usable value: all %1 cells are empty, missing or invalid</source>
        <translation>aucune valeur exploitable : les %1 cellules sont toutes vides, manquantes ou invalides</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.h" line="+101"/>
        <source>&apos;%1&apos; has a comma: decimal commas and thousands separators are not read; write digits with a decimal point (%2); treated as missing</source>
        <translation>« %1 » contient une virgule : les virgules décimales et les séparateurs de milliers ne sont pas lus ; écrivez les chiffres avec un point décimal (%2) ; valeur traitée comme manquante</translation>
    </message>
</context>
<context>
    <name>cs::ViewController</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+57"/>
        <source>Loading NUTS %1 boundaries…</source>
        <translation>Chargement des limites NUTS %1…</translation>
    </message>
</context>
<context>
    <name>cs::XlsxExport</name>
    <message>
        <location filename="../maps/XlsxExport.cpp" line="+21"/>
        <source>%1: this GDAL has no XLSX driver</source>
        <translation>%1 : cette version de GDAL n&apos;a pas de pilote XLSX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: no temporary directory (%2)</source>
        <translation>impossible d&apos;écrire %1 : aucun répertoire temporaire (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the workbook could not be built (%2)</source>
        <translation>impossible d&apos;écrire %1 : le classeur n&apos;a pas pu être créé (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+86"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; data packs: clusterscope packs</source>
        <translation>Cartographie la force des clusters économiques dans les régions d&apos;Europe.
Export sans interface : clusterscope export --help ; nombreuses figures : clusterscope batch SPEC.json ; paquets de données : clusterscope packs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project (NAME.clusterscope.json) or a statistics file to open.</source>
        <translation>Un projet (NAME.clusterscope.json) ou un fichier statistique à ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Dessiner la fenêtre principale dans FILE.png et quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1600x1000.</source>
        <translation>Taille de la fenêtre en pixels, p. ex. 1600x1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: en, de, fr, es, it or pl (default: the system&apos;s).</source>
        <translation>Langue : en, de, fr, es, it ou pl (par défaut : celle du système).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select regions by NUTS code (comma-separated).</source>
        <translation>Sélectionner des régions par code NUTS (séparés par des virgules).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a panel: profile, peers or compare.</source>
        <translation>Afficher un panneau : profile, peers ou compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 See clusterscope --help.</source>
        <translation>%1 Voir clusterscope --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command or file &apos;%1&apos;; valid commands: export, batch, packs, or a project or statistics file to open</source>
        <translation>commande ou fichier inconnu « %1 » ; commandes valides : export, batch, packs, ou un fichier de projet ou de statistiques à ouvrir</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot show panel &apos;%1&apos;; valid panels: profile, peers, compare (compare needs 2-%2 regions in --select)</source>
        <translation>impossible d&apos;afficher le panneau « %1 » ; panneaux valides : profile, peers, compare (compare nécessite 2-%2 régions dans --select)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--window-size attend LARGEURxHAUTEUR, par ex. 1600x1000</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no usable data</source>
        <translation>%1 : aucune donnée exploitable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown region &apos;%1&apos; at NUTS level %2</source>
        <translation>région inconnue « %1 » au niveau NUTS %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
</TS>
