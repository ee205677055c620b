// SPDX-License-Identifier: MIT
#include "indicators/Calculator.h"

#include "indicators/StarRating.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <functional>
#if defined(__x86_64__)
#include <immintrin.h>
#endif
#include <limits>
#include <mutex>
#include <numeric>
#include <thread>

namespace cs {

// Hot loops on plain arrays get an AVX2 + FMA clone chosen at load time (GCC function
// multi-versioning); the default clone keeps the baseline x86-64 build portable. No
// Eigen inside them: Eigen's inline code must stay one ISA across the program.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__) && \
    !defined(__SANITIZE_THREAD__)
#define CS_SIMD_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define CS_SIMD_CLONES
#endif

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// k = ceil(share · n) ≥ 1 as StarRating counts it (the epsilon keeps 0.1 · 300 from
// becoming 31).
int topCount(double share, int n)
{
    return std::clamp(int(std::ceil(share * n - 1e-9)), 1, n);
}

void collectAboveScalar(const double *__restrict v, int n, double pivot, double *__restrict out, int &known,
                        int &m)
{
    int k = 0, a = 0;
    for (int i = 0; i < n; ++i) {
        const double x = v[i];
        k += x == x;
        out[a] = x;
        a += x >= pivot;
    }
    known = k;
    m = a;
}

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
// Eight values at a time: the ones ≥ pivot packed to the front of a register
// (vcompresspd into a register; its store-to-memory form is microcoded on AMD Zen 4)
// and the whole register stored at out + a, overwritten by the next. a ≤ i and
// i + 8 ≤ n, so the store stays within out[0, n).
__attribute__((target("avx512f"))) void collectAboveAvx512(const double *v, int n, double pivot, double *out,
                                                           int &known, int &m)
{
    const __m512d p = _mm512_set1_pd(pivot);
    int k = 0, a = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m512d x = _mm512_loadu_pd(v + i);
        const __mmask8 ordered = _mm512_cmp_pd_mask(x, x, _CMP_ORD_Q);
        const __mmask8 above = _mm512_cmp_pd_mask(x, p, _CMP_GE_OQ);
        _mm512_storeu_pd(out + a, _mm512_maskz_compress_pd(above, x));
        k += __builtin_popcount(ordered);
        a += __builtin_popcount(above);
    }
    int kt = 0, at = 0;
    collectAboveScalar(v + i, n - i, pivot, out + a, kt, at);
    known = k + kt;
    m = a + at;
}
#endif

// The number of known values, and the values ≥ pivot written to out (m of them; out
// has room for n).
void collectAbove(const double *v, int n, double pivot, double *out, int &known, int &m)
{
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    if (avx512)
        return collectAboveAvx512(v, n, pivot, out, known, m);
#endif
    collectAboveScalar(v, n, pivot, out, known, m);
}

// Σ_k w_k (Y_k + Y_k-1), Y the running sum of y (Krugman's Lorenz area, unnormalised, as
// concentration::locationalGini sums it), with Σ y and Σ w. Four segments run as
// independent chains (Y of a later segment = its local running sum + the earlier
// segments' total: Σ w (2 off + …) adds 2 · off · Σ w), so the additions overlap.
void lorenzSum(const double *y, const double *w, int n, double &sum, double &ySum, double &wSum)
{
    if (n < 32) {
        double y0 = 0.0, s = 0.0, t = 0.0;
        for (int k = 0; k < n; ++k) {
            const double ny = y0 + y[k];
            s += w[k] * (ny + y0);
            y0 = ny;
            t += w[k];
        }
        sum = s;
        ySum = y0;
        wSum = t;
        return;
    }
    const int length = n / 4;
    double local[4] = {0.0, 0.0, 0.0, 0.0}, run[4] = {0.0, 0.0, 0.0, 0.0}, weight[4] = {0.0, 0.0, 0.0, 0.0};
    for (int k = 0; k < length; ++k)
        for (int q = 0; q < 4; ++q) {
            const int i = q * length + k;
            const double ny = run[q] + y[i];
            local[q] += w[i] * (ny + run[q]);
            run[q] = ny;
            weight[q] += w[i];
        }
    for (int i = 4 * length; i < n; ++i) { // the rest belongs to the last segment
        const double ny = run[3] + y[i];
        local[3] += w[i] * (ny + run[3]);
        run[3] = ny;
        weight[3] += w[i];
    }
    double offset = 0.0, s = 0.0, t = 0.0;
    for (int q = 0; q < 4; ++q) {
        s += local[q] + 2.0 * offset * weight[q];
        offset += run[q];
        t += weight[q];
    }
    sum = s;
    ySum = offset;
    wSum = t;
}

// Buffers of sortKeys().
struct SortScratch
{
    std::vector<std::uint32_t> counts, bucket, digests;
    std::vector<double> keys;
    std::vector<int> order;
};

void insertionSort(double *keys, int *order, int n)
{
    for (int i = 1; i < n; ++i) {
        const double key = keys[i];
        if (!(key < keys[i - 1]))
            continue;
        const int row = order[i];
        int j = i;
        for (; j > 0 && keys[j - 1] > key; --j) {
            keys[j] = keys[j - 1];
            order[j] = order[j - 1];
        }
        keys[j] = key;
        order[j] = row;
    }
}

// Sorts keys (no NaN; +inf allowed) ascending, moving order along, stably: an LSD radix
// sort (two passes of 7 bits: 2 × 128 counters to clear and add up per sort, a few
// hundred keys each; 8 bits measured 2 % slower in all) on a 14-bit digest of the
// positive finite keys' bit
// patterns between the smallest and largest (monotone in the value; equal steps in bits
// are nearly equal ratios, which suits e_rc / e_r spread over orders of magnitude),
// keys ≤ 0 first and +inf last; then an insertion sort on the full keys for the few
// near-ties the digest cannot tell apart. Stable passes keep input that is nearly
// sorted already (last year's order) nearly sorted within equal digests.
void sortKeys(double *keys, int *order, int n, SortScratch &scratch)
{
    if (n < 64) {
        insertionSort(keys, order, n);
        return;
    }
    std::uint64_t lo = ~std::uint64_t(0), hi = 0;
    for (int i = 0; i < n; ++i) {
        const double k = keys[i];
        const std::uint64_t u = std::bit_cast<std::uint64_t>(k);
        const bool positive = (k > 0.0) & (k < kInf);
        lo = positive ? std::min(lo, u) : lo;
        hi = positive ? std::max(hi, u) : hi;
    }
    if (lo > hi) {
        insertionSort(keys, order, n);
        return;
    }
    // Two counting passes of kBits bits each on a digest of 2 kBits bits: 0 for keys
    // ≤ 0, the top value for +inf, the positive finite keys' bit patterns in between.
    constexpr int kBits = 7, kBuckets = 1 << kBits, kTop = (1 << (2 * kBits)) - 1;
    const std::uint64_t range = hi - lo;
    const int shift = std::max(0, int(std::bit_width(range)) - 2 * kBits); // (range >> shift) ≤ kTop
    scratch.counts.assign(2 * kBuckets, 0);
    scratch.bucket.resize(std::size_t(n));
    std::uint32_t *low = scratch.counts.data(), *high = low + kBuckets;
    for (int i = 0; i < n; ++i) {
        const double k = keys[i];
        const std::uint64_t u = std::bit_cast<std::uint64_t>(k);
        std::uint32_t digest = std::uint32_t(std::min<std::uint64_t>((u - lo) >> shift, kTop - 2) + 1);
        digest = k > 0.0 ? digest : 0;
        digest = k == kInf ? std::uint32_t(kTop) : digest;
        scratch.bucket[std::size_t(i)] = digest;
        ++low[digest & (kBuckets - 1)];
        ++high[digest >> kBits];
    }
    for (std::uint32_t *count : {low, high}) {
        std::uint32_t offset = 0;
        for (int b = 0; b < kBuckets; ++b) {
            const std::uint32_t next = offset + count[b];
            count[b] = offset;
            offset = next;
        }
    }
    scratch.keys.resize(std::size_t(n));
    scratch.order.resize(std::size_t(n));
    scratch.digests.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) { // by the low bits, into scratch
        const std::uint32_t digest = scratch.bucket[std::size_t(i)];
        const std::uint32_t at = low[digest & (kBuckets - 1)]++;
        scratch.keys[at] = keys[i];
        scratch.order[at] = order[i];
        scratch.digests[at] = digest;
    }
    for (int i = 0; i < n; ++i) { // by the high bits, back
        const std::uint32_t at = high[scratch.digests[std::size_t(i)] >> kBits]++;
        keys[at] = scratch.keys[std::size_t(i)];
        order[at] = scratch.order[std::size_t(i)];
    }
    insertionSort(keys, order, n);
}

} // namespace

// Buffers of one chain of consecutive years, and the state carried from one year to the
// next of that chain (warm starts). One per worker thread.
struct Calculator::Workspace
{
    // Rows of the reference area (all rows when the option is empty).
    std::vector<int> refRows;
    bool allRows = true;

