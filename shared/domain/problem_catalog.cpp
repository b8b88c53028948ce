// The one catalog of validation problems: stable codes, severities and messages in Bahasa Indonesia and
// English. The desktop app shows these texts as they are; its own UI text goes through tr().
#include <algorithm>
#include <array>
#include <cctype>

#include "domain/problem.h"

namespace lampid::domain {
namespace {

struct ProblemSpec {
  std::string_view code;
  Severity severity;
  std::string_view id;  // Bahasa Indonesia; {label} = field label, {detail} = specifics
  std::string_view en;
};

constexpr Severity E = Severity::kError;
constexpr Severity W = Severity::kWarning;

constexpr std::array kCatalog = {
    // Input that is not a report at all.
    ProblemSpec{"json_syntax", E, "Data bukan JSON yang sah: {detail}", "Not valid JSON: {detail}"},
    ProblemSpec{"json_not_object", E, "{label} harus berupa objek JSON", "{label} must be a JSON object"},
    ProblemSpec{"json_unknown_field", E, "Kolom tidak dikenal: {label}", "Unknown field: {label}"},
    ProblemSpec{"json_type", E, "{label}: jenis nilai salah, seharusnya {detail}",
                "{label}: wrong type of value, expected {detail}"},
    ProblemSpec{"json_enum_invalid", E, "{label}: nilai tidak dikenal; pilihan yang sah: {detail}",
                "{label}: unknown value; valid choices: {detail}"},
    ProblemSpec{"json_one_of", E, "{label}: hanya satu dari {detail} yang boleh diisi",
                "{label}: only one of {detail} may be given"},
    ProblemSpec{"json_number_range", E, "{label}: angka di luar jangkauan", "{label}: number out of range"},
    ProblemSpec{"input_too_large", E, "Data terlalu besar: {detail}", "Input too large: {detail}"},
    // Fields.
    ProblemSpec{"required", E, "{label} wajib diisi", "{label} is required"},
    ProblemSpec{"not_applicable", E, "{label} tidak boleh diisi {detail}", "{label} must be left empty {detail}"},
    ProblemSpec{"too_long", E, "{label} terlalu panjang (maksimal {detail} karakter)",
                "{label} is too long (at most {detail} characters)"},
    ProblemSpec{"name_invalid_chars", E,
                "{label} hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung",
                "{label} may contain only letters, spaces, full stops, commas, apostrophes and hyphens"},
    ProblemSpec{"format_invalid", E, "{label} tidak sesuai format: {detail}", "{label} has the wrong format: {detail}"},
    ProblemSpec{"date_invalid", E, "{label} bukan tanggal yang sah (format TTTT-BB-HH, mis. 2026-01-31)",
                "{label} is not a valid date (format YYYY-MM-DD, e.g. 2026-01-31)"},
    ProblemSpec{"time_invalid", E, "{label} bukan jam yang sah (format JJ:MM, mis. 08:30)",
                "{label} is not a valid time (format HH:MM, e.g. 08:30)"},
    ProblemSpec{"timestamp_invalid", E, "{label} bukan waktu ISO 8601 yang sah (mis. 2026-01-31T08:30:00Z)",
                "{label} is not a valid ISO 8601 timestamp (e.g. 2026-01-31T08:30:00Z)"},
    ProblemSpec{"date_future", E, "{label} tidak boleh di masa depan", "{label} cannot be in the future"},
    ProblemSpec{"uuid_invalid", E, "{label} bukan UUID yang sah", "{label} is not a valid UUID"},
    ProblemSpec{"value_out_of_range", E, "{label} di luar batas yang mungkin ({detail})",
                "{label} is outside the possible range ({detail})"},
    ProblemSpec{"value_unusual", W, "{label} tidak lazim ({detail}); mohon periksa kembali",
                "{label} is unusual ({detail}); please check it"},
    // Regions.
    ProblemSpec{"region_code_invalid", E, "{label}: kode wilayah tidak sesuai format (mis. {detail})",
                "{label}: region code has the wrong format (e.g. {detail})"},
    ProblemSpec{"region_unknown", E, "{label}: kode wilayah {detail} tidak ada dalam daftar Kemendagri",
                "{label}: region code {detail} is not in the Kemendagri list"},
    ProblemSpec{"desa_not_in_kecamatan", E, "{label} {detail} tidak termasuk kecamatan laporan ini",
                "{label} {detail} is not in this report's kecamatan"},
    ProblemSpec{"derived_mismatch", E, "{label} dihitung otomatis dan tidak sesuai dengan isian lain (seharusnya {detail})",
                "{label} is derived from other fields and does not match them (should be {detail})"},
    // The envelope.
    ProblemSpec{"kind_mismatch", E, "{label} tidak sesuai dengan isi laporan ({detail})",
                "{label} does not match the report's contents ({detail})"},
    // NIK (Nomor Induk Kependudukan).
    ProblemSpec{"nik_length", E, "{label} harus 16 digit (sekarang {detail})", "{label} must be 16 digits (now {detail})"},
    ProblemSpec{"nik_not_digits", E, "{label} hanya boleh berisi angka", "{label} may contain digits only"},
    ProblemSpec{"nik_province_unknown", E, "{label}: kode provinsi {detail} (digit 1–2) tidak ada",
                "{label}: province code {detail} (digits 1–2) does not exist"},
    ProblemSpec{"nik_region_unknown", W,
                "{label}: kode kabupaten/kota dan kecamatan {detail} (digit 3–6) tidak ada di daftar wilayah sekarang; "
                "bisa jadi wilayah lama sebelum pemekaran",
                "{label}: kab/kota and kecamatan code {detail} (digits 3–6) is not in today's region list; "
                "it may be an old region from before a split"},
    ProblemSpec{"nik_date_invalid", E,
                "{label}: digit 7–12 ({detail}) bukan tanggal lahir yang sah (HHBBTT, tanggal ditambah 40 untuk perempuan)",
                "{label}: digits 7–12 ({detail}) are not a valid birth date (DDMMYY, day plus 40 for women)"},
    ProblemSpec{"nik_serial_zero", E, "{label}: nomor urut (digit 13–16) tidak boleh 0000",
                "{label}: the serial number (digits 13–16) cannot be 0000"},
    ProblemSpec{"nik_birth_date_mismatch", W, "{label}: tanggal lahir dalam NIK ({detail}) berbeda dengan yang diisi",
                "{label}: the birth date in the NIK ({detail}) differs from the one entered"},
    ProblemSpec{"nik_sex_mismatch", W, "{label}: jenis kelamin dalam NIK ({detail}) berbeda dengan yang diisi",
                "{label}: the sex in the NIK ({detail}) differs from the one entered"},
    // KK (Kartu Keluarga).
    ProblemSpec{"kk_length", E, "{label} harus 16 digit (sekarang {detail})", "{label} must be 16 digits (now {detail})"},
    ProblemSpec{"kk_not_digits", E, "{label} hanya boleh berisi angka", "{label} may contain digits only"},
    ProblemSpec{"kk_province_unknown", E, "{label}: kode provinsi {detail} (digit 1–2) tidak ada",
                "{label}: province code {detail} (digits 1–2) does not exist"},
    ProblemSpec{"kk_region_unknown", W,
                "{label}: kode kabupaten/kota dan kecamatan {detail} (digit 3–6) tidak ada di daftar wilayah sekarang",
                "{label}: kab/kota and kecamatan code {detail} (digits 3–6) is not in today's region list"},
    ProblemSpec{"kk_date_invalid", E, "{label}: digit 7–12 ({detail}) bukan tanggal terbit yang sah (HHBBTT)",
                "{label}: digits 7–12 ({detail}) are not a valid date of issue (DDMMYY)"},
    ProblemSpec{"kk_serial_zero", E, "{label}: nomor urut (digit 13–16) tidak boleh 0000",
                "{label}: the serial number (digits 13–16) cannot be 0000"},
    // Rules across fields.
    ProblemSpec{"death_before_birth", E, "{label} tidak boleh sebelum tanggal lahir ({detail})",
                "{label} cannot be before the date of birth ({detail})"},
    ProblemSpec{"parent_born_after_child", E, "{label} harus sebelum tanggal lahir anak ({detail})",
                "{label} must be before the child's birth date ({detail})"},
    ProblemSpec{"move_same_address", E, "{label} sama dengan alamat asal; kepindahan harus ke alamat lain",
                "{label} is the same as the origin; a move must go to another address"},
    ProblemSpec{"move_origin_not_here", E,
                "{label}: Kepindahan dicatat oleh kecamatan asal, jadi desa asal harus di kecamatan {detail}",
                "{label}: a Kepindahan is recorded by the origin's kecamatan, so the origin must be in {detail}"},
    ProblemSpec{"move_destination_not_here", E,
                "{label}: Kedatangan dicatat oleh kecamatan tujuan, jadi desa tujuan harus di kecamatan {detail}",
                "{label}: a Kedatangan is recorded by the destination's kecamatan, so the destination must be in {detail}"},
    ProblemSpec{"witness_count", E, "{label}: harus ada tepat dua saksi (sekarang {detail})",
                "{label}: exactly two witnesses are needed (now {detail})"},
    ProblemSpec{"same_person_twice", E, "{label}: orang yang sama tercatat dua kali ({detail})",
                "{label}: the same person appears twice ({detail})"},
};

struct LabelSpec {
  std::string_view path;  // without the kind prefix; [] stands for any index, {n} in labels for index + 1
  std::string_view id;
  std::string_view en;
};

constexpr std::array kLabels = {
    // Envelope.
    LabelSpec{"", "Laporan", "Report"},
    LabelSpec{"id", "ID laporan", "Report id"},
    LabelSpec{"kind", "Jenis laporan", "Report kind"},
    LabelSpec{"kecamatan_code", "Kode kecamatan", "Kecamatan code"},
    LabelSpec{"desa_code", "Desa/kelurahan", "Desa/kelurahan"},
    LabelSpec{"created_at", "Waktu dibuat", "Created at"},
    LabelSpec{"updated_at", "Waktu diubah", "Updated at"},
    LabelSpec{"operator_id", "Petugas", "Operator"},
    // Kelahiran.
    LabelSpec{"kelahiran", "Data kelahiran", "Birth details"},
    LabelSpec{"child_name", "Nama bayi", "Baby's name"},
    LabelSpec{"child_sex", "Jenis kelamin bayi", "Baby's sex"},
    LabelSpec{"birth_date", "Tanggal lahir bayi", "Baby's date of birth"},
    LabelSpec{"birth_time", "Jam lahir", "Time of birth"},
    LabelSpec{"time_zone", "Zona waktu", "Time zone"},
    LabelSpec{"birth_day", "Hari lahir", "Day of birth"},
    LabelSpec{"birth_place", "Tempat dilahirkan", "Place of birth"},
    LabelSpec{"place_type", "Jenis tempat dilahirkan", "Type of place of birth"},
    LabelSpec{"birth_type", "Jenis kelahiran", "Type of birth"},
    LabelSpec{"birth_order", "Kelahiran ke-", "Birth order"},
    LabelSpec{"attendant", "Penolong kelahiran", "Birth attendant"},
    LabelSpec{"weight_grams", "Berat bayi (gram)", "Baby's weight (grams)"},
    LabelSpec{"length_cm", "Panjang bayi (cm)", "Baby's length (cm)"},
    LabelSpec{"mother", "Data ibu", "Mother"},
    LabelSpec{"mother.nik", "NIK ibu", "Mother's NIK"},
    LabelSpec{"mother.passport_number", "Nomor paspor ibu", "Mother's passport number"},
    LabelSpec{"mother.name", "Nama ibu", "Mother's name"},
    LabelSpec{"mother.birth_date", "Tanggal lahir ibu", "Mother's date of birth"},
    LabelSpec{"mother.citizenship", "Kewarganegaraan ibu", "Mother's citizenship"},
    LabelSpec{"father", "Data ayah", "Father"},
    LabelSpec{"father.nik", "NIK ayah", "Father's NIK"},
    LabelSpec{"father.passport_number", "Nomor paspor ayah", "Father's passport number"},
    LabelSpec{"father.name", "Nama ayah", "Father's name"},
    LabelSpec{"father.birth_date", "Tanggal lahir ayah", "Father's date of birth"},
    LabelSpec{"father.citizenship", "Kewarganegaraan ayah", "Father's citizenship"},
    LabelSpec{"father_unknown", "Ayah tidak diketahui", "Father unknown"},
    LabelSpec{"reporter", "Data pelapor", "Reporter"},
    LabelSpec{"reporter.nik", "NIK pelapor", "Reporter's NIK"},
    LabelSpec{"reporter.name", "Nama pelapor", "Reporter's name"},
    LabelSpec{"reporter.relation", "Hubungan pelapor", "Reporter's relation"},
    LabelSpec{"witnesses", "Saksi", "Witnesses"},
    LabelSpec{"witnesses[]", "Saksi {n}", "Witness {n}"},
    LabelSpec{"witnesses[].nik", "NIK saksi {n}", "Witness {n}'s NIK"},
    LabelSpec{"witnesses[].name", "Nama saksi {n}", "Witness {n}'s name"},
    LabelSpec{"kk_number", "Nomor KK", "KK number"},
    // Kematian.
    LabelSpec{"kematian", "Data kematian", "Death details"},
    LabelSpec{"deceased", "Data yang meninggal", "Deceased"},
    LabelSpec{"deceased.nik", "NIK yang meninggal", "Deceased's NIK"},
    LabelSpec{"deceased.nik_unknown", "NIK tidak diketahui", "NIK unknown"},
    LabelSpec{"deceased.name", "Nama yang meninggal", "Deceased's name"},
    LabelSpec{"deceased.sex", "Jenis kelamin yang meninggal", "Deceased's sex"},
    LabelSpec{"deceased.birth_date", "Tanggal lahir yang meninggal", "Deceased's date of birth"},
    LabelSpec{"death_date", "Tanggal kematian", "Date of death"},
    LabelSpec{"death_time", "Pukul kematian", "Time of death"},
    LabelSpec{"death_day", "Hari kematian", "Day of death"},
    LabelSpec{"death_place", "Tempat kematian", "Place of death"},
    LabelSpec{"cause", "Sebab kematian", "Cause of death"},
    LabelSpec{"certified_by", "Yang menerangkan", "Certified by"},
    // Kepindahan / Kedatangan.
    LabelSpec{"kepindahan", "Data kepindahan", "Move-out details"},
    LabelSpec{"kedatangan", "Data kedatangan", "Move-in details"},
    LabelSpec{"applicant_nik", "NIK pemohon", "Applicant's NIK"},
    LabelSpec{"applicant_name", "Nama pemohon", "Applicant's name"},
    LabelSpec{"origin", "Alamat asal", "Origin address"},
    LabelSpec{"origin.street", "Alamat asal (jalan/dusun)", "Origin street"},
    LabelSpec{"origin.rt", "RT asal", "Origin RT"},
    LabelSpec{"origin.rw", "RW asal", "Origin RW"},
    LabelSpec{"origin.desa_code", "Desa/kelurahan asal", "Origin desa/kelurahan"},
    LabelSpec{"origin.kecamatan_code", "Kecamatan asal", "Origin kecamatan"},
    LabelSpec{"origin.kabupaten_code", "Kabupaten/kota asal", "Origin kab/kota"},
    LabelSpec{"origin.provinsi_code", "Provinsi asal", "Origin province"},
    LabelSpec{"origin.postcode", "Kode pos asal", "Origin postcode"},
    LabelSpec{"destination", "Alamat tujuan", "Destination address"},
    LabelSpec{"destination.street", "Alamat tujuan (jalan/dusun)", "Destination street"},
    LabelSpec{"destination.rt", "RT tujuan", "Destination RT"},
    LabelSpec{"destination.rw", "RW tujuan", "Destination RW"},
    LabelSpec{"destination.desa_code", "Desa/kelurahan tujuan", "Destination desa/kelurahan"},
    LabelSpec{"destination.kecamatan_code", "Kecamatan tujuan", "Destination kecamatan"},
    LabelSpec{"destination.kabupaten_code", "Kabupaten/kota tujuan", "Destination kab/kota"},
    LabelSpec{"destination.provinsi_code", "Provinsi tujuan", "Destination province"},
    LabelSpec{"destination.postcode", "Kode pos tujuan", "Destination postcode"},
    LabelSpec{"reason", "Alasan pindah", "Reason for moving"},
    LabelSpec{"reason_other", "Alasan pindah lainnya", "Other reason for moving"},
    LabelSpec{"classification", "Klasifikasi kepindahan", "Move classification"},
    LabelSpec{"move_type", "Jenis kepindahan", "Type of move"},
    LabelSpec{"kk_status_moving", "Status KK bagi yang pindah", "KK status of those moving"},
    LabelSpec{"kk_status_staying", "Status KK bagi yang tidak pindah", "KK status of those staying"},
    LabelSpec{"members", "Anggota keluarga yang pindah", "Family members moving"},
    LabelSpec{"members[]", "Anggota keluarga {n}", "Family member {n}"},
    LabelSpec{"members[].nik", "NIK anggota keluarga {n}", "Family member {n}'s NIK"},
    LabelSpec{"members[].name", "Nama anggota keluarga {n}", "Family member {n}'s name"},
    LabelSpec{"members[].relation", "Hubungan dalam keluarga (SHDK) anggota {n}", "Family member {n}'s relation"},
    LabelSpec{"skpwni_number", "Nomor SKPWNI", "SKPWNI number"},
    LabelSpec{"move_date", "Tanggal pindah", "Moving date"},
    LabelSpec{"kedatangan.move_date", "Tanggal kedatangan", "Arrival date"},
};

const ProblemSpec* FindSpec(std::string_view code) {
  for (const auto& s : kCatalog) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

std::string Replace(std::string_view tmpl, std::string_view key, std::string_view value) {
  std::string out(tmpl);
  for (size_t pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + value.size())) {
    out.replace(pos, key.size(), value);
  }
  return out;
}

bool IsKind(std::string_view s) {
  return s == "kelahiran" || s == "kematian" || s == "kepindahan" || s == "kedatangan";
}

}  // namespace

std::string_view SeverityName(Severity s) { return s == Severity::kError ? "error" : "warning"; }

std::string FieldLabel(std::string_view field_path, bool english) {
  // "kelahiran.witnesses[1].nik" -> generic "witnesses[].nik", index 1 -> {n} = 2.
  std::string generic;
  int first_index = -1;
  for (size_t i = 0; i < field_path.size(); ++i) {
    if (field_path[i] == '[') {
      const size_t close = field_path.find(']', i);
      if (close == std::string_view::npos) break;
      if (first_index < 0) {
        first_index = 0;
        for (size_t j = i + 1; j < close; ++j) first_index = first_index * 10 + (field_path[j] - '0');
      }
      generic += "[]";
      i = close;
    } else {
      generic += field_path[i];
    }
  }
  auto lookup = [&](std::string_view key) -> const LabelSpec* {
    for (const auto& l : kLabels) {
      if (l.path == key) return &l;
    }
    return nullptr;
  };
  const LabelSpec* spec = lookup(generic);
  if (!spec) {
    const size_t dot = generic.find('.');
    if (dot != std::string::npos && IsKind(std::string_view(generic).substr(0, dot))) {
      spec = lookup(std::string_view(generic).substr(dot + 1));
    }
  }
  if (!spec) return std::string(field_path);
  return Replace(english ? spec->en : spec->id, "{n}", std::to_string(first_index + 1));
}

Problem MakeProblem(std::string_view code, std::string field, std::string_view detail) {
  const ProblemSpec* spec = FindSpec(code);
  Problem p;
  if (!spec) {
    p.code = "internal";
    p.field = std::move(field);
    p.message = "Kesalahan internal: kode masalah tidak dikenal " + std::string(code);
    p.message_en = "Internal error: unknown problem code " + std::string(code);
    return p;
  }
  p.code = std::string(spec->code);
  p.severity = spec->severity;
  p.message = Replace(Replace(spec->id, "{label}", FieldLabel(field, false)), "{detail}", detail);
  p.message_en = Replace(Replace(spec->en, "{label}", FieldLabel(field, true)), "{detail}", detail);
  p.field = std::move(field);
  // Messages start with a capital letter even when the label does not.
  if (!p.message.empty()) p.message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(p.message[0])));
  if (!p.message_en.empty()) {
    p.message_en[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(p.message_en[0])));
  }
  return p;
}

std::vector<std::string_view> AllProblemCodes() {
  std::vector<std::string_view> out;
  for (const auto& s : kCatalog) out.push_back(s.code);
  return out;
}

bool ProblemList::HasErrors() const {
  return std::any_of(items_.begin(), items_.end(), [](const Problem& p) { return p.is_error(); });
}

size_t ProblemList::ErrorCount() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [](const Problem& p) { return p.is_error(); }));
}

bool ProblemList::Contains(std::string_view code, std::string_view field) const {
  return std::any_of(items_.begin(), items_.end(),
                     [&](const Problem& p) { return p.code == code && (field.empty() || p.field == field); });
}

}  // namespace lampid::domain
