// SPDX-License-Identifier: MIT
#include "maps/QgisProject.h"

#include "maps/GdalHandles.h"
#include "maps/GeoPackageExport.h"
#include "maps/SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace cs {

using namespace gdal;

namespace {

// EPSG:3035 as QGIS writes a <spatialrefsys>; srsid 1000 is its row in QGIS's srs.db.
// The WKT and PROJ string come from GDAL's EPSG database, so they match the GeoPackage.
void writeSpatialRefSys(QXmlStreamWriter &xml)
{
    SrsPtr srs = srsFromEpsg(3035);
    QString wkt, proj4, description = QStringLiteral("ETRS89-extended / LAEA Europe");
    const char *const options[] = {"FORMAT=WKT2_2019", "MULTILINE=NO", nullptr};
    char *text = nullptr;
    if (OSRExportToWktEx(srs.get(), &text, options) == OGRERR_NONE && text)
        wkt = QString::fromUtf8(text);
    CPLFree(text);
    text = nullptr;
    if (OSRExportToProj4(srs.get(), &text) == OGRERR_NONE && text)
        proj4 = QString::fromUtf8(text).trimmed();
    CPLFree(text);
    if (const char *name = OSRGetName(srs.get()))
        description = QString::fromUtf8(name);

    xml.writeStartElement(QStringLiteral("spatialrefsys"));
    xml.writeAttribute(QStringLiteral("nativeFormat"), QStringLiteral("Wkt"));
    xml.writeTextElement(QStringLiteral("wkt"), wkt);
    xml.writeTextElement(QStringLiteral("proj4"), proj4);
    xml.writeTextElement(QStringLiteral("srsid"), QStringLiteral("1000"));
    xml.writeTextElement(QStringLiteral("srid"), QStringLiteral("3035"));
    xml.writeTextElement(QStringLiteral("authid"), QStringLiteral("EPSG:3035"));
    xml.writeTextElement(QStringLiteral("description"), description);
    xml.writeTextElement(QStringLiteral("projectionacronym"), QStringLiteral("laea"));
    xml.writeTextElement(QStringLiteral("ellipsoidacronym"), QStringLiteral("EPSG:7019"));
    xml.writeTextElement(QStringLiteral("geographicflag"), QStringLiteral("false"));
    xml.writeEndElement();
}

// Copies an XML fragment (one element) into the writer.
void writeFragment(QXmlStreamWriter &xml, const QString &fragment)
{
    QXmlStreamReader reader(fragment);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument() || reader.isEndDocument() || reader.isDTD())
            continue;
        xml.writeCurrentToken(reader);
    }
}

void writeProperty(QXmlStreamWriter &xml, const QString &name, const QString &type, const QString &value)
{
    xml.writeStartElement(name);
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

QString QgisProject::dataSource(const Input &input, const QString &path)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    QString relative = folder.relativeFilePath(QFileInfo(input.geoPackage).absoluteFilePath());
    if (!relative.startsWith(QLatin1String("../")))
        relative.prepend(QLatin1String("./"));
    return QStringLiteral("%1|layername=%2").arg(relative, input.layerName);
}