    // Per-year scratch.
    Eigen::VectorXd erDen;   // e_r with 0 → NaN
    Eigen::VectorXd krugmanUsed;
    std::vector<double> column, candidates;
    std::vector<double> keys;
    SortScratch sortScratch;
    std::vector<double> lorenzY, lorenzW;
    std::vector<std::uint64_t> bits; // RCA columns as bit sets
    std::vector<int> regionStart, regionCats, fill;
    Eigen::VectorXd diversity;
    Eigen::RowVectorXd ubiquity, related, invRelated;
    std::vector<double> phiOff; // φ off the diagonal, columns padded to a multiple of 16
    std::vector<double> densityBlock;
    // ECI
    std::vector<int> eciRegions, eciCats, catIndex, compactCats;
    Eigen::MatrixXd gram, padded, basis;
    Eigen::VectorXd invSqrtU, top, work, triVector, triPivots, lanczosAlpha, lanczosBeta, h, q, eci, pci;
    Eigen::VectorXd compactDiversity, compactUbiquity;
    // Peers
    Eigen::VectorXd peerN, peerSa, peerSb, peerXy, peerXx, peerYy;
    std::vector<similarity::Peer> peerList;

    // Warm-start state.
    Eigen::RowVectorXd lastSizeCutoff, lastFocusCutoff;
    std::vector<int> order; // Lorenz order of refRows per category, category-major
    bool orderValid = false;
    Eigen::VectorXd lastEigenvector; // categories (full index), 0 where not in the space
    bool eigenvectorValid = false;
    int fallbacks = 0; // years whose ECI came from the dense solver

    void reset(int rows, int cols, const Reference &reference)
    {
        allRows = reference.empty();
        refRows = reference;
        if (allRows) {
            refRows.resize(std::size_t(rows));
            std::iota(refRows.begin(), refRows.end(), 0);
        }
        lastSizeCutoff = Eigen::RowVectorXd::Constant(cols, kNaN);
        lastFocusCutoff = Eigen::RowVectorXd::Constant(cols, kNaN);
        order.resize(refRows.size() * std::size_t(cols));
        orderValid = false;
        lastEigenvector = Eigen::VectorXd::Zero(cols);
        eigenvectorValid = false;
        fallbacks = 0;
    }

    // The k-th largest known value of values[refRows], k = ceil(share · n) (StarRating's
    // top-x % cut-off), searched among the values at or above a pivot just below last
    // year's cut-off when at least k values pass it (then the answer is among them:
    // exact); otherwise a selection on all known values.
    double cutoff(const double *values, double share, double last)
    {
        const int n = int(refRows.size());
        const double *source = values;
        if (!allRows) {
            column.resize(std::size_t(n));
            for (int i = 0; i < n; ++i)
                column[std::size_t(i)] = values[refRows[std::size_t(i)]];
            source = column.data();
        }
        double pivot = std::isfinite(last) ? last - 0.05 * std::abs(last) : kInf;
        if (pivot == kInf && n >= 128) {
            // No cut-off from last year: as StarRating does, a pivot from an evenly
            // spaced sample at about twice the wanted share (NaN sample values skipped).
            constexpr int kSample = 32;
            std::array<double, kSample> sample;
            int taken = 0;
            for (int i = 0; i < kSample; ++i) {
                const double x = source[std::size_t(i) * std::size_t(n) / kSample];
                sample[std::size_t(taken)] = x;
                taken += !std::isnan(x);
            }
            const int rank = std::min(taken - 1, int(std::ceil(2.0 * share * taken)) + 1);
            if (rank >= 0) {
                std::nth_element(sample.begin(), sample.begin() + rank, sample.begin() + taken, std::greater<>());
                pivot = sample[std::size_t(rank)];
            }
        }
        // One pass: the known count, and the values at or above the pivot as candidates.
        candidates.resize(std::size_t(n));
        int known = 0, m = 0;
        collectAbove(source, n, pivot, candidates.data(), known, m);
        if (known == 0)
            return kNaN;
        const int k = topCount(share, known);
        if (m < k) { // last year's cut-off is no help: select among all known values
            m = 0;
            for (int i = 0; i < n; ++i) {
                candidates[std::size_t(m)] = source[i];
                m += !std::isnan(source[i]);
            }
            std::nth_element(candidates.begin(), candidates.begin() + (k - 1), candidates.begin() + m,
                             std::greater<>());
            return candidates[std::size_t(k - 1)];
        }
        if (m - k > 8) {
            std::nth_element(candidates.begin(), candidates.begin() + (k - 1), candidates.begin() + m,
                             std::greater<>());
            return candidates[std::size_t(k - 1)];
        }
        // Few extra candidates: drop the m - k smallest, the answer is the smallest left.
        double *x = candidates.data();
        for (int drop = m - k; drop >= 0; --drop) {
            int at = 0;
            for (int i = 1; i < m; ++i)
                at = x[i] < x[at] ? i : at;
            if (drop == 0)
                return x[at];
            x[at] = x[--m];
        }
        return kNaN; // not reached
    }
};

