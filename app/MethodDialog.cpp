// SPDX-License-Identifier: MIT
#include "app/MethodDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs {

MethodDialog::MethodDialog(const QString &sourceNote, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("methodDialog"));
    setWindowTitle(tr("Method"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html(sourceNote));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString MethodDialog::html(const QString &sourceNote)
{
    const auto section = [](const QString &title, const QStringList &paragraphs) {
        QString text = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        for (const QString &p : paragraphs)
            text += QStringLiteral("<p>%1</p>").arg(p);
        return text;
    };
    QString html;
    html += section(
        tr("Regions and reference area"),
        {tr("Every relative measure compares a region with a reference area: by default all "
            "regions of the chosen NUTS level that carry a number in the data, or one country, "
            "or the EU-27 (<i>Reference</i> picker). Aggregates such as EU28 or EA19, "
            "extra-regio codes (e.g. FRZZ) and codes of no NUTS version are left out of every "
            "sum; codes renamed between NUTS versions are recoded, and each case is listed "
            "when the data are loaded."),
         tr("A region's total employment e<sub>r</sub> is either the sum of the industries "
            "the data report (default) or the total the data publish (<i>File ▸ Region "
            "totals</i>). Where confidential cells hide more than 5 % of a published total, "
            "the region is outlined with dots on the map and flagged in its profile.")});
    html += section(
        tr("Indicators"),
        {tr("With e<sub>rc</sub> the employment of region r in category c, e<sub>r</sub> the "
            "region's total, E<sub>c</sub> the reference area's employment in c and E its "
            "total:"),
         tr("<b>Employment</b> e<sub>rc</sub>; <b>share</b> e<sub>rc</sub> / E<sub>c</sub> "
            "(the region's part of the category); <b>focus</b> e<sub>rc</sub> / "
            "e<sub>r</sub> (the category's part of the region); <b>location quotient</b> "
            "LQ = (e<sub>rc</sub> / e<sub>r</sub>) / (E<sub>c</sub> / E): above 1 the "
            "region is more specialised than the reference area, 2 or more counts as a "
            "specialisation."),
         tr("<b>Growth</b> is the compound annual growth rate of e<sub>rc</sub> from the "
            "first year of the data to the year shown, in % per year; shift-share splits "
            "the change into reference growth, industry mix and competitive effect.")});
    html += section(
        tr("Cluster stars"),
        {tr("As the European Cluster Observatory: one star each for <b>size</b> (the region "
            "is among the top 10 % of regions by employment in the category), "
            "<b>specialisation</b> (LQ ≥ 2) and <b>focus</b> (among the top 10 % by the "
            "category's share of the region's employment). A star is robust when the "
            "decision stays the same with the cut-off moved by ±10 %."),
         tr("Productivity and growth stars need wage and multi-year data; without them they "
            "are not awarded.")});
    html += section(
        tr("Wages and productivity"),
        {tr("The <b>relative wage</b> (productivity) of a region in a category is its wage "
            "per person employed, w<sub>rc</sub> / e<sub>rc</sub>, over the category's "
            "average in the reference area, W<sub>c</sub> / E<sub>c</sub>, both summed over "
            "the industries that report wages and persons employed: above 1 the region pays "
            "more per person than the reference area. It is a ratio, so the unit of the wages "
            "(Eurostat: million euro) cancels. The <b>productivity star</b> goes to the top "
            "10 % of regions by relative wage."),
         tr("<b>Wages in the built-in data</b>: only the data pack “SBS persons employed and "
            "wages, 2008–2015” (File ▸ Data packs; --dataset sbs-wages) has them: Eurostat's "
            "sbs_r_nuts06_r2 at NUTS 2 and NACE division level, each year in the NUTS version "
            "of that year, 2014 the last complete year. The default SBS 2015 extract and the "
            "LFS extract hold persons employed only, so the relative wage and the "
            "productivity star are not offered for them. They also appear for files with "
            "wages: a Eurostat SBS table with the "
            "indicators persons employed and wages and salaries (indic_sb V16110 and V13320 of "
            "sbs_r_nuts06_r2; indic_sbs EMP_LOC_NR and WAGE_LOC_MEUR of sbs_r_nuts2021), or a "
            "long table with a wages column chosen on import.")});
    html += section(
        tr("Cluster categories"),
        {tr("The cluster categories are the US Cluster Mapping Project's 51 traded clusters, "
            "carried over to NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → "
            "ISIC Rev. 4, US Census NAICS 2012 → ISIC Rev. 4). They are US definitions, not "
            "the official European Cluster Panorama table, which is not published in a "
            "machine-readable form; NACE industries that feed several clusters are split by "
            "their NAICS counts, and every approximation is listed in the categories file."),
         tr("The ten emerging industries of the European Cluster Panorama (e.g. "
            "biopharmaceuticals, blue growth, creative, digital and experience industries) are "
            "not included: their NACE code lists could not be found in a citable, "
            "machine-readable form, and no list is invented.")});
    html += section(
        tr("Partner regions"),
        {tr("<b>Similar</b> partners have a similar profile of cluster location quotients "
            "(cosine similarity, 1 = the same shape; or correlation). <b>Complementary</b> "
            "partners are strong (LQ ≥ 1) in clusters where the region is weak (LQ < 1) but "
            "related: the sum of min(LQ, 3) × the relatedness density ω of the region in "
            "each such cluster.")});
    html += section(
        tr("Map classes"),
        {tr("Location quotients are classed symmetrically in log space around 1 (0.5, 0.71, "
            "1, 1.41, 2) on a diverging palette, so above and below the reference read at a "
            "glance; growth diverges around 0. Class limits are computed over all years of "
            "the data, so a colour means the same value in every year (<i>View ▸ Class "
            "limits per year</i> changes that).")});
    html += section(tr("Sources and licences"),
                    {sourceNote.toHtmlEscaped(),
                     tr("Statistics: Source: Eurostat, re-used under the Eurostat copyright notice "
                        "(free re-use with acknowledgement of the source). Boundaries: GISCO NUTS "
                        "© EuroGeographics for the administrative boundaries.")});
    return html;
}

} // namespace cs
