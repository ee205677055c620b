<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cs::Basemap</name>
    <message>
        <location filename="../maps/Basemap.cpp" line="+78"/>
        <source>%1: no background countries (%2); run scripts/setup.sh</source>
        <translation>%1: no hay países de fondo (%2); ejecute scripts/setup.sh</translation>
    </message>
</context>
<context>
    <name>cs::Batch</name>
    <message>
        <location filename="../app/Batch.cpp" line="+105"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation>%1: JSON no válido: %2 en la posición %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a recipe object</source>
        <translation>%1: se esperaba un objeto de receta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unknown key; a batch with &quot;figures&quot; has only &quot;defaults&quot; and &quot;figures&quot;</source>
        <translation>%1: clave desconocida; un lote con &quot;figures&quot; solo tiene &quot;defaults&quot; y &quot;figures&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defaults: expected an object of recipe keys</source>
        <translation>defaults: se esperaba un objeto con claves de receta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>figures: expected a list of recipe objects</source>
        <translation>figures: se esperaba una lista de objetos de receta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no figures in the batch</source>
        <translation>no hay figuras en el lote</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing; every figure needs an output file</source>
        <translation>%1: falta; cada figura necesita un archivo de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a batch writes files; &apos;-&apos; (standard output) is not allowed</source>
        <translation>%1: un lote escribe archivos; «-» (salida estándar) no está permitido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is also the output of %3</source>
        <translation>%1: «%2» también es la salida de %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write %2: %3 is a file, not a folder</source>
        <translation>%1: no se puede escribir %2: %3 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation>%1: no se puede escribir %2: la carpeta %3 no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write %2: the folder %3 is not writable (%4)</source>
        <translation>%1: no se puede escribir %2: la carpeta %3 no admite escritura (%4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (the output &apos;%3&apos; of the batch file); pass --allow-outside to write outside the batch file&apos;s folder</source>
        <translation>%1: %2 (la salida «%3» del archivo de lote); use --allow-outside para escribir fuera de la carpeta del archivo de lote</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>no figure written</source>
        <translation>no se ha escrito ninguna figura</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of %1 figures failed: %2</source>
        <translation>
            <numerusform>Ha fallado %n de %1 figuras: %2</numerusform>
            <numerusform>Han fallado %n de %1 figuras: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makes many figures from one JSON file: a recipe, a list of recipes, or {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative paths are relative to SPEC.</source>
        <translation>Crea muchas figuras a partir de un archivo JSON: una receta, una lista de recetas o {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Las rutas relativas se toman respecto a SPEC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch file (JSON).</source>
        <translation>El archivo de lote (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow outputs outside the batch file&apos;s folder (&quot;../x.png&quot;, absolute paths); without it such a batch is refused.</source>
        <translation>Permitir salidas fuera de la carpeta del archivo de lote («../x.png», rutas absolutas); sin esta opción, un lote así se rechaza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; see clusterscope batch --help</source>
        <translation>; consulte clusterscope batch --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one batch file: clusterscope batch SPEC.json</source>
        <translation>se esperaba un archivo de lote: clusterscope batch SPEC.json</translation>
    </message>
</context>
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+274"/>
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
        <source>Log-symmetric classes need a positive centre and a span above 1.</source>
        <translation>Las clases log-simétricas necesitan un centro positivo y una amplitud superior a 1.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+147"/>
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
        <location filename="../maps/ClusterData.cpp" line="+113"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation>Eurostat EPA: empleo por sección de la NACE, 2008–2015 (lfst_r_lfe2en2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat EEE: personas ocupadas y salarios por división NACE, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation>Eurostat EEE: personas empleadas por división de la NACE, 2015 (sbs_r_nuts06_r2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation>© EuroGeographics para los límites administrativos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation>Fuente: Eurostat (lfst_r_lfe2en2, empleo de 15 años y más, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, 2008–2015). %1</source>
        <translation>Fuente: Eurostat (sbs_r_nuts06_r2, personas ocupadas y sueldos y salarios, 2008–2015). %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation>Fuente: Eurostat (sbs_r_nuts06_r2, personas empleadas, 2015). %1</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <source>a category mapping (CSV)</source>
        <translation>una asignación de categorías (CSV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column &apos;%1&apos;; a category mapping has the columns %2 (as resources/categories/nace_to_cluster.csv)</source>
        <translation>no hay ninguna columna «%1»; una asignación de categorías tiene las columnas %2 (como resources/categories/nace_to_cluster.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>se esperaban %1 celdas, se han encontrado %2; línea omitida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a NACE division in the form of the SBS tables (e.g. C28); line skipped</source>
        <translation>«%1» no es una división de la NACE en la forma de las tablas EEE (p. ej. C28); línea omitida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty category_code; line skipped</source>
        <translation>category_code vacío; línea omitida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight &apos;%1&apos; is not a number between 0 and 1; line skipped</source>
        <translation>el peso «%1» no es un número entre 0 y 1; línea omitida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second row for %1 → %2; line skipped</source>
        <translation>segunda fila para %1 → %2; línea omitida</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no usable row of level &quot;division&quot;; the mapping is unchanged</source>
        <translation>ninguna fila utilizable de nivel &quot;division&quot;; la asignación no cambia</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <message>
        <location line="+1"/>
        <source>Relative wage (productivity)</source>
        <translation>Salario relativo (productividad)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>all in the data</source>
        <translation>todas las de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: %1 NUTS %2 regions with data (%3)</source>
        <translation>Área de referencia: %1 regiones de nivel NUTS %2 con datos (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region totals as published where available</source>
        <translation>totales regionales tal como se publican, cuando están disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region totals summed over the industries reported</source>
        <translation>totales regionales como suma de los sectores declarados</translation>
    </message>
</context>
<context>
    <name>cs::ColumnMappingDialog</name>
    <message>
        <location filename="../widgets/ColumnMappingDialog.cpp" line="+20"/>
        <source>Import statistics — columns</source>
        <translation>Importar estadísticas — columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which column of &lt;b&gt;%1&lt;/b&gt; holds what? One row per region, industry and year (a long table). The guess is preset; check it against the first rows below.</source>
        <translation>¿Qué columna de &lt;b&gt;%1&lt;/b&gt; contiene qué? Una fila por región, sector y año (una tabla larga). La suposición viene preseleccionada; compruébela con las primeras filas de abajo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wages and salaries of each region, industry and year, in any one unit: the relative wage (productivity) divides them by the persons employed.</source>
        <translation>Sueldos y salarios de cada región, sector y año, en una misma unidad cualquiera: el salario relativo (productividad) los divide entre las personas ocupadas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detect from the codes</source>
        <translation>Detectar a partir de los códigos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS version:</source>
        <translation>Versión NUTS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousand persons (× 1000)</source>
        <translation>Miles de personas (× 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values are in:</source>
        <translation>Valores en:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the column of the %1.</source>
        <translation>Elija la columna: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” is chosen for both %2 and %3.</source>
        <translation>La columna «%1» está elegida a la vez para %2 y para %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows with problems are skipped and listed after loading.</source>
        <translation>Las filas con problemas se omiten y se enumeran después de la carga.</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+54"/>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size «%1» no válido; se esperaba WIDTHxHEIGHT, p. ej. 1920x1080</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &apos;%1&apos;; valid pages: A4, A3, Letter</source>
        <translation>tamaño de página desconocido «%1»; tamaños válidos: A4, A3, Letter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --dpi &apos;%1&apos;; valid: 36 to 1200</source>
        <translation>--dpi «%1» no válido; valores válidos: de 36 a 1200</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --margins &apos;%1&apos;; valid: 0 to 50 (mm)</source>
        <translation>--margins «%1» no válido; valores válidos: de 0 a 50 (mm)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NUTS level (0-3).</source>
        <translation>Nivel NUTS (0-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation>Categoría: una división de la NACE (C28), una sección (C) o un código de clúster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the data.</source>
        <translation>Año de los datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How values are drawn: choropleth (filled regions) or circles (proportional circles over a neutral base; the default for employment).</source>
        <translation>Cómo se representan los valores: choropleth (regiones rellenas) o circles (círculos proporcionales sobre un mapa base neutro; la opción por defecto para el empleo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation>Número de clases (2-9, por defecto 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation>Límites de clase manuales, p. ej. 0,0.5,1,2,5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region labels: none, codes or names (placed without overlaps).</source>
        <translation>Etiquetas de las regiones: none, codes o names (colocadas sin solapamientos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star symbols on regions with at least N cluster stars (1-3; 0 = none).</source>
        <translation>Símbolos de estrellas en las regiones con al menos N estrellas de clúster (1-3; 0 = ninguno).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation>Conjunto de datos integrado: %1 (por defecto sbs).</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Reference area of shares, LQ and stars: all (the level&apos;s regions in the data, default), EU27_2020 or a country code.</source>
        <translation>Área de referencia de las cuotas, el LQ y las estrellas: all (las regiones del nivel presentes en los datos, por defecto), EU27_2020 o un código de país.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region total e_r of focus, LQ and stars: sum (of the industries a region reports, default) or published (the data&apos;s own total where it has one).</source>
        <translation>Total regional e_r del foco, el LQ y las estrellas: sum (suma de los sectores que declara una región, por defecto) o published (el total publicado en los datos, cuando existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation>Versión NUTS de --data: 2010, 2013, 2016 o 2021 (por defecto 2013).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NACE → cluster mapping in the format of resources/categories/nace_to_cluster.csv; NACE codes of the data it leaves unmapped are reported on stderr.</source>
        <translation>Asignación NACE → clúster en el formato de resources/categories/nace_to_cluster.csv; los códigos NACE de los datos que deja sin asignar se indican en stderr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a usable category mapping</source>
        <translation>%1: no es una asignación de categorías utilizable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region total &apos;%1&apos;; valid: sum, published</source>
        <translation>total regional desconocido «%1»; valores válidos: sum, published</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: the data publishes no region totals; --region-total published uses the sums</source>
        <translation>advertencia: los datos no publican totales regionales; --region-total published usa las sumas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown reference area &apos;%1&apos;; valid: %2</source>
        <translation>área de referencia desconocida «%1»; valores válidos: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>conjunto de datos desconocido «%1»; conjuntos de datos válidos: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid --filter &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>--filter «%1» no válido; se esperaba DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --scale &apos;%1&apos;; expected a positive number</source>
        <translation>--scale «%1» no válido; se esperaba un número positivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown NUTS version &apos;%1&apos;; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>versión NUTS desconocida «%1»; versiones válidas: 2010, 2013, 2016, 2021</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has no wage measure (it holds persons employed only). Use --dataset sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN</source>
        <translation>%1 no tiene medida de salarios (solo personas ocupadas). Use --dataset sbs-wages (las EEE 2008–2015 integradas, con salarios) o un archivo con salarios: una tabla EEE con indic_sb V16110 y V13320, o --map-columns …,wages=COLUMN</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown class scope &apos;%1&apos;; valid: all-years, year</source>
        <translation>ámbito de clases desconocido «%1»; valores válidos: all-years, year</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CSV of the partner regions of NUTS_ID at its level and --year, best first by cosine similarity of the cluster LQ profiles. Columns: rank, nuts_id, name, cosine, correlation, complementarity (as the Partner regions panel).</source>
        <translation>CSV de las regiones socias de NUTS_ID en su nivel y en --year, las mejores primero según la similitud coseno de los perfiles de LQ de los clústeres. Columnas: rank, nuts_id, name, cosine, correlation, complementarity (como el panel «Regiones socias»).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --format gpkg: also write a QGIS project that opens the GeoPackage (referenced by a relative path) styled as the map.</source>
        <translation>Con --format gpkg: escribir también un proyecto de QGIS que abre el GeoPackage (referenciado por una ruta relativa) con el estilo del mapa.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg</source>
        <translation>--qgs escribe un proyecto de QGIS para un GeoPackage; úselo con --format gpkg</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>--peers %1 is a NUTS %2 region; drop --level %3</source>
        <translation>--peers %1 es una región NUTS %2; quite --level %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --top &apos;%1&apos;; expected a positive number</source>
        <translation>--top «%1» no válido; se esperaba un número positivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region &apos;%1&apos;; no data for it in %2</source>
        <translation>región desconocida «%1»; no hay datos para ella en %2</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>%1: no usable data loaded</source>
        <translation>%1: no se han cargado datos utilizables</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation>nivel desconocido «%1»; niveles válidos para estos datos: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation>año desconocido «%1»; años válidos: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown category &apos;%1&apos;; valid categories: %2</source>
        <translation>categoría desconocida «%1»; categorías válidas: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown classification &apos;%1&apos;; valid classifications: %2</source>
        <translation>clasificación desconocida «%1»; clasificaciones válidas: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid --classes &apos;%1&apos;; valid: 2 to 9</source>
        <translation>--classes «%1» no válido; valores válidos: de 2 a 9</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --breaks &apos;%1&apos;; expected ascending numbers separated by commas</source>
        <translation>--breaks «%1» no válido; se esperaban números ascendentes separados por comas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>paleta desconocida «%1»; paletas válidas: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown labels &apos;%1&apos;; valid: none, codes, names</source>
        <translation>etiquetas desconocidas «%1»; valores válidos: none, codes, names</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --star-symbols &apos;%1&apos;; valid: 0 to 3</source>
        <translation>--star-symbols «%1» no válido; valores válidos: de 0 a 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation>--breaks no válido: %1</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Writes the scores of one map without a window.</source>
        <translation>Escribe los valores de un mapa sin ventana.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The export command.</source>
        <translation>La orden export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation>Formato de salida: csv, xlsx, png, svg, pdf o gpkg (GeoPackage con un estilo de QGIS).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>With --peers: at most N partners (default all).</source>
        <translation>Con --peers: como máximo N socios (por defecto todos).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, xlsx, png, svg, pdf, gpkg</source>
        <translation>formato desconocido «%1»; formatos válidos: csv, xlsx, png, svg, pdf, gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--peers writes CSV only and not with --all; use --format csv</source>
        <translation>--peers solo escribe CSV y no con --all; use --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes CSV only; use --format csv</source>
        <translation>--all solo escribe CSV; use --format csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>un libro de Excel necesita un nombre de archivo: -o FILE.xlsx</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation>Archivo de salida, o - para la salida estándar (csv).</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per employee over the category&apos;s average; data with wages only).</source>
        <translation>Indicador: lq, share, focus, employment, stars, growth o relative_wage (salario por persona ocupada respecto a la media de la categoría; solo datos con salarios).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1 (default: logsym for lq, symmetric for growth, stars for stars, quantile otherwise).</source>
        <translation>Clasificación: %1 (por defecto: logsym para lq, symmetric para growth, stars para stars y quantile en los demás casos).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class limits from the values of all-years of the data (default; a colour means the same number in every year) or of the shown year.</source>
        <translation>Límites de clase a partir de los valores de todos los años de los datos (all-years, por defecto; un color significa el mismo número en todos los años) o del año mostrado (year).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for growth, YlOrRd for stars, viridis_r otherwise).</source>
        <translation>Paleta de colores (p. ej. viridis_r, YlGnBu, PuOr; por defecto: PuOr_r para lq, BrBG para growth, YlOrRd para stars y viridis_r en los demás casos).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, XLSX or ODS table (columns from --map-columns, else guessed); or a data pack (its folder or pack.json; see clusterscope packs).</source>
        <translation>Archivo de estadísticas: TSV de Eurostat, SDMX-CSV, JSON-stat o una tabla larga CSV, XLSX u ODS (columnas según --map-columns o, si no, deducidas); o un paquete de datos (su carpeta o pack.json; consulte clusterscope packs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wages and salaries in the file&apos;s unit, the second measure of the relative wage).</source>
        <translation>Columnas de un CSV largo: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: sueldos y salarios en la unidad del archivo, la segunda medida del salario relativo).</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth, relative_wage</source>
        <translation>indicador desconocido «%1»; indicadores válidos: lq, share, focus, employment, stars, growth, relative_wage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded data set &apos;%1&apos;</source>
        <translation>el conjunto de datos integrado «%1»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown symbol &apos;%1&apos;; valid: choropleth, circles</source>
        <translation>símbolo desconocido «%1»; valores válidos: choropleth, circles</translation>
    </message>
    <message>
        <location line="+91"/>
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
        <location line="+1"/>
        <source>Page margins in millimetres (default 10).</source>
        <translation>Márgenes de la página en milímetros (por defecto 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a north arrow on the map.</source>
        <translation>Dibujar una flecha del norte en el mapa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER.</source>
        <translation>Archivo de límites para las figuras, en cualquier formato OGR (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) en lugar de la caché NUTS; FILE o FILE:LAYER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of --boundaries holding the NUTS codes (default: detected).</source>
        <translation>Columna de --boundaries que contiene los códigos NUTS (por defecto: detectada).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the figure texts: en, de, fr, es, it, pl.</source>
        <translation>Idioma de los textos de la figura: en, de, fr, es, it, pl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV in long form, every region, category, year and indicator: nuts_id,category,year,indicator,value. Per region and category: employment, share, focus, lq, loglq, symlq, stars, density (relatedness density among clusters); after the first year: growth (CAGR % per year since the first year), growth_abs, growth_pct (change since the first year); in the last year, shift-share since the first year: reference_growth + industry_mix + competitive_effect = growth_abs. Per region, category *: krugman, hhi, eci_eigen, eci_reflections (over the NACE divisions, or the aggregates of data without divisions; ECI has mean 0 and standard deviation 1); coverage (the share of the published region total that the industries reported cover; below 0.95 the region is flagged), where the data publishes totals. Per category, nuts_id empty (over the reference area): hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. Data with wages adds per region and category: wages (in the data&apos;s unit), relative_wage (wage per employee over the category&apos;s average) and productivity_star (1: top 10 % by relative wage).</source>
        <translation>CSV en formato largo, cada región, categoría, año e indicador: nuts_id,category,year,indicator,value. Por región y categoría: employment, share, focus, lq, loglq, symlq, stars, density (densidad de relación entre clústeres); en los años posteriores al primero: growth (TCAC en % anual desde el primer año), growth_abs, growth_pct (variación desde el primer año); en el último año, análisis shift-share desde el primer año: reference_growth + industry_mix + competitive_effect = growth_abs. Por región, categoría *: krugman, hhi, eci_eigen, eci_reflections (sobre las divisiones de la NACE, o los agregados de los datos sin divisiones; el ECI tiene media 0 y desviación estándar 1); coverage (la cuota del total regional publicado que cubren los sectores declarados; por debajo de 0,95 la región se marca), cuando los datos publican totales. Por categoría, nuts_id vacío (sobre el área de referencia): hoover, gini (de localización), hhi_category, pci_eigen, pci_reflections. Los datos con salarios añaden por región y categoría: wages (en la unidad de los datos), relative_wage (salario por persona ocupada respecto a la media de la categoría) y productivity_star (1: 10 % superior según el salario relativo).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also write FILE.recipe.json beside the figure: the data, the options and the command that rebuild it (clusterscope batch FILE.recipe.json).</source>
        <translation>Escribir también FILE.recipe.json junto a la figura: los datos, las opciones y la orden que permiten regenerarla (clusterscope batch FILE.recipe.json).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--qgs %1 is the GeoPackage of -o; the project needs its own file (e.g. NAME.qgs)</source>
        <translation>--qgs %1 es el GeoPackage de -o; el proyecto necesita su propio archivo (p. ej. NAME.qgs)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>; see clusterscope export --help</source>
        <translation>; consulte clusterscope export --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each (name, dataset, NUTS version, years, retrieved, location), after checking every file&apos;s size and SHA-256. Packs that fail are reported on stderr (exit code 1).</source>
        <translation>Enumera los paquetes de datos: los integrados, los de %1 y las carpetas PACK indicadas, uno por línea (nombre, conjunto de datos, versión NUTS, años, fecha de consulta, ubicación), tras comprobar el tamaño y el SHA-256 de cada archivo. Los paquetes que fallan se indican en stderr (código de salida 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packs command.</source>
        <translation>La orden packs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pack folders (or their pack.json) to check and list.</source>
        <translation>Otras carpetas de paquetes (o sus pack.json) que comprobar y enumerar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; see clusterscope packs --help</source>
        <translation>; consulte clusterscope packs --help</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation>falta -o FILE (use -o - para la salida estándar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation>un GeoPackage necesita un nombre de archivo: -o FILE.gpkg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation>las figuras necesitan un nombre de archivo: -o FILE.%1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>warning: %1; names left empty</source>
        <translation>advertencia: %1; los nombres quedan vacíos</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+119"/>
        <source>Clusters only</source>
        <translation>Solo clústeres</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Each region in its country</source>
        <translation>Cada región en su país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each region&apos;s top cluster</source>
        <translation>El clúster principal de cada región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: the main map&apos;s category, each map framing its region&apos;s country. Top cluster: each map shows the cluster with the most stars (then the highest LQ) of its region, all on one extent.</source>
        <translation>País: la categoría del mapa principal, con cada mapa encuadrando el país de su región. Clúster principal: cada mapa muestra el clúster de su región con más estrellas (y después con el LQ más alto), todos con la misma extensión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maps:</source>
        <translation>&amp;Mapas:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category is a shared strength when every compared region has at least this location quotient, or a specialisation or focus star. The default is the LQ of the specialisation star.</source>
        <translation>Una categoría es una fortaleza compartida cuando cada región comparada tiene al menos este cociente de localización, o una estrella de especialización o de foco. El valor por defecto es el LQ de la estrella de especialización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LQ threshold of shared strengths</source>
        <translation>Umbral de LQ de las fortalezas compartidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared from &amp;LQ</source>
        <translation>Compartida desde &amp;LQ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncheck to show NACE sections and divisions too</source>
        <translation>Desmarque para mostrar también las secciones y divisiones de la NACE</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Indicator of map %1</source>
        <translation>Indicador del mapa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of map %1</source>
        <translation>Año del mapa %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map %1</source>
        <translation>Mapa %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bars</source>
        <translation>&amp;Barras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;dar</source>
        <translation>Ra&amp;dar</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no cluster with data</source>
        <translation>ningún clúster con datos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>Fortaleza compartida: cada región tiene LQ ≥ %1 o una estrella de especialización o de foco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A size star alone (a large region, not a specialised one) does not make a shared strength.</source>
        <translation>Una estrella de tamaño por sí sola (una región grande, no especializada) no constituye una fortaleza compartida.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared cluster strength(s), in bold.</source>
        <translation>
            <numerusform>%n fortaleza de clúster compartida, en negrita.</numerusform>
            <numerusform>%n fortalezas de clúster compartidas, en negrita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared strength(s), in bold.</source>
        <translation>
            <numerusform>%n fortaleza compartida, en negrita.</numerusform>
            <numerusform>%n fortalezas compartidas, en negrita.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialisation</source>
        <translation>especialización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus</source>
        <translation>foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: LQ %2; stars: %3</source>
        <translation>%1: LQ %2; estrellas: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose 2 to %1 regions (Ctrl-click on the map) to compare them.</source>
        <translation>Elija de 2 a %1 regiones (Ctrl+clic en el mapa) para compararlas.</translation>
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
            <numerusform>Ninguna fortaleza compartida con LQ ≥ %1; la más cercana: %n clúster con el LQ mínimo más alto</numerusform>
            <numerusform>Ninguna fortaleza compartida con LQ ≥ %1; las más cercanas: %n clústeres con el LQ mínimo más alto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>LQ of the %1 strongest of %n shared cluster strengths</source>
        <translation>
            <numerusform>LQ de las %1 más fuertes de %n fortaleza de clúster compartida</numerusform>
            <numerusform>LQ de las %1 más fuertes de %n fortalezas de clúster compartidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LQ of the %n shared cluster strength(s)</source>
        <translation>
            <numerusform>LQ de la %n fortaleza de clúster compartida</numerusform>
            <numerusform>LQ de las %n fortalezas de clúster compartidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LQ = 1 (reference average)</source>
        <translation>LQ = 1 (media de referencia)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Top %n cluster(s) by mean LQ, clockwise from the top:</source>
        <translation>
            <numerusform>El %n clúster principal por LQ medio, en el sentido de las agujas del reloj desde arriba:</numerusform>
            <numerusform>Los %n clústeres principales por LQ medio, en el sentido de las agujas del reloj desde arriba:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation>Sin datos para el nivel NUTS %1 en %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No shared cluster strengths</source>
        <translation>Ninguna fortaleza de clúster común</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Too few clusters with data for a radar</source>
        <translation>Demasiado pocos clústeres con datos para un gráfico radial</translation>
    </message>
</context>
<context>
    <name>cs::DataPack</name>
    <message>
        <location filename="../maps/DataPack.cpp" line="+81"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: clave &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing key &quot;%2&quot;</source>
        <translation>%1: falta la clave &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: JSON no válido: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a ClusterScope data pack (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; no es un paquete de datos de ClusterScope (se esperaba &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not supported; this ClusterScope reads version %2</source>
        <translation>la versión %1 no es compatible; esta versión de ClusterScope lee la versión %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha ISO (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected 2010, 2013, 2016 or 2021</source>
        <translation>se esperaba 2010, 2013, 2016 o 2021</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>expected a list of years</source>
        <translation>se esperaba una lista de años</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>se esperaba un número positivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of files</source>
        <translation>se esperaba una lista de archivos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a file name inside the pack</source>
        <translation>«%1» no es un nombre de archivo dentro del paquete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a size in bytes</source>
        <translation>se esperaba un tamaño en bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing (listed in pack.json)</source>
        <translation>%1: falta (figura en pack.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size differs from pack.json (expected %2 bytes, found %3)</source>
        <translation>%1: el tamaño difiere de pack.json (se esperaban %2 bytes, se han encontrado %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: checksum differs from pack.json (expected %2, found %3)</source>
        <translation>%1: la suma de comprobación difiere de pack.json (se esperaba %2, se ha encontrado %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a pack needs at least one data file</source>
        <translation>%1: un paquete necesita al menos un archivo de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; cannot be a file of the pack</source>
        <translation>%1: «%2» no puede ser un archivo del paquete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, retrieved %2. © EuroGeographics for the administrative boundaries.</source>
        <translation>%1, consultado el %2. © EuroGeographics para los límites administrativos.</translation>
    </message>
</context>
<context>
    <name>cs::DataPackDialog</name>
    <message>
        <location filename="../widgets/DataPackDialog.cpp" line="+38"/>
        <source>Data packs</source>
        <translation>Paquetes de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated offline copies of the statistics: the packs built in, those downloaded from Eurostat (kept in %1) and those opened before.</source>
        <translation>Copias sin conexión fechadas de las estadísticas: los paquetes integrados, los descargados de Eurostat (guardados en %1) y los abiertos anteriormente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS</source>
        <translation>NUTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved</source>
        <translation>Fecha de consulta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;folder</source>
        <translation>Mostrar &amp;carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open other &amp;pack…</source>
        <translation>Abrir otro &amp;paquete…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not usable: %1</source>
        <translation>No utilizable: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built in (%1)</source>
        <translation>integrado (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2); %3, retrieved %4. Licence: %5.</source>
        <translation>%1 (%2); %3, consultado el %4. Licencia: %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation>Consulta: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open data pack</source>
        <translation>Abrir paquete de datos</translation>
    </message>
</context>
<context>
    <name>cs::DataSource</name>
    <message>
        <location filename="../app/Recipe.cpp" line="+296"/>
        <source>expected an object with &quot;dataset&quot; or &quot;file&quot;, got %1</source>
        <translation>se esperaba un objeto con &quot;dataset&quot; o &quot;file&quot;, se recibió: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give either &quot;dataset&quot; or &quot;file&quot;, not both</source>
        <translation>indique &quot;dataset&quot; o &quot;file&quot;, no ambos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation>conjunto de datos desconocido «%1»; conjuntos de datos válidos: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>applies only to a data &quot;file&quot;</source>
        <translation>solo se aplica a un archivo de datos (&quot;file&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded data sets use NUTS 2013</source>
        <translation>los conjuntos de datos integrados usan NUTS 2013</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation>«%1» no válido; se esperaba DIMENSION=VALUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation>se esperaba un número positivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021</source>
        <translation>versión NUTS desconocida %1; versiones válidas: 2010, 2013, 2016, 2021</translation>
    </message>
</context>
<context>
    <name>cs::DownloadDialog</name>
    <message>
        <location filename="../widgets/DownloadDialog.cpp" line="+24"/>
        <source>Download from Eurostat</source>
        <translation>Descargar de Eurostat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dataset:</source>
        <translation>C&amp;onjunto de datos:</translation>
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
        <translation>Descargar de &amp;nuevo aunque haya una copia en la caché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1 kB…</source>
        <translation>Recibidos %1 kB…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download contains no usable data: %1</source>
        <translation>La descarga no contiene datos utilizables: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Read %Ln value(s) from the cache.</source>
        <translation>
            <numerusform>Se ha leído %Ln valor de la caché.</numerusform>
            <numerusform>Se han leído %Ln valores de la caché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Downloaded %Ln value(s).</source>
        <translation>
            <numerusform>Se ha descargado %Ln valor.</numerusform>
            <numerusform>Se han descargado %Ln valores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled; nothing was loaded or cached.</source>
        <translation>Descarga cancelada; no se ha cargado ni guardado en caché nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept as data pack %1.</source>
        <translation>Guardado como paquete de datos %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A copy is in the cache (%1); it is used unless you tick “Download again”.</source>
        <translation>Hay una copia en la caché (%1); se usa a menos que marque «Descargar de nuevo».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the cache yet; needs a network connection.</source>
        <translation>Aún no está en la caché; se necesita conexión de red.</translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+133"/>
        <source>Structural business statistics: persons employed in local units and their wages and salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)</source>
        <translation>Estadísticas estructurales de empresas: personas ocupadas en unidades locales y sus sueldos y salarios por NUTS 2 y división NACE (desde 2021; NUTS 2021)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structural business statistics: persons employed and wages and salaries by NUTS 2 and NACE division (2008–2020; NUTS 2016 and earlier)</source>
        <translation>Estadísticas estructurales de empresas: personas ocupadas y sueldos y salarios por NUTS 2 y división NACE (2008–2020; NUTS 2016 y anteriores)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour force survey: employment 15–64 by NUTS 2 and NACE section</source>
        <translation>Encuesta de población activa: empleo de 15 a 64 años por NUTS 2 y sección de la NACE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional accounts: employment by NUTS 3 and NACE aggregate</source>
        <translation>Cuentas regionales: empleo por NUTS 3 y agregado de la NACE</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>cannot create the cache folder %1</source>
        <translation>no se puede crear la carpeta de caché %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../maps/EurostatTable.cpp" line="+92"/>
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
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not %1</source>
        <translation>el archivo es binario, no %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Eurostat table</source>
        <translation>una tabla de Eurostat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation>la columna «%1» tras las columnas de años no es un año</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation>no hay columnas de año en la cabecera (se esperaba p. ej. 2015 o n2015)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>la cabecera necesita las dimensiones «%1» y «%2»; tiene: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro sobre una dimensión desconocida «%1»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>region %1, industry %2, %3</source>
        <translation>región %1, sector %2, %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (%2); treated as missing</source>
        <translation>«%1» no es un número ni una marca de Eurostat (%2); se trata como valor faltante</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation>fila duplicada para la región %1, sector %2; omitida</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensión «%1» tiene varios valores (%2); elija uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>ninguna fila de datos coincide</translation>
    </message>
</context>
<context>
    <name>cs::ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="+26"/>
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
        <source>Export s&amp;cores (CSV, XLSX)…</source>
        <translation>Exportar &amp;valores (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export layer for Q&amp;GIS…</source>
        <translation>Exportar capa para &amp;QGIS…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to write.</source>
        <translation>Elija un archivo en el que escribir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Export scores</source>
        <translation>Exportar valores</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Tabla CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export layer for QGIS</source>
        <translation>Exportar capa para QGIS</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>QGIS project with GeoPackage (*.qgs)</source>
        <translation>Proyecto de QGIS con GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 and %2</source>
        <translation>Se han escrito %1 y %2</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+27"/>
        <location line="+132"/>
        <source>Export figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom size in pixels</source>
        <translation>Tamaño personalizado en píxeles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
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
        <translation>Recuadros para las regiones ultraperiféricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>Barra de escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>Flecha del norte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Márgenes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
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
        <translation>%1: el tamaño de salida %2×%3 px está fuera de rango (16–30000)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not enough memory for %2×%3 px</source>
        <translation>%1: no hay memoria suficiente para %2×%3 px</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG encoder failed</source>
        <translation>el codificador PNG ha fallado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the SVG could not be written</source>
        <translation>no se ha podido escribir el archivo SVG</translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+114"/>
        <location line="+51"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation>%1: no se puede leer la capa NUTS %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation>no se puede escribir %1: la carpeta no existe</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+78"/>
        <location line="+57"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation>no se puede escribir el estilo de QGIS en %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ImportActions</name>
    <message>
        <location filename="../app/ImportActions.cpp" line="+56"/>
        <source>&amp;Embedded data</source>
        <translation>Da&amp;tos integrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;packs…</source>
        <translation>Pa&amp;quetes de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statistics…</source>
        <translation>&amp;Importar estadísticas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download from Eurostat…</source>
        <translation>&amp;Descargar de Eurostat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load category &amp;mapping…</source>
        <translation>&amp;Cargar asignación de categorías…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <location line="+13"/>
        <source>Load category mapping</source>
        <translation>Cargar asignación de categorías</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Category mapping (*.csv);;All files (*)</source>
        <translation>Asignación de categorías (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;boundaries…</source>
        <translation>Abrir &amp;límites…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in N&amp;UTS boundaries</source>
        <translation>Límites &amp;NUTS integrados</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n value(s) read from %1</source>
        <translation>
            <numerusform>%n valor leído de %1</numerusform>
            <numerusform>%n valores leídos de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no problems.</source>
        <translation>; sin problemas.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s) listed below (rows skipped, values treated as missing, codes without a region).</source>
        <translation>
            <numerusform>; %n problema indicado abajo (filas omitidas, valores tratados como faltantes, códigos sin región).</numerusform>
            <numerusform>; %n problemas indicados abajo (filas omitidas, valores tratados como faltantes, códigos sin región).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>Importar estadísticas</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nothing usable was loaded: %1</source>
        <translation>No se ha cargado nada utilizable: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The map shows NUTS %2 regions (boundaries of NUTS %3).</source>
        <translation>%1 El mapa muestra las regiones de nivel NUTS %2 (límites de NUTS %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>Cargado %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Estadísticas (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV o TSV (*.csv *.tsv *.txt);;SDMX-CSV o TSV de Eurostat (*.csv *.tsv);;JSON-stat (*.json);;Libros de cálculo (*.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.</source>
        <translation>Fuente: Eurostat (%1, descargado). © EuroGeographics para los límites administrativos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Download from Eurostat</source>
        <translation>Descargar de Eurostat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The download contains no usable data.</source>
        <translation>La descarga no contiene datos utilizables.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n value(s) loaded from %1</source>
        <translation>
            <numerusform>%n valor cargado desde %1</numerusform>
            <numerusform>%n valores cargados desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s).</source>
        <translation>
            <numerusform>; %n problema.</numerusform>
            <numerusform>; %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mapping was not loaded.</source>
        <translation>La asignación no se ha cargado.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %1: %n cluster category(s).</source>
        <translation>
            <numerusform>Cargado %1: %n categoría de clúster.</numerusform>
            <numerusform>Cargado %1: %n categorías de clúster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every NACE code of the data is mapped.</source>
        <translation>Todos los códigos NACE de los datos están asignados.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>%n código NACE de los datos no está asignado: %1</numerusform>
            <numerusform>%n códigos NACE de los datos no están asignados: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Embedded data</source>
        <translation>Datos integrados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in data pack cannot be used.</source>
        <translation>No se puede usar el paquete de datos integrado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — retrieved %2</source>
        <translation>%1 — consultado el %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open data pack</source>
        <translation>Abrir paquete de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing usable was loaded from the pack&apos;s values.</source>
        <translation>No se ha cargado nada utilizable de los valores del paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data pack was refused.</source>
        <translation>El paquete de datos ha sido rechazado.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Opened data pack %1 — retrieved %2: %Ln value(s).</source>
        <translation>
            <numerusform>Abierto el paquete de datos %1 — consultado el %2: %Ln valor.</numerusform>
            <numerusform>Abierto el paquete de datos %1 — consultado el %2: %Ln valores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Open boundaries</source>
        <translation>Abrir límites</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)</source>
        <translation>Archivos vectoriales (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column of NUTS codes was recognised. Column with the region codes:</source>
        <translation>No se ha reconocido ninguna columna de códigos NUTS. Columna con los códigos de región:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Copy list</source>
        <translation>Co&amp;piar lista</translation>
    </message>
</context>
<context>
    <name>cs::Imports</name>
    <message numerus="yes">
        <location filename="../app/Imports.cpp" line="+53"/>
        <source>warning: %n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>advertencia: %n código NACE de los datos no está asignado: %1</numerusform>
            <numerusform>advertencia: %n códigos NACE de los datos no están asignados: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+89"/>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON-stat dataset: the top level is not an object</source>
        <translation>no es un conjunto de datos JSON-stat: el nivel superior no es un objeto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: the server returned an error instead of data: %1</source>
        <translation>error: el servidor ha devuelto un error en lugar de datos: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>class: &apos;%1&apos; is not supported; expected a JSON-stat 2.0 &apos;dataset&apos;</source>
        <translation>class: «%1» no es compatible; se esperaba un «dataset» JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>id: missing or empty; not a JSON-stat 2.0 dataset</source>
        <translation>id: falta o está vacío; no es un conjunto de datos JSON-stat 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: %1 entries, but id names %2 dimensions</source>
        <translation>size: %1 entradas, pero id nombra %2 dimensiones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id[%1]: not a dimension name</source>
        <translation>id[%1]: no es un nombre de dimensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size[%1]: not a count</source>
        <translation>size[%1]: no es un recuento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size: the dataset is too large</source>
        <translation>size: el conjunto de datos es demasiado grande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.category: missing</source>
        <translation>%1.category: falta</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation>%1.category.index: %2 categorías, pero size indica %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.category.index[%2]: not a position below %3</source>
        <translation>%1.category.index[%2]: no es una posición menor que %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.category.index[%2]: position %3 is taken by &apos;%4&apos;</source>
        <translation>%1.category.index[%2]: la posición %3 ya está ocupada por «%4»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.category.index: missing</source>
        <translation>%1.category.index: falta</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation>id: no hay dimensión temporal («time» o role.time); tiene: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation>id: el conjunto de datos necesita las dimensiones «%1» y «%2»; tiene: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation>filtro sobre una dimensión desconocida «%1»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>indicator %1 is neither persons employed nor wages and salaries; not read</source>
        <translation>el indicador %1 no es ni personas ocupadas ni sueldos y salarios; no se lee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation>dimension.%1: no hay ninguna categoría «%2» por la que filtrar; tiene: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensión «%1» tiene varios valores (%2); elija uno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>size: %1 × %2 × %3 region, industry and year cells are too many</source>
        <translation>size: %1 × %2 × %3 celdas de región, sector y año son demasiadas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>value: %1 cells, but size says %2</source>
        <translation>value: %1 celdas, pero size indica %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not a cell index</source>
        <translation>no es un índice de celda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation>índice fuera de rango (el conjunto de datos tiene %1 celdas)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>value: missing; expected an array or an object</source>
        <translation>value: falta; se esperaba un array o un objeto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a flag string</source>
        <translation>no es una cadena de marcas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>«%1» no es una marca de Eurostat; se ignora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries, but size says %2; ignored</source>
        <translation>%1 entradas, pero size indica %2; se ignora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation>se esperaba una cadena, un array o un objeto; se ignora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation>no es un año; solo se leen datos anuales; omitido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no data cells matched</source>
        <translation>ninguna celda de datos coincide</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+18"/>
        <source>change view</source>
        <translation>cambiar vista</translation>
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
        <translation>Nivel NUTS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation>Sector (NACE) o categoría de clúster; escriba para buscar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+784"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Animate the years</source>
        <translation>Animar los años</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>Quantiles</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal intervals</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Cortes naturales (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Desviación estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars (0–3)</source>
        <translation>Estrellas (0–3)</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour palette</source>
        <translation>Paleta de colores</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <translation> Añ&amp;o </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cl&amp;asses </source>
        <translation>C&amp;lases </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &amp;Palette </source>
        <translation> &amp;Paleta </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference area of shares, location quotients and stars</source>
        <translation>Área de referencia de las cuotas, los cocientes de localización y las estrellas</translation>
    </message>
    <message numerus="yes">
        <location line="+450"/>
        <source>Boundaries: %1 (key column %2, %Ln regions)</source>
        <translation>
            <numerusform>Límites: %1 (columna clave %2, %Ln región)</numerusform>
            <numerusform>Límites: %1 (columna clave %2, %Ln regiones)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Traded clusters (US definitions carried over to NACE)</source>
        <translation>Clústeres comerciables (definiciones de EE. UU. trasladadas a la NACE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE sections</source>
        <translation>Secciones de la NACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NACE divisions</source>
        <translation>Divisiones de la NACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE groups and other codes</source>
        <translation>Grupos de la NACE y otros códigos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (English titles)</source>
        <translation> (títulos en inglés)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All regions of the data</source>
        <translation>Todas las regiones de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-27 (2020)</source>
        <translation>UE-27 (2020)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <location line="-738"/>
        <source> &amp;Reference </source>
        <translation> Área de &amp;referencia </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation>Buscar región (nombre o código NUTS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter selects the region; Ctrl+Enter adds it to the selection</source>
        <translation>Intro selecciona la región; Ctrl+Intro la añade a la selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>No region matches “%1”</source>
        <translation>Ninguna región coincide con «%1»</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+23"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ClusterScope project (*.clusterscope.json *.json)</source>
        <translation>Proyecto de ClusterScope (*.clusterscope.json *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save project…</source>
        <translation>&amp;Guardar proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ClusterScope project (*.clusterscope.json)</source>
        <translation>Proyecto de ClusterScope (*.clusterscope.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region &amp;totals</source>
        <translation>T&amp;otales regionales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sum of the industries reported</source>
        <translation>&amp;Suma de los sectores declarados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published by the data (where it has them)</source>
        <translation>&amp;Publicados en los datos (cuando existen)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select 2 to %1 regions (Ctrl-click) to compare them.</source>
        <translation>Seleccione de 2 a %1 regiones (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cluster s&amp;tar symbols</source>
        <translation>Sí&amp;mbolos de estrellas de clúster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class limits &amp;per year</source>
        <translation>Límites de clase p&amp;or año</translation>
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
        <translation>Enfocar el ma&amp;pa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected regions (%1)</source>
        <translation>Comparar las regiones seleccionadas (%1)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Diverging quantiles (around 1; growth: 0)</source>
        <translation>Cuantiles divergentes (en torno a 1; crecimiento: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric (around 1; growth: 0)</source>
        <translation>Simétrica (en torno a 1; crecimiento: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-symmetric around 1, up to 2 (LQ)</source>
        <translation>Log-simétrica en torno a 1, hasta 2 (LQ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Default: %1</source>
        <translation>Por defecto: %1</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
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
        <location line="+6"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region &amp;labels</source>
        <translation>E&amp;tiquetas de las regiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS &amp;codes</source>
        <translation>&amp;Códigos NUTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names</source>
        <translation>N&amp;ombres</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Proportional &amp;circles</source>
        <translation>Cí&amp;rculos proporcionales</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+24"/>
        <source>%1: the project uses other data (%2); start ClusterScope with that data to open it</source>
        <translation>%1: el proyecto usa otros datos (%2); inicie ClusterScope con esos datos para abrirlo</translation>
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
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the data</source>
        <translation>Sin cobertura en los datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster with %1+ stars</source>
        <translation>Clúster con %1+ estrellas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed cells hide &gt; 5 % of the region&apos;s total</source>
        <translation>Las celdas ocultas por confidencialidad suponen &gt; 5 % del total regional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected region</source>
        <translation>Región seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner region</source>
        <translation>Región socia</translation>
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
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>cs::MethodDialog</name>
    <message>
        <location filename="../app/MethodDialog.cpp" line="+13"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and reference area</source>
        <translation>Regiones y área de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every relative measure compares a region with a reference area: by default all regions of the chosen NUTS level that carry a number in the data, or one country, or the EU-27 (&lt;i&gt;Reference&lt;/i&gt; picker). Aggregates such as EU28 or EA19, extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every sum; codes renamed between NUTS versions are recoded, and each case is listed when the data are loaded.</source>
        <translation>Toda medida relativa compara una región con un área de referencia: por defecto, todas las regiones del nivel NUTS elegido que tienen un número en los datos, o un país, o la UE-27 (selector &lt;i&gt;Área de referencia&lt;/i&gt;). Los agregados como EU28 o EA19, los códigos extra-regio (p. ej. FRZZ) y los códigos que no pertenecen a ninguna versión de la NUTS quedan fuera de todas las sumas; los códigos renombrados entre versiones de la NUTS se recodifican, y cada caso se indica al cargar los datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A region&apos;s total employment e&lt;sub&gt;r&lt;/sub&gt; is either the sum of the industries the data report (default) or the total the data publish (&lt;i&gt;File ▸ Region totals&lt;/i&gt;). Where confidential cells hide more than 5 % of a published total, the region is outlined with dots on the map and flagged in its profile.</source>
        <translation>El empleo total e&lt;sub&gt;r&lt;/sub&gt; de una región es la suma de los sectores que declaran los datos (por defecto) o el total que publican los datos (&lt;i&gt;Archivo ▸ Totales regionales&lt;/i&gt;). Cuando las celdas confidenciales ocultan más del 5 % de un total publicado, la región se contornea con puntos en el mapa y se marca en su perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e&lt;sub&gt;rc&lt;/sub&gt; the employment of region r in category c, e&lt;sub&gt;r&lt;/sub&gt; the region&apos;s total, E&lt;sub&gt;c&lt;/sub&gt; the reference area&apos;s employment in c and E its total:</source>
        <translation>Siendo e&lt;sub&gt;rc&lt;/sub&gt; el empleo de la región r en la categoría c, e&lt;sub&gt;r&lt;/sub&gt; el total de la región, E&lt;sub&gt;c&lt;/sub&gt; el empleo del área de referencia en c y E su total:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Employment&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;share&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (the region&apos;s part of the category); &lt;b&gt;focus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (the category&apos;s part of the region); &lt;b&gt;location quotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): above 1 the region is more specialised than the reference area, 2 or more counts as a specialisation.</source>
        <translation>&lt;b&gt;Empleo&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;cuota&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (la parte de la categoría que corresponde a la región); &lt;b&gt;foco&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (la parte de la región que corresponde a la categoría); &lt;b&gt;cociente de localización&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): por encima de 1 la región está más especializada que el área de referencia; a partir de 2 se considera una especialización.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Growth&lt;/b&gt; is the compound annual growth rate of e&lt;sub&gt;rc&lt;/sub&gt; from the first year of the data to the year shown, in % per year; shift-share splits the change into reference growth, industry mix and competitive effect.</source>
        <translation>El &lt;b&gt;crecimiento&lt;/b&gt; es la tasa de crecimiento anual compuesta de e&lt;sub&gt;rc&lt;/sub&gt; desde el primer año de los datos hasta el año mostrado, en % anual; el análisis shift-share descompone la variación en crecimiento de referencia, composición sectorial y efecto competitivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster stars</source>
        <translation>Estrellas de clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the European Cluster Observatory: one star each for &lt;b&gt;size&lt;/b&gt; (the region is among the top 10 % of regions by employment in the category), &lt;b&gt;specialisation&lt;/b&gt; (LQ ≥ 2) and &lt;b&gt;focus&lt;/b&gt; (among the top 10 % by the category&apos;s share of the region&apos;s employment). A star is robust when the decision stays the same with the cut-off moved by ±10 %.</source>
        <translation>Como en el European Cluster Observatory: una estrella por cada criterio, &lt;b&gt;tamaño&lt;/b&gt; (la región está entre el 10 % de regiones con más empleo en la categoría), &lt;b&gt;especialización&lt;/b&gt; (LQ ≥ 2) y &lt;b&gt;foco&lt;/b&gt; (entre el 10 % superior según la cuota de la categoría en el empleo de la región). Una estrella es robusta cuando la decisión no cambia al desplazar el umbral un ±10 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Productivity and growth stars need wage and multi-year data; without them they are not awarded.</source>
        <translation>Las estrellas de productividad y de crecimiento requieren datos salariales y de varios años; sin ellos no se conceden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wages and productivity</source>
        <translation>Salarios y productividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;relative wage&lt;/b&gt; (productivity) of a region in a category is its wage per person employed, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, over the category&apos;s average in the reference area, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, both summed over the industries that report wages and persons employed: above 1 the region pays more per person than the reference area. It is a ratio, so the unit of the wages (Eurostat: million euro) cancels. The &lt;b&gt;productivity star&lt;/b&gt; goes to the top 10 % of regions by relative wage.</source>
        <translation>El &lt;b&gt;salario relativo&lt;/b&gt; (productividad) de una región en una categoría es su salario por persona ocupada, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, respecto a la media de la categoría en el área de referencia, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, ambos sumados sobre los sectores que declaran salarios y personas ocupadas: por encima de 1, la región paga más por persona que el área de referencia. Es un cociente, por lo que la unidad de los salarios (Eurostat: millones de euros) se anula. La &lt;b&gt;estrella de productividad&lt;/b&gt; se concede al 10 % superior de las regiones según el salario relativo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Wages in the built-in data&lt;/b&gt;: only the data pack “SBS persons employed and wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat&apos;s sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version of that year, 2014 the last complete year. The default SBS 2015 extract and the LFS extract hold persons employed only, so the relative wage and the productivity star are not offered for them. They also appear for files with wages: a Eurostat SBS table with the indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a long table with a wages column chosen on import.</source>
        <translation>&lt;b&gt;Salarios en los datos integrados&lt;/b&gt;: solo el paquete de datos «EEE personas ocupadas y salarios, 2008–2015» (Archivo ▸ Paquetes de datos; --dataset sbs-wages) los contiene: sbs_r_nuts06_r2 de Eurostat a nivel NUTS 2 y división NACE, cada año en la versión NUTS de ese año, 2014 el último año completo. El extracto EEE 2015 por defecto y el extracto EPA contienen solo personas ocupadas; para ellos no se ofrecen el salario relativo ni la estrella de productividad. También aparecen para archivos con salarios: una tabla EEE de Eurostat con los indicadores personas ocupadas y sueldos y salarios (indic_sb V16110 y V13320 de sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR y WAGE_LOC_MEUR de sbs_r_nuts2021), o una tabla larga con una columna de salarios elegida al importar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster categories</source>
        <translation>Categorías de clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster categories are the US Cluster Mapping Project&apos;s 51 traded clusters, carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not the official European Cluster Panorama table, which is not published in a machine-readable form; NACE industries that feed several clusters are split by their NAICS counts, and every approximation is listed in the categories file.</source>
        <translation>Las categorías de clúster son los 51 clústeres comerciables (traded clusters) del US Cluster Mapping Project, trasladados a la NACE Rev. 2 mediante tablas de correspondencia oficiales (Eurostat NACE Rev. 2 → CIIU Rev. 4, US Census NAICS 2012 → CIIU Rev. 4). Son definiciones de EE. UU., no la tabla oficial del European Cluster Panorama, que no se publica en un formato legible por máquina; los sectores NACE que alimentan varios clústeres se reparten según sus recuentos NAICS, y cada aproximación se indica en el archivo de categorías.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ten emerging industries of the European Cluster Panorama (e.g. biopharmaceuticals, blue growth, creative, digital and experience industries) are not included: their NACE code lists could not be found in a citable, machine-readable form, and no list is invented.</source>
        <translation>Las diez industrias emergentes del European Cluster Panorama (p. ej., biofarmacia, crecimiento azul, industrias creativas, digitales y de la experiencia) no se incluyen: sus listas de códigos NACE no se encontraron en una forma citable y legible por máquina, y no se inventa ninguna lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation>Regiones socias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Similar&lt;/b&gt; partners have a similar profile of cluster location quotients (cosine similarity, 1 = the same shape; or correlation). &lt;b&gt;Complementary&lt;/b&gt; partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ &lt; 1) but related: the sum of min(LQ, 3) × the relatedness density ω of the region in each such cluster.</source>
        <translation>Los socios &lt;b&gt;similares&lt;/b&gt; tienen un perfil similar de cocientes de localización por clúster (similitud coseno, 1 = misma forma; o correlación). Los socios &lt;b&gt;complementarios&lt;/b&gt; son fuertes (LQ ≥ 1) en clústeres en los que la región es débil (LQ &lt; 1) pero está relacionada: la suma de min(LQ, 3) × la densidad de relación ω de la región en cada uno de esos clústeres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map classes</source>
        <translation>Clases del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, 1, 1.41, 2) on a diverging palette, so above and below the reference read at a glance; growth diverges around 0. Class limits are computed over all years of the data, so a colour means the same value in every year (&lt;i&gt;View ▸ Class limits per year&lt;/i&gt; changes that).</source>
        <translation>Los cocientes de localización se clasifican simétricamente en escala logarítmica en torno a 1 (0.5, 0.71, 1, 1.41, 2) con una paleta divergente, de modo que los valores por encima y por debajo de la referencia se distinguen de un vistazo; el crecimiento diverge en torno a 0. Los límites de clase se calculan sobre todos los años de los datos, de modo que un color significa el mismo valor en todos los años (&lt;i&gt;Ver ▸ Límites de clase por año&lt;/i&gt; lo cambia).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and licences</source>
        <translation>Fuentes y licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics: Source: Eurostat, re-used under the Eurostat copyright notice (free re-use with acknowledgement of the source). Boundaries: GISCO NUTS © EuroGeographics for the administrative boundaries.</source>
        <translation>Estadísticas: Fuente: Eurostat, reutilizadas conforme al aviso de derechos de autor de Eurostat (reutilización libre citando la fuente). Límites: GISCO NUTS © EuroGeographics para los límites administrativos.</translation>
    </message>
</context>
<context>
    <name>cs::NutsCodes</name>
    <message numerus="yes">
        <location filename="../maps/NutsCodes.cpp" line="+49"/>
        <source>%n record</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: no se pueden abrir los límites NUTS (%2). Ejecute scripts/setup.sh para crear la caché o defina CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: no hay ninguna capa «%2» en este archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no NUTS_ID field</source>
        <translation>%1: la capa «%2» no tiene campo NUTS_ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no NUTS %2 codes in this file</source>
        <translation>%1: no hay códigos NUTS %2 en este archivo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot open the NUTS recoding table: %2</source>
        <translation>%1: no se puede abrir la tabla de recodificación NUTS: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a NUTS recoding table (%2)</source>
        <translation>%1: no es una tabla de recodificación NUTS (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON array</source>
        <translation>se esperaba un array JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: entry %2 needs &apos;from&apos;, &apos;to&apos; and &apos;newIdToOldId&apos;</source>
        <translation>%1: la entrada %2 necesita «from», «to» y «newIdToOldId»</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1 (none with a number)</source>
        <translation>%1 (ninguno con valor numérico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 with a number)</source>
        <translation>%1 (%2 con valor numérico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty region code: %1 left out</source>
        <translation>código de región vacío: exclusión de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: extra-regio territory, not a region: %2 left out</source>
        <translation>%1: territorio extra-regio, no es una región: exclusión de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: aggregate of countries, not a region: %2 left out</source>
        <translation>%1: agregado de países, no es una región: exclusión de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a NUTS region code: %2 left out</source>
        <translation>%1: no es un código de región NUTS: exclusión de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded</source>
        <translation>%1: código NUTS %2, renombrado %3 en NUTS %4: recodificación de %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4, nothing to sum or draw</source>
        <translation>%1: código NUTS %2 sin simple cambio de nombre a NUTS %3 (límites modificados): %4, nada que sumar ni dibujar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries</source>
        <translation>%1: código NUTS %2 sin simple cambio de nombre a NUTS %3 (límites modificados): inclusión de %4 en las sumas de %5, sin dibujar en los límites NUTS %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a NUTS code in %2: %3 left out</source>
        <translation>%1: no es un código NUTS en %2: exclusión de %3</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 in %2: %n cell(s) published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</source>
        <translation>
            <numerusform>%1 en %2: %n celda publicada a la vez como %1 y como %3, el código del mismo territorio en otra versión NUTS (doble contabilización); se usan las cifras de %1</numerusform>
            <numerusform>%1 en %2: %n celdas publicadas a la vez como %1 y como %3, el código del mismo territorio en otra versión NUTS (doble contabilización); se usan las cifras de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 and its successor(s) %2 both carry numbers in %3: the same territory is counted twice in those years</source>
        <translation>%1 y su(s) sucesor(es) %2 tienen cifras en %3: el mismo territorio se cuenta dos veces en esos años</translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+218"/>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation>%1: no es un archivo vectorial que GDAL pueda leer (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this file has no layer with geometries</source>
        <translation>%1: este archivo no tiene ninguna capa con geometrías</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation>%1: falta la caché de límites NUTS. Ejecute scripts/setup.sh para crearla o defina CLUSTERSCOPE_NUTS_GPKG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vector format GDAL knows</source>
        <translation>no es un formato vectorial que GDAL conozca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read boundaries: %2</source>
        <translation>%1: no se pueden leer los límites: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this file has no layer</source>
        <translation>%1: este archivo no tiene ninguna capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation>%1: no hay ninguna capa «%2» en este archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos;; its columns: %4</source>
        <translation>%1: la capa «%2» no tiene la columna «%3»; sus columnas: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column of NUTS codes; name one as the key column. Its columns: %3</source>
        <translation>%1: la capa «%2» no tiene ninguna columna de códigos NUTS; indique una como columna clave. Sus columnas: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation>%1: no se puede reproyectar la capa «%2» a EPSG:3035 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation>%1: no se ha podido reproyectar la región %2 a EPSG:3035</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: layer &apos;%2&apos; has no regions of NUTS level %3 in column %4</source>
        <translation>%1: la capa «%2» no tiene regiones del nivel NUTS %3 en la columna %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: layer &apos;%2&apos; has no features with a code in column %3</source>
        <translation>%1: la capa «%2» no tiene entidades con un código en la columna %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: layer &apos;%2&apos; has no polygons (its %n feature(s) have points, lines or empty geometries); boundaries need polygons</source>
        <translation>
            <numerusform>%1: la capa «%2» no tiene polígonos (su %n entidad tiene puntos, líneas o geometría vacía); los límites requieren polígonos</numerusform>
            <numerusform>%1: la capa «%2» no tiene polígonos (sus %n entidades tienen puntos, líneas o geometrías vacías); los límites requieren polígonos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+46"/>
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
        <location line="+2"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other countries</source>
        <translation>Otros países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same country</source>
        <translation>Mismo país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where partners may be</source>
        <translation>Dónde pueden estar los socios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any distance</source>
        <translation>Cualquier distancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners within this distance (between region centres)</source>
        <translation>Solo socios dentro de esta distancia (entre los centros de las regiones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions partners are sought among: the selected region&apos;s level or another level of the data</source>
        <translation>Las regiones entre las que se buscan socios: el nivel de la región seleccionada u otro nivel de los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners at:</source>
        <translation>Nivel de los socios:</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1</source>
        <translation>NUTS %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole profile</source>
        <translation>Perfil completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1 regions</source>
        <translation>regiones NUTS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region selected.</source>
        <translation>Ninguna región seleccionada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation>%1 no tiene datos en el nivel NUTS %2 en %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data has no %1 in %2.</source>
        <translation>Los datos no contienen %1 en %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation>%1 no es una categoría de clúster; elija un clúster o use el perfil completo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation>Ningún clúster en el que ambas tengan LQ ≥ 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both specialised in: %1</source>
        <translation>Ambas especializadas en: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.</source>
        <translation>
            <numerusform>Puntuación 0–1: cuánto se parecen las dos combinaciones de especializaciones (coseno de los perfiles de LQ en %n clúster); 1 = la misma combinación.</numerusform>
            <numerusform>Puntuación 0–1: cuánto se parecen las dos combinaciones de especializaciones (coseno de los perfiles de LQ en %n clústeres); 1 = la misma combinación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score −1 to 1: correlation of the LQ profiles over %n cluster(s); 1 = the same mix, 0 = unrelated.</source>
        <translation>
            <numerusform>Puntuación −1 a 1: correlación de los perfiles de LQ en %n clúster; 1 = la misma combinación, 0 = sin relación.</numerusform>
            <numerusform>Puntuación −1 a 1: correlación de los perfiles de LQ en %n clústeres; 1 = la misma combinación, 0 = sin relación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), weighted by how related %3 is to it.</source>
        <translation>Puntuación 0–1: cuánto está especializado el socio en %1 (LQ limitado a %2), ponderado por lo relacionada que está %3 con él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score 0–1: the share of what %1 could gain that the partner has — its strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; 1 = strong in all of them.</source>
        <translation>Puntuación 0–1: la parte de lo que %1 podría ganar que aporta el socio — sus fortalezas (LQ ≥ 1, limitado a %2) en clústeres donde %1 es débil pero relacionada; 1 = fuerte en todos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners among the %1 (%2&apos;s own numbers from NUTS %3); regions that contain %2 or lie in it are left out.</source>
        <translation>Socios entre %1 (cifras propias de %2 del nivel NUTS %3); se excluyen las regiones que contienen %2 o están dentro de ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtered: %1%2.</source>
        <translation>Filtrado: %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other countries than %1</source>
        <translation>otros países distintos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within %1 km</source>
        <translation>, a menos de %1 km</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation>Solo regiones con LQ ≥ 1 en %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation>%1 (LQ %2 × ω %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation>%1 ya está especializada en él (LQ %2).</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+1"/>
        <source>Strengths it brings</source>
        <translation>Fortalezas que aporta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared strengths</source>
        <translation>Fortalezas compartidas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1: no partners</source>
        <translation>no se puede escribir %1: no hay socios</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>cs::ProjectFile</name>
    <message>
        <location filename="../app/ProjectFile.cpp" line="+51"/>
        <source>not a ClusterScope project: no &quot;%1&quot; key</source>
        <translation>no es un proyecto de ClusterScope: falta la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a version number</source>
        <translation>%1: se esperaba un número de versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer ClusterScope (version %2; this one reads %3)</source>
        <translation>%1: creado con un ClusterScope más reciente (versión %2; este lee la %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>%1: se esperaba [xmin, ymin, xmax, ymax] en metros EPSG:3035 con xmin &lt; xmax e ymin &lt; ymax</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected a list of NUTS codes</source>
        <translation>%1: se esperaba una lista de códigos NUTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2]: expected a NUTS code</source>
        <translation>%1[%2]: se esperaba un código NUTS</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: damaged project file (%2 at offset %3 of %4 bytes)</source>
        <translation>%1: archivo de proyecto dañado (%2 en la posición %3 de %4 bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a ClusterScope project: expected a JSON object</source>
        <translation>%1: no es un proyecto de ClusterScope: se esperaba un objeto JSON</translation>
    </message>
</context>
<context>
    <name>cs::QgisProject</name>
    <message>
        <location filename="../maps/QgisProject.cpp" line="+88"/>
        <source>© EuroGeographics for the administrative boundaries</source>
        <translation>© EuroGeographics para los límites administrativos</translation>
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
        <translation>&amp;Borrar lista</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown key; valid keys: %1</source>
        <translation>clave desconocida; claves válidas: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text, got %1</source>
        <translation>se esperaba un texto, se recibió: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se recibió: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se recibió: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>se esperaba un número entero, se recibió: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation>%1 está fuera de rango; valores válidos: de %2 a %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of numbers, got %1</source>
        <translation>se esperaba una lista de números, se recibió: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of numbers, found %1</source>
        <translation>se esperaba una lista de números, se encontró: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;; valid values: %2</source>
        <translation>valor desconocido «%1»; valores válidos: %2</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation>la versión %1 es más reciente que la que lee este programa (1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth</source>
        <translation>indicador desconocido «%1»; indicadores válidos: lq, share, focus, employment, stars, growth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation>paleta desconocida «%1»; paletas válidas: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected at least two strictly ascending numbers</source>
        <translation>se esperaban al menos dos números estrictamente ascendentes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid size &apos;%1&apos;; expected &quot;WIDTHxHEIGHT&quot;, e.g. &quot;1920x1080&quot;</source>
        <translation>tamaño «%1» no válido; se esperaba &quot;WIDTHxHEIGHT&quot;, p. ej. &quot;1920x1080&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range; valid: 36 to 1200</source>
        <translation>%1 está fuera de rango; valores válidos: de 36 a 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; give &quot;format&quot; (%1) or an output file ending in one of them</source>
        <translation>falta; indique &quot;format&quot; (%1) o un archivo de salida que termine en uno de ellos</translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message>
        <location filename="../widgets/RegionProfile.cpp" line="+247"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+673"/>
        <source>Employment</source>
        <translation>Empleo</translation>
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
        <translation>Foco</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>No region selected</source>
        <translation>Ninguna región seleccionada</translation>
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
        <translation>%1: sin datos en el nivel NUTS %2 en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation>%1 — cartera de clústeres, NUTS %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
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
        <location line="+88"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 — %2 in %3, %4</source>
        <translation>%1 — %2 en %3, %4</translation>
    </message>
    <message>
        <location line="-571"/>
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too unreliable to publish</source>
        <translation>demasiado poco fiable para publicarse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged “%1”</source>
        <translation>marcado «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>no disponible</translation>
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
            <numerusform>%n estrella, LQ %1</numerusform>
            <numerusform>%n estrellas, LQ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
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
        <translation>Personas ocupadas en la categoría (e_rc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient: (e_rc / e_r) / (E_c / E)</source>
        <translation>Cociente de localización: (e_rc / e_r) / (E_c / E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster stars (size, specialisation, focus). The table is sorted by strength: stars, then location quotient, strongest first.</source>
        <translation>Estrellas de clúster (tamaño, especialización, foco). La tabla está ordenada por fortaleza: estrellas y después cociente de localización, de mayor a menor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment growth since %1, % per year</source>
        <translation>Crecimiento del empleo desde %1, % anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth, % per year: needs an earlier year in the data</source>
        <translation>Crecimiento del empleo, % anual: requiere un año anterior en los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the category&apos;s employment in all regions (e_rc / E_c)</source>
        <translation>Cuota del empleo de la categoría en todas las regiones (e_rc / E_c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the region&apos;s employment in the category (e_rc / e_r)</source>
        <translation>Cuota del empleo de la región en la categoría (e_rc / e_r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage in the category relative to the reference area</source>
        <translation>Salario en la categoría respecto al área de referencia</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sorted by strength (stars, then location quotient); click a column header to sort by it.</source>
        <translation>Ordenado por fortaleza (estrellas y después cociente de localización); haga clic en un encabezado de columna para ordenar por ella.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Show the cells</source>
        <translation>Mostrar las celdas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation>Motivo de la exclusión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the cells</source>
        <translation>Ocultar las celdas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Score in detail</source>
        <translation>Puntuación en detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Top clusters</source>
        <translation>Clústeres principales</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Over time</source>
        <translation>Evolución temporal</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Top categories</source>
        <translation>Categorías principales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a region with data to see its strongest clusters.</source>
        <translation>Seleccione una región con datos para ver sus clústeres más fuertes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of %1 has a location quotient in %2: the cells behind them are missing or confidential.</source>
        <translation>Ningún clúster de %1 tiene cociente de localización en %2: faltan las celdas en las que se basan o son confidenciales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category of %1 has a location quotient in %2.</source>
        <translation>Ninguna categoría de %1 tiene cociente de localización en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top %n categories by location quotient</source>
        <translation>
            <numerusform>La %n categoría principal por cociente de localización</numerusform>
            <numerusform>Las %n categorías principales por cociente de localización</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These data have no clusters (clusters are built from NACE divisions, the data hold broader sectors): the chart ranks their sectors.</source>
        <translation>Estos datos no tienen clústeres (los clústeres se construyen a partir de divisiones de la NACE y los datos contienen sectores más amplios): el gráfico clasifica sus sectores.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>employment of the region in the category</source>
        <translation>empleo de la región en la categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment of the region (its published total)</source>
        <translation>empleo de la región (su total publicado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region (sum of the industries it reports)</source>
        <translation>empleo de la región (suma de los sectores que declara)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the region&apos;s total as the data publishes it</source>
        <translation>total de la región tal como lo publican los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of that total in the industries reported</source>
        <translation>cuota de ese total en los sectores declarados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppressed cells hide %1 of this region&apos;s published total: its focus and location quotients rest on an incomplete total (File ▸ Region totals ▸ Published uses the published one).</source>
        <translation>Las celdas ocultas por confidencialidad suponen el %1 del total publicado de esta región: su foco y sus cocientes de localización se basan en un total incompleto (Archivo ▸ Totales regionales ▸ Publicados usa el total publicado).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation>Sin LQ: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+0"/>
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
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation>no calculado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Size and focus stars go to the top 10 % of the %1 reference regions with a value in this category: the %2 largest values set the cut-off, every region tied with it earns the star too, and a value of 0 never does. Regions outside the reference area are rated against its cut-offs; a missing value earns no star.</source>
        <translation>Las estrellas de tamaño y de foco se conceden al 10 % superior de las %1 regiones de referencia con un valor en esta categoría: los %2 valores más altos fijan el umbral, toda región empatada con él obtiene también la estrella y un valor de 0 nunca la obtiene. Las regiones fuera del área de referencia se evalúan con sus umbrales; un valor faltante no obtiene estrella.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cell was left out of the sums behind this location quotient.</source>
        <translation>No se ha excluido ninguna celda de las sumas en las que se basa este cociente de localización.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>%1 celda se excluye de las sumas en las que se basa este cociente de localización (%2 de los sectores propios de %3, %4 de %5 en otras regiones): %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>
            <numerusform>%1 celda se excluye de las sumas en las que se basa este cociente de localización (%2 de los sectores propios de %3, %4 de %5 en otras regiones): %6.</numerusform>
            <numerusform>%1 celdas se excluyen de las sumas en las que se basa este cociente de localización (%2 de los sectores propios de %3, %4 de %5 en otras regiones): %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a category to see its employment over the years.</source>
        <translation>Seleccione una categoría para ver su empleo a lo largo de los años.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data hold no year.</source>
        <translation>Los datos no contienen ningún año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data hold one year (%1), so there is no series to draw. Data with several years (File ▸ Embedded data, the LFS extract) show employment over time here.</source>
        <translation>Los datos contienen un solo año (%1), por lo que no hay ninguna serie que dibujar. Los datos con varios años (Archivo ▸ Datos integrados, el extracto de la EPA) muestran aquí el empleo a lo largo del tiempo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No employment is published for %1 in %2 in any year of the data.</source>
        <translation>No se publica empleo para %1 en %2 en ningún año de los datos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 years have a published value; the others are missing or confidential.</source>
        <translation>%1 de %2 años tienen un valor publicado; los demás faltan o son confidenciales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2, every year published.</source>
        <translation>De %1 a %2, todos los años publicados.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Employment in %1</source>
        <translation>Empleo en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons employed</source>
        <translation>Personas empleadas</translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <location filename="../maps/SaveFile.cpp" line="+20"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation>es un FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation>es un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation>es un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+99"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+28"/>
        <source>the file is not open</source>
        <translation>el archivo no está abierto</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>solo se han escrito %1 de %2 bytes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot write %1: it is the input %2; writing it would destroy it, choose another output</source>
        <translation>no se puede escribir %1: es la entrada %2; escribirlo la destruiría, elija otra salida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: it is outside the folder %2</source>
        <translation>no se puede escribir %1: está fuera de la carpeta %2</translation>
    </message>
</context>
<context>
    <name>cs::SbsIndicators</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+26"/>
        <source>wages and salaries (%1), million euro</source>
        <translation>sueldos y salarios (%1), millones de euros</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n wage cell(s) have no persons-employed cell of the same region, industry and year; left out</source>
        <translation>
            <numerusform>%n celda de salarios no tiene celda de personas ocupadas de la misma región, sector y año; se excluye</numerusform>
            <numerusform>%n celdas de salarios no tienen celda de personas ocupadas de la misma región, sector y año; se excluyen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>indicator V12150 (value added at factor cost) is in the file but not read: %n cell(s) set aside</source>
        <translation>
            <numerusform>el indicador V12150 (valor añadido al coste de los factores) está en el archivo pero no se lee: %n celda apartada</numerusform>
            <numerusform>el indicador V12150 (valor añadido al coste de los factores) está en el archivo pero no se lee: %n celdas apartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>indicator %1 is neither persons employed nor wages and salaries: %n cell(s) set aside</source>
        <translation>
            <numerusform>el indicador %1 no es ni personas ocupadas ni sueldos y salarios: %n celda apartada</numerusform>
            <numerusform>el indicador %1 no es ni personas ocupadas ni sueldos y salarios: %n celdas apartadas</numerusform>
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
        <translation>Salarios: %1.</translation>
    </message>
</context>
<context>
    <name>cs::ScoreExport</name>
    <message>
        <location filename="../maps/ScoreExport.cpp" line="+29"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation>un libro de Excel necesita un nombre de archivo: -o FILE.xlsx</translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+142"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation>el archivo es XML o HTML, no SDMX-CSV (¿una página de error o un aviso de solicitud en cola?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation>el archivo es JSON, no SDMX-CSV; ábralo como JSON-stat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>column %1 of the header has no name</source>
        <translation>la columna %1 de la cabecera no tiene nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation>no es SDMX-CSV: la cabecera necesita las columnas TIME_PERIOD y OBS_VALUE; tiene: %1</translation>
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
        <location line="+99"/>
        <source>region %1, industry %2, %3</source>
        <translation>región %1, sector %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>«%1» no es un número (%2); se trata como valor faltante</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation>TIME_PERIOD «%1» no es un año (región %2, sector %3); solo se leen datos anuales; línea omitida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1, industry %2</source>
        <translation>región %1, sector %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation>observación duplicada para la región %1, sector %2, %3; omitida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation>«%1» no es una marca de Eurostat (región %2, sector %3, %4); se ignora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation>«%1» no es un estado de confidencialidad (región %2, sector %3, %4); se ignora</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo (¿descarga truncada?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation>la dimensión «%1» tiene varios valores (%2); elija uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation>ninguna fila de datos coincide</translation>
    </message>
</context>
<context>
    <name>cs::TableImport</name>
    <message>
        <location filename="../maps/TableImport.cpp" line="+45"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation>Fuente: %1. © EuroGeographics para los límites administrativos.</translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+558"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation>asignación de columnas no válida «%1»; se esperaba ROLE=COLUMN con los roles %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation>la asignación de columnas necesita %1=COLUMN</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+59"/>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV table</source>
        <translation>una tabla CSV</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation>no hay ninguna columna «%1» para %2; la cabecera tiene: %3</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot open as a workbook: %1</source>
        <translation>no se puede abrir como libro de cálculo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an XLSX or ODS file GDAL can read</source>
        <translation>no es un archivo XLSX u ODS que GDAL pueda leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook has no sheet</source>
        <translation>el libro de cálculo no tiene ninguna hoja</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>wages (column %1, in the unit of the file)</source>
        <translation>salarios (columna %1, en la unidad del archivo)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation>«%1» no es un año; línea omitida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>region %1, industry %2, %3</source>
        <translation>región %1, sector %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation>fila duplicada para la región %1, sector %2, %3; omitida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation>«%1» no es un número (%2); se trata como valor faltante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation>«%1» no es una marca de Eurostat; se ignora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wages &apos;%1&apos; are not a number (%2); treated as missing</source>
        <translation>los salarios «%1» no son un número (%2); se tratan como valor faltante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows</source>
        <translation>no hay filas de datos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell which column holds the %1; the header has: %2. Name the columns (--map-columns region=…,industry=…,year=…,value=…)</source>
        <translation>no se puede determinar la columna para: %1; la cabecera tiene: %2. Indique las columnas (--map-columns region=…,industry=…,year=…,value=…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columns guessed as %1</source>
        <translation>columnas deducidas: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>region (NUTS code)</source>
        <translation>región (código NUTS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industry (NACE code)</source>
        <translation>sector (código NACE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag (optional)</source>
        <translation>marca (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wages (optional)</source>
        <translation>salarios (opcional)</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>columns guessed as region=%1,industry=%2</source>
        <translation>columnas deducidas: region=%1,industry=%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is probably Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation>el byte 0x%1 no es UTF-8 (en «%2» leído como Latin-1); probablemente el archivo está en Latin-1 o Windows-1252: guárdelo como UTF-8</translation>
    </message>
</context>
<context>
    <name>cs::ValueValidator</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="-303"/>
        <source>the file is larger than %1 MiB; not read</source>
        <translation>el archivo supera los %1 MiB; no se lee</translation>
    </message>
    <message>
        <location filename="../maps/TableReader.cpp" line="-590"/>
        <location filename="../maps/ValueValidator.cpp" line="+66"/>
        <source>more than %1 data lines; the file is not read</source>
        <translation>más de %1 líneas de datos; el archivo no se lee</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.cpp" line="-25"/>
        <source>the file has %1 MiB, more than the %2 MiB read</source>
        <translation>el archivo tiene %1 MiB, más de los %2 MiB que se leen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lines end with CR only (classic Mac OS); save the file with LF or CR LF line ends</source>
        <translation>las líneas terminan solo en CR (Mac OS clásico); guarde el archivo con finales de línea LF o CR LF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the line is longer than %1 MiB; the file is not read (is it a table?)</source>
        <translation>la línea supera %1 MiB; el archivo no se lee (¿es una tabla?)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the workbook&apos;s XML unpacks to more than %1 MiB (part &apos;%2&apos;: %3 MiB); not read</source>
        <translation>el XML del libro de cálculo ocupa más de %1 MiB al descomprimirse (parte «%2»: %3 MiB); no se lee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part &apos;%1&apos; of the workbook unpacks to %2 times its packed size (at most %3); a damaged file or a zip bomb; not read</source>
        <translation>la parte «%1» del libro de cálculo ocupa %2 veces su tamaño comprimido al descomprimirse (como máximo %3); un archivo dañado o una bomba zip; no se lee</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has %1 columns, more than the %2 read</source>
        <translation>el encabezado tiene %1 columnas, más de las %2 que se leen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &apos;%1&apos; appears twice (columns %2 and %3); rename one</source>
        <translation>la columna «%1» aparece dos veces (columnas %2 y %3); cambie el nombre de una</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation>se esperaban %1 celdas, se han encontrado %2; línea omitida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year %1 is implausible (expected %2 to %3%4); skipped</source>
        <translation>el año %1 no es verosímil (se esperaba de %2 a %3%4); se omite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a finite number (%2); treated as missing</source>
        <translation>«%1» no es un número finito (%2); se trata como valor faltante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative value &apos;%1&apos; (%2); treated as missing</source>
        <translation>valor negativo «%1» (%2); se trata como valor faltante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large: above %2 after scaling (%3); treated as missing</source>
        <translation>«%1» es demasiado grande: supera %2 tras el escalado (%3); se trata como valor faltante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no usable value: all %1 cells are empty, missing or invalid</source>
        <translation>ningún valor utilizable: las %1 celdas están todas vacías, faltan o no son válidas</translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.h" line="+101"/>
        <source>&apos;%1&apos; has a comma: decimal commas and thousands separators are not read; write digits with a decimal point (%2); treated as missing</source>
        <translation>«%1» contiene una coma: no se leen comas decimales ni separadores de miles; escriba los dígitos con punto decimal (%2); se trata como valor faltante</translation>
    </message>
</context>
<context>
    <name>cs::ViewController</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+57"/>
        <source>Loading NUTS %1 boundaries…</source>
        <translation>Cargando los límites NUTS %1…</translation>
    </message>
</context>
<context>
    <name>cs::XlsxExport</name>
    <message>
        <location filename="../maps/XlsxExport.cpp" line="+21"/>
        <source>%1: this GDAL has no XLSX driver</source>
        <translation>%1: esta versión de GDAL no tiene controlador XLSX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: no temporary directory (%2)</source>
        <translation>no se puede escribir %1: no hay directorio temporal (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the workbook could not be built (%2)</source>
        <translation>no se puede escribir %1: no se ha podido crear el libro de cálculo (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+86"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; data packs: clusterscope packs</source>
        <translation>Representa en mapas la fortaleza de los clústeres económicos de las regiones de Europa.
Exportación sin interfaz: clusterscope export --help; muchas figuras: clusterscope batch SPEC.json; paquetes de datos: clusterscope packs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project (NAME.clusterscope.json) or a statistics file to open.</source>
        <translation>Un proyecto (NAME.clusterscope.json) o un archivo estadístico que abrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation>Dibujar la ventana principal en FILE.png y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1600x1000.</source>
        <translation>Tamaño de la ventana en píxeles, p. ej. 1600x1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: en, de, fr, es, it or pl (default: the system&apos;s).</source>
        <translation>Idioma: en, de, fr, es, it o pl (por defecto: el del sistema).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select regions by NUTS code (comma-separated).</source>
        <translation>Seleccionar regiones por código NUTS (separados por comas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a panel: profile, peers or compare.</source>
        <translation>Mostrar un panel: profile, peers o compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 See clusterscope --help.</source>
        <translation>%1 Véase clusterscope --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command or file &apos;%1&apos;; valid commands: export, batch, packs, or a project or statistics file to open</source>
        <translation>orden o archivo desconocido «%1»; órdenes válidas: export, batch, packs, o un proyecto o archivo estadístico que abrir</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot show panel &apos;%1&apos;; valid panels: profile, peers, compare (compare needs 2-%2 regions in --select)</source>
        <translation>no se puede mostrar el panel «%1»; paneles válidos: profile, peers, compare (compare requiere 2-%2 regiones en --select)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--window-size espera ANCHOxALTO, p. ej. 1600x1000</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no usable data</source>
        <translation>%1: no hay datos utilizables</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown region &apos;%1&apos; at NUTS level %2</source>
        <translation>región desconocida «%1» en el nivel NUTS %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
</TS>
