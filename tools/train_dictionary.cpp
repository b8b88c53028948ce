// Developer tool: trains the zstd dictionary that sync payloads are compressed with
// (sync-protocol/dictionaries/reports.zdict), from reports of the synthetic population across many
// kecamatan. Run when the report format or the push body encoding changes; the result is committed and
// compiled into both sides. A sample is a push body as it travels (syncwire/push_body.h): half of them
// small batches (plain messages), half larger ones (column form). The dictionary matters most for small
// batches, which are the usual sync of an office with a working link.
//
//   train_dictionary OUT.zdict [SAMPLES=4000] [DICT_BYTES=32768]
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
#include "core/hlc.h"
#include "core/uuid.h"
#include "population/report_generator.h"
#include "syncwire/push_body.h"

using lampid::syncwire::kColumnsFrom;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: train_dictionary OUT.zdict [SAMPLES] [DICT_BYTES]\n";
    return 2;
  }
  const size_t samples = argc > 2 ? std::stoul(argv[2]) : 4000;
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
    // Spread over the whole country: every 37th kecamatan, one batch each.
    const auto& kec = kecamatan[(i * 37) % kecamatan.size()];
    auto gen = lampid::population::ReportGenerator::Create(*population, kec.code, 1000 + i, now);
    if (!gen.ok()) continue;
    // Ids, versions and timestamps as an edge store gives them: minutes apart, one node per batch.
    const std::string node = lampid::NewUuidV7(now);
    int64_t t = now + static_cast<int64_t>(i) * 3'600'000;
    lampid::sync::v1::PushBody body;
    body.set_batch_id(lampid::NewUuidV7(t));
    // Alternately a small batch (sent as a plain message) and a larger one (in column form).
    const size_t count = i % 2 == 0 ? 1 + (i / 2) % (kColumnsFrom - 1) : kColumnsFrom + (i / 2) % 48;
    for (auto& g : gen->Generate(count)) {
      t += 1000 + static_cast<int64_t>((i * 7919) % 600'000);
      auto* change = body.add_changes();
      change->set_report_id(lampid::NewUuidV7(t));
      change->set_version(lampid::HlcTimestamp{t, 0, node}.ToString());
      g.report.set_id(change->report_id());
      g.report.set_created_at(lampid::FormatTimestamp(t));
      g.report.set_updated_at(lampid::FormatTimestamp(t));
      *change->mutable_report() = std::move(g.report);
    }
    const std::string bytes = lampid::syncwire::EncodePushBody(body);  // picks the form by the batch size
    buffer += bytes;
    sizes.push_back(bytes.size());
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
            << sizes.size() << " push bodies, " << buffer.size() / sizes.size() << " bytes each on average\n";
  return 0;
}
