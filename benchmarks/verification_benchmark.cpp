// Issue "Central server", benchmark: verification throughput against the Dukcapil simulator at 50 ms
// latency, by batching and concurrency, with the breaker closed. Reports are queued directly in a fresh
// store (as pushes would), then the VerificationWorker drains the queue against a real simulator process.
//
//   verification_benchmark [--reports N] [--latency-ms MS] [--threads T] [--batch REPORTS]
#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "central-server/core/event_chain.h"
#include "central-server/core/projection.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/verification_worker.h"
#include "central-server/grpc/dukcapil_grpc_client.h"
#include "core/hlc.h"
#include "dukcapil/person_queries.h"
#include "population/report_generator.h"
#include "support/subprocess.h"

using namespace lampid;

int main(int argc, char** argv) {
  int64_t n = 20000, latency = 50;
  size_t threads = 8, batch = 200;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--reports") n = std::stoll(argv[i + 1]);
    if (a == "--latency-ms") latency = std::stoll(argv[i + 1]);
    if (a == "--threads") threads = std::stoul(argv[i + 1]);
    if (a == "--batch") batch = std::stoul(argv[i + 1]);
  }
  if (sodium_init() < 0) return 1;
  testing::TempDir dir;
  SystemClock clock;
  auto regions = *domain::RegionTable::LoadBuiltin();
  auto store = std::move(*central::SqliteCentralStore::Open(dir.File("central.db")));

  // Queue n reports of 40 kecamatan, as accepted pushes would.
  auto population = *population::Population::Create({}, regions);
  population::GeneratorOptions gopts;
  gopts.unknown_share = 0.05;
  gopts.max_days_back = 365;
  const auto kecamatan = population->Kecamatan();
  int64_t queued = 0;
  size_t persons = 0;
  for (size_t k = 0; queued < n; k += 181) {
    auto gen = *population::ReportGenerator::Create(population, kecamatan[k % kecamatan.size()].code, k, clock.NowMillis(), gopts);
    auto txn = *store->BeginWrite();
    for (auto& g : gen.Generate(static_cast<size_t>(std::min<int64_t>(500, n - queued)))) {
      central::StoredReport r;
      r.content = std::move(g.report);
      r.version = HlcTimestamp{clock.NowMillis(), 0, "bench"}.ToString();
      r.first_version = r.version;
      r.dest_kecamatan_code = central::DestinationKecamatan(r.content);
      r.created_at_ms = r.updated_at_ms = clock.NowMillis();
      r.state.set_workflow_state(domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
      central::ReportEvent e;
      e.type = "content";
      e.version = e.pushed_version = r.version;
      r.content.SerializeToString(&e.payload);
      e.created_at_ms = r.created_at_ms;
      central::ChainEvent(r, e);
      (void)txn->SaveReport(r, e);
      (void)txn->EnqueueVerification(r.content.id(), r.version, r.created_at_ms);
      persons += dukcapil::PersonQueriesFromReport(r.content).size();
      ++queued;
    }
    (void)txn->Commit();
  }

  const int port = testing::FreeTcpPort();
  testing::BackgroundProcess sim({LAMPID_DUKCAPIL_SIM, "--listen", "127.0.0.1:" + std::to_string(port), "--latency-ms",
                                  std::to_string(latency)},
                                 {}, dir.File("sim.log"));
  testing::WaitForPort(port);
  auto client = central::MakeDukcapilGrpcClient("127.0.0.1:" + std::to_string(port));
  central::CircuitBreaker breaker(clock, {});
  central::VerificationWorker::Options wopts;
  wopts.threads = threads;
  wopts.reports_per_batch = batch;
  wopts.idle_poll = std::chrono::milliseconds(5);
  central::VerificationWorker worker(*store, *client, breaker, clock, wopts);
  const auto start = std::chrono::steady_clock::now();
  worker.Start();
  while (worker.metrics().reports_verified.load() < static_cast<uint64_t>(n)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  worker.Stop();
  std::printf("verified %lld reports (%zu persons asked about) against the simulator at %lld ms latency in %.2f s: "
              "%.0f reports/s, %.0f person checks/s; %llu Dukcapil calls (%zu reports each), %zu worker threads; "
              "breaker %s, %llu failed calls\n",
              static_cast<long long>(n), persons, static_cast<long long>(latency), seconds,
              static_cast<double>(n) / seconds, static_cast<double>(persons) / seconds,
              static_cast<unsigned long long>(worker.metrics().calls_ok.load()), batch, threads,
              std::string(central::CircuitBreaker::StateName(breaker.state())).c_str(),
              static_cast<unsigned long long>(worker.metrics().calls_failed.load()));
  return 0;
}
