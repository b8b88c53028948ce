#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>

namespace lampid::population {

// Deterministic pseudo-random numbers for the synthetic population and the report generator.
//
// Everything here is plain integer arithmetic (no <random> distributions, whose results differ between
// standard libraries, and no libm), so a seed gives the same people and reports on every platform and
// compiler. Not for cryptography.

// Mixes 64 bits into 64 well-distributed bits (the SplitMix64 finaliser).
constexpr uint64_t Mix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A hash of several values, order-sensitive: the seed of one household, one event, one stream.
constexpr uint64_t HashOf(std::initializer_list<uint64_t> parts) {
  uint64_t h = 0x6a09e667f3bcc908ULL;
  for (uint64_t p : parts) h = Mix64(h ^ Mix64(p));
  return h;
}

// A small generator (SplitMix64). Cheap to create, so each household and each event has its own, seeded
// from a hash of what identifies it; one instance is not thread-safe, separate instances are independent.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n); n > 0. (Multiply-shift: the bias is below 2^-32, irrelevant here.)
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(((Next() >> 32) * n) >> 32); }

  // Uniform in [lo, hi], inclusive; lo <= hi.
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint32_t>(hi - lo + 1))); }

  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }

  // True with probability p.
  bool Chance(double p) { return Unit() < p; }

  // Roughly normal (sum of four uniforms, so within mean ± 3.46 sd): enough for weights and ages.
  double Normal(double mean, double sd) {
    const double s = Unit() + Unit() + Unit() + Unit() - 2.0;  // variance 1/3
    return mean + sd * s * 1.7320508075688772;
  }

  // One element of a non-empty span.
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(static_cast<uint32_t>(items.size()))];
  }

  // An index chosen with the given non-negative weights (not all zero).
  size_t Weighted(std::span<const double> weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = Unit() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  uint64_t state_;
};

}  // namespace lampid::population
