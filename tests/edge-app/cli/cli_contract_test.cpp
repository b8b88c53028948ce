// The edge CLI's contract, checked on the real executable: exit codes, what it prints, how it refuses
// bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/subprocess.h"

namespace lampid::testing {
namespace {

const std::string kCli = LAMPID_EDGE_CLI;
const std::string kSamples = std::string(LAMPID_SAMPLES_DIR) + "/reports/";

ProcessResult Cli(std::vector<std::string> args, const std::string& input = {}) {
  args.insert(args.begin(), kCli);
  return RunProcess(args, input);
}

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

bool HasCode(const std::vector<nlohmann::json>& lines, const std::string& code, const std::string& field = {}) {
  for (const auto& l : lines) {
    if (l["code"] == code && (field.empty() || l["field"] == field)) return true;
  }
  return false;
}

TEST(CheckNik, ValidNikPrintsWhatItEncodes) {
  const auto r = Cli({"check-nik", "3273055203950001"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("JAWA BARAT"), std::string::npos);
  EXPECT_NE(r.out.find("KOTA BANDUNG"), std::string::npos);
  EXPECT_NE(r.out.find("Andir"), std::string::npos);
  EXPECT_NE(r.out.find("1995-03-12"), std::string::npos);
  EXPECT_NE(r.out.find("perempuan"), std::string::npos);
}

TEST(CheckNik, InvalidNikExitsTwoWithEachProblem) {
  const auto r = Cli({"check-nik", "327305520395"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("nik_length"), std::string::npos);
  EXPECT_NE(r.out.find("harus 16 digit"), std::string::npos);
  const auto bad_date = Cli({"check-nik", "3273057201900001"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.out.find("nik_date_invalid"), std::string::npos);
}

TEST(CheckNik, WarningsPrintButExitZero) {
  const auto r = Cli({"check-nik", "3273995203950001"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("nik_region_unknown"), std::string::npos);
  const auto sex = Cli({"check-nik", "3273055203950001", "--sex", "L"});
  EXPECT_EQ(sex.exit_code, 0);
  EXPECT_NE(sex.out.find("nik_sex_mismatch"), std::string::npos);
  const auto date = Cli({"check-nik", "3273055203950001", "--birth-date", "1995-03-13"});
  EXPECT_EQ(date.exit_code, 0);
  EXPECT_NE(date.out.find("nik_birth_date_mismatch"), std::string::npos);
  const auto match = Cli({"check-nik", "3273055203950001", "--sex", "P", "--birth-date", "1995-03-12"});
  EXPECT_EQ(match.exit_code, 0);
  EXPECT_EQ(match.out.find("warning"), std::string::npos);
}

TEST(CheckNik, BadSexOptionIsAUsageError) { EXPECT_EQ(Cli({"check-nik", "3273055203950001", "--sex", "X"}).exit_code, 2); }

class ValidSample : public ::testing::TestWithParam<const char*> {};

TEST_P(ValidSample, ValidatesCleanly) {
  const auto r = Cli({"validate", "--json", kSamples + GetParam()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

INSTANTIATE_TEST_SUITE_P(Samples, ValidSample,
                         ::testing::Values("kelahiran.json", "kematian.json", "kepindahan.json", "kedatangan.json"));

TEST(Validate, InvalidReportListsEveryProblemAsJsonLines) {
  const auto r = Cli({"validate", "--json", kSamples + "invalid-kelahiran.json"});
  EXPECT_EQ(r.exit_code, 2);
  const auto lines = JsonLines(r.out);
  ASSERT_GE(lines.size(), 4u);
  for (const auto& l : lines) {
    for (const char* key : {"code", "field", "severity", "message", "message_en"}) {
      EXPECT_TRUE(l.contains(key)) << key << " in " << l.dump();
    }
    EXPECT_TRUE(l["severity"] == "error" || l["severity"] == "warning");
  }
  EXPECT_TRUE(HasCode(lines, "nik_length", "kelahiran.mother.nik"));
  EXPECT_TRUE(HasCode(lines, "date_future", "kelahiran.birth_date"));
  EXPECT_TRUE(HasCode(lines, "name_invalid_chars", "kelahiran.child_name"));
  EXPECT_TRUE(HasCode(lines, "witness_count", "kelahiran.witnesses"));
  EXPECT_TRUE(HasCode(lines, "desa_not_in_kecamatan", "desa_code"));
}

TEST(Validate, ReadsStandardInput) {
  const auto ok = Cli({"validate", "--json", "-"}, R"({"kind":"kematian"})");
  EXPECT_EQ(ok.exit_code, 2);
  EXPECT_TRUE(HasCode(JsonLines(ok.out), "required", "kematian"));
}

TEST(Validate, WarningsAloneDoNotBlock) {
  // The mother's NIK was issued in a kecamatan that no longer exists (e.g. before a split).
  std::string report = R"({"kind":"kematian","kecamatan_code":"32.73.05","desa_code":"32.73.05.1002","kematian":{
    "deceased":{"nik":"3273990204500005","name":"Ahmad","sex":"laki_laki","birth_date":"1950-04-02"},
    "death_date":"2026-11-01","death_time":"10:15","time_zone":"wib","death_place":"Rumah",
    "cause":"sakit_biasa_tua","certified_by":"dokter",
    "reporter":{"nik":"3273050107920002","name":"Budi","relation":"anak"},
    "witnesses":[{"nik":"3273051508800003","name":"Asep"},{"nik":"3273054710850004","name":"Euis"}]}})";
  const auto r = Cli({"validate", "--json", "-"}, report);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["code"], "nik_region_unknown");
  EXPECT_EQ(lines[0]["severity"], "warning");
}

struct BadInput {
  const char* name;
  std::string input;
  const char* code;
};

// gtest prints a parameter by its name, which keeps ctest's test names readable.
void PrintTo(const BadInput& c, std::ostream* os) { *os << c.name; }

class BadInputs : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputs, ExitTwoWithAClearMessageNeverACrash) {
  const auto r = Cli({"validate", "--json", "-"}, GetParam().input);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(HasCode(JsonLines(r.out), GetParam().code)) << r.out;
  EXPECT_FALSE(r.err.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadInputs,
    ::testing::Values(BadInput{"not_json", "this is not json", "json_syntax"},
                      BadInput{"empty", "", "json_syntax"},
                      BadInput{"wrong_types", R"({"kind":"kelahiran","kelahiran":{"weight_grams":"berat"}})",
                               "json_type"},
                      BadInput{"unknown_kind", R"({"kind":"perkawinan"})", "json_enum_invalid"},
                      BadInput{"unknown_field", R"({"kind":"kelahiran","nama":"x"})", "json_unknown_field"},
                      BadInput{"array", "[]", "json_not_object"},
                      BadInput{"ten_megabytes_of_garbage", std::string(10 << 20, '\x9c'), "input_too_large"},
                      BadInput{"binary", std::string("\x00\x01\x02{\"kind\"", 10), "json_syntax"}),
    [](const auto& tp) { return std::string(tp.param.name); });

TEST(Validate, MissingFileIsReported) {
  const auto r = Cli({"validate", "--json", "/nonexistent/report.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/report.json"), std::string::npos);
}

TEST(Cli, NoCommandIsAUsageError) {
  const auto r = Cli({});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace lampid::testing
