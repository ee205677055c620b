<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cs::Basemap</name>
    <message>
        <location filename="../maps/Basemap.cpp" line="+78"/>
        <source>%1: no background countries (%2); run scripts/setup.sh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Batch</name>
    <message>
        <location filename="../app/Batch.cpp" line="+105"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a recipe object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: unknown key; a batch with &quot;figures&quot; has only &quot;defaults&quot; and &quot;figures&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defaults: expected an object of recipe keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>figures: expected a list of recipe objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no figures in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing; every figure needs an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a batch writes files; &apos;-&apos; (standard output) is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is also the output of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write %2: %3 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot write %2: the folder %3 is not writable (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (the output &apos;%3&apos; of the batch file); pass --allow-outside to write outside the batch file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>no figure written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of %1 figures failed: %2</source>
        <translation>
            <numerusform>%n of %1 figures failed: %2</numerusform>
            <numerusform>%n of %1 figures failed: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makes many figures from one JSON file: a recipe, a list of recipes, or {&quot;defaults&quot;: {…}, &quot;figures&quot;: [{…}, …]}. Relative paths are relative to SPEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow outputs outside the batch file&apos;s folder (&quot;../x.png&quot;, absolute paths); without it such a batch is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; see clusterscope batch --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one batch file: clusterscope batch SPEC.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Classification</name>
    <message>
        <location filename="../maps/Classification.cpp" line="+274"/>
        <source>Manual classes need at least two limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limit %1 is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manual limits must ascend: %1 follows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log-symmetric classes need a positive centre and a span above 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre of diverging classes must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diverging classes need at least two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard deviation step must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one class is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ClusterData</name>
    <message>
        <location filename="../maps/ClusterData.cpp" line="+113"/>
        <source>Eurostat LFS employment by NACE section, 2008–2015 (lfst_r_lfe2en2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eurostat SBS persons employed and wages by NACE division, NUTS 2, 2008–2015 (sbs_r_nuts06_r2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eurostat SBS persons employed by NACE division, 2015 (sbs_r_nuts06_r2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>© EuroGeographics for the administrative boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: Eurostat (lfst_r_lfe2en2, employment 15+, 2008–2015). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed and wages and salaries, 2008–2015). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Eurostat (sbs_r_nuts06_r2, persons employed, 2015). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Industry (except construction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade, transport, accommodation and food service activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, scientific, technical, administrative and support service activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public administration, defence, education, human health and social work activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arts, entertainment and recreation; other service activities; households; extra-territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a category mapping (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no column &apos;%1&apos;; a category mapping has the columns %2 (as resources/categories/nace_to_cluster.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a NACE division in the form of the SBS tables (e.g. C28); line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty category_code; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight &apos;%1&apos; is not a number between 0 and 1; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second row for %1 → %2; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no usable row of level &quot;division&quot;; the mapping is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Persons employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of reference employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of regional employment (focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster stars (size, specialisation, focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth (% per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative wage (productivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+249"/>
        <source>all in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: %1 NUTS %2 regions with data (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region totals as published where available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region totals summed over the industries reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ColumnMappingDialog</name>
    <message>
        <location filename="../widgets/ColumnMappingDialog.cpp" line="+20"/>
        <source>Import statistics — columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which column of &lt;b&gt;%1&lt;/b&gt; holds what? One row per region, industry and year (a long table). The guess is preset; check it against the first rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wages and salaries of each region, industry and year, in any one unit: the relative wage (productivity) divides them by the persons employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detect from the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUTS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousand persons (× 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the column of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column “%1” is chosen for both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows with problems are skipped and listed after loading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+54"/>
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
        <location line="+12"/>
        <source>invalid --margins &apos;%1&apos;; valid: 0 to 50 (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NUTS level (0-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: a NACE division (C28), a section (C) or a cluster code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How values are drawn: choropleth (filled regions) or circles (proportional circles over a neutral base; the default for employment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of classes (2-9, default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual class limits, e.g. 0,0.5,1,2,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region labels: none, codes or names (placed without overlaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star symbols on regions with at least N cluster stars (1-3; 0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded data set: %1 (default sbs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pin extra dimensions of --data, e.g. unit=THS,age=Y15-64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply the values of --data (1000 for THS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference area of shares, LQ and stars: all (the level&apos;s regions in the data, default), EU27_2020 or a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region total e_r of focus, LQ and stars: sum (of the industries a region reports, default) or published (the data&apos;s own total where it has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUTS version of --data: 2010, 2013, 2016 or 2021 (default 2013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NACE → cluster mapping in the format of resources/categories/nace_to_cluster.csv; NACE codes of the data it leaves unmapped are reported on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a usable category mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region total &apos;%1&apos;; valid: sum, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: the data publishes no region totals; --region-total published uses the sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown reference area &apos;%1&apos;; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+62"/>
        <source>%1 has no wage measure (it holds persons employed only). Use --dataset sbs-wages (the built-in SBS 2008–2015 with wages) or a file with wages: an SBS table with indic_sb V16110 and V13320, or --map-columns …,wages=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unknown class scope &apos;%1&apos;; valid: all-years, year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CSV of the partner regions of NUTS_ID at its level and --year, best first by cosine similarity of the cluster LQ profiles. Columns: rank, nuts_id, name, cosine, correlation, complementarity (as the Partner regions panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --format gpkg: also write a QGIS project that opens the GeoPackage (referenced by a relative path) styled as the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--qgs writes a QGIS project for a GeoPackage; use it with --format gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>--peers %1 is a NUTS %2 region; drop --level %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --top &apos;%1&apos;; expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown region &apos;%1&apos;; no data for it in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-415"/>
        <source>%1: no usable data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown level &apos;%1&apos;; valid levels for this data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown year &apos;%1&apos;; valid years: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+30"/>
        <source>unknown labels &apos;%1&apos;; valid: none, codes, names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --star-symbols &apos;%1&apos;; valid: 0 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --breaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Writes the scores of one map without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: csv, xlsx, png, svg, pdf or gpkg (GeoPackage with a QGIS style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>With --peers: at most N partners (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown format &apos;%1&apos;; valid formats: csv, xlsx, png, svg, pdf, gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--peers writes CSV only and not with --all; use --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes CSV only; use --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Output file, or - for standard output (csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Indicator: lq, share, focus, employment, stars, growth or relative_wage (wage per employee over the category&apos;s average; data with wages only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classification: %1 (default: logsym for lq, symmetric for growth, stars for stars, quantile otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class limits from the values of all-years of the data (default; a colour means the same number in every year) or of the shown year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette (e.g. viridis_r, YlGnBu, PuOr; default: PuOr_r for lq, BrBG for growth, YlOrRd for stars, viridis_r otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Statistics file: Eurostat TSV, SDMX-CSV, JSON-stat, or a long CSV, XLSX or ODS table (columns from --map-columns, else guessed); or a data pack (its folder or pack.json; see clusterscope packs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of a long CSV: region=COL,industry=COL,year=COL,value=COL[,flag=COL][,wages=COL] (wages: wages and salaries in the file&apos;s unit, the second measure of the relative wage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth, relative_wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded data set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown symbol &apos;%1&apos;; valid: choropleth, circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Figure size in pixels (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size for the figure: A4, A3 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape page (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution in dots per inch (default 96, 300 for pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure subtitle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page margins in millimetres (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a north arrow on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary file for figures, of any OGR format (GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf…) instead of the NUTS cache; FILE or FILE:LAYER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of --boundaries holding the NUTS codes (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the figure texts: en, de, fr, es, it, pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV in long form, every region, category, year and indicator: nuts_id,category,year,indicator,value. Per region and category: employment, share, focus, lq, loglq, symlq, stars, density (relatedness density among clusters); after the first year: growth (CAGR % per year since the first year), growth_abs, growth_pct (change since the first year); in the last year, shift-share since the first year: reference_growth + industry_mix + competitive_effect = growth_abs. Per region, category *: krugman, hhi, eci_eigen, eci_reflections (over the NACE divisions, or the aggregates of data without divisions; ECI has mean 0 and standard deviation 1); coverage (the share of the published region total that the industries reported cover; below 0.95 the region is flagged), where the data publishes totals. Per category, nuts_id empty (over the reference area): hoover, gini (locational), hhi_category, pci_eigen, pci_reflections. Data with wages adds per region and category: wages (in the data&apos;s unit), relative_wage (wage per employee over the category&apos;s average) and productivity_star (1: top 10 % by relative wage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Also write FILE.recipe.json beside the figure: the data, the options and the command that rebuild it (clusterscope batch FILE.recipe.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--qgs %1 is the GeoPackage of -o; the project needs its own file (e.g. NAME.qgs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>; see clusterscope export --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Lists the data packs: the built-in ones, those in %1 and the PACK folders given, one line each (name, dataset, NUTS version, years, retrieved, location), after checking every file&apos;s size and SHA-256. Packs that fail are reported on stderr (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packs command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pack folders (or their pack.json) to check and list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; see clusterscope packs --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-209"/>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GeoPackage needs a file name: -o FILE.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figures need a file name: -o FILE.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>warning: %1; names left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="+119"/>
        <source>Clusters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Each region in its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each region&apos;s top cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: the main map&apos;s category, each map framing its region&apos;s country. Top cluster: each map shows the cluster with the most stars (then the highest LQ) of its region, all on one extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category is a shared strength when every compared region has at least this location quotient, or a specialisation or focus star. The default is the LQ of the specialisation star.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LQ threshold of shared strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared from &amp;LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncheck to show NACE sections and divisions too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Indicator of map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;dar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+246"/>
        <source>no cluster with data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+105"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Shared strength: every region has LQ ≥ %1 or a specialisation or focus star.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A size star alone (a large region, not a specialised one) does not make a shared strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shared cluster strength(s), in bold.</source>
        <translation>
            <numerusform>%n shared cluster strength, in bold.</numerusform>
            <numerusform>%n shared cluster strengths, in bold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared strength(s), in bold.</source>
        <translation>
            <numerusform>%n shared strength, in bold.</numerusform>
            <numerusform>%n shared strengths, in bold.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>specialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: LQ %2; stars: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose 2 to %1 regions (Ctrl-click on the map) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — NUTS %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>No shared strength at LQ ≥ %1; nearest: %n cluster(s) with the highest lowest LQ</source>
        <translation>
            <numerusform>No shared strength at LQ ≥ %1; nearest: %n cluster with the highest lowest LQ</numerusform>
            <numerusform>No shared strength at LQ ≥ %1; nearest: %n clusters with the highest lowest LQ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>LQ of the %1 strongest of %n shared cluster strengths</source>
        <translation>
            <numerusform>LQ of the %1 strongest of %n shared cluster strength</numerusform>
            <numerusform>LQ of the %1 strongest of %n shared cluster strengths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LQ of the %n shared cluster strength(s)</source>
        <translation>
            <numerusform>LQ of the %n shared cluster strength</numerusform>
            <numerusform>LQ of the %n shared cluster strengths</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LQ = 1 (reference average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Top %n cluster(s) by mean LQ, clockwise from the top:</source>
        <translation>
            <numerusform>Top %n cluster by mean LQ, clockwise from the top:</numerusform>
            <numerusform>Top %n clusters by mean LQ, clockwise from the top:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No data for NUTS level %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No shared cluster strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Too few clusters with data for a radar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DataPack</name>
    <message>
        <location filename="../maps/DataPack.cpp" line="+81"/>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a ClusterScope data pack (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not supported; this ClusterScope reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected 2010, 2013, 2016 or 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>expected a list of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a file name inside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: missing (listed in pack.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size differs from pack.json (expected %2 bytes, found %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: checksum differs from pack.json (expected %2, found %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a pack needs at least one data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; cannot be a file of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, retrieved %2. © EuroGeographics for the administrative boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DataPackDialog</name>
    <message>
        <location filename="../widgets/DataPackDialog.cpp" line="+38"/>
        <source>Data packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated offline copies of the statistics: the packs built in, those downloaded from Eurostat (kept in %1) and those opened before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open other &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2); %3, retrieved %4. Licence: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open data pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DataSource</name>
    <message>
        <location filename="../app/Recipe.cpp" line="+296"/>
        <source>expected an object with &quot;dataset&quot; or &quot;file&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give either &quot;dataset&quot; or &quot;file&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dataset &apos;%1&apos;; valid datasets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>applies only to a data &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded data sets use NUTS 2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid &apos;%1&apos;; expected DIMENSION=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown NUTS version %1; valid versions: 2010, 2013, 2016, 2021</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DownloadDialog</name>
    <message>
        <location filename="../widgets/DownloadDialog.cpp" line="+24"/>
        <source>Download from Eurostat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SDMX-CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download &amp;again even when a copy is cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1 kB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download contains no usable data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Read %Ln value(s) from the cache.</source>
        <translation>
            <numerusform>Read %Ln value from the cache.</numerusform>
            <numerusform>Read %Ln values from the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Downloaded %Ln value(s).</source>
        <translation>
            <numerusform>Downloaded %Ln value.</numerusform>
            <numerusform>Downloaded %Ln values.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled; nothing was loaded or cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kept as data pack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A copy is in the cache (%1); it is used unless you tick “Download again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the cache yet; needs a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::EurostatClient</name>
    <message>
        <location filename="../maps/EurostatClient.cpp" line="+133"/>
        <source>Structural business statistics: persons employed in local units and their wages and salaries by NUTS 2 and NACE division (from 2021; NUTS 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structural business statistics: persons employed and wages and salaries by NUTS 2 and NACE division (2008–2020; NUTS 2016 and earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour force survey: employment 15–64 by NUTS 2 and NACE section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional accounts: employment by NUTS 3 and NACE aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+144"/>
        <source>cannot create the cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+71"/>
        <source>the download of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>HTTP error %1 %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1 (connection refused); check that you are online and the server address is right: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 not found; you may be offline: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data from %1 for %2 s; the download timed out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network is not available (%1); you may be offline: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the data from %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::EurostatTable</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+92"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is gzip-compressed; unpack it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is binary, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Eurostat table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column &apos;%1&apos; after the year columns is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no year columns in the header (expected e.g. 2015 or n2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>region %1, industry %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a number or a Eurostat flag (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>duplicate row for region %1, industry %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="+26"/>
        <source>Export &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export s&amp;cores (CSV, XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export layer for Q&amp;GIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Export scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export layer for QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>QGIS project with GeoPackage (*.qgs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="+27"/>
        <location line="+132"/>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom size in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insets for the outermost regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::FigureExport</name>
    <message>
        <location filename="../maps/FigureExport.cpp" line="+221"/>
        <source>%1: output size %2×%3 px is out of range (16–30000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not enough memory for %2×%3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the SVG could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::GeoPackageExport</name>
    <message>
        <location filename="../maps/GeoPackageExport.cpp" line="+114"/>
        <location line="+51"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read NUTS layer %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+78"/>
        <location line="+57"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>cannot write the QGIS style into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ImportActions</name>
    <message>
        <location filename="../app/ImportActions.cpp" line="+56"/>
        <source>&amp;Embedded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download from Eurostat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load category &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <location line="+13"/>
        <source>Load category mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Category mapping (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in N&amp;UTS boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n value(s) read from %1</source>
        <translation>
            <numerusform>%n value read from %1</numerusform>
            <numerusform>%n values read from %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s) listed below (rows skipped, values treated as missing, codes without a region).</source>
        <translation>
            <numerusform>; %n problem listed below (rows skipped, values treated as missing, codes without a region).</numerusform>
            <numerusform>; %n problems listed below (rows skipped, values treated as missing, codes without a region).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Nothing usable was loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The map shows NUTS %2 regions (boundaries of NUTS %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistics (*.csv *.tsv *.txt *.json *.xlsx *.ods);;CSV or TSV (*.csv *.tsv *.txt);;Eurostat SDMX-CSV or TSV (*.csv *.tsv);;JSON-stat (*.json);;Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source: Eurostat (%1, downloaded). © EuroGeographics for the administrative boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Download from Eurostat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The download contains no usable data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n value(s) loaded from %1</source>
        <translation>
            <numerusform>%n value loaded from %1</numerusform>
            <numerusform>%n values loaded from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n problem(s).</source>
        <translation>
            <numerusform>; %n problem.</numerusform>
            <numerusform>; %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mapping was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Loaded %1: %n cluster category(s).</source>
        <translation>
            <numerusform>Loaded %1: %n cluster category.</numerusform>
            <numerusform>Loaded %1: %n cluster categories.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every NACE code of the data is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>%n NACE code of the data is not mapped: %1</numerusform>
            <numerusform>%n NACE codes of the data are not mapped: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Embedded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in data pack cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — retrieved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open data pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing usable was loaded from the pack&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data pack was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Opened data pack %1 — retrieved %2: %Ln value(s).</source>
        <translation>
            <numerusform>Opened data pack %1 — retrieved %2: %Ln value.</numerusform>
            <numerusform>Opened data pack %1 — retrieved %2: %Ln values.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Open boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Vector files (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.gml *.kml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column of NUTS codes was recognised. Column with the region codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Imports</name>
    <message numerus="yes">
        <location filename="../app/Imports.cpp" line="+53"/>
        <source>warning: %n NACE code(s) of the data are not mapped: %1</source>
        <translation>
            <numerusform>warning: %n NACE code of the data is not mapped: %1</numerusform>
            <numerusform>warning: %n NACE codes of the data are not mapped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::JsonStatReader</name>
    <message>
        <location filename="../maps/JsonStatReader.cpp" line="+89"/>
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
        <location line="+7"/>
        <location line="+10"/>
        <source>%1.category.index: %2 categories, but size says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+47"/>
        <source>id: no time dimension (&apos;time&apos; or role.time); it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id: the dataset needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>indicator %1 is neither persons employed nor wages and salaries; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dimension.%1: no category &apos;%2&apos; to filter on; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>size: %1 × %2 × %3 region, industry and year cells are too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>value: %1 cells, but size says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not a cell index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index out of range (the dataset has %1 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+7"/>
        <source>expected a string, an array or an object; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a year; only annual data is read; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no data cells matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+18"/>
        <source>change view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="+71"/>
        <source>ClusterScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+835"/>
        <source>NUTS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-829"/>
        <source>NUTS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industry (NACE) or cluster category; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+784"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Animate the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+427"/>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Level </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Category </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Indicator </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cl&amp;asses </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &amp;Palette </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference area of shares, location quotients and stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+450"/>
        <source>Boundaries: %1 (key column %2, %Ln regions)</source>
        <translation>
            <numerusform>Boundaries: %1 (key column %2, %Ln region)</numerusform>
            <numerusform>Boundaries: %1 (key column %2, %Ln regions)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Traded clusters (US definitions carried over to NACE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NACE divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NACE groups and other codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (English titles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All regions of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-27 (2020)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-738"/>
        <source> &amp;Reference </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find region (name or NUTS code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter selects the region; Ctrl+Enter adds it to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>No region matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Region profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+23"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ClusterScope project (*.clusterscope.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ClusterScope project (*.clusterscope.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region &amp;totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sum of the industries reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published by the data (where it has them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select 2 to %1 regions (Ctrl-click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cluster s&amp;tar symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class limits &amp;per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Focus map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare selected regions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Diverging quantiles (around 1; growth: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric (around 1; growth: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-symmetric around 1, up to 2 (LQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUTS &amp;codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Proportional &amp;circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ClusterScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ClusterScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ClusterScope&lt;/b&gt; maps the strength of economic clusters across Europe&apos;s regions.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cluster categories are the US Cluster Mapping Project&apos;s traded clusters carried over to NACE Rev. 2 through official concordances; they are not the official European Cluster Panorama definitions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the project uses other data (%2); start ClusterScope with that data to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>ClusterScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MapRenderer</name>
    <message>
        <location filename="../maps/MapRenderer.cpp" line="+100"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster with %1+ stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppressed cells hide &gt; 5 % of the region&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MapView</name>
    <message>
        <location filename="../widgets/MapView.cpp" line="+31"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MethodDialog</name>
    <message>
        <location filename="../app/MethodDialog.cpp" line="+13"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and reference area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every relative measure compares a region with a reference area: by default all regions of the chosen NUTS level that carry a number in the data, or one country, or the EU-27 (&lt;i&gt;Reference&lt;/i&gt; picker). Aggregates such as EU28 or EA19, extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every sum; codes renamed between NUTS versions are recoded, and each case is listed when the data are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A region&apos;s total employment e&lt;sub&gt;r&lt;/sub&gt; is either the sum of the industries the data report (default) or the total the data publish (&lt;i&gt;File ▸ Region totals&lt;/i&gt;). Where confidential cells hide more than 5 % of a published total, the region is outlined with dots on the map and flagged in its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With e&lt;sub&gt;rc&lt;/sub&gt; the employment of region r in category c, e&lt;sub&gt;r&lt;/sub&gt; the region&apos;s total, E&lt;sub&gt;c&lt;/sub&gt; the reference area&apos;s employment in c and E its total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Employment&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt;; &lt;b&gt;share&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt; (the region&apos;s part of the category); &lt;b&gt;focus&lt;/b&gt; e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt; (the category&apos;s part of the region); &lt;b&gt;location quotient&lt;/b&gt; LQ = (e&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;r&lt;/sub&gt;) / (E&lt;sub&gt;c&lt;/sub&gt; / E): above 1 the region is more specialised than the reference area, 2 or more counts as a specialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Growth&lt;/b&gt; is the compound annual growth rate of e&lt;sub&gt;rc&lt;/sub&gt; from the first year of the data to the year shown, in % per year; shift-share splits the change into reference growth, industry mix and competitive effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the European Cluster Observatory: one star each for &lt;b&gt;size&lt;/b&gt; (the region is among the top 10 % of regions by employment in the category), &lt;b&gt;specialisation&lt;/b&gt; (LQ ≥ 2) and &lt;b&gt;focus&lt;/b&gt; (among the top 10 % by the category&apos;s share of the region&apos;s employment). A star is robust when the decision stays the same with the cut-off moved by ±10 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Productivity and growth stars need wage and multi-year data; without them they are not awarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wages and productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;relative wage&lt;/b&gt; (productivity) of a region in a category is its wage per person employed, w&lt;sub&gt;rc&lt;/sub&gt; / e&lt;sub&gt;rc&lt;/sub&gt;, over the category&apos;s average in the reference area, W&lt;sub&gt;c&lt;/sub&gt; / E&lt;sub&gt;c&lt;/sub&gt;, both summed over the industries that report wages and persons employed: above 1 the region pays more per person than the reference area. It is a ratio, so the unit of the wages (Eurostat: million euro) cancels. The &lt;b&gt;productivity star&lt;/b&gt; goes to the top 10 % of regions by relative wage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Wages in the built-in data&lt;/b&gt;: only the data pack “SBS persons employed and wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat&apos;s sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version of that year, 2014 the last complete year. The default SBS 2015 extract and the LFS extract hold persons employed only, so the relative wage and the productivity star are not offered for them. They also appear for files with wages: a Eurostat SBS table with the indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a long table with a wages column chosen on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster categories are the US Cluster Mapping Project&apos;s 51 traded clusters, carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not the official European Cluster Panorama table, which is not published in a machine-readable form; NACE industries that feed several clusters are split by their NAICS counts, and every approximation is listed in the categories file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ten emerging industries of the European Cluster Panorama (e.g. biopharmaceuticals, blue growth, creative, digital and experience industries) are not included: their NACE code lists could not be found in a citable, machine-readable form, and no list is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Similar&lt;/b&gt; partners have a similar profile of cluster location quotients (cosine similarity, 1 = the same shape; or correlation). &lt;b&gt;Complementary&lt;/b&gt; partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ &lt; 1) but related: the sum of min(LQ, 3) × the relatedness density ω of the region in each such cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, 1, 1.41, 2) on a diverging palette, so above and below the reference read at a glance; growth diverges around 0. Class limits are computed over all years of the data, so a colour means the same value in every year (&lt;i&gt;View ▸ Class limits per year&lt;/i&gt; changes that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics: Source: Eurostat, re-used under the Eurostat copyright notice (free re-use with acknowledgement of the source). Boundaries: GISCO NUTS © EuroGeographics for the administrative boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::NutsCodes</name>
    <message numerus="yes">
        <location filename="../maps/NutsCodes.cpp" line="+49"/>
        <source>%n record</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: cannot open NUTS boundaries (%2). Run scripts/setup.sh to build the cache, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: layer &apos;%2&apos; has no NUTS_ID field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no NUTS %2 codes in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot open the NUTS recoding table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a NUTS recoding table (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: entry %2 needs &apos;from&apos;, &apos;to&apos; and &apos;newIdToOldId&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1 (none with a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 with a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty region code: %1 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: extra-regio territory, not a region: %2 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: aggregate of countries, not a region: %2 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a NUTS region code: %2 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: NUTS %2 code, renamed %3 in NUTS %4: %5 recoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4, nothing to sum or draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: NUTS %2 code with no pure renaming to NUTS %3 (boundaries changed): %4 kept in the sums of %5, not drawn on NUTS %3 boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a NUTS code in %2: %3 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 in %2: %n cell(s) published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</source>
        <translation>
            <numerusform>%1 in %2: %n cell published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</numerusform>
            <numerusform>%1 in %2: %n cells published both as %1 and as %3, its code in another NUTS version (double counting); the numbers of %1 are used</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 and its successor(s) %2 both carry numbers in %3: the same territory is counted twice in those years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::NutsLayer</name>
    <message>
        <location filename="../maps/NutsLayer.cpp" line="+218"/>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this file has no layer with geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: the NUTS boundary cache is missing. Run scripts/setup.sh to build it, or set CLUSTERSCOPE_NUTS_GPKG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vector format GDAL knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot read boundaries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this file has no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no layer &apos;%2&apos; in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos;; its columns: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: layer &apos;%2&apos; has no column of NUTS codes; name one as the key column. Its columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot reproject layer &apos;%2&apos; to EPSG:3035 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: region %2 could not be reprojected to EPSG:3035</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: layer &apos;%2&apos; has no regions of NUTS level %3 in column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: layer &apos;%2&apos; has no features with a code in column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: layer &apos;%2&apos; has no polygons (its %n feature(s) have points, lines or empty geometries); boundaries need polygons</source>
        <translation>
            <numerusform>%1: layer &apos;%2&apos; has no polygons (its %n feature has a point, line or empty geometry); boundaries need polygons</numerusform>
            <numerusform>%1: layer &apos;%2&apos; has no polygons (its %n features have points, lines or empty geometries); boundaries need polygons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PeerFinder</name>
    <message>
        <location filename="../widgets/PeerFinder.cpp" line="+46"/>
        <source>Similar profile (cosine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar profile (correlation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementary (strong where related but weak here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where partners may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners within this distance (between region centres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The regions partners are sought among: the selected region&apos;s level or another level of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUTS %1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No region selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no data at NUTS level %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data has no %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a cluster category; pick a cluster or use the whole profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cluster where both have LQ ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both specialised in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster(s)); 1 = the same mix.</source>
        <translation>
            <numerusform>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n cluster); 1 = the same mix.</numerusform>
            <numerusform>Score 0–1: how alike the two mixes of cluster specialisations are (cosine of the LQ profiles over %n clusters); 1 = the same mix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Score −1 to 1: correlation of the LQ profiles over %n cluster(s); 1 = the same mix, 0 = unrelated.</source>
        <translation>
            <numerusform>Score −1 to 1: correlation of the LQ profiles over %n cluster; 1 = the same mix, 0 = unrelated.</numerusform>
            <numerusform>Score −1 to 1: correlation of the LQ profiles over %n clusters; 1 = the same mix, 0 = unrelated.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score 0–1: how strongly the partner is specialised in %1 (LQ capped at %2), weighted by how related %3 is to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score 0–1: the share of what %1 could gain that the partner has — its strengths (LQ ≥ 1, capped at %2) in clusters where %1 is weak but related; 1 = strong in all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners among the %1 (%2&apos;s own numbers from NUTS %3); regions that contain %2 or lie in it are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtered: %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other countries than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, within %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only regions with LQ ≥ 1 in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (LQ %2 × ω %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already specialised in it (LQ %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No partner found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths it brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write %1: no partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Export partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ProjectFile</name>
    <message>
        <location filename="../app/ProjectFile.cpp" line="+51"/>
        <source>not a ClusterScope project: no &quot;%1&quot; key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer ClusterScope (version %2; this one reads %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: expected [xmin, ymin, xmax, ymax] in EPSG:3035 metres with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected a list of NUTS codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2]: expected a NUTS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: damaged project file (%2 at offset %3 of %4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a ClusterScope project: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::QgisProject</name>
    <message>
        <location filename="../maps/QgisProject.cpp" line="+88"/>
        <source>© EuroGeographics for the administrative boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::RecentFiles</name>
    <message>
        <location filename="../app/RecentFiles.cpp" line="+61"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Recipe</name>
    <message>
        <location filename="../app/Recipe.cpp" line="-296"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown key; valid keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list of numbers, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of numbers, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;; valid values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+352"/>
        <source>version %1 is newer than this program reads (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown indicator &apos;%1&apos;; valid indicators: lq, share, focus, employment, stars, growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown palette &apos;%1&apos;; valid palettes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected at least two strictly ascending numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid size &apos;%1&apos;; expected &quot;WIDTHxHEIGHT&quot;, e.g. &quot;1920x1080&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is out of range; valid: 36 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; give &quot;format&quot; (%1) or an output file ending in one of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::RegionProfile</name>
    <message>
        <location filename="../widgets/RegionProfile.cpp" line="+247"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+673"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-672"/>
        <location line="+393"/>
        <location line="+69"/>
        <source>LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-458"/>
        <location line="+459"/>
        <location line="+52"/>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+336"/>
        <source>No region selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+278"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-289"/>
        <source>%1: no data at NUTS level %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — cluster portfolio, NUTS %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Top %n cluster(s) by location quotient</source>
        <translation>
            <numerusform>Top %n cluster by location quotient</numerusform>
            <numerusform>Top %n clusters by location quotient</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Location quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;Select a category to see the numbers behind its location quotient and stars.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 — %2 in %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-571"/>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too unreliable to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n star(s), LQ %1</source>
        <translation>
            <numerusform>%n star, LQ %1</numerusform>
            <numerusform>%n stars, LQ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative
wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons employed in the category (e_rc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location quotient: (e_rc / e_r) / (E_c / E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster stars (size, specialisation, focus). The table is sorted by strength: stars, then location quotient, strongest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment growth since %1, % per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment growth, % per year: needs an earlier year in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the category&apos;s employment in all regions (e_rc / E_c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the region&apos;s employment in the category (e_rc / e_r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage in the category relative to the reference area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sorted by strength (stars, then location quotient); click a column header to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Show the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Score in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Top clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a region with data to see its strongest clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster of %1 has a location quotient in %2: the cells behind them are missing or confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category of %1 has a location quotient in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Top %n categories by location quotient</source>
        <translation>
            <numerusform>Top %n category by location quotient</numerusform>
            <numerusform>Top %n categories by location quotient</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These data have no clusters (clusters are built from NACE divisions, the data hold broader sectors): the chart ranks their sectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>employment of the region in the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment of the region (its published total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment of the region (sum of the industries it reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>employment in the category, all regions of the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment, all regions of the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e_rc / e_r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the region&apos;s total as the data publishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of that total in the industries reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppressed cells hide %1 of this region&apos;s published total: its focus and location quotients rest on an incomplete total (File ▸ Region totals ▸ Published uses the published one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No LQ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Robust (±10 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % of regions by e_rc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LQ ≥ 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top 10 % of regions by e_rc / e_r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top 10 % by relative wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Size and focus stars go to the top 10 % of the %1 reference regions with a value in this category: the %2 largest values set the cut-off, every region tied with it earns the star too, and a value of 0 never does. Regions outside the reference area are rated against its cut-offs; a missing value earns no star.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cell was left out of the sums behind this location quotient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</source>
        <translation>
            <numerusform>%1 cell is left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</numerusform>
            <numerusform>%1 cells are left out of the sums behind this location quotient (%2 of %3&apos;s own industries, %4 of %5 in other regions): %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a category to see its employment over the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data hold no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data hold one year (%1), so there is no series to draw. Data with several years (File ▸ Embedded data, the LFS extract) show employment over time here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No employment is published for %1 in %2 in any year of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 years have a published value; the others are missing or confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2, every year published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Employment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons employed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <location filename="../maps/SaveFile.cpp" line="+20"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+99"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+28"/>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>only %1 of %2 bytes were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot write %1: it is the input %2; writing it would destroy it, choose another output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: it is outside the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::SbsIndicators</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="+26"/>
        <source>wages and salaries (%1), million euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n wage cell(s) have no persons-employed cell of the same region, industry and year; left out</source>
        <translation>
            <numerusform>%n wage cell has no persons-employed cell of the same region, industry and year; left out</numerusform>
            <numerusform>%n wage cells have no persons-employed cell of the same region, industry and year; left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>indicator V12150 (value added at factor cost) is in the file but not read: %n cell(s) set aside</source>
        <translation>
            <numerusform>indicator V12150 (value added at factor cost) is in the file but not read: %n cell set aside</numerusform>
            <numerusform>indicator V12150 (value added at factor cost) is in the file but not read: %n cells set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>indicator %1 is neither persons employed nor wages and salaries: %n cell(s) set aside</source>
        <translation>
            <numerusform>indicator %1 is neither persons employed nor wages and salaries: %n cell set aside</numerusform>
            <numerusform>indicator %1 is neither persons employed nor wages and salaries: %n cells set aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::SceneBuilder</name>
    <message>
        <location filename="../maps/SceneBuilder.cpp" line="+206"/>
        <source>%1 — %2, NUTS %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ScoreExport</name>
    <message>
        <location filename="../maps/ScoreExport.cpp" line="+29"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a workbook needs a file name: -o FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::SdmxCsvReader</name>
    <message>
        <location filename="../maps/SdmxCsvReader.cpp" line="+142"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is XML or HTML, not SDMX-CSV (an error page or a queued-request notice?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is JSON, not SDMX-CSV; open it as JSON-stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not SDMX-CSV: the header needs TIME_PERIOD and OBS_VALUE columns; it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header needs the dimensions &apos;%1&apos; and &apos;%2&apos;; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>filter on unknown dimension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>region %1, industry %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>TIME_PERIOD &apos;%1&apos; is not a year (region %2, industry %3); only annual data is read; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1, industry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate observation for region %1, industry %2, %3; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a Eurostat flag (region %2, industry %3, %4); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a confidentiality status (region %2, industry %3, %4); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a quoted field is not closed before the end of the file (truncated download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dimension &apos;%1&apos; has several values (%2); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data rows matched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::TableImport</name>
    <message>
        <location filename="../maps/TableImport.cpp" line="+45"/>
        <source>Source: %1. © EuroGeographics for the administrative boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::TableReader</name>
    <message>
        <location filename="../maps/TableReader.cpp" line="+558"/>
        <source>invalid column mapping &apos;%1&apos;; expected ROLE=COLUMN with roles %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping needs %1=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+59"/>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-427"/>
        <source>no column &apos;%1&apos; for %2; the header has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cannot open as a workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an XLSX or ODS file GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>wages (column %1, in the unit of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is not a year; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>region %1, industry %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate row for region %1, industry %2, %3; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a number (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a Eurostat flag; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wages &apos;%1&apos; are not a number (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell which column holds the %1; the header has: %2. Name the columns (--map-columns region=…,industry=…,year=…,value=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columns guessed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>region (NUTS code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industry (NACE code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wages (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+247"/>
        <source>columns guessed as region=%1,industry=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>byte 0x%1 is not UTF-8 (in “%2” read as Latin-1); the file is probably Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ValueValidator</name>
    <message>
        <location filename="../maps/EurostatTable.cpp" line="-303"/>
        <source>the file is larger than %1 MiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/TableReader.cpp" line="-590"/>
        <location filename="../maps/ValueValidator.cpp" line="+66"/>
        <source>more than %1 data lines; the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.cpp" line="-25"/>
        <source>the file has %1 MiB, more than the %2 MiB read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lines end with CR only (classic Mac OS); save the file with LF or CR LF line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the line is longer than %1 MiB; the file is not read (is it a table?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the workbook&apos;s XML unpacks to more than %1 MiB (part &apos;%2&apos;: %3 MiB); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part &apos;%1&apos; of the workbook unpacks to %2 times its packed size (at most %3); a damaged file or a zip bomb; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header has %1 columns, more than the %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &apos;%1&apos; appears twice (columns %2 and %3); rename one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected %1 cells, found %2; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>year %1 is implausible (expected %2 to %3%4); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a finite number (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative value &apos;%1&apos; (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is too large: above %2 after scaling (%3); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no usable value: all %1 cells are empty, missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/ValueValidator.h" line="+101"/>
        <source>&apos;%1&apos; has a comma: decimal commas and thousands separators are not read; write digits with a decimal point (%2); treated as missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ViewController</name>
    <message>
        <location filename="../app/ViewController.cpp" line="+57"/>
        <source>Loading NUTS %1 boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::XlsxExport</name>
    <message>
        <location filename="../maps/XlsxExport.cpp" line="+21"/>
        <source>%1: this GDAL has no XLSX driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: no temporary directory (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: the workbook could not be built (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+86"/>
        <source>Maps the strength of economic clusters across Europe&apos;s regions.
Headless export: clusterscope export --help; many figures: clusterscope batch SPEC.json; data packs: clusterscope packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project (NAME.clusterscope.json) or a statistics file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paint the main window into FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: en, de, fr, es, it or pl (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select regions by NUTS code (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a panel: profile, peers or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 See clusterscope --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command or file &apos;%1&apos;; valid commands: export, batch, packs, or a project or statistics file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot show panel &apos;%1&apos;; valid panels: profile, peers, compare (compare needs 2-%2 regions in --select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no usable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown region &apos;%1&apos; at NUTS level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
