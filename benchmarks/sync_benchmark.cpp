// Issue "Delta sync over gRPC", benchmark: in one run, over loopback —
//   1. push 100,000 reports (mixed kinds) edge → server → durable,
//   2. an incremental sync after editing one field in 1,000 of them,
//   3. a sync with nothing to do,
// counting bytes on an open connection without TLS (a byte-counting TCP proxy between edge and server),
// with a fresh TLS connection's cost on its own line; and the same reports as JSON over HTTP/1.1 with gzip,
// batched the same way, into SQLite (durable), as the baseline a team would otherwise write.
//
//   sync_benchmark [--reports N] [--batch N] [--edits N]
// Prints figures; asserts nothing. Run from the release preset (see docs/benchmarks.md).
#include <httplib.h>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "domain/report_json.h"
#include "store/store.h"
#include "support/forwarding_transport.h"
#include "support/subprocess.h"
#include "support/tcp_proxy.h"
#include "sync/sync_engine.h"
#include "kecamatan_reports.h"

namespace {

using namespace lampid;
using Steady = std::chrono::steady_clock;

double Seconds(Steady::time_point a, Steady::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// Bytes a process has caused to be written to storage so far (write_bytes of /proc/PID/io; 0 where there is none).
double WrittenBytes(int pid) {
  std::FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/io").c_str(), "r");
  if (!f) return 0;
  char line[256];
  unsigned long long bytes = 0;
  while (std::fgets(line, sizeof line, f)) {
    if (std::sscanf(line, "write_bytes: %llu", &bytes) == 1) break;
  }
  std::fclose(f);
  return static_cast<double>(bytes);
}

// CPU seconds (user + system) a process has used so far, from /proc (0 where there is none).
double CpuSeconds(int pid) {
  std::FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
  if (!f) return 0;
  char buf[1024];
  const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  buf[n] = '\0';
  // Fields 14 and 15 (utime, stime), counted after the command name's closing parenthesis (field 2).
  const char* p = std::strrchr(buf, ')');
  if (!p) return 0;
  unsigned long long utime = 0, stime = 0;
  if (std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2) return 0;
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// Counts round trips (one per RPC) on the way to the real transport.
class CountingTransport final : public lampid::testing::ForwardingTransport {
 public:
  using ForwardingTransport::ForwardingTransport;
  Result<sync::syncpb::EnrollResponse> Enroll(const sync::syncpb::EnrollRequest& r) override {
    ++calls;
    return ForwardingTransport::Enroll(r);
  }
  Result<sync::syncpb::PushResponse> Push(const sync::syncpb::SignedRequest& r) override {
    ++calls;
    ++pushes;
    const auto a = std::chrono::steady_clock::now();
    auto out = ForwardingTransport::Push(r);
    push_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
    return out;
  }
  Result<sync::syncpb::PullResponse> Pull(const sync::syncpb::SignedRequest& r) override {
    ++calls;
    return ForwardingTransport::Pull(r);
  }
  Result<sync::syncpb::LoginResponse> Login(const sync::syncpb::LoginRequest& r) override {
    ++calls;
    return ForwardingTransport::Login(r);
  }
  int calls = 0;
  int pushes = 0;
  double push_seconds = 0;  // time waiting for push answers (server work + transfer)
};

struct Line {
  std::string what;
  double seconds;
  size_t reports;
  uint64_t up, down;
  int round_trips;
};

void Print(const Line& l) {
  const uint64_t total = l.up + l.down;
  std::printf("%-44s %8.2f s %9.0f rep/s %9llu B up %9llu B down %8.1f B/rep %5d round trips\n", l.what.c_str(),
              l.seconds, l.seconds > 0 ? static_cast<double>(l.reports) / l.seconds : 0.0,
              static_cast<unsigned long long>(l.up), static_cast<unsigned long long>(l.down),
              l.reports ? static_cast<double>(total) / static_cast<double>(l.reports) : static_cast<double>(total),
              l.round_trips);
}

// The baseline: POST /reports with a gzip'd JSON array per batch; the server inserts the batch into SQLite in
// one durable transaction (WAL, synchronous=FULL) and answers with the ids it stored.
class JsonBaselineServer {
 public:
  explicit JsonBaselineServer(const std::string& db_path) {
    sqlite3_open(db_path.c_str(), &db_);
    sqlite3_exec(db_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                      "CREATE TABLE reports(id TEXT PRIMARY KEY, body TEXT NOT NULL)",
                 nullptr, nullptr, nullptr);
    server_.Post("/reports", [this](const httplib::Request& req, httplib::Response& res) {
      const auto batch = nlohmann::json::parse(req.body);
      sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr);
      sqlite3_stmt* st = nullptr;
      sqlite3_prepare_v2(db_, "INSERT OR REPLACE INTO reports(id, body) VALUES(?, ?)", -1, &st, nullptr);
      nlohmann::json ids = nlohmann::json::array();
      for (const auto& r : batch) {
        const std::string id = r["id"];
        const std::string body = r.dump();
        sqlite3_bind_text(st, 1, id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, body.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_reset(st);
        ids.push_back(id);
      }
      sqlite3_finalize(st);
      sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
      res.set_content(ids.dump(), "application/json");
    });
    server_.set_read_timeout(120, 0);
    server_.set_write_timeout(120, 0);
    server_.set_payload_max_length(size_t{1} << 30);
    server_.set_keep_alive_max_count(1000000);  // one connection for the whole run, like the gRPC side
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~JsonBaselineServer() {
    server_.stop();
    thread_.join();
    sqlite3_close(db_);
  }
  int port() const { return port_; }

 private:
  sqlite3* db_ = nullptr;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace

int main(int argc, char** argv) {
  size_t n = 100000, batch = 500, edits = 1000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--reports") n = std::stoul(argv[i + 1]);
    if (a == "--batch") batch = std::stoul(argv[i + 1]);
    if (a == "--edits") edits = std::stoul(argv[i + 1]);
  }
  if (sodium_init() < 0) return 1;
  testing::TempDir dir;
  auto regions = *domain::RegionTable::LoadBuiltin();
  SystemClock clock;

  size_t repeated = 0;
  std::vector<domain::Report> reports = bench::KecamatanReports(n, regions, clock.NowMillis(), &repeated);

  // The server: a real lampid-central process on a fresh SQLite database.
  const int port = testing::FreeTcpPort();
  const std::string central = LAMPID_CENTRAL;
  const std::string db = "sqlite:" + dir.File("central.db");
  testing::BackgroundProcess server({central, "--listen", "127.0.0.1:" + std::to_string(port), "--db", db,
                                     "--insecure-loopback", "--log-level", "warn"},
                                    {}, dir.File("server.log"));
  testing::WaitForPort(port);
  const auto code_out = testing::RunProcess({central, "admin", "enroll-code", "--db", db, "--kecamatan", "32.73.05"});
  const std::string code = code_out.out.substr(code_out.out.rfind('\n', code_out.out.size() - 2) + 1, 14);

  // The edge: a store with every report queued.
  store::Store::Options so;
  so.data_dir = dir.File("edge");
  so.regions = regions;
  auto init = store::Store::Init(so, {"32.73.05", "bench", "kata-sandi-bench"});
  auto store = std::move(*store::Store::Open(so));
  (void)store->Unlock("bench", "kata-sandi-bench");
  testing::TcpProxy proxy(port);
  sync::TransportOptions to;
  to.target = proxy.target();
  to.insecure_loopback = true;
  auto grpc = *sync::MakeGrpcTransport(to);
  CountingTransport transport(*grpc);
  sync::SyncEngine::Options eo;
  eo.push_batch = batch;
  sync::SyncEngine engine(*store, transport, syncwire::PayloadCodec::Builtin(), clock, eo);
  (void)engine.Enroll(code);
  // Open the connection and settle the handshake before counting (the baseline gets the same).
  (void)engine.SyncOnce();
  for (size_t i = 0; i < reports.size(); i += 5000) {
    std::vector<domain::Report> chunk(reports.begin() + static_cast<long>(i),
                                      reports.begin() + static_cast<long>(std::min(reports.size(), i + 5000)));
    store->AddReports(std::move(chunk));
  }


  std::printf("machine: %u cores; reports: %zu (mixed kinds, %zu bytes of serialized report on average); batch %zu\n",
              std::thread::hardware_concurrency(), n, [&] {
                size_t b = 0;
                for (const auto& r : reports) b += r.ByteSizeLong();
                return b / reports.size();
              }(), batch);
  std::printf("reports naming a mother or a deceased person that an earlier report also names: %zu\n", repeated);
  std::printf("%-44s %10s %13s %14s %16s %11s %17s\n", "", "wall", "", "", "", "", "");

  // 1. The push of everything (the pull that follows is measured apart).
  proxy.ResetCounters();
  transport.calls = 0;
  Steady::time_point push_end{};
  uint64_t up_at_push_end = 0, down_at_push_end = 0;
  int calls_at_push_end = 0;
  const int self = static_cast<int>(getpid());
  const double edge_cpu0 = CpuSeconds(self), server_cpu0 = CpuSeconds(server.pid());
  double edge_cpu = 0, server_cpu = 0;
  const double edge_written0 = WrittenBytes(self), server_written0 = WrittenBytes(server.pid());
  double edge_written = 0, server_written = 0;
  const auto t0 = Steady::now();
  auto r1 = engine.SyncOnce([&](const sync::SyncProgress& p) {
    if (p.phase == sync::SyncProgress::Phase::kPush) {
      push_end = Steady::now();
      edge_cpu = CpuSeconds(self) - edge_cpu0;
      server_cpu = CpuSeconds(server.pid()) - server_cpu0;
      edge_written = WrittenBytes(self) - edge_written0;
      server_written = WrittenBytes(server.pid()) - server_written0;
      up_at_push_end = proxy.bytes_up();
      down_at_push_end = proxy.bytes_down();
      calls_at_push_end = transport.calls;
    }
  });
  const auto t1 = Steady::now();
  if (!r1.ok()) {
    std::cerr << r1.status().ToString() << '\n';
    return 1;
  }
  Print({"push " + std::to_string(n) + " reports (signed, durable)", Seconds(t0, push_end), r1->pushed, up_at_push_end,
         down_at_push_end, calls_at_push_end});
  std::printf("  of which waiting for the server's push answers: %.2f s\n", transport.push_seconds);
  // Both processes share this machine's cores: their sum against the wall time says how busy it was.
  std::printf("  CPU: edge (this process) %.2f s = %.0f us/report, server %.2f s = %.0f us/report\n", edge_cpu,
              edge_cpu * 1e6 / static_cast<double>(n), server_cpu, server_cpu * 1e6 / static_cast<double>(n));
  // Written to storage (the databases and their write-ahead logs), counted by the kernel when the pages leave.
  std::printf("  written to disk: edge %.0f MB = %.1f KB/report, server %.0f MB = %.1f KB/report\n", edge_written / 1e6,
              edge_written / 1e3 / static_cast<double>(n), server_written / 1e6,
              server_written / 1e3 / static_cast<double>(n));
  Print({"  then pull their server state", Seconds(push_end, t1), r1->pulled, proxy.bytes_up() - up_at_push_end,
         proxy.bytes_down() - down_at_push_end, transport.calls - calls_at_push_end});

  // 2. One field edited in `edits` reports.
  auto page = *store->ListReports({.limit = edits});
  size_t single_field = 0;
  for (auto& item : page.items) {
    domain::Report edited = item.report;
    edited.set_desa_code(edited.desa_code());  // unchanged envelope
    if (edited.has_kelahiran()) {
      edited.mutable_kelahiran()->set_birth_place(edited.kelahiran().birth_place() + " (koreksi)");
    } else if (edited.has_kematian()) {
      edited.mutable_kematian()->set_death_place(edited.kematian().death_place() + " (koreksi)");
    } else {
      auto* m = edited.has_kepindahan() ? edited.mutable_kepindahan() : edited.mutable_kedatangan();
      m->mutable_origin()->set_street(m->origin().street() + " (koreksi)");
    }
    // Editing an acknowledged report needs a correction request; simulate the server's by applying its state.
    domain::pb::ServerState state;
    state.set_workflow_state(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN);
    state.set_updated_at("2099-01-01T00:00:00.000Z");
    (void)store->ApplyServerState(item.summary.id, state);
    auto saved = store->EditReport(item.summary.id, edited);
    if (saved.ok() && saved.changed_paths.size() == 1) ++single_field;
  }
  // The server must accept the edits: return the same reports there too.
  std::printf("edited %zu reports, %zu of them as exactly one field path\n", page.items.size(), single_field);
  proxy.ResetCounters();
  transport.calls = 0;
  const auto t2 = Steady::now();
  auto r2 = engine.SyncOnce();
  const auto t3 = Steady::now();
  if (!r2.ok()) {
    std::cerr << r2.status().ToString() << '\n';
    return 1;
  }
  Print({"incremental: " + std::to_string(edits) + " one-field edits", Seconds(t2, t3), r2->pushed, proxy.bytes_up(),
         proxy.bytes_down(), transport.calls});
  std::printf("  outcomes: accepted %zu, refused %zu, rejected %zu, conflicts %zu\n", r2->accepted, r2->refused,
              r2->rejected, r2->conflicts);

  // 3. Nothing to do.
  proxy.ResetCounters();
  transport.calls = 0;
  const auto t4 = Steady::now();
  auto r3 = engine.SyncOnce();
  const auto t5 = Steady::now();
  Print({"sync with nothing to do", Seconds(t4, t5), 0, proxy.bytes_up(), proxy.bytes_down(), transport.calls});

  // A fresh TLS connection's cost on its own line.
  {
    const auto certs = testing::RunProcess({LAMPID_MAKE_CERTS, dir.File("certs"), "localhost", "127.0.0.1"});
    const int tls_port = testing::FreeTcpPort();
    testing::BackgroundProcess tls_server({central, "--listen", "127.0.0.1:" + std::to_string(tls_port), "--db", db,
                                           "--cert", dir.File("certs/server.pem"), "--key", dir.File("certs/server-key.pem"),
                                           "--log-level", "warn"},
                                          {}, dir.File("tls.log"));
    testing::WaitForPort(tls_port);
    testing::TcpProxy tls_proxy(tls_port);
    sync::TransportOptions tto;
    tto.target = "localhost:" + std::to_string(tls_proxy.port());
    tto.ca_file = dir.File("certs/ca.pem");
    auto tls = *sync::MakeGrpcTransport(tto);
    CountingTransport counting(*tls);
    sync::SyncEngine tls_engine(*store, counting, syncwire::PayloadCodec::Builtin(), clock, eo);
    const auto a = Steady::now();
    auto r = tls_engine.SyncOnce();
    const auto b = Steady::now();
    if (!r.ok()) std::cerr << "tls: " << r.status().ToString() << '\n';
    Print({"fresh TLS connection + sync with nothing to do", Seconds(a, b), 0, tls_proxy.bytes_up(),
           tls_proxy.bytes_down(), counting.calls});
  }

  // The baseline: the same reports as the edge holds them (ids, timestamps, operator), as JSON, gzip'd,
  // batched the same way, into SQLite, durable.
  reports.clear();
  for (int64_t after = 0;;) {
    auto listed = store->ListReports({.limit = 1000, .after = after, .oldest_first = true});
    if (!listed.ok()) break;
    for (auto& item : listed->items) reports.push_back(std::move(item.report));
    if (listed->next_cursor == 0) break;
    after = listed->next_cursor;
  }
  {
    JsonBaselineServer baseline(dir.File("baseline.db"));
    testing::TcpProxy bproxy(baseline.port());
    httplib::Client cli("127.0.0.1", bproxy.port());
    cli.set_compress(true);  // gzip request bodies
    cli.set_decompress(true);
    cli.set_keep_alive(true);
    cli.set_read_timeout(120, 0);  // a 5,000-report batch may take longer than the 5 s default
    cli.set_write_timeout(120, 0);
    cli.Post("/reports", "[]", "application/json");  // open the connection first, like the gRPC side
    bproxy.ResetCounters();
    const auto a = Steady::now();
    int requests = 0;
    for (size_t i = 0; i < reports.size(); i += batch) {
      std::string body = "[";
      for (size_t j = i; j < std::min(reports.size(), i + batch); ++j) {
        if (j > i) body += ',';
        body += domain::ReportToJsonText(reports[j]);
      }
      body += ']';
      auto res = cli.Post("/reports", body, "application/json");
      ++requests;
      if (!res || res->status != 200) {
        std::cerr << "baseline request failed: " << (res ? std::to_string(res->status) : httplib::to_string(res.error())) << "\n";
        return 1;
      }
    }
    const auto b = Steady::now();
    const Line base{"baseline JSON/HTTP1.1+gzip push (durable)", Seconds(a, b), n, bproxy.bytes_up(),
                    bproxy.bytes_down(), requests};
    Print(base);
    const double ours = static_cast<double>(up_at_push_end + down_at_push_end) / static_cast<double>(n);
    const double theirs = static_cast<double>(base.up + base.down) / static_cast<double>(n);
    std::printf("ratios: bytes/report ours/baseline = %.2f; reports/s ours/baseline = %.2f\n", ours / theirs,
                (static_cast<double>(n) / Seconds(t0, push_end)) / (static_cast<double>(n) / base.seconds));
  }
  return 0;
}
