// Reports in words for the read-only views, conflict merging, and the server's findings per field.
#include "edge-app/app/common/report_text.h"

#include <gtest/gtest.h>

#include "edge-app/app/common/conflict_merge.h"
#include "edge-app/app/common/server_notes.h"
#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;
namespace pb = domain::pb;

const FieldLine* Find(const std::vector<FieldLine>& lines, const std::string& path) {
  for (const auto& l : lines) {
    if (l.path == path) return &l;
  }
  return nullptr;
}

TEST(ReportTextTest, EveryFieldOfTheFormInWordsInFormOrder) {
  const auto lines = DescribeReport(SampleWithDerived("kelahiran"), *TestOffice().regions);
  const FieldLine* name = Find(lines, "kelahiran.child_name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->value, "Siti Aminah");
  EXPECT_EQ(name->label, "Nama bayi");
  EXPECT_EQ(Find(lines, "kelahiran.child_sex")->value, "Perempuan");
  EXPECT_EQ(Find(lines, "kelahiran.birth_date")->value, "20-11-2026");
  EXPECT_TRUE(Find(lines, "desa_code")->value.startsWith("Maleber")) << Find(lines, "desa_code")->value.toStdString();
  EXPECT_EQ(Find(lines, "kelahiran.witnesses[1].name")->value, "Euis Komariah");
  // The receipt's words stay Indonesian whatever the UI says.
  EXPECT_EQ(Find(DescribeReport(SampleWithDerived("kelahiran"), *TestOffice().regions, true), "kelahiran.child_sex")->value,
            "Perempuan");
}

TEST(ReportTextTest, AGroupIsDescribedByItsFilledFields) {
  const domain::Report r = SampleWithDerived("kepindahan");
  const QString members = DescribeValue(r, "kepindahan.members", *TestOffice().regions);
  EXPECT_TRUE(members.contains(QString::fromStdString(r.kepindahan().members(0).name()))) << members.toStdString();
  EXPECT_EQ(DescribeValue(r, "kepindahan.applicant_name", *TestOffice().regions),
            QString::fromStdString(r.kepindahan().applicant_name()));
  const ReportSubject s = SubjectOf(r);
  EXPECT_EQ(s.name, r.kepindahan().applicant_name());
  EXPECT_EQ(s.event_date, r.kepindahan().move_date());
}

TEST(ReportTextTest, HistoryInWords) {
  EXPECT_EQ(HistoryEventText("report_sent"), "Dikirim ke server");
  EXPECT_EQ(HistoryDetailText("server_state_applied", "workflow=perlu_perbaikan"), "Perlu perbaikan");
  EXPECT_EQ(HistoryDetailText("report_edited", "paths=kelahiran.child_name,kelahiran.mother.nik"),
            "Kolom: Nama bayi, NIK ibu");
}

TEST(ConflictMergeTest, EachFieldComesFromTheSideChosenForIt) {
  domain::Report server = SampleWithDerived("kelahiran");
  domain::Report local = server, losing = server;
  server.mutable_kelahiran()->set_birth_place("Server");
  local.mutable_kelahiran()->set_birth_place("Lokal");
  local.mutable_kelahiran()->set_weight_grams(3300);
  losing.mutable_kelahiran()->set_child_name("Nama Kantor Lain");
  EXPECT_EQ(ConflictPaths({"kelahiran.birth_place", "kelahiran.weight_grams"}, {"kelahiran.child_name", "kelahiran.birth_place"}),
            (std::vector<std::string>{"kelahiran.birth_place", "kelahiran.weight_grams", "kelahiran.child_name"}));
  auto merged = MergeConflict(server, local, losing,
                              {{"kelahiran.birth_place", ConflictSide::kLocal},
                               {"kelahiran.weight_grams", ConflictSide::kServer},
                               {"kelahiran.child_name", ConflictSide::kLosing}});
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->kelahiran().birth_place(), "Lokal");
  EXPECT_EQ(merged->kelahiran().weight_grams(), server.kelahiran().weight_grams());
  EXPECT_EQ(merged->kelahiran().child_name(), "Nama Kantor Lain");
  EXPECT_FALSE(MergeConflict(server, local, std::nullopt, {{"kelahiran.child_name", ConflictSide::kLosing}}).ok());
}

TEST(ServerNotesTest, DukcapilAnswersArePutNextToTheirFields) {
  pb::ServerState state;
  auto* mother = state.mutable_verification()->add_persons();
  mother->set_field("kelahiran.mother.nik");
  mother->set_nik_found(true);
  mother->set_nik_active(true);
  auto* f1 = mother->add_fields();
  f1->set_field("kelahiran.mother.name");
  f1->set_match(pb::FIELD_MATCH_SESUAI);
  auto* f2 = mother->add_fields();
  f2->set_field("kelahiran.mother.birth_date");
  f2->set_match(pb::FIELD_MATCH_TIDAK_SESUAI);
  auto* father = state.mutable_verification()->add_persons();
  father->set_field("kelahiran.father.nik");
  father->set_nik_found(false);
  bool bad = true;
  EXPECT_EQ(DukcapilNote(state, "kelahiran.mother.name", &bad), "✔ Sesuai");
  EXPECT_FALSE(bad);
  EXPECT_EQ(DukcapilNote(state, "kelahiran.mother.birth_date", &bad), "✖ Tidak sesuai");
  EXPECT_TRUE(bad);
  EXPECT_EQ(DukcapilNote(state, "kelahiran.father.nik", &bad), "✖ NIK tidak ditemukan");
  EXPECT_TRUE(bad);
  EXPECT_EQ(DukcapilNote(state, "kelahiran.child_name"), "");
  const auto findings = DukcapilFindingsOf(state);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].field, "kelahiran.mother.birth_date");
  EXPECT_EQ(findings[1].field, "kelahiran.father.nik");
  EXPECT_EQ(DukcapilSummary(state), "Dukcapil: 2 data perlu diperiksa");
}

}  // namespace
}  // namespace lampid::edge::ui
