#include "population/report_generator.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

#include "core/civil_time.h"
#include "domain/nik.h"
#include "domain/report_validator.h"

namespace lampid::population {
namespace {

namespace pb = domain::pb;
using domain::RegionLevel;
using domain::RegionTable;

constexpr int64_t kDayMillis = 86'400'000;
// How many households an event looks at before it gives up on its kind (a tiny kecamatan may have no
// woman of the right age, for instance) and tries another.
constexpr int kTries = 48;

CivilDate AddDays(CivilDate d, int64_t days) { return CivilDate{std::chrono::sys_days(d) + std::chrono::days{days}}; }

std::string TimeText(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

std::string ThreeDigits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d", n);
  return buf;
}

// A UUIDv7 whose random bits come from the generator, so that the same seed gives the same ids.
std::string DeterministicUuidV7(int64_t millis, Rng& rng) {
  const uint64_t hi = (static_cast<uint64_t>(millis) << 16) | 0x7000 | (rng.Next() & 0x0fff);
  const uint64_t lo = (rng.Next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xffff), static_cast<unsigned>(hi & 0xffff),
                static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xffffffffffffULL));
  return buf;
}

// One letter changed (never the first of the name, never to the same letter in any case).
std::string Misspell(const std::string& name, Rng& rng) {
  std::vector<size_t> letters;
  for (size_t i = 1; i < name.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(name[i]))) letters.push_back(i);
  }
  if (letters.empty()) return name + "a";
  std::string out = name;
  const size_t at = letters[rng.Below(static_cast<uint32_t>(letters.size()))];
  const char original = static_cast<char>(std::tolower(static_cast<unsigned char>(out[at])));
  static constexpr std::string_view kVowels = "aiueo";
  static constexpr std::string_view kConsonants = "bdghklmnprstwy";
  const std::string_view pool = kVowels.find(original) != std::string_view::npos ? kVowels : kConsonants;
  char replacement = original;
  while (replacement == original) replacement = pool[rng.Below(static_cast<uint32_t>(pool.size()))];
  out[at] = std::isupper(static_cast<unsigned char>(out[at])) ? static_cast<char>(std::toupper(replacement)) : replacement;
  return out;
}

constexpr std::string_view kClinicNames[] = {"Bunda", "Permata Hati", "Kasih Ibu", "Harapan Bunda", "Mutiara",
                                             "Sehat Sentosa", "Budi Mulia", "Amanah", "Medika", "Citra Husada"};
constexpr std::string_view kUnknownDeceased[] = {"Mr. X", "Tidak Dikenal", "Tanpa Identitas"};
constexpr std::string_view kReasonOther[] = {"Ikut suami", "Pensiun", "Merawat orang tua", "Usaha sendiri"};

}  // namespace

std::string_view AlterationName(Alteration a) {
  switch (a) {
    case Alteration::kNone: return "none";
    case Alteration::kUnknownNik: return "unknown_nik";
    case Alteration::kMisspeltName: return "misspelt_name";
    case Alteration::kWrongKk: return "wrong_kk";
  }
  return "none";
}

// One event and the report(s) it gives: the working state of NextEvent.
class ReportGenerator::Event {
 public:
  Event(const Population& pop, int kecamatan_index, Rng& rng, int64_t now_millis, const GeneratorOptions& options)
      : pop_(pop),
        regions_(pop.regions()),
        k_(kecamatan_index),
        kec_(pop.Kecamatan()[static_cast<size_t>(kecamatan_index)]),
        rng_(rng),
        now_(now_millis),
        options_(options) {
    zone_ = ZoneOfProvince(RegionTable::Ancestor(kec_.code, RegionLevel::kProvinsi));
    offset_ = ZoneOffsetMinutes(zone_);
    today_ = DateAt(now_, offset_);
    kab_ = regions_.Find(RegionTable::Ancestor(kec_.code, RegionLevel::kKabupaten));
  }

  std::vector<GeneratedReport> Run(size_t max_reports) {
    // A kind that finds nobody suitable (a tiny kecamatan) falls back to the next; a kedatangan always works.
    size_t kind = rng_.Weighted(options_.kind_weights);
    alter_ = rng_.Chance(options_.unknown_share);
    for (int attempt = 0; attempt < 4; ++attempt, kind = (kind + 1) % 4) {
      std::vector<GeneratedReport> out;
      bool ok = false;
      switch (kind) {
        case 0: ok = Kelahiran(max_reports, out); break;
        case 1: ok = Kematian(out); break;
        case 2: ok = Kepindahan(out); break;
        default: ok = Kedatangan(out); break;
      }
      if (ok) {
        for (auto& g : out) {
          domain::FillDerivedFields(&g.report, regions_);
        }
        return out;
      }
    }
    std::vector<GeneratedReport> out;
    Kedatangan(out);
    for (auto& g : out) domain::FillDerivedFields(&g.report, regions_);
    return out;
  }

 private:
  // ---- picking people -------------------------------------------------------------------------------------

  // A household registered and living in kecamatan `k` (not one that moved away), or nullopt.
  std::optional<Household> LivingHousehold(int k) {
    const int n = pop_.HouseholdCount(k);
    Household h = pop_.GetHousehold(k, static_cast<int>(rng_.Below(static_cast<uint32_t>(n))));
    if (h.moved) return std::nullopt;
    return h;
  }

