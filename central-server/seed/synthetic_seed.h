#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "central-server/core/central_store.h"
#include "core/result.h"
#include "domain/region_table.h"

namespace lampid::central {

struct SyntheticSeedOptions {
  uint64_t seed = 1;
  int64_t reports = 1'000'000;          // spread evenly over every kecamatan of the region table
  int64_t population_size = 1'000'000;  // the synthetic population the reports are about
  int64_t now_ms = 0;                   // "now"; events lie up to `days_back` days before it
  int days_back = 300;
  size_t reports_per_transaction = 10'000;
  double edge_share = 0.97;   // kecamatan with an enrolled edge device (the rest have none)
  double stale_share = 0.05;  // of the edges, those whose last sync was 8–60 days ago
};

struct SyntheticSeedResult {
  int64_t reports = 0;
  int64_t devices = 0;
  int64_t kecamatan = 0;
};

// A bulk path that fills a central store with realistic data for benchmarks and demos, without the sync
// protocol or the verification queue: for every kecamatan, reports from the population's ReportGenerator;
// each verified in process against the simulator's Registry (the same answers lampid-dukcapil-sim gives for
// the same seed and size); then moved on the way people would move it — most registered (with real
// registration and SKPWNI numbers), some approved and waiting for the kab/kota, some rejected, some still
// waiting for Dukcapil (queued for verification). Reports reach the server a few days after their event and
// are registered a few days after that.
//
// Everything goes through CentralTxn in large transactions: a content event and, when the state moved on, a
// state event per report (so `admin audit verify` and `admin rebuild` hold), the statistics and state
// counts maintained as on any save. Edge devices are enrolled through enrollment codes and marked as seen
// (app version, backlog, last push); a share of kecamatan has none and a share of edges is stale.
// Duplicate detection is skipped (no person index). Deterministic for a seed and `now_ms`.
//
// FailedPrecondition when the store already holds reports: synthetic data is never mixed into real data.
// `progress` (may be empty) is called after each transaction with the number of reports stored so far.
Result<SyntheticSeedResult> SeedSynthetic(CentralStore& store,
                                          std::shared_ptr<const domain::RegionTable> regions,
                                          const SyntheticSeedOptions& options,
                                          const std::function<void(int64_t)>& progress = {});

}  // namespace lampid::central
