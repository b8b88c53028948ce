// Figures for the edge store (docs/benchmarks.md, "Edge store"). A benchmark, not a test: it prints what it
// measured and asserts nothing.
//   store_benchmark [--dir DIR] [--reports N] [--adds N]
//   store_benchmark --write-jsonl FILE [--reports N]   (only writes N reports as JSON lines, for timing
//                                                       `lampid-edge-cli import --jsonl FILE` itself)
// DIR (default: a new folder under /tmp) must be on the disk being measured; it is left behind for
// inspection when given, removed otherwise.
#include <sqlite3.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "crypto/init.h"
#include "domain/report_json.h"
#include "domain/test_reports.h"
#include "store/store.h"

namespace {

using namespace lampid;
using Timer = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr char kPassphrase[] = "kata sandi benchmark kantor";
constexpr size_t kBatch = 2000;  // what `import --jsonl` uses

double Ms(Timer::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

template <typename T>
T Must(Result<T> r, const char* what) {
  if (!r.ok()) {
    std::cerr << what << ": " << r.status().ToString() << '\n';
    std::exit(1);
  }
  return std::move(r).value();
}

void Must(const Status& s, const char* what) {
  if (!s.ok()) {
    std::cerr << what << ": " << s.ToString() << '\n';
    std::exit(1);
  }
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Env {
  std::string dir;
  std::shared_ptr<const domain::RegionTable> regions;
  store::Store::Options Options(const std::string& name) const {
    store::Store::Options o;
    o.data_dir = dir + "/" + name;
    o.regions = regions;
    return o;
  }
};

std::unique_ptr<store::Store> NewStore(const Env& env, const std::string& name) {
  Must(store::Store::Init(env.Options(name), {"32.73.05", "bench", kPassphrase}), "init");
  auto s = Must(store::Store::Open(env.Options(name)), "open");
  Must(s->Unlock("bench", kPassphrase), "unlock");
  return s;
}

int64_t FileSize(const std::string& path) {
  std::error_code ec;
  const auto n = fs::file_size(path, ec);
  return ec ? 0 : static_cast<int64_t>(n);
}

// SQLite's own durable-commit rate on this disk right now: one small row per transaction, WAL,
// synchronous=FULL (the ceiling any durable single add can reach).
double BareCommitsPerSecond(const std::string& path, int commits) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t(a INTEGER PRIMARY KEY, b BLOB)",
               nullptr, nullptr, nullptr);
  const auto t0 = Timer::now();
  for (int i = 0; i < commits; ++i) {
    sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO t(b) VALUES (randomblob(700)); COMMIT", nullptr, nullptr, nullptr);
  }
  const double ms = Ms(Timer::now() - t0);
  sqlite3_close(db);
  return commits * 1000.0 / ms;
}

void Header() {
  utsname u{};
  uname(&u);
  std::ifstream cpu("/proc/cpuinfo");
  std::string line, model;
  while (std::getline(cpu, line)) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  std::printf("machine: %s, %ld cores, %s %s\n", model.c_str(), sysconf(_SC_NPROCESSORS_ONLN), u.sysname, u.release);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, jsonl;
  int64_t reports = 100000;
  int64_t adds = 3000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--dir") dir = argv[i + 1];
    if (a == "--reports") reports = std::atoll(argv[i + 1]);
    if (a == "--adds") adds = std::atoll(argv[i + 1]);
    if (a == "--write-jsonl") jsonl = argv[i + 1];
  }
  if (!jsonl.empty()) {
    std::ofstream out(jsonl, std::ios::trunc);
    for (int64_t i = 0; i < reports; ++i) out << domain::ReportToJsonText(domain::testing::VariedReport(i)) << '\n';
    return out ? 0 : 1;
  }
  const bool keep = !dir.empty();
  if (dir.empty()) dir = (fs::temp_directory_path() / ("lampid-store-bench-" + std::to_string(getpid()))).string();
  fs::create_directories(dir);
  Must(crypto::InitCrypto(), "crypto");
  Env env{dir, Must(domain::RegionTable::LoadBuiltin(), "regions")};
  Header();
  std::printf("folder: %s\n\n", dir.c_str());

  // ---- Unlock (Argon2id, interactive limits) ----
  {
    NewStore(env, "unlock");
    std::vector<double> t;
    for (int i = 0; i < 7; ++i) {
      auto s = Must(store::Store::Open(env.Options("unlock")), "open");
      const auto t0 = Timer::now();
      Must(s->Unlock("bench", kPassphrase), "unlock");
      t.push_back(Ms(Timer::now() - t0));
    }
    std::printf("unlock (Argon2id, opslimit=2 memlimit=64MiB)     %8.1f ms   median of 7\n", Median(t));
  }

