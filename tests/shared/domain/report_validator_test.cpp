#include "domain/report_validator.h"

#include <gtest/gtest.h>

#include <functional>

#include "domain/report_json.h"
#include "domain/test_reports.h"

namespace lampid::domain {
namespace {

using testing::kNow;
using testing::Regions;

ProblemList Validate(const Report& r) { return ValidateReport(r, {Regions(), kNow}); }

std::string Describe(const ProblemList& list) {
  std::string out;
  for (const auto& p : list.items()) out += "\n  " + std::string(SeverityName(p.severity)) + " " + p.code + " @ " + p.field;
  return out.empty() ? " (none)" : out;
}

TEST(Validator, VariedTestReportsAreCleanAndDiffer) {
  // Store tests and benchmarks rely on testing::VariedReport producing valid, distinct reports.
  for (int64_t i : {0, 1, 2, 3, 4, 5, 6, 7, 9998, 9999, 10000, 123456, 299999, 1000003}) {
    const Report r = testing::VariedReport(i);
    EXPECT_EQ(r.kind(), static_cast<ReportKind>(1 + i % 4));
    const ProblemList problems = Validate(r);
    EXPECT_TRUE(problems.empty()) << i << " " << KindName(r.kind()) << Describe(problems);
  }
  EXPECT_NE(testing::VariedReport(0).SerializeAsString(), testing::VariedReport(4).SerializeAsString());
}

TEST(Validator, TheSampleReportsOfEveryKindAreClean) {
  for (const Report& r : {testing::ValidKelahiran(), testing::ValidKematian(), testing::ValidKepindahan(),
                          testing::ValidKedatangan()}) {
    const ProblemList problems = Validate(r);
    EXPECT_TRUE(problems.empty()) << KindName(r.kind()) << Describe(problems);
  }
}

struct RuleCase {
  const char* name;
  Report (*base)();
  std::function<void(Report&)> mutate;
  const char* code;   // "" = the mutated report must be clean
  const char* field;
  Severity severity;
};

// gtest prints a parameter by its name, which keeps ctest's test names readable.
void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }

class Rules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(Rules, EachRuleFiresOnItsField) {
  const RuleCase& c = GetParam();
  Report r = c.base();
  c.mutate(r);
  const ProblemList problems = Validate(r);
  if (!*c.code) {
    EXPECT_TRUE(problems.empty()) << Describe(problems);
    return;
  }
  ASSERT_TRUE(problems.Contains(c.code, c.field)) << "expected " << c.code << " @ " << c.field << Describe(problems);
  for (const auto& p : problems.items()) {
    if (p.code == c.code && p.field == c.field) {
      EXPECT_EQ(p.severity, c.severity);
      EXPECT_FALSE(p.message.empty());
      EXPECT_FALSE(p.message_en.empty());
    }
  }
  // Errors block saving; warnings alone do not.
  if (c.severity == Severity::kWarning) {
    EXPECT_FALSE(problems.HasErrors()) << Describe(problems);
  }
}

constexpr Severity E = Severity::kError;
constexpr Severity W = Severity::kWarning;
auto K = &testing::ValidKelahiran;
auto M = &testing::ValidKematian;
auto P = &testing::ValidKepindahan;
auto D = &testing::ValidKedatangan;

INSTANTIATE_TEST_SUITE_P(
    Envelope, Rules,
    ::testing::Values(
        RuleCase{"kecamatan_missing", K, [](Report& r) { r.clear_kecamatan_code(); }, "required", "kecamatan_code", E},
        RuleCase{"kecamatan_unknown", K, [](Report& r) { r.set_kecamatan_code("32.73.99"); }, "region_unknown",
                 "kecamatan_code", E},
        RuleCase{"kecamatan_malformed", K, [](Report& r) { r.set_kecamatan_code("327305"); }, "region_code_invalid",
                 "kecamatan_code", E},
        RuleCase{"desa_missing", K, [](Report& r) { r.clear_desa_code(); }, "required", "desa_code", E},
        RuleCase{"desa_unknown", K, [](Report& r) { r.set_desa_code("32.73.05.9999"); }, "region_unknown",
                 "desa_code", E},
        RuleCase{"desa_not_in_kecamatan", K, [](Report& r) { r.set_desa_code("32.73.01.1001"); },
                 "desa_not_in_kecamatan", "desa_code", E},
        RuleCase{"kind_missing", K, [](Report& r) { r.clear_kind(); }, "required", "kind", E},
        RuleCase{"kind_mismatch", K, [](Report& r) { r.set_kind(pb::REPORT_KIND_KEMATIAN); }, "kind_mismatch", "kind",
                 E},
        RuleCase{"details_missing", K, [](Report& r) { r.clear_kelahiran(); }, "required", "kelahiran", E},
        RuleCase{"id_not_uuid", K, [](Report& r) { r.set_id("report-1"); }, "uuid_invalid", "id", E},
        RuleCase{"created_at_not_iso", K, [](Report& r) { r.set_created_at("25/11/2026"); }, "timestamp_invalid",
                 "created_at", E},
        RuleCase{"unknown_enum_number", K, [](Report& r) { r.mutable_kelahiran()->set_place_type(
                                                               static_cast<pb::BirthPlaceType>(99)); },
                 "json_enum_invalid", "kelahiran.place_type", E}),
    [](const auto& tp) { return std::string(tp.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Kelahiran, Rules,
    ::testing::Values(
        RuleCase{"child_name_missing", K, [](Report& r) { r.mutable_kelahiran()->clear_child_name(); }, "required",
                 "kelahiran.child_name", E},
        RuleCase{"child_name_digits", K, [](Report& r) { r.mutable_kelahiran()->set_child_name("Bayi 2"); },
                 "name_invalid_chars", "kelahiran.child_name", E},
        RuleCase{"child_name_too_long", K,
                 [](Report& r) { r.mutable_kelahiran()->set_child_name(std::string(101, 'a')); }, "too_long",
                 "kelahiran.child_name", E},
        RuleCase{"apostrophe_and_hyphen_ok", K,
                 [](Report& r) { r.mutable_kelahiran()->set_child_name("Ni Luh Putu Ayu-Dewi O'Neil"); }, "", "", E},
        RuleCase{"unicode_name_ok", K, [](Report& r) { r.mutable_kelahiran()->set_child_name("Zoë Siregar"); }, "",
                 "", E},
        RuleCase{"birth_date_future", K, [](Report& r) { r.mutable_kelahiran()->set_birth_date("2026-11-26"); },
                 "date_future", "kelahiran.birth_date", E},
        RuleCase{"birth_date_feb_30", K, [](Report& r) { r.mutable_kelahiran()->set_birth_date("2026-02-30"); },
                 "date_invalid", "kelahiran.birth_date", E},
        RuleCase{"birth_date_wrong_format", K,
                 [](Report& r) { r.mutable_kelahiran()->set_birth_date("20/11/2026"); }, "date_invalid",
                 "kelahiran.birth_date", E},
        RuleCase{"birth_later_today", K,
                 [](Report& r) {
                   r.mutable_kelahiran()->set_birth_date("2026-11-25");
                   r.mutable_kelahiran()->set_birth_time("23:00");  // 16:00Z, after "now" (10:00Z)
                 },
                 "date_future", "kelahiran.birth_time", E},
        RuleCase{"birth_earlier_today_ok", K,
                 [](Report& r) {
                   r.mutable_kelahiran()->set_birth_date("2026-11-25");
                   r.mutable_kelahiran()->set_birth_time("16:30");  // 09:30Z WIB
                 },
                 "", "", E},
        RuleCase{"birth_time_invalid", K, [](Report& r) { r.mutable_kelahiran()->set_birth_time("25:00"); },
                 "time_invalid", "kelahiran.birth_time", E},
        RuleCase{"time_zone_missing", K, [](Report& r) { r.mutable_kelahiran()->clear_time_zone(); }, "required",
                 "kelahiran.time_zone", E},
        RuleCase{"birth_day_given_wrong", K,
                 [](Report& r) { r.mutable_kelahiran()->set_birth_day(pb::DAY_OF_WEEK_SENIN); }, "derived_mismatch",
                 "kelahiran.birth_day", E},
        RuleCase{"birth_day_given_right", K,
                 [](Report& r) { r.mutable_kelahiran()->set_birth_day(pb::DAY_OF_WEEK_JUMAT); }, "", "", E},
        RuleCase{"place_type_missing", K, [](Report& r) { r.mutable_kelahiran()->clear_place_type(); }, "required",
                 "kelahiran.place_type", E},
        RuleCase{"birth_order_zero", K, [](Report& r) { r.mutable_kelahiran()->set_birth_order(0); },
                 "value_out_of_range", "kelahiran.birth_order", E},
        RuleCase{"weight_impossible", K, [](Report& r) { r.mutable_kelahiran()->set_weight_grams(50); },
                 "value_out_of_range", "kelahiran.weight_grams", E},
        RuleCase{"weight_unusual", K, [](Report& r) { r.mutable_kelahiran()->set_weight_grams(900); },
                 "value_unusual", "kelahiran.weight_grams", W},
        RuleCase{"length_missing", K, [](Report& r) { r.mutable_kelahiran()->clear_length_cm(); }, "required",
                 "kelahiran.length_cm", E},
        RuleCase{"mother_nik_short", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_mother()->set_nik("327305520395000"); }, "nik_length",
                 "kelahiran.mother.nik", E},
        RuleCase{"mother_nik_male", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_mother()->set_nik("3273051203950001"); },
                 "nik_sex_mismatch", "kelahiran.mother.nik", W},
        RuleCase{"mother_nik_other_birth_date", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_mother()->set_birth_date("1995-03-13"); },
                 "nik_birth_date_mismatch", "kelahiran.mother.nik", W},
        RuleCase{"mother_nik_old_region", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_mother()->set_nik("3273995203950001"); },
                 "nik_region_unknown", "kelahiran.mother.nik", W},
        RuleCase{"mother_born_after_child", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_mother()->set_birth_date("2026-11-21"); },
                 "parent_born_after_child", "kelahiran.mother.birth_date", E},
        RuleCase{"mother_very_young", K,
                 [](Report& r) {
                   auto* m = r.mutable_kelahiran()->mutable_mother();
                   m->set_birth_date("2016-01-05");
                   m->set_nik("3273054501160001");
                 },
                 "value_unusual", "kelahiran.mother.birth_date", W},
        RuleCase{"foreign_mother_without_passport", K,
                 [](Report& r) {
                   auto* m = r.mutable_kelahiran()->mutable_mother();
                   m->set_citizenship(pb::CITIZENSHIP_WNA);
                   m->clear_nik();
                 },
                 "required", "kelahiran.mother.passport_number", E},
        RuleCase{"foreign_mother_with_passport_ok", K,
                 [](Report& r) {
                   auto* m = r.mutable_kelahiran()->mutable_mother();
                   m->set_citizenship(pb::CITIZENSHIP_WNA);
                   m->clear_nik();
                   m->set_passport_number("X1234567");
                 },
                 "", "", E},
        RuleCase{"foreign_father_bad_passport", K,
                 [](Report& r) {
                   auto* f = r.mutable_kelahiran()->mutable_father();
                   f->set_citizenship(pb::CITIZENSHIP_WNA);
                   f->clear_nik();
                   f->set_passport_number("A 1");
                 },
                 "format_invalid", "kelahiran.father.passport_number", E},
        RuleCase{"wni_mother_without_nik", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_mother()->clear_nik(); }, "required",
                 "kelahiran.mother.nik", E},
        RuleCase{"father_unknown_ok", K,
                 [](Report& r) {
                   r.mutable_kelahiran()->clear_father();
                   r.mutable_kelahiran()->set_father_unknown(true);
                 },
                 "", "", E},
        RuleCase{"father_unknown_but_given", K, [](Report& r) { r.mutable_kelahiran()->set_father_unknown(true); },
                 "not_applicable", "kelahiran.father", E},
        RuleCase{"father_missing", K, [](Report& r) { r.mutable_kelahiran()->clear_father(); }, "required",
                 "kelahiran.father", E},
        RuleCase{"reporter_relation_missing", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_reporter()->clear_relation(); }, "required",
                 "kelahiran.reporter.relation", E},
        RuleCase{"one_witness", K, [](Report& r) { r.mutable_kelahiran()->mutable_witnesses()->RemoveLast(); },
                 "witness_count", "kelahiran.witnesses", E},
        RuleCase{"three_witnesses", K,
                 [](Report& r) { *r.mutable_kelahiran()->add_witnesses() = r.kelahiran().witnesses(0); },
                 "witness_count", "kelahiran.witnesses", E},
        RuleCase{"same_witness_twice", K,
                 [](Report& r) {
                   r.mutable_kelahiran()->mutable_witnesses(1)->set_nik(r.kelahiran().witnesses(0).nik());
                 },
                 "same_person_twice", "kelahiran.witnesses[1].nik", E},
        RuleCase{"witness_name_missing", K,
                 [](Report& r) { r.mutable_kelahiran()->mutable_witnesses(1)->clear_name(); }, "required",
                 "kelahiran.witnesses[1].name", E},
        RuleCase{"kk_missing", K, [](Report& r) { r.mutable_kelahiran()->clear_kk_number(); }, "required",
                 "kelahiran.kk_number", E},
        RuleCase{"kk_serial_zero", K, [](Report& r) { r.mutable_kelahiran()->set_kk_number("3273051006150000"); },
                 "kk_serial_zero", "kelahiran.kk_number", E}),
    [](const auto& tp) { return std::string(tp.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Kematian, Rules,
    ::testing::Values(
        RuleCase{"death_before_birth", M, [](Report& r) { r.mutable_kematian()->set_death_date("1949-12-31"); },
                 "death_before_birth", "kematian.death_date", E},
        RuleCase{"death_in_future", M, [](Report& r) { r.mutable_kematian()->set_death_date("2027-01-01"); },
                 "date_future", "kematian.death_date", E},
        RuleCase{"deceased_nik_missing", M, [](Report& r) { r.mutable_kematian()->mutable_deceased()->clear_nik(); },
                 "required", "kematian.deceased.nik", E},
        RuleCase{"deceased_without_known_nik_ok", M,
                 [](Report& r) {
                   auto* d = r.mutable_kematian()->mutable_deceased();
                   d->clear_nik();
                   d->clear_birth_date();
                   d->set_nik_unknown(true);
                 },
                 "", "", E},
        RuleCase{"nik_unknown_but_given", M,
                 [](Report& r) { r.mutable_kematian()->mutable_deceased()->set_nik_unknown(true); }, "not_applicable",
                 "kematian.deceased.nik", E},
        RuleCase{"deceased_sex_differs_from_nik", M,
                 [](Report& r) { r.mutable_kematian()->mutable_deceased()->set_sex(pb::SEX_PEREMPUAN); },
                 "nik_sex_mismatch", "kematian.deceased.nik", W},
        RuleCase{"cause_missing", M, [](Report& r) { r.mutable_kematian()->clear_cause(); }, "required",
                 "kematian.cause", E},
        RuleCase{"certifier_missing", M, [](Report& r) { r.mutable_kematian()->clear_certified_by(); }, "required",
                 "kematian.certified_by", E},
        RuleCase{"death_day_wrong", M,
                 [](Report& r) { r.mutable_kematian()->set_death_day(pb::DAY_OF_WEEK_MINGGU); }, "derived_mismatch",
                 "kematian.death_day", E},
        RuleCase{"kk_optional", M, [](Report& r) { r.mutable_kematian()->clear_kk_number(); }, "", "", E}),
    [](const auto& tp) { return std::string(tp.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Perpindahan, Rules,
    ::testing::Values(
        RuleCase{"same_address", P,
                 [](Report& r) { *r.mutable_kepindahan()->mutable_destination() = r.kepindahan().origin(); },
                 "move_same_address", "kepindahan.destination", E},
        RuleCase{"same_desa_other_rt_ok", P,
                 [](Report& r) {
                   auto* d = r.mutable_kepindahan()->mutable_destination();
                   *d = r.kepindahan().origin();
                   d->set_rt("009");
                 },
                 "", "", E},
        RuleCase{"origin_not_this_kecamatan", P,
                 [](Report& r) {
                   r.mutable_kepindahan()->mutable_origin()->set_desa_code("32.73.01.1001");
                   r.clear_desa_code();
                 },
                 "move_origin_not_here", "kepindahan.origin.desa_code", E},
        RuleCase{"destination_not_this_kecamatan", D,
                 [](Report& r) {
                   r.mutable_kedatangan()->mutable_destination()->set_desa_code("32.73.01.1001");
                   r.clear_desa_code();
                 },
                 "move_destination_not_here", "kedatangan.destination.desa_code", E},
        RuleCase{"envelope_desa_not_the_origin", P, [](Report& r) { r.set_desa_code("32.73.05.1002"); },
                 "derived_mismatch", "desa_code", E},
        RuleCase{"envelope_desa_may_be_left_out", P, [](Report& r) { r.clear_desa_code(); }, "", "", E},
        RuleCase{"classification_typed_wrong", P,
                 [](Report& r) { r.mutable_kepindahan()->set_classification(pb::MOVE_CLASSIFICATION_ANTAR_DESA); },
                 "derived_mismatch", "kepindahan.classification", E},
        RuleCase{"classification_typed_right", P,
                 [](Report& r) {
                   r.mutable_kepindahan()->set_classification(pb::MOVE_CLASSIFICATION_ANTAR_PROVINSI);
                 },
                 "", "", E},
        RuleCase{"address_parent_code_wrong", P,
                 [](Report& r) { r.mutable_kepindahan()->mutable_origin()->set_kecamatan_code("32.73.01"); },
                 "derived_mismatch", "kepindahan.origin.kecamatan_code", E},
        RuleCase{"destination_desa_unknown", P,
                 [](Report& r) { r.mutable_kepindahan()->mutable_destination()->set_desa_code("31.71.01.9999"); },
                 "region_unknown", "kepindahan.destination.desa_code", E},
        RuleCase{"rt_not_digits", P, [](Report& r) { r.mutable_kepindahan()->mutable_origin()->set_rt("3a"); },
                 "format_invalid", "kepindahan.origin.rt", E},
        RuleCase{"postcode_short", P,
                 [](Report& r) { r.mutable_kepindahan()->mutable_origin()->set_postcode("4018"); }, "format_invalid",
                 "kepindahan.origin.postcode", E},
        RuleCase{"reason_other_needed", P,
                 [](Report& r) { r.mutable_kepindahan()->set_reason(pb::MOVE_REASON_LAINNYA); }, "required",
                 "kepindahan.reason_other", E},
        RuleCase{"whole_family_has_nobody_staying", P,
                 [](Report& r) { r.mutable_kepindahan()->set_move_type(pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA); },
                 "not_applicable", "kepindahan.kk_status_staying", E},
        RuleCase{"staying_status_needed", P, [](Report& r) { r.mutable_kepindahan()->clear_kk_status_staying(); },
                 "required", "kepindahan.kk_status_staying", E},
        RuleCase{"no_members", P, [](Report& r) { r.mutable_kepindahan()->clear_members(); }, "required",
                 "kepindahan.members", E},
        RuleCase{"member_twice", P,
                 [](Report& r) {
                   r.mutable_kepindahan()->mutable_members(1)->set_nik(r.kepindahan().members(0).nik());
                 },
                 "same_person_twice", "kepindahan.members[1].nik", E},
        RuleCase{"member_relation_missing", P,
                 [](Report& r) { r.mutable_kepindahan()->mutable_members(1)->clear_relation(); }, "required",
                 "kepindahan.members[1].relation", E},
        RuleCase{"planned_move_in_future_ok", P,
                 [](Report& r) { r.mutable_kepindahan()->set_move_date("2027-01-15"); }, "", "", E},
        RuleCase{"arrival_in_future", D, [](Report& r) { r.mutable_kedatangan()->set_move_date("2027-01-15"); },
                 "date_future", "kedatangan.move_date", E},
        RuleCase{"skpwni_needed_for_kedatangan", D, [](Report& r) { r.mutable_kedatangan()->clear_skpwni_number(); },
                 "required", "kedatangan.skpwni_number", E},
        RuleCase{"skpwni_not_typed_for_kepindahan", P,
                 [](Report& r) { r.mutable_kepindahan()->set_skpwni_number("SKPWNI/1"); }, "not_applicable",
                 "kepindahan.skpwni_number", E},
        RuleCase{"applicant_nik_invalid", P,
                 [](Report& r) { r.mutable_kepindahan()->set_applicant_nik("0073050107920002"); },
                 "nik_province_unknown", "kepindahan.applicant_nik", E}),
    [](const auto& tp) { return std::string(tp.param.name); });

TEST(Validator, MessagesNameTheFieldInBothLanguages) {
  Report r = testing::ValidKelahiran();
  r.mutable_kelahiran()->mutable_mother()->set_nik("12345");
  const ProblemList problems = Validate(r);
  ASSERT_TRUE(problems.Contains("nik_length", "kelahiran.mother.nik"));
  const Problem& p = problems.items()[0];
  EXPECT_EQ(p.message, "NIK ibu harus 16 digit (sekarang 5)");
  EXPECT_EQ(p.message_en, "Mother's NIK must be 16 digits (now 5)");
}

TEST(Validator, WitnessLabelsCountFromOne) {
  EXPECT_EQ(FieldLabel("kelahiran.witnesses[1].nik", false), "NIK saksi 2");
  EXPECT_EQ(FieldLabel("kematian.witnesses[0].name", true), "Witness 1's name");
  EXPECT_EQ(FieldLabel("kedatangan.move_date", false), "Tanggal kedatangan");
  EXPECT_EQ(FieldLabel("kepindahan.move_date", false), "Tanggal pindah");
}

TEST(DerivedFields, AreFilledFromWhatTheyDeriveFrom) {
  Report k = testing::ValidKelahiran();
  FillDerivedFields(&k, Regions());
  EXPECT_EQ(k.kelahiran().birth_day(), pb::DAY_OF_WEEK_JUMAT);  // 2026-11-20 is a Friday

  Report p = testing::ValidKepindahan();
  p.clear_desa_code();
  FillDerivedFields(&p, Regions());
  EXPECT_EQ(p.kepindahan().classification(), pb::MOVE_CLASSIFICATION_ANTAR_PROVINSI);
  EXPECT_EQ(p.kepindahan().destination().kabupaten_code(), "31.71");
  EXPECT_EQ(p.kepindahan().origin().kecamatan_code(), "32.73.05");
  EXPECT_EQ(p.desa_code(), "32.73.05.1001");
  EXPECT_TRUE(Validate(p).empty()) << Describe(Validate(p));

  Report d = testing::ValidKedatangan();
  FillDerivedFields(&d, Regions());
  EXPECT_EQ(d.kedatangan().classification(), pb::MOVE_CLASSIFICATION_ANTAR_KECAMATAN);
  EXPECT_TRUE(Validate(d).empty()) << Describe(Validate(d));
}

TEST(DerivedFields, ClassificationCoversEveryLevel) {
  struct Case {
    const char* to;
    pb::MoveClassification expected;
  };
  for (const Case& c : {Case{"32.73.05.1001", pb::MOVE_CLASSIFICATION_DALAM_DESA},
                        Case{"32.73.05.1002", pb::MOVE_CLASSIFICATION_ANTAR_DESA},
                        Case{"32.73.01.1001", pb::MOVE_CLASSIFICATION_ANTAR_KECAMATAN},
                        Case{"32.04.05.2001", pb::MOVE_CLASSIFICATION_ANTAR_KABUPATEN},
                        Case{"31.71.01.1001", pb::MOVE_CLASSIFICATION_ANTAR_PROVINSI}}) {
    Report p = testing::ValidKepindahan();
    p.mutable_kepindahan()->mutable_destination()->set_desa_code(c.to);
    FillDerivedFields(&p, Regions());
    EXPECT_EQ(p.kepindahan().classification(), c.expected) << c.to;
  }
}

struct EditCase {
  SyncState sync;
  WorkflowState workflow;
  bool editable;
};

void PrintTo(const EditCase& c, std::ostream* os) {
  *os << SyncStateName(c.sync) << "/" << WorkflowStateName(c.workflow);
}

class EditPolicy : public ::testing::TestWithParam<EditCase> {};

TEST_P(EditPolicy, DraftQueuedOrNeedsCorrection) {
  const auto& c = GetParam();
  const Status s = CheckEditable(c.sync, c.workflow);
  EXPECT_EQ(s.ok(), c.editable) << SyncStateName(c.sync) << "/" << WorkflowStateName(c.workflow);
  if (!c.editable) {
    EXPECT_EQ(s.code(), StatusCode::kFailedPrecondition);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, EditPolicy,
    ::testing::Values(EditCase{pb::SYNC_STATE_DRAFT, pb::WORKFLOW_STATE_UNSPECIFIED, true},
                      EditCase{pb::SYNC_STATE_QUEUED, pb::WORKFLOW_STATE_UNSPECIFIED, true},
                      EditCase{pb::SYNC_STATE_SENT, pb::WORKFLOW_STATE_UNSPECIFIED, false},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_DIAJUKAN, false},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, false},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_TERVERIFIKASI, false},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_PERLU_PERBAIKAN, true},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, false},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_TERCATAT, false},
                      EditCase{pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_DITOLAK, false},
                      EditCase{pb::SYNC_STATE_CONFLICT, pb::WORKFLOW_STATE_DIAJUKAN, false}));

}  // namespace
}  // namespace lampid::domain