namespace {

// Natural logarithm, branch-free so loops of it vectorise: the algorithm of fdlibm's
// e_log.c (Sun Microsystems 1993) as in musl's log.c: x = 2^k (1 + f) with
// √2/2 ≤ 1 + f < √2, s = f / (2 + f), log(1 + f) = f - hfsq + s (hfsq + R(s²)), error
// below 1 ulp. Subnormals are scaled first; 0 → -inf, x < 0 → NaN, NaN → NaN, inf → inf.
inline double logOf(double x)
{
    constexpr double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10;
    constexpr double lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01,
                     lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01,
                     lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01,
                     lg7 = 1.479819860511658591e-01;
    const bool tiny = x < 0x1p-1022;
    std::uint64_t ix = std::bit_cast<std::uint64_t>(tiny ? x * 0x1p54 : x);
    ix += std::uint64_t(0x3ff00000 - 0x3fe6a09e) << 32;
    const std::uint64_t biased = ix >> 52; // k + 1023 for positive x
    ix = (ix & 0x000fffffffffffffULL) + (std::uint64_t(0x3fe6a09e) << 32);
    const double f = std::bit_cast<double>(ix) - 1.0;
    const double dk = (std::bit_cast<double>(biased | 0x4330000000000000ULL) - (0x1p52 + 1023.0)) -
                      (tiny ? 54.0 : 0.0);
    const double hfsq = 0.5 * f * f;
    const double s = f / (2.0 + f);
    const double z = s * s, w = z * z;
    const double t1 = w * (lg2 + w * (lg4 + w * lg6));
    const double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
    double r = s * (hfsq + (t2 + t1)) + dk * ln2Lo - hfsq + f + dk * ln2Hi;
    r = x == 0.0 ? -kInf : r;
    r = x < 0.0 ? kNaN : r;
    r = x == kInf ? kInf : r;
    return x != x ? x : r;
}

CS_SIMD_CLONES void logArray(const double *__restrict in, double *__restrict out, int n)
{
    for (int i = 0; i < n; ++i)
        out[i] = logOf(in[i]);
}

// One category of focus, LQ, share, symmetric LQ and the per-region Krugman / Herfindahl
// sums (see Measures.h and Concentration.h for the definitions).
struct ColumnInputs
{
    const double *v;     // e_rc
    const double *erDen; // e_r, 0 → NaN
    double refDen;       // E_c / E, 0 → NaN
    double ecInverse;    // 1 / E_c (NaN when E_c = 0)
    bool hasSc;          // Krugman's s_c = E_c / E defined
    double sc;
};

CS_SIMD_CLONES void columnMeasures(const ColumnInputs &in, int rows, double *__restrict focus,
                                   double *__restrict lq, double *__restrict share, double *__restrict sym,
                                   double *__restrict krug, double *__restrict used, double *__restrict hhiR)
{
    const double *__restrict v = in.v;
    const double *__restrict erDen = in.erDen;
    const double refDen = in.refDen, ecInverse = in.ecInverse, sc = in.sc;
    // Two loops, with and without the Krugman terms: one loop testing hasSc measured
    // 2–7 % slower over the whole computation.
    if (in.hasSc) {
        for (int r = 0; r < rows; ++r) {
            const double x = v[r];
            const bool known = x == x;
            const double f = x / erDen[r];
            const double l = f / refDen;
            focus[r] = f;
            lq[r] = l;
            share[r] = x * ecInverse;
            sym[r] = (l - 1.0) / (l + 1.0);
            const double term = std::abs(f - sc);
            krug[r] += known ? term : 0.0;
            used[r] += known ? 1.0 : 0.0;
            hhiR[r] += known ? f * f : 0.0;
        }
    } else {
        for (int r = 0; r < rows; ++r) {
            const double x = v[r];
            const bool known = x == x;
            const double f = x / erDen[r];
            const double l = f / refDen;
            focus[r] = f;
            lq[r] = l;
            share[r] = x * ecInverse;
            sym[r] = (l - 1.0) / (l + 1.0);
            hhiR[r] += known ? f * f : 0.0;
        }
    }
}

// t[r] += the known e_rc of each column in turn, n[r] += their count; four columns a
// pass (the same additions in the same order as one column a pass).
CS_SIMD_CLONES void rowSums(const double *e, int rows, int cols, double *__restrict t, double *__restrict n)
{
    auto add = [](double sum, double x) { return x == x ? sum + x : sum; };
    auto count = [](double sum, double x) { return x == x ? sum + 1.0 : sum; };
    int c = 0;
    for (; c + 4 <= cols; c += 4) {
        const double *__restrict v0 = e + std::size_t(c) * std::size_t(rows);
        const double *__restrict v1 = v0 + rows, *__restrict v2 = v1 + rows, *__restrict v3 = v2 + rows;
        for (int r = 0; r < rows; ++r) {
            t[r] = add(add(add(add(t[r], v0[r]), v1[r]), v2[r]), v3[r]);
            n[r] = count(count(count(count(n[r], v0[r]), v1[r]), v2[r]), v3[r]);
        }
    }
    for (; c < cols; ++c) {
        const double *__restrict v = e + std::size_t(c) * std::size_t(rows);
        for (int r = 0; r < rows; ++r) {
            t[r] = add(t[r], v[r]);
            n[r] = count(n[r], v[r]);
        }
    }
}

// Sums over all rows for one category: E_c (NaN skipped), and over the rows with both
// e_rc and e_r known (Hoover's totals). Four interleaved partial sums.
CS_SIMD_CLONES void columnSums(const double *__restrict v, const double *__restrict er, int rows, double &ec,
                               double &ecBoth, double &totalBoth)
{
    double a[4] = {0.0, 0.0, 0.0, 0.0}, b[4] = {0.0, 0.0, 0.0, 0.0}, t[4] = {0.0, 0.0, 0.0, 0.0};
    int r = 0;
    for (; r + 4 <= rows; r += 4)
        for (int k = 0; k < 4; ++k) {
            const double x = v[r + k], w = er[r + k];
            const bool known = (x == x) & (w == w);
            a[k] += x == x ? x : 0.0;
            b[k] += known ? x : 0.0;
            t[k] += known ? w : 0.0;
        }
    for (; r < rows; ++r) {
        const double x = v[r], w = er[r];
        const bool known = (x == x) & (w == w);
        a[0] += x == x ? x : 0.0;
        b[0] += known ? x : 0.0;
        t[0] += known ? w : 0.0;
    }
    ec = (a[0] + a[1]) + (a[2] + a[3]);
    ecBoth = (b[0] + b[1]) + (b[2] + b[3]);
    totalBoth = (t[0] + t[1]) + (t[2] + t[3]);
}

// Σ share² over known cells (Herfindahl of the category) and Σ |e_rc / ecBoth - e_r /
// totalBoth| over cells with both known (Hoover), all rows.
CS_SIMD_CLONES void columnConcentration(const double *__restrict v, const double *__restrict er,
                                        const double *__restrict share, int rows, double ecBoth,
                                        double totalBoth, double &hhi, double &hoover)
{
    // |x / E - w / T| = |x T - w E| / (E T): one division per category. Exact 0 where
    // the shares are equal (x = E, w = T in a single region); needs -ffp-contract=off.
    double h[4] = {0.0, 0.0, 0.0, 0.0}, o[4] = {0.0, 0.0, 0.0, 0.0};
    int r = 0;
    auto one = [&](int i, int k) {
        const double x = v[i], w = er[i], s = share[i];
        const bool known = (x == x) & (w == w);
        h[k] += x == x ? s * s : 0.0;
        const double a = x * totalBoth, b = w * ecBoth;
        const double term = std::abs(a - b);
        o[k] += known ? term : 0.0;
    };
    for (; r + 4 <= rows; r += 4)
        for (int k = 0; k < 4; ++k)
            one(r + k, k);
    for (; r < rows; ++r)
        one(r, 0);
    hhi = (h[0] + h[1]) + (h[2] + h[3]);
    hoover = ((o[0] + o[1]) + (o[2] + o[3])) / (ecBoth * totalBoth);
}

// Star and robustness bits (StarRating: awarded = v > 0 and v ≥ cut-off; not robust =
// v > 0 and low ≤ v < high) and RCA for one category.
struct StarCuts
{
    double size, sizeLow, sizeHigh, spec, specLow, specHigh, focus, focusLow, focusHigh, rca;
};

CS_SIMD_CLONES void columnStars(const double *__restrict v, const double *__restrict lq,
                                const double *__restrict focus, int rows, const StarCuts &cut,
                                std::uint8_t *__restrict stars, std::uint8_t *__restrict robust,
                                double *__restrict rca)
{
    const StarCuts k = cut;
    for (int r = 0; r < rows; ++r) {
        const double x = v[r], l = lq[r], f = focus[r];
        const int sizeStar = (x > 0.0) & (x >= k.size);
        const int sizeUnsure = (x > 0.0) & (x >= k.sizeLow) & (x < k.sizeHigh);
        const int specStar = (l > 0.0) & (l >= k.spec);
        const int specUnsure = (l > 0.0) & (l >= k.specLow) & (l < k.specHigh);
        const int focusStar = (f > 0.0) & (f >= k.focus);
        const int focusUnsure = (f > 0.0) & (f >= k.focusLow) & (f < k.focusHigh);
        stars[r] = std::uint8_t(sizeStar | (specStar << 1) | (focusStar << 2));
        robust[r] = std::uint8_t((1 - sizeUnsure) | ((1 - specUnsure) << 1) | ((1 - focusUnsure) << 2));
        rca[r] = l >= k.rca ? 1.0 : 0.0;
    }
}

// acc[0, cols) += the rows list[0, count) of phi (row-major, `stride` apart), 16
// columns at a time so the sums stay in registers.
CS_SIMD_CLONES void addRows(double *__restrict acc, const double *__restrict phi, const int *list, int count,
                            int stride, int cols)
{
    int c0 = 0;
    for (; c0 + 16 <= cols; c0 += 16) {
        double a[16];
        for (int t = 0; t < 16; ++t)
            a[t] = acc[c0 + t];
        for (int i = 0; i < count; ++i) {
            const double *__restrict row = phi + std::size_t(list[i]) * std::size_t(stride) + c0;
            for (int t = 0; t < 16; ++t)
                a[t] += row[t];
        }
        for (int t = 0; t < 16; ++t)
            acc[c0 + t] = a[t];
    }
    for (int i = 0; i < count; ++i) {
        const double *__restrict row = phi + std::size_t(list[i]) * std::size_t(stride);
        for (int c = c0; c < cols; ++c)
            acc[c] += row[c];
    }
}

CS_SIMD_CLONES std::int64_t andCount(const std::uint64_t *a, const std::uint64_t *b, int words)
{
    std::int64_t count = 0;
    for (int w = 0; w < words; ++w)
        count += std::popcount(a[w] & b[w]);
    return count;
}

// similarity::score of region a against every region at once: over the categories
// where both LQs are finite, n, the means (when centring) and the centred cross and
// square sums, in the reference's order of additions.
CS_SIMD_CLONES void peerSums(const double *lq, int rows, int cols, int a, bool centre, double *__restrict n,
                             double *__restrict ma, double *__restrict mb, double *__restrict xy,
                             double *__restrict xx, double *__restrict yy)
{
    for (int c = 0; c < cols; ++c) {
        const double x = lq[std::size_t(c) * std::size_t(rows) + std::size_t(a)];
        if (!std::isfinite(x))
            continue;
        const double *__restrict y = lq + std::size_t(c) * std::size_t(rows);
        for (int r = 0; r < rows; ++r) {
            const bool known = std::abs(y[r]) <= std::numeric_limits<double>::max();
            n[r] += known ? 1.0 : 0.0;
            ma[r] += known ? x : 0.0;
            mb[r] += known ? y[r] : 0.0;
        }
    }
    for (int r = 0; r < rows; ++r) {
        ma[r] = centre ? ma[r] / n[r] : 0.0;
        mb[r] = centre ? mb[r] / n[r] : 0.0;
    }
    for (int c = 0; c < cols; ++c) {
        const double x = lq[std::size_t(c) * std::size_t(rows) + std::size_t(a)];
        if (!std::isfinite(x))
            continue;
        const double *__restrict y = lq + std::size_t(c) * std::size_t(rows);
        for (int r = 0; r < rows; ++r) {
            const bool known = std::abs(y[r]) <= std::numeric_limits<double>::max();
            const double dx = x - ma[r], dy = y[r] - mb[r];
            xy[r] += known ? dx * dy : 0.0;
            xx[r] += known ? dx * dx : 0.0;
            yy[r] += known ? dy * dy : 0.0;
        }
    }
}

// Σ over rows with both years known, four interleaved partial sums.
CS_SIMD_CLONES void bothSums(const double *__restrict a, const double *__restrict b, int rows, double &s0,
                             double &s1)
{
    double p[4] = {0.0, 0.0, 0.0, 0.0}, q[4] = {0.0, 0.0, 0.0, 0.0};
    int r = 0;
    for (; r + 4 <= rows; r += 4)
        for (int k = 0; k < 4; ++k) {
            const bool known = (a[r + k] == a[r + k]) & (b[r + k] == b[r + k]);
            p[k] += known ? a[r + k] : 0.0;
            q[k] += known ? b[r + k] : 0.0;
        }
    for (; r < rows; ++r) {
        const bool known = (a[r] == a[r]) & (b[r] == b[r]);
        p[0] += known ? a[r] : 0.0;
        q[0] += known ? b[r] : 0.0;
    }
    s0 = (p[0] + p[1]) + (p[2] + p[3]);
    s1 = (q[0] + q[1]) + (q[2] + q[3]);
}

// One category of growth::shiftShare and growth::cagr (same operations, same order).
CS_SIMD_CLONES void changeColumn(const double *__restrict a, const double *__restrict b, int rows, double g,
                                 double gc, double years, double exponent, double *__restrict actual,
                                 double *__restrict reference, double *__restrict mix,
                                 double *__restrict competitive, double *__restrict cagr)
{
    const double m = gc - g, expected = gc + 1.0;
    for (int r = 0; r < rows; ++r) {
        actual[r] = b[r] - a[r];
        reference[r] = a[r] * g;
        mix[r] = a[r] * m;
        competitive[r] = b[r] - a[r] * expected;
    }
    if (!(years > 0.0)) {
        for (int r = 0; r < rows; ++r)
            cagr[r] = kNaN;
    } else if (years == 1.0) {
        for (int r = 0; r < rows; ++r)
            cagr[r] = (a[r] > 0.0 && b[r] >= 0.0) ? b[r] / a[r] - 1.0 : kNaN;
    } else {
        for (int r = 0; r < rows; ++r)
            cagr[r] = (a[r] > 0.0 && b[r] >= 0.0) ? std::pow(b[r] / a[r], exponent) - 1.0 : kNaN;
    }
}

// (x - mean) / sample sd as complexity:: does; false when the spread is zero.
bool standardise(double *x, int n)
{
    if (n < 2)
        return false;
    double mean = 0.0;
    for (int i = 0; i < n; ++i)
        mean += x[i];
    mean /= double(n);
    double squares = 0.0;
    for (int i = 0; i < n; ++i) {
        x[i] -= mean;
        squares += x[i] * x[i];
    }
    const double sd = std::sqrt(squares / double(n - 1));
    if (!(sd > 1e-300))
        return false;
    for (int i = 0; i < n; ++i)
        x[i] /= sd;
    return true;
}

// The unit eigenvector of the second largest eigenvalue of the symmetric positive
// semi-definite s (p × p) whose largest eigenvalue is 1 with the known eigenvector top,
// by Lanczos with full reorthogonalisation in the complement of top, started from v
// (last year's vector: few steps when the matrix changed little). Accepted when the
// residual ||s v - λ v|| ≤ 1e-13 and the Ritz gap to the next eigenvalue exceeds 1e-4,
// so v is accurate to about 1e-13 / gap; false otherwise (the caller falls back to the
// dense solver), also when λ is 1 again (several components: no unique second vector).
// One Lanczos step on the column-major s (`columns` columns of p, p a multiple of 8 with
// zero rows below the matrix, so no loop has a scalar tail): w = s q, α = qᵀ w, then w
// made orthogonal to the first `count` columns of basis (p each, contiguous) by classical
// Gram–Schmidt twice ("twice is enough", Parlett); returns α, ||w|| in beta.
// Rounding here only has to be good, not identical to a reference: contract to FMA.
#if defined(__GNUC__) && !defined(__clang__)
[[gnu::optimize("fp-contract=fast")]]
#endif
CS_SIMD_CLONES double lanczosStep(const double *s, int p, int columns, const double *basis, int count,
                                  const double *q, double *w, double *h, double &beta)
{
    // Dot products in eight independent partial sums, so they vectorise and do not wait
    // on one chain of additions (the order of additions is free here).
    auto dot = [p](const double *__restrict a, const double *__restrict b) {
        double part[8] = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        int i = 0;
        for (; i + 8 <= p; i += 8)
            for (int k = 0; k < 8; ++k)
                part[k] += a[i + k] * b[i + k];
        for (; i < p; ++i)
            part[0] += a[i] * b[i];
        return ((part[0] + part[4]) + (part[1] + part[5])) + ((part[2] + part[6]) + (part[3] + part[7]));
    };
    for (int i = 0; i < p; ++i)
        w[i] = 0.0;
    for (int j = 0; j < columns; ++j) {
        const double x = q[j];
        const double *column = s + std::size_t(j) * std::size_t(p);
        for (int i = 0; i < p; ++i)
            w[i] += x * column[i];
    }
    const double alpha = dot(q, w);
    // The three-term recurrence (w -= α q_k + β q_k-1 via the basis), then classical
    // Gram–Schmidt against the whole basis, a second time only when the first removed
    // much (||w|| fell below 1/√2 of itself: Daniel, Gragg, Kaufman & Stewart 1976).
    double before = dot(w, w);
    for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k < count; ++k)
            h[k] = dot(basis + std::size_t(k) * std::size_t(p), w);
        for (int k = 0; k < count; ++k) {
            const double *b = basis + std::size_t(k) * std::size_t(p);
            const double x = h[k];
            for (int i = 0; i < p; ++i)
                w[i] -= x * b[i];
        }
        const double after = dot(w, w);
        beta = std::sqrt(after);
        if (pass == 1 || after > 0.5 * before)
            break;
        before = after;
    }
    return alpha;
}