  // ---- Durable single adds: each AddReport its own committed, fsync'd transaction ----
  // The disk is shared, so its fsync latency drifts: rounds of bare SQLite commits and store adds are
  // interleaved, and both medians are printed.
  {
    auto s = NewStore(env, "adds");
    const int rounds = 5;
    const int64_t per_round = std::max<int64_t>(1, adds / rounds);
    std::vector<double> bare, ours;
    int64_t index = 0;
    for (int round = 0; round < rounds; ++round) {
      bare.push_back(BareCommitsPerSecond(dir + "/bare.db", static_cast<int>(per_round)));
      std::vector<domain::Report> pre;
      for (int64_t i = 0; i < per_round; ++i) pre.push_back(domain::testing::VariedReport(index++));
      const auto t0 = Timer::now();
      for (auto& r : pre) Must(s->AddReport(std::move(r)).status, "add");
      ours.push_back(per_round * 1000.0 / Ms(Timer::now() - t0));
    }
    std::printf("SQLite bare durable commits on this disk now      %8.0f commits/s (median of %d rounds; ",
                Median(bare), rounds);
    for (double b : bare) std::printf("%.0f ", b);
    std::printf(")\n");
    std::printf("durable single adds (synchronous=FULL)            %8.0f adds/s   (median of %d rounds of %lld; ",
                Median(ours), rounds, static_cast<long long>(per_round));
    for (double o : ours) std::printf("%.0f ", o);
    std::printf(") = %.0f%% of bare\n", 100 * Median(ours) / Median(bare));
  }

  // ---- Bulk import: batches of 2,000 in one transaction each ----
  auto big = NewStore(env, "big");
  {
    std::vector<std::vector<domain::Report>> batches;
    for (int64_t i = 0; i < reports; i += kBatch) {
      std::vector<domain::Report> b;
      for (int64_t j = i; j < std::min<int64_t>(reports, i + static_cast<int64_t>(kBatch)); ++j) {
        b.push_back(domain::testing::VariedReport(j));
      }
      batches.push_back(std::move(b));
    }
    const auto t0 = Timer::now();
    for (auto& b : batches) {
      for (const auto& r : big->AddReports(std::move(b))) Must(r.status, "import");
    }
    const double ms = Ms(Timer::now() - t0);
    std::printf("bulk import, store API (validate+seal+index)     %8.2f s   for %lld reports (%.0f reports/s)\n",
                ms / 1000, static_cast<long long>(reports), reports * 1000.0 / ms);
  }
  {
    // What `import --jsonl` does per line on top: parse the JSON.
    auto s = NewStore(env, "jsonl");
    std::vector<std::string> lines;
    for (int64_t i = 0; i < reports; ++i) lines.push_back(domain::ReportToJsonText(domain::testing::VariedReport(i)));
    const auto t0 = Timer::now();
    std::vector<domain::Report> b;
    auto flush = [&] {
      for (const auto& r : s->AddReports(std::move(b))) Must(r.status, "import");
      b.clear();
    };
    for (const auto& line : lines) {
      auto parsed = domain::ParseReportJson(line);
      b.push_back(std::move(parsed.report));
      if (b.size() == kBatch) flush();
    }
    flush();
    const double ms = Ms(Timer::now() - t0);
    std::printf("bulk import incl. JSON parsing (= import --jsonl) %7.2f s   for %lld reports (%.0f reports/s)\n",
                ms / 1000, static_cast<long long>(reports), reports * 1000.0 / ms);
  }

  // ---- Size on disk ----
  const std::string big_db = env.Options("big").data_dir + "/edge.db";
  big.reset();  // last connection: checkpoints the WAL into the file
  {
    const int64_t bytes = FileSize(big_db);
    std::printf("bytes on disk per report (queued, with outbox)    %8.0f B   (%.1f MiB for %lld)\n",
                static_cast<double>(bytes) / reports, bytes / 1048576.0, static_cast<long long>(reports));
  }

