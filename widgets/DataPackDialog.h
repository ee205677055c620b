// SPDX-License-Identifier: MIT
#pragma once

#include "maps/DataPack.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cs {

// File ▸ Data packs…: every pack the program knows (DataPack::installed(): the built-in
// ones, the user's packs folder and packs opened before), one row each with its title,
// dataset, NUTS version, years, retrieval date, licence and location. "Open" accepts the
// dialog with chosenPath(); "Show folder" opens a pack's folder in the file manager;
// "Open other pack…" picks a pack folder from disk. Packs that fail their checks are
// listed with the reason and cannot be opened.
class DataPackDialog : public QDialog
{
    Q_OBJECT
public:
    // `extra`: pack folders opened before (kept by the caller); `current`: the pack shown
    // now, selected at first.
    explicit DataPackDialog(const QStringList &extra, const QString &current = QString(),
                            QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *showFolderButton() const { return m_showFolder; }
    // The listed packs, in table order.
    const QList<ListedPack> &packs() const { return m_packs; }
    // Selects the row of `path`; false when it is not listed.
    bool selectPack(const QString &path);
    // The pack to open (its folder, ":/packs/…" for a built-in one) once accepted.
    QString chosenPath() const { return m_chosen; }

public slots:
    void openSelected();

private:
    void fill(const QStringList &extra);
    void updateButtons();
    void openOther();
    int currentRow() const;

    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_showFolder = nullptr;
    QList<ListedPack> m_packs;
    QString m_chosen;
};

} // namespace cs
