// SPDX-License-Identifier: MIT
#pragma once

#include "app/ViewOptions.h"
#include "maps/NutsLayer.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace cs {

// The state behind the map: the view (level, category, indicator, year, symbology) with
// its undo history, and the boundary layers drawn, loaded once per level and detail
// from the NUTS cache or from a user's boundary file.
class ViewController : public QObject
{
    Q_OBJECT
public:
    // Runs long work (loading boundaries) while the window shows progress.
    using Runner = std::function<void(const QString &message, const std::function<void()> &work)>;
    ViewController(const ClusterData *data, ViewOptions view, Runner runLong, QObject *parent);

    const ViewOptions &view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    // `view` as one undoable step (none when nothing changes).
    void request(const ViewOptions &view);
    // `view` without an undo step (undo/redo themselves, animation frames, new data).
    void apply(const ViewOptions &view);
    // One undo step from `before` to the current view (the end of an animation).
    void recordFrom(const ViewOptions &before);
    void clearHistory();

    // The regions of `level` at `scale`; null with `error` when they cannot be loaded.
    std::shared_ptr<const NutsLayer> layer(int level, NutsLayer::Scale scale, QString *error);
    // Draws a user's boundary file (any OGR format) instead of the NUTS cache; empty
    // `path`: back to the cache. The file must have one of `levels` (tried in order);
    // `found` is the first it has. False with `error` otherwise.
    bool setBoundaries(const QString &path, const NutsLayer::LoadOptions &options, const QList<int> &levels,
                       int *found, QString *error);
    QString boundaries() const { return m_boundaries; }
    const NutsLayer::LoadOptions &boundaryOptions() const { return m_boundaryOptions; }

signals:
    // The view changed (request, apply, undo, redo).
    void viewChanged();

private:
    const ClusterData *m_data;
    ViewOptions m_view;
    Runner m_runLong;
    QUndoStack *m_undo;
    QHash<QString, std::shared_ptr<const NutsLayer>> m_layers;
    QString m_boundaries; // a user's boundary file; empty: the NUTS cache
    NutsLayer::LoadOptions m_boundaryOptions;
};

} // namespace cs
