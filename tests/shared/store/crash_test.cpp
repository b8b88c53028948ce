// Crash safety for real: a child process saves reports in a loop and is killed with SIGKILL at random
// moments, 60 times. After each kill the store must open, pass PRAGMA integrity_check, hold every report
// whose save had returned, intact, and its outbox and audit chain must agree with its reports.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "core/civil_time.h"
#include "domain/report_validator.h"
#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

constexpr int kKills = 60;

struct Acked {
  int64_t index = 0;        // VariedReport index of the content it must have
  int64_t later_index = -1;  // or this, when a later save (an edit) committed but was not acknowledged
  std::string min_version;   // at least this version (an acknowledged edit)
};

// Complete lines of the child's log (a line without its newline was cut by the kill and is ignored).
std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> out;
  const std::string text = ReadFileBytes(path);
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    out.push_back(text.substr(start, nl - start));
  }
  return out;
}

domain::Report Expected(int64_t index, const StoredReport& stored) {
  domain::Report r = domain::testing::VariedReport(index);
  domain::FillDerivedFields(&r, *SharedRegions());
  r.set_id(stored.report.id());
  r.set_created_at(stored.report.created_at());
  r.set_updated_at(stored.report.updated_at());
  r.set_operator_id(stored.report.operator_id());
  return r;
}

TEST_F(StoreTest, ReportsSurviveSigkillAtRandomMoments) {
  store_.reset();  // the parent only looks between kills, like an app started after a power cut
  const std::string log = dir_.File("child.log");
  std::mt19937 rng(20261125);
  std::map<std::string, Acked> acked;  // report id -> what it must hold
  size_t lines_seen = 0;
  int64_t next_index = 0;
  int killed_while_writing = 0;
  int64_t previous_total = 0;
  size_t previous_acked = 0;

  for (int round = 0; round < kKills; ++round) {
    {
      lampid::testing::BackgroundProcess child(
          {LAMPID_STORE_CRASH_CHILD, Options().data_dir, kPassphrase, std::to_string(next_index)}, {}, log);
      // Wait until it is saving (past open and unlock), then kill it a random moment later.
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
      while (Lines(log).size() <= lines_seen && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 40000)(rng)));
      child.Signal(SIGKILL);
      ASSERT_EQ(child.Wait(), 128 + SIGKILL) << "round " << round;
    }
    const auto lines = Lines(log);
    ASSERT_GT(lines.size(), lines_seen) << "the child never saved anything in round " << round;
    for (size_t i = lines_seen; i < lines.size(); ++i) {
      std::istringstream in(lines[i]);
      std::string what, id, version;
      int64_t index = 0;
      in >> what >> index >> id >> version;
      ASSERT_NE(what, "error") << lines[i];
      if (what == "add") {
        // The child edits every third single add right after it: the kill may fall after that edit's
        // commit and before its line.
        acked[id] = {index, (index < 10000000 && index % 3 == 0) ? index + 4000000 : -1, ""};
      } else if (what == "edit") {
        acked[id] = {index + 4000000, -1, version};
      }
      if (index < 10000000) next_index = std::max(next_index, index + 1);
    }
    lines_seen = lines.size();
    next_index += 7;  // the next child starts on fresh indices (an unacknowledged save may have used some)

    // Recovery: open, check, unlock.
    auto opened = Store::Open(Options());
    ASSERT_TRUE(opened.ok()) << "round " << round << ": " << opened.status().ToString();
    Store& s = **opened;
    ASSERT_EQ(*s.IntegrityCheck(), "ok") << "round " << round;
    ASSERT_TRUE(s.Unlock(kOperator, kPassphrase).ok());

    // Every acknowledged save is there with its content (unacknowledged ones may or may not be).
    for (const auto& [id, want] : acked) {
      auto got = s.GetReport(id);
      ASSERT_TRUE(got.ok()) << "round " << round << ": acknowledged report " << id << " lost: "
                            << got.status().ToString();
      ASSERT_LE(want.min_version, got->summary.version);
      using google::protobuf::util::MessageDifferencer;
      const bool as_acknowledged = MessageDifferencer::Equals(got->report, Expected(want.index, *got));
      const bool as_later = want.later_index >= 0 &&
                            MessageDifferencer::Equals(got->report, Expected(want.later_index, *got));
      ASSERT_TRUE(as_acknowledged || as_later) << "round " << round << ": report " << id << " is not what was saved";
    }
    // No half-written report: every stored one opens and is valid.
    ListQuery q;
    q.limit = 1000;
    int64_t total = 0;
    while (true) {
      auto page = s.ListReports(q);
      ASSERT_TRUE(page.ok()) << "round " << round << ": " << page.status().ToString();
      for (const auto& item : page->items) {
        ASSERT_FALSE(domain::ValidateReport(item.report, {*SharedRegions(), SystemClock().NowMillis()})
                         .HasErrors())
            << item.summary.id;
      }
      total += static_cast<int64_t>(page->items.size());
      if (page->next_cursor == 0) break;
      q.after = page->next_cursor;
    }
    ASSERT_GE(total, static_cast<int64_t>(acked.size()));
    // Reports committed this round beyond those acknowledged: the kill fell between commit and the line.
    if (total - previous_total > static_cast<int64_t>(acked.size() - previous_acked)) ++killed_while_writing;
    previous_total = total;
    previous_acked = acked.size();

    // Outbox and audit agree with the reports.
    const std::string db = s.database_path();
    ASSERT_EQ(QueryInt(db, "SELECT COUNT(*) FROM reports r WHERE (SELECT COUNT(*) FROM audit a WHERE "
                           "a.report_id = r.id AND a.event = 'report_created') != 1"),
              0)
        << "round " << round;
    ASSERT_EQ(QueryInt(db, "SELECT COUNT(*) FROM reports r WHERE (SELECT COUNT(*) FROM outbox o WHERE "
                           "o.report_id = r.id) != (SELECT COUNT(*) FROM audit a WHERE a.report_id = r.id AND "
                           "a.event IN ('report_created', 'report_edited'))"),
              0)
        << "round " << round;
    ASSERT_EQ(QueryInt(db, "SELECT COUNT(*) FROM reports r WHERE (SELECT MAX(version) FROM outbox o WHERE "
                           "o.report_id = r.id) IS NOT r.version"),
              0)
        << "round " << round;
    ASSERT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit a WHERE a.report_id != '' AND NOT EXISTS "
                           "(SELECT 1 FROM reports r WHERE r.id = a.report_id)"),
              0)
        << "round " << round;
    auto v = s.VerifyAudit();
    ASSERT_TRUE(v.ok());
    ASSERT_TRUE(v->intact) << "round " << round << ": " << v->problem;
  }
  std::cout << "[ crash    ] " << kKills << " kills, " << acked.size() << " acknowledged saves checked, "
            << killed_while_writing << " rounds killed the child between a commit and its acknowledgement\n";
}

}  // namespace
}  // namespace lampid::store::testing
