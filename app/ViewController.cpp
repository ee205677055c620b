// SPDX-License-Identifier: MIT
#include "app/ViewController.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cs {

namespace {

// One change of the view.
class ViewCommand : public QUndoCommand
{
public:
    ViewCommand(ViewController *controller, ViewOptions before, ViewOptions after)
        : m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("cs::MainWindow", "change view"));
    }
    void undo() override { m_controller->apply(m_before); }
    void redo() override { m_controller->apply(m_after); }

private:
    ViewController *m_controller;
    ViewOptions m_before, m_after;
};

} // namespace

ViewController::ViewController(const ClusterData *data, ViewOptions view, Runner runLong, QObject *parent)
    : QObject(parent), m_data(data), m_view(std::move(view)), m_runLong(std::move(runLong)),
      m_undo(new QUndoStack(this))
{
}

void ViewController::request(const ViewOptions &view)
{
    if (!(view == m_view))
        m_undo->push(new ViewCommand(this, m_view, view)); // push() applies it
}

void ViewController::apply(const ViewOptions &view)
{
    m_view = view;
    emit viewChanged();
}

void ViewController::recordFrom(const ViewOptions &before)
{
    if (before == m_view)
        return;
    // The view is already shown: the command's first redo() applies it again, unseen.
    const QSignalBlocker blocker(this);
    m_undo->push(new ViewCommand(this, before, m_view));
}

void ViewController::clearHistory()
{
    m_undo->clear();
}

std::shared_ptr<const NutsLayer> ViewController::layer(int level, NutsLayer::Scale scale, QString *error)
{
    const NutsLayer::Key key{m_data->nutsVersion(), level, scale};
    // The user's boundaries serve every scale; their level is picked by code length.
    const QString name = m_boundaries.isEmpty()
                             ? NutsLayer::cacheLayerName(key)
                             : QStringLiteral("%1|%2|%3").arg(m_boundaries, m_boundaryOptions.layer).arg(level);
    if (auto it = m_layers.constFind(name); it != m_layers.constEnd())
        return *it;
    auto loaded = std::make_shared<NutsLayer>();
    bool ok = false;
    NutsLayer::LoadOptions options = m_boundaryOptions;
    options.level = level;
    m_runLong(tr("Loading NUTS %1 boundaries…").arg(level), [&] {
        ok = m_boundaries.isEmpty() ? loaded->loadFromCache(key, error) : loaded->load(m_boundaries, options, error);
    });
    if (!ok)
        return nullptr;
    m_layers.insert(name, loaded);
    return loaded;
}

bool ViewController::setBoundaries(const QString &path, const NutsLayer::LoadOptions &options,
                                   const QList<int> &levels, int *found, QString *error)
{
    m_layers.clear();
    if (path.isEmpty()) {
        m_boundaries.clear();
        m_boundaryOptions = {};
        return true;
    }
    NutsLayer probe;
    NutsLayer::LoadOptions tried = options;
    QString firstError;
    for (int level : levels) {
        tried.level = level;
        QString message;
        if (probe.load(path, tried, &message)) {
            m_boundaryOptions = options;
            m_boundaryOptions.keyColumn = probe.keyColumn();
            m_boundaries = path;
            *found = level;
            return true;
        }
        if (firstError.isEmpty())
            firstError = message;
    }
    if (error)
        *error = firstError;
    return false;
}

} // namespace cs
