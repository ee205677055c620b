// SPDX-License-Identifier: MIT
#include "indicators/Complexity.h"

#include <Eigen/Eigenvalues>
#include <Eigen/LU>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cs::complexity {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// M restricted to regions with RCA somewhere and categories with RCA somewhere.
struct Compact
{
    std::vector<int> regions;
    std::vector<int> categories;
    Eigen::MatrixXd m;
    Eigen::VectorXd diversity;
    Eigen::VectorXd ubiquity;
};

Compact compact(const Eigen::MatrixXd &m)
{
    Compact out;
    const Eigen::VectorXd d = m.rowwise().sum();
    const Eigen::RowVectorXd u = m.colwise().sum();
    for (int r = 0; r < m.rows(); ++r)
        if (d(r) > 0.0)
            out.regions.push_back(r);
    for (int c = 0; c < m.cols(); ++c)
        if (u(c) > 0.0)
            out.categories.push_back(c);
    out.m = m(out.regions, out.categories);
    out.diversity = out.m.rowwise().sum();
    out.ubiquity = out.m.colwise().sum().transpose();
    return out;
}

// Mᵀ D⁻¹ M. For a 0/1 matrix (rca()'s) from each region's list of categories with RCA:
// Σ_r d_r² additions instead of the dense product's regions × categories².
Eigen::MatrixXd gram(const Compact &c)
{
    const Eigen::Index p = c.m.cols();
    const bool binary = ((c.m.array() == 0.0) || (c.m.array() == 1.0)).all();
    if (!binary)
        return c.m.transpose() * (c.diversity.cwiseInverse().asDiagonal() * c.m);
    Eigen::MatrixXd s = Eigen::MatrixXd::Zero(p, p);
    std::vector<Eigen::Index> present;
    present.reserve(std::size_t(p));
    for (Eigen::Index r = 0; r < c.m.rows(); ++r) {
        present.clear();
        for (Eigen::Index j = 0; j < p; ++j)
            if (c.m(r, j) != 0.0)
                present.push_back(j);
        const double w = 1.0 / c.diversity(r);
        for (std::size_t a = 0; a < present.size(); ++a) {
            double *column = s.col(present[a]).data();
            for (std::size_t b = a; b < present.size(); ++b)
                column[present[b]] += w;
        }
    }
    s.triangularView<Eigen::StrictlyUpper>() = s.transpose();
    return s;
}

// The unit eigenvector of the symmetric s for its eigenvalue lambda (all eigenvalues
// ascending in `spectrum`), by two steps of inverse iteration with a shift just off
// lambda; empty when lambda is not simple or the result is not accurate.
Eigen::VectorXd inverseIteration(const Eigen::MatrixXd &s, double lambda, const Eigen::VectorXd &spectrum)
{
    const double scale = std::max(1.0, spectrum.cwiseAbs().maxCoeff());
    double gap = std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < spectrum.size(); ++i)
        if (spectrum(i) != lambda)
            gap = std::min(gap, std::abs(spectrum(i) - lambda));
    int copies = 0;
    for (Eigen::Index i = 0; i < spectrum.size(); ++i)
        copies += std::abs(spectrum(i) - lambda) <= 1e-9 * scale;
    if (copies != 1 || !(gap > 1e-6 * scale))
        return {};
    const double shift = lambda + 1e-10 * scale;
    const Eigen::PartialPivLU<Eigen::MatrixXd> lu(s - shift * Eigen::MatrixXd::Identity(s.rows(), s.cols()));
    Eigen::VectorXd v = Eigen::VectorXd::LinSpaced(s.rows(), 1.0, 2.0).normalized();
    for (int step = 0; step < 3; ++step) {
        v = lu.solve(v);
        const double norm = v.norm();
        if (!std::isfinite(norm) || !(norm > 0.0))
            return {};
        v /= norm;
    }
    if (!((s * v - lambda * v).norm() <= 1e-11 * scale))
        return {};
    return v;
}