QString QgisProject::document(const Input &input, const QString &path)
{
    const MapScene &scene = *input.scene;
    const QString title = scene.title.isEmpty() ? input.layerName : scene.title;
    const QString source = dataSource(input, path);
    const QString id = input.layerName + QStringLiteral("_clusterscope");
    const QString boundaries = tr("© EuroGeographics for the administrative boundaries");
    QString abstract = scene.sourceNote;
    if (!abstract.contains(QLatin1String("EuroGeographics")))
        abstract = (abstract.isEmpty() ? QString() : abstract + QLatin1Char(' ')) + boundaries + QLatin1Char('.');

    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    xml.writeStartElement(QStringLiteral("qgis"));
    xml.writeAttribute(QStringLiteral("projectname"), title);
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0-Białowieża"));
    xml.writeEmptyElement(QStringLiteral("homePath"));
    xml.writeAttribute(QStringLiteral("path"), QString());
    xml.writeTextElement(QStringLiteral("title"), title);
    for (const char *name : {"autotransaction", "evaluateDefaultValues", "trust"}) {
        xml.writeEmptyElement(QLatin1String(name));
        xml.writeAttribute(QStringLiteral("active"), QStringLiteral("0"));
    }
    xml.writeStartElement(QStringLiteral("projectCrs"));
    writeSpatialRefSys(xml);
    xml.writeEndElement();

    // The layer tree: one checked layer.
    xml.writeStartElement(QStringLiteral("layer-tree-group"));
    xml.writeEmptyElement(QStringLiteral("customproperties"));
    xml.writeStartElement(QStringLiteral("layer-tree-layer"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("name"), title);
    xml.writeAttribute(QStringLiteral("source"), source);
    xml.writeAttribute(QStringLiteral("providerKey"), QStringLiteral("ogr"));
    xml.writeAttribute(QStringLiteral("checked"), QStringLiteral("Qt::Checked"));
    xml.writeAttribute(QStringLiteral("expanded"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("customproperties"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("custom-order"));
    xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("item"), id);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("relations"));

    // The canvas opens on continental Europe, as the map window does.
    const QRectF extent = MapScene::europeExtent();
    xml.writeStartElement(QStringLiteral("mapcanvas"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("theMapCanvas"));
    xml.writeAttribute(QStringLiteral("annotationsVisible"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("units"), QStringLiteral("meters"));
    xml.writeStartElement(QStringLiteral("extent"));
    xml.writeTextElement(QStringLiteral("xmin"), QString::number(extent.left(), 'f', 0));
    xml.writeTextElement(QStringLiteral("ymin"), QString::number(extent.top(), 'f', 0));
    xml.writeTextElement(QStringLiteral("xmax"), QString::number(extent.right(), 'f', 0));
    xml.writeTextElement(QStringLiteral("ymax"), QString::number(extent.bottom(), 'f', 0));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("rotation"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("destinationsrs"));
    writeSpatialRefSys(xml);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("rendermaptile"), QStringLiteral("0"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("projectlayers"));
    xml.writeStartElement(QStringLiteral("maplayer"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("vector"));
    xml.writeAttribute(QStringLiteral("geometry"), QStringLiteral("Polygon"));
    xml.writeAttribute(QStringLiteral("wkbType"), QStringLiteral("MultiPolygon"));
    xml.writeAttribute(QStringLiteral("readOnly"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("hasScaleBasedVisibilityFlag"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("labelsEnabled"), QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("id"), id);
    xml.writeTextElement(QStringLiteral("datasource"), source);
    xml.writeStartElement(QStringLiteral("keywordList"));
    xml.writeTextElement(QStringLiteral("value"), QString());
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("layername"), title);
    xml.writeStartElement(QStringLiteral("srs"));
    writeSpatialRefSys(xml);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("resourceMetadata"));
    xml.writeTextElement(QStringLiteral("identifier"), input.layerName);
    xml.writeTextElement(QStringLiteral("parentidentifier"), QString());
    xml.writeTextElement(QStringLiteral("language"), QString());
    xml.writeTextElement(QStringLiteral("type"), QStringLiteral("dataset"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("abstract"), abstract);
    xml.writeEmptyElement(QStringLiteral("links"));
    xml.writeTextElement(QStringLiteral("fees"), QString());
    xml.writeTextElement(QStringLiteral("rights"), boundaries);
    xml.writeTextElement(QStringLiteral("encoding"), QString());
    xml.writeStartElement(QStringLiteral("crs"));
    writeSpatialRefSys(xml);
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("extent"));
    xml.writeEndElement(); // resourceMetadata
    xml.writeStartElement(QStringLiteral("provider"));
    xml.writeAttribute(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    xml.writeCharacters(QStringLiteral("ogr"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("map-layer-style-manager"));
    xml.writeAttribute(QStringLiteral("current"), QStringLiteral("default"));
    xml.writeEmptyElement(QStringLiteral("map-layer-style"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("default"));
    xml.writeEndElement();
    writeFragment(xml, GeoPackageExport::renderer(scene)); // as in the embedded QML
    xml.writeEmptyElement(QStringLiteral("customproperties"));
    xml.writeTextElement(QStringLiteral("blendMode"), QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("featureBlendMode"), QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("layerOpacity"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("attribution"), abstract);
    xml.writeEndElement(); // maplayer
    xml.writeEndElement(); // projectlayers

    xml.writeStartElement(QStringLiteral("layerorder"));
    xml.writeEmptyElement(QStringLiteral("layer"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("properties"));
    xml.writeStartElement(QStringLiteral("Paths"));
    writeProperty(xml, QStringLiteral("Absolute"), QStringLiteral("bool"), QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("SpatialRefSys"));
    writeProperty(xml, QStringLiteral("ProjectCrs"), QStringLiteral("QString"), QStringLiteral("EPSG:3035"));
    // QGIS 3.22 reads <projectCrs> only when this is set, else the project has no CRS.
    writeProperty(xml, QStringLiteral("ProjectionsEnabled"), QStringLiteral("int"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("projectMetadata"));
    xml.writeTextElement(QStringLiteral("identifier"), QString());
    xml.writeTextElement(QStringLiteral("parentidentifier"), QString());
    xml.writeTextElement(QStringLiteral("language"), QString());
    xml.writeTextElement(QStringLiteral("type"), QString());
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("abstract"), abstract);
    xml.writeEmptyElement(QStringLiteral("links"));
    xml.writeTextElement(QStringLiteral("author"), QStringLiteral("ClusterScope"));
    xml.writeTextElement(QStringLiteral("creation"), QString());
    xml.writeEndElement();
    xml.writeEndElement(); // qgis
    xml.writeEndDocument();
    return text.trimmed() + QLatin1Char('\n'); // auto-formatting starts with a line break
}

bool QgisProject::write(const Input &input, const QString &path, QString *error)
{
    return gdal::guarded(error, [&]() -> bool {
    const QByteArray bytes = document(input, path).toUtf8();
    return saveFile(path, bytes, error);
    });
}

} // namespace cs
