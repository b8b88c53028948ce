// `lampid-edge-cli gen`, as a user runs it: N lines of report JSON that `validate` accepts, the same
// output for the same seed, errors for bad input.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/subprocess.h"

namespace lampid::testing {
namespace {

const std::string kCli = LAMPID_EDGE_CLI;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(GenCommand, WritesCountLinesOfValidReportsOfEveryKind) {
  const auto r = RunProcess({kCli, "gen", "--count", "200", "--kecamatan", "32.73.05", "--seed", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 200u);
  std::set<std::string> kinds;
  for (const auto& line : lines) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["kecamatan_code"], "32.73.05");
    const std::string kind = j["kind"];
    // The first report of each kind also goes through `validate`, as a user would check it.
    if (kinds.insert(kind).second) {
      const auto v = RunProcess({kCli, "validate", "--json", "-"}, line);
      EXPECT_EQ(v.exit_code, 0) << v.out << v.err << line;
    }
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"kelahiran", "kematian", "kepindahan", "kedatangan"}));
}

TEST(GenCommand, SameSeedSameOutputOtherSeedOther) {
  const std::vector<std::string> base = {kCli, "gen", "--count", "50", "--kecamatan", "51.71.01", "--unknown-share", "0.2"};
  auto with = [&](const std::string& seed) {
    auto args = base;
    args.insert(args.end(), {"--seed", seed});
    return RunProcess(args).out;
  };
  const std::string a = with("9");
  EXPECT_EQ(a.size() > 1000, true);
  EXPECT_EQ(a, with("9"));
  EXPECT_NE(a, with("10"));
}

TEST(GenCommand, NowFixesTheDates) {
  const auto r = RunProcess({kCli, "gen", "--count", "30", "--kecamatan", "32.73.05", "--now", "2026-03-01T00:00:00Z"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& line : Lines(r.out)) {
    const std::string created = nlohmann::json::parse(line)["created_at"];
    EXPECT_LT(created, "2026-03-01T00:00:00");
    EXPECT_GT(created, "2026-01-01");
  }
  EXPECT_EQ(RunProcess({kCli, "gen", "--count", "1", "--kecamatan", "32.73.05", "--now", "yesterday"}).exit_code, 2);
}

TEST(GenCommand, WritesToAFile) {
  TempDir dir;
  const auto r = RunProcess({kCli, "gen", "--count", "25", "--kecamatan", "11.01.01", "--out", dir.File("r.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::ifstream in(dir.File("r.jsonl"));
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_EQ(Lines(s.str()).size(), 25u);
}

TEST(GenCommand, RefusesBadInput) {
  EXPECT_EQ(RunProcess({kCli, "gen", "--count", "5", "--kecamatan", "32.73.99"}).exit_code, 2);
  EXPECT_EQ(RunProcess({kCli, "gen", "--count", "5", "--kecamatan", "32.73"}).exit_code, 2);
  EXPECT_EQ(RunProcess({kCli, "gen", "--kecamatan", "32.73.05"}).exit_code, 2);
  EXPECT_EQ(RunProcess({kCli, "gen", "--count", "5", "--kecamatan", "32.73.05", "--unknown-share", "1.5"}).exit_code, 2);
  EXPECT_EQ(RunProcess({kCli, "gen", "--count", "5", "--kecamatan", "32.73.05", "--out", "/nonexistent/dir/x"}).exit_code, 1);
}

}  // namespace
}  // namespace lampid::testing