  // ---- Open + first page at full size ----
  {
    std::vector<double> open_ms, page_ms, summary_ms, unlock_ms;
    for (int i = 0; i < 5; ++i) {
      const auto t0 = Timer::now();
      auto s = Must(store::Store::Open(env.Options("big")), "open");
      const auto t1 = Timer::now();
      auto summaries = Must(s->ListReports({.limit = 50, .with_content = false}), "summaries");
      const auto t2 = Timer::now();
      Must(s->Unlock("bench", kPassphrase), "unlock");
      const auto t3 = Timer::now();
      auto page = Must(s->ListReports({.limit = 50}), "page");
      const auto t4 = Timer::now();
      if (page.items.size() != 50 || summaries.items.size() != 50) std::exit(1);
      open_ms.push_back(Ms(t1 - t0));
      summary_ms.push_back(Ms(t2 - t1));
      unlock_ms.push_back(Ms(t3 - t2));
      page_ms.push_back(Ms(t4 - t3));
    }
    std::printf("open store (%lld reports)                     %8.2f ms   median of 5, file in the OS cache\n",
                static_cast<long long>(reports), Median(open_ms));
    std::printf("first page, 50 reports decrypted                  %8.2f ms\n", Median(page_ms));
    std::printf("open + first page (without unlock)                %8.2f ms\n", Median(open_ms) + Median(page_ms));
    std::printf("  first page of summaries only (locked)           %8.2f ms\n", Median(summary_ms));
    std::printf("  unlock on that store (reported separately)      %8.1f ms\n", Median(unlock_ms));
  }

  // ---- The sync engine's view at full size ----
  {
    auto s = Must(store::Store::Open(env.Options("big")), "open");
    Must(s->Unlock("bench", kPassphrase), "unlock");
    auto t0 = Timer::now();
    auto counts = Must(s->CountBySyncState(), "counts");
    std::printf("count by sync state (%lld queued)               %8.2f ms\n", static_cast<long long>(counts.queued),
                Ms(Timer::now() - t0));
    t0 = Timer::now();
    auto pending = Must(s->PendingChanges(100), "pending");
    std::printf("pending changes, first 100 of %lld              %8.2f ms\n", static_cast<long long>(counts.queued),
                Ms(Timer::now() - t0));
    // Acknowledge everything, as after a full sync, in batches of 500 per transaction.
    t0 = Timer::now();
    store::ListQuery q{.limit = 1000, .with_content = false, .oldest_first = true};
    int64_t acked = 0;
    while (true) {
      auto page = Must(s->ListReports(q), "list");
      std::vector<store::VersionRef> refs;
      for (const auto& item : page.items) refs.push_back({item.summary.id, item.summary.version});
      for (size_t i = 0; i < refs.size(); i += 500) {
        std::vector<store::VersionRef> part(refs.begin() + static_cast<long>(i),
                                            refs.begin() + static_cast<long>(std::min(refs.size(), i + 500)));
        Must(s->Acknowledge(part), "ack");
      }
      acked += static_cast<int64_t>(refs.size());
      if (page.next_cursor == 0) break;
      q.after = page.next_cursor;
    }
    std::printf("acknowledge all (batches of 500)                  %8.2f s   (%.0f acks/s)\n",
                Ms(Timer::now() - t0) / 1000, acked * 1000.0 / Ms(Timer::now() - t0));
    for (int i = 0; i < 10; ++i) Must(s->AddReport(domain::testing::VariedReport(reports + i)).status, "add");
    std::vector<double> t;
    for (int i = 0; i < 5; ++i) {
      t0 = Timer::now();
      pending = Must(s->PendingChanges(100), "pending");
      t.push_back(Ms(Timer::now() - t0));
    }
    std::printf("pending changes, 10 pending among %lld          %8.3f ms   (index of pending reports only)\n",
                static_cast<long long>(reports + 10), Median(t));
    t0 = Timer::now();
    auto found = Must(s->FindByNik(domain::testing::VariedReport(12345).kematian().deceased().nik()), "find");
    std::printf("find by NIK (blind index)                         %8.3f ms   (%zu reports)\n", Ms(Timer::now() - t0),
                found.size());
    t0 = Timer::now();
    auto named = Must(s->SearchByName("zzz tidak ada", 50), "search");
    std::printf("search by name, no match (decrypts everything)    %8.0f ms\n", Ms(Timer::now() - t0));
    t0 = Timer::now();
    const int64_t n = Must(s->CountReports(), "count");
    std::printf("count all reports (%lld)                        %8.2f ms\n", static_cast<long long>(n),
                Ms(Timer::now() - t0));
    t0 = Timer::now();
    Must(s->Backup(dir + "/big-backup.lampid"), "backup");
    std::printf("backup (VACUUM INTO, fsync)                       %8.2f s   (%.1f MiB)\n", Ms(Timer::now() - t0) / 1000,
                FileSize(dir + "/big-backup.lampid") / 1048576.0);
  }
  {
    const int64_t compact = FileSize(dir + "/big-backup.lampid");
    std::printf("bytes per report, acknowledged, compacted (backup) %7.0f B\n",
                static_cast<double>(compact) / (reports + 10));
  }
  if (!keep) fs::remove_all(dir);
  return 0;
}
