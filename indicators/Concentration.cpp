// SPDX-License-Identifier: MIT
#include "indicators/Concentration.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace cs::concentration {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<int> referenceRows(int rows, const Reference &reference)
{
    if (!reference.empty())
        return reference;
    std::vector<int> all(std::size_t(rows), 0);
    std::iota(all.begin(), all.end(), 0);
    return all;
}

// A region on the Lorenz curve: its sort key (e_rc / e_r, ∝ LQ) as ordered bits.
struct Point
{
    std::uint64_t key;
    int row;
};

// Bits of a non-NaN double that sort as unsigned integers in the order of the doubles.
std::uint64_t orderedBits(double v)
{
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits >> 63) ? ~bits : bits | (std::uint64_t(1) << 63);
}

// Sorts by key, stably: an LSD radix sort on the upper four bytes (sign, exponent and
// 20 bits of mantissa: relative steps of 1e-6), skipping bytes all keys share, then an
// insertion sort on the full key that only moves the rare near-ties. For a few hundred
// regions about four times faster than std::sort's mispredicted compares.
void sortByKey(std::vector<Point> &points, std::vector<Point> &buffer)
{
    const std::size_t n = points.size();
    if (n >= 64) {
        std::array<std::array<std::uint32_t, 256>, 4> counts{};
        for (const Point &p : points)
            for (int b = 0; b < 4; ++b)
                ++counts[std::size_t(b)][(p.key >> (32 + 8 * b)) & 0xff];
        buffer.resize(n);
        for (int b = 0; b < 4; ++b) {
            const int shift = 32 + 8 * b;
            std::array<std::uint32_t, 256> &count = counts[std::size_t(b)];
            if (count[(points[0].key >> shift) & 0xff] == n)
                continue; // every key has this byte
            std::uint32_t offset = 0;
            for (std::uint32_t &k : count) {
                const std::uint32_t next = offset + k;
                k = offset;
                offset = next;
            }
            for (const Point &p : points)
                buffer[count[(p.key >> shift) & 0xff]++] = p;
            points.swap(buffer);
        }
    }
    for (std::size_t i = 1; i < n; ++i) {
        const Point p = points[i];
        std::size_t j = i;
        for (; j > 0 && points[j - 1].key > p.key; --j)
            points[j] = points[j - 1];
        points[j] = p;
    }
}

} // namespace

Eigen::VectorXd krugman(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                        const Reference &reference)
{
    const Eigen::RowVectorXd ec = measures::referenceTotals(erc, reference);
    const double total = measures::referenceTotal(er, reference);
    Eigen::VectorXd out = Eigen::VectorXd::Zero(erc.rows());
    Eigen::VectorXi used = Eigen::VectorXi::Zero(erc.rows());
    for (int c = 0; c < erc.cols(); ++c) {
        const double sc = total > 0.0 ? ec(c) / total : kNaN;
        if (std::isnan(sc))
            continue;
        // Selects instead of branches, so the loop over regions vectorises.
        const double *column = erc.col(c).data();
        for (int r = 0; r < erc.rows(); ++r) {
            const double v = column[r];
            const bool known = !std::isnan(v);
            const double term = std::abs(v / er(r) - sc);
            out(r) += known ? term : 0.0;
            used(r) += known;
        }
    }
    for (int r = 0; r < erc.rows(); ++r)
        if (used(r) == 0 || !(er(r) > 0.0))
            out(r) = kNaN;
    return out;
}

Eigen::VectorXd herfindahlRegions(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er)
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(erc.rows());
    for (int c = 0; c < erc.cols(); ++c) {
        const double *column = erc.col(c).data();
        for (int r = 0; r < erc.rows(); ++r) {
            const double s = column[r] / er(r);
            out(r) += std::isnan(column[r]) ? 0.0 : s * s;
        }
    }
    for (int r = 0; r < erc.rows(); ++r)
        if (!(er(r) > 0.0))
            out(r) = kNaN;
    return out;
}

Eigen::RowVectorXd herfindahlCategories(const Eigen::MatrixXd &erc, const Reference &reference)
{
    const Eigen::RowVectorXd ec = measures::referenceTotals(erc, reference);
    const std::vector<int> rows = referenceRows(int(erc.rows()), reference);
    Eigen::RowVectorXd out(erc.cols());
    for (int c = 0; c < erc.cols(); ++c) {
        double h = 0.0;
        const double *column = erc.col(c).data();
        for (int r : rows) {
            const double s = column[r] / ec(c);
            h += std::isnan(column[r]) ? 0.0 : s * s;
        }
        out(c) = ec(c) > 0.0 ? h : kNaN;
    }
    return out;
}

Eigen::RowVectorXd hoover(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                          const Reference &reference)
{
    const std::vector<int> rows = referenceRows(int(erc.rows()), reference);
    Eigen::RowVectorXd out(erc.cols());
    for (int c = 0; c < erc.cols(); ++c) {
        // Both shares over the same set of regions: those reporting e_rc and e_r.
        // Selects instead of branches; the same sums in the same order.
        const double *column = erc.col(c).data();
        double ec = 0.0, total = 0.0;
        for (int r : rows) {
            const bool known = !std::isnan(column[r]) & !std::isnan(er(r));
            ec += known ? column[r] : 0.0;
            total += known ? er(r) : 0.0;
        }
        if (!(ec > 0.0) || !(total > 0.0)) {
            out(c) = kNaN;
            continue;
        }
        double h = 0.0;
        for (int r : rows) {
            const bool known = !std::isnan(column[r]) & !std::isnan(er(r));
            const double term = std::abs(column[r] / ec - er(r) / total);
            h += known ? term : 0.0;
        }
        out(c) = 0.5 * h;
    }
    return out;
}

Eigen::RowVectorXd locationalGini(const Eigen::MatrixXd &erc, const Eigen::VectorXd &er,
                                  const Reference &reference)
{
    const std::vector<int> rows = referenceRows(int(erc.rows()), reference);
    Eigen::RowVectorXd out(erc.cols());
    std::vector<Point> points, buffer;
    points.reserve(rows.size());
    for (int c = 0; c < erc.cols(); ++c) {
        points.clear();
        double ec = 0.0, total = 0.0;
        const double *column = erc.col(c).data();
        for (int r : rows) {
            const double v = column[r];
            if (!std::isnan(v) && er(r) > 0.0) {
                points.push_back({orderedBits(v / er(r)), r});
                ec += v;
                total += er(r);
            }
        }
        if (!(ec > 0.0) || !(total > 0.0)) {
            out(c) = kNaN;
            continue;
        }
        sortByKey(points, buffer);
        // Σ Δx (y_k + y_k-1) with the shares accumulated unnormalised, divided once.
        double y = 0.0, sum = 0.0;
        for (const Point &p : points) {
            const double ny = y + column[p.row];
            sum += er(p.row) * (ny + y);
            y = ny;
        }
        out(c) = 1.0 - sum / (total * ec);
    }
    return out;
}

} // namespace cs::concentration
