#include "edge-app/app/form/form_spec.h"

#include <QtGlobal>
#include <map>

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;
using E = EditorType;
using Op = Condition::Op;

FieldSpec F(std::string path, EditorType type) {
  FieldSpec f;
  f.path = std::move(path);
  f.type = type;
  return f;
}

FieldSpec WithMax(FieldSpec f, int max_length) {
  f.max_length = max_length;
  return f;
}

FieldSpec SameRow(FieldSpec f) {
  f.same_row = true;
  return f;
}

FieldSpec WithDefault(FieldSpec f, int64_t value) {
  f.default_value = value;
  return f;
}

FieldSpec When(FieldSpec f, std::string path, Op op, int64_t value = 0) {
  f.enabled_when.push_back(Condition{std::move(path), op, value});
  return f;
}

FieldSpec Hint(FieldSpec f, const char* placeholder) {
  f.placeholder = placeholder;
  return f;
}

FieldSpec RowLabel(FieldSpec f, const char* label) {
  f.row_label = label;
  return f;
}

FieldSpec Nik(std::string path) { return Hint(F(std::move(path), E::kNik), QT_TRANSLATE_NOOP("FormSpec", "16 digit")); }
FieldSpec Kk(std::string path) { return Hint(F(std::move(path), E::kKk), QT_TRANSLATE_NOOP("FormSpec", "16 digit")); }

// A local date and time: the time zone sits next to the time and starts as the office's zone.
void AddDateTime(std::vector<FieldSpec>& fields, const std::string& p, const char* date, const char* time,
                 const char* day) {
  fields.push_back(F(p + date, E::kDate));
  fields.push_back(F(p + time, E::kTime));
  fields.push_back(SameRow(WithDefault(F(p + "time_zone", E::kEnum), kOfficeTimeZone)));
  fields.push_back(F(p + day, E::kDerived));
}

std::vector<FieldSpec> ReporterFields(const std::string& p) {
  return {Nik(p + "reporter.nik"), F(p + "reporter.name", E::kName), F(p + "reporter.relation", E::kEnum)};
}

std::vector<FieldSpec> WitnessFields(const std::string& p) {
  return {Nik(p + "witnesses[0].nik"), F(p + "witnesses[0].name", E::kName), Nik(p + "witnesses[1].nik"),
          F(p + "witnesses[1].name", E::kName)};
}

// A parent on a birth report: identified by NIK, or by passport when foreign. `extra` conditions apply to
// every field (the father's fields only while the father is known).
std::vector<FieldSpec> ParentFields(const std::string& p, const std::vector<Condition>& extra) {
  std::vector<FieldSpec> fields = {
      Nik(p + "nik"), F(p + "name", E::kName), F(p + "birth_date", E::kDate),
      WithDefault(F(p + "citizenship", E::kEnum), pb::CITIZENSHIP_WNI),
      When(Hint(WithMax(F(p + "passport_number", E::kCode), 20), QT_TRANSLATE_NOOP("FormSpec", "mis. X1234567")),
           p + "citizenship", Op::kEquals, pb::CITIZENSHIP_WNA)};
  for (auto& f : fields) f.enabled_when.insert(f.enabled_when.begin(), extra.begin(), extra.end());
  return fields;
}

std::vector<FieldSpec> AddressFields(const std::string& p, bool here) {
  FieldSpec desa = here ? F(p + "desa_code", E::kDesaHere)
                        : Hint(F(p + "desa_code", E::kDesaAnywhere),
                               QT_TRANSLATE_NOOP("FormSpec", "Ketik nama desa/kelurahan, mis. Cideng"));
  return {desa,
          WithMax(F(p + "street", E::kText), 200),
          RowLabel(WithMax(F(p + "rt", E::kDigits), 3), QT_TRANSLATE_NOOP("FormSpec", "RT / RW")),
          SameRow(WithMax(F(p + "rw", E::kDigits), 3)),
          WithMax(F(p + "postcode", E::kDigits), 5)};
}

