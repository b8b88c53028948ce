#include "domain/report_validator.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/civil_time.h"
#include "core/uuid.h"
#include "domain/nik.h"
#include "domain/report_json.h"

namespace lampid::domain {
namespace {

constexpr int kWitOffsetMinutes = 9 * 60;
constexpr size_t kMaxNameLength = 100;
constexpr size_t kMaxTextLength = 200;

int ZoneOffsetMinutes(pb::TimeZone zone) {
  switch (zone) {
    case pb::TIME_ZONE_WIB: return 7 * 60;
    case pb::TIME_ZONE_WITA: return 8 * 60;
    case pb::TIME_ZONE_WIT: return 9 * 60;
    default: return kWitOffsetMinutes;
  }
}

std::string Join(const std::string& prefix, std::string_view name) {
  return prefix.empty() ? std::string(name) : prefix + "." + std::string(name);
}

pb::DayOfWeek DayOf(CivilDate d) { return static_cast<pb::DayOfWeek>(IsoWeekday(d)); }

pb::MoveClassification Classify(std::string_view origin_desa, std::string_view destination_desa) {
  if (origin_desa == destination_desa) return pb::MOVE_CLASSIFICATION_DALAM_DESA;
  auto same = [&](RegionLevel level) {
    return RegionTable::Ancestor(origin_desa, level) == RegionTable::Ancestor(destination_desa, level);
  };
  if (same(RegionLevel::kKecamatan)) return pb::MOVE_CLASSIFICATION_ANTAR_DESA;
  if (same(RegionLevel::kKabupaten)) return pb::MOVE_CLASSIFICATION_ANTAR_KECAMATAN;
  if (same(RegionLevel::kProvinsi)) return pb::MOVE_CLASSIFICATION_ANTAR_KABUPATEN;
  return pb::MOVE_CLASSIFICATION_ANTAR_PROVINSI;
}

template <typename E>
std::string EnumText(const google::protobuf::EnumDescriptor* type, E value) {
  const auto* v = type->FindValueByNumber(static_cast<int>(value));
  return v ? EnumJsonName(v) : std::to_string(static_cast<int>(value));
}

// Checks one report; one instance per call.
class Validator {
 public:
  Validator(const ValidationContext& ctx)
      : regions_(ctx.regions), now_(ctx.now_millis), today_(DateAt(ctx.now_millis, kWitOffsetMinutes)) {}

  ProblemList Run(const Report& r) {
    CheckEnvelope(r);
    switch (r.details_case()) {
      case Report::kKelahiran: CheckKelahiran(r.kelahiran(), "kelahiran"); break;
      case Report::kKematian: CheckKematian(r.kematian(), "kematian"); break;
      case Report::kKepindahan: CheckPerpindahan(r, r.kepindahan(), "kepindahan", /*kedatangan=*/false); break;
      case Report::kKedatangan: CheckPerpindahan(r, r.kedatangan(), "kedatangan", /*kedatangan=*/true); break;
      case Report::DETAILS_NOT_SET: break;
    }
    return std::move(p_);
  }

 private:
  // ---- building blocks -------------------------------------------------------------------------------

  bool Required(bool present, const std::string& field) {
    if (!present) p_.Add("required", field);
    return present;
  }

  // Free text: required or not, at most `max` bytes of UTF-8.
  void Text(const std::string& v, const std::string& field, bool required, size_t max = kMaxTextLength) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return;
    }
    if (v.size() > max) p_.Add("too_long", field, std::to_string(max));
  }

