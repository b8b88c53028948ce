// The dashboard's HTTP API over real HTTP on loopback, against a real store seeded through SyncCore, the
// verification worker and WorkflowService: login and sessions, region scoping, numbers equal to the store's
// aggregates, CSV equal to JSON, Prometheus text, and the pejabat's review actions.
#include <gtest/gtest.h>
#include <httplib.h>

#include <cmath>
#include <csignal>
#include <map>
#include <regex>
#include <set>

#include "central-server/core/audit.h"
#include "central-server/core/statistics.h"
#include "dashboard_fixture.h"
#include "domain/proto_json.h"
#include "domain/report_json.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
using domain::Json;
using testing::DashboardWorld;

constexpr const char* kPassword = DashboardWorld::kPassword;

// The value of a store call, by value (so that a range-for over it does not dangle).
template <typename T>
T Value(Result<T> r) {
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(*r) : T{};
}

// A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
      any = true;
    }
  }
  (void)any;
  return rows;
}

class DashboardApiTest : public ::testing::Test {
 protected:
  void SetUp() override { world_.SetUp(); }

  httplib::Client Client() {
    httplib::Client c("127.0.0.1", world_.port());
    c.set_read_timeout(30, 0);
    return c;
  }

  // Logs in; returns the "lampid_session=…" cookie ("" when refused) and the HTTP status.
  std::pair<std::string, int> TryLogin(const std::string& user, const std::string& password) {
    const Json body{{"user_id", user}, {"password", password}};
    auto r = Client().Post("/api/login", body.dump(), "application/json");
    EXPECT_TRUE(r);
    if (!r) return {"", 0};
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    return {set_cookie.substr(0, set_cookie.find(';')), r->status};
  }

  std::string Login(const std::string& user) {
    auto [cookie, status] = TryLogin(user, kPassword);
    EXPECT_EQ(status, 200) << user;
    return cookie;
  }

  httplib::Result Get(const std::string& path, const std::string& cookie) {
    httplib::Headers headers;
    if (!cookie.empty()) headers.emplace("Cookie", cookie);
    return Client().Get(path, headers);
  }

  Json GetJson(const std::string& path, const std::string& cookie, int expect = 200) {
    auto r = Get(path, cookie);
    EXPECT_TRUE(r) << path;
    if (!r) return Json();
    EXPECT_EQ(r->status, expect) << path << ": " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    return Json::parse(r->body);
  }

  httplib::Result Post(const std::string& path, const std::string& cookie, const Json& body) {
    httplib::Headers headers{{"Cookie", cookie}};
    return Client().Post(path, headers, body.dump(), "application/json");
  }

  DashboardWorld world_;
};

// ---- login and sessions
// ------------------------------------------------------------------------------------

