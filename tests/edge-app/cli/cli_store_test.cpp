// The store verbs of lampid-edge-cli, run as a user runs them: the real executable on a real folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/subprocess.h"

namespace lampid::testing {
namespace {

const std::string kCli = LAMPID_EDGE_CLI;
const std::string kSamples = std::string(LAMPID_SAMPLES_DIR) + "/reports/";
constexpr char kPass[] = "kata sandi kantor andir";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

class CliStore : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = dir_.File("data");
    const auto r = Run({"init", "--kecamatan", "32.73.05", "--operator", "budi"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    init_out_ = r.out;
    const auto pos = r.out.find("RECOVERY CODE");
    ASSERT_NE(pos, std::string::npos);
    std::istringstream rest(r.out.substr(pos));
    std::string line;
    while (std::getline(rest, line)) {
      const auto start = line.find_first_not_of(' ');
      if (start != std::string::npos && line.size() - start == 39 && line[start + 4] == '-') {
        recovery_code_ = line.substr(start);
        break;
      }
    }
    ASSERT_EQ(recovery_code_.size(), 39u) << r.out;
  }

  ProcessResult Run(std::vector<std::string> args, const std::string& input = {},
                    std::map<std::string, std::string> env = {}) {
    args.insert(args.begin(), {kCli, "--data", data_});
    env.emplace("LAMPID_PASSPHRASE", kPass);
    return RunProcess(args, input, env);
  }

  std::string Add(const std::string& sample, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"add", "--json", kSamples + sample};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    std::string id = r.out;
    while (!id.empty() && id.back() == '\n') id.pop_back();
    return id;
  }

  static std::vector<nlohmann::json> JsonLines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
    }
    return lines;
  }

  TempDir dir_;
  std::string data_;
  std::string init_out_;
  std::string recovery_code_;
};

TEST_F(CliStore, InitPrintsTheNodeAndTheRecoveryCodeOnce) {
  EXPECT_NE(init_out_.find("Andir"), std::string::npos);
  EXPECT_NE(init_out_.find("ID node"), std::string::npos);
  const auto again = Run({"init", "--kecamatan", "32.73.05", "--operator", "budi"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("Sudah ada data"), std::string::npos) << again.err;
  EXPECT_EQ(again.out.find("RECOVERY CODE"), std::string::npos);
  const auto bad = RunProcess({kCli, "--data", dir_.File("x"), "init", "--kecamatan", "99.99.99", "--operator", "a"},
                              "", {{"LAMPID_PASSPHRASE", kPass}});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("Kode kecamatan tidak dikenal"), std::string::npos);
}

TEST_F(CliStore, AddPrintsTheIdAndListShowsTheReports) {
  const std::string birth = Add("kelahiran.json");
  const std::string death = Add("kematian.json");
  const std::string move = Add("kepindahan.json", {"--draft"});
  EXPECT_EQ(birth.size(), 36u);
  const auto list = Run({"list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto lines = JsonLines(list.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], move);  // newest first
  EXPECT_EQ(lines[0]["sync_state"], "draft");
  EXPECT_EQ(lines[1]["id"], death);
  EXPECT_EQ(lines[1]["title"], "Haji Ahmad Dahlan");
  EXPECT_EQ(lines[2]["kind"], "kelahiran");
  EXPECT_EQ(lines[2]["sync_state"], "queued");
  EXPECT_EQ(lines[2]["operator_id"], "budi");
  EXPECT_EQ(JsonLines(Run({"list", "--json", "--status", "queued"}).out).size(), 2u);
  EXPECT_EQ(JsonLines(Run({"list", "--json", "--kind", "kematian"}).out).size(), 1u);
  EXPECT_EQ(JsonLines(Run({"list", "--json", "--limit", "1"}).out).size(), 1u);
  const auto text = Run({"list"});
  EXPECT_NE(text.out.find("Siti Aminah"), std::string::npos);
  EXPECT_EQ(Run({"list", "--status", "lost"}).exit_code, 2);
}

TEST_F(CliStore, AnInvalidReportIsRefusedWithItsProblems) {
  const auto r = Run({"add", "--json", kSamples + "invalid-kelahiran.json"});
  EXPECT_EQ(r.exit_code, 2);
  const auto problems = JsonLines(r.out);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0]["severity"], "error");
  EXPECT_NE(r.err.find("tidak disimpan"), std::string::npos);
  EXPECT_TRUE(JsonLines(Run({"list", "--json"}).out).empty());
  EXPECT_EQ(Run({"add", "--json", "-"}, "{ not json").exit_code, 2);
}