  // A person's name: letters (any script), spaces and . , ' -
  void Name(const std::string& v, const std::string& field, bool required) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return;
    }
    if (v.size() > kMaxNameLength) {
      p_.Add("too_long", field, std::to_string(kMaxNameLength));
      return;
    }
    const bool ok = std::all_of(v.begin(), v.end(), [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return c >= 0x80 || std::isalpha(c) || c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-';
    });
    const bool has_letter = std::any_of(v.begin(), v.end(), [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return c >= 0x80 || std::isalpha(c);
    });
    if (!ok || !has_letter) p_.Add("name_invalid_chars", field);
  }

  template <typename E>
  bool Enum(E value, const google::protobuf::EnumDescriptor* type, const std::string& field, bool required = true) {
    if (static_cast<int>(value) == 0) {
      if (required) p_.Add("required", field);
      return false;
    }
    if (!type->FindValueByNumber(static_cast<int>(value))) {
      p_.Add("json_enum_invalid", field, EnumJsonChoices(type));
      return false;
    }
    return true;
  }

  std::optional<CivilDate> Date(const std::string& v, const std::string& field, bool required, bool not_future) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return std::nullopt;
    }
    const auto d = ParseIsoDate(v);
    if (!d) {
      p_.Add("date_invalid", field);
      return std::nullopt;
    }
    if (not_future && *d > today_) {
      p_.Add("date_future", field);
      return std::nullopt;
    }
    if (d->year() < std::chrono::year{1850}) {
      p_.Add("value_out_of_range", field, "1850-01-01 …");
      return std::nullopt;
    }
    return d;
  }

  std::optional<TimeOfDay> Time(const std::string& v, const std::string& field, bool required) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return std::nullopt;
    }
    const auto t = ParseTimeOfDay(v);
    if (!t) p_.Add("time_invalid", field);
    return t;
  }

  // An event at a local date and time: the instant must not be after now.
  void EventNotFuture(std::optional<CivilDate> date, std::optional<TimeOfDay> time, pb::TimeZone zone,
                      const std::string& time_field) {
    if (!date || !time || zone == pb::TIME_ZONE_UNSPECIFIED) return;
    if (ToUnixMillis(*date, *time, ZoneOffsetMinutes(zone)) > now_) p_.Add("date_future", time_field);
  }

  // A NIK field, with optional cross-checks against the sex and birth date given on the form.
  std::optional<NikInfo> NikField(const std::string& v, const std::string& field, bool required,
                                  Sex expected_sex = pb::SEX_UNSPECIFIED, std::optional<CivilDate> birth = {}) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return std::nullopt;
    }
    auto info = CheckNik(v, regions_, today_, field, p_);
    if (!info) return info;
    if (expected_sex != pb::SEX_UNSPECIFIED && info->sex != expected_sex) {
      p_.Add("nik_sex_mismatch", field, info->sex == pb::SEX_PEREMPUAN ? "perempuan" : "laki_laki");
    }
    if (birth && info->birth_date != *birth) p_.Add("nik_birth_date_mismatch", field, FormatIsoDate(info->birth_date));
    return info;
  }

  void KkField(const std::string& v, const std::string& field, bool required) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return;
    }
    CheckKk(v, regions_, today_, field, p_);
  }

  // A region code of an exact level that must exist today.
  const Region* RegionField(const std::string& v, const std::string& field, RegionLevel level, bool required) {
    static constexpr const char* kExample[] = {"32", "32.73", "32.73.05", "32.73.05.1001"};
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return nullptr;
    }
    const auto shape = RegionTable::LevelOfCode(v);
    if (!shape || *shape != level) {
      p_.Add("region_code_invalid", field, kExample[static_cast<int>(level)]);
      return nullptr;
    }
    const Region* r = regions_.Find(v);
    if (!r) p_.Add("region_unknown", field, v);
    return r;
  }

  void DigitsField(const std::string& v, const std::string& field, size_t min_len, size_t max_len, bool required,
                   std::string_view example) {
    if (v.empty()) {
      if (required) p_.Add("required", field);
      return;
    }
    const bool ok = v.size() >= min_len && v.size() <= max_len &&
                    std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) p_.Add("format_invalid", field, std::string(example));
  }

  template <typename E>
  void Derived(E given, E expected, const google::protobuf::EnumDescriptor* type, const std::string& field) {
    if (static_cast<int>(given) != 0 && given != expected) p_.Add("derived_mismatch", field, EnumText(type, expected));
  }

  void Witnesses(const google::protobuf::RepeatedPtrField<Witness>& ws, const std::string& prefix) {
    const std::string field = Join(prefix, "witnesses");
    if (ws.size() != 2) p_.Add("witness_count", field, std::to_string(ws.size()));
    for (int i = 0; i < ws.size(); ++i) {
      const std::string w = field + "[" + std::to_string(i) + "]";
      NikField(ws[i].nik(), w + ".nik", true);
      Name(ws[i].name(), w + ".name", true);
    }
    if (ws.size() == 2 && !ws[0].nik().empty() && ws[0].nik() == ws[1].nik()) {
      p_.Add("same_person_twice", field + "[1].nik", ws[1].nik().substr(0, 4) + "…");
    }
  }

  void ReporterFields(const Reporter& r, const std::string& prefix) {
    const std::string f = Join(prefix, "reporter");
    NikField(r.nik(), f + ".nik", true);
    Name(r.name(), f + ".name", true);
    Enum(r.relation(), pb::ReporterRelation_descriptor(), f + ".relation");
  }

  // ---- the envelope ----------------------------------------------------------------------------------

  void CheckEnvelope(const Report& r) {
    if (!r.id().empty() && !IsCanonicalUuid(r.id())) p_.Add("uuid_invalid", "id");
    if (Enum(r.kind(), pb::ReportKind_descriptor(), "kind")) {
      const auto expected = [&]() -> ReportKind {
        switch (r.details_case()) {
          case Report::kKelahiran: return pb::REPORT_KIND_KELAHIRAN;
          case Report::kKematian: return pb::REPORT_KIND_KEMATIAN;
          case Report::kKepindahan: return pb::REPORT_KIND_KEPINDAHAN;
          case Report::kKedatangan: return pb::REPORT_KIND_KEDATANGAN;
          case Report::DETAILS_NOT_SET: break;
        }
        return pb::REPORT_KIND_UNSPECIFIED;
      }();
      if (expected == pb::REPORT_KIND_UNSPECIFIED) {
        p_.Add("required", KindName(r.kind()));
      } else if (expected != r.kind()) {
        p_.Add("kind_mismatch", "kind", KindName(expected));
      }
    }
    const Region* kec = RegionField(r.kecamatan_code(), "kecamatan_code", RegionLevel::kKecamatan, true);
    // A move's desa is its origin (Kepindahan) or destination (Kedatangan); derived when left empty.
    const bool is_move = r.has_kepindahan() || r.has_kedatangan();
    const Region* desa = RegionField(r.desa_code(), "desa_code", RegionLevel::kDesa, !is_move);
    if (kec && desa && RegionTable::Ancestor(desa->code, RegionLevel::kKecamatan) != kec->code) {
      p_.Add("desa_not_in_kecamatan", "desa_code", desa->code);
    }
    if (!r.created_at().empty() && !ParseTimestamp(r.created_at())) p_.Add("timestamp_invalid", "created_at");
    if (!r.updated_at().empty() && !ParseTimestamp(r.updated_at())) p_.Add("timestamp_invalid", "updated_at");
    Text(r.operator_id(), "operator_id", false, 64);
  }

  // ---- Kelahiran -------------------------------------------------------------------------------------

  void CheckParent(const Parent& p, const std::string& f, Sex sex, std::optional<CivilDate> child_birth) {
    const bool foreign = p.citizenship() == pb::CITIZENSHIP_WNA;
    Enum(p.citizenship(), pb::Citizenship_descriptor(), f + ".citizenship");
    Name(p.name(), f + ".name", true);
    const auto birth = Date(p.birth_date(), f + ".birth_date", true, true);
    // A foreign parent is identified by passport; a NIK (held by some foreign residents) is optional then.
    NikField(p.nik(), f + ".nik", !foreign, sex, birth);
    if (foreign) {
      if (Required(!p.passport_number().empty(), f + ".passport_number")) {
        const auto& pn = p.passport_number();
        const bool ok = pn.size() >= 5 && pn.size() <= 20 && std::all_of(pn.begin(), pn.end(), [](char c) {
                          return std::isalnum(static_cast<unsigned char>(c));
                        });
        if (!ok) p_.Add("format_invalid", f + ".passport_number", "5–20 huruf/angka, mis. X1234567");
      }
    }
    if (birth && child_birth) {
      if (*birth >= *child_birth) {
        p_.Add("parent_born_after_child", f + ".birth_date", FormatIsoDate(*child_birth));
      } else {
        const int age = YearsBetween(*birth, *child_birth);
        if (age < 12 || age > 60) p_.Add("value_unusual", f + ".birth_date", std::to_string(age) + " tahun/years");
      }
    }
  }

  void CheckKelahiran(const Kelahiran& k, const std::string& f) {
    Name(k.child_name(), Join(f, "child_name"), true);
    Enum(k.child_sex(), pb::Sex_descriptor(), Join(f, "child_sex"));
    const auto birth = Date(k.birth_date(), Join(f, "birth_date"), true, true);
    const auto time = Time(k.birth_time(), Join(f, "birth_time"), true);
    Enum(k.time_zone(), pb::TimeZone_descriptor(), Join(f, "time_zone"));
    EventNotFuture(birth, time, k.time_zone(), Join(f, "birth_time"));
    if (birth) Derived(k.birth_day(), DayOf(*birth), pb::DayOfWeek_descriptor(), Join(f, "birth_day"));
    Text(k.birth_place(), Join(f, "birth_place"), true);
    Enum(k.place_type(), pb::BirthPlaceType_descriptor(), Join(f, "place_type"));
    Enum(k.birth_type(), pb::BirthType_descriptor(), Join(f, "birth_type"));
    if (Required(k.has_birth_order(), Join(f, "birth_order")) && (k.birth_order() < 1 || k.birth_order() > 30)) {
      p_.Add("value_out_of_range", Join(f, "birth_order"), "1–30");
    }
    Enum(k.attendant(), pb::BirthAttendant_descriptor(), Join(f, "attendant"));
    if (Required(k.has_weight_grams(), Join(f, "weight_grams"))) {
      const int w = k.weight_grams();
      if (w < 200 || w > 9000) {
        p_.Add("value_out_of_range", Join(f, "weight_grams"), "200–9000 g");
      } else if (w < 1000 || w > 5500) {
        p_.Add("value_unusual", Join(f, "weight_grams"), std::to_string(w) + " g");
      }
    }
    if (Required(k.has_length_cm(), Join(f, "length_cm"))) {
      const double l = k.length_cm();
      if (!(l >= 15 && l <= 75)) {
        p_.Add("value_out_of_range", Join(f, "length_cm"), "15–75 cm");
      } else if (l < 35 || l > 60) {
        p_.Add("value_unusual", Join(f, "length_cm"), std::to_string(static_cast<int>(std::lround(l))) + " cm");
      }
    }
    if (Required(k.has_mother(), Join(f, "mother"))) {
      CheckParent(k.mother(), Join(f, "mother"), pb::SEX_PEREMPUAN, birth);
    }
    if (k.father_unknown()) {
      if (k.has_father() && k.father().ByteSizeLong() > 0) {
        p_.Add("not_applicable", Join(f, "father"), "karena ayah tidak diketahui / because the father is unknown");
      }
    } else if (Required(k.has_father(), Join(f, "father"))) {
      CheckParent(k.father(), Join(f, "father"), pb::SEX_LAKI_LAKI, birth);
    }
    if (Required(k.has_reporter(), Join(f, "reporter"))) ReporterFields(k.reporter(), f);
    Witnesses(k.witnesses(), f);
    KkField(k.kk_number(), Join(f, "kk_number"), true);
  }

  // ---- Kematian --------------------------------------------------------------------------------------

  void CheckKematian(const Kematian& k, const std::string& f) {
    std::optional<CivilDate> birth;
    const std::string d = Join(f, "deceased");
    if (Required(k.has_deceased(), d)) {
      const Deceased& x = k.deceased();
      Name(x.name(), d + ".name", true);
      const bool has_sex = Enum(x.sex(), pb::Sex_descriptor(), d + ".sex");
      birth = Date(x.birth_date(), d + ".birth_date", !x.nik_unknown(), true);
      if (x.nik_unknown()) {
        if (!x.nik().empty()) p_.Add("not_applicable", d + ".nik", "karena NIK tidak diketahui / because the NIK is unknown");
      } else {
        NikField(x.nik(), d + ".nik", true, has_sex ? x.sex() : pb::SEX_UNSPECIFIED, birth);
      }
    }
    const auto death = Date(k.death_date(), Join(f, "death_date"), true, true);
    const auto time = Time(k.death_time(), Join(f, "death_time"), true);
    Enum(k.time_zone(), pb::TimeZone_descriptor(), Join(f, "time_zone"));
    EventNotFuture(death, time, k.time_zone(), Join(f, "death_time"));
    if (death) Derived(k.death_day(), DayOf(*death), pb::DayOfWeek_descriptor(), Join(f, "death_day"));
    if (birth && death && *death < *birth) {
      p_.Add("death_before_birth", Join(f, "death_date"), FormatIsoDate(*birth));
    }
    Text(k.death_place(), Join(f, "death_place"), true);
    Enum(k.cause(), pb::DeathCause_descriptor(), Join(f, "cause"));
    Enum(k.certified_by(), pb::DeathCertifier_descriptor(), Join(f, "certified_by"));
    if (Required(k.has_reporter(), Join(f, "reporter"))) ReporterFields(k.reporter(), f);
    Witnesses(k.witnesses(), f);
    KkField(k.kk_number(), Join(f, "kk_number"), false);
  }

  // ---- Kepindahan / Kedatangan -------------------------------------------------------------------------

  const Region* CheckAddress(const Address& a, const std::string& f) {
    Text(a.street(), f + ".street", true);
    DigitsField(a.rt(), f + ".rt", 1, 3, true, "1–3 angka, mis. 003");
    DigitsField(a.rw(), f + ".rw", 1, 3, true, "1–3 angka, mis. 011");
    DigitsField(a.postcode(), f + ".postcode", 5, 5, false, "5 angka, mis. 40115");
    const Region* desa = RegionField(a.desa_code(), f + ".desa_code", RegionLevel::kDesa, true);
    if (!desa) return nullptr;
    const std::pair<const std::string*, RegionLevel> parents[] = {
        {&a.kecamatan_code(), RegionLevel::kKecamatan},
        {&a.kabupaten_code(), RegionLevel::kKabupaten},
        {&a.provinsi_code(), RegionLevel::kProvinsi}};
    const char* names[] = {".kecamatan_code", ".kabupaten_code", ".provinsi_code"};
    for (int i = 0; i < 3; ++i) {
      const std::string_view expected = RegionTable::Ancestor(desa->code, parents[i].second);
      if (!parents[i].first->empty() && *parents[i].first != expected) {
        p_.Add("derived_mismatch", f + names[i], std::string(expected));
      }
    }
    return desa;
  }

  static bool SameAddress(const Address& a, const Address& b) {
    auto norm = [](const std::string& s) {
      std::string out;
      for (char c : s) {
        if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      return out;
    };
    auto num = [](const std::string& s) {
      const auto first = s.find_first_not_of('0');
      return first == std::string::npos ? std::string("0") : s.substr(first);
    };
    return a.desa_code() == b.desa_code() && num(a.rt()) == num(b.rt()) && num(a.rw()) == num(b.rw()) &&
           norm(a.street()) == norm(b.street());
  }

  void CheckPerpindahan(const Report& r, const Perpindahan& m, const std::string& f, bool kedatangan) {
    NikField(m.applicant_nik(), Join(f, "applicant_nik"), true);
    Name(m.applicant_name(), Join(f, "applicant_name"), true);
    KkField(m.kk_number(), Join(f, "kk_number"), true);
    const Region* origin = Required(m.has_origin(), Join(f, "origin")) ? CheckAddress(m.origin(), Join(f, "origin"))
                                                                        : nullptr;
    const Region* dest = Required(m.has_destination(), Join(f, "destination"))
                             ? CheckAddress(m.destination(), Join(f, "destination"))
                             : nullptr;
    if (origin && dest) {
      if (SameAddress(m.origin(), m.destination())) p_.Add("move_same_address", Join(f, "destination"));
      Derived(m.classification(), Classify(origin->code, dest->code), pb::MoveClassification_descriptor(),
              Join(f, "classification"));
    }
    // The office that records the report is the origin's (Kepindahan) or the destination's (Kedatangan).
    const Region* here = kedatangan ? dest : origin;
    const std::string here_field = Join(f, kedatangan ? "destination.desa_code" : "origin.desa_code");
    if (here && !r.kecamatan_code().empty() &&
        RegionTable::Ancestor(here->code, RegionLevel::kKecamatan) != r.kecamatan_code()) {
      p_.Add(kedatangan ? "move_destination_not_here" : "move_origin_not_here", here_field, r.kecamatan_code());
    }
    if (here && !r.desa_code().empty() && r.desa_code() != here->code) {
      p_.Add("derived_mismatch", "desa_code", here->code);
    }
    if (Enum(m.reason(), pb::MoveReason_descriptor(), Join(f, "reason")) && m.reason() == pb::MOVE_REASON_LAINNYA) {
      Text(m.reason_other(), Join(f, "reason_other"), true);
    } else {
      Text(m.reason_other(), Join(f, "reason_other"), false);
    }
    const bool has_type = Enum(m.move_type(), pb::MoveType_descriptor(), Join(f, "move_type"));
    Enum(m.kk_status_moving(), pb::KkStatus_descriptor(), Join(f, "kk_status_moving"));
    // When the whole family moves, nobody stays behind to have a KK status.
    const bool whole_family = m.move_type() == pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA;
    if (has_type && whole_family) {
      if (m.kk_status_staying() != pb::KK_STATUS_UNSPECIFIED) {
        p_.Add("not_applicable", Join(f, "kk_status_staying"),
               "karena seluruh keluarga pindah / because the whole family moves");
      }
    } else if (has_type) {
      Enum(m.kk_status_staying(), pb::KkStatus_descriptor(), Join(f, "kk_status_staying"));
    }
    const std::string members = Join(f, "members");
    if (m.members().empty()) p_.Add("required", members);
    for (int i = 0; i < m.members_size(); ++i) {
      const std::string mf = members + "[" + std::to_string(i) + "]";
      const MovingMember& x = m.members(i);
      NikField(x.nik(), mf + ".nik", true);
      Name(x.name(), mf + ".name", true);
      Enum(x.relation(), pb::FamilyRelation_descriptor(), mf + ".relation");
      for (int j = 0; j < i; ++j) {
        if (!x.nik().empty() && m.members(j).nik() == x.nik()) {
          p_.Add("same_person_twice", mf + ".nik", "anggota/member " + std::to_string(j + 1));
        }
      }
    }
    // A planned move-out may lie ahead; an arrival has happened.
    Date(m.move_date(), Join(f, "move_date"), true, /*not_future=*/kedatangan);
    if (kedatangan) {
      const auto& s = m.skpwni_number();
      if (Required(!s.empty(), Join(f, "skpwni_number"))) {
        const bool ok = s.size() <= 40 && std::all_of(s.begin(), s.end(), [](char c) {
                          return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '.' || c == '-';
                        });
        if (!ok) p_.Add("format_invalid", Join(f, "skpwni_number"), "huruf, angka, / . - (maks. 40)");
      }
    } else if (!m.skpwni_number().empty()) {
      p_.Add("not_applicable", Join(f, "skpwni_number"),
             "karena nomor SKPWNI diberikan saat pencatatan / because the registry assigns it");
    }
  }

  const RegionTable& regions_;
  int64_t now_;
  CivilDate today_;
  ProblemList p_;
};

