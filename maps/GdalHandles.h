// SPDX-License-Identifier: MIT
#pragma once

// GDAL/OGR handles owned by std::unique_ptr, so every early return closes them
// (cf. OpenOrienteering Mapper's ogr_file_format_p.h). Internal to maps/.

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QDir>
#include <QString>

#include <memory>
#include <type_traits>

namespace cs::gdal {

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(ds); }
};
struct FeatureDestroyer
{
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
struct SrsDestroyer
{
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};
struct TransformDestroyer
{
    void operator()(OGRCoordinateTransformationH t) const { OCTDestroyCoordinateTransformation(t); }
};

using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDestroyer>;
using TransformPtr =
    std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDestroyer>;

// An EPSG reference system with x = easting/longitude, y = northing/latitude.
inline SrsPtr srsFromEpsg(int code)
{
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), code);
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

// A vector file opened read-only (drivers registered first); null on failure, with the
// reason in CPLGetLastErrorMsg().
inline DatasetPtr openVector(const QString &path)
{
    GDALAllRegister();
    return DatasetPtr(GDALOpenEx(QDir::toNativeSeparators(path).toLocal8Bit().constData(),
                                 GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

} // namespace cs::gdal