FormSpec Kelahiran() {
  const std::string k = "kelahiran.";
  FormSpec s;
  s.kind = pb::REPORT_KIND_KELAHIRAN;
  s.title = QT_TRANSLATE_NOOP("FormSpec", "Laporan Kelahiran");
  s.details_path = "kelahiran";

  SectionSpec area{QT_TRANSLATE_NOOP("FormSpec", "&Wilayah dan KK"), "", 0, {}, {}};
  area.fields = {F("desa_code", E::kDesaHere), Kk(k + "kk_number")};

  SectionSpec baby{QT_TRANSLATE_NOOP("FormSpec", "&Bayi"), "kelahiran", 0, {}, {}};
  baby.fields = {F(k + "child_name", E::kName), F(k + "child_sex", E::kEnum)};
  AddDateTime(baby.fields, k, "birth_date", "birth_time", "birth_day");
  baby.fields.insert(baby.fields.end(),
                     {WithMax(F(k + "birth_place", E::kText), 200), F(k + "place_type", E::kEnum),
                      F(k + "birth_type", E::kEnum), WithMax(F(k + "birth_order", E::kInteger), 2),
                      F(k + "attendant", E::kEnum), WithMax(F(k + "weight_grams", E::kInteger), 4),
                      Hint(WithMax(F(k + "length_cm", E::kDecimal), 5), QT_TRANSLATE_NOOP("FormSpec", "mis. 49,5"))});

  SectionSpec reporter{QT_TRANSLATE_NOOP("FormSpec", "&Pelapor"), "kelahiran.reporter", 0, ReporterFields(k), {}};
  SectionSpec mother{QT_TRANSLATE_NOOP("FormSpec", "&Ibu"), "kelahiran.mother", 1, ParentFields(k + "mother.", {}),
                     {}};
  SectionSpec father{QT_TRANSLATE_NOOP("FormSpec", "A&yah"), "kelahiran.father", 1, {}, {}};
  father.fields = ParentFields(k + "father.", {Condition{k + "father_unknown", Op::kIsFalse, 0}});
  father.fields.insert(father.fields.begin(), F(k + "father_unknown", E::kCheck));
  SectionSpec witnesses{QT_TRANSLATE_NOOP("FormSpec", "&Saksi"), "kelahiran.witnesses", 1, WitnessFields(k), {}};

  s.sections = {area, baby, reporter, mother, father, witnesses};
  return s;
}

FormSpec Kematian() {
  const std::string k = "kematian.";
  FormSpec s;
  s.kind = pb::REPORT_KIND_KEMATIAN;
  s.title = QT_TRANSLATE_NOOP("FormSpec", "Laporan Kematian");
  s.details_path = "kematian";

  SectionSpec area{QT_TRANSLATE_NOOP("FormSpec", "&Wilayah dan KK"), "", 0, {}, {}};
  area.fields = {F("desa_code", E::kDesaHere), Kk(k + "kk_number")};

  // Someone without a known NIK (an unidentified person) is reported without one.
  SectionSpec deceased{QT_TRANSLATE_NOOP("FormSpec", "&Yang meninggal"), "kematian.deceased", 0, {}, {}};
  deceased.fields = {When(Nik(k + "deceased.nik"), k + "deceased.nik_unknown", Op::kIsFalse),
                     F(k + "deceased.nik_unknown", E::kCheck), F(k + "deceased.name", E::kName),
                     F(k + "deceased.sex", E::kEnum), F(k + "deceased.birth_date", E::kDate)};

  SectionSpec reporter{QT_TRANSLATE_NOOP("FormSpec", "&Pelapor"), "kematian.reporter", 0, ReporterFields(k), {}};

  SectionSpec death{QT_TRANSLATE_NOOP("FormSpec", "Ke&matian"), "kematian", 1, {}, {}};
  AddDateTime(death.fields, k, "death_date", "death_time", "death_day");
  death.fields.insert(death.fields.end(), {WithMax(F(k + "death_place", E::kText), 200), F(k + "cause", E::kEnum),
                                           F(k + "certified_by", E::kEnum)});

  SectionSpec witnesses{QT_TRANSLATE_NOOP("FormSpec", "&Saksi"), "kematian.witnesses", 1, WitnessFields(k), {}};

  s.sections = {area, deceased, reporter, death, witnesses};
  return s;
}

