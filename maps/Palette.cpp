// SPDX-License-Identifier: MIT
#include "maps/Palette.h"

#include "maps/Classification.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

namespace cs {

struct Palette::Spec
{
    const char *name;
    Kind kind;
    const char *const *lists = nullptr; // ColorBrewer: lists[i] has 3 + i colours
    int listCount = 0;
    const char *all = nullptr;  // qualitative: every colour, a prefix per n
    const char *ramp = nullptr; // continuous: 256 colours sampled at t in [0, 1]
};

namespace {

// Colour data: ColorBrewer 2.0 by Cynthia A. Brewer, Penn State (Apache-2.0), as
// published per class count; viridis and cividis: matplotlib's _cm_listed tables
// (CC0), each entry rounded to 8 bits. Hex strings, 6 digits per colour.
// YlGnBu: 3..9 classes
const char *const kYlGnBu[] = {
    "edf8b17fcdbb2c7fb8",
    "ffffcca1dab441b6c4225ea8",
    "ffffcca1dab441b6c42c7fb8253494",
    "ffffccc7e9b47fcdbb41b6c42c7fb8253494",
    "ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84",
    "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84",
    "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58",
};
// YlOrRd: 3..9 classes
const char *const kYlOrRd[] = {
    "ffeda0feb24cf03b20",
    "ffffb2fecc5cfd8d3ce31a1c",
    "ffffb2fecc5cfd8d3cf03b20bd0026",
    "ffffb2fed976feb24cfd8d3cf03b20bd0026",
    "ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026",
    "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026",
    "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026",
};
// Blues: 3..9 classes
const char *const kBlues[] = {
    "deebf79ecae13182bd",
    "eff3ffbdd7e76baed62171b5",
    "eff3ffbdd7e76baed63182bd08519c",
    "eff3ffc6dbef9ecae16baed63182bd08519c",
    "eff3ffc6dbef9ecae16baed64292c62171b5084594",
    "f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594",
    "f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b",
};
// Greens: 3..9 classes
const char *const kGreens[] = {
    "e5f5e0a1d99b31a354",
    "edf8e9bae4b374c476238b45",
    "edf8e9bae4b374c47631a354006d2c",
    "edf8e9c7e9c0a1d99b74c47631a354006d2c",
    "edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32",
    "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32",
    "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b",
};
// Purples: 3..9 classes
const char *const kPurples[] = {
    "efedf5bcbddc756bb1",
    "f2f0f7cbc9e29e9ac86a51a3",
    "f2f0f7cbc9e29e9ac8756bb154278f",
    "f2f0f7dadaebbcbddc9e9ac8756bb154278f",
    "f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486",
    "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486",
    "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d",
};
// OrRd: 3..9 classes
const char *const kOrRd[] = {
    "fee8c8fdbb84e34a33",
    "fef0d9fdcc8afc8d59d7301f",
    "fef0d9fdcc8afc8d59e34a33b30000",
    "fef0d9fdd49efdbb84fc8d59e34a33b30000",
    "fef0d9fdd49efdbb84fc8d59ef6548d7301f990000",
    "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000",
    "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000",
};
// RdBu: 3..11 classes
const char *const kRdBu[] = {
    "ef8a62f7f7f767a9cf",
    "ca0020f4a58292c5de0571b0",
    "ca0020f4a582f7f7f792c5de0571b0",
    "b2182bef8a62fddbc7d1e5f067a9cf2166ac",
    "b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac",
    "b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac",
    "b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac",
    "67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061",
    "67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061",
};
// PuOr: 3..11 classes, orange (low) to purple (high) as ColorBrewer lists it
const char *const kPuOr[] = {
    "f1a340f7f7f7998ec3",
    "e66101fdb863b2abd25e3c99",
    "e66101fdb863f7f7f7b2abd25e3c99",
    "b35806f1a340fee0b6d8daeb998ec3542788",
    "b35806f1a340fee0b6f7f7f7d8daeb998ec3542788",
    "b35806e08214fdb863fee0b6d8daebb2abd28073ac542788",
    "b35806e08214fdb863fee0b6f7f7f7d8daebb2abd28073ac542788",
    "7f3b08b35806e08214fdb863fee0b6d8daebb2abd28073ac5427882d004b",
    "7f3b08b35806e08214fdb863fee0b6f7f7f7d8daebb2abd28073ac5427882d004b",
};
// BrBG: 3..11 classes
const char *const kBrBG[] = {
    "d8b365f5f5f55ab4ac",
    "a6611adfc27d80cdc1018571",
    "a6611adfc27df5f5f580cdc1018571",
    "8c510ad8b365f6e8c3c7eae55ab4ac01665e",
    "8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e",
    "8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e",
    "8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e",
    "5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30",
    "5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30",
};
const char kSet2[] = "66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3";
const char kDark2[] = "1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666";
// viridis: matplotlib 256-entry LUT
const char kViridis[] = "44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447"
                        "1365481467481668481769"
                        "48186a481a6c481b6d481c6e481d6f481f7048207148217348237448247548257648267748"
                        "2878482979472a7a472c7a"
                        "472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a8344"
                        "3b84433d84433e85423f85"
                        "4240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d"
                        "4e8a3c4f8a3c508b3b518b"
                        "3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d35"
                        "5f8d34608d34618d33628d"
                        "33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e"
                        "6f8e2d708e2d718e2c718e"
                        "2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e27"
                        "7e8e277f8e27808e26818e"
                        "26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d22"
                        "8d8d218e8d218f8d21908d"
                        "21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e"
                        "9c891e9d891f9e891f9f88"
                        "1fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325"
                        "ab8225ac8226ad8127ad81"
                        "28ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838"
                        "b9773aba763bbb753dbc74"
                        "3fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856"
                        "c66758c7655ac8645cc863"
                        "5ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537a"
                        "d1517cd2507fd34e81d34d"
                        "84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2"
                        "da37a5db36a8db34aadc32"
                        "addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcd"
                        "e11dd0e11cd2e21bd5e21a"
                        "d8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6"
                        "e620f8e621fbe723fde725";
// cividis: matplotlib 256-entry LUT
const char kCividis[] = "00224e00234f00245100255300255400265600275800285900285b00295d002a5f002a6100"
                        "2b62002c64002c66002d68"
                        "002e6a002e6c002f6d00306f0030700031700031710132710533710833700c34700f357012"
                        "357014367016377018376f"
                        "1a386f1c396f1e3a6f203a6f213b6e233c6e243c6e263d6e273e6e293f6e2a3f6d2b406d2d"
                        "416d2e416d2f426d31436d"
                        "32436d33446d34456c35456c36466c38476c39486c3a486c3b496c3c4a6c3d4a6c3e4b6c3f"
                        "4c6c404c6c414d6c424e6c"
                        "434e6c444f6c45506c46516c47516c48526c49536c4a536c4b546c4c556c4d556c4e566c4f"
                        "576c50576c51586d52596d"
                        "535a6d545a6d555b6d555c6d565c6d575d6d585e6d595e6e5a5f6e5b606e5c616e5d616e5e"
                        "626e5e636f5f636f60646f"
                        "61656f62656f636670646770656870656870666970676a71686a71696b716a6c716b6d726c"
                        "6d726c6e726d6f726e6f73"
                        "6f707370717371727472727472737473747574747575757576767677777677777778787779"
                        "79777a7a787b7a787c7b78"
                        "7d7c787e7c787e7d787f7e78807f78817f7882807983817984827985827986837987847888"
                        "85788985788a86788b8778"
                        "8c88788d88788e89788f8a78908b78918b78928c78928d78938e78948e77958f7796907797"
                        "91779892779992779a9376"
                        "9b94769c95769d95769e96769f9775a09875a19975a29975a39a74a49b74a59c74a69c74a7"
                        "9d73a89e73a99f73aaa073"
                        "aba072aca172ada272aea371afa471b0a571b1a570b3a670b4a76fb5a86fb6a96fb7a96eb8"
                        "aa6eb9ab6dbaac6dbbad6d"
                        "bcae6cbdae6cbeaf6bbfb06bc0b16ac1b26ac2b369c3b369c4b468c5b568c6b667c7b767c8"
                        "b866c9b965cbb965ccba64"
                        "cdbb63cebc63cfbd62d0be62d1bf61d2c060d3c05fd4c15fd5c25ed6c35dd7c45cd9c55cda"
                        "c65bdbc75adcc859ddc858"
                        "dec958dfca57e0cb56e1cc55e2cd54e4ce53e5cf52e6d051e7d150e8d24fe9d34eead34ceb"
                        "d44bedd54aeed649efd748"
                        "f0d846f1d945f2da44f3db42f5dc41f6dd3ff7de3ef8df3cf9e03afbe138fce236fde334fe"
                        "e434fee535fee636fee838";

const Palette::Spec kSpecs[] = {
    {"viridis", Palette::Kind::Sequential, nullptr, 0, nullptr, kViridis},
    {"cividis", Palette::Kind::Sequential, nullptr, 0, nullptr, kCividis},
    {"YlGnBu", Palette::Kind::Sequential, kYlGnBu, int(std::size(kYlGnBu))},
    {"YlOrRd", Palette::Kind::Sequential, kYlOrRd, int(std::size(kYlOrRd))},
    {"Blues", Palette::Kind::Sequential, kBlues, int(std::size(kBlues))},
    {"Greens", Palette::Kind::Sequential, kGreens, int(std::size(kGreens))},
    {"Purples", Palette::Kind::Sequential, kPurples, int(std::size(kPurples))},
    {"OrRd", Palette::Kind::Sequential, kOrRd, int(std::size(kOrRd))},
    {"PuOr", Palette::Kind::Diverging, kPuOr, int(std::size(kPuOr))},
    {"RdBu", Palette::Kind::Diverging, kRdBu, int(std::size(kRdBu))},
    {"BrBG", Palette::Kind::Diverging, kBrBG, int(std::size(kBrBG))},
    {"Set2", Palette::Kind::Qualitative, nullptr, 0, kSet2},
    {"Dark2", Palette::Kind::Qualitative, nullptr, 0, kDark2},
};

int hexDigit(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

QColor colourAt(const char *hex, int index)
{
    const char *p = hex + 6 * index;
    return QColor(hexDigit(p[0]) * 16 + hexDigit(p[1]), hexDigit(p[2]) * 16 + hexDigit(p[3]),
                  hexDigit(p[4]) * 16 + hexDigit(p[5]));
}

QList<QColor> parseList(const char *hex)
{
    QList<QColor> colours;
    const int n = int(std::strlen(hex) / 6);
    for (int i = 0; i < n; ++i)
        colours.append(colourAt(hex, i));
    return colours;
}

// n colours spread evenly over stops (first and last included), linear in sRGB and
// rounded to 8 bits so that equal inputs give equal, comparable colours.
QList<QColor> interpolate(const QList<QColor> &stops, int n)
{
    QList<QColor> colours;
    const int last = int(stops.size()) - 1;
    for (int k = 0; k < n; ++k) {
        const double t = n == 1 ? 0.5 * last : double(k) * last / (n - 1);
        const int i = std::clamp(int(std::floor(t)), 0, std::max(0, last - 1));
        const double f = last == 0 ? 0.0 : t - i;
        const QColor a = stops[i], b = stops[std::min(i + 1, last)];
        const auto mix = [f](int x, int y) { return int(std::lround(x + f * (y - x))); };
        colours.append(
            QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue())));
    }
    return colours;
}

} // namespace

