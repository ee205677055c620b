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

} // namespace similarity
} // namespace cs
