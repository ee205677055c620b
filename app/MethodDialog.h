// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QTextBrowser;

namespace cs {

// Help ▸ Method: how every number of the program is made (reference area, region
// totals, the indicators' formulas, the star rule, partners, the map's classes), what
// the cluster categories are and are not, and where the data come from with their
// licences. Translated like the rest of the window.
class MethodDialog : public QDialog
{
    Q_OBJECT
public:
    // `sourceNote`: the source line of the data shown (ClusterData::sourceNote).
    explicit MethodDialog(const QString &sourceNote, QWidget *parent = nullptr);
    // The text shown, as HTML.
    static QString html(const QString &sourceNote);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace cs
