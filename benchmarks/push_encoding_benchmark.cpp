// Bytes per report of a push payload, by batch size: the plain serialized PushBody and the body as edges
// send it (syncwire::EncodePushBody: column form from 16 changes), each compressed as PayloadCodec does
// (zstd level 6, shipped dictionary), and the CPU cost of each step. The reports are the sync benchmark's
// (mixed kinds, one big kecamatan over ten years), with ids and timestamps given by a real edge store.
//
//   push_encoding_benchmark [--reports N]
// Prints figures; asserts nothing. Run from the release preset (see docs/benchmarks.md, "Delta sync").
#include <sodium.h>

#include <chrono>
#include <cstdio>

#include "core/clock.h"
#include "store/store.h"
#include "support/subprocess.h"
#include "syncwire/payload_codec.h"
#include "syncwire/push_body.h"
#include "kecamatan_reports.h"

namespace {

using namespace lampid;
using Steady = std::chrono::steady_clock;

double Micros(Steady::time_point a, Steady::time_point b) {
  return std::chrono::duration<double, std::micro>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = 10000;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--reports") n = std::stoul(argv[i + 1]);
  }
  if (sodium_init() < 0) return 1;
  testing::TempDir dir;
  auto regions = *domain::RegionTable::LoadBuiltin();
  SystemClock clock;
  store::Store::Options so;
  so.data_dir = dir.File("edge");
  so.regions = regions;
  if (!store::Store::Init(so, {"32.73.05", "bench", "kata-sandi-bench"}).ok()) return 1;
  auto store = std::move(*store::Store::Open(so));
  if (!store->Unlock("bench", "kata-sandi-bench").ok()) return 1;
  std::vector<domain::Report> reports = bench::KecamatanReports(n, regions, clock.NowMillis());
  for (size_t i = 0; i < reports.size(); i += 5000) {
    std::vector<domain::Report> chunk(reports.begin() + static_cast<long>(i),
                                      reports.begin() + static_cast<long>(std::min(reports.size(), i + 5000)));
    store->AddReports(std::move(chunk));
  }
  auto pending = store->PendingChanges(n);
  if (!pending.ok()) return 1;
  const auto codec = syncwire::PayloadCodec::Builtin();
  std::printf("reports: %zu; zstd level %d, dictionary %u\n", pending->size(), syncwire::kDefaultCompressionLevel,
              codec.preferred_dictionary_id());
  std::printf("per report: bytes of the compressed payload; CPU of the edge's side (encode, compress) and the\n"
              "server's (inflate + decode), plain form vs the form sent\n");
  std::printf("%6s %12s %12s %8s %14s %14s %14s %14s %14s\n", "batch", "plain B/rep", "sent B/rep", "form",
              "plain out us", "plain in us", "encode us", "compress us", "in+decode us");
  for (size_t batch : {1, 5, 15, 16, 50, 500, 2000}) {
    double plain_bytes = 0, plain_out_us = 0, plain_in_us = 0, sent_bytes = 0, encode_us = 0, compress_us = 0, decode_us = 0;
    size_t counted = 0;
    bool columns = false;
    for (size_t i = 0; i + batch <= std::min(pending->size(), std::max<size_t>(batch * 100, 4000)); i += batch) {
      sync::v1::PushBody body;
      body.set_batch_id("01a2144a-6a4d-749f-9188-e6f853120b66");
      body.set_compact_answers(true);
      for (size_t j = i; j < i + batch; ++j) {
        auto* c = body.add_changes();
        c->set_report_id((*pending)[j].report_id);
        c->set_version((*pending)[j].version);
        *c->mutable_report() = (*pending)[j].report;
      }
      // The plain form, for comparison: serialize + compress, inflate + parse.
      const auto p0 = Steady::now();
      const auto plain_payload = codec.Encode(body.SerializeAsString());
      const auto p1 = Steady::now();
      sync::v1::PushBody plain_back;
      if (!plain_back.ParseFromString(*codec.Decode(plain_payload))) return 1;
      const auto p2 = Steady::now();
      plain_bytes += static_cast<double>(plain_payload.data().size());
      plain_out_us += Micros(p0, p1);
      plain_in_us += Micros(p1, p2);
      const auto a = Steady::now();
      const std::string wire = syncwire::EncodePushBody(body);
      const auto b = Steady::now();
      const auto payload = codec.Encode(wire);
      const auto c = Steady::now();
      auto inflated = codec.Decode(payload);
      auto decoded = syncwire::DecodePushBody(*inflated, codec.max_uncompressed(), &columns);
      const auto d = Steady::now();
      if (!decoded.ok()) return 1;
      sent_bytes += static_cast<double>(payload.data().size());
      encode_us += Micros(a, b);
      compress_us += Micros(b, c);
      decode_us += Micros(c, d);
      counted += batch;
    }
    const double k = static_cast<double>(counted);
    std::printf("%6zu %12.1f %12.1f %8s %14.2f %14.2f %14.2f %14.2f %14.2f\n", batch, plain_bytes / k, sent_bytes / k,
                columns ? "columns" : "plain", plain_out_us / k, plain_in_us / k, encode_us / k, compress_us / k,
                decode_us / k);
  }
  return 0;
}
