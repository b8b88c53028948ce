#include "edge-app/app/shell/receipt.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

#include "core/civil_time.h"
#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/report_text.h"

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;

QString Indonesian(const google::protobuf::EnumDescriptor* type, int number) { return EnumLabelIndonesian(type, number); }
QString Esc(const QString& s) { return s.toHtmlEscaped(); }
QString Esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString LocalTime(int64_t ms, int offset_minutes, const QString& zone) {
  const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(offset_minutes * 60));
  return t.toString(QStringLiteral("dd-MM-yyyy HH:mm")) + QLatin1Char(' ') + zone;
}

QString Row(const QString& label, const QString& value) {
  return QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>").arg(Esc(label), value);
}

}  // namespace

// The receipt is an official paper in Bahasa Indonesia: its texts are not translated (the enum words and
// field labels come from the Indonesian side too, see below).
QString ReceiptHtml(const ReceiptData& d, const domain::RegionTable& regions) {
  const store::StoredReport& s = d.stored;
  const domain::Report& r = s.report;
  const ReportSubject subject = SubjectOf(r);
  QString html = QStringLiteral(
      "<html><body style=\"font-family: sans-serif; font-size: 10pt;\">"
      "<p align=\"center\" style=\"font-size: 13pt;\"><b>TANDA TERIMA LAPORAN %1</b></p>"
      "<p align=\"center\">%2</p><hr>"
      "<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">")
                     .arg(Esc(Indonesian(pb::ReportKind_descriptor(), r.kind()).toUpper()), Esc(d.office));
  html += Row(QStringLiteral("Kantor"), Esc(d.office));
  html += Row(QStringLiteral("Jenis laporan"), Esc(Indonesian(pb::ReportKind_descriptor(), r.kind())));
  html += Row(QStringLiteral("Nomor laporan"), QStringLiteral("<tt>%1</tt>").arg(Esc(s.summary.id)));
  html += Row(QStringLiteral("Tanggal dicatat"),
              Esc(LocalTime(s.summary.created_at_ms, d.utc_offset_minutes, d.zone_name)));
  html += Row(QStringLiteral("Yang dilaporkan"), Esc(subject.name));
  if (!subject.event_date.empty()) {
    const auto date = ParseIsoDate(subject.event_date);
    html += Row(QStringLiteral("Tanggal peristiwa"), Esc(date ? FormatFormDate(*date) : QString::fromStdString(subject.event_date)));
  }
  html += Row(QStringLiteral("Pelapor"), Esc(subject.reporter));
  html += Row(QStringLiteral("Status kirim"), Esc(Indonesian(pb::SyncState_descriptor(), s.summary.sync_state)));
  html += Row(QStringLiteral("Status di Dukcapil"),
              Esc(s.summary.workflow_state ? Indonesian(pb::WorkflowState_descriptor(), s.summary.workflow_state)
                                           : QStringLiteral("belum ada")));
  if (s.server_state && !s.server_state->registration_number().empty()) {
    html += Row(QStringLiteral("Nomor registrasi"), QStringLiteral("<b>%1</b>").arg(Esc(s.server_state->registration_number())));
  }
  if (s.server_state && !s.server_state->skpwni_number().empty()) {
    html += Row(QStringLiteral("Nomor SKPWNI"), QStringLiteral("<b>%1</b>").arg(Esc(s.server_state->skpwni_number())));
  }
  html += Row(QStringLiteral("Petugas"), Esc(d.printed_by.isEmpty() ? QString::fromStdString(s.summary.operator_id) : d.printed_by));
  html += QStringLiteral("</table><p><b>Yang diajukan</b></p><table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" "
                         "border=\"1\" style=\"border-collapse: collapse;\">");
  for (const FieldLine& line : DescribeReport(r, regions, /*always_indonesian=*/true)) {
    if (line.value.isEmpty()) continue;
    html += QStringLiteral("<tr><td width=\"40%\">%1</td><td>%2</td></tr>").arg(Esc(line.label), Esc(line.value));
  }
  html += QStringLiteral("</table><p>Tanda terima ini bukti bahwa laporan di atas sudah dicatat di kantor kecamatan. "
                         "Simpan sampai dokumen kependudukan diterbitkan; sebutkan nomor laporan bila menanyakan "
                         "kelanjutannya.</p><p style=\"font-size: 8pt;\">Dicetak %1 · e-LAMPID Edge</p></body></html>")
              .arg(Esc(LocalTime(d.printed_at_ms, d.utc_offset_minutes, d.zone_name)));
  return html;
}

void PrintReceipt(const ReceiptData& data, const domain::RegionTable& regions, QPagedPaintDevice* device) {
  device->setPageSize(QPageSize(QPageSize::A4));
  device->setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
  QTextDocument doc;
  doc.setHtml(ReceiptHtml(data, regions));
  doc.print(device);
}

Status WriteReceiptPdf(const ReceiptData& data, const domain::RegionTable& regions, const QString& path) {
  const QString tmp = path + QStringLiteral(".tmp");
  {
    QPdfWriter writer(tmp);
    writer.setTitle(QStringLiteral("Tanda terima %1").arg(QString::fromStdString(data.stored.summary.id)));
    writer.setCreator(QStringLiteral("e-LAMPID Edge"));
    writer.setResolution(300);
    PrintReceipt(data, regions, &writer);
  }
  if (QFileInfo(tmp).size() <= 0) {
    QFile::remove(tmp);
    return Status::IoError("Tanda terima tidak bisa ditulis / the receipt could not be written");
  }
  QFile::remove(path);
  if (!QFile::rename(tmp, path)) {
    QFile::remove(tmp);
    return Status::IoError("Berkas tidak bisa disimpan di sana / the file cannot be saved there");
  }
  return Status::Ok();
}

}  // namespace lampid::edge::ui
