#include "domain/region_table.h"

#include <gtest/gtest.h>

#include <chrono>

#include "domain/test_reports.h"

namespace lampid::domain {
namespace {

using testing::Regions;

TEST(RegionTable, HasTheOfficialCounts) {
  EXPECT_EQ(Regions().Count(RegionLevel::kProvinsi), 38u);
  EXPECT_EQ(Regions().Count(RegionLevel::kKabupaten), 514u);
  EXPECT_EQ(Regions().Count(RegionLevel::kKecamatan), 7277u);
  EXPECT_EQ(Regions().Count(RegionLevel::kDesa), 83763u);
}

TEST(RegionTable, FindsByCodeAtEveryLevel) {
  ASSERT_NE(Regions().Find("32"), nullptr);
  EXPECT_EQ(Regions().Find("32")->name, "JAWA BARAT");
  EXPECT_EQ(Regions().Find("32.73")->name, "KOTA BANDUNG");
  EXPECT_EQ(Regions().Find("32.73.05")->name, "Andir");
  EXPECT_EQ(Regions().Find("32.73.05")->level, RegionLevel::kKecamatan);
  EXPECT_EQ(Regions().Find("32.73.05.1001")->name, "Maleber");
  EXPECT_EQ(Regions().Find("11.01.01.2001")->name, "Keude Bakongan");
}

TEST(RegionTable, UnknownOrMalformedCodesAreNotFound) {
  EXPECT_EQ(Regions().Find("99"), nullptr);
  EXPECT_EQ(Regions().Find("32.73.99"), nullptr);
  EXPECT_EQ(Regions().Find("327305"), nullptr);
  EXPECT_EQ(Regions().Find("32.73.5"), nullptr);
  EXPECT_EQ(Regions().Find(""), nullptr);
  EXPECT_EQ(Regions().Find("32.73.05.1001.1"), nullptr);
}

TEST(RegionTable, ChildrenAreTheNextLevelDown) {
  const auto provinces = Regions().Children("");
  EXPECT_EQ(provinces.size(), 38u);
  const auto desa = Regions().Children("32.73.05");
  ASSERT_FALSE(desa.empty());
  for (const auto& d : desa) {
    EXPECT_EQ(d.level, RegionLevel::kDesa);
    EXPECT_EQ(d.code.substr(0, 9), "32.73.05.");
  }
  EXPECT_TRUE(Regions().Children("32.73.05.1001").empty());
}

TEST(RegionTable, SearchesByNameCaseInsensitively) {
  const auto hits = Regions().Search("bandung", RegionLevel::kKabupaten);
  ASSERT_GE(hits.size(), 2u);  // Kabupaten Bandung, Kota Bandung, Bandung Barat
  for (const auto* r : hits) EXPECT_NE(r->name.find("BANDUNG"), std::string::npos);
  const auto andir = Regions().Search("andir", RegionLevel::kKecamatan, "32.73");
  ASSERT_EQ(andir.size(), 1u);
  EXPECT_EQ(andir[0]->code, "32.73.05");
  const auto two_words = Regions().Search("kota bandung", RegionLevel::kKabupaten);
  ASSERT_EQ(two_words.size(), 1u);
  EXPECT_EQ(two_words[0]->code, "32.73");
  EXPECT_TRUE(Regions().Search("zzzz-no-such-place", RegionLevel::kDesa).empty());
}

TEST(RegionTable, AncestorAndLevelOfCode) {
  EXPECT_EQ(RegionTable::Ancestor("32.73.05.1001", RegionLevel::kKabupaten), "32.73");
  EXPECT_EQ(RegionTable::Ancestor("32.73.05.1001", RegionLevel::kDesa), "32.73.05.1001");
  EXPECT_EQ(RegionTable::Ancestor("32.73", RegionLevel::kKecamatan), "");
  EXPECT_EQ(RegionTable::LevelOfCode("32.73.05"), RegionLevel::kKecamatan);
  EXPECT_FALSE(RegionTable::LevelOfCode("32-73").has_value());
}

TEST(RegionTable, RejectsAMalformedTable) {
  EXPECT_FALSE(RegionTable::Parse("P32\tJAWA BARAT\nK7\tBAD\n").ok());
  EXPECT_FALSE(RegionTable::Parse("K73\tNO PARENT\n").ok());
  EXPECT_FALSE(RegionTable::Parse("P32\tA\nP31\tOUT OF ORDER\n").ok());
  auto ok = RegionTable::Parse("P32\tJAWA BARAT\nK73\tKOTA BANDUNG\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ((*ok)->Find("32.73")->name, "KOTA BANDUNG");
}

TEST(RegionTable, LoadsTheBuiltInCopyQuickly) {
  // Not a timing assertion: the load time is printed for the record; the benchmark measures it properly.
  const auto start = std::chrono::steady_clock::now();
  auto table = RegionTable::LoadBuiltin();
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(table.ok());
  EXPECT_EQ((*table)->Count(RegionLevel::kDesa), 83763u);
  std::printf("region table loaded in %.1f ms\n", ms);
}

}  // namespace
}  // namespace lampid::domain
