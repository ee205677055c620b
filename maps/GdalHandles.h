// SPDX-License-Identifier: MIT
#pragma once

// GDAL/OGR for maps/: every header the GDAL-using files need, handles owned by
// std::unique_ptr so every early return closes them (cf. OpenOrienteering Mapper's
// ogr_file_format_p.h), and GDAL loaded on first use. Internal to maps/.
//
// Loaded on first use: the programs do not link libgdal. Debian's GDAL pulls in about
// 150 shared libraries, all bound at load time, which costs ~90 ms before main() runs;
// a figure drawn from the compiled boundary cache (BoundaryCache) needs none of them.
// Each GDAL function this code calls is therefore a macro that looks the function up in
// the library (dlopen on the first call, GDALAllRegister once, dlsym once per call
// site) and calls it with the same, type-checked arguments: `decltype` names the real
// declaration without referring to its symbol. A call to a GDAL function missing from
// the list below fails to link, so nothing binds to GDAL by accident. Tests that call
// GDAL themselves link it, and the look-up then finds the library already loaded.

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QDir>
#include <QString>

#include <memory>
#include <stdexcept>
#include <type_traits>

namespace cs::gdal {

// GDAL cannot be loaded, or lacks a function the program calls (a broken installation).
struct Unavailable : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The address of `name` in GDAL, loading the library first; throws Unavailable when GDAL
// cannot be loaded or lacks the function. The public functions of maps/ that use GDAL run
// their work through guarded(), so callers get an error, and the process goes on.
void *symbol(const char *name);

// body() (which calls GDAL); when it throws Unavailable: a default result with the reason
// in *error (may be null).
template <typename Body> auto guarded(QString *error, Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const Unavailable &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return decltype(body())();
    }
}
// Whether this process has loaded GDAL (for tests and benchmarks).
bool isLoaded();

} // namespace cs::gdal