// The pivots d of σI - T = LDLᵀ (T symmetric tridiagonal: diagonal alpha, off-diagonal
// beta, size m), without pivoting; a zero pivot becomes a tiny one, which only makes
// solutions large along the eigenvector nearest σ.
void factorShifted(const double *alpha, const double *beta, int m, double sigma, double *d)
{
    d[0] = sigma - alpha[0];
    for (int i = 1; i < m; ++i) {
        if (d[i - 1] == 0.0)
            d[i - 1] = 1e-300;
        d[i] = (sigma - alpha[i]) - beta[i - 1] * beta[i - 1] / d[i - 1];
    }
    if (d[m - 1] == 0.0)
        d[m - 1] = 1e-300;
}

// z ← x / ‖x‖ for (σI - T) x = z, with d from factorShifted. False, z unscaled, when x
// has no finite nonzero length.
bool solveFactored(const double *beta, int m, const double *d, double *z)
{
    for (int i = 1; i < m; ++i)
        z[i] += beta[i - 1] / d[i - 1] * z[i - 1];
    for (int i = 0; i < m; ++i)
        z[i] /= d[i];
    for (int i = m - 2; i >= 0; --i)
        z[i] += beta[i] / d[i] * z[i + 1];
    double norm = 0.0;
    for (int i = 0; i < m; ++i)
        norm += z[i] * z[i];
    norm = std::sqrt(norm);
    if (!std::isfinite(norm) || !(norm > 0.0))
        return false;
    for (int i = 0; i < m; ++i)
        z[i] /= norm;
    return true;
}

// The eigenvector z of the symmetric tridiagonal T (diagonal alpha, off-diagonal beta,
// size m) for its largest eigenvalue theta, by inverse iteration with σ just above
// theta: σI - T is positive definite, so its LDLᵀ needs no pivoting. O(m).
void topTridiagonalVector(const double *alpha, const double *beta, int m, double theta, double *z, double *d)
{
    factorShifted(alpha, beta, m, theta + 1e-12 * std::max(1.0, std::abs(theta)), d);
    for (int i = 0; i < m; ++i)
        z[i] = 1.0;
    for (int step = 0; step < 3; ++step)
        solveFactored(beta, m, d, z);
}

// Number of eigenvalues of the symmetric tridiagonal T (diagonal alpha, off-diagonal
// beta, size m) greater than sigma: the negative pivots of the LDLᵀ of σI - T (Sylvester's
// law of inertia; the Sturm count of LAPACK's dstebz).
int eigenvaluesAbove(const double *alpha, const double *beta, int m, double sigma, double *d)
{
    int count = 0;
    double pivot = sigma - alpha[0];
    for (int i = 0;; ++i) {
        if (pivot == 0.0)
            pivot = -1e-300; // σ on an eigenvalue of a leading block: count it as above
        d[i] = pivot;
        count += pivot < 0.0;
        if (i + 1 == m)
            break;
        pivot = (sigma - alpha[i + 1]) - beta[i] * beta[i] / pivot;
    }
    return count;
}

// Rayleigh quotient iteration on T from z (m entries, any scale): theta = the converged
// Rayleigh quotient. Cubic convergence to the eigenvalue nearest the start; the caller
// checks that it is the largest. False when it does not settle.
bool rayleighQuotientIteration(const double *alpha, const double *beta, int m, double *z, double *d,
                               double &theta)
{
    auto quotient = [&] {
        double num = 0.0, den = 0.0;
        for (int i = 0; i < m; ++i) {
            double tz = alpha[i] * z[i];
            if (i > 0)
                tz += beta[i - 1] * z[i - 1];
            if (i + 1 < m)
                tz += beta[i] * z[i + 1];
            num += z[i] * tz;
            den += z[i] * z[i];
        }
        return num / den;
    };
    double rho = quotient();
    for (int step = 0; step < 8; ++step) {
        // Solve (ρI - T) x = z by LDLᵀ without pivoting (a tiny pivot only makes x large
        // along the wanted eigenvector).
        factorShifted(alpha, beta, m, rho, d);
        if (!solveFactored(beta, m, d, z))
            return false;
        const double next = quotient();
        const bool settled = std::abs(next - rho) <= 1e-15 * std::max(1.0, std::abs(rho));
        rho = next;
        if (settled) {
            theta = rho;
            return true;
        }
    }
    return false;
}