Palette Palette::byName(const QString &name)
{
    QString base = name.trimmed();
    bool reversed = false;
    if (base.endsWith(QLatin1String("_r"), Qt::CaseInsensitive)) {
        base.chop(2);
        reversed = true;
    }
    for (const Spec &spec : kSpecs)
        if (base.compare(QLatin1String(spec.name), Qt::CaseInsensitive) == 0)
            return Palette(&spec, reversed);
    return Palette();
}

QStringList Palette::names()
{
    QStringList list;
    for (const Spec &spec : kSpecs)
        list.append(QLatin1String(spec.name));
    return list;
}

Palette Palette::defaultSequential()
{
    return byName(QStringLiteral("viridis_r"));
}
Palette Palette::defaultDiverging()
{
    return byName(QStringLiteral("PuOr"));
}

QString Palette::name() const
{
    return m_spec ? QLatin1String(m_spec->name) : QString();
}
Palette::Kind Palette::kind() const
{
    return m_spec ? m_spec->kind : Kind::Sequential;
}
Palette Palette::reversed() const
{
    return Palette(m_spec, !m_reversed);
}

int Palette::maxColours() const
{
    if (!m_spec)
        return 0;
    if (m_spec->lists)
        return 2 + m_spec->listCount;
    if (m_spec->all)
        return int(std::strlen(m_spec->all) / 6);
    return 256;
}

