#include "edge-app/app/common/enum_labels.h"

#include <QCoreApplication>
#include <string_view>

#include "domain/proto_json.h"

namespace lampid::edge::ui {
namespace {

struct EnumText {
  std::string_view type;  // the enum's short name in report.proto
  int number;
  const char* text;       // QT_TRANSLATE_NOOP("EnumLabel", ...)
};

constexpr EnumText kTexts[] = {
    {"ReportKind", 1, QT_TRANSLATE_NOOP("EnumLabel", "Kelahiran")},
    {"ReportKind", 2, QT_TRANSLATE_NOOP("EnumLabel", "Kematian")},
    {"ReportKind", 3, QT_TRANSLATE_NOOP("EnumLabel", "Kepindahan")},
    {"ReportKind", 4, QT_TRANSLATE_NOOP("EnumLabel", "Kedatangan")},

    {"Sex", 1, QT_TRANSLATE_NOOP("EnumLabel", "Laki-laki")},
    {"Sex", 2, QT_TRANSLATE_NOOP("EnumLabel", "Perempuan")},

    {"TimeZone", 1, QT_TRANSLATE_NOOP("EnumLabel", "WIB")},
    {"TimeZone", 2, QT_TRANSLATE_NOOP("EnumLabel", "WITA")},
    {"TimeZone", 3, QT_TRANSLATE_NOOP("EnumLabel", "WIT")},

    {"DayOfWeek", 1, QT_TRANSLATE_NOOP("EnumLabel", "Senin")},
    {"DayOfWeek", 2, QT_TRANSLATE_NOOP("EnumLabel", "Selasa")},
    {"DayOfWeek", 3, QT_TRANSLATE_NOOP("EnumLabel", "Rabu")},
    {"DayOfWeek", 4, QT_TRANSLATE_NOOP("EnumLabel", "Kamis")},
    {"DayOfWeek", 5, QT_TRANSLATE_NOOP("EnumLabel", "Jumat")},
    {"DayOfWeek", 6, QT_TRANSLATE_NOOP("EnumLabel", "Sabtu")},
    {"DayOfWeek", 7, QT_TRANSLATE_NOOP("EnumLabel", "Minggu")},

    {"Citizenship", 1, QT_TRANSLATE_NOOP("EnumLabel", "WNI (Indonesia)")},
    {"Citizenship", 2, QT_TRANSLATE_NOOP("EnumLabel", "WNA (asing)")},

    {"BirthPlaceType", 1, QT_TRANSLATE_NOOP("EnumLabel", "Rumah sakit / rumah bersalin")},
    {"BirthPlaceType", 2, QT_TRANSLATE_NOOP("EnumLabel", "Puskesmas")},
    {"BirthPlaceType", 3, QT_TRANSLATE_NOOP("EnumLabel", "Polindes")},
    {"BirthPlaceType", 4, QT_TRANSLATE_NOOP("EnumLabel", "Rumah")},
    {"BirthPlaceType", 5, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"BirthType", 1, QT_TRANSLATE_NOOP("EnumLabel", "Tunggal")},
    {"BirthType", 2, QT_TRANSLATE_NOOP("EnumLabel", "Kembar 2")},
    {"BirthType", 3, QT_TRANSLATE_NOOP("EnumLabel", "Kembar 3")},
    {"BirthType", 4, QT_TRANSLATE_NOOP("EnumLabel", "Kembar 4")},

    {"BirthAttendant", 1, QT_TRANSLATE_NOOP("EnumLabel", "Dokter")},
    {"BirthAttendant", 2, QT_TRANSLATE_NOOP("EnumLabel", "Bidan / perawat")},
    {"BirthAttendant", 3, QT_TRANSLATE_NOOP("EnumLabel", "Dukun")},
    {"BirthAttendant", 4, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"DeathCause", 1, QT_TRANSLATE_NOOP("EnumLabel", "Sakit biasa / tua")},
    {"DeathCause", 2, QT_TRANSLATE_NOOP("EnumLabel", "Wabah penyakit")},
    {"DeathCause", 3, QT_TRANSLATE_NOOP("EnumLabel", "Kecelakaan")},
    {"DeathCause", 4, QT_TRANSLATE_NOOP("EnumLabel", "Kriminalitas")},
    {"DeathCause", 5, QT_TRANSLATE_NOOP("EnumLabel", "Bunuh diri")},
    {"DeathCause", 6, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"DeathCertifier", 1, QT_TRANSLATE_NOOP("EnumLabel", "Dokter")},
    {"DeathCertifier", 2, QT_TRANSLATE_NOOP("EnumLabel", "Tenaga kesehatan")},
    {"DeathCertifier", 3, QT_TRANSLATE_NOOP("EnumLabel", "Kepolisian")},
    {"DeathCertifier", 4, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"ReporterRelation", 1, QT_TRANSLATE_NOOP("EnumLabel", "Ayah")},
    {"ReporterRelation", 2, QT_TRANSLATE_NOOP("EnumLabel", "Ibu")},
    {"ReporterRelation", 3, QT_TRANSLATE_NOOP("EnumLabel", "Suami")},
    {"ReporterRelation", 4, QT_TRANSLATE_NOOP("EnumLabel", "Istri")},
    {"ReporterRelation", 5, QT_TRANSLATE_NOOP("EnumLabel", "Anak")},
    {"ReporterRelation", 6, QT_TRANSLATE_NOOP("EnumLabel", "Saudara")},
    {"ReporterRelation", 7, QT_TRANSLATE_NOOP("EnumLabel", "Kerabat")},
    {"ReporterRelation", 8, QT_TRANSLATE_NOOP("EnumLabel", "Tetangga")},
    {"ReporterRelation", 9, QT_TRANSLATE_NOOP("EnumLabel", "Petugas")},
    {"ReporterRelation", 10, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"FamilyRelation", 1, QT_TRANSLATE_NOOP("EnumLabel", "Kepala keluarga")},
    {"FamilyRelation", 2, QT_TRANSLATE_NOOP("EnumLabel", "Suami")},
    {"FamilyRelation", 3, QT_TRANSLATE_NOOP("EnumLabel", "Istri")},
    {"FamilyRelation", 4, QT_TRANSLATE_NOOP("EnumLabel", "Anak")},
    {"FamilyRelation", 5, QT_TRANSLATE_NOOP("EnumLabel", "Menantu")},
    {"FamilyRelation", 6, QT_TRANSLATE_NOOP("EnumLabel", "Cucu")},
    {"FamilyRelation", 7, QT_TRANSLATE_NOOP("EnumLabel", "Orang tua")},
    {"FamilyRelation", 8, QT_TRANSLATE_NOOP("EnumLabel", "Mertua")},
    {"FamilyRelation", 9, QT_TRANSLATE_NOOP("EnumLabel", "Famili lain")},
    {"FamilyRelation", 10, QT_TRANSLATE_NOOP("EnumLabel", "Pembantu")},
    {"FamilyRelation", 11, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"MoveReason", 1, QT_TRANSLATE_NOOP("EnumLabel", "Pekerjaan")},
    {"MoveReason", 2, QT_TRANSLATE_NOOP("EnumLabel", "Pendidikan")},
    {"MoveReason", 3, QT_TRANSLATE_NOOP("EnumLabel", "Keamanan")},
    {"MoveReason", 4, QT_TRANSLATE_NOOP("EnumLabel", "Kesehatan")},
    {"MoveReason", 5, QT_TRANSLATE_NOOP("EnumLabel", "Perumahan")},
    {"MoveReason", 6, QT_TRANSLATE_NOOP("EnumLabel", "Keluarga")},
    {"MoveReason", 7, QT_TRANSLATE_NOOP("EnumLabel", "Lainnya")},

    {"MoveClassification", 1, QT_TRANSLATE_NOOP("EnumLabel", "Dalam satu desa/kelurahan")},
    {"MoveClassification", 2, QT_TRANSLATE_NOOP("EnumLabel", "Antar desa/kelurahan dalam satu kecamatan")},
    {"MoveClassification", 3, QT_TRANSLATE_NOOP("EnumLabel", "Antar kecamatan dalam satu kabupaten/kota")},
    {"MoveClassification", 4, QT_TRANSLATE_NOOP("EnumLabel", "Antar kabupaten/kota dalam satu provinsi")},
    {"MoveClassification", 5, QT_TRANSLATE_NOOP("EnumLabel", "Antar provinsi")},

    {"MoveType", 1, QT_TRANSLATE_NOOP("EnumLabel", "Kepala keluarga saja")},
    {"MoveType", 2, QT_TRANSLATE_NOOP("EnumLabel", "Kepala keluarga dan seluruh anggota")},
    {"MoveType", 3, QT_TRANSLATE_NOOP("EnumLabel", "Kepala keluarga dan sebagian anggota")},
    {"MoveType", 4, QT_TRANSLATE_NOOP("EnumLabel", "Anggota keluarga saja")},

    {"KkStatus", 1, QT_TRANSLATE_NOOP("EnumLabel", "Numpang KK")},
    {"KkStatus", 2, QT_TRANSLATE_NOOP("EnumLabel", "Membuat KK baru")},
    {"KkStatus", 3, QT_TRANSLATE_NOOP("EnumLabel", "Nomor KK tetap")},

    {"SyncState", 1, QT_TRANSLATE_NOOP("EnumLabel", "Draf")},
    {"SyncState", 2, QT_TRANSLATE_NOOP("EnumLabel", "Antre")},
    {"SyncState", 3, QT_TRANSLATE_NOOP("EnumLabel", "Terkirim")},
    {"SyncState", 4, QT_TRANSLATE_NOOP("EnumLabel", "Diterima server")},
    {"SyncState", 5, QT_TRANSLATE_NOOP("EnumLabel", "Konflik")},

    {"WorkflowState", 1, QT_TRANSLATE_NOOP("EnumLabel", "Diajukan")},
    {"WorkflowState", 2, QT_TRANSLATE_NOOP("EnumLabel", "Menunggu verifikasi")},
    {"WorkflowState", 3, QT_TRANSLATE_NOOP("EnumLabel", "Terverifikasi")},
    {"WorkflowState", 4, QT_TRANSLATE_NOOP("EnumLabel", "Perlu perbaikan")},
    {"WorkflowState", 5, QT_TRANSLATE_NOOP("EnumLabel", "Disetujui kecamatan")},
    {"WorkflowState", 6, QT_TRANSLATE_NOOP("EnumLabel", "Tercatat")},
    {"WorkflowState", 7, QT_TRANSLATE_NOOP("EnumLabel", "Ditolak")},
};

const EnumText* Find(const google::protobuf::EnumDescriptor* type, int number) {
  for (const auto& t : kTexts) {
    if (t.number == number && t.type == type->name()) return &t;
  }
  return nullptr;
}

}  // namespace

QString EnumLabel(const google::protobuf::EnumDescriptor* type, int number) {
  if (const EnumText* t = Find(type, number)) return QCoreApplication::translate("EnumLabel", t->text);
  const auto* value = type->FindValueByNumber(number);
  return value ? QString::fromStdString(domain::EnumJsonName(value)) : QString::number(number);
}

QString EnumLabelIndonesian(const google::protobuf::EnumDescriptor* type, int number) {
  if (const EnumText* t = Find(type, number)) return QString::fromUtf8(t->text);
  return EnumLabel(type, number);
}

bool HasEnumLabel(const google::protobuf::EnumDescriptor* type, int number) { return Find(type, number) != nullptr; }

QString KindLabel(domain::ReportKind kind) { return EnumLabel(domain::pb::ReportKind_descriptor(), kind); }
QString SyncStateLabel(domain::SyncState state) { return EnumLabel(domain::pb::SyncState_descriptor(), state); }
QString WorkflowStateLabel(domain::WorkflowState state) {
  return EnumLabel(domain::pb::WorkflowState_descriptor(), state);
}

}  // namespace lampid::edge::ui