bool lanczos(const Eigen::MatrixXd &s, const Eigen::VectorXd &top, Eigen::VectorXd &v, Eigen::MatrixXd &padded,
             Eigen::MatrixXd &basis, Eigen::VectorXd &alpha, Eigen::VectorXd &beta, Eigen::VectorXd &w,
             Eigen::VectorXd &h, Eigen::VectorXd &z, Eigen::VectorXd &d, double &lambda)
{
    const int p = int(s.rows());
    const int length = (p + 7) / 8 * 8; // s and the basis vectors with zero rows below
    const int maxSteps = p - 1;         // the complement of top
    padded.resize(length, p);
    padded.topRows(p) = s;
    padded.bottomRows(length - p).setZero();
    basis.resize(length, maxSteps + 1);
    basis.bottomRows(length - p).setZero();
    alpha.resize(maxSteps);
    beta.resize(maxSteps);
    w.resize(length);
    h.resize(maxSteps + 1);
    z.resize(maxSteps);
    d.resize(maxSteps);
    basis.col(0).head(p) = top;
    v -= top * top.dot(v);
    double norm = v.norm();
    if (!(norm > 1e-8)) {
        for (int i = 0; i < p; ++i)
            v(i) = (i % 2 ? 1.0 : -1.0) * (1.0 + double(i) / p);
        v -= top * top.dot(v);
        norm = v.norm();
        if (!(norm > 1e-8))
            return false;
    }
    basis.col(1).head(p) = v / norm;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> tri;
    // Convergence is checked every few steps. The top Ritz pair of the tridiagonal T_m is
    // found in O(m) by Rayleigh quotient iteration from the previous check's vector,
    // verified to be the largest and separated from the next by Sturm counts; the dense
    // tridiagonal solver only runs at the first check or when that fails.
    int nextCheck = std::min(10, maxSteps);
    double theta = kNaN;
    int thetaSize = 0;
    for (int k = 0; k < maxSteps; ++k) {
        alpha(k) = lanczosStep(padded.data(), length, p, basis.data(), k + 2, basis.col(k + 1).data(), w.data(),
                               h.data(), beta(k));
        const int m = k + 1;
        const bool exhausted = m == maxSteps || !(beta(k) > 1e-12);
        if (exhausted || m == nextCheck) {
            if (exhausted && m < maxSteps)
                return false; // invariant subspace before the full space: may miss λ
            bool found = false;
            if (thetaSize > 0) {
                for (int i = thetaSize; i < m; ++i)
                    z(i) = 0.0;
                found = rayleighQuotientIteration(alpha.data(), beta.data(), m, z.data(), d.data(), theta) &&
                        eigenvaluesAbove(alpha.data(), beta.data(), m,
                                         theta + 1e-12 * std::max(1.0, std::abs(theta)), d.data()) == 0;
            }
            if (!found) {
                tri.computeFromTridiagonal(alpha.head(m), beta.head(m - 1), Eigen::EigenvaluesOnly);
                if (tri.info() != Eigen::Success)
                    return false;
                theta = tri.eigenvalues()(m - 1);
            }
            // The largest eigenvalue of T_m, separated by more than 1e-4 from the next.
            const bool separated = eigenvaluesAbove(alpha.data(), beta.data(), m, theta - 1e-4, d.data()) == 1;
            topTridiagonalVector(alpha.data(), beta.data(), m, theta, z.data(), d.data());
            thetaSize = m;
            const double estimate = std::abs(beta(k) * z(m - 1));
            if (estimate <= 1e-14 || exhausted) {
                if (!separated || !(theta < 1.0 - 1e-9))
                    return false;
                v.noalias() = basis.topRows(p).middleCols(1, m) * z.head(m);
                v.normalize();
                auto residual = w.head(p);
                residual.noalias() = s * v;
                lambda = v.dot(residual);
                residual -= lambda * v;
                return residual.norm() <= 1e-13;
            }
            nextCheck = std::min(m + (estimate > 1e-9 ? 4 : 2), maxSteps);
        }
        basis.col(k + 2) = w / beta(k);
    }
    return false;
}

void relatednessAndComplexity(Calculator::Year &out, Calculator::Workspace &ws, int rows, int cols,
                              int words)
{
    const std::uint64_t *bits = ws.bits.data();
    // Co-occurrence C_ij = |RCA_i ∩ RCA_j| from the bit sets; proximity
    // φ_ij = C_ij / max(C_ii, C_jj) (Hidalgo et al. 2007, relatedness::proximity).
    out.cooccurrence.resize(cols, cols);
    for (int j = 0; j < cols; ++j) {
        const std::uint64_t *b = bits + std::size_t(j) * std::size_t(words);
        for (int i = j; i < cols; ++i) {
            const std::uint64_t *a = bits + std::size_t(i) * std::size_t(words);
            const double count = double(andCount(a, b, words));
            out.cooccurrence(i, j) = count;
            out.cooccurrence(j, i) = count;
        }
    }
    ws.ubiquity = out.cooccurrence.diagonal().transpose();
    out.proximity.resize(cols, cols);
    const int stride = (cols + 15) / 16 * 16;
    ws.phiOff.assign(std::size_t(stride) * std::size_t(cols), 0.0);
    ws.related.resize(cols);
    ws.invRelated.resize(cols);
    for (int j = 0; j < cols; ++j) {
        double related = 0.0;
        for (int i = 0; i < cols; ++i) {
            const double den = std::max(ws.ubiquity(i), ws.ubiquity(j));
            const double phi = den > 0.0 ? out.cooccurrence(i, j) / den : 0.0;
            out.proximity(i, j) = phi;
            ws.phiOff[std::size_t(j) * std::size_t(stride) + std::size_t(i)] = i == j ? 0.0 : phi;
            related += i == j ? 0.0 : phi;
        }
        ws.related(j) = related;
        ws.invRelated(j) = related > 0.0 ? 1.0 / related : kNaN;
    }

    // Each region's categories with RCA, ascending (compressed rows).
    ws.regionStart.assign(std::size_t(rows) + 1, 0);
    for (int c = 0; c < cols; ++c) {
        const std::uint64_t *b = bits + std::size_t(c) * std::size_t(words);
        for (int w = 0; w < words; ++w)
            for (std::uint64_t word = b[w]; word; word &= word - 1)
                ++ws.regionStart[std::size_t(64 * w + std::countr_zero(word)) + 1];
    }
    for (int r = 0; r < rows; ++r)
        ws.regionStart[std::size_t(r) + 1] += ws.regionStart[std::size_t(r)];
    ws.regionCats.resize(std::size_t(ws.regionStart[std::size_t(rows)]));
    ws.fill.assign(ws.regionStart.begin(), ws.regionStart.end() - 1);
    for (int c = 0; c < cols; ++c) {
        const std::uint64_t *b = bits + std::size_t(c) * std::size_t(words);
        for (int w = 0; w < words; ++w)
            for (std::uint64_t word = b[w]; word; word &= word - 1)
                ws.regionCats[std::size_t(ws.fill[std::size_t(64 * w + std::countr_zero(word))]++)] = c;
    }

    // Density ω_rc = Σ_{j≠c} M_rj φ_jc / Σ_{j≠c} φ_jc: the rows of φ (off the diagonal)
    // of the region's RCA categories added up, eight regions at a time.
    out.density.resize(rows, cols);
    constexpr int kBlock = 8;
    ws.densityBlock.resize(std::size_t(kBlock) * std::size_t(stride));
    double *acc = ws.densityBlock.data();
    for (int r0 = 0; r0 < rows; r0 += kBlock) {
        const int n = std::min(kBlock, rows - r0);
        std::fill(acc, acc + std::size_t(n) * std::size_t(stride), 0.0);
        for (int k = 0; k < n; ++k) {
            const int begin = ws.regionStart[std::size_t(r0 + k)];
            addRows(acc + std::size_t(k) * std::size_t(stride), ws.phiOff.data(), ws.regionCats.data() + begin,
                    ws.regionStart[std::size_t(r0 + k) + 1] - begin, stride, stride);
        }
        for (int c = 0; c < cols; ++c) {
            double *o = out.density.col(c).data() + r0;
            const double inv = ws.invRelated(c);
            for (int k = 0; k < n; ++k)
                o[k] = acc[std::size_t(k) * std::size_t(stride) + std::size_t(c)] * inv;
        }
    }

    // ECI / PCI by the eigenvector method (complexity::eigenvector): regions with RCA
    // somewhere, categories with RCA somewhere.
    complexity::Result &result = out.complexity;
    result.eci.setConstant(rows, kNaN);
    result.pci.setConstant(cols, kNaN);
    result.eigenvalue = kNaN;
    ws.eciRegions.clear();
    ws.eciCats.clear();
    ws.catIndex.assign(std::size_t(cols), -1);
    for (int r = 0; r < rows; ++r)
        if (ws.regionStart[std::size_t(r) + 1] > ws.regionStart[std::size_t(r)])
            ws.eciRegions.push_back(r);
    for (int c = 0; c < cols; ++c)
        if (ws.ubiquity(c) > 0.0) {
            ws.catIndex[std::size_t(c)] = int(ws.eciCats.size());
            ws.eciCats.push_back(c);
        }
    const int p = int(ws.eciCats.size()), nr = int(ws.eciRegions.size());
    if (p < 2 || nr < 2) {
        ws.eigenvectorValid = false;
        return;
    }
    // S = U^-½ Mᵀ D⁻¹ M U^-½ (lower triangle from each region's list, then mirrored).
    Eigen::MatrixXd &s = ws.gram;
    s.setZero(p, p);
    ws.compactDiversity.resize(nr);
    ws.compactUbiquity.resize(p);
    for (int k = 0; k < p; ++k)
        ws.compactUbiquity(k) = ws.ubiquity(ws.eciCats[std::size_t(k)]);
    // Each region's categories as indices of the compact space (every category with
    // RCA somewhere is in it), then S_ab += 1 / d_r over pairs a ≤ b of the list.
    ws.compactCats.resize(ws.regionCats.size());
    for (std::size_t i = 0; i < ws.regionCats.size(); ++i)
        ws.compactCats[i] = ws.catIndex[std::size_t(ws.regionCats[i])];
    const int *cats = ws.compactCats.data();
    for (int k = 0; k < nr; ++k) {
        const int r = ws.eciRegions[std::size_t(k)];
        const int begin = ws.regionStart[std::size_t(r)], end = ws.regionStart[std::size_t(r) + 1];
        ws.compactDiversity(k) = double(end - begin);
        const double w = 1.0 / double(end - begin);
        for (int a = begin; a < end; ++a) {
            double *column = s.col(cats[a]).data();
            for (int b = a; b < end; ++b)
                column[cats[b]] += w;
        }
    }
    s.triangularView<Eigen::StrictlyUpper>() = s.transpose();
    ws.invSqrtU = ws.compactUbiquity.cwiseSqrt().cwiseInverse();
    s = ws.invSqrtU.asDiagonal() * s * ws.invSqrtU.asDiagonal();

    // The top eigenvector, ∝ U^½ 1 (eigenvalue 1: S U^½ 1 = U^-½ Mᵀ D⁻¹ M 1 = U^½ 1).
    Eigen::VectorXd &topVector = ws.top;
    topVector = ws.compactUbiquity.cwiseSqrt();
    topVector.normalize();
    Eigen::VectorXd &v = ws.q;
    v.resize(p);
    if (ws.eigenvectorValid)
        for (int k = 0; k < p; ++k)
            v(k) = ws.lastEigenvector(ws.eciCats[std::size_t(k)]);
    else
        v = Eigen::VectorXd::LinSpaced(p, 1.0, 2.0);
    double lambda = kNaN;
    if (!lanczos(s, topVector, v, ws.padded, ws.basis, ws.lanczosAlpha, ws.lanczosBeta, ws.work, ws.h, ws.triVector,
                 ws.triPivots, lambda)) {
        // The reference path (dense eigensolver) on the 0/1 matrix.
        result = complexity::eigenvector(out.rca);
        ws.eigenvectorValid = false;
        ++ws.fallbacks;
        return;
    }
    ws.lastEigenvector.setZero(cols);
    for (int k = 0; k < p; ++k)
        ws.lastEigenvector(ws.eciCats[std::size_t(k)]) = v(k);
    ws.eigenvectorValid = true;

    // ECI = D⁻¹ M U^-½ v, signed to correlate positively with diversity.
    const Eigen::VectorXd qv = ws.invSqrtU.cwiseProduct(v);
    Eigen::VectorXd &eci = ws.eci;
    eci.resize(nr);
    for (int k = 0; k < nr; ++k) {
        const int r = ws.eciRegions[std::size_t(k)];
        double sum = 0.0;
        for (int a = ws.regionStart[std::size_t(r)]; a < ws.regionStart[std::size_t(r) + 1]; ++a)
            sum += qv(ws.compactCats[std::size_t(a)]);
        eci(k) = (1.0 / ws.compactDiversity(k)) * sum;
    }
    const double meanDiversity = ws.compactDiversity.mean(), meanEci = eci.mean();
    double dot = 0.0;
    for (int k = 0; k < nr; ++k)
        dot += (eci(k) - meanEci) * (ws.compactDiversity(k) - meanDiversity);
    if (dot < 0.0)
        eci = -eci;
    result.eigenvalue = lambda;
    if (!standardise(eci.data(), nr))
        return;
    Eigen::VectorXd &pci = ws.pci;
    pci.setZero(p);
    for (int k = 0; k < nr; ++k) {
        const int r = ws.eciRegions[std::size_t(k)];
        for (int a = ws.regionStart[std::size_t(r)]; a < ws.regionStart[std::size_t(r) + 1]; ++a)
            pci(ws.compactCats[std::size_t(a)]) += eci(k);
    }
    pci = pci.cwiseQuotient(ws.compactUbiquity);
    const bool pciOk = standardise(pci.data(), p);
    for (int k = 0; k < nr; ++k)
        result.eci(ws.eciRegions[std::size_t(k)]) = eci(k);
    if (pciOk)
        for (int k = 0; k < p; ++k)
            result.pci(ws.eciCats[std::size_t(k)]) = pci(k);
}

