// SPDX-License-Identifier: MIT
#include "maps/Basemap.h"

#include "maps/NutsLayer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <mutex>

namespace cs {

namespace {

// Background layers by file, and their paths by file and set of NUTS countries.
struct Loaded
{
    std::mutex mutex;
    QHash<QString, std::shared_ptr<const QList<QPainterPath>>> around;
    QHash<QString, std::shared_ptr<const NutsLayer>> files;
};

Loaded &loaded()
{
    static Loaded instance;
    return instance;
}

} // namespace

bool Basemap::isLoaded(const QString &path)
{
    Loaded &state = loaded();
    std::lock_guard lock(state.mutex);
    return state.files.contains(path);
}

QString Basemap::defaultPath()
{
    const QByteArray env = qgetenv("CLUSTERSCOPE_WORLD_GPKG");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    // The version of the package both caches come from: nuts-atlas-<version>.gpkg.
    const QFileInfo nuts(NutsLayer::defaultCachePath());
    QString version = nuts.completeBaseName();
    version.remove(QStringLiteral("nuts-atlas-"));
    return nuts.dir().filePath(QStringLiteral("world-110m-%1.gpkg").arg(version));
}

std::shared_ptr<const QList<QPainterPath>> Basemap::around(const QSet<QString> &nutsCountries,
                                                           const QString &path, QString *error)
{
    QStringList iso;
    for (const QString &country : nutsCountries)
        iso.append(country == QLatin1String("EL")   ? QStringLiteral("GR")
                   : country == QLatin1String("UK") ? QStringLiteral("GB")
                                                    : country);
    iso.sort();
    const QString key = path + QLatin1Char('|') + iso.join(QLatin1Char(','));

    Loaded &state = loaded();
    auto &cache = state.around;
    auto &files = state.files;
    std::lock_guard lock(state.mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();

    std::shared_ptr<const NutsLayer> world = files.value(path);
    if (!world) {
        auto layer = std::make_shared<NutsLayer>();
        QString message;
        if (!layer->loadCompiled(path,
                                 NutsLayer::LoadOptions{QStringLiteral("countries"), QStringLiteral("iso_a2"), -1},
                                 &message)) {
            if (error)
                *error = tr("%1: no background countries (%2); run scripts/setup.sh").arg(path, message);
            return nullptr;
        }
        world = std::move(layer);
        files.insert(path, world);
    }
    auto paths = std::make_shared<QList<QPainterPath>>();
    for (const Region &country : world->regions())
        if (!iso.contains(country.code))
            paths->append(country.path);
    cache.insert(key, paths);
    return paths;
}

std::shared_ptr<const QList<QPainterPath>> Basemap::around(const NutsLayer &layer)
{
    QSet<QString> countries;
    for (const Region &region : layer.regions())
        countries.insert(region.country.isEmpty() ? region.code.left(2) : region.country);
    return around(countries, defaultPath(), nullptr);
}

} // namespace cs
