<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+215"/>
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
        <location line="+117"/>
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
        <location filename="../maps/ClusterData.cpp" line="+55"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat EFT : emploi par section de la NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat SSE : personnes occupées par division de la NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics pour les limites administratives.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Source : Eurostat (lfst_r_lfe2en2, emploi 15 ans et plus, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Source : Eurostat (sbs_r_nuts06_r2, personnes occupées, 2015). %1</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+52"/>
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
        <translation>Niveau NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Catégorie : une division de la NACE (C28), une section (C) ou un code de cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator: lq, share, focus or employment.</source>
        <translation>Indicateur : lq, share, focus ou employment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the data.</source>
        <translation>Année des données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification: %1.</source>
        <translation>Classification : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Nombre de classes (2-9, 5 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Limites de classes manuelles, p. ex. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr).</source>
        <translation>Palette de couleurs (p. ex. viridis_r, YlGnBu, PuOr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Jeu de données intégré : %1 (sbs par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat or a long CSV (with --map-columns).</source>
        <translation>Fichier statistique : TSV Eurostat, SDMX-CSV, JSON-stat ou CSV long (avec --map-columns).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</source>
        <translation>Colonnes d&apos;un CSV long : region=COL,industry=COL,year=COL,value=COL[,flag=COL].</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Version NUTS de --data : 2010, 2013, 2016 ou 2021 (2013 par défaut).</translation>
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
        <translation>Source : %1. © EuroGeographics pour les limites administratives.</translation>
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
        <translation>Écrit les valeurs d&apos;une carte sans fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export command.</source>
        <translation>La commande export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Format de sortie : csv, png, svg, pdf ou gpkg (GeoPackage avec un style QGIS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Fichier de sortie, ou - pour la sortie standard (csv).</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+100"/>
        <source>Clusters only</source>
        <translation>Clusters uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide NACE sections and divisions</source>
        <translation>Masquer les sections et divisions de la NACE</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1: LQ %2, %n star(s)</source>
        <translation>
            <numerusform>%1 : LQ %2, %n étoile</numerusform>
            <numerusform>%1 : LQ %2, %n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose two to four regions to compare.</source>
        <translation>Choisissez de deux à quatre régions à comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Pas de données pour le niveau NUTS %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n shared strength(s) (every region LQ ≥ 1 or at least one star), in bold.</source>
        <translation>
            <numerusform>%1 — %n force commune (chaque région LQ ≥ 1 ou au moins une étoile), en gras.</numerusform>
            <numerusform>%1 — %n forces communes (chaque région LQ ≥ 1 ou au moins une étoile), en gras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No shared cluster strengths</source>
        <translation>Aucune force de cluster commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared cluster strengths (LQ)</source>
        <translation>Forces de cluster communes (LQ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Location quotient</source>
        <translation>Quotient de localisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Trop peu de clusters avec des données pour un radar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n cluster(s) by mean LQ</source>
        <translation>
            <numerusform>%n premier cluster par LQ moyen</numerusform>
            <numerusform>%n premiers clusters par LQ moyen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+187"/>
        <source>cannot create the cache folder %1</source>
        <translation>impossible de créer le dossier de cache %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <location line="+10"/>
        <source>cannot write the cache file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier de cache %1 : %2</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location filename="../maps/EurostatTable.cpp" line="+83"/>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not a text table</source>
        <translation>le fichier est binaire, ce n&apos;est pas un tableau texte</translation>
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
        <translation>l&apos;en-tête doit contenir les dimensions « %1 » et « %2 » ; il contient : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtre sur une dimension inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 cellules attendues, %2 trouvées ; ligne ignorée</translation>
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
        <translation>la dimension « %1 » a plusieurs valeurs (%2) ; choisissez-en une</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>aucune ligne de données ne correspond</translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+131"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation>%1 : la taille de sortie %2×%3 px est hors limites (16–30000)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+111"/>
        <location line="+46"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1 : impossible de lire la couche NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>impossible d&apos;écrire %1 : le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+67"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>impossible d&apos;écrire le style QGIS dans %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+65"/>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>le fichier est compressé avec gzip ; décompressez-le d&apos;abord</translation>
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
        <translation>filtre sur une dimension inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimension « %1 » a plusieurs valeurs (%2) ; choisissez-en une</translation>
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
        <translation>changer de vue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS level</source>
        <translation>Niveau NUTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Secteur (NACE) ou catégorie de cluster ; tapez pour rechercher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animate the years</source>
        <translation>Animer les années</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverging around 1</source>
        <translation>Divergente autour de 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (0–3)</source>
        <translation>Étoiles (0–3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default palette</source>
        <translation>Palette par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour palette</source>
        <translation>Palette de couleurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level </source>
        <translation>&amp;Niveau </translation>
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
        <translation> &amp;Année </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cl&amp;asses </source>
        <translation>Cl&amp;asses </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Rechercher une région (nom ou code NUTS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No region matches “%1”</source>
        <translation>Aucune région ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Export &amp;scores (CSV)…</source>
        <translation>Exporter les &amp;valeurs (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>Rechercher une &amp;région</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
        <source>Select 2 to 4 regions (Ctrl-click) to compare them.</source>
        <translation>Sélectionnez de 2 à 4 régions (Ctrl-clic) pour les comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+78"/>
        <source>ClusterScope — %1</source>
        <translation>ClusterScope — %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export scores</source>
        <translation>Exporter les valeurs</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+36"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+32"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+113"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1 : impossible d&apos;ouvrir les limites NUTS (%2). Lancez scripts/setup.sh pour créer le cache ou définissez CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1 : pas de couche « %2 » dans ce fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1 : impossible de reprojeter la couche « %2 » en EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1 : la région %2 n&apos;a pas pu être reprojetée en EPSG:3035</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no features with a NUTS_ID</source>
        <translation>%1 : la couche « %2 » n&apos;a aucune entité avec un NUTS_ID</translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+55"/>
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
        <location line="+103"/>
        <source>Whole profile</source>
        <translation>Profil complet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No region selected.</source>
        <translation>Aucune région sélectionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 n&apos;a pas de données au niveau NUTS %2 en %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 n&apos;est pas une catégorie de cluster ; choisissez un cluster ou utilisez le profil complet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Aucun cluster où les deux ont un LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both specialised in: %1</source>
        <translation>Tous deux spécialisés en : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: cosine similarity of the LQ profiles over %n cluster(s), 1 = same shape.</source>
        <translation>
            <numerusform>Score : similarité cosinus des profils de LQ sur %n cluster, 1 = même forme.</numerusform>
            <numerusform>Score : similarité cosinus des profils de LQ sur %n clusters, 1 = même forme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: correlation of the LQ profiles over %n cluster(s), from −1 to 1.</source>
        <translation>
            <numerusform>Score : corrélation des profils de LQ sur %n cluster, de −1 à 1.</numerusform>
            <numerusform>Score : corrélation des profils de LQ sur %n clusters, de −1 à 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Uniquement les régions avec un LQ ≥ 1 en %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score: min(LQ, %1) of the partner in %2 × the relatedness density ω of %3 in it (0–1).</source>
        <translation>Score : min(LQ, %1) du partenaire en %2 × la densité de proximité ω de %3 dans ce cluster (0–1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 y est déjà spécialisé (LQ %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: sum over the clusters where %1 has LQ &lt; 1 and the partner LQ ≥ 1 of min(LQ, %2) × the relatedness density ω of %1 in the cluster (0–1): strengths of the partner that %1 lacks but is related to.</source>
        <translation>Score : somme, sur les clusters où %1 a un LQ &lt; 1 et le partenaire un LQ ≥ 1, de min(LQ, %2) × la densité de proximité ω de %1 dans le cluster (0–1) : forces du partenaire qui manquent à %1 mais dont il est proche.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>cs::RegionProfile</name>
    <message numerus="yes">
        <location filename="../widgets/RegionProfile.cpp" line="+157"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Employment</source>
        <translation>Emploi</translation>
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
        <translation>Focalisation</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No region selected</source>
        <translation>Aucune région sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation>%1 : pas de données au niveau NUTS %2 en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — portefeuille de clusters, NUTS %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster has a location quotient</source>
        <translation>Aucun cluster n&apos;a de quotient de localisation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location line="+5"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 en %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employment of the region in the category</source>
        <translation>emploi de la région dans la catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region</source>
        <translation>emploi de la région</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Formula:</source>
        <translation>Formule :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Pas de LQ : %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
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
        <location line="+8"/>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cell was left out of the sums.</source>
        <translation>Aucune cellule n&apos;a été exclue des sommes.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) left out of the sums as missing, %1 of them confidential.</source>
        <translation>
            <numerusform>%n cellule exclue des sommes car manquante, dont %1 confidentielle(s).</numerusform>
            <numerusform>%n cellules exclues des sommes car manquantes, dont %1 confidentielle(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (confidential)</source>
        <translation>%1 (confidentiel)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Employment in %1</source>
        <translation>Emploi en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons employed</source>
        <translation>Personnes occupées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No employment is published for this category and region.</source>
        <translation>Aucun emploi n&apos;est publié pour cette catégorie et cette région.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data hold one year (%1): the series is a single point.</source>
        <translation>Les données couvrent une seule année (%1) : la série est un point unique.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) with data.</source>
        <translation>
            <numerusform>%n année avec des données.</numerusform>
            <numerusform>%n années avec des données.</numerusform>
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
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>le fichier est compressé avec gzip ; décompressez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8</translation>
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
        <translation>l&apos;en-tête doit contenir les dimensions « %1 » et « %2 » ; il contient : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtre sur une dimension inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 cellules attendues, %2 trouvées ; ligne ignorée</translation>
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
        <translation>la dimension « %1 » a plusieurs valeurs (%2) ; choisissez-en une</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>aucune ligne de données ne correspond</translation>
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
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary, not a text table</source>
        <translation>le fichier est binaire, ce n&apos;est pas un tableau texte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>%1 cellules attendues, %2 trouvées ; ligne ignorée</translation>
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
        <translation>Cartographie la force des clusters économiques dans les régions d&apos;Europe.
Export sans fenêtre : clusterscope export --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Dessiner la fenêtre principale dans FILE.png et quitter.</translation>
    </message>
</context>
</TS>