// similarity::peers, vectorised over the candidate regions (same sums, same order).
void peersOf(Calculator::Year &out, Calculator::Workspace &ws, const CalculatorOptions &options)
{
    out.peers.clear();
    const Eigen::MatrixXd &lq = out.lq;
    const int rows = int(lq.rows()), cols = int(lq.cols());
    const int a = options.peerRegion;
    if (a < 0 || a >= rows)
        return;
    const bool centre = options.peerMethod == similarity::Method::Correlation;
    ws.peerN.setZero(rows);
    ws.peerSa.setZero(rows);
    ws.peerSb.setZero(rows);
    ws.peerXy.setZero(rows);
    ws.peerXx.setZero(rows);
    ws.peerYy.setZero(rows);
    double *n = ws.peerN.data(), *xy = ws.peerXy.data(), *xx = ws.peerXx.data(), *yy = ws.peerYy.data();
    peerSums(lq.data(), rows, cols, a, centre, n, ws.peerSa.data(), ws.peerSb.data(), xy, xx, yy);
    std::vector<similarity::Peer> &list = ws.peerList;
    list.clear();
    for (int r = 0; r < rows; ++r) {
        if (r == a || n[r] < 2.0 || !(xx[r] > 0.0) || !(yy[r] > 0.0))
            continue;
        list.push_back({r, xy[r] / std::sqrt(xx[r] * yy[r])});
    }
    auto better = [](const similarity::Peer &p, const similarity::Peer &q) {
        return p.score > q.score || (p.score == q.score && p.region < q.region);
    };
    const int count = options.peerCount > 0 ? std::min(options.peerCount, int(list.size())) : int(list.size());
    std::partial_sort(list.begin(), list.begin() + count, list.end(), better);
    out.peers.assign(list.begin(), list.begin() + count);
}

// Claims the next year of a segment [front, back) packed as front << 32 | back: from the
// front when `forward`, else from the back. False when the two ends have met.
bool claimYear(std::atomic<std::uint64_t> &ends, bool forward, int &year)
{
    std::uint64_t current = ends.load(std::memory_order_relaxed);
    for (;;) {
        const std::uint64_t front = current >> 32, back = current & 0xffffffffu;
        if (front >= back)
            return false;
        const std::uint64_t next = forward ? (front + 1) << 32 | back : front << 32 | (back - 1);
        if (ends.compare_exchange_weak(current, next, std::memory_order_relaxed)) {
            year = int(forward ? front : back - 1);
            return true;
        }
    }
}

} // namespace

// Worker threads kept from one compute() to the next: starting a thread costs 0.1–0.3 ms
// on a virtual machine, a twentieth of the whole computation. run(job) runs job(0) on
// the calling thread and job(1 … n) on the workers, and returns when all are done.
// Waking a sleeping thread also goes through the host (an idle virtual CPU has to be
// scheduled back), so the workers poll for the next job for a while (kSpin) before
// they sleep, and run() polls for their end before it sleeps, as OpenMP runtimes do
// (GOMP_SPINCOUNT): back-to-back computations, as when a view recomputes live, hand
// over in microseconds; an idle calculator sleeps.
class Calculator::Workers
{
public:
    explicit Workers(int count)
    {
        for (int t = 1; t <= count; ++t)
            m_threads.emplace_back([this, t] { serve(t); });
    }
    ~Workers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop.store(true, std::memory_order_release);
        }
        m_wake.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }
    int count() const { return int(m_threads.size()); }
    void run(const std::function<void(int)> &job)
    {
        m_job = &job;
        m_pending.store(count(), std::memory_order_relaxed);
        {
            std::lock_guard lock(m_mutex); // a worker about to sleep sees the new generation
            m_generation.fetch_add(1, std::memory_order_release);
        }
        m_wake.notify_all();
        job(0);
        if (!poll([this] { return m_pending.load(std::memory_order_acquire) == 0; })) {
            std::unique_lock lock(m_mutex);
            m_done.wait(lock, [this] { return m_pending.load(std::memory_order_acquire) == 0; });
        }
        m_job = nullptr;
    }

private:
    static constexpr auto kSpin = std::chrono::microseconds(2000);

    // Polls ready() for up to kSpin; true once it holds.
    template <typename Ready> static bool poll(const Ready &ready)
    {
        const auto until = std::chrono::steady_clock::now() + kSpin;
        for (;;) {
            for (int i = 0; i < 64; ++i) {
                if (ready())
                    return true;
#if defined(__x86_64__) || defined(__i386__)
                __builtin_ia32_pause();
#endif
            }
            if (std::chrono::steady_clock::now() > until)
                return ready();
        }
    }

    void serve(int t)
    {
        unsigned seen = 0;
        for (;;) {
            auto ready = [&] {
                return m_stop.load(std::memory_order_acquire) ||
                       m_generation.load(std::memory_order_acquire) != seen;
            };
            if (!poll(ready)) {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, ready);
            }
            if (m_stop.load(std::memory_order_acquire))
                return;
            seen = m_generation.load(std::memory_order_acquire);
            (*m_job)(t);
            if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1) {
                { std::lock_guard lock(m_mutex); } // run() is polling, or waits under the mutex
                m_done.notify_one();
            }
        }
    }

    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    const std::function<void(int)> *m_job = nullptr;
    std::atomic<unsigned> m_generation{0};
    std::atomic<int> m_pending{0};
    std::atomic<bool> m_stop{false};
};

Calculator::Calculator(CalculatorOptions options) : m_options(std::move(options)) {}

Calculator::~Calculator() = default;

int Calculator::eigenvectorFallbacks() const
{
    int total = 0;
    for (const std::unique_ptr<Workspace> &ws : m_workspaces)
        total += ws->fallbacks;
    return total;
}

