// SPDX-License-Identifier: MIT
#include "maps/GeoPackageExport.h"

#include "maps/GdalHandles.h"
#include "maps/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

namespace cs {

using namespace gdal;

namespace {

// GDAL's last error, short: SQLite's messages quote the whole failed statement
// ("sqlite3_exec(CREATE TABLE …) failed: database or disk is full"); keep the reason.
QString gdalReason()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
    const qsizetype failed = message.lastIndexOf(QLatin1String(") failed: "));
    if (message.size() > 200 && failed >= 0)
        return message.mid(failed + 10);
    return message.size() > 200 ? message.left(200) + QStringLiteral("…") : message;
}

QString rgba(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,255").arg(c.red()).arg(c.green()).arg(c.blue());
}

QString xmlEscape(QString s)
{
    return s.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"))
        .replace(QLatin1Char('"'), QLatin1String("&quot;"));
}

QString fillSymbol(int name, const QColor &colour, bool hatched)
{
    // Properties as QGIS 3.26+ writes them (<Option>) and, for QGIS 3.0–3.24, as <prop>.
    auto layer = [](const QColor &c, const QString &style) {
        const QList<std::pair<QString, QString>> properties = {
            {QStringLiteral("color"), rgba(c)},
            {QStringLiteral("outline_color"), QStringLiteral("255,255,255,255")},
            {QStringLiteral("outline_style"), QStringLiteral("solid")},
            {QStringLiteral("outline_width"), QStringLiteral("0.12")},
            {QStringLiteral("outline_width_unit"), QStringLiteral("MM")},
            {QStringLiteral("style"), style}};
        QString options, props;
        for (const auto &[key, value] : properties) {
            options += QStringLiteral("<Option name=\"%1\" value=\"%2\" type=\"QString\"/>").arg(key, value);
            props += QStringLiteral("<prop k=\"%1\" v=\"%2\"/>").arg(key, value);
        }
        return QStringLiteral("<layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">"
                              "<Option type=\"Map\">%1</Option>%2</layer>")
            .arg(options, props);
    };
    QString layers = layer(colour, QStringLiteral("solid"));
    if (hatched)
        layers += layer(QColor(0x8c, 0x8c, 0x8c), QStringLiteral("b_diagonal"));
    return QStringLiteral("<symbol type=\"fill\" name=\"%1\" alpha=\"1\" clip_to_extent=\"1\" "
                          "force_rhr=\"0\">%2</symbol>")
        .arg(name)
        .arg(layers);
}

// Filter of class k: [lower, upper), the last class closed, the first and last open
// outwards as Classification::classOf treats values beyond the limits.
QString classFilter(const Classification &c, int k)
{
    const QString lower = QString::number(c.breaks()[k], 'g', 17);
    const QString upper = QString::number(c.breaks()[k + 1], 'g', 17);
    const bool first = k == 0, last = k == c.classCount() - 1;
    if (first && last)
        return QStringLiteral("\"value\" IS NOT NULL");
    if (first)
        return QStringLiteral("\"value\" < %1").arg(upper);
    if (last)
        return QStringLiteral("\"value\" >= %1").arg(lower);
    return QStringLiteral("\"value\" >= %1 AND \"value\" < %2").arg(lower, upper);
}

} // namespace

QString GeoPackageExport::layerName(const QString &category)
{
    return QStringLiteral("clusterscope_%1").arg(category).toLower().replace(
        QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
}

QString GeoPackageExport::renderer(const MapScene &scene)
{
    QString rules, symbols;
    const Classification &c = scene.classification;
    for (int k = 0; k < c.classCount(); ++k) {
        rules += QStringLiteral("<rule key=\"class%1\" symbol=\"%1\" label=\"%2\" filter=\"%3\"/>")
                     .arg(k)
                     .arg(xmlEscape(scene.classLabel(k)), xmlEscape(classFilter(c, k)));
        symbols += fillSymbol(k, scene.colours.value(k), false);
    }
    const int nd = c.classCount();
    rules += QStringLiteral("<rule key=\"nodata\" symbol=\"%1\" label=\"%2\" filter=\"%3\"/>")
                 .arg(nd)
                 .arg(xmlEscape(tr("No data")), xmlEscape(QStringLiteral("\"value\" IS NULL")));
    symbols += fillSymbol(nd, noDataColour(), true);
    return QStringLiteral("<renderer-v2 type=\"RuleRenderer\" symbollevels=\"0\" "
                          "enableorderby=\"0\" forceraster=\"0\">"
                          "<rules key=\"root\">%1</rules><symbols>%2</symbols></renderer-v2>")
        .arg(rules, symbols);
}

QString GeoPackageExport::qml(const MapScene &scene)
{
    return QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                          "<qgis version=\"3.28.0\" styleCategories=\"Symbology\">%1"
                          "<layerGeometryType>2</layerGeometryType></qgis>\n")
        .arg(renderer(scene));
}