#define CS_GDAL_LAZY(fn)                                                                           \
    (*[]() {                                                                                       \
        static const auto address = reinterpret_cast<decltype(&::fn)>(::cs::gdal::symbol(#fn));   \
        return address;                                                                            \
    }())

// clang-format off
#define CPLErrorReset(...) CS_GDAL_LAZY(CPLErrorReset)(__VA_ARGS__)
#define CPLGetLastErrorMsg(...) CS_GDAL_LAZY(CPLGetLastErrorMsg)(__VA_ARGS__)
#define CPLGetLastErrorType(...) CS_GDAL_LAZY(CPLGetLastErrorType)(__VA_ARGS__)
#define CPLSetConfigOption(...) CS_GDAL_LAZY(CPLSetConfigOption)(__VA_ARGS__)
#define CPLSetThreadLocalConfigOption(...) CS_GDAL_LAZY(CPLSetThreadLocalConfigOption)(__VA_ARGS__)
#define GDALAllRegister(...) CS_GDAL_LAZY(GDALAllRegister)(__VA_ARGS__)
#define GDALClose(...) CS_GDAL_LAZY(GDALClose)(__VA_ARGS__)
#define GDALCreate(...) CS_GDAL_LAZY(GDALCreate)(__VA_ARGS__)
#define GDALDatasetCommitTransaction(...) CS_GDAL_LAZY(GDALDatasetCommitTransaction)(__VA_ARGS__)
#define GDALDatasetCreateLayer(...) CS_GDAL_LAZY(GDALDatasetCreateLayer)(__VA_ARGS__)
#define GDALDatasetGetLayer(...) CS_GDAL_LAZY(GDALDatasetGetLayer)(__VA_ARGS__)
#define GDALDatasetGetLayerByName(...) CS_GDAL_LAZY(GDALDatasetGetLayerByName)(__VA_ARGS__)
#define GDALDatasetGetLayerCount(...) CS_GDAL_LAZY(GDALDatasetGetLayerCount)(__VA_ARGS__)
#define GDALDatasetStartTransaction(...) CS_GDAL_LAZY(GDALDatasetStartTransaction)(__VA_ARGS__)
#define GDALGetDriverByName(...) CS_GDAL_LAZY(GDALGetDriverByName)(__VA_ARGS__)
#define GDALOpenEx(...) CS_GDAL_LAZY(GDALOpenEx)(__VA_ARGS__)
#define OCTDestroyCoordinateTransformation(...) CS_GDAL_LAZY(OCTDestroyCoordinateTransformation)(__VA_ARGS__)
#define OCTNewCoordinateTransformation(...) CS_GDAL_LAZY(OCTNewCoordinateTransformation)(__VA_ARGS__)
#define OCTTransform(...) CS_GDAL_LAZY(OCTTransform)(__VA_ARGS__)
#define OGR_FD_GetFieldCount(...) CS_GDAL_LAZY(OGR_FD_GetFieldCount)(__VA_ARGS__)
#define OGR_FD_GetFieldDefn(...) CS_GDAL_LAZY(OGR_FD_GetFieldDefn)(__VA_ARGS__)
#define OGR_FD_GetFieldIndex(...) CS_GDAL_LAZY(OGR_FD_GetFieldIndex)(__VA_ARGS__)
#define OGR_F_Create(...) CS_GDAL_LAZY(OGR_F_Create)(__VA_ARGS__)
#define OGR_F_Destroy(...) CS_GDAL_LAZY(OGR_F_Destroy)(__VA_ARGS__)
#define OGR_F_GetFID(...) CS_GDAL_LAZY(OGR_F_GetFID)(__VA_ARGS__)
#define OGR_F_GetFieldAsString(...) CS_GDAL_LAZY(OGR_F_GetFieldAsString)(__VA_ARGS__)
#define OGR_F_GetFieldIndex(...) CS_GDAL_LAZY(OGR_F_GetFieldIndex)(__VA_ARGS__)
#define OGR_F_GetGeometryRef(...) CS_GDAL_LAZY(OGR_F_GetGeometryRef)(__VA_ARGS__)
#define OGR_F_IsFieldSetAndNotNull(...) CS_GDAL_LAZY(OGR_F_IsFieldSetAndNotNull)(__VA_ARGS__)
#define OGR_F_SetFieldDouble(...) CS_GDAL_LAZY(OGR_F_SetFieldDouble)(__VA_ARGS__)
#define OGR_F_SetFieldInteger(...) CS_GDAL_LAZY(OGR_F_SetFieldInteger)(__VA_ARGS__)
#define OGR_F_SetFieldNull(...) CS_GDAL_LAZY(OGR_F_SetFieldNull)(__VA_ARGS__)
#define OGR_F_SetFieldString(...) CS_GDAL_LAZY(OGR_F_SetFieldString)(__VA_ARGS__)
#define OGR_F_SetGeometryDirectly(...) CS_GDAL_LAZY(OGR_F_SetGeometryDirectly)(__VA_ARGS__)
#define OGR_Fld_Create(...) CS_GDAL_LAZY(OGR_Fld_Create)(__VA_ARGS__)
#define OGR_Fld_Destroy(...) CS_GDAL_LAZY(OGR_Fld_Destroy)(__VA_ARGS__)
#define OGR_Fld_GetNameRef(...) CS_GDAL_LAZY(OGR_Fld_GetNameRef)(__VA_ARGS__)
#define OGR_Fld_SetSubType(...) CS_GDAL_LAZY(OGR_Fld_SetSubType)(__VA_ARGS__)
#define OGR_GT_Flatten(...) CS_GDAL_LAZY(OGR_GT_Flatten)(__VA_ARGS__)
#define OGR_G_Clone(...) CS_GDAL_LAZY(OGR_G_Clone)(__VA_ARGS__)
#define OGR_G_ForceToMultiPolygon(...) CS_GDAL_LAZY(OGR_G_ForceToMultiPolygon)(__VA_ARGS__)
#define OGR_G_GetGeometryCount(...) CS_GDAL_LAZY(OGR_G_GetGeometryCount)(__VA_ARGS__)
#define OGR_G_GetGeometryRef(...) CS_GDAL_LAZY(OGR_G_GetGeometryRef)(__VA_ARGS__)
#define OGR_G_GetGeometryType(...) CS_GDAL_LAZY(OGR_G_GetGeometryType)(__VA_ARGS__)
#define OGR_G_GetPointCount(...) CS_GDAL_LAZY(OGR_G_GetPointCount)(__VA_ARGS__)
#define OGR_G_GetX(...) CS_GDAL_LAZY(OGR_G_GetX)(__VA_ARGS__)
#define OGR_G_GetY(...) CS_GDAL_LAZY(OGR_G_GetY)(__VA_ARGS__)
#define OGR_G_Transform(...) CS_GDAL_LAZY(OGR_G_Transform)(__VA_ARGS__)
#define OGR_L_CreateFeature(...) CS_GDAL_LAZY(OGR_L_CreateFeature)(__VA_ARGS__)
#define OGR_L_CreateField(...) CS_GDAL_LAZY(OGR_L_CreateField)(__VA_ARGS__)
#define OGR_L_GetGeomType(...) CS_GDAL_LAZY(OGR_L_GetGeomType)(__VA_ARGS__)
#define OGR_L_GetLayerDefn(...) CS_GDAL_LAZY(OGR_L_GetLayerDefn)(__VA_ARGS__)
#define OGR_L_GetName(...) CS_GDAL_LAZY(OGR_L_GetName)(__VA_ARGS__)
#define OGR_L_GetNextFeature(...) CS_GDAL_LAZY(OGR_L_GetNextFeature)(__VA_ARGS__)
#define OGR_L_GetSpatialRef(...) CS_GDAL_LAZY(OGR_L_GetSpatialRef)(__VA_ARGS__)
#define OGR_L_ResetReading(...) CS_GDAL_LAZY(OGR_L_ResetReading)(__VA_ARGS__)
#define OGR_L_SetIgnoredFields(...) CS_GDAL_LAZY(OGR_L_SetIgnoredFields)(__VA_ARGS__)
#define OSRClone(...) CS_GDAL_LAZY(OSRClone)(__VA_ARGS__)
#define OSRDestroySpatialReference(...) CS_GDAL_LAZY(OSRDestroySpatialReference)(__VA_ARGS__)
#define OSRExportToProj4(...) CS_GDAL_LAZY(OSRExportToProj4)(__VA_ARGS__)
#define OSRExportToWktEx(...) CS_GDAL_LAZY(OSRExportToWktEx)(__VA_ARGS__)
#define OSRGetName(...) CS_GDAL_LAZY(OSRGetName)(__VA_ARGS__)
#define OSRImportFromEPSG(...) CS_GDAL_LAZY(OSRImportFromEPSG)(__VA_ARGS__)
#define OSRNewSpatialReference(...) CS_GDAL_LAZY(OSRNewSpatialReference)(__VA_ARGS__)
#define OSRSetAxisMappingStrategy(...) CS_GDAL_LAZY(OSRSetAxisMappingStrategy)(__VA_ARGS__)
#define VSIFree(...) CS_GDAL_LAZY(VSIFree)(__VA_ARGS__)
// clang-format on

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
