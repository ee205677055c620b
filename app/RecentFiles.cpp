// SPDX-License-Identifier: MIT
#include "app/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace cs {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu *menu, QWidget *parent) : QObject(parent), m_menu(menu)
{
    // Drops files deleted since, so the menu lists only what can be opened.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::updateMenu);
    updateMenu();
}

QStringList RecentFiles::files() const
{
    QSettings settings;
    const QStringList stored = settings.value(kKey).toStringList();
    QStringList files;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !files.contains(path) && files.size() < kMax)
            files.append(path);
    if (files != stored)
        settings.setValue(kKey, files);
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kKey, list);
    updateMenu();
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
    updateMenu();
}

void RecentFiles::updateMenu()
{
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list[i];
        // &1 … &8: one key each from the keyboard.
        QAction *action = m_menu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))),
            this, [this, path] { emit openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
        action->setData(path);
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear list"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace cs