  bool Adult(const Person& p, int min_age = 18) const { return p.Usable() && p.AgeAt(event_date_) >= min_age; }

  // A usable adult outside the households in `exclude` (by index), living in this kecamatan or, when it
  // is too small, elsewhere in its kabupaten. Never nullopt in practice; nullopt after many failures.
  std::optional<Person> Outsider(std::initializer_list<int> exclude, std::string_view not_nik = {}) {
    for (int t = 0; t < kTries * 2; ++t) {
      int k = k_;
      if (t >= kTries) {
        const auto kecs = regions_.Children(kab_->code);
        k = *pop_.KecamatanIndex(rng_.Pick(kecs).code);
      }
      auto h = LivingHousehold(k);
      if (!h || (k == k_ && std::find(exclude.begin(), exclude.end(), h->index) != exclude.end())) continue;
      const Person& p = h->members[rng_.Below(static_cast<uint32_t>(h->members.size()))];
      if (Adult(p) && p.nik != not_nik) return p;
    }
    return std::nullopt;
  }

  // Two different adults from other households, neither of them the reporter.
  bool Witnesses(google::protobuf::RepeatedPtrField<domain::Witness>* out, std::initializer_list<int> exclude,
                 const std::string& reporter_nik) {
    std::optional<Person> a, b;
    for (int t = 0; t < 4 && (!a || a->nik == reporter_nik); ++t) a = Outsider(exclude);
    for (int t = 0; t < 4 && (!b || b->nik == reporter_nik); ++t) b = Outsider(exclude, a ? a->nik : "");
    if (!a || !b || a->nik == reporter_nik || b->nik == reporter_nik) return false;
    for (const Person* p : {&*a, &*b}) {
      auto* w = out->Add();
      w->set_nik(p->nik);
      w->set_name(p->name);
    }
    return true;
  }

  // ---- dates and the envelope ----------------------------------------------------------------------------

  void PickEventDate() { event_date_ = AddDays(today_, -rng_.Between(1, options_.max_days_back)); }

  int64_t EventMillis(int minute_of_day) const {
    return ToUnixMillis(event_date_, TimeOfDay{minute_of_day / 60, minute_of_day % 60}, offset_);
  }

