// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <vector>

namespace cs {

// Similarity of regions' LQ profiles (rows of a regions × categories LQ matrix), for
// the partner-region finder. Only categories known (not NaN) in both regions count;
// NaN when fewer than two such categories remain or a profile has no spread/length.
namespace similarity {

enum class Method { Cosine, Correlation };

double cosine(const Eigen::MatrixXd &lq, int a, int b);
// Pearson correlation of the two profiles.
double correlation(const Eigen::MatrixXd &lq, int a, int b);

struct Peer
{
    int region = -1;
    double score = 0.0;
};

// The `count` regions most similar to `region` (itself and NaN scores left out), best
// first; ties keep region order. count ≤ 0 returns all.
std::vector<Peer> peers(const Eigen::MatrixXd &lq, int region, Method method, int count);

// How much `partner` is strong where `region` is weak but related (the partner finder's
// "complementary" score): Σ over categories c with LQ_region,c < 1 and finite
// LQ_partner,c ≥ 1 of min(LQ_partner,c, cap) · ω_region,c, ω the relatedness density
// of `region` (relatedness::density, same columns as lq; NaN ω skipped). 0 when no
// category qualifies. The cap keeps one tiny, extreme specialisation from dominating.
constexpr double kComplementarityLqCap = 3.0;
double complementarity(const Eigen::MatrixXd &lq, const Eigen::MatrixXd &density, int region,
                       int partner, double cap = kComplementarityLqCap);

// The terms of that sum, largest first: (min(LQ_partner,c, cap) · ω_region,c, c). With
// onlyColumn ≥ 0, that one category alone, whatever the region's own LQ in it (the
// partner finder's "by category" mode).
struct Term
{
    double value = 0.0;
    int column = -1;
};
std::vector<Term> complementarityTerms(const Eigen::MatrixXd &lq, const Eigen::MatrixXd &density,
                                       int region, int partner, int onlyColumn = -1,
                                       double cap = kComplementarityLqCap);

} // namespace similarity
} // namespace cs
