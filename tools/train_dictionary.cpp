// Developer tool: trains the zstd dictionary that sync payloads are compressed with
// (sync-protocol/dictionaries/reports.zdict), from reports of the synthetic population across many
// kecamatan. Run when the report format changes a lot; the result is committed and compiled into both sides.
//
//   train_dictionary OUT.zdict [SAMPLES=20000] [DICT_BYTES=32768]
#include <sodium.h>
#include <zdict.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/civil_time.h"
#include "domain/region_table.h"
#include "lampid/sync/v1/sync.pb.h"
#include "population/report_generator.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: train_dictionary OUT.zdict [SAMPLES] [DICT_BYTES]\n";
    return 2;
  }
  const size_t samples = argc > 2 ? std::stoul(argv[2]) : 20000;
  const size_t dict_bytes = argc > 3 ? std::stoul(argv[3]) : 32768;
  if (sodium_init() < 0) return 1;
  auto regions = lampid::domain::RegionTable::LoadBuiltin();
  if (!regions.ok()) return 1;
  auto population = lampid::population::Population::Create({}, *regions);
  if (!population.ok()) {
    std::cerr << population.status().ToString() << '\n';
    return 1;
  }
  const int64_t now = *lampid::ParseTimestamp("2026-11-01T00:00:00Z");
  std::string buffer;
  std::vector<size_t> sizes;
  const auto kecamatan = (*population)->Kecamatan();
  for (size_t i = 0; sizes.size() < samples; ++i) {
    // Spread over the whole country: every 37th kecamatan, 20 reports each.
    const auto& kec = kecamatan[(i * 37) % kecamatan.size()];
    auto gen = lampid::population::ReportGenerator::Create(*population, kec.code, 1000 + i, now);
    if (!gen.ok()) continue;
    for (auto& g : gen->Generate(20)) {
      // A sample is one Change as it travels in a push batch.
      lampid::sync::v1::Change change;
      change.set_report_id(g.report.id());
      change.set_version("0000019a7f3c2b10-0000-" + g.report.id().substr(0, 8));
      *change.mutable_report() = g.report;
      std::string bytes;
      change.SerializeToString(&bytes);
      buffer += bytes;
      sizes.push_back(bytes.size());
    }
  }
  std::string dict(dict_bytes, '\0');
  const size_t n = ZDICT_trainFromBuffer(dict.data(), dict.size(), buffer.data(), sizes.data(),
                                         static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(n)) {
    std::cerr << "training failed: " << ZDICT_getErrorName(n) << '\n';
    return 1;
  }
  dict.resize(n);
  std::ofstream(argv[1], std::ios::binary) << dict;
  std::cout << "trained a " << n << "-byte dictionary (id " << ZDICT_getDictID(dict.data(), dict.size()) << ") on "
            << sizes.size() << " reports, " << buffer.size() / sizes.size() << " bytes each on average\n";
  return 0;
}
