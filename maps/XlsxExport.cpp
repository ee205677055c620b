// SPDX-License-Identifier: MIT
#include "maps/XlsxExport.h"

#include "maps/GdalHandles.h"
#include "maps/SaveFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace cs {

bool XlsxExport::write(const QList<XlsxSheet> &sheets, const QString &path, QString *error)
{
    return gdal::guarded(error, [&]() -> bool {
    using namespace gdal;
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    if (!driver) {
        *error = tr("%1: this GDAL has no XLSX driver").arg(path);
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("cannot write %1: no temporary directory (%2)").arg(path, dir.errorString());
        return false;
    }
    const QString partial = dir.filePath(QStringLiteral("scores.xlsx"));
    CPLErrorReset();
    {
        DatasetPtr out(GDALCreate(driver, QFile::encodeName(partial).constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!out) {
            *error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        for (const XlsxSheet &sheet : sheets) {
            OGRLayerH layer = GDALDatasetCreateLayer(out.get(), sheet.name.toUtf8().constData(), nullptr,
                                                     wkbNone, nullptr);
            if (!layer) {
                *error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
                return false;
            }
            auto addField = [&](const QString &name, OGRFieldType type) {
                OGRFieldDefnH defn = OGR_Fld_Create(name.toUtf8().constData(), type);
                const OGRErr result = OGR_L_CreateField(layer, defn, TRUE);
                OGR_Fld_Destroy(defn);
                return result == OGRERR_NONE;
            };
            bool fieldsMade = true;
            for (const QString &c : sheet.textColumns)
                fieldsMade = fieldsMade && addField(c, OFTString);
            for (const QString &c : sheet.numberColumns)
                fieldsMade = fieldsMade && addField(c, OFTReal);
            if (!fieldsMade) {
                *error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
                return false;
            }
            const int textCount = int(sheet.textColumns.size());
            for (int row = 0; row < sheet.texts.size(); ++row) {
                FeaturePtr f(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
                for (int c = 0; c < textCount; ++c)
                    OGR_F_SetFieldString(f.get(), c, sheet.texts[row].value(c).toUtf8().constData());
                const QList<double> numbers = sheet.numbers.value(row);
                for (int c = 0; c < sheet.numberColumns.size(); ++c) {
                    const double v = numbers.value(c, qQNaN());
                    if (std::isfinite(v))
                        OGR_F_SetFieldDouble(f.get(), textCount + c, v);
                    else
                        OGR_F_SetFieldNull(f.get(), textCount + c);
                }
                if (OGR_L_CreateFeature(layer, f.get()) != OGRERR_NONE) {
                    *error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
                    return false;
                }
            }
        }
    } // GDALClose writes the workbook (zipped); it reports a failure only as an error
    if (CPLGetLastErrorType() >= CE_Failure) {
        *error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    QFile built(partial);
    if (!built.open(QIODevice::ReadOnly)) {
        *error = tr("cannot write %1: %2").arg(path, built.errorString());
        return false;
    }
    const QByteArray bytes = built.readAll();
    if (bytes.isEmpty() || built.error() != QFileDevice::NoError) {
        *error = tr("cannot write %1: the workbook could not be built (%2)").arg(path, built.errorString());
        return false;
    }
    return saveFile(path, bytes, error);
    });
}

} // namespace cs