// Kepindahan and Kedatangan share the Perpindahan message. The office records the move at its own end:
// the origin of a Kepindahan and the destination of a Kedatangan are desa of this kecamatan; the other end
// may be anywhere.
FormSpec Perpindahan(bool kedatangan) {
  const std::string name = kedatangan ? "kedatangan" : "kepindahan";
  const std::string k = name + ".";
  FormSpec s;
  s.kind = kedatangan ? pb::REPORT_KIND_KEDATANGAN : pb::REPORT_KIND_KEPINDAHAN;
  s.title = kedatangan ? QT_TRANSLATE_NOOP("FormSpec", "Laporan Kedatangan")
                       : QT_TRANSLATE_NOOP("FormSpec", "Laporan Kepindahan");
  s.details_path = name;

  SectionSpec applicant{QT_TRANSLATE_NOOP("FormSpec", "&Pemohon"), "", 0, {}, {}};
  applicant.fields = {Nik(k + "applicant_nik"), F(k + "applicant_name", E::kName), Kk(k + "kk_number")};

  SectionSpec origin{QT_TRANSLATE_NOOP("FormSpec", "Alamat &asal"), k + "origin", 0,
                     AddressFields(k + "origin.", /*here=*/!kedatangan), {}};
  SectionSpec destination{QT_TRANSLATE_NOOP("FormSpec", "Alamat t&ujuan"), k + "destination", 0,
                          AddressFields(k + "destination.", /*here=*/kedatangan), {}};

  SectionSpec move{kedatangan ? QT_TRANSLATE_NOOP("FormSpec", "&Data kedatangan")
                              : QT_TRANSLATE_NOOP("FormSpec", "&Data kepindahan"),
                   name, 1, {}, {}};
  if (kedatangan) {
    move.fields.push_back(
        Hint(WithMax(F(k + "skpwni_number", E::kCode), 40), QT_TRANSLATE_NOOP("FormSpec", "mis. SKPWNI/3273/2026/000123")));
  }
  move.fields.insert(
      move.fields.end(),
      {F(k + "move_date", E::kDate), F(k + "reason", E::kEnum),
       When(WithMax(F(k + "reason_other", E::kText), 200), k + "reason", Op::kEquals, pb::MOVE_REASON_LAINNYA),
       F(k + "classification", E::kDerived), F(k + "move_type", E::kEnum), F(k + "kk_status_moving", E::kEnum),
       // Nobody stays behind when the whole family moves.
       When(F(k + "kk_status_staying", E::kEnum), k + "move_type", Op::kNotEquals,
            pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA)});

  SectionSpec members{QT_TRANSLATE_NOOP("FormSpec", "Ang&gota keluarga yang pindah"), k + "members", 1, {}, {}};
  RepeatedSpec rows;
  rows.path = k + "members";
  rows.item_fields = {Nik("nik"), F("name", E::kName), F("relation", E::kEnum)};
  rows.add_label = QT_TRANSLATE_NOOP("FormSpec", "&Tambah anggota");
  rows.initial_rows = 1;
  rows.max_rows = 30;
  members.repeated = rows;

  s.sections = {applicant, origin, destination, move, members};
  return s;
}

}  // namespace

const FormSpec& FormSpecFor(domain::ReportKind kind) {
  static const std::map<domain::ReportKind, FormSpec> specs = {
      {pb::REPORT_KIND_KELAHIRAN, Kelahiran()},
      {pb::REPORT_KIND_KEMATIAN, Kematian()},
      {pb::REPORT_KIND_KEPINDAHAN, Perpindahan(false)},
      {pb::REPORT_KIND_KEDATANGAN, Perpindahan(true)},
  };
  return specs.at(kind);
}

const std::vector<domain::ReportKind>& AllReportKinds() {
  static const std::vector<domain::ReportKind> kinds = {pb::REPORT_KIND_KELAHIRAN, pb::REPORT_KIND_KEMATIAN,
                                                        pb::REPORT_KIND_KEPINDAHAN, pb::REPORT_KIND_KEDATANGAN};
  return kinds;
}

}  // namespace lampid::edge::ui
