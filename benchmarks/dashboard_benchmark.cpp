// Times every dashboard API call over HTTP on loopback against a filled central database (seed one with
// `lampid-central admin seed-synthetic --db sqlite:PATH --reports 1000000`). Prints a Markdown table of
// wall-clock times per call (first call, median, 95th percentile, max) and response sizes; asserts nothing.
//
//   dashboard_benchmark --db PATH [--repeat 30] [--no-writes]
//
// Adds three dashboard users if missing (bench.analis, bench.jabar, bench.pejabat) and, unless --no-writes,
// registers a few reports of Kota Bandung's review queue (to time the decision call).
#include <httplib.h>
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "central-server/core/sqlite_central_store.h"
#include "central-server/http/dashboard_server.h"
#include "domain/proto_json.h"

namespace {

using lampid::central::Role;
using lampid::central::User;
using Clock = std::chrono::steady_clock;
constexpr const char* kPassword = "bench-password-1";

struct Call {
  std::string label;
  std::string user;  // whose session
  std::string method;
  std::string path;
};

// CPU time of the whole process (server and client threads): steadier than wall time on a shared machine.
double ProcessCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timing {
  double first_ms = 0;
  std::vector<double> ms;
  std::vector<double> cpu_ms;
  size_t bytes = 0;
  int status = 0;
};

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  int repeat = 30;
  bool writes = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) {
      db = argv[++i];
    } else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--no-writes")) {
      writes = false;
    } else {
      std::cerr << "usage: dashboard_benchmark --db PATH [--repeat N] [--no-writes]\n";
      return 2;
    }
  }
  if (db.empty() || sodium_init() < 0) {
    std::cerr << "usage: dashboard_benchmark --db PATH [--repeat N] [--no-writes]\n";
    return 2;
  }
  auto store = lampid::central::SqliteCentralStore::Open(db);
  if (!store.ok()) {
    std::cerr << store.status().ToString() << '\n';
    return 1;
  }
  auto regions = lampid::domain::RegionTable::LoadBuiltin();
  lampid::SystemClock clock;
  const std::string hash = lampid::central::HashPassword(kPassword);
  for (const User& u : {User{"bench.analis", "Bench", Role::kAnalisPusat, "", hash, true},
                        User{"bench.jabar", "Bench", Role::kAnalisPusat, "32", hash, true},
                        User{"bench.pejabat", "Bench", Role::kPejabatKabKota, "32.73", hash, true}}) {
    if (!(*store)->PutUser(u, clock.NowMillis()).ok()) return 1;
  }
  const auto reports = (*store)->CountReports();
  std::cout << "database: " << db << " (" << (reports.ok() ? *reports : 0) << " reports)\n";

  lampid::central::http::DashboardOptions options;
  options.listen = "127.0.0.1:0";
  auto server = lampid::central::http::DashboardServer::Start(**store, *regions, clock, {}, options);
  if (!server.ok()) {
    std::cerr << server.status().ToString() << '\n';
    return 1;
  }
  httplib::Client client("127.0.0.1", (*server)->port());
  client.set_read_timeout(120, 0);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);

  std::map<std::string, std::string> cookies;
  Timing login;
  for (const char* user : {"bench.analis", "bench.jabar", "bench.pejabat"}) {
    const lampid::domain::Json body{{"user_id", user}, {"password", kPassword}};
    const auto start = Clock::now();
    auto r = client.Post("/api/login", body.dump(), "application/json");
    login.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!r || r->status != 200) {
      std::cerr << "login of " << user << " failed\n";
      return 1;
    }
    const std::string c = r->get_header_value("Set-Cookie");
    cookies[user] = c.substr(0, c.find(';'));
  }

  std::vector<Call> calls = {
      {"session", "bench.analis", "GET", "/api/session"},
      {"monthly totals, national", "bench.analis", "GET", "/api/stats/monthly"},
      {"monthly totals, province", "bench.jabar", "GET", "/api/stats/monthly?region=32"},
      {"monthly totals, kecamatan", "bench.jabar", "GET", "/api/stats/monthly?region=32.73.05"},
      {"monthly totals, national, CSV", "bench.analis", "GET", "/api/stats/monthly.csv"},
      {"demography, national", "bench.analis", "GET", "/api/stats/demography"},
      {"drill-down: 38 provinces", "bench.analis", "GET", "/api/stats/regions"},
      {"drill-down: kab/kota of Jawa Barat", "bench.jabar", "GET", "/api/stats/regions?region=32"},
      {"drill-down: kecamatan of Kota Bandung", "bench.jabar", "GET", "/api/stats/regions?region=32.73"},
      {"drill-down: kecamatan (leaf)", "bench.jabar", "GET", "/api/stats/regions?region=32.73.05"},
      {"drill-down, 3 months", "bench.analis", "GET", "/api/stats/regions?from=2026-06&to=2026-08"},
      {"drill-down: provinces, CSV", "bench.analis", "GET", "/api/stats/regions.csv"},
      {"timeliness, national", "bench.analis", "GET", "/api/stats/timeliness"},
      {"timeliness, kab/kota", "bench.jabar", "GET", "/api/stats/timeliness?region=32.73"},
      {"workflow states, national", "bench.analis", "GET", "/api/workflow/states"},
      {"workflow states, kab/kota", "bench.pejabat", "GET", "/api/workflow/states"},
      {"verification and breaker", "bench.analis", "GET", "/api/verification"},
      {"edge health: all 7,277 kecamatan", "bench.analis", "GET", "/api/edges/kecamatan"},
      {"edge health: not synced for 7 days", "bench.analis", "GET",
       "/api/edges/kecamatan?status=tidak_sinkron"},
      {"edge health: kecamatan without edge", "bench.analis", "GET",
       "/api/edges/kecamatan?status=tanpa_edge"},
      {"edge health: kecamatan, province", "bench.jabar", "GET", "/api/edges/kecamatan?region=32"},
      {"edge health: all devices", "bench.analis", "GET", "/api/edges"},
      {"edge health: all devices, CSV", "bench.analis", "GET", "/api/edges.csv"},
      {"review queue, 50 reports", "bench.pejabat", "GET", "/api/review?limit=50"},
      {"review queue, 200 reports", "bench.pejabat", "GET", "/api/review?limit=200"},
      {"review queue, CSV", "bench.pejabat", "GET", "/api/review.csv?limit=50"},
      {"/metrics (no login)", "", "GET", "/metrics"},
  };

  std::vector<std::pair<Call, Timing>> results;
  for (const auto& call : calls) {
    Timing t;
    httplib::Headers headers;
    if (!call.user.empty()) headers.emplace("Cookie", cookies[call.user]);
    for (int i = 0; i <= repeat; ++i) {
      const double cpu = ProcessCpuMs();
      const auto start = Clock::now();
      auto r = client.Get(call.path, headers);
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      if (i > 0) t.cpu_ms.push_back(ProcessCpuMs() - cpu);
      if (!r) {
        std::cerr << call.path << ": " << httplib::to_string(r.error()) << '\n';
        return 1;
      }
      t.status = r->status;
      t.bytes = r->body.size();
      if (i == 0) {
        t.first_ms = ms;
      } else {
        t.ms.push_back(ms);
      }
    }
    results.emplace_back(call, std::move(t));
  }

  // Decisions: register reports from the head of Kota Bandung's queue, one per call.
  Timing decide;
  if (writes) {
    auto queue = client.Get("/api/review?limit=200", httplib::Headers{{"Cookie", cookies["bench.pejabat"]}});
    const auto items =
        queue ? lampid::domain::Json::parse(queue->body)["items"] : lampid::domain::Json::array();
    const size_t n = std::min<size_t>(items.size(), static_cast<size_t>(repeat) + 1);
    for (size_t i = 0; i < n; ++i) {
      const std::string path = "/api/review/" + items[i]["id"].get<std::string>() + "/register";
      const double cpu = ProcessCpuMs();
      const auto start = Clock::now();
      auto r =
          client.Post(path, httplib::Headers{{"Cookie", cookies["bench.pejabat"]}}, "{}", "application/json");
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      if (!r) return 1;
      if (i > 0) decide.cpu_ms.push_back(ProcessCpuMs() - cpu);
      decide.status = r->status;
      decide.bytes = r->body.size();
      if (i == 0) {
        decide.first_ms = ms;
      } else {
        decide.ms.push_back(ms);
      }
    }
    if (!decide.ms.empty())
      results.emplace_back(
          Call{"review decision: register (write)", "bench.pejabat", "POST", "/api/review/{id}/register"},
          decide);
  }

  std::printf(
      "\n| call | request | status | first ms | median ms | p95 ms | max ms | CPU ms (median) | bytes |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|\n");
  double worst = 0;
  for (const auto& [call, t] : results) {
    const double median = Percentile(t.ms, 0.5), p95 = Percentile(t.ms, 0.95);
    const double max = *std::max_element(t.ms.begin(), t.ms.end());
    worst = std::max(worst, p95);
    std::printf("| %s | `%s %s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %zu |\n", call.label.c_str(),
                call.method.c_str(), call.path.c_str(), t.status, t.first_ms, median, p95, max,
                Percentile(t.cpu_ms, 0.5), t.bytes);
  }
  std::printf("| login (Argon2id by design) | `POST /api/login` | 200 | %.1f | %.1f | – | %.1f | – | – |\n",
              login.ms[0], Percentile(login.ms, 0.5), *std::max_element(login.ms.begin(), login.ms.end()));
  std::printf("\nworst p95 over the calls above: %.1f ms (%d repetitions each after one first call)\n", worst,
              repeat);
  (*server)->Stop();
  return 0;
}
