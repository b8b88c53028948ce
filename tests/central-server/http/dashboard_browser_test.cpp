// The dashboard in a real headless Chromium (chromedriver, W3C WebDriver): log in, the dashboard loads,
// drill down, and the numbers on the page equal the API's for a seeded data set; the edge filter; a
// pejabat's decision from the review queue.
#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <map>
#include <optional>

#include "dashboard_fixture.h"
#include "webdriver.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
using domain::Json;
using lampid::testing::Browser;
using testing::DashboardWorld;

// "1.234" → 1234, "14,5" → 14.5 (id-ID formatting); nullopt for "–".
std::optional<double> ParseShown(std::string text) {
  std::string plain;
  for (char c : text) {
    if (c == '.') continue;
    plain += c == ',' ? '.' : c;
  }
  if (plain.empty() || plain == "\xE2\x80\x93") return std::nullopt;  // en dash
  return std::stod(plain);
}

// What the view's data table shows: code → (column key → text).
std::map<std::string, std::map<std::string, std::string>> ShownTable(Browser& b) {
  const Json rows = b.Execute(R"(
    return Array.from(document.querySelectorAll('#view table.data tbody tr')).map((tr) => ({
      code: tr.dataset.code,
      cells: Object.fromEntries(Array.from(tr.children).map((td) => [td.dataset.key, td.textContent.trim()])),
    }));)");
  std::map<std::string, std::map<std::string, std::string>> out;
  for (const auto& r : rows) out[r["code"]] = r["cells"].get<std::map<std::string, std::string>>();
  return out;
}

class DashboardBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override { world_.SetUp(); }

  // An API session of the same user, to ask the API what the page should show.
  std::string ApiLogin(const std::string& user) {
    httplib::Client c("127.0.0.1", world_.port());
    c.set_read_timeout(30, 0);
    const Json body{{"user_id", user}, {"password", DashboardWorld::kPassword}};
    auto r = c.Post("/api/login", body.dump(), "application/json");
    EXPECT_TRUE(r && r->status == 200);
    const std::string cookie = r ? r->get_header_value("Set-Cookie") : std::string();
    return cookie.substr(0, cookie.find(';'));
  }

  Json Api(const std::string& path, const std::string& cookie) {
    httplib::Client c("127.0.0.1", world_.port());
    c.set_read_timeout(30, 0);
    auto r = c.Get(path, {{"Cookie", cookie}});
    EXPECT_TRUE(r && r->status == 200) << path;
    return r ? Json::parse(r->body) : Json();
  }

  void LogIn(Browser& b, const std::string& user) {
    b.Navigate(world_.BaseUrl() + "/");
    b.Type(b.Find("#login-user"), user);
    b.Type(b.Find("#login-password"), DashboardWorld::kPassword);
    b.Click(b.Find("#login-submit"));
  }

  // Waits until the view shows `view` for `region`, loaded.
  bool WaitForView(Browser& b, const std::string& view, const std::string& region) {
    const bool ready = b.WaitFor(
        "const v = document.getElementById('view'); return !!v && v.dataset.state === 'ready' && "
        "v.dataset.view === '" +
        view + "' && v.dataset.region === '" + region + "';");
    if (!ready) SaveScreenshot(b, view);
    return ready;
  }

  void SaveScreenshot(Browser& b, const std::string& name) {
    const std::string path = ::testing::TempDir() + "dashboard-" + name + ".png";
    std::ofstream(path, std::ios::binary) << b.Screenshot();
    ADD_FAILURE() << "the page did not get there; screenshot: " << path;
  }

  // Every row of the drill-down table equals the API's row of the same region, column by column.
  void ExpectTableEqualsApi(Browser& b, const Json& api) {
    const auto shown = ShownTable(b);
    ASSERT_EQ(shown.size(), api["rows"].size());
    for (const auto& row : api["rows"]) {
      const std::string code = row["code"];
      ASSERT_TRUE(shown.count(code)) << code;
      const auto& cells = shown.at(code);
      EXPECT_EQ(cells.at("name"), row["name"]);
      for (const char* key : {"kelahiran", "kematian", "kepindahan", "kedatangan", "total", "registered",
                              "avg_event_to_report_days", "avg_report_to_registration_days"}) {
        const auto value = ParseShown(cells.at(key));
        if (row[key].is_null()) {
          EXPECT_FALSE(value.has_value()) << code << " " << key;
        } else {
          ASSERT_TRUE(value.has_value()) << code << " " << key << " shows " << cells.at(key);
          EXPECT_NEAR(*value, row[key].get<double>(), 0.005) << code << " " << key;
        }
      }
    }
  }

  DashboardWorld world_;
};

