// SPDX-License-Identifier: MIT
#include "indicators/Relatedness.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <vector>

namespace cs::relatedness {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// φ with its diagonal set to 0, and the column sums of that matrix.
Eigen::MatrixXd offDiagonal(const Eigen::MatrixXd &proximity, Eigen::RowVectorXd &related)
{
    Eigen::MatrixXd phi = proximity;
    phi.diagonal().setZero();
    related = phi.colwise().sum();
    return phi;
}

// Packs a 0/1 matrix into `words` 64-bit words per column; false if any value is
// neither 0 nor 1.
bool packColumns(const Eigen::MatrixXd &m, Eigen::Index words, std::vector<std::uint64_t> &bits)
{
    bits.assign(std::size_t(words * m.cols()), 0);
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
        const double *column = m.col(c).data();
        std::uint64_t *out = bits.data() + c * words;
        for (Eigen::Index r = 0; r < m.rows(); ++r) {
            const double v = column[r];
            if (v == 1.0)
                out[r >> 6] |= std::uint64_t(1) << (r & 63);
            else if (v != 0.0)
                return false;
        }
    }
    return true;
}

std::int64_t andCountPortable(const std::uint64_t *a, const std::uint64_t *b, Eigen::Index words)
{
    std::int64_t count = 0;
    for (Eigen::Index w = 0; w < words; ++w)
        count += std::popcount(a[w] & b[w]);
    return count;
}

#if defined(__GNUC__) && defined(__x86_64__)
// The same with the POPCNT instruction, which the baseline x86-64 target leaves out;
// chosen at run time.
[[gnu::target("popcnt")]] std::int64_t andCountPopcnt(const std::uint64_t *a, const std::uint64_t *b,
                                                      Eigen::Index words)
{
    std::int64_t count = 0;
    for (Eigen::Index w = 0; w < words; ++w)
        count += __builtin_popcountll(a[w] & b[w]);
    return count;
}

std::int64_t andCount(const std::uint64_t *a, const std::uint64_t *b, Eigen::Index words)
{
    static const bool popcnt = __builtin_cpu_supports("popcnt");
    return popcnt ? andCountPopcnt(a, b, words) : andCountPortable(a, b, words);
}
#else
std::int64_t andCount(const std::uint64_t *a, const std::uint64_t *b, Eigen::Index words)
{
    return andCountPortable(a, b, words);
}
#endif

void normaliseColumns(Eigen::MatrixXd &out, const Eigen::RowVectorXd &related)
{
    for (int c = 0; c < out.cols(); ++c) {
        if (related(c) > 0.0)
            out.col(c) /= related(c);
        else
            out.col(c).setConstant(kNaN);
    }
}
} // namespace

Eigen::MatrixXd rca(const Eigen::MatrixXd &lq, double threshold)
{
    // NaN >= threshold is false, so missing LQ gives 0.
    return (lq.array() >= threshold).cast<double>().matrix();
}

Eigen::MatrixXd cooccurrence(const Eigen::MatrixXd &m)
{
    // A 0/1 matrix (what rca() returns): columns as bit sets, C_ij = popcount(col_i & col_j),
    // exact integers and a fraction of the multiply-adds. Anything else: Mᵀ M.
    std::vector<std::uint64_t> bits;
    const Eigen::Index words = (m.rows() + 63) / 64;
    if (packColumns(m, words, bits)) {
        const int n = int(m.cols());
        Eigen::MatrixXd c(n, n);
        for (int j = 0; j < n; ++j) {
            const std::uint64_t *b = bits.data() + j * words;
            for (int i = j; i < n; ++i) {
                const double count = double(andCount(bits.data() + i * words, b, words));
                c(i, j) = count;
                c(j, i) = count;
            }
        }
        return c;
    }
    Eigen::MatrixXd c(m.cols(), m.cols());
    c.setZero();
    c.selfadjointView<Eigen::Lower>().rankUpdate(m.transpose());
    c.triangularView<Eigen::StrictlyUpper>() = c.transpose();
    return c;
}

Eigen::MatrixXd proximity(const Eigen::MatrixXd &cooccurrence)
{
    const Eigen::VectorXd ubiquity = cooccurrence.diagonal();
    const int n = int(cooccurrence.rows());
    Eigen::MatrixXd phi(n, n);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double den = std::max(ubiquity(i), ubiquity(j));
            phi(i, j) = den > 0.0 ? cooccurrence(i, j) / den : 0.0;
        }
    return phi;
}

Eigen::MatrixXd density(const Eigen::MatrixXd &m, const Eigen::MatrixXd &proximity)
{
    Eigen::RowVectorXd related;
    const Eigen::MatrixXd phiT = offDiagonal(proximity, related).transpose();
    // M φ row by row, adding row j of φ (column j of φᵀ, contiguous) for every M_rj ≠ 0:
    // RCA matrices are mostly 0, so this skips most of the dense product's work. Rows are
    // summed in blocks, transposed into the column-major result a block at a time.
    const Eigen::Index rows = m.rows(), cols = phiT.rows(), inner = m.cols();
    Eigen::MatrixXd out(rows, cols);
    constexpr Eigen::Index kBlock = 64;
    Eigen::MatrixXd block(cols, kBlock);
    for (Eigen::Index r0 = 0; r0 < rows; r0 += kBlock) {
        const Eigen::Index n = std::min(kBlock, rows - r0);
        block.setZero();
        for (Eigen::Index j = 0; j < inner; ++j) {
            const double *mj = m.col(j).data() + r0;
            for (Eigen::Index k = 0; k < n; ++k) {
                if (mj[k] == 1.0)
                    block.col(k) += phiT.col(j);
                else if (mj[k] != 0.0)
                    block.col(k) += mj[k] * phiT.col(j);
            }
        }
        out.middleRows(r0, n) = block.leftCols(n).transpose();
    }
    normaliseColumns(out, related);
    return out;
}

} // namespace cs::relatedness
