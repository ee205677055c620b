<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+215"/>
        <source>Manual classes need at least two limits.</source>
        <translation>Las clases manuales necesitan al menos dos límites.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limit %1 is not a finite number.</source>
        <translation>El límite manual %1 no es un número finito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limits must ascend: %1 follows %2.</source>
        <translation>Los límites manuales deben ser ascendentes: %1 sigue a %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The centre of diverging classes must be a finite number.</source>
        <translation>El centro de las clases divergentes debe ser un número finito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diverging classes need at least two classes.</source>
        <translation>Las clases divergentes necesitan al menos dos clases.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard deviation step must be a positive number.</source>
        <translation>El paso de desviación estándar debe ser un número positivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one class is needed.</source>
        <translation>Se necesita al menos una clase.</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ClusterData</name>
    <message>
        <location filename="../maps/ClusterData.cpp" line="+55"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat EPA: empleo por sección de la NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat EEE: personas empleadas por división de la NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics para los límites administrativos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Fuente: Eurostat (lfst_r_lfe2en2, empleo de 15 años y más, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Fuente: Eurostat (sbs_r_nuts06_r2, personas empleadas, 2015). %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Industry (except construction)</source>
        <translation>Industria (excepto construcción)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade, transport, accommodation and food service activities</source>
        <translation>Comercio al por mayor y al por menor, transporte, hostelería</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, scientific, technical, administrative and support service activities</source>
        <translation>Actividades profesionales, científicas y técnicas; actividades administrativas y servicios auxiliares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public administration, defence, education, human health and social work activities</source>
        <translation>Administración pública, defensa, educación, actividades sanitarias y de servicios sociales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arts, entertainment and recreation; other service activities; households; extra-territorial</source>
        <translation>Actividades artísticas, recreativas y de entretenimiento; otros servicios; hogares; organismos extraterritoriales</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Persons employed</source>
        <translation>Personas empleadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of reference employment</source>
        <translation>Cuota del empleo de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of regional employment (focus)</source>
        <translation>Cuota del empleo regional (foco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient</source>
        <translation>Cociente de localización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster stars (size, specialisation, focus)</source>
        <translation>Estrellas de clúster (tamaño, especialización, foco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth (% per year)</source>
        <translation>Crecimiento del empleo (% anual)</translation>
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
        <translation>Nivel NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Categoría: una división de la NACE (C28), una sección (C) o un código de clúster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator: lq, share, focus or employment.</source>
        <translation>Indicador: lq, share, focus o employment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the data.</source>
        <translation>Año de los datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification: %1.</source>
        <translation>Clasificación: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Número de clases (2-9, por defecto 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Límites de clase manuales, p. ej. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr).</source>
        <translation>Paleta de colores (p. ej. viridis_r, YlGnBu, PuOr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Conjunto de datos integrado: %1 (por defecto sbs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat or a long CSV (with --map-columns).</source>
        <translation>Archivo estadístico: TSV de Eurostat, SDMX-CSV, JSON-stat o un CSV largo (con --map-columns).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</source>
        <translation>Columnas de un CSV largo: region=COL,industry=COL,year=COL,value=COL[,flag=COL].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64.</source>
        <translation>Fijar dimensiones adicionales de --data, p. ej. unit=THS,age=Y15-64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply the values of --data (1000 for THS).</source>
        <translation>Multiplicar los valores de --data (1000 para THS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Versión NUTS de --data: 2010, 2013, 2016 o 2021 (por defecto 2013).</translation>
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
        <translation>Fuente: %1. © EuroGeographics para los límites administrativos.</translation>
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
        <translation>Escribe los valores de un mapa sin ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export command.</source>
        <translation>La orden export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Formato de salida: csv, png, svg, pdf o gpkg (GeoPackage con un estilo de QGIS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Archivo de salida, o - para la salida estándar (csv).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure size in pixels (default 1920x1080).</source>
        <translation>Tamaño de la figura en píxeles (por defecto 1920x1080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size for the figure: A4, A3 or Letter.</source>
        <translation>Tamaño de página de la figura: A4, A3 o Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape page (default).</source>
        <translation>Página horizontal (por defecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait page.</source>
        <translation>Página vertical.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution in dots per inch (default 96, 300 for pages).</source>
        <translation>Resolución en puntos por pulgada (por defecto 96, 300 para páginas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure title.</source>
        <translation>Título de la figura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure subtitle.</source>
        <translation>Subtítulo de la figura.</translation>
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
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+100"/>
        <source>Clusters only</source>
        <translation>Solo clústeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide NACE sections and divisions</source>
        <translation>Ocultar secciones y divisiones de la NACE</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1: LQ %2, %n star(s)</source>
        <translation>
            <numerusform>%1: LQ %2, %n estrella</numerusform>
            <numerusform>%1: LQ %2, %n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose two to four regions to compare.</source>
        <translation>Elija de dos a cuatro regiones para comparar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Sin datos para el nivel NUTS %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n shared strength(s) (every region LQ ≥ 1 or at least one star), in bold.</source>
        <translation>
            <numerusform>%1 — %n fortaleza común (cada región LQ ≥ 1 o al menos una estrella), en negrita.</numerusform>
            <numerusform>%1 — %n fortalezas comunes (cada región LQ ≥ 1 o al menos una estrella), en negrita.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No shared cluster strengths</source>
        <translation>Ninguna fortaleza de clúster común</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared cluster strengths (LQ)</source>
        <translation>Fortalezas de clúster comunes (LQ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Location quotient</source>
        <translation>Cociente de localización</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Demasiado pocos clústeres con datos para un gráfico radial</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n cluster(s) by mean LQ</source>
        <translation>
            <numerusform>El %n clúster principal por LQ medio</numerusform>
            <numerusform>Los %n clústeres principales por LQ medio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+187"/>
        <source>cannot create the cache folder %1</source>
        <translation>no se puede crear la carpeta de caché %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <location line="+10"/>
        <source>cannot write the cache file %1: %2</source>
        <translation>no se puede escribir el archivo de caché %1: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+71"/>
        <source>the download of %1 was cancelled</source>
        <translation>se ha cancelado la descarga de %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>HTTP error %1 %2 for %3</source>
        <translation>error HTTP %1 %2 para %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1 (connection refused); check that you are online and the server address is right: %2</source>
        <translation>no se puede conectar con %1 (conexión rechazada); compruebe que está en línea y que la dirección del servidor es correcta: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 not found; you may be offline: %2</source>
        <translation>no se encuentra el host %1; puede que esté sin conexión: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data from %1 for %2 s; the download timed out: %3</source>
        <translation>sin datos de %1 durante %2 s; se ha agotado el tiempo de descarga: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network is not available (%1); you may be offline: %2</source>
        <translation>la red no está disponible (%1); puede que esté sin conexión: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download failed: %1: %2</source>
        <translation>la descarga ha fallado: %1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the data from %1 could not be read: %2</source>
        <translation>no se han podido leer los datos de %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::EurostatTable</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+83"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not a text table</source>
        <translation>el archivo es binario, no una tabla de texto</translation>
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
        <translation>la cabecera necesita las dimensiones «%1» y «%2»; tiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro sobre una dimensión desconocida «%1»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>se esperaban %1 celdas, se han encontrado %2; línea omitida</translation>
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
        <translation>la dimensión «%1» tiene varios valores (%2); elija uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>ninguna fila de datos coincide</translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+131"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation>%1: el tamaño de salida %2×%3 px está fuera de rango (16–30000)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+111"/>
        <location line="+46"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: no se puede leer la capa NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>no se puede escribir %1: la carpeta no existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+67"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>no se puede escribir el estilo de QGIS en %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+65"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>el archivo está comprimido con gzip; descomprímalo primero</translation>
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
        <translation>filtro sobre una dimensión desconocida «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensión «%1» tiene varios valores (%2); elija uno</translation>
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
        <translation>cambiar vista</translation>
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
        <translation>Nivel NUTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Sector (NACE) o categoría de clúster; escriba para buscar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animate the years</source>
        <translation>Animar los años</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantiles</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal intervals</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Cortes naturales (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Desviación estándar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverging around 1</source>
        <translation>Divergente en torno a 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars (0–3)</source>
        <translation>Estrellas (0–3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default palette</source>
        <translation>Paleta predeterminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour palette</source>
        <translation>Paleta de colores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Level </source>
        <translation>&amp;Nivel </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation> &amp;Categoría </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation> &amp;Indicador </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation> &amp;Año </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cl&amp;asses </source>
        <translation>Cl&amp;ases </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Buscar región (nombre o código NUTS)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No region matches “%1”</source>
        <translation>Ninguna región coincide con «%1»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Region profile</source>
        <translation>Perfil de la región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Regiones socias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare regions</source>
        <translation>Comparar regiones</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;figure…</source>
        <translation>Exportar &amp;figura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;scores (CSV)…</source>
        <translation>Exportar &amp;valores (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find region</source>
        <translation>&amp;Buscar región</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Europe</source>
        <translation>Ajustar a &amp;Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation>Ajustar a la &amp;selección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected regions</source>
        <translation>&amp;Comparar las regiones seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select 2 to 4 regions (Ctrl-click) to compare them.</source>
        <translation>Seleccione de 2 a 4 regiones (Ctrl-clic) para compararlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterScope</source>
        <translation>&amp;Acerca de ClusterScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ClusterScope</source>
        <translation>Acerca de ClusterScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; maps the strength of economic clusters across Europe&apos;s regions.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cluster categories are the US Cluster Mapping Project&apos;s traded clusters carried over to NACE Rev. 2 through official concordances; they are not the official European Cluster Panorama definitions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; cartografía la fuerza de los clústeres económicos en las regiones de Europa.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Las categorías de clúster son los clústeres comerciables (traded clusters) del US Cluster Mapping Project, trasladados a la NACE Rev. 2 mediante tablas de correspondencia oficiales; no son las definiciones oficiales del European Cluster Panorama.&lt;/p&gt;</translation>
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
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Elija un nombre de archivo que termine en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export scores</source>
        <translation>Exportar valores</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+36"/>
        <source>No data</source>
        <translation>Sin datos</translation>
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
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+113"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: no se pueden abrir los límites NUTS (%2). Ejecute scripts/setup.sh para crear la caché o defina CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: no hay ninguna capa «%2» en este archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: no se puede reproyectar la capa «%2» a EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: no se ha podido reproyectar la región %2 a EPSG:3035</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no features with a NUTS_ID</source>
        <translation>%1: la capa «%2» no tiene entidades con NUTS_ID</translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+55"/>
        <source>Similar profile (cosine)</source>
        <translation>Perfil similar (coseno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar profile (correlation)</source>
        <translation>Perfil similar (correlación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementary (strong where related but weak here)</source>
        <translation>Complementaria (fuerte donde está relacionada pero débil aquí)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of partners</source>
        <translation>Número de socios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Whole profile</source>
        <translation>Perfil completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No region selected.</source>
        <translation>Ninguna región seleccionada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 no tiene datos en el nivel NUTS %2 en %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 no es una categoría de clúster; elija un clúster o use el perfil completo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Ningún clúster en el que ambas tengan LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both specialised in: %1</source>
        <translation>Ambas especializadas en: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: cosine similarity of the LQ profiles over %n cluster(s), 1 = same shape.</source>
        <translation>
            <numerusform>Puntuación: similitud coseno de los perfiles de LQ en %n clúster, 1 = misma forma.</numerusform>
            <numerusform>Puntuación: similitud coseno de los perfiles de LQ en %n clústeres, 1 = misma forma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score: correlation of the LQ profiles over %n cluster(s), from −1 to 1.</source>
        <translation>
            <numerusform>Puntuación: correlación de los perfiles de LQ en %n clúster, de −1 a 1.</numerusform>
            <numerusform>Puntuación: correlación de los perfiles de LQ en %n clústeres, de −1 a 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Solo regiones con LQ ≥ 1 en %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score: min(LQ, %1) of the partner in %2 × the relatedness density ω of %3 in it (0–1).</source>
        <translation>Puntuación: min(LQ, %1) del socio en %2 × la densidad de relación ω de %3 en él (0–1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 ya está especializada en él (LQ %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: sum over the clusters where %1 has LQ &lt; 1 and the partner LQ ≥ 1 of min(LQ, %2) × the relatedness density ω of %1 in the cluster (0–1): strengths of the partner that %1 lacks but is related to.</source>
        <translation>Puntuación: suma, sobre los clústeres en los que %1 tiene LQ &lt; 1 y el socio LQ ≥ 1, de min(LQ, %2) × la densidad de relación ω de %1 en el clúster (0–1): fortalezas del socio de las que %1 carece pero con las que está relacionada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No partner found.</source>
        <translation>No se ha encontrado ningún socio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export partners</source>
        <translation>Exportar socios</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message numerus="yes">
        <location filename="../widgets/RegionProfile.cpp" line="+157"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Employment</source>
        <translation>Empleo</translation>
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
        <translation>Foco</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No region selected</source>
        <translation>Ninguna región seleccionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation>%1: sin datos en el nivel NUTS %2 en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — cartera de clústeres, NUTS %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cluster has a location quotient</source>
        <translation>Ningún clúster tiene cociente de localización</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Top %n cluster(s) by location quotient</source>
        <translation>
            <numerusform>El %n clúster principal por cociente de localización</numerusform>
            <numerusform>Los %n clústeres principales por cociente de localización</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Location quotient</source>
        <translation>Cociente de localización</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Select a category to see the numbers behind its location quotient and stars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una categoría para ver las cifras en las que se basan su cociente de localización y sus estrellas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 en %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employment of the region in the category</source>
        <translation>empleo de la región en la categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region</source>
        <translation>empleo de la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment in the category, all regions of the level</source>
        <translation>empleo en la categoría, todas las regiones del nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment, all regions of the level</source>
        <translation>empleo, todas las regiones del nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location quotient</source>
        <translation>cociente de localización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e_rc / e_r</source>
        <translation>e_rc / e_r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Sin LQ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stars:</source>
        <translation>Estrellas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robust (±10 %)</source>
        <translation>Robusta (±10 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % of regions by e_rc</source>
        <translation>10 % superior de las regiones según e_rc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>Especialización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LQ ≥ 2</source>
        <translation>LQ ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top 10 % of regions by e_rc / e_r</source>
        <translation>10 % superior de las regiones según e_rc / e_r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % by relative wage</source>
        <translation>10 % superior según el salario relativo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not computed</source>
        <translation>no calculado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cell was left out of the sums.</source>
        <translation>No se ha excluido ninguna celda de las sumas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cell(s) left out of the sums as missing, %1 of them confidential.</source>
        <translation>
            <numerusform>%n celda excluida de las sumas por faltar, %1 de ellas confidenciales.</numerusform>
            <numerusform>%n celdas excluidas de las sumas por faltar, %1 de ellas confidenciales.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (confidential)</source>
        <translation>%1 (confidencial)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Employment in %1</source>
        <translation>Empleo en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons employed</source>
        <translation>Personas empleadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No employment is published for this category and region.</source>
        <translation>No se publica empleo para esta categoría y región.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data hold one year (%1): the series is a single point.</source>
        <translation>Los datos abarcan un solo año (%1): la serie es un único punto.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) with data.</source>
        <translation>
            <numerusform>%n año con datos.</numerusform>
            <numerusform>%n años con datos.</numerusform>
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
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation>el archivo está comprimido con gzip; descomprímalo primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8</translation>
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
        <translation>la cabecera necesita las dimensiones «%1» y «%2»; tiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro sobre una dimensión desconocida «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>se esperaban %1 celdas, se han encontrado %2; línea omitida</translation>
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
        <translation>la dimensión «%1» tiene varios valores (%2); elija uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data rows matched</source>
        <translation>ninguna fila de datos coincide</translation>
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
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is binary, not a text table</source>
        <translation>el archivo es binario, no una tabla de texto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>se esperaban %1 celdas, se han encontrado %2; línea omitida</translation>
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
        <translation>Cartografía la fuerza de los clústeres económicos en las regiones de Europa.
Exportación sin ventana: clusterscope export --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Dibujar la ventana principal en FILE.png y salir.</translation>
    </message>
</context>
</TS>
