#include "domain/test_reports.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "core/civil_time.h"
#include "domain/nik.h"

namespace lampid::domain::testing {

const RegionTable& Regions() {
  static const std::shared_ptr<const RegionTable> table = [] {
    auto loaded = RegionTable::LoadBuiltin();
    if (!loaded.ok()) {
      std::cerr << loaded.status().ToString() << '\n';
      std::abort();
    }
    return *loaded;
  }();
  return *table;
}

namespace {

void AddWitnesses(google::protobuf::RepeatedPtrField<Witness>* ws) {
  auto* a = ws->Add();
  a->set_nik("3273051508800003");
  a->set_name("Asep Sunandar");
  auto* b = ws->Add();
  b->set_nik("3273054710850004");
  b->set_name("Euis Komariah");
}

void SetReporter(Reporter* r) {
  r->set_nik("3273050107920002");
  r->set_name("Budi Santoso");
  r->set_relation(pb::REPORTER_RELATION_AYAH);
}

}  // namespace

Report ValidKelahiran() {
  Report r;
  r.set_kind(pb::REPORT_KIND_KELAHIRAN);
  r.set_kecamatan_code("32.73.05");
  r.set_desa_code("32.73.05.1001");
  Kelahiran* k = r.mutable_kelahiran();
  k->set_child_name("Siti Aminah");
  k->set_child_sex(pb::SEX_PEREMPUAN);
  k->set_birth_date("2026-11-20");
  k->set_birth_time("08:30");
  k->set_time_zone(pb::TIME_ZONE_WIB);
  k->set_birth_place("RSUD Kota Bandung");
  k->set_place_type(pb::BIRTH_PLACE_TYPE_RS_RB);
  k->set_birth_type(pb::BIRTH_TYPE_TUNGGAL);
  k->set_birth_order(2);
  k->set_attendant(pb::BIRTH_ATTENDANT_DOKTER);
  k->set_weight_grams(3200);
  k->set_length_cm(49.5);
  Parent* m = k->mutable_mother();
  m->set_nik("3273055203950001");
  m->set_name("Dewi Lestari");
  m->set_birth_date("1995-03-12");
  m->set_citizenship(pb::CITIZENSHIP_WNI);
  Parent* f = k->mutable_father();
  f->set_nik("3273050107920002");
  f->set_name("Budi Santoso");
  f->set_birth_date("1992-07-01");
  f->set_citizenship(pb::CITIZENSHIP_WNI);
  SetReporter(k->mutable_reporter());
  AddWitnesses(k->mutable_witnesses());
  k->set_kk_number("3273051006150001");
  return r;
}

Report ValidKematian() {
  Report r;
  r.set_kind(pb::REPORT_KIND_KEMATIAN);
  r.set_kecamatan_code("32.73.05");
  r.set_desa_code("32.73.05.1002");
  Kematian* k = r.mutable_kematian();
  Deceased* d = k->mutable_deceased();
  d->set_nik("3273050204500005");
  d->set_name("Haji Ahmad Dahlan");
  d->set_sex(pb::SEX_LAKI_LAKI);
  d->set_birth_date("1950-04-02");
  k->set_death_date("2026-11-24");
  k->set_death_time("10:15");
  k->set_time_zone(pb::TIME_ZONE_WIB);
  k->set_death_place("Rumah");
  k->set_cause(pb::DEATH_CAUSE_SAKIT_BIASA_TUA);
  k->set_certified_by(pb::DEATH_CERTIFIER_DOKTER);
  Reporter* rep = k->mutable_reporter();
  rep->set_nik("3273050107920002");
  rep->set_name("Budi Santoso");
  rep->set_relation(pb::REPORTER_RELATION_ANAK);
  AddWitnesses(k->mutable_witnesses());
  k->set_kk_number("3273051006150001");
  return r;
}

namespace {
void FillMove(Perpindahan* m) {
  m->set_applicant_nik("3273050107920002");
  m->set_applicant_name("Budi Santoso");
  m->set_kk_number("3273051006150001");
  m->set_reason(pb::MOVE_REASON_PEKERJAAN);
  m->set_move_type(pb::MOVE_TYPE_KEPALA_DAN_SEBAGIAN_ANGGOTA);
  m->set_kk_status_moving(pb::KK_STATUS_KK_BARU);
  m->set_kk_status_staying(pb::KK_STATUS_NOMOR_KK_TETAP);
  auto* head = m->add_members();
  head->set_nik("3273050107920002");
  head->set_name("Budi Santoso");
  head->set_relation(pb::FAMILY_RELATION_KEPALA_KELUARGA);
  auto* wife = m->add_members();
  wife->set_nik("3273055203950001");
  wife->set_name("Dewi Lestari");
  wife->set_relation(pb::FAMILY_RELATION_ISTRI);
}
}  // namespace

Report ValidKepindahan() {
  Report r;
  r.set_kind(pb::REPORT_KIND_KEPINDAHAN);
  r.set_kecamatan_code("32.73.05");
  r.set_desa_code("32.73.05.1001");
  Perpindahan* m = r.mutable_kepindahan();
  FillMove(m);
  Address* o = m->mutable_origin();
  o->set_street("Jl. Maleber Utara No. 12");
  o->set_rt("003");
  o->set_rw("005");
  o->set_desa_code("32.73.05.1001");
  o->set_postcode("40184");
  Address* d = m->mutable_destination();
  d->set_street("Jl. Cideng Barat No. 7");
  d->set_rt("001");
  d->set_rw("002");
  d->set_desa_code("31.71.01.1002");
  d->set_postcode("10150");
  m->set_move_date("2026-12-01");
  return r;
}

Report ValidKedatangan() {
  Report r;
  r.set_kind(pb::REPORT_KIND_KEDATANGAN);
  r.set_kecamatan_code("32.73.05");
  r.set_desa_code("32.73.05.1003");
  Perpindahan* m = r.mutable_kedatangan();
  FillMove(m);
  Address* o = m->mutable_origin();
  o->set_street("Jl. Gegerkalong Hilir No. 3");
  o->set_rt("002");
  o->set_rw("004");
  o->set_desa_code("32.73.01.1002");
  Address* d = m->mutable_destination();
  d->set_street("Jl. Ciroyom No. 21");
  d->set_rt("006");
  d->set_rw("001");
  d->set_desa_code("32.73.05.1003");
  m->set_skpwni_number("SKPWNI/3273/2026/000123");
  m->set_move_date("2026-11-10");
  return r;
}

namespace {

constexpr const char* kWomen[] = {"Siti", "Dewi", "Rina", "Ayu", "Putri", "Nur", "Sri", "Wati", "Indah", "Fitri",
                                  "Maya", "Euis"};
constexpr const char* kMen[] = {"Budi", "Agus", "Dedi", "Hendra", "Rudi", "Asep", "Joko", "Eko", "Iwan", "Yusuf",
                                "Bayu", "Dimas"};
constexpr const char* kFamily[] = {"Santoso", "Lestari", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama",
                                   "Nugroho", "Setiawan", "Permana", "Rahayu", "Gunawan", "Suryadi"};

std::string Name(const char* const* first, int64_t index) {
  return std::string(first[index % 12]) + " " + kFamily[(index / 12) % 13];
}

CivilDate Date(int year, unsigned month, unsigned day) {
  return CivilDate{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

}  // namespace

Report VariedReport(int64_t index) {
  const int serial = static_cast<int>(1 + index % 9999);
  const int year_shift = static_cast<int>((index / 9999) % 30);
  const std::string kec = "32.73.05";
  const std::string kk = MakeKk(kec, Date(2015, 6, 10), serial);
  char day[16];
  std::snprintf(day, sizeof day, "2026-11-%02d", static_cast<int>(1 + index % 20));
  switch (index % 4) {
    case 0: {
      Report r = ValidKelahiran();
      Kelahiran* k = r.mutable_kelahiran();
      k->set_child_name(Name(index % 2 ? kMen : kWomen, index / 3));
      k->set_child_sex(index % 2 ? pb::SEX_LAKI_LAKI : pb::SEX_PEREMPUAN);
      k->set_birth_date(day);
      k->set_weight_grams(static_cast<int>(2500 + index % 1500));
      const CivilDate mother_born = Date(1980 + year_shift % 20, 3, 12);
      k->mutable_mother()->set_nik(MakeNik(kec, mother_born, pb::SEX_PEREMPUAN, serial));
      k->mutable_mother()->set_birth_date(FormatIsoDate(mother_born));
      k->mutable_mother()->set_name(Name(kWomen, index / 7));
      const CivilDate father_born = Date(1978 + year_shift % 20, 7, 1);
      const std::string father_nik = MakeNik(kec, father_born, pb::SEX_LAKI_LAKI, serial);
      const std::string father_name = Name(kMen, index / 5);
      k->mutable_father()->set_nik(father_nik);
      k->mutable_father()->set_birth_date(FormatIsoDate(father_born));
      k->mutable_father()->set_name(father_name);
      k->mutable_reporter()->set_nik(father_nik);
      k->mutable_reporter()->set_name(father_name);
      k->set_kk_number(kk);
      return r;
    }
    case 1: {
      Report r = ValidKematian();
      Kematian* k = r.mutable_kematian();
      const CivilDate born = Date(1940 + year_shift, 4, 2);
      k->mutable_deceased()->set_nik(MakeNik(kec, born, pb::SEX_LAKI_LAKI, serial));
      k->mutable_deceased()->set_birth_date(FormatIsoDate(born));
      k->mutable_deceased()->set_name(Name(kMen, index / 3));
      k->set_death_date(day);
      k->set_kk_number(kk);
      return r;
    }
    default: {
      Report r = index % 4 == 2 ? ValidKepindahan() : ValidKedatangan();
      Perpindahan* m = index % 4 == 2 ? r.mutable_kepindahan() : r.mutable_kedatangan();
      const std::string head_nik = MakeNik(kec, Date(1970 + year_shift, 7, 1), pb::SEX_LAKI_LAKI, serial);
      const std::string head_name = Name(kMen, index / 5);
      m->set_applicant_nik(head_nik);
      m->set_applicant_name(head_name);
      m->set_kk_number(kk);
      m->mutable_members(0)->set_nik(head_nik);
      m->mutable_members(0)->set_name(head_name);
      m->mutable_members(1)->set_nik(MakeNik(kec, Date(1972 + year_shift, 3, 12), pb::SEX_PEREMPUAN, serial));
      m->mutable_members(1)->set_name(Name(kWomen, index / 7));
      if (index % 4 == 3) m->set_move_date(day);
      return r;
    }
  }
}

}  // namespace lampid::domain::testing
