// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

class Classification;

// A named colour scheme: ColorBrewer lists (sequential 3..9, diverging 3..11,
// qualitative 3..8 classes, exact published hex values) or a continuous ramp sampled
// from matplotlib's 256-entry table (viridis, cividis). colours(n)[0] is the colour of
// the lowest class. ColorBrewer lists run as published (light → dark, RdBu red → blue);
// viridis and cividis run as published too (dark → light), so maps use them reversed.
class Palette
{
public:
    enum class Kind { Sequential, Diverging, Qualitative };

    Palette() = default; // invalid: no colours

    // Case-insensitive; a "_r" suffix ("viridis_r") gives the reversed palette.
    // Returns an invalid palette for an unknown name.
    static Palette byName(const QString &name);
    static QStringList names(); // every known palette, in a stable order
    // Colour-blind-safe defaults: reversed viridis (light = low) for sequential data;
    // PuOr for data diverging around a centre, because ColorBrewer rates it colour-blind
    // safe at every class count and orange/purple avoid the red = bad connotation of RdBu.
    static Palette defaultSequential();
    static Palette defaultDiverging();

    bool isValid() const { return m_spec != nullptr; }
    QString name() const; // as listed by names(), without "_r"
    Kind kind() const;
    bool isReversed() const { return m_reversed; }
    Palette reversed() const;
    // Largest n with n distinct published colours (qualitative: 8); the ramps have no limit.
    int maxColours() const;

    // n colours, lowest class first. ColorBrewer lists give their published n-class list;
    // below 3 they take colours of the 3-class list, above the largest list they are
    // interpolated in sRGB, except qualitative palettes, which repeat their colours.
    QList<QColor> colours(int n) const;
    // Diverging palettes: colours for `below` classes under a centre and `above` over it,
    // so that the palette's midpoint falls on the centre even when below != above.
    QList<QColor> divergingColours(int below, int above) const;
    // Colours for the classes of c: around c.centreBreak() for a diverging palette and a
    // classification with a centre, else colours(c.classCount()).
    QList<QColor> coloursFor(const Classification &c) const;

    struct Spec;

private:
    explicit Palette(const Spec *spec, bool reversed) : m_spec(spec), m_reversed(reversed) {}

    const Spec *m_spec = nullptr;
    bool m_reversed = false;
};

} // namespace cs