QString GeoPackageExport::sld(const MapScene &scene, const QString &layerName)
{
    auto rule = [](const QString &title, const QString &filter, const QColor &fill) {
        return QStringLiteral("<se:Rule><se:Name>%1</se:Name><se:Description><se:Title>%1"
                              "</se:Title></se:Description>%2<se:PolygonSymbolizer><se:Fill>"
                              "<se:SvgParameter name=\"fill\">%3</se:SvgParameter></se:Fill>"
                              "<se:Stroke><se:SvgParameter name=\"stroke\">#ffffff</se:SvgParameter>"
                              "<se:SvgParameter name=\"stroke-width\">0.5</se:SvgParameter>"
                              "</se:Stroke></se:PolygonSymbolizer></se:Rule>")
            .arg(xmlEscape(title), filter, fill.name());
    };
    auto property = [](const QString &op, double v) {
        return QStringLiteral("<ogc:%1><ogc:PropertyName>value</ogc:PropertyName><ogc:Literal>%2"
                              "</ogc:Literal></ogc:%1>")
            .arg(op, QString::number(v, 'g', 17));
    };
    QString rules;
    const Classification &c = scene.classification;
    for (int k = 0; k < c.classCount(); ++k) {
        const bool first = k == 0, last = k == c.classCount() - 1;
        QString filter;
        if (first && last)
            filter = QStringLiteral("<ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>value"
                                    "</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not>");
        else if (first)
            filter = property(QStringLiteral("PropertyIsLessThan"), c.breaks()[k + 1]);
        else if (last)
            filter = property(QStringLiteral("PropertyIsGreaterThanOrEqualTo"), c.breaks()[k]);
        else
            filter = QStringLiteral("<ogc:And>%1%2</ogc:And>")
                         .arg(property(QStringLiteral("PropertyIsGreaterThanOrEqualTo"), c.breaks()[k]),
                              property(QStringLiteral("PropertyIsLessThan"), c.breaks()[k + 1]));
        rules += rule(scene.classLabel(k),
                      QStringLiteral("<ogc:Filter>%1</ogc:Filter>").arg(filter), scene.colours.value(k));
    }
    rules += rule(tr("No data"),
                  QStringLiteral("<ogc:Filter><ogc:PropertyIsNull><ogc:PropertyName>value"
                                 "</ogc:PropertyName></ogc:PropertyIsNull></ogc:Filter>"),
                  noDataColour());
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StyledLayerDescriptor version=\"1.1.0\" "
               "xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
               "xmlns:se=\"http://www.opengis.net/se\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><NamedLayer><se:Name>%1"
               "</se:Name><UserStyle><se:Name>%1</se:Name><se:FeatureTypeStyle>%2"
               "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>\n")
        .arg(xmlEscape(layerName), rules);
}