TEST_F(DashboardBrowserTest, LogInLoadTheDashboardDrillDownAndTheNumbersEqualTheApi) {
  Browser b;
  ASSERT_TRUE(b.ok());
  LogIn(b, "analis");
  ASSERT_TRUE(WaitForView(b, "ringkasan", ""));
  const std::string cookie = ApiLogin("analis");

  // The summary: totals and the chart.
  const Json monthly = Api("/api/stats/monthly", cookie);
  EXPECT_EQ(ParseShown(b.Text(b.Find("#kpi-reports"))), monthly["total"]["reports"].get<double>());
  EXPECT_EQ(ParseShown(b.Text(b.Find("#kpi-registered"))), monthly["total"]["registered"].get<double>());
  EXPECT_GT(b.Execute("return document.querySelectorAll('#view svg.chart rect').length;").get<int>(), 4);
  EXPECT_EQ(b.Text(b.Find("#who-name")), "Analis Nasional");

  // The drill-down: provinces, then one level down into Jawa Barat by its link, then Kota Bandung.
  b.Click(b.Find(".tabs a[data-view='wilayah']"));
  ASSERT_TRUE(WaitForView(b, "wilayah", ""));
  ExpectTableEqualsApi(b, Api("/api/stats/regions", cookie));

  b.Click(b.Find("#view tbody tr[data-code='32'] a"));
  ASSERT_TRUE(WaitForView(b, "wilayah", "32"));
  const Json jabar = Api("/api/stats/regions?region=32", cookie);
  ASSERT_GT(jabar["total"]["total"].get<int64_t>(), 0);
  ExpectTableEqualsApi(b, jabar);
  EXPECT_NE(b.Text(b.Find("#crumbs")).find("JAWA BARAT"), std::string::npos);
  const auto foot = b.Execute("return document.querySelector('#view tfoot td[data-key=total]').textContent;");
  EXPECT_EQ(ParseShown(foot.get<std::string>()), jabar["total"]["total"].get<double>());

  b.Click(b.Find("#view tbody tr[data-code='32.73'] a"));
  ASSERT_TRUE(WaitForView(b, "wilayah", "32.73"));
  ExpectTableEqualsApi(b, Api("/api/stats/regions?region=32.73", cookie));

  // Edge health, filtered to the kecamatan whose edges have not synced for 7 days.
  b.Click(b.Find(".tabs a[data-view='edge']"));
  ASSERT_TRUE(WaitForView(b, "edge", "32.73"));
  b.Execute("document.getElementById('edge-status').value = 'tidak_sinkron';");
  b.Click(b.Find("#edge-filter button[type=submit]"));
  ASSERT_TRUE(
      b.WaitFor("return document.querySelectorAll('#view table.data')[0]?.tBodies[0].rows.length === 1;"));
  const Json stale = Api("/api/edges/kecamatan?region=32.73&status=tidak_sinkron", cookie);
  ASSERT_EQ(stale["rows"].size(), 1u);
  EXPECT_EQ(
      b.Execute("return document.querySelectorAll('#view table.data')[0].tBodies[0].rows[0].dataset.code;"),
      stale["rows"][0]["code"]);
  EXPECT_EQ(ParseShown(b.Text(b.Find("#kpi-stale"))), stale["summary"]["tidak_sinkron"].get<double>());
}

TEST_F(DashboardBrowserTest, APejabatRegistersAReportFromTheReviewQueue) {
  Browser b;
  ASSERT_TRUE(b.ok());
  LogIn(b, "pejabat.bandung");
  ASSERT_TRUE(WaitForView(b, "ringkasan", "32.73"));
  b.Click(b.Find("#tab-pemeriksaan"));
  ASSERT_TRUE(WaitForView(b, "pemeriksaan", "32.73"));
  const Json queue = Api("/api/review", ApiLogin("pejabat.bandung"));
  EXPECT_EQ(ParseShown(b.Text(b.Find("#review-total"))), queue["total"].get<double>());
  ASSERT_FALSE(queue["items"].empty());

  // The oldest report first; register it.
  const std::string id = queue["items"][0]["id"];
  b.Click(b.Find("article[data-id='" + id + "'] button[data-action='register']"));
  ASSERT_TRUE(b.WaitFor("return !!document.querySelector(\"article[data-id='" + id + "'] .notice.ok\");"));
  const auto stored = **world_.store().GetReport(id);
  EXPECT_EQ(stored.state.workflow_state(), rpb::WORKFLOW_STATE_TERCATAT);
  const std::string notice = b.Text(b.Find("article[data-id='" + id + "'] .notice.ok"));
  EXPECT_NE(notice.find(stored.state.registration_number()), std::string::npos) << notice;
  EXPECT_EQ(world_.store().GetEvents(id)->back().actor, "pejabat.bandung");

  // Rejecting without a reason is stopped in the page; nothing reaches the server.
  const std::string other = queue["items"][1]["id"];
  b.Click(b.Find("article[data-id='" + other + "'] button[data-action='reject']"));
  ASSERT_TRUE(
      b.WaitFor("return !!document.querySelector(\"article[data-id='" + other + "'] .notice.bad\");"));
  EXPECT_EQ((*world_.store().GetReport(other))->state.workflow_state(),
            rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
}

}  // namespace
}  // namespace lampid::central