QList<QColor> Palette::colours(int n) const
{
    QList<QColor> colours;
    if (!m_spec || n < 1)
        return colours;
    if (m_spec->ramp) {
        colours = interpolate(parseList(m_spec->ramp), n);
    } else if (m_spec->all) {
        const QList<QColor> all = parseList(m_spec->all);
        for (int k = 0; k < n; ++k)
            colours.append(all[k % all.size()]); // categories beyond the list repeat
    } else if (n < 3) {
        const QList<QColor> three = parseList(m_spec->lists[0]);
        colours = n == 1 ? QList<QColor>{three[1]} : QList<QColor>{three[0], three[2]};
    } else if (n - 3 < m_spec->listCount) {
        colours = parseList(m_spec->lists[n - 3]);
    } else {
        colours = interpolate(parseList(m_spec->lists[m_spec->listCount - 1]), n);
    }
    if (m_reversed)
        std::reverse(colours.begin(), colours.end());
    return colours;
}

QList<QColor> Palette::divergingColours(int below, int above) const
{
    below = std::max(below, 0);
    above = std::max(above, 0);
    if (kind() != Kind::Diverging)
        return colours(below + above);
    // The 2m-class list has its midpoint between colours m-1 and m; take `below` colours
    // ending there and `above` starting there.
    const int m = std::max(below, above);
    return colours(2 * m).mid(m - below, below + above);
}

QList<QColor> Palette::coloursFor(const Classification &c) const
{
    const int centre = c.centreBreak();
    if (kind() == Kind::Diverging && centre >= 0)
        return divergingColours(centre, c.classCount() - centre);
    return colours(c.classCount());
}

} // namespace cs