TEST_F(DashboardApiTest, LoginSetsAnHttpOnlyStrictSessionCookie) {
  const Json body{{"user_id", "analis.jabar"}, {"password", kPassword}};
  auto r = Client().Post("/api/login", body.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string cookie = r->get_header_value("Set-Cookie");
  EXPECT_EQ(cookie.rfind("lampid_session=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP on loopback";
  const Json user = Json::parse(r->body)["user"];
  EXPECT_EQ(user["role"], "analis_pusat");
  EXPECT_EQ(user["region"]["code"], "32");
  EXPECT_EQ(user["region"]["name"], "JAWA BARAT");

  const Json session = GetJson("/api/session", cookie.substr(0, cookie.find(';')));
  EXPECT_EQ(session["user"]["user_id"], "analis.jabar");
}

TEST_F(DashboardApiTest, WrongPasswordsAreRefusedAndLockTheAccountAfterFive) {
  EXPECT_EQ(TryLogin("nobody", "whatever-password").second, 401);
  for (int i = 0; i < 5; ++i) {
    auto [cookie, status] = TryLogin("analis", "wrong-password");
    EXPECT_EQ(status, 401);
    EXPECT_TRUE(cookie.empty());
  }
  // The server's failed-login counter (shared with edge logins) now refuses even the right password.
  EXPECT_EQ(TryLogin("analis", kPassword).second, 429);
  EXPECT_EQ(world_.store().LoginFailures("analis")->first, 5);
  auto metrics = Client().Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("lampid_dashboard_logins_total{result=\"failed\"} 6"), std::string::npos);
  EXPECT_NE(metrics->body.find("lampid_dashboard_logins_total{result=\"locked\"} 1"), std::string::npos);
  // Fifteen minutes later the account may try again, and a success resets the counter.
  world_.clock().Advance(16 * 60 * 1000);
  EXPECT_EQ(TryLogin("analis", kPassword).second, 200);
  EXPECT_EQ(world_.store().LoginFailures("analis")->first, 0);
}

TEST_F(DashboardApiTest, RolesThatDoNotUseTheDashboardAreRefused) {
  auto [cookie, status] = TryLogin("operator", kPassword);
  EXPECT_EQ(status, 403);
  EXPECT_TRUE(cookie.empty());
}

TEST_F(DashboardApiTest, RequestsWithoutAValidSessionAreRefused) {
  EXPECT_EQ(Get("/api/stats/monthly", "")->status, 401);
  const std::string cookie = Login("analis");
  EXPECT_EQ(Get("/api/stats/monthly", cookie)->status, 200);
  // Any change to the token breaks its signature.
  std::string tampered = cookie;
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_EQ(Get("/api/stats/monthly", tampered)->status, 401);
  EXPECT_EQ(Get("/api/stats/monthly", "lampid_session=x.y")->status, 401);
  // Sessions expire (8 hours).
  world_.clock().Advance(8 * 3600 * 1000 + 1);
  EXPECT_EQ(Get("/api/stats/monthly", cookie)->status, 401);
}

TEST_F(DashboardApiTest, LogoutEndsTheSession) {
  const std::string cookie = Login("analis");
  auto r = Post("/api/logout", cookie, Json::object());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(Get("/api/session", cookie)->status, 401);
}

TEST_F(DashboardApiTest, ADeactivatedAccountOrAChangedRegionEndsItsSessions) {
  const std::string cookie = Login("analis.jabar");
  auto user = **world_.store().GetUser("analis.jabar");
  user.region_code = "33";
  ASSERT_TRUE(world_.store().PutUser(user, world_.clock().NowMillis()).ok());
  EXPECT_EQ(Get("/api/session", cookie)->status, 401);

  const std::string admin = Login("admin");
  auto a = **world_.store().GetUser("admin");
  a.active = false;
  ASSERT_TRUE(world_.store().PutUser(a, world_.clock().NowMillis()).ok());
  EXPECT_EQ(Get("/api/session", admin)->status, 401);
}

TEST_F(DashboardApiTest, PostsMustBeJsonFromThisOrigin) {
  auto form = Client().Post("/api/login", "user_id=analis&password=x", "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 400);
  httplib::Headers cross{{"Origin", "http://evil.example"}};
  const Json body{{"user_id", "analis"}, {"password", kPassword}};
  auto r = Client().Post("/api/login", cross, body.dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
}

// ---- scoping --------------------------------------------------------------------------------------------

TEST_F(DashboardApiTest, AnalystOfAProvinceSeesThatProvinceOnly) {
  const std::string cookie = Login("analis.jabar");
  const Json regions = GetJson("/api/stats/regions", cookie);
  EXPECT_EQ(regions["region"]["code"], "32");
  EXPECT_EQ(regions["child_level"], "kabupaten");
  ASSERT_FALSE(regions["rows"].empty());
  for (const auto& row : regions["rows"]) EXPECT_EQ(row["code"].get<std::string>().rfind("32.", 0), 0u);
  // Three of the four seeded kecamatan are in Jawa Barat.
  int64_t expected = 0;
  for (const auto& s : Value(world_.store().CountByStateIn("32"))) expected += static_cast<int64_t>(s.second);
  EXPECT_EQ(GetJson("/api/workflow/states", cookie)["total"].get<int64_t>(), expected);
  EXPECT_LT(expected, static_cast<int64_t>(*world_.store().CountReports()));

  for (const char* outside : {"/api/stats/regions?region=33", "/api/stats/monthly?region=33.74",
                              "/api/workflow/states?region=", "/api/edges?region=33.74"}) {
    EXPECT_EQ(Get(outside, cookie)->status, 403) << outside;
  }
  EXPECT_EQ(Get("/api/stats/regions?region=32.73", cookie)->status, 200);
  EXPECT_EQ(Get("/api/stats/regions?region=32.99", cookie)->status, 400);
  // The review queue shows report content: officials only.
  EXPECT_EQ(Get("/api/review", cookie)->status, 403);
}

TEST_F(DashboardApiTest, PejabatSeesTheirKabKotaOnly) {
  const std::string cookie = Login("pejabat.bandung");
  const Json kec = GetJson("/api/edges/kecamatan", cookie);
  EXPECT_EQ(kec["region"]["code"], "32.73");
  ASSERT_FALSE(kec["rows"].empty());
  for (const auto& row : kec["rows"]) EXPECT_EQ(row["code"].get<std::string>().rfind("32.73.", 0), 0u);
  EXPECT_EQ(Get("/api/stats/monthly?region=32", cookie)->status, 403);
  EXPECT_EQ(Get("/api/review?region=32.04", cookie)->status, 403);
  EXPECT_EQ(Get("/api/stats/regions?region=32.73.05", cookie)->status, 200);
}

// ---- numbers ---------------------------------------------------------------------------------------------

TEST_F(DashboardApiTest, NumbersEqualTheStoresAggregates) {
  const std::string cookie = Login("analis");
  CentralStore& store = world_.store();

  // Monthly totals per kind = the national aggregate rows.
  std::map<std::pair<std::string, int>, int64_t> expected;
  int64_t expected_total = 0, expected_registered = 0, event_days = 0, registration_days = 0;
  for (const auto& r : Value(store.QueryStats(kStatsNasional, "", "", ""))) {
    expected[{r.month, r.kind}] += r.reports;
    expected_total += r.reports;
    expected_registered += r.registered;
    event_days += r.event_to_report_days;
    registration_days += r.report_to_registration_days;
  }
  ASSERT_GT(expected_total, 100);
  ASSERT_GT(expected_registered, 10);
  const Json monthly = GetJson("/api/stats/monthly", cookie);
  EXPECT_EQ(monthly["total"]["reports"].get<int64_t>(), expected_total);
  EXPECT_EQ(monthly["total"]["registered"].get<int64_t>(), expected_registered);
  const char* kinds[] = {"", "kelahiran", "kematian", "kepindahan", "kedatangan"};
  int64_t seen = 0;
  for (const auto& row : monthly["rows"]) {
    for (int k = 1; k <= 4; ++k) {
      const int64_t n = row[kinds[k]].get<int64_t>();
      const std::pair<std::string, int> key{row["month"].get<std::string>(), k};
      EXPECT_EQ(n, expected[key]) << row.dump();
      seen += n;
    }
  }
  EXPECT_EQ(seen, expected_total);

  // A month range keeps only those months.
  const std::string month = monthly["rows"][0]["month"];
  const Json one = GetJson("/api/stats/monthly?from=" + month + "&to=" + month, cookie);
  ASSERT_EQ(one["rows"].size(), 1u);
  EXPECT_EQ(one["rows"][0]["total"], monthly["rows"][0]["total"]);

  // Timeliness = the sums divided by the counts.
  const Json timeliness = GetJson("/api/stats/timeliness", cookie);
  const Json all = timeliness["rows"].back();
  EXPECT_EQ(all["kind"], "semua");
  EXPECT_EQ(all["reports"].get<int64_t>(), expected_total);
  EXPECT_NEAR(all["avg_event_to_report_days"].get<double>(), static_cast<double>(event_days) / expected_total,
              0.006);
  EXPECT_NEAR(all["avg_report_to_registration_days"].get<double>(),
              static_cast<double>(registration_days) / expected_registered, 0.006);
  EXPECT_GT(all["avg_report_to_registration_days"].get<double>(), 0.0);

  // Drill-down: provinces, then the kecamatan of Kota Bandung, each equal to its aggregate level.
  for (const auto& [level, parent] : std::vector<std::pair<int, std::string>>{
           {kStatsProvinsi, ""}, {kStatsKabupaten, "32"}, {kStatsKecamatan, "32.73"}}) {
    std::map<std::string, int64_t> by_region;
    for (const auto& r : Value(store.QueryStats(level, parent, "", ""))) by_region[r.region] += r.reports;
    const Json drill = GetJson("/api/stats/regions?region=" + parent, cookie);
    EXPECT_EQ(drill["rows"].size(), world_.regions()->Children(parent).size())
        << "every child region is listed, with or without reports";
    int64_t sum = 0;
    for (const auto& row : drill["rows"]) {
      EXPECT_EQ(row["total"].get<int64_t>(), by_region[row["code"].get<std::string>()]) << row["code"];
      sum += row["total"].get<int64_t>();
    }
    EXPECT_EQ(drill["total"]["total"].get<int64_t>(), sum);
    EXPECT_FALSE(drill["rows"][0]["name"].get<std::string>().empty());
  }

  // Workflow states = the state aggregate = a count over the reports.
  const Json states = GetJson("/api/workflow/states", cookie);
  std::map<std::string, int64_t> by_state;
  for (const auto& row : states["rows"]) by_state[row["state"]] = row["reports"];
  EXPECT_EQ(states["rows"].size(), 7u);
  for (const auto& [state, n] : Value(store.CountByState())) {
    EXPECT_EQ(by_state[domain::WorkflowStateName(state)], static_cast<int64_t>(n));
  }
  EXPECT_EQ(states["total"].get<int64_t>(), static_cast<int64_t>(*store.CountReports()));
  EXPECT_GT(by_state["tercatat"], 0);
  EXPECT_GT(by_state["disetujui_kecamatan"], 0);
  EXPECT_GT(by_state["perlu_perbaikan"], 0) << "the generator's altered share fails verification";

  // Edge health: four edges, two synced recently, every other kecamatan without one.
  const Json edges = GetJson("/api/edges/kecamatan", cookie);
  const Json summary = edges["summary"];
  EXPECT_EQ(summary["edges"], 4);
  EXPECT_EQ(summary["aktif"], 2);
  EXPECT_EQ(summary["tidak_sinkron"], 2);
  const auto all_kecamatan = static_cast<int64_t>(world_.regions()->Count(domain::RegionLevel::kKecamatan));
  EXPECT_EQ(summary["kecamatan"].get<int64_t>(), all_kecamatan);
  EXPECT_EQ(summary["tanpa_edge"].get<int64_t>(), all_kecamatan - 4);
  EXPECT_EQ(edges["rows"].size(), static_cast<size_t>(all_kecamatan));
  const Json stale = GetJson("/api/edges/kecamatan?status=tidak_sinkron", cookie);
  ASSERT_EQ(stale["rows"].size(), 2u);
  std::set<std::string> stale_codes{stale["rows"][0]["code"], stale["rows"][1]["code"]};
  EXPECT_EQ(stale_codes, (std::set<std::string>{world_.kecamatan()[1], world_.kecamatan()[3]}));
  // With a longer threshold nothing is stale.
  EXPECT_EQ(GetJson("/api/edges/kecamatan?stale_days=365", cookie)["summary"]["tidak_sinkron"], 0);
  EXPECT_EQ(Get("/api/edges?stale_days=0", cookie)->status, 400);
  const Json devices = GetJson("/api/edges", cookie);
  ASSERT_EQ(devices["rows"].size(), 4u);
  for (const auto& d : devices["rows"]) EXPECT_EQ(d["app_version"], "test");

  // Verification panel.
  const Json v = GetJson("/api/verification", cookie);
  EXPECT_EQ(v["queue_length"].get<uint64_t>(), *store.CountPendingVerifications());
  EXPECT_EQ(v["breaker"]["state"], "closed");
  EXPECT_EQ(v["counters"]["reports_verified"].get<uint64_t>(),
            world_.worker().metrics().reports_verified.load());
  EXPECT_GT(v["counters"]["reports_verified"].get<uint64_t>(), 0u);
}

TEST_F(DashboardApiTest, CsvExportsAreTheSameTablesAsTheJson) {
  const std::string analyst = Login("analis");
  const std::string pejabat = Login("pejabat.bandung");
  const std::vector<std::pair<std::string, std::string>> endpoints = {
      {"/api/stats/monthly", "region=32"},
      {"/api/stats/demography", ""},
      {"/api/stats/regions", "region=32.73"},
      {"/api/stats/timeliness", "region=33"},
      {"/api/workflow/states", ""},
      {"/api/verification", ""},
      {"/api/edges/kecamatan", "region=32.73"},
      {"/api/edges", ""},
      {"/api/review", ""},
  };
  for (const auto& [path, params] : endpoints) {
    const std::string& cookie = path == "/api/review" ? pejabat : analyst;
    const std::string q = params.empty() ? "" : "?" + params;
    const Json json = GetJson(path + q, cookie);
    for (const std::string& csv_path :
         {path + ".csv" + q, path + q + (q.empty() ? "?" : "&") + "format=csv"}) {
      auto r = Get(csv_path, cookie);
      ASSERT_TRUE(r);
      ASSERT_EQ(r->status, 200) << csv_path;
      EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8");
      EXPECT_EQ(r->get_header_value("Content-Disposition").rfind("attachment; filename=\"lampid-", 0), 0u);
      const auto rows = ParseCsv(r->body);
      ASSERT_EQ(rows.size(), json["rows"].size() + 1) << csv_path;
      ASSERT_EQ(rows[0].size(), json["columns"].size());
      for (size_t c = 0; c < rows[0].size(); ++c) EXPECT_EQ(rows[0][c], json["columns"][c]["key"]);
      for (size_t i = 0; i < json["rows"].size(); ++i) {
        for (size_t c = 0; c < rows[0].size(); ++c) {
          const Json& v = json["rows"][i][rows[0][c]];
          const std::string& field = rows[i + 1][c];
          if (v.is_null()) {
            EXPECT_EQ(field, "");
          } else if (v.is_boolean()) {
            EXPECT_EQ(field, v.get<bool>() ? "true" : "false");
          } else if (v.is_number_integer()) {
            EXPECT_EQ(field, std::to_string(v.get<int64_t>())) << csv_path << " " << rows[0][c];
          } else if (v.is_number()) {
            EXPECT_DOUBLE_EQ(std::stod(field), v.get<double>()) << csv_path << " " << rows[0][c];
          } else {
            EXPECT_EQ(field, v.get<std::string>()) << csv_path << " " << rows[0][c];
          }
        }
      }
    }
  }
}

TEST_F(DashboardApiTest, NoPersonalDataOutsideTheReviewQueue) {
  // NIKs (16 digits) and names appear in report content only; no aggregate or edge table carries them.
  const std::string cookie = Login("analis");
  const std::regex nik("[0-9]{16}");
  for (const char* path : {"/api/stats/monthly", "/api/stats/demography", "/api/stats/regions?region=32.73",
                           "/api/stats/timeliness", "/api/workflow/states", "/api/verification",
                           "/api/edges?region=32", "/api/edges/kecamatan?region=32.73", "/metrics"}) {
    auto r = Get(path, cookie);
    ASSERT_TRUE(r);
    EXPECT_FALSE(std::regex_search(r->body, nik)) << path;
  }
  // The review queue's CSV leaves the content out too.
  auto csv = Get("/api/review.csv", Login("pejabat.bandung"));
  ASSERT_TRUE(csv);
  EXPECT_FALSE(std::regex_search(csv->body, nik));
}

// ---- /metrics --------------------------------------------------------------------------------------------

TEST_F(DashboardApiTest, MetricsAreValidPrometheusTextAndShowTheBreaker) {
  // Two more reports, then Dukcapil goes down: the worker's failures open the breaker.
  world_.SetDukcapilDown(true);
  {
    auto txn = *world_.store().BeginWrite();
    auto some = *world_.store().ListByState(rpb::WORKFLOW_STATE_PERLU_PERBAIKAN, "", 0, 1);
    ASSERT_EQ(some.size(), 1u);
    ASSERT_TRUE(
        txn->EnqueueVerification(some[0].content.id(), some[0].version, world_.clock().NowMillis()).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(world_.worker().RunOnce().ok());
    world_.clock().Advance(61'000);  // the job's retry is due again
  }
  ASSERT_EQ(world_.breaker().state(), CircuitBreaker::State::kOpen);

  auto r = Client().Get("/metrics");  // no login
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  const std::regex sample_re(
      R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"\\]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"\\]*")*\})? (-?[0-9]+(\.[0-9]+)?)$)");
  const std::regex type_re(R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge)$)");
  std::set<std::string> typed;
  std::map<std::string, double> values;  // "name{labels}" → value
  std::istringstream lines(r->body);
  std::string line;
  int samples = 0;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (line.rfind("# HELP ", 0) == 0) continue;
    if (std::regex_match(line, m, type_re)) {
      EXPECT_TRUE(typed.insert(m[1]).second) << "one TYPE per family: " << line;
      continue;
    }
    ASSERT_TRUE(std::regex_match(line, m, sample_re)) << "not a Prometheus sample: " << line;
    EXPECT_TRUE(typed.count(m[1])) << "sample before its TYPE: " << line;
    values[std::string(m[1]) + std::string(m[2])] = std::stod(m[4]);
    ++samples;
  }
  EXPECT_GT(samples, 30);
  for (const auto& [state, n] : Value(world_.store().CountByStateIn(""))) {
    EXPECT_EQ(values["lampid_reports{state=\"" + domain::WorkflowStateName(state) + "\"}"],
              static_cast<double>(n));
  }
  EXPECT_EQ(values["lampid_verification_queue_length"], 1);
  ASSERT_TRUE(values.count("lampid_notifications_pending"));
  EXPECT_EQ(values["lampid_notifications_pending"],
            static_cast<double>(Value(world_.store().CountPendingNotifications())));
  EXPECT_EQ(values["lampid_dukcapil_breaker_state"], 1);  // open
  EXPECT_EQ(values["lampid_dukcapil_breaker_transitions_total{to=\"open\"}"], 1);
  EXPECT_EQ(values["lampid_dukcapil_breaker_transitions_total{to=\"closed\"}"], 0);
  EXPECT_EQ(values["lampid_dukcapil_calls_total{result=\"failed\"}"], 2);
  EXPECT_EQ(values["lampid_edges_total"], 4);
  EXPECT_EQ(values["lampid_edges_stale{stale_days=\"7\"}"], 2);
  EXPECT_EQ(values["lampid_kecamatan_without_edge"],
            static_cast<double>(world_.regions()->Count(domain::RegionLevel::kKecamatan) - 4));
  EXPECT_EQ(values["lampid_sync_changes_total{outcome=\"accepted\"}"], 160);

  // Dukcapil comes back: half-open probe, then closed; every transition counted.
  world_.SetDukcapilDown(false);
  world_.clock().Advance(120'000);
  ASSERT_TRUE(world_.worker().RunOnce().ok());
  ASSERT_EQ(world_.breaker().state(), CircuitBreaker::State::kClosed);
  auto after = Client().Get("/metrics");
  ASSERT_TRUE(after);
  EXPECT_NE(after->body.find("lampid_dukcapil_breaker_state 0\n"), std::string::npos);
  EXPECT_NE(after->body.find("lampid_dukcapil_breaker_transitions_total{to=\"half_open\"} 1\n"),
            std::string::npos);
  EXPECT_NE(after->body.find("lampid_dukcapil_breaker_transitions_total{to=\"closed\"} 1\n"),
            std::string::npos);
  EXPECT_NE(after->body.find("lampid_verification_queue_length 0\n"), std::string::npos);
}

// ---- the review queue -----------------------------------------------------------------------------------

TEST_F(DashboardApiTest, ReviewActionsChangeStateAndAppendStateEvents) {
  const std::string cookie = Login("pejabat.bandung");
  CentralStore& store = world_.store();
  const Json queue = GetJson("/api/review", cookie);
  int64_t waiting = 0;
  for (const auto& [state, n] : Value(store.CountByStateIn("32.73"))) {
    if (state == rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN) waiting = static_cast<int64_t>(n);
  }
  ASSERT_GE(waiting, 4);
  EXPECT_EQ(queue["total"].get<int64_t>(), waiting);
  ASSERT_EQ(queue["items"].size(), static_cast<size_t>(waiting));
  for (const auto& item : queue["items"]) {
    EXPECT_EQ(item["report"]["kecamatan_code"].get<std::string>().rfind("32.73.", 0), 0u);
    EXPECT_EQ(item["verification"]["status"], "sesuai");
    ASSERT_FALSE(item["verification"]["persons"].empty());
    EXPECT_FALSE(item["verification"]["persons"][0]["fields"].empty());
    EXPECT_TRUE(item.contains("duplicate_suspected"));
  }
  const std::string a = queue["items"][0]["id"], b = queue["items"][1]["id"], c = queue["items"][2]["id"];
  const size_t events_before = store.GetEvents(a)->size();

  auto reg = Post("/api/review/" + a + "/register", cookie, {{"action_id", "ui-1"}});
  ASSERT_TRUE(reg);
  ASSERT_EQ(reg->status, 200) << reg->body;
  const Json registered = Json::parse(reg->body);
  EXPECT_EQ(registered["state"], "tercatat");
  EXPECT_EQ(registered["registration_number"].get<std::string>().rfind("3273-", 0), 0u);
  auto stored = **store.GetReport(a);
  EXPECT_EQ(stored.state.workflow_state(), rpb::WORKFLOW_STATE_TERCATAT);
  EXPECT_EQ(stored.state.registration_number(), registered["registration_number"]);
  auto events = *store.GetEvents(a);
  ASSERT_EQ(events.size(), events_before + 1);
  EXPECT_EQ(events.back().type, "state");
  EXPECT_EQ(events.back().actor, "pejabat.bandung");
  EXPECT_EQ(events.back().paths, std::vector<std::string>{"register"});

  // The same click again (same action id) changes nothing.
  auto again = Post("/api/review/" + a + "/register", cookie, {{"action_id", "ui-1"}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(store.GetEvents(a)->size(), events_before + 1);
  // A new decision on a registered report is refused.
  EXPECT_EQ(Post("/api/review/" + a + "/reject", cookie, {{"reason", "x"}})->status, 409);

  // Return and reject need a reason.
  EXPECT_EQ(Post("/api/review/" + b + "/return", cookie, Json::object())->status, 409);
  auto ret = Post("/api/review/" + b + "/return", cookie, {{"reason", "Nama ibu perlu dicek"}});
  ASSERT_TRUE(ret);
  ASSERT_EQ(ret->status, 200) << ret->body;
  EXPECT_EQ((*store.GetReport(b))->state.workflow_state(), rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
  EXPECT_EQ((*store.GetReport(b))->state.rejection_reason(), "Nama ibu perlu dicek");
  auto rej =
      Post("/api/review/" + c + "/reject", cookie, {{"reason", "Peristiwa tidak terjadi di wilayah ini"}});
  ASSERT_TRUE(rej);
  ASSERT_EQ(rej->status, 200) << rej->body;
  EXPECT_EQ((*store.GetReport(c))->state.workflow_state(), rpb::WORKFLOW_STATE_DITOLAK);
  EXPECT_EQ(store.GetEvents(c)->back().paths, std::vector<std::string>{"reject"});

  EXPECT_EQ(GetJson("/api/review", cookie)["total"].get<int64_t>(), waiting - 3);
  EXPECT_EQ(Post("/api/review/0193a1b2-c3d4-7e5f-8a9b-0000000000ff/register", cookie, Json::object())->status,
            404);

  // The audit trail holds: every decision is a chained event.
  auto audit = VerifyAudit(store);
  ASSERT_TRUE(audit.ok());
  EXPECT_TRUE(audit->intact());
}

TEST_F(DashboardApiTest, OfficialsOfAnotherKabKotaAndAnalystsMayNotDecide) {
  const Json queue = GetJson("/api/review", Login("pejabat.bandung"));
  ASSERT_FALSE(queue["items"].empty());
  const std::string id = queue["items"][0]["id"];
  const size_t events = world_.store().GetEvents(id)->size();

  const std::string other = Login("pejabat.kabbandung");
  auto r = Post("/api/review/" + id + "/register", other, Json::object());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403) << r->body;
  const std::string analyst = Login("analis");
  EXPECT_EQ(Post("/api/review/" + id + "/register", analyst, Json::object())->status, 403);
  EXPECT_EQ(Post("/api/review/" + id + "/register", "", Json::object())->status, 401);

  EXPECT_EQ((*world_.store().GetReport(id))->state.workflow_state(), rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
  EXPECT_EQ(world_.store().GetEvents(id)->size(), events);
  // Their own queue does not hold Kota Bandung's reports.
  const Json own = GetJson("/api/review", other);
  for (const auto& item : own["items"]) EXPECT_NE(item["id"], id);
}

// ---- serving
// -----------------------------------------------------------------------------------------------

TEST_F(DashboardApiTest, TheWebUiIsServedWithASecurityPolicy) {
  auto page = Client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<html lang=\"id\">"), std::string::npos);
  EXPECT_NE(page->body.find("Masuk ke dasbor"), std::string::npos);
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Frame-Options"), "DENY");
  for (const char* asset : {"/app.js", "/app.css"}) {
    auto r = Client().Get(asset);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << asset;
    EXPECT_GT(r->body.size(), 1000u) << asset;
  }
  auto missing = Client().Get("/api/nothing-here");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST(DashboardServerStart, RefusesPlainHttpOffLoopbackAndHalfATlsConfiguration) {
  ASSERT_GE(sodium_init(), 0);
  lampid::testing::TempDir dir;
  auto store = SqliteCentralStore::Open(dir.File("c.db"));
  ASSERT_TRUE(store.ok());
  auto regions = *domain::RegionTable::LoadBuiltin();
  FixedClock clock(0);
  http::DashboardOptions options;
  options.listen = "0.0.0.0:0";
  auto s = http::DashboardServer::Start(**store, regions, clock, {}, options);
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  options.listen = "127.0.0.1:0";
  options.cert_file = dir.File("server.pem");
  EXPECT_EQ(http::DashboardServer::Start(**store, regions, clock, {}, options).status().code(),
            StatusCode::kInvalidArgument);
  options.key_file = dir.File("missing-key.pem");
  EXPECT_EQ(http::DashboardServer::Start(**store, regions, clock, {}, options).status().code(),
            StatusCode::kFailedPrecondition);
  options.listen = "127.0.0.1";
  EXPECT_EQ(http::DashboardServer::Start(**store, regions, clock, {}, options).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(http::IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(http::IsLoopbackHost("::1"));
  EXPECT_FALSE(http::IsLoopbackHost("10.0.0.1"));
  EXPECT_EQ(http::ParseHostPort("[::1]:8080")->first, "::1");
}

TEST(DashboardServerStart, ServesHttpsWithTheServersCertificate) {
  ASSERT_GE(sodium_init(), 0);
  lampid::testing::TempDir dir;
  const auto certs = lampid::testing::RunProcess({"/bin/bash", LAMPID_MAKE_CERTS, dir.File("tls")});
  ASSERT_EQ(certs.exit_code, 0) << certs.err;
  auto store = SqliteCentralStore::Open(dir.File("c.db"));
  ASSERT_TRUE(store.ok());
  User u{"analis", "Analis", Role::kAnalisPusat, "", HashPassword(kPassword), true};
  ASSERT_TRUE((*store)->PutUser(u, 0).ok());
  auto regions = *domain::RegionTable::LoadBuiltin();
  SystemClock clock;
  http::DashboardOptions options;
  options.listen = "127.0.0.1:0";
  options.cert_file = dir.File("tls/server.pem");
  options.key_file = dir.File("tls/server-key.pem");
  auto server = http::DashboardServer::Start(**store, regions, clock, {}, options);
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  EXPECT_TRUE((*server)->tls());

  httplib::SSLClient client("127.0.0.1", (*server)->port());
  client.set_ca_cert_path(dir.File("tls/ca.pem").c_str());
  client.enable_server_certificate_verification(true);
  auto metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics) << httplib::to_string(metrics.error());
  EXPECT_EQ(metrics->status, 200);
  const Json body{{"user_id", "analis"}, {"password", kPassword}};
  auto login = client.Post("/api/login", body.dump(), "application/json");
  ASSERT_TRUE(login);
  EXPECT_EQ(login->status, 200);
  EXPECT_NE(login->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);
}

}  // namespace
}  // namespace lampid::central

namespace lampid::central {
namespace {

// The real lampid-central: `--http` starts the dashboard next to the sync server; plain HTTP off loopback
// is refused before anything starts.
TEST(CentralProcess, ServeStartsTheDashboardWithHttp) {
  lampid::testing::TempDir dir;
  const std::string db = "sqlite:" + dir.File("central.db");
  const int grpc_port = lampid::testing::FreeTcpPort();
  const int http_port = lampid::testing::FreeTcpPort();
  {
    lampid::testing::BackgroundProcess server(
        {LAMPID_CENTRAL, "--listen", "127.0.0.1:" + std::to_string(grpc_port), "--insecure-loopback", "--db",
         db, "--http", "127.0.0.1:" + std::to_string(http_port), "--stale-days", "3"},
        {}, dir.File("server.log"));
    ASSERT_TRUE(lampid::testing::WaitForPort(http_port));
    httplib::Client client("127.0.0.1", http_port);
    auto metrics = client.Get("/metrics");
    ASSERT_TRUE(metrics);
    EXPECT_EQ(metrics->status, 200);
    EXPECT_NE(metrics->body.find("lampid_reports{state=\"tercatat\"} 0\n"), std::string::npos);
    EXPECT_NE(metrics->body.find("lampid_edges_stale{stale_days=\"3\"} 0\n"), std::string::npos);
    auto page = client.Get("/");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_EQ(client.Get("/api/stats/monthly")->status, 401);
    server.Signal(SIGTERM);
    EXPECT_EQ(server.Wait(), 0);
  }
  const auto refused = lampid::testing::RunProcess(
      {LAMPID_CENTRAL, "--listen", "127.0.0.1:" + std::to_string(grpc_port), "--insecure-loopback", "--db",
       db, "--http", "0.0.0.0:" + std::to_string(http_port)});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("loopback"), std::string::npos) << refused.err;
}

}  // namespace
}  // namespace lampid::central