bool GeoPackageExport::write(const Input &input, const QString &path, QString *error)
{
    return gdal::guarded(error, [&]() -> bool {
    GDALAllRegister();
    const bool userFile = !input.boundariesSource.isEmpty();
    const QString source = userFile ? input.boundariesSource : NutsLayer::defaultCachePath();
    const QString layerName = userFile ? input.boundariesLayer : NutsLayer::cacheLayerName(input.regions);
    DatasetPtr in(GDALOpenEx(QFile::encodeName(source).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                             nullptr, nullptr, nullptr));
    OGRLayerH inLayer = !in                  ? nullptr
                        : layerName.isEmpty() ? GDALDatasetGetLayer(in.get(), 0)
                                              : GDALDatasetGetLayerByName(in.get(), layerName.toUtf8().constData());
    if (!inLayer) {
        *error = tr("%1: cannot read NUTS layer %2 (%3)")
                     .arg(source, layerName, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    // The boundaries are read while the output is written: it must not be them.
    if (!checkOutputPath(path, {source}, error))
        return false;
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        *error = tr("cannot write %1: the folder does not exist").arg(path);
        return false;
    }
    // Written next to the target (same file system), every OGR call checked, then renamed
    // over it; on any failure the target is untouched and the partial file removed.
    const QString partial = target.absoluteDir().filePath(QStringLiteral(".%1.part.gpkg").arg(target.fileName()));
    const auto removePartial = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    CPLErrorReset();
    DatasetPtr out(GDALCreate(driver, QFile::encodeName(partial).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!out) {
        *error = tr("cannot write %1: %2").arg(path, gdalReason());
        removePartial();
        return false;
    }
    auto fail = [&](const QString &message) {
        out.reset();
        removePartial();
        *error = message;
        return false;
    };
    const auto gdalFailure = [&] {
        return fail(tr("cannot write %1: %2").arg(path, gdalReason()));
    };

    // The cache is in WGS 84; a user's file says what it is in (none: WGS 84).
    SrsPtr wgs84 = srsFromEpsg(4326);
    SrsPtr laea = srsFromEpsg(3035);
    OGRSpatialReferenceH layerSrs = userFile ? OGR_L_GetSpatialRef(inLayer) : nullptr;
    SrsPtr sourceSrs(OSRClone(layerSrs ? layerSrs : wgs84.get()));
    OSRSetAxisMappingStrategy(sourceSrs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    TransformPtr transform(OCTNewCoordinateTransformation(sourceSrs.get(), laea.get()));
    // The fields of the regions: the cache's GISCO names, or the user's key column with
    // a name column where the file has one of the usual ones.
    const QByteArray keyField = userFile ? input.keyColumn.toUtf8() : QByteArray("NUTS_ID");
    QByteArray nameField = "NAME_LATN";
    if (userFile) {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(inLayer);
        nameField.clear();
        for (const char *candidate : {"NAME_LATN", "NUTS_NAME", "name", "NAME", "nuts_name"})
            if (OGR_FD_GetFieldIndex(defn, candidate) >= 0) {
                nameField = candidate;
                break;
            }
    }
    if (!transform)
        return gdalFailure();

    const QString outName = GeoPackageExport::layerName(input.query.category);
    OGRLayerH outLayer = GDALDatasetCreateLayer(out.get(), outName.toUtf8().constData(), laea.get(),
                                                wkbMultiPolygon, nullptr);
    if (!outLayer)
        return fail(tr("cannot write %1: %2").arg(path, gdalReason()));

    const QList<std::pair<const char *, OGRFieldType>> fields = {
        {"nuts_id", OFTString},   {"name", OFTString},      {"country", OFTString},
        {"category", OFTString},  {"year", OFTInteger},     {"indicator", OFTString},
        {"value", OFTReal},       {"class", OFTInteger},    {"employment", OFTReal},
        {"share", OFTReal},       {"focus", OFTReal},       {"lq", OFTReal},
        {"stars", OFTInteger},    {"growth_pct", OFTReal}};
    for (const auto &[name, type] : fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(name, type);
        const OGRErr made = OGR_L_CreateField(outLayer, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (made != OGRERR_NONE)
            return gdalFailure();
    }

    const LevelAnalysis *analysis = input.data->analysis(input.query.level, input.query.year);
    const int category = input.data->categories().indexOf(input.query.category);
    const QByteArray indicatorKey = ClusterData::indicatorKey(input.query.indicator).toUtf8();
    const QByteArray categoryKey = input.query.category.toUtf8();
    if (GDALDatasetStartTransaction(out.get(), FALSE) != OGRERR_NONE)
        return gdalFailure();
    OGR_L_ResetReading(inLayer);
    while (FeaturePtr feature{OGR_L_GetNextFeature(inLayer)}) {
        const int idIndex = OGR_F_GetFieldIndex(feature.get(), keyField.constData());
        if (idIndex < 0)
            continue;
        const QString code = QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), idIndex)).trimmed();
        if (userFile && code.size() != input.regions.level + 2)
            continue; // files that mix levels: the map's level only
        FeaturePtr f(OGR_F_Create(OGR_L_GetLayerDefn(outLayer)));
        OGR_F_SetFieldString(f.get(), 0, code.toUtf8().constData());
        const int nameIndex = nameField.isEmpty() ? -1 : OGR_F_GetFieldIndex(feature.get(), nameField.constData());
        if (nameIndex >= 0)
            OGR_F_SetFieldString(f.get(), 1, OGR_F_GetFieldAsString(feature.get(), nameIndex));
        const int countryIndex = OGR_F_GetFieldIndex(feature.get(), "CNTR_CODE");
        OGR_F_SetFieldString(f.get(), 2, countryIndex >= 0 ? OGR_F_GetFieldAsString(feature.get(), countryIndex)
                                                           : code.left(2).toUtf8().constData());
        OGR_F_SetFieldString(f.get(), 3, categoryKey.constData());
        OGR_F_SetFieldInteger(f.get(), 4, input.query.year);
        OGR_F_SetFieldString(f.get(), 5, indicatorKey.constData());
        const int row = analysis && category >= 0 ? analysis->rowOf(code) : -1;
        auto setReal = [&](int field, double v) {
            if (std::isfinite(v))
                OGR_F_SetFieldDouble(f.get(), field, v);
            else
                OGR_F_SetFieldNull(f.get(), field);
        };
        if (row >= 0) {
            const double value = analysis->value(input.query.indicator, row, category);
            setReal(6, value);
            const int cls = input.scene ? input.scene->classification.classOf(value) : -1;
            if (cls >= 0)
                OGR_F_SetFieldInteger(f.get(), 7, cls);
            else
                OGR_F_SetFieldNull(f.get(), 7);
            setReal(8, analysis->employment(row, category));
            setReal(9, analysis->share(row, category));
            setReal(10, analysis->focus(row, category));
            setReal(11, analysis->lq(row, category));
            if (std::isfinite(analysis->lq(row, category)))
                OGR_F_SetFieldInteger(f.get(), 12, analysis->stars()->ecoStars(row, category));
            else
                OGR_F_SetFieldNull(f.get(), 12);
            setReal(13, analysis->growth()(row, category));
        } else {
            for (int field = 6; field <= 13; ++field)
                OGR_F_SetFieldNull(f.get(), field);
        }
        OGRGeometryH geometry = OGR_G_Clone(OGR_F_GetGeometryRef(feature.get()));
        if (geometry) {
            geometry = OGR_G_ForceToMultiPolygon(geometry);
            const OGRErr transformed = OGR_G_Transform(geometry, transform.get());
            OGR_F_SetGeometryDirectly(f.get(), geometry);
            if (transformed != OGRERR_NONE)
                return gdalFailure();
        }
        if (OGR_L_CreateFeature(outLayer, f.get()) != OGRERR_NONE)
            return fail(tr("cannot write %1: %2").arg(path, gdalReason()));
    }
    if (GDALDatasetCommitTransaction(out.get()) != OGRERR_NONE)
        return gdalFailure();

    if (input.scene) {
        // The attribute table QGIS reads default styles from (as QGIS's OGR provider
        // creates it when saving a style into a GeoPackage).
        OGRLayerH styles = GDALDatasetCreateLayer(out.get(), "layer_styles", nullptr, wkbNone, nullptr);
        if (!styles)
            return fail(tr("cannot write the QGIS style into %1: %2")
                            .arg(path, gdalReason()));
        const auto addField = [&](const char *name, OGRFieldType type, OGRFieldSubType subType) {
            OGRFieldDefnH defn = OGR_Fld_Create(name, type);
            OGR_Fld_SetSubType(defn, subType);
            const OGRErr made = OGR_L_CreateField(styles, defn, TRUE);
            OGR_Fld_Destroy(defn);
            return made == OGRERR_NONE;
        };
        bool made = true;
        for (const char *name : {"f_table_catalog", "f_table_schema", "f_table_name",
                                 "f_geometry_column", "styleName", "styleQML", "styleSLD"})
            made = made && addField(name, OFTString, OFSTNone);
        made = made && addField("useAsDefault", OFTInteger, OFSTBoolean);
        for (const char *name : {"description", "owner", "ui"})
            made = made && addField(name, OFTString, OFSTNone);
        made = made && addField("update_time", OFTDateTime, OFSTNone);
        if (!made)
            return fail(tr("cannot write the QGIS style into %1: %2")
                            .arg(path, gdalReason()));
        FeaturePtr style(OGR_F_Create(OGR_L_GetLayerDefn(styles)));
        auto set = [&](const char *field, const QString &value) {
            OGR_F_SetFieldString(style.get(), OGR_F_GetFieldIndex(style.get(), field),
                                 value.toUtf8().constData());
        };
        set("f_table_catalog", QString());
        set("f_table_schema", QString());
        set("f_table_name", outName);
        set("f_geometry_column", QStringLiteral("geom"));
        set("styleName", outName);
        set("styleQML", qml(*input.scene));
        set("styleSLD", sld(*input.scene, outName));
        OGR_F_SetFieldInteger(style.get(), OGR_F_GetFieldIndex(style.get(), "useAsDefault"), 1);
        set("description", input.scene->title + QStringLiteral(" — ") + input.scene->sourceNote);
        set("owner", QString());
        set("ui", QString());
        if (OGR_L_CreateFeature(styles, style.get()) != OGRERR_NONE)
            return fail(tr("cannot write the QGIS style into %1: %2")
                            .arg(path, gdalReason()));
    }
    // Flush and close before the rename. GDAL (3.6) reports a failed final write (a full
    // disk) only as an error, not as a result.
    CPLErrorReset();
    out.reset();
    if (CPLGetLastErrorType() >= CE_Failure) {
        const QString why = gdalReason();
        removePartial();
        *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    // rename(2) replaces the target atomically: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removePartial();
        *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    return true;
    });
}

} // namespace cs
