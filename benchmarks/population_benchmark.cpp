// Synthetic population and report generator throughput.
//   build/release/benchmarks/population_benchmark
#include <benchmark/benchmark.h>

#include "core/civil_time.h"
#include "domain/report_json.h"
#include "population/report_generator.h"

namespace lampid::population {
namespace {

std::shared_ptr<const Population> Pop() {
  static const auto pop = [] {
    PopulationConfig c;
    return *Population::Create(c, *domain::RegionTable::LoadBuiltin());
  }();
  return pop;
}

const int64_t kNow = *ParseTimestamp("2026-11-25T08:30:00Z");

void BM_CreatePopulation(benchmark::State& state) {
  const auto regions = *domain::RegionTable::LoadBuiltin();
  for (auto _ : state) {
    PopulationConfig c;
    benchmark::DoNotOptimize(Population::Create(c, regions));
  }
}
BENCHMARK(BM_CreatePopulation)->Unit(benchmark::kMillisecond);

void BM_GetHousehold(benchmark::State& state) {
  const auto pop = Pop();
  uint64_t i = 0;
  for (auto _ : state) {
    const int k = static_cast<int>(Mix64(i++) % 7277);
    benchmark::DoNotOptimize(pop->GetHousehold(k, static_cast<int>(i % static_cast<uint64_t>(pop->HouseholdCount(k)))));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GetHousehold);

void BM_FindByNik(benchmark::State& state) {
  const auto pop = Pop();
  std::vector<std::string> niks;
  for (int k = 0; k < 7277; k += 7) {
    for (const auto& p : pop->GetHousehold(k, 0).members) niks.push_back(p.nik);
  }
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(pop->FindByNik(niks[i++ % niks.size()]));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FindByNik);

void BM_GenerateReports(benchmark::State& state) {
  auto gen = *ReportGenerator::Create(Pop(), "32.73.05", 1, kNow);
  for (auto _ : state) benchmark::DoNotOptimize(gen.NextEvent());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GenerateReports);

// What `lampid-edge-cli gen` does per report: generate and write the permanent JSON.
void BM_GenerateReportsAsJson(benchmark::State& state) {
  auto gen = *ReportGenerator::Create(Pop(), "32.73.05", 1, kNow);
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& g : gen.NextEvent()) bytes += domain::ReportToJsonText(g.report).size() + 1;
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_GenerateReportsAsJson);

}  // namespace
}  // namespace lampid::population

BENCHMARK_MAIN();