// (x - mean) / sample sd; false when the spread is zero.
bool standardise(Eigen::VectorXd &x)
{
    if (x.size() < 2)
        return false;
    x.array() -= x.mean();
    const double sd = std::sqrt(x.squaredNorm() / double(x.size() - 1));
    if (!(sd > 1e-300))
        return false;
    x /= sd;
    return true;
}

Result finish(const Compact &c, Eigen::VectorXd eci, int regions, int categories, double lambda)
{
    Result out;
    out.eigenvalue = lambda;
    out.eci = Eigen::VectorXd::Constant(regions, kNaN);
    out.pci = Eigen::VectorXd::Constant(categories, kNaN);
    if (!standardise(eci))
        return out;
    Eigen::VectorXd pci = (c.m.transpose() * eci).cwiseQuotient(c.ubiquity);
    const bool pciOk = standardise(pci);
    for (int k = 0; k < int(c.regions.size()); ++k)
        out.eci(c.regions[k]) = eci(k);
    if (pciOk)
        for (int k = 0; k < int(c.categories.size()); ++k)
            out.pci(c.categories[k]) = pci(k);
    return out;
}
} // namespace

Result eigenvector(const Eigen::MatrixXd &m)
{
    const Compact c = compact(m);
    const int p = int(c.categories.size());
    if (p < 2 || c.regions.size() < 2)
        return finish(c, Eigen::VectorXd(), int(m.rows()), int(m.cols()), kNaN);
    const Eigen::VectorXd invSqrtU = c.ubiquity.cwiseSqrt().cwiseInverse();
    Eigen::MatrixXd s = gram(c); // Mᵀ D⁻¹ M
    s = invSqrtU.asDiagonal() * s * invSqrtU.asDiagonal();
    // Eigenvalues only (a fraction of the work of all eigenvectors), then the one
    // eigenvector needed by inverse iteration; the full solver if that fails.
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> values(s, Eigen::EigenvaluesOnly);
    if (values.info() != Eigen::Success)
        return finish(c, Eigen::VectorXd(), int(m.rows()), int(m.cols()), kNaN);
    const double lambda = values.eigenvalues()(p - 2);
    Eigen::VectorXd v = inverseIteration(s, lambda, values.eigenvalues());
    if (v.size() == 0) {
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(s);
        if (solver.info() != Eigen::Success)
            return finish(c, Eigen::VectorXd(), int(m.rows()), int(m.cols()), kNaN);
        v = solver.eigenvectors().col(p - 2);
    }
    const Eigen::VectorXd q = invSqrtU.cwiseProduct(v);
    Eigen::VectorXd eci = c.diversity.cwiseInverse().asDiagonal() * (c.m * q); // D⁻¹ M Q
    // Sign: positive correlation with diversity.
    const Eigen::VectorXd centred = c.diversity.array() - c.diversity.mean();
    if ((eci.array() - eci.mean()).matrix().dot(centred) < 0.0)
        eci = -eci;
    return finish(c, std::move(eci), int(m.rows()), int(m.cols()), lambda);
}

Result reflections(const Eigen::MatrixXd &m, int iterations)
{
    const Compact c = compact(m);
    Eigen::VectorXd kr = c.diversity;
    const Eigen::VectorXd invD = c.diversity.cwiseInverse();
    const Eigen::VectorXd invU = c.ubiquity.cwiseInverse();
    bool ok = standardise(kr);
    for (int step = 0; ok && step < (iterations + 1) / 2; ++step) {
        const Eigen::VectorXd kp = invU.cwiseProduct(c.m.transpose() * kr);
        kr = invD.cwiseProduct(c.m * kp);
        ok = standardise(kr);
    }
    if (!ok)
        kr.resize(0);
    return finish(c, std::move(kr), int(m.rows()), int(m.cols()), kNaN);
}

} // namespace cs::complexity
