#include "central-server/http/table.h"

#include <gtest/gtest.h>

namespace lampid::central::http {
namespace {

Table Sample() {
  Table t;
  t.columns = {{"name", "Nama"}, {"n", "Jumlah"}, {"avg", "Rata-rata"}, {"flag", "Tanda"}};
  t.AddRow({std::string("KOTA BANDUNG"), int64_t{1234}, 2.0 / 3.0, true});
  t.AddRow({std::string("Koma, \"kutip\"\nbaris"), int64_t{-5}, std::monostate{}, false});
  t.AddRow({std::string("=HYPERLINK(\"x\")"), int64_t{0}, 1.5, false});
  return t;
}

TEST(Table, CsvQuotesWhatNeedsQuotingAndDefusesFormulas) {
  EXPECT_EQ(TableToCsv(Sample()),
            "name,n,avg,flag\r\n"
            "KOTA BANDUNG,1234,0.67,true\r\n"
            "\"Koma, \"\"kutip\"\"\nbaris\",-5,,false\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",0,1.5,false\r\n");
}

TEST(Table, JsonHasColumnsAndRowsKeyedByColumn) {
  const auto j = TableToJson(Sample());
  ASSERT_EQ(j["columns"].size(), 4u);
  EXPECT_EQ(j["columns"][1]["label"], "Jumlah");
  EXPECT_EQ(j["rows"][0]["name"], "KOTA BANDUNG");
  EXPECT_EQ(j["rows"][0]["n"], 1234);
  EXPECT_DOUBLE_EQ(j["rows"][0]["avg"].get<double>(), 0.67);
  EXPECT_EQ(j["rows"][0]["flag"], true);
  EXPECT_TRUE(j["rows"][1]["avg"].is_null());
  EXPECT_EQ(j["rows"][2]["name"], "=HYPERLINK(\"x\")") << "JSON carries the value as it is";
}

TEST(Table, TextWriterGivesTheSameJsonAsTheDocument) {
  Table t = Sample();
  t.AddRow({std::string("tab\tctl\x01 \xC3\xA9"), int64_t{7}, 3.0, true});
  std::string text = "{";
  AppendTableJsonMembers(t, text);
  text += "}";
  const auto parsed = domain::Json::parse(text);
  const auto doc = TableToJson(t);
  EXPECT_EQ(parsed["columns"], doc["columns"]);
  ASSERT_EQ(parsed["rows"].size(), doc["rows"].size());
  for (size_t r = 0; r < doc["rows"].size(); ++r) {
    for (const auto& [key, value] : doc["rows"][r].items()) {
      if (value.is_number()) {
        EXPECT_DOUBLE_EQ(parsed["rows"][r][key].get<double>(), value.get<double>()) << key;
      } else {
        EXPECT_EQ(parsed["rows"][r][key], value) << key;
      }
    }
  }
  EXPECT_EQ(parsed["rows"][3]["name"], "tab\tctl\x01 \xC3\xA9");
}

}  // namespace
}  // namespace lampid::central::http
