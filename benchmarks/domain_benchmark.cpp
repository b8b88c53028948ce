// The domain library's costs: loading the built-in region table (goal: well under 100 ms), checking a NIK,
// validating a report, parsing a report's JSON. Google Benchmark; prints figures.
#include <benchmark/benchmark.h>

#include "core/civil_time.h"
#include "domain/nik.h"
#include "domain/region_table.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"

namespace {

using namespace lampid;
using namespace lampid::domain;

const std::shared_ptr<const RegionTable>& Regions() {
  static const auto table = *RegionTable::LoadBuiltin();
  return table;
}

constexpr const char* kReport = R"({"kind":"kelahiran","kecamatan_code":"32.73.05","desa_code":"32.73.05.1001",
 "kelahiran":{"child_name":"Siti Aminah","child_sex":"perempuan","birth_date":"2026-11-20","birth_time":"08:30",
 "time_zone":"wib","birth_place":"RSUD Kota Bandung","place_type":"rs_rb","birth_type":"tunggal","birth_order":2,
 "attendant":"dokter","weight_grams":3200,"length_cm":49.5,
 "mother":{"nik":"3273055203950001","name":"Dewi Lestari","birth_date":"1995-03-12","citizenship":"wni"},
 "father":{"nik":"3273050107920002","name":"Budi Santoso","birth_date":"1992-07-01","citizenship":"wni"},
 "reporter":{"nik":"3273050107920002","name":"Budi Santoso","relation":"ayah"},
 "witnesses":[{"nik":"3273051508800003","name":"Asep Sunandar"},{"nik":"3273054710850004","name":"Euis Komariah"}],
 "kk_number":"3273051006150001"}})";

void BM_LoadRegionTable(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(RegionTable::LoadBuiltin());
}
BENCHMARK(BM_LoadRegionTable)->Unit(benchmark::kMillisecond);

void BM_CheckNik(benchmark::State& state) {
  const auto today = DateAt(1795600800000, 9 * 60);
  for (auto _ : state) {
    ProblemList p;
    benchmark::DoNotOptimize(CheckNik("3273055203950001", *Regions(), today, "nik", p));
  }
}
BENCHMARK(BM_CheckNik);

void BM_ParseReportJson(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ParseReportJson(kReport));
}
BENCHMARK(BM_ParseReportJson);

void BM_ValidateReport(benchmark::State& state) {
  const Report r = ParseReportJson(kReport).report;
  for (auto _ : state) benchmark::DoNotOptimize(ValidateReport(r, {*Regions(), 1795600800000}));
}
BENCHMARK(BM_ValidateReport);

void BM_SearchDesaByName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Regions()->Search("sukamaju", RegionLevel::kDesa));
}
BENCHMARK(BM_SearchDesaByName)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