  domain::Report Envelope(pb::ReportKind kind, const std::string& desa, int64_t event_millis) {
    domain::Report r;
    // Reported some time between the event and now.
    const int64_t from = std::min(event_millis, now_ - 60'000);
    const int64_t created = from + static_cast<int64_t>(rng_.Unit() * static_cast<double>(now_ - from));
    r.set_id(DeterministicUuidV7(created, rng_));
    r.set_kind(kind);
    r.set_kecamatan_code(kec_.code);
    r.set_desa_code(desa);
    r.set_created_at(FormatTimestamp(created));
    r.set_updated_at(FormatTimestamp(created));
    r.set_operator_id(options_.operator_id);
    return r;
  }

  std::string HospitalName() {
    const double r = rng_.Unit();
    if (r < 0.5) return "RSUD " + PlaceNameOf(*kab_);
    if (r < 0.7) return "RS Bersalin " + std::string(rng_.Pick<std::string_view>(kClinicNames));
    if (r < 0.85) return "RSIA " + std::string(rng_.Pick<std::string_view>(kClinicNames));
    return "RS " + std::string(rng_.Pick<std::string_view>(kClinicNames)) + " " + PlaceNameOf(*kab_);
  }

  // ---- alterations ----------------------------------------------------------------------------------------

  // A NIK with the same kecamatan, birth date and sex as `nik` that the registry does not hold.
  std::string UnknownNik(const Person& p) {
    const std::string code = p.nik.substr(0, 2) + "." + p.nik.substr(2, 2) + "." + p.nik.substr(4, 2);
    for (;;) {
      const std::string nik = domain::MakeNik(code, p.birth_date, p.sex, rng_.Between(1, 9999));
      if (!pop_.FindByNik(nik)) return nik;
    }
  }

  std::string OtherKk(const std::string& kk) {
    const int serial = std::stoi(kk.substr(12, 4));
    const int other = (serial + rng_.Between(1, 50) - 1) % 9999 + 1;
    return kk.substr(0, 12) + std::string(4 - std::to_string(other).size(), '0') + std::to_string(other);
  }

  Alteration PickAlteration(bool kk_possible) {
    const double r = rng_.Unit();
    if (r < 0.45) return Alteration::kUnknownNik;
    if (r < 0.85 || !kk_possible) return Alteration::kMisspeltName;
    return Alteration::kWrongKk;
  }

  // ---- Kelahiran ------------------------------------------------------------------------------------------

  struct BirthParents {
    Household household;
    std::optional<Person> mother;  // WNI mother from the household; nullopt when she is foreign
    std::optional<Person> father;  // WNI father from the household; nullopt when unknown or foreign
    bool father_unknown = false;
    bool foreign_mother = false;
    bool foreign_father = false;
    int birth_order = 1;
  };

  bool FertileAt(const Person& p) const {
    const int age = p.AgeAt(event_date_);
    return p.Usable() && p.sex == pb::SEX_PEREMPUAN && age >= 18 && age <= 45;
  }

  // Finds parents for the variant: 0 married couple, 1 father unknown, 2 foreign father, 3 foreign mother.
  std::optional<BirthParents> FindParents(int variant) {
    for (int t = 0; t < kTries; ++t) {
      auto h = LivingHousehold(k_);
      if (!h) continue;
      BirthParents bp;
      const Person* head = h->Head();
      switch (variant) {
        case 0: {
          const Person* wife = h->Spouse();
          // Fathers over 60 would draw an "unusual age" warning; leave them out.
          if (!wife || !FertileAt(*wife) || !Adult(*head) || head->AgeAt(event_date_) > 60) continue;
          bp.mother = *wife;
          bp.father = *head;
          bp.birth_order = h->children_born + 1;
          break;
        }
        case 1:
        case 2: {
          // A woman without a husband in the household: a female head or an adult daughter.
          const Person* woman = nullptr;
          if (FertileAt(*head)) {
            woman = head;
            bp.birth_order = h->children_born + 1;
          } else {
            for (const Person& p : h->members) {
              if (p.relation == pb::FAMILY_RELATION_ANAK && FertileAt(p)) woman = &p;
            }
            bp.birth_order = 1;
          }
          if (!woman) continue;
          bp.mother = *woman;
          bp.father_unknown = variant == 1;
          bp.foreign_father = variant == 2;
          break;
        }
        default: {
          // A man without a wife in the household (the head or an adult son) and a foreign mother.
          const Person* man = nullptr;
          if (!h->Spouse() && head->sex == pb::SEX_LAKI_LAKI && Adult(*head, 21) && head->AgeAt(event_date_) <= 55) {
            man = head;
          } else {
            for (const Person& p : h->members) {
              if (p.relation == pb::FAMILY_RELATION_ANAK && p.sex == pb::SEX_LAKI_LAKI && Adult(p, 21)) man = &p;
            }
          }
          if (!man) continue;
          bp.father = *man;
          bp.foreign_mother = true;
          bp.birth_order = 1;
          break;
        }
      }
      bp.household = std::move(*h);
      return bp;
    }
    return std::nullopt;
  }

  static void SetParent(pb::Parent* out, const Person& p) {
    out->set_nik(p.nik);
    out->set_name(p.name);
    out->set_birth_date(FormatIsoDate(p.birth_date));
    out->set_citizenship(pb::CITIZENSHIP_WNI);
  }

  void SetForeignParent(pb::Parent* out, pb::Sex sex) {
    out->set_name(ForeignName(sex, rng_));
    const int age = rng_.Between(24, 44);
    out->set_birth_date(FormatIsoDate(AddDays(event_date_, -(age * 365 + rng_.Between(1, 360)))));
    out->set_citizenship(pb::CITIZENSHIP_WNA);
    static constexpr std::string_view kLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    std::string passport;
    passport += kLetters[rng_.Below(static_cast<uint32_t>(kLetters.size()))];
    if (rng_.Chance(0.5)) passport += kLetters[rng_.Below(static_cast<uint32_t>(kLetters.size()))];
    for (int i = 0; i < 7; ++i) passport += static_cast<char>('0' + rng_.Below(10));
    out->set_passport_number(passport);
  }

  bool Kelahiran(size_t max_reports, std::vector<GeneratedReport>& out) {
    PickEventDate();
    const double variants[] = {0.895, 0.08, 0.015, 0.01};
    int variant = static_cast<int>(rng_.Weighted(variants));
    auto parents = FindParents(variant);
    if (!parents && variant != 0) parents = FindParents(variant = 0);
    if (!parents) return false;
    const Household& h = parents->household;

    // Twins in about 1.5 % of births, triplets far more rarely.
    int babies = 1;
    if (rng_.Chance(0.015)) babies = rng_.Chance(0.03) ? 3 : 2;
    if (static_cast<size_t>(babies) > max_reports) babies = 1;
    const pb::BirthType type = babies == 1 ? pb::BIRTH_TYPE_TUNGGAL : babies == 2 ? pb::BIRTH_TYPE_KEMBAR_2
                                                                                  : pb::BIRTH_TYPE_KEMBAR_3;

    // Where, and who helped.
    const double places[] = {0.45, 0.30, 0.08, 0.15, 0.02};
    const auto place_type = static_cast<pb::BirthPlaceType>(rng_.Weighted(places) + 1);
    std::string place;
    pb::BirthAttendant attendant = pb::BIRTH_ATTENDANT_BIDAN_PERAWAT;
    const domain::Region& desa = pop_.DesaOf(k_, rng_.Next());
    switch (place_type) {
      case pb::BIRTH_PLACE_TYPE_RS_RB:
        place = HospitalName();
        attendant = rng_.Chance(0.7) ? pb::BIRTH_ATTENDANT_DOKTER : pb::BIRTH_ATTENDANT_BIDAN_PERAWAT;
        break;
      case pb::BIRTH_PLACE_TYPE_PUSKESMAS:
        place = "Puskesmas " + kec_.name;
        if (rng_.Chance(0.1)) attendant = pb::BIRTH_ATTENDANT_DOKTER;
        break;
      case pb::BIRTH_PLACE_TYPE_POLINDES: place = "Polindes " + desa.name; break;
      case pb::BIRTH_PLACE_TYPE_RUMAH: {
        place = "Rumah";
        const double who[] = {0.6, 0.35, 0.05};
        attendant = std::array{pb::BIRTH_ATTENDANT_BIDAN_PERAWAT, pb::BIRTH_ATTENDANT_DUKUN,
                               pb::BIRTH_ATTENDANT_LAINNYA}[rng_.Weighted(who)];
        break;
      }
      default:
        place = rng_.Chance(0.5) ? "Dalam perjalanan ke puskesmas" : "Klinik Pratama " + std::string(rng_.Pick<std::string_view>(kClinicNames));
        attendant = rng_.Chance(0.5) ? pb::BIRTH_ATTENDANT_BIDAN_PERAWAT : pb::BIRTH_ATTENDANT_LAINNYA;
        break;
    }

    pb::Kelahiran base;
    base.set_birth_date(FormatIsoDate(event_date_));
    base.set_time_zone(zone_);
    base.set_birth_place(place);
    base.set_place_type(place_type);
    base.set_birth_type(type);
    base.set_attendant(attendant);
    if (parents->mother) {
      SetParent(base.mutable_mother(), *parents->mother);
    } else {
      SetForeignParent(base.mutable_mother(), pb::SEX_PEREMPUAN);
    }
    if (parents->father_unknown) {
      base.set_father_unknown(true);
    } else if (parents->father) {
      SetParent(base.mutable_father(), *parents->father);
    } else {
      SetForeignParent(base.mutable_father(), pb::SEX_LAKI_LAKI);
    }
    // The reporter: mostly the father, else the mother, a grandparent or a neighbour.
    auto* reporter = base.mutable_reporter();
    const Person* elder = h.AtSlot(kSlotElder);
    const double r = rng_.Unit();
    if (parents->father && r < 0.8) {
      reporter->set_nik(parents->father->nik);
      reporter->set_name(parents->father->name);
      reporter->set_relation(pb::REPORTER_RELATION_AYAH);
    } else if (parents->mother && r < 0.9) {
      reporter->set_nik(parents->mother->nik);
      reporter->set_name(parents->mother->name);
      reporter->set_relation(pb::REPORTER_RELATION_IBU);
    } else if (elder && Adult(*elder)) {
      reporter->set_nik(elder->nik);
      reporter->set_name(elder->name);
      reporter->set_relation(pb::REPORTER_RELATION_KERABAT);
    } else {
      auto n = Outsider({h.index});
      if (!n) return false;
      reporter->set_nik(n->nik);
      reporter->set_name(n->name);
      reporter->set_relation(pb::REPORTER_RELATION_TETANGGA);
    }
    if (!Witnesses(base.mutable_witnesses(), {h.index}, reporter->nik())) return false;
    base.set_kk_number(h.kk_number);

    // What to alter: the mother (or, when she is foreign, the father).
    Alteration alteration = Alteration::kNone;
    std::string altered;
    if (alter_) {
      const bool mother_nik = base.mother().citizenship() == pb::CITIZENSHIP_WNI;
      const std::string who = mother_nik ? "kelahiran.mother" : "kelahiran.father";
      const Person& target = mother_nik ? *parents->mother : *parents->father;
      pb::Parent* parent = mother_nik ? base.mutable_mother() : base.mutable_father();
      alteration = PickAlteration(true);
      switch (alteration) {
        case Alteration::kUnknownNik:
          parent->set_nik(UnknownNik(target));
          altered = who + ".nik";
          break;
        case Alteration::kMisspeltName:
          parent->set_name(Misspell(target.name, rng_));
          altered = who + ".name";
          break;
        default:
          base.set_kk_number(OtherKk(h.kk_number));
          altered = "kelahiran.kk_number";
          break;
      }
      // The reporter is the same person as the altered parent: the form says the same thing twice.
      if (reporter->nik() == target.nik) {
        reporter->set_nik(parent->nik());
        reporter->set_name(parent->name());
      }
    }

    int minute = rng_.Between(0, 23 * 60 - 1);
    for (int b = 0; b < babies; ++b) {
      pb::Kelahiran k = base;
      const pb::Sex sex = rng_.Chance(0.51) ? pb::SEX_LAKI_LAKI : pb::SEX_PEREMPUAN;
      k.set_child_sex(sex);
      k.set_child_name(PersonName(h.culture, sex, rng_, h.family_name, parents->birth_order + b));
      k.set_birth_time(TimeText(minute));
      k.set_birth_order(std::min(parents->birth_order + b, 30));
      // Weight and length: a few very small babies (a realistic "unusual" warning).
      const double mean_weight = babies == 1 ? 3150 : 2450;
      int weight = static_cast<int>(rng_.Normal(mean_weight, babies == 1 ? 420 : 330));
      if (rng_.Chance(0.004)) weight = rng_.Between(700, 999);
      k.set_weight_grams(std::clamp(weight, 600, 5400));
      const double length = std::clamp(rng_.Normal(babies == 1 ? 49.0 : 45.5, 2.0), 36.0, 58.0);
      k.set_length_cm(static_cast<double>(static_cast<int>(length * 10)) / 10.0);
      GeneratedReport g{Envelope(pb::REPORT_KIND_KELAHIRAN, h.domicile_desa, EventMillis(minute)), alteration, altered};
      *g.report.mutable_kelahiran() = std::move(k);
      out.push_back(std::move(g));
      minute += rng_.Between(3, 20);
    }
    return true;
  }

  // ---- Kematian -------------------------------------------------------------------------------------------

  // The reporter's relation to the deceased, both from one household.
  static pb::ReporterRelation RelationTo(const Person& reporter, const Person& deceased) {
    using F = pb::FamilyRelation;
    const F r = reporter.relation, d = deceased.relation;
    const bool r_parent = r == F::FAMILY_RELATION_KEPALA_KELUARGA || r == F::FAMILY_RELATION_ISTRI;
    const bool d_parent = d == F::FAMILY_RELATION_KEPALA_KELUARGA || d == F::FAMILY_RELATION_ISTRI;
    if (r_parent && d_parent) {
      return reporter.sex == pb::SEX_LAKI_LAKI ? pb::REPORTER_RELATION_SUAMI : pb::REPORTER_RELATION_ISTRI;
    }
    if (r_parent && d == F::FAMILY_RELATION_ANAK) {
      return reporter.sex == pb::SEX_LAKI_LAKI ? pb::REPORTER_RELATION_AYAH : pb::REPORTER_RELATION_IBU;
    }
    if (r == F::FAMILY_RELATION_ANAK && d_parent) return pb::REPORTER_RELATION_ANAK;
    if (r == F::FAMILY_RELATION_ANAK && d == F::FAMILY_RELATION_ANAK) return pb::REPORTER_RELATION_SAUDARA;
    if (r == F::FAMILY_RELATION_KEPALA_KELUARGA && d == F::FAMILY_RELATION_ORANG_TUA) return pb::REPORTER_RELATION_ANAK;
    if (r == F::FAMILY_RELATION_ISTRI && d == F::FAMILY_RELATION_MERTUA) return pb::REPORTER_RELATION_ANAK;
    if (r == F::FAMILY_RELATION_ORANG_TUA && d == F::FAMILY_RELATION_KEPALA_KELUARGA) {
      return reporter.sex == pb::SEX_LAKI_LAKI ? pb::REPORTER_RELATION_AYAH : pb::REPORTER_RELATION_IBU;
    }
    if (r == F::FAMILY_RELATION_MERTUA && d == F::FAMILY_RELATION_ISTRI) return pb::REPORTER_RELATION_IBU;
    return pb::REPORTER_RELATION_KERABAT;
  }

  // Relative chance of dying by age: older people far more often.
  static double MortalityWeight(int age) {
    if (age < 1) return 0.15;
    if (age < 15) return 0.02;
    if (age < 40) return 0.04;
    if (age < 60) return 0.15;
    if (age < 75) return 0.5;
    return 1.0;
  }

  bool Kematian(std::vector<GeneratedReport>& out) {
    PickEventDate();
    pb::Kematian k;
    const int minute = rng_.Between(0, 24 * 60 - 1);
    k.set_death_date(FormatIsoDate(event_date_));
    k.set_death_time(TimeText(minute));
    k.set_time_zone(zone_);

    if (rng_.Chance(0.02)) {
      // Somebody nobody could identify: no NIK, no birth date; found by the police.
      auto* d = k.mutable_deceased();
      d->set_nik_unknown(true);
      d->set_name(std::string(rng_.Pick<std::string_view>(kUnknownDeceased)));
      d->set_sex(rng_.Chance(0.8) ? pb::SEX_LAKI_LAKI : pb::SEX_PEREMPUAN);
      k.set_death_place(rng_.Chance(0.6) ? "Jalan raya " + kec_.name : "Tepi sungai, desa " + pop_.DesaOf(k_, rng_.Next()).name);
      k.set_cause(rng_.Chance(0.6) ? pb::DEATH_CAUSE_KECELAKAAN : pb::DEATH_CAUSE_LAINNYA);
      k.set_certified_by(pb::DEATH_CERTIFIER_KEPOLISIAN);
      auto officer = Outsider({});
      if (!officer) return false;
      k.mutable_reporter()->set_nik(officer->nik);
      k.mutable_reporter()->set_name(officer->name);
      k.mutable_reporter()->set_relation(pb::REPORTER_RELATION_PETUGAS);
      if (!Witnesses(k.mutable_witnesses(), {}, k.reporter().nik())) return false;
      GeneratedReport g{Envelope(pb::REPORT_KIND_KEMATIAN, pop_.DesaOf(k_, rng_.Next()).code, EventMillis(minute)),
                        Alteration::kNone, {}};
      *g.report.mutable_kematian() = std::move(k);
      out.push_back(std::move(g));
      return true;
    }

    std::optional<Household> found;
    const Person* dead = nullptr;
    for (int t = 0; t < kTries * 2 && !dead; ++t) {
      found = LivingHousehold(k_);
      if (!found) continue;
      const Person& p = found->members[rng_.Below(static_cast<uint32_t>(found->members.size()))];
      if (p.Usable() && p.birth_date <= event_date_ && rng_.Chance(MortalityWeight(p.AgeAt(event_date_)))) dead = &p;
    }
    if (!dead) return false;
    const Household& h = *found;
    const int age = dead->AgeAt(event_date_);
    auto* d = k.mutable_deceased();
    d->set_nik(dead->nik);
    d->set_name(dead->name);
    d->set_sex(dead->sex);
    d->set_birth_date(FormatIsoDate(dead->birth_date));

    // Where, why, and who certified it.
    pb::DeathCause cause = pb::DEATH_CAUSE_SAKIT_BIASA_TUA;
    const double causes[] = {age >= 50 ? 0.85 : 0.55, 0.03, age < 50 ? 0.25 : 0.05, 0.01, 0.01, 0.05};
    cause = static_cast<pb::DeathCause>(rng_.Weighted(causes) + 1);
    pb::DeathCertifier certifier = pb::DEATH_CERTIFIER_DOKTER;
    const double r = rng_.Unit();
    if (cause == pb::DEATH_CAUSE_KECELAKAAN || cause == pb::DEATH_CAUSE_KRIMINALITAS ||
        cause == pb::DEATH_CAUSE_BUNUH_DIRI) {
      k.set_death_place(r < 0.5 ? HospitalName() : "Jalan raya " + kec_.name);
      certifier = r < 0.5 ? pb::DEATH_CERTIFIER_DOKTER : pb::DEATH_CERTIFIER_KEPOLISIAN;
    } else if (r < 0.45) {
      k.set_death_place("Rumah");
      const double who[] = {0.1, 0.4, 0.5};
      certifier = std::array{pb::DEATH_CERTIFIER_DOKTER, pb::DEATH_CERTIFIER_TENAGA_KESEHATAN,
                             pb::DEATH_CERTIFIER_LAINNYA}[rng_.Weighted(who)];
    } else if (r < 0.85) {
      k.set_death_place(HospitalName());
    } else {
      k.set_death_place("Puskesmas " + kec_.name);
      certifier = rng_.Chance(0.5) ? pb::DEATH_CERTIFIER_DOKTER : pb::DEATH_CERTIFIER_TENAGA_KESEHATAN;
    }
    k.set_cause(cause);
    k.set_certified_by(certifier);

    // The reporter: a grown-up of the family when there is one, else a neighbour.
    const Person* relative = nullptr;
    for (const Person& p : h.members) {
      if (&p != dead && Adult(p, 17) && (!relative || rng_.Chance(0.5))) relative = &p;
    }
    auto* reporter = k.mutable_reporter();
    if (relative && rng_.Chance(0.9)) {
      reporter->set_nik(relative->nik);
      reporter->set_name(relative->name);
      reporter->set_relation(RelationTo(*relative, *dead));
    } else {
      auto n = Outsider({h.index});
      if (!n) return false;
      reporter->set_nik(n->nik);
      reporter->set_name(n->name);
      reporter->set_relation(pb::REPORTER_RELATION_TETANGGA);
    }
    if (!Witnesses(k.mutable_witnesses(), {h.index}, reporter->nik())) return false;
    if (rng_.Chance(0.75)) k.set_kk_number(h.kk_number);

    Alteration alteration = Alteration::kNone;
    std::string altered;
    if (alter_) {
      alteration = PickAlteration(!k.kk_number().empty());
      switch (alteration) {
        case Alteration::kUnknownNik:
          d->set_nik(UnknownNik(*dead));
          altered = "kematian.deceased.nik";
          break;
        case Alteration::kMisspeltName:
          d->set_name(Misspell(dead->name, rng_));
          altered = "kematian.deceased.name";
          break;
        default:
          k.set_kk_number(OtherKk(h.kk_number));
          altered = "kematian.kk_number";
          break;
      }
    }
    GeneratedReport g{Envelope(pb::REPORT_KIND_KEMATIAN, h.domicile_desa, EventMillis(minute)), alteration, altered};
    *g.report.mutable_kematian() = std::move(k);
    out.push_back(std::move(g));
    return true;
  }

  // ---- Kepindahan / Kedatangan ----------------------------------------------------------------------------

  // A kecamatan other than `from`: in its kabupaten, its province, or anywhere.
  int OtherKecamatan(const domain::Region& from) {
    for (;;) {
      const double r = rng_.Unit();
      std::span<const domain::Region> choices = pop_.Kecamatan();
      if (r < 0.4) {
        choices = regions_.Children(RegionTable::Ancestor(from.code, RegionLevel::kKabupaten));
      } else if (r < 0.7) {
        const auto kabs = regions_.Children(RegionTable::Ancestor(from.code, RegionLevel::kProvinsi));
        choices = regions_.Children(rng_.Pick(kabs).code);
      }
      const domain::Region& to = rng_.Pick(choices);
      if (to.code != from.code) return *pop_.KecamatanIndex(to.code);
    }
  }

  void NewAddress(pb::Address* a, const std::string& desa_code) {
    a->set_street("Jl. " + std::string(PickStreetName(rng_)) + " No. " + std::to_string(rng_.Between(1, 200)));
    a->set_rt(ThreeDigits(rng_.Between(1, 15)));
    a->set_rw(ThreeDigits(rng_.Between(1, 12)));
    a->set_desa_code(desa_code);
  }

  // Fills who moves (applicant, members, type, KK statuses) from a household; false when it cannot move.
  bool Movers(const Household& h, pb::Perpindahan* m) {
    std::vector<const Person*> usable;
    for (const Person& p : h.members) {
      if (p.Usable()) usable.push_back(&p);
    }
    const Person* head = h.Head();
    if (!Adult(*head)) return false;
    const double types[] = {0.55, 0.20, 0.17, 0.08};
    int type = static_cast<int>(rng_.Weighted(types));
    if (usable.size() == 1) type = 0;
    std::vector<const Person*> moving;
    const Person* applicant = head;
    switch (type) {
      case 0:
        m->set_move_type(pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA);
        moving = usable;
        break;
      case 1:
        m->set_move_type(pb::MOVE_TYPE_KEPALA_SAJA);
        moving = {head};
        break;
      case 2: {
        m->set_move_type(pb::MOVE_TYPE_KEPALA_DAN_SEBAGIAN_ANGGOTA);
        moving = {head};
        // Some, not all, of the others; at least one stays and at least one comes along.
        std::vector<const Person*> others(usable.begin() + 1, usable.end());
        if (others.size() < 2) {
          m->set_move_type(pb::MOVE_TYPE_KEPALA_SAJA);
          break;
        }
        const size_t n = 1 + rng_.Below(static_cast<uint32_t>(others.size() - 1));
        for (size_t i = 0; i < n; ++i) moving.push_back(others[i]);
        break;
      }
      default: {
        // An adult child moving out alone (for work or study).
        const Person* child = nullptr;
        for (const Person* p : usable) {
          if (p->relation == pb::FAMILY_RELATION_ANAK && Adult(*p)) child = p;
        }
        if (!child) {
          m->set_move_type(pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA);
          moving = usable;
          break;
        }
        m->set_move_type(pb::MOVE_TYPE_ANGGOTA_SAJA);
        moving = {child};
        applicant = child;
        break;
      }
    }
    m->set_applicant_nik(applicant->nik);
    m->set_applicant_name(applicant->name);
    m->set_kk_number(h.kk_number);
    for (const Person* p : moving) {
      auto* x = m->add_members();
      x->set_nik(p->nik);
      x->set_name(p->name);
      x->set_relation(p->relation);
    }
    if (m->move_type() == pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA) {
      m->set_kk_status_moving(rng_.Chance(0.6) ? pb::KK_STATUS_NOMOR_KK_TETAP : pb::KK_STATUS_KK_BARU);
    } else {
      m->set_kk_status_moving(rng_.Chance(0.7) ? pb::KK_STATUS_KK_BARU : pb::KK_STATUS_NUMPANG_KK);
      m->set_kk_status_staying(pb::KK_STATUS_NOMOR_KK_TETAP);
    }
    const double reasons[] = {0.40, 0.10, 0.02, 0.03, 0.15, 0.25, 0.05};
    m->set_reason(static_cast<pb::MoveReason>(rng_.Weighted(reasons) + 1));
    if (m->move_type() == pb::MOVE_TYPE_ANGGOTA_SAJA) {
      m->set_reason(rng_.Chance(0.6) ? pb::MOVE_REASON_PEKERJAAN : pb::MOVE_REASON_PENDIDIKAN);
    }
    if (m->reason() == pb::MOVE_REASON_LAINNYA) m->set_reason_other(std::string(rng_.Pick<std::string_view>(kReasonOther)));
    return true;
  }

  static void SetOrigin(pb::Address* a, const Household& h) {
    a->set_street(h.street);
    a->set_rt(h.rt);
    a->set_rw(h.rw);
    a->set_desa_code(h.domicile_desa);
  }

  void Alter(pb::Perpindahan* m, const Household& h, const std::string& prefix, Alteration& alteration,
             std::string& altered) {
    if (!alter_) return;
    const Population::Found who = *pop_.FindByNik(m->applicant_nik());
    alteration = PickAlteration(true);
    std::string nik = m->applicant_nik(), name = m->applicant_name();
    switch (alteration) {
      case Alteration::kUnknownNik:
        nik = UnknownNik(who.person());
        altered = prefix + ".applicant_nik";
        break;
      case Alteration::kMisspeltName:
        name = Misspell(name, rng_);
        altered = prefix + ".applicant_name";
        break;
      default:
        m->set_kk_number(OtherKk(h.kk_number));
        altered = prefix + ".kk_number";
        break;
    }
    // The applicant is also a member: the form repeats what it says about them.
    for (auto& x : *m->mutable_members()) {
      if (x.nik() == m->applicant_nik()) {
        x.set_nik(nik);
        x.set_name(name);
      }
    }
    m->set_applicant_nik(nik);
    m->set_applicant_name(name);
  }

  bool Kepindahan(std::vector<GeneratedReport>& out) {
    PickEventDate();
    for (int t = 0; t < kTries; ++t) {
      auto h = LivingHousehold(k_);
      if (!h) continue;
      pb::Perpindahan m;
      if (!Movers(*h, &m)) continue;
      SetOrigin(m.mutable_origin(), *h);
      // 10 % move within the kecamatan (another desa when there is one), the rest further.
      int to = k_;
      if (!rng_.Chance(0.1) || regions_.Children(kec_.code).size() < 2) to = OtherKecamatan(kec_);
      std::string desa = pop_.DesaOf(to, rng_.Next()).code;
      while (desa == h->domicile_desa) desa = pop_.DesaOf(to, rng_.Next()).code;
      NewAddress(m.mutable_destination(), desa);
      // A planned move: up to six weeks after the application (may lie ahead of today).
      m.set_move_date(FormatIsoDate(AddDays(event_date_, rng_.Between(0, 42))));
      Alteration alteration = Alteration::kNone;
      std::string altered;
      Alter(&m, *h, "kepindahan", alteration, altered);
      GeneratedReport g{Envelope(pb::REPORT_KIND_KEPINDAHAN, h->domicile_desa, EventMillis(rng_.Between(8 * 60, 15 * 60))),
                        alteration, altered};
      *g.report.mutable_kepindahan() = std::move(m);
      out.push_back(std::move(g));
      return true;
    }
    return false;
  }

  bool Kedatangan(std::vector<GeneratedReport>& out) {
    PickEventDate();
    for (int t = 0; t < kTries * 4; ++t) {
      const int from = OtherKecamatan(kec_);
      auto h = LivingHousehold(from);
      if (!h) continue;
      pb::Perpindahan m;
      if (!Movers(*h, &m)) continue;
      SetOrigin(m.mutable_origin(), *h);
      const std::string desa = pop_.DesaOf(k_, rng_.Next()).code;
      NewAddress(m.mutable_destination(), desa);
      m.set_move_date(FormatIsoDate(event_date_));
      // The SKPWNI the origin's registry issued a few weeks before the arrival.
      const CivilDate issued = AddDays(event_date_, -rng_.Between(3, 40));
      const std::string origin_kab(RegionTable::Ancestor(h->domicile_desa, RegionLevel::kKabupaten));
      char skpwni[64];
      std::snprintf(skpwni, sizeof skpwni, "SKPWNI/%s%s/%d/%06d", origin_kab.substr(0, 2).c_str(),
                    origin_kab.substr(3, 2).c_str(), static_cast<int>(issued.year()), rng_.Between(1, 999999));
      m.set_skpwni_number(skpwni);
      Alteration alteration = Alteration::kNone;
      std::string altered;
      Alter(&m, *h, "kedatangan", alteration, altered);
      GeneratedReport g{Envelope(pb::REPORT_KIND_KEDATANGAN, desa, EventMillis(rng_.Between(8 * 60, 15 * 60))),
                        alteration, altered};
      *g.report.mutable_kedatangan() = std::move(m);
      out.push_back(std::move(g));
      return true;
    }
    return false;
  }

  const Population& pop_;
  const domain::RegionTable& regions_;
  int k_;
  const domain::Region& kec_;
  const domain::Region* kab_ = nullptr;
  Rng& rng_;
  int64_t now_;
  const GeneratorOptions& options_;
  pb::TimeZone zone_;
  int offset_ = 0;
  CivilDate today_;
  CivilDate event_date_;
  bool alter_ = false;
};

ReportGenerator::ReportGenerator(std::shared_ptr<const Population> population, int kecamatan_index, uint64_t seed,
                                 int64_t now_millis, GeneratorOptions options)
    : population_(std::move(population)),
      kecamatan_index_(kecamatan_index),
      now_millis_(now_millis),
      options_(std::move(options)),
      rng_(HashOf({seed, 0x67656e65ULL, static_cast<uint64_t>(kecamatan_index)})) {}

Result<ReportGenerator> ReportGenerator::Create(std::shared_ptr<const Population> population,
                                                std::string_view kecamatan_code, uint64_t seed, int64_t now_millis,
                                                GeneratorOptions options) {
  const auto k = population->KecamatanIndex(kecamatan_code);
  if (!k) return Status::InvalidArgument("kode kecamatan tidak dikenal / unknown kecamatan code: " + std::string(kecamatan_code));
  if (!(options.unknown_share >= 0 && options.unknown_share <= 1)) {
    return Status::InvalidArgument("unknown share must be between 0 and 1");
  }
  double weights = 0;
  for (double w : options.kind_weights) {
    if (w < 0) return Status::InvalidArgument("kind weights must not be negative");
    weights += w;
  }
  if (weights <= 0) return Status::InvalidArgument("at least one kind needs a positive weight");
  if (options.max_days_back < 1) return Status::InvalidArgument("max_days_back must be at least 1");
  // Events lie at least a day before now and after the population's snapshot.
  const CivilDate earliest = DateAt(now_millis, 7 * 60);
  if (DaysBetween(population->config().as_of, earliest) < options.max_days_back + 1) {
    const int64_t days = DaysBetween(population->config().as_of, earliest) - 1;
    if (days < 1) return Status::InvalidArgument("now lies before the population's snapshot date");
    options.max_days_back = static_cast<int>(days);
  }
  return ReportGenerator(std::move(population), *k, seed, now_millis, std::move(options));
}

std::vector<GeneratedReport> ReportGenerator::NextEvent(size_t max_reports) {
  Event event(*population_, kecamatan_index_, rng_, now_millis_, options_);
  return event.Run(std::max<size_t>(max_reports, 1));
}

std::vector<GeneratedReport> ReportGenerator::Generate(size_t count) {
  std::vector<GeneratedReport> out;
  out.reserve(count);
  while (out.size() < count) {
    for (auto& g : NextEvent(count - out.size())) out.push_back(std::move(g));
  }
  return out;
}

}  // namespace lampid::population