void Calculator::compute(const std::vector<Eigen::MatrixXd> &erc, const std::vector<Eigen::VectorXd> &er,
                         const std::vector<int> &years)
{
    const int count = int(erc.size());
    m_erc = &erc;
    m_er = er.size() == erc.size() ? &er : nullptr;
    m_calendar = years;
    if (int(m_calendar.size()) != count) {
        m_calendar.resize(std::size_t(count));
        std::iota(m_calendar.begin(), m_calendar.end(), 0);
    }
    m_years.resize(std::size_t(count));
    if (m_progressSize < std::size_t(count)) {
        m_progress = std::make_unique<std::atomic<int>[]>(std::size_t(count));
        m_progressSize = std::size_t(count);
    }
    m_changes.resize(std::size_t(std::max(0, count - 1)));
    if (count == 0) {
        m_periodCagr.resize(0, 0);
        m_growthCutoff.resize(0);
        return;
    }
    const int rows = int(erc[0].rows()), cols = int(erc[0].cols());

    int threads = m_options.threads;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, count);
    while (int(m_workspaces.size()) < threads)
        m_workspaces.push_back(std::make_unique<Workspace>());
    for (std::unique_ptr<Workspace> &ws : m_workspaces)
        ws->reset(rows, cols, m_options.reference);

    if (count >= 2)
        m_periodCagr.resize(rows, cols);
    else
        m_periodCagr.resize(0, 0);

    for (std::size_t y = 0; y < std::size_t(count); ++y)
        m_progress[y].store(0, std::memory_order_relaxed);
    if (threads == 1) {
        computeYears(0, count, *m_workspaces[0]);
        computeChanges(0, count - 1);
        computePeriodCagr();
        rateGrowth(*m_workspaces[0]);
        return;
    }
    // Years are handed out as the workers ask for them, so a worker on a faster or less
    // busy CPU takes more (virtual CPUs often run at different speeds). The years are
    // split into segments, one per pair of workers; within a segment one worker takes
    // years from the front, forwards, the other from the back, backwards, each carrying
    // its warm starts from one year to the next, until they meet. Then every worker takes
    // tasks from one queue: the period CAGR (a power per cell), the changes (each waits
    // for the region totals of its two years), and last the growth stars (waiting for the
    // last year and the period CAGR), each on an atomic flag set as soon as it is there.
    const int segments = (threads + 1) / 2;
    if (m_segmentCount < std::size_t(segments)) {
        m_segmentEnds = std::make_unique<std::atomic<std::uint64_t>[]>(std::size_t(segments));
        m_segmentCount = std::size_t(segments);
    }
    for (int g = 0, start = 0; g < segments; ++g) {
        const int workersBefore = std::min(threads, 2 * (g + 1)); // of this segment and those before
        const int end = int(std::int64_t(count) * workersBefore / threads);
        m_segmentEnds[std::size_t(g)].store(std::uint64_t(start) << 32 | std::uint64_t(end),
                                            std::memory_order_relaxed);
        start = end;
    }
    m_nextTask.store(0, std::memory_order_relaxed);
    m_periodReady.store(0, std::memory_order_relaxed);
    const std::function<void(int)> work = [this, count](int t) {
        Workspace &ws = *m_workspaces[std::size_t(t)];
        std::atomic<std::uint64_t> &ends = m_segmentEnds[std::size_t(t / 2)];
        const bool forward = t % 2 == 0;
        for (int y; claimYear(ends, forward, y);)
            computeYear(y, ws);
        // Tasks: 0 = period CAGR, 1 … count - 1 = change task - 1, count = growth stars.
        for (int task; (task = m_nextTask.fetch_add(1, std::memory_order_relaxed)) <= count;) {
            if (task == 0) {
                computePeriodCagr();
                m_periodReady.store(1, std::memory_order_release);
                m_periodReady.notify_all();
            } else if (task < count) {
                waitFor(task - 1, kTotalsReady);
                waitFor(task, kTotalsReady);
                computeChanges(task - 1, task);
            } else {
                waitFor(count - 1, kYearDone);
                m_periodReady.wait(0, std::memory_order_acquire);
                rateGrowth(ws);
            }
        }
    };
    if (!m_workers || m_workers->count() != threads - 1)
        m_workers = std::make_unique<Workers>(threads - 1);
    m_workers->run(work);
}

void Calculator::announce(int year, int stage)
{
    std::atomic<int> &flag = m_progress[std::size_t(year)];
    flag.store(stage, std::memory_order_release);
    flag.notify_all();
}

void Calculator::waitFor(int year, int stage) const
{
    const std::atomic<int> &flag = m_progress[std::size_t(year)];
    for (int seen = flag.load(std::memory_order_acquire); seen < stage; seen = flag.load(std::memory_order_acquire))
        flag.wait(seen, std::memory_order_acquire);
}

// CAGR from the first to the last year (growth::cagr(first, last, years)); m_periodCagr
// sized by compute().
void Calculator::computePeriodCagr()
{
    const std::vector<Eigen::MatrixXd> &erc = *m_erc;
    if (erc.size() < 2)
        return;
    const Eigen::MatrixXd &e0 = erc.front(), &e1 = erc.back();
    const int rows = int(e0.rows());
    const double span = double(m_calendar.back() - m_calendar.front());
    for (int c = 0; c < int(e0.cols()); ++c) {
        const double *a = e0.col(c).data(), *b = e1.col(c).data();
        double *g = m_periodCagr.col(c).data();
        if (!(span > 0.0)) {
            std::fill(g, g + rows, kNaN);
        } else if (span == 1.0) {
            for (int r = 0; r < rows; ++r)
                g[r] = (a[r] > 0.0 && b[r] >= 0.0) ? b[r] / a[r] - 1.0 : kNaN;
        } else {
            const double exponent = 1.0 / span;
            for (int r = 0; r < rows; ++r)
                g[r] = (a[r] > 0.0 && b[r] >= 0.0) ? std::pow(b[r] / a[r], exponent) - 1.0 : kNaN;
        }
    }
}

// Growth stars on the last year, rated on the period CAGR (StarRating with growth).
void Calculator::rateGrowth(Workspace &ws)
{
    if (m_years.size() < 2) {
        m_growthCutoff.resize(0);
        return;
    }
    const int rows = int(m_periodCagr.rows()), cols = int(m_periodCagr.cols());
    m_growthCutoff.resize(cols);
    Year &last = m_years.back();
    const StarParameters &p = m_options.stars;
    for (int c = 0; c < cols; ++c) {
        const double *g = m_periodCagr.col(c).data();
        const double cut = ws.cutoff(g, p.growthTopShare, kNaN);
        m_growthCutoff(c) = cut;
        const double low = cut - p.robustnessMargin * std::abs(cut);
        const double high = cut + p.robustnessMargin * std::abs(cut);
        std::uint8_t *s = last.stars.col(c).data(), *rb = last.robust.col(c).data();
        for (int r = 0; r < rows; ++r) {
            const double x = g[r];
            const bool positive = x > 0.0;
            const bool awarded = positive & (x >= cut);
            const bool unsure = positive & (x >= low) & (x < high);
            s[r] |= std::uint8_t(awarded * StarRating::kGrowth);
            rb[r] |= std::uint8_t(!unsure * StarRating::kGrowth);
        }
    }
}

void Calculator::computeChanges(int first, int last)
{
    const std::vector<Eigen::MatrixXd> &erc = *m_erc;
    const std::vector<int> &rowsRef = m_workspaces[0]->refRows;
    const bool allRows = m_options.reference.empty();
    for (int y = first; y < last; ++y) {
        const Eigen::MatrixXd &e0 = erc[std::size_t(y)], &e1 = erc[std::size_t(y + 1)];
        const Eigen::VectorXd &er0 = m_years[std::size_t(y)].regionTotals;
        const Eigen::VectorXd &er1 = m_years[std::size_t(y + 1)].regionTotals;
        const int rows = int(e0.rows()), cols = int(e0.cols());
        Change &out = m_changes[std::size_t(y)];
        growth::ShiftShare &ss = out.shiftShare;
        out.cagr.resize(rows, cols);
        ss.actual.resize(rows, cols);
        ss.reference.resize(rows, cols);
        ss.industryMix.resize(rows, cols);
        ss.competitive.resize(rows, cols);
        ss.categoryGrowth.resize(cols);
        // growth::shiftShare: totals over the reference regions known in both years.
        double total0 = 0.0, total1 = 0.0;
        auto addTotal = [&](int r) {
            const bool known = !std::isnan(er0(r)) & !std::isnan(er1(r));
            total0 += known ? er0(r) : 0.0;
            total1 += known ? er1(r) : 0.0;
        };
        if (allRows)
            for (int r = 0; r < rows; ++r)
                addTotal(r);
        else
            for (int r : rowsRef)
                addTotal(r);
        const double g = total0 > 0.0 ? total1 / total0 - 1.0 : kNaN;
        ss.referenceGrowth = g;
        const double years = double(m_calendar[std::size_t(y + 1)] - m_calendar[std::size_t(y)]);
        const double exponent = years > 0.0 ? 1.0 / years : kNaN;
        for (int c = 0; c < cols; ++c) {
            const double *a = e0.col(c).data(), *b = e1.col(c).data();
            double s0 = 0.0, s1 = 0.0;
            if (allRows) {
                bothSums(a, b, rows, s0, s1);
            } else {
                for (int r : rowsRef) {
                    const bool known = !std::isnan(a[r]) & !std::isnan(b[r]);
                    s0 += known ? a[r] : 0.0;
                    s1 += known ? b[r] : 0.0;
                }
            }
            const double gc = s0 > 0.0 ? s1 / s0 - 1.0 : kNaN;
            ss.categoryGrowth(c) = gc;
            changeColumn(a, b, rows, g, gc, years, exponent, ss.actual.col(c).data(), ss.reference.col(c).data(),
                         ss.industryMix.col(c).data(), ss.competitive.col(c).data(), out.cagr.col(c).data());
        }
    }
}

