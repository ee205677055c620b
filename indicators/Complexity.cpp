// SPDX-License-Identifier: MIT
#include "indicators/Complexity.h"

#include <Eigen/Eigenvalues>

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
    const Eigen::MatrixXd scaled = c.diversity.cwiseInverse().asDiagonal() * c.m;
    Eigen::MatrixXd s = c.m.transpose() * scaled; // Mᵀ D⁻¹ M
    s = invSqrtU.asDiagonal() * s * invSqrtU.asDiagonal();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(s);
    if (solver.info() != Eigen::Success)
        return finish(c, Eigen::VectorXd(), int(m.rows()), int(m.cols()), kNaN);
    const Eigen::VectorXd q = invSqrtU.cwiseProduct(solver.eigenvectors().col(p - 2));
    Eigen::VectorXd eci = scaled * q; // D⁻¹ M Q
    // Sign: positive correlation with diversity.
    const Eigen::VectorXd centred = c.diversity.array() - c.diversity.mean();
    if ((eci.array() - eci.mean()).matrix().dot(centred) < 0.0)
        eci = -eci;
    return finish(c, std::move(eci), int(m.rows()), int(m.cols()), solver.eigenvalues()(p - 2));
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