TEST_F(CliStore, AWrongPassphraseGivesAClearMessage) {
  Add("kelahiran.json");
  const auto r = Run({"list"}, "", {{"LAMPID_PASSPHRASE", "bukan kata sandinya"}});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("Kata sandi atau ID operator salah"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.find("Siti") == std::string::npos);
  const auto no_store = RunProcess({kCli, "--data", dir_.File("kosong"), "list"}, "", {{"LAMPID_PASSPHRASE", kPass}});
  EXPECT_EQ(no_store.exit_code, 2);
  EXPECT_NE(no_store.err.find("jalankan `init` dulu"), std::string::npos) << no_store.err;
}

TEST_F(CliStore, ShowPrintsJsonThatEditTakesBack) {
  const std::string id = Add("kelahiran.json");
  const auto shown = Run({"show", id});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  auto report = nlohmann::json::parse(shown.out);
  EXPECT_EQ(report["id"], id);
  EXPECT_EQ(report["kelahiran"]["birth_day"], "jumat");  // derived and stored
  EXPECT_NE(shown.err.find("queued"), std::string::npos);
  report["kelahiran"]["child_name"] = "Siti Aminah Rahma";
  const auto edited = Run({"edit", id, "--json", "-"}, report.dump());
  ASSERT_EQ(edited.exit_code, 0) << edited.err;
  EXPECT_NE(edited.err.find("kelahiran.child_name"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(Run({"show", id}).out)["kelahiran"]["child_name"], "Siti Aminah Rahma");
  const auto same = Run({"edit", id, "--json", "-"}, report.dump());
  EXPECT_EQ(same.exit_code, 0);
  EXPECT_NE(same.err.find("Tidak ada perubahan"), std::string::npos);
  report["kelahiran"]["mother"]["nik"] = "123";
  EXPECT_EQ(Run({"edit", id, "--json", "-"}, report.dump()).exit_code, 2);
  EXPECT_EQ(Run({"show", "01900000-0000-7000-8000-000000000000"}).exit_code, 2);
}

TEST_F(CliStore, ImportSavesGoodLinesAndReportsBadOnesByLineNumber) {
  const std::string one_line = nlohmann::json::parse(ReadFile(kSamples + "kematian.json")).dump();
  auto kelahiran = nlohmann::json::parse(ReadFile(kSamples + "kelahiran.json"));
  std::string jsonl = one_line + "\n" + kelahiran.dump() + "\n\n{broken\n";
  kelahiran["kelahiran"]["mother"]["nik"] = "32730552039500";
  jsonl += kelahiran.dump() + "\n" + one_line + "\n";
  const std::string path = dir_.File("in.jsonl");
  std::ofstream(path) << jsonl;
  const auto r = Run({"import", "--jsonl", path});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  // Line numbers as an editor shows them (the blank line 3 counts for numbering, not as a report).
  EXPECT_NE(r.err.find("baris/line 4: json_syntax"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("baris/line 5: nik_length kelahiran.mother.nik"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("5 baris, 3 disimpan, 2 dilewati"), std::string::npos) << r.err;
  EXPECT_EQ(JsonLines(Run({"list", "--json"}).out).size(), 3u);
}

TEST_F(CliStore, ExportThenImportElsewhereGivesTheSameReports) {
  Add("kelahiran.json");
  Add("kematian.json");
  Add("kedatangan.json");
  const auto exported = Run({"export", "--jsonl"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  const auto lines = JsonLines(exported.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["kind"], "kelahiran");  // oldest first
  // Importing into the same store again skips every line: the ids are there already.
  const std::string path = dir_.File("export.jsonl");
  std::ofstream(path) << exported.out;
  const auto again = Run({"import", "--jsonl", path});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("sudah ada"), std::string::npos) << again.err;
  // Into another node of the same kecamatan: all three, same ids.
  const std::string other = dir_.File("other");
  ASSERT_EQ(RunProcess({kCli, "--data", other, "init", "--kecamatan", "32.73.05", "--operator", "ani"}, "",
                       {{"LAMPID_PASSPHRASE", kPass}})
                .exit_code,
            0);
  const auto imported = RunProcess({kCli, "--data", other, "import", "--jsonl", path}, "", {{"LAMPID_PASSPHRASE", kPass}});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  const auto listed = JsonLines(
      RunProcess({kCli, "--data", other, "list", "--json"}, "", {{"LAMPID_PASSPHRASE", kPass}}).out);
  ASSERT_EQ(listed.size(), 3u);
  EXPECT_EQ(listed[2]["id"], lines[0]["id"]);
}

TEST_F(CliStore, AuditVerifyDetectsTampering) {
  Add("kelahiran.json");
  Add("kematian.json");
  const auto ok = Run({"audit", "verify"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("utuh: 3 baris"), std::string::npos) << ok.out;
  const auto shown = JsonLines(Run({"audit", "show"}).out);
  ASSERT_EQ(shown.size(), 3u);
  EXPECT_EQ(shown[1]["event"], "report_created");
  // Change one row with the sqlite3 tool, as someone with the file could.
  const auto tamper = RunProcess({"/usr/bin/sqlite3", data_ + "/edge.db", "UPDATE audit SET operator_id = 'x' WHERE seq = 2"});
  ASSERT_EQ(tamper.exit_code, 0) << tamper.err;
  const auto bad = Run({"audit", "verify"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("RUSAK"), std::string::npos) << bad.out;
  EXPECT_NE(bad.out.find("baris 2"), std::string::npos) << bad.out;
}

TEST_F(CliStore, PasswdAndRecoverChangeOnlyTheKeyWrapping) {
  const std::string id = Add("kelahiran.json");
  const auto wrong = Run({"passwd"}, "", {{"LAMPID_PASSPHRASE", "salah sekali ini"}, {"LAMPID_NEW_PASSPHRASE", "baru baru baru"}});
  EXPECT_EQ(wrong.exit_code, 1);
  const auto changed = Run({"passwd"}, "", {{"LAMPID_NEW_PASSPHRASE", "kata sandi kedua"}});
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  EXPECT_EQ(Run({"show", id}).exit_code, 1);  // the old one no longer opens it
  EXPECT_EQ(Run({"show", id}, "", {{"LAMPID_PASSPHRASE", "kata sandi kedua"}}).exit_code, 0);
  // Forgotten: the recovery code sets a third one; the report is still there.
  const auto recovered =
      Run({"recover"}, "", {{"LAMPID_RECOVERY_CODE", recovery_code_}, {"LAMPID_NEW_PASSPHRASE", "kata sandi ketiga"}});
  ASSERT_EQ(recovered.exit_code, 0) << recovered.err;
  const auto shown = Run({"show", id}, "", {{"LAMPID_PASSPHRASE", "kata sandi ketiga"}});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(nlohmann::json::parse(shown.out)["id"], id);
  const auto bad_code = Run({"recover"}, "", {{"LAMPID_RECOVERY_CODE", "0000-0000-0000-0000-0000-0000-0000-0000"},
                                              {"LAMPID_NEW_PASSPHRASE", "kata sandi keempat"}});
  EXPECT_EQ(bad_code.exit_code, 1);
  EXPECT_NE(bad_code.err.find("Kode pemulihan salah"), std::string::npos);
}

TEST_F(CliStore, OperatorsEachHaveTheirOwnPassphrase) {
  ASSERT_EQ(Run({"operator", "add", "ani"}, "", {{"LAMPID_NEW_PASSPHRASE", "kata sandi ani"}}).exit_code, 0);
  EXPECT_EQ(Run({"operator", "list"}).out, "ani\nbudi\n");
  const auto r = Run({"add", "--json", kSamples + "kematian.json"}, "",
                     {{"LAMPID_PASSPHRASE", "kata sandi ani"}, {"LAMPID_OPERATOR", "ani"}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonLines(Run({"list", "--json"}).out)[0]["operator_id"], "ani");
  EXPECT_EQ(Run({"passwd"}, "", {{"LAMPID_NEW_PASSPHRASE", "x x x x x x x x"}}).exit_code, 2);  // which operator?
}

TEST_F(CliStore, BackupAndRestore) {
  const std::string first = Add("kelahiran.json");
  const std::string backup = dir_.File("cadangan.lampid");
  ASSERT_EQ(Run({"backup", "--to", backup}).exit_code, 0);
  const std::string second = Add("kematian.json");
  const auto restored = Run({"restore", "--from", backup});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  const auto lines = JsonLines(Run({"list", "--json"}).out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["id"], first);
  EXPECT_EQ(Run({"audit", "verify"}).exit_code, 0);
  // Onto a new laptop.
  const std::string fresh = dir_.File("laptop-baru");
  ASSERT_EQ(RunProcess({kCli, "--data", fresh, "restore", "--from", backup}, "", {{"LAMPID_PASSPHRASE", kPass}}).exit_code,
            0);
  EXPECT_EQ(RunProcess({kCli, "--data", fresh, "show", first}, "", {{"LAMPID_PASSPHRASE", kPass}}).exit_code, 0);
  EXPECT_EQ(RunProcess({kCli, "--data", fresh, "restore", "--from", backup}, "", {{"LAMPID_PASSPHRASE", "salah salah"}})
                .exit_code,
            1);
}

}  // namespace
}  // namespace lampid::testing
