#include "domain/report_json.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "domain/test_reports.h"

namespace lampid::domain {
namespace {

using google::protobuf::util::MessageDifferencer;

class RoundTrip : public ::testing::TestWithParam<Report (*)()> {};

TEST_P(RoundTrip, JsonTextBackToTheSameReport) {
  Report original = GetParam()();
  original.set_id("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
  original.set_created_at("2026-11-25T08:30:00.000Z");
  original.set_operator_id("siti");
  for (bool pretty : {false, true}) {
    const std::string text = ReportToJsonText(original, pretty);
    const ParsedReport parsed = ParseReportJson(text);
    ASSERT_TRUE(parsed.ok()) << parsed.problems.items()[0].message_en;
    EXPECT_TRUE(MessageDifferencer::Equals(original, parsed.report)) << text;
  }
}

INSTANTIATE_TEST_SUITE_P(AllKinds, RoundTrip,
                         ::testing::Values(&testing::ValidKelahiran, &testing::ValidKematian,
                                           &testing::ValidKepindahan, &testing::ValidKedatangan),
                         [](const auto& tp) { return KindName(tp.param().kind()); });

TEST(ReportJson, UsesThePermanentSpelling) {
  const Json j = ReportToJson(testing::ValidKelahiran());
  EXPECT_EQ(j["kind"], "kelahiran");
  EXPECT_EQ(j["kecamatan_code"], "32.73.05");
  EXPECT_EQ(j["kelahiran"]["place_type"], "rs_rb");
  EXPECT_EQ(j["kelahiran"]["child_sex"], "perempuan");
  EXPECT_EQ(j["kelahiran"]["time_zone"], "wib");
  EXPECT_EQ(j["kelahiran"]["birth_date"], "2026-11-20");
  EXPECT_EQ(j["kelahiran"]["weight_grams"], 3200);
  EXPECT_EQ(j["kelahiran"]["witnesses"].size(), 2u);
  EXPECT_FALSE(j["kelahiran"].contains("father_unknown"));  // false is "not given"
  const Json m = ReportToJson(testing::ValidKepindahan());
  EXPECT_EQ(m["kepindahan"]["move_type"], "kepala_dan_sebagian_anggota");
  EXPECT_EQ(m["kepindahan"]["kk_status_moving"], "kk_baru");
}

TEST(ReportJson, StateNamesAreLowerSnakeCase) {
  EXPECT_EQ(SyncStateName(pb::SYNC_STATE_QUEUED), "queued");
  EXPECT_EQ(WorkflowStateName(pb::WORKFLOW_STATE_PERLU_PERBAIKAN), "perlu_perbaikan");
  EXPECT_EQ(WorkflowStateName(pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI), "menunggu_verifikasi");
  EXPECT_EQ(KindName(pb::REPORT_KIND_KEDATANGAN), "kedatangan");
  EXPECT_EQ(KindFromName("kematian"), pb::REPORT_KIND_KEMATIAN);
  EXPECT_FALSE(KindFromName("KEMATIAN").has_value());
  EXPECT_FALSE(KindFromName("unspecified").has_value());
  EXPECT_EQ(SyncStateFromName("acknowledged"), pb::SYNC_STATE_ACKNOWLEDGED);
}

struct BadJsonCase {
  const char* name;
  const char* json;
  const char* code;
  const char* field;
};

// gtest prints a parameter by its name, which keeps ctest's test names readable.
void PrintTo(const BadJsonCase& c, std::ostream* os) { *os << c.name; }

class BadJson : public ::testing::TestWithParam<BadJsonCase> {};

TEST_P(BadJson, IsAProblemNamingTheField) {
  const auto& c = GetParam();
  const ParsedReport parsed = ParseReportJson(c.json);
  EXPECT_FALSE(parsed.ok());
  EXPECT_TRUE(parsed.problems.Contains(c.code, c.field))
      << "got " << (parsed.problems.empty() ? "nothing" : parsed.problems.items()[0].code + " at " +
                                                              parsed.problems.items()[0].field);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadJson,
    ::testing::Values(
        BadJsonCase{"not_json", "hello", "json_syntax", ""},
        BadJsonCase{"truncated", R"({"kind": "kelahiran")", "json_syntax", ""},
        BadJsonCase{"empty", "", "json_syntax", ""},
        BadJsonCase{"array", "[1,2,3]", "json_not_object", ""},
        BadJsonCase{"string", R"("kelahiran")", "json_not_object", ""},
        BadJsonCase{"unknown_top_field", R"({"kind":"kelahiran","color":"red"})", "json_unknown_field", "color"},
        BadJsonCase{"unknown_nested_field", R"({"kelahiran":{"mother":{"shoe_size":40}}})", "json_unknown_field",
                    "kelahiran.mother.shoe_size"},
        BadJsonCase{"number_for_string", R"({"kecamatan_code": 327305})", "json_type", "kecamatan_code"},
        BadJsonCase{"string_for_number", R"({"kelahiran":{"weight_grams":"3200"}})", "json_type",
                    "kelahiran.weight_grams"},
        BadJsonCase{"float_for_integer", R"({"kelahiran":{"weight_grams":3200.5}})", "json_type",
                    "kelahiran.weight_grams"},
        BadJsonCase{"integer_too_big", R"({"kelahiran":{"weight_grams":99999999999}})", "json_number_range",
                    "kelahiran.weight_grams"},
        BadJsonCase{"string_for_bool", R"({"kelahiran":{"father_unknown":"yes"}})", "json_type",
                    "kelahiran.father_unknown"},
        BadJsonCase{"object_for_array", R"({"kelahiran":{"witnesses":{"nik":"1"}}})", "json_type",
                    "kelahiran.witnesses"},
        BadJsonCase{"number_in_array", R"({"kelahiran":{"witnesses":[1]}})", "json_type", "kelahiran.witnesses[0]"},
        BadJsonCase{"unknown_kind", R"({"kind":"perkawinan"})", "json_enum_invalid", "kind"},
        BadJsonCase{"upper_case_enum", R"({"kind":"KELAHIRAN"})", "json_enum_invalid", "kind"},
        BadJsonCase{"proto_enum_name", R"({"kind":"REPORT_KIND_KELAHIRAN"})", "json_enum_invalid", "kind"},
        BadJsonCase{"unspecified_enum", R"({"kind":"unspecified"})", "json_enum_invalid", "kind"},
        BadJsonCase{"bad_nested_enum", R"({"kelahiran":{"place_type":"hospital"}})", "json_enum_invalid",
                    "kelahiran.place_type"},
        BadJsonCase{"two_kinds_at_once", R"({"kelahiran":{},"kematian":{}})", "json_one_of", "kematian"}),
    [](const ::testing::TestParamInfo<BadJsonCase>& tp) { return std::string(tp.param.name); });

TEST(ReportJson, EnumProblemListsTheChoices) {
  const ParsedReport parsed = ParseReportJson(R"({"kelahiran":{"birth_type":"triplets"}})");
  ASSERT_EQ(parsed.problems.size(), 1u);
  EXPECT_NE(parsed.problems.items()[0].message.find("kembar_3"), std::string::npos);
  EXPECT_NE(parsed.problems.items()[0].message.find("Jenis kelahiran"), std::string::npos);
}

TEST(ReportJson, NullMeansNotGiven) {
  const ParsedReport parsed = ParseReportJson(R"({"kind":"kelahiran","desa_code":null,"kelahiran":{"father":null}})");
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed.report.desa_code().empty());
  EXPECT_FALSE(parsed.report.kelahiran().has_father());
}

TEST(ReportJson, RefusesHugeInputWithoutParsingIt) {
  const std::string huge(kMaxReportJsonBytes + 1, ' ');
  const ParsedReport parsed = ParseReportJson(huge);
  EXPECT_TRUE(parsed.problems.Contains("input_too_large"));
}

TEST(ReportJson, SurvivesDeepNestingAndGarbage) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_FALSE(ParseReportJson(deep).ok());
  std::string garbage;
  for (int i = 0; i < 200000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  EXPECT_TRUE(ParseReportJson(garbage).problems.Contains("json_syntax"));
  EXPECT_TRUE(ParseReportJson("{\"kecamatan_code\":\"\xff\xfe\"}").problems.Contains("json_syntax"));
}

}  // namespace
}  // namespace lampid::domain
