// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace cs {

// File ▸ Open recent: the last project files opened or saved, newest first, at most
// kMax, kept in QSettings; files that no longer exist are dropped when the menu opens.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMax = 8;
    RecentFiles(QMenu *menu, QWidget *parent);
    QStringList files() const;
    void add(const QString &path);
    void clear();
    QMenu *menu() const { return m_menu; }

signals:
    // The user picked a file of the menu.
    void openRequested(const QString &path);

private:
    void updateMenu();
    QMenu *m_menu;
};

} // namespace cs