void FillAddress(Address* a, const RegionTable& regions) {
  if (!regions.Find(a->desa_code())) return;
  a->set_kecamatan_code(std::string(RegionTable::Ancestor(a->desa_code(), RegionLevel::kKecamatan)));
  a->set_kabupaten_code(std::string(RegionTable::Ancestor(a->desa_code(), RegionLevel::kKabupaten)));
  a->set_provinsi_code(std::string(RegionTable::Ancestor(a->desa_code(), RegionLevel::kProvinsi)));
}

}  // namespace

ProblemList ValidateReport(const Report& report, const ValidationContext& ctx) { return Validator(ctx).Run(report); }

void FillDerivedFields(Report* r, const RegionTable& regions) {
  if (r->has_kelahiran()) {
    if (const auto d = ParseIsoDate(r->kelahiran().birth_date())) r->mutable_kelahiran()->set_birth_day(DayOf(*d));
  } else if (r->has_kematian()) {
    if (const auto d = ParseIsoDate(r->kematian().death_date())) r->mutable_kematian()->set_death_day(DayOf(*d));
  } else if (r->has_kepindahan() || r->has_kedatangan()) {
    const bool kedatangan = r->has_kedatangan();
    Perpindahan* m = kedatangan ? r->mutable_kedatangan() : r->mutable_kepindahan();
    FillAddress(m->mutable_origin(), regions);
    FillAddress(m->mutable_destination(), regions);
    if (regions.Find(m->origin().desa_code()) && regions.Find(m->destination().desa_code())) {
      m->set_classification(Classify(m->origin().desa_code(), m->destination().desa_code()));
    }
    const std::string& here = kedatangan ? m->destination().desa_code() : m->origin().desa_code();
    if (r->desa_code().empty() && regions.Find(here)) r->set_desa_code(here);
  }
}

Status CheckEditable(SyncState sync_state, WorkflowState workflow_state) {
  if (sync_state == pb::SYNC_STATE_DRAFT || sync_state == pb::SYNC_STATE_QUEUED) return Status::Ok();
  if (workflow_state == pb::WORKFLOW_STATE_PERLU_PERBAIKAN) return Status::Ok();
  return Status::FailedPrecondition(
      "Laporan ini sudah dikirim dan sedang diproses (" + WorkflowStateName(workflow_state) +
      "); laporan hanya bisa diubah saat masih draf atau antre, atau bila diminta perbaikan");
}

}  // namespace lampid::domain
