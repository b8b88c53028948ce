#include "domain/test_reports.h"

#include <cstdlib>
#include <iostream>

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

}  // namespace lampid::domain::testing