void Calculator::computeYears(int first, int last, Workspace &ws)
{
    for (int y = first; y < last; ++y)
        computeYear(y, ws);
}

// Every measure of year y; ws carries the warm starts from the year it did before.
void Calculator::computeYear(int y, Workspace &ws)
{
    const Eigen::MatrixXd &e = (*m_erc)[std::size_t(y)];
    Year &out = m_years[std::size_t(y)];
    const int rows = int(e.rows()), cols = int(e.cols());
    const std::vector<int> &refRows = ws.refRows;
    const bool allRows = ws.allRows;
    const StarParameters &params = m_options.stars;

    // e_r, E.
    if (m_er) {
        out.regionTotals = (*m_er)[std::size_t(y)];
    } else {
        out.regionTotals.setZero(rows);
        Eigen::VectorXd &counts = ws.krugmanUsed;
        counts.setZero(rows);
        rowSums(e.data(), rows, cols, out.regionTotals.data(), counts.data());
        for (int r = 0; r < rows; ++r)
            if (counts(r) == 0.0)
                out.regionTotals(r) = kNaN;
    }
    announce(y, kTotalsReady);
    const Eigen::VectorXd &er = out.regionTotals;
    const double *erp = er.data();
    double total = 0.0;
    for (int r : refRows)
        total += std::isnan(er(r)) ? 0.0 : er(r);
    out.total = total;
    ws.erDen = (er.array() == 0.0).select(kNaN, er.array()).matrix();
    const double *erDen = ws.erDen.data();
    bool negativeTotal = false; // a reference region with e_r < 0: focus ≠ Lorenz keys
    for (int r : refRows)
        negativeTotal |= er(r) < 0.0;

    out.categoryTotals.resize(cols);
    out.share.resize(rows, cols);
    out.focus.resize(rows, cols);
    out.lq.resize(rows, cols);
    out.logLq.resize(rows, cols);
    out.symmetricLq.resize(rows, cols);
    out.stars.resize(rows, cols);
    out.robust.resize(rows, cols);
    out.sizeCutoff.resize(cols);
    out.focusCutoff.resize(cols);
    out.krugman.setZero(rows);
    out.herfindahlRegions.setZero(rows);
    out.herfindahlCategories.resize(cols);
    out.hoover.resize(cols);
    out.locationalGini.resize(cols);
    out.rca.resize(rows, cols);
    ws.krugmanUsed.setZero(rows);
    double *krug = out.krugman.data(), *used = ws.krugmanUsed.data();
    double *hhiR = out.herfindahlRegions.data();

    const std::size_t nRef = refRows.size();
    ws.keys.resize(nRef);
    if (!ws.orderValid) {
        for (int c = 0; c < cols; ++c)
            std::copy(refRows.begin(), refRows.end(), ws.order.begin() + std::ptrdiff_t(std::size_t(c) * nRef));
    }
    const int words = (rows + 63) / 64;
    ws.bits.assign(std::size_t(words) * std::size_t(cols), 0);
    const double rcaThreshold = m_options.rcaThreshold;

    for (int c = 0; c < cols; ++c) {
        const double *v = e.col(c).data();
        // E_c as measures::referenceTotals sums it; the Hoover totals over the
        // regions reporting both e_rc and e_r.
        double ec = 0.0, ecBoth = 0.0, totalBoth = 0.0;
        if (allRows) {
            columnSums(v, erp, rows, ec, ecBoth, totalBoth);
        } else {
            for (int r : refRows) {
                ec += std::isnan(v[r]) ? 0.0 : v[r];
                const bool known = !std::isnan(v[r]) & !std::isnan(erp[r]);
                ecBoth += known ? v[r] : 0.0;
                totalBoth += known ? erp[r] : 0.0;
            }
        }
        out.categoryTotals(c) = ec;
        // measures::locationQuotient: E_c / E, zero → NaN.
        const double refShare = (std::isnan(ec) || std::isnan(total) || total == 0.0) ? kNaN : ec / total;
        ColumnInputs in;
        in.v = v;
        in.erDen = erDen;
        in.refDen = refShare == 0.0 ? kNaN : refShare;
        in.ecInverse = ec == 0.0 ? kNaN : 1.0 / ec;
        in.sc = total > 0.0 ? ec / total : kNaN; // Krugman's s_c
        in.hasSc = !std::isnan(in.sc);
        double *share = out.share.col(c).data(), *focus = out.focus.col(c).data();
        double *lq = out.lq.col(c).data();
        columnMeasures(in, rows, focus, lq, share, out.symmetricLq.col(c).data(), krug, used, hhiR);
        logArray(lq, out.logLq.col(c).data(), rows);

        // Herfindahl of the category, Hoover.
        double hhi = 0.0, hoover = 0.0;
        if (allRows) {
            columnConcentration(v, erp, share, rows, ecBoth, totalBoth, hhi, hoover);
        } else {
            for (int r : refRows) {
                const double s = share[r];
                hhi += std::isnan(v[r]) ? 0.0 : s * s;
                const bool known = !std::isnan(v[r]) & !std::isnan(erp[r]);
                const double term = std::abs(v[r] / ecBoth - erp[r] / totalBoth);
                hoover += known ? term : 0.0;
            }
        }
        out.herfindahlCategories(c) = ec > 0.0 ? hhi : kNaN;
        out.hoover(c) = (ecBoth > 0.0 && totalBoth > 0.0) ? 0.5 * hoover : kNaN;

        // Locational Gini: the regions sorted by e_rc / e_r, starting from last
        // year's order of this category, so each bucket of the counting sort is
        // nearly in order already and the insertion sort after it moves little.
        int *order = ws.order.data() + std::size_t(c) * nRef;
        double *keys = ws.keys.data();
        std::size_t unsorted = 0; // keys of +inf, sorted last
        for (std::size_t i = 0; i < nRef; ++i) {
            // e_rc / e_r where e_r > 0 is the focus value already computed.
            const int r = order[i];
            const double f = focus[r];
            keys[i] = (f == f && erp[r] > 0.0) ? f : kInf;
            unsorted += keys[i] == kInf;
        }
        sortKeys(keys, order, int(nRef), ws.sortScratch);
        const std::size_t valid = nRef - unsorted;
        ws.lorenzY.resize(valid);
        ws.lorenzW.resize(valid);
        for (std::size_t i = 0; i < valid; ++i) {
            ws.lorenzY[i] = v[order[i]];
            ws.lorenzW[i] = erp[order[i]];
        }
        double sum = 0.0, ecValid = 0.0, totalValid = 0.0;
        lorenzSum(ws.lorenzY.data(), ws.lorenzW.data(), int(valid), sum, ecValid, totalValid);
        out.locationalGini(c) =
            (ecValid > 0.0 && totalValid > 0.0) ? 1.0 - sum / (totalValid * ecValid) : kNaN;

        // Stars (StarRating): size and focus cut-offs, specialisation LQ ≥ 2.
        const double sizeCut = ws.cutoff(v, params.sizeTopShare, ws.lastSizeCutoff(c));
        double focusCut;
        if (!negativeTotal && valid > 0 && keys[valid - 1] != kInf) {
            // The known focus values are the Lorenz keys, already sorted.
            const int k = topCount(params.focusTopShare, int(valid));
            focusCut = keys[valid - std::size_t(k)];
        } else {
            focusCut = ws.cutoff(focus, params.focusTopShare, ws.lastFocusCutoff(c));
        }
        ws.lastSizeCutoff(c) = sizeCut;
        ws.lastFocusCutoff(c) = focusCut;
        out.sizeCutoff(c) = sizeCut;
        out.focusCutoff(c) = focusCut;
        const double m = params.robustnessMargin;
        StarCuts cut;
        cut.size = sizeCut;
        cut.sizeLow = sizeCut - m * std::abs(sizeCut);
        cut.sizeHigh = sizeCut + m * std::abs(sizeCut);
        cut.spec = params.specialisationMinLq;
        cut.specLow = cut.spec - m * std::abs(cut.spec);
        cut.specHigh = cut.spec + m * std::abs(cut.spec);
        cut.focus = focusCut;
        cut.focusLow = focusCut - m * std::abs(focusCut);
        cut.focusHigh = focusCut + m * std::abs(focusCut);
        cut.rca = rcaThreshold;
        columnStars(v, lq, focus, rows, cut, out.stars.col(c).data(), out.robust.col(c).data(),
                    out.rca.col(c).data());
        std::uint64_t *bits = ws.bits.data() + std::size_t(c) * std::size_t(words);
        for (int w = 0; w < words; ++w) {
            std::uint64_t word = 0;
            const int n = std::min(64, rows - 64 * w);
            for (int k = 0; k < n; ++k)
                word |= std::uint64_t(lq[64 * w + k] >= rcaThreshold) << k;
            bits[w] = word;
        }
    }
    ws.orderValid = true;
    for (int r = 0; r < rows; ++r) {
        if (used[r] == 0.0 || !(erp[r] > 0.0))
            krug[r] = kNaN;
        if (!(erp[r] > 0.0))
            hhiR[r] = kNaN;
    }

    relatednessAndComplexity(out, ws, rows, cols, words);
    peersOf(out, ws, m_options);
    announce(y, kYearDone);
}

} // namespace cs
