#include "edge-app/app/shell/report_detail_page.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/civil_time.h"
#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/report_text.h"
#include "edge-app/app/common/server_notes.h"
#include "edge-app/app/common/status_text.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/shell/receipt.h"
#include "edge-app/app/shell/report_fields_table.h"
#include "edge-app/app/common/page_heading.h"

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;

// A coloured dot beside the word: the same colours as the list's state icons.
QString StateHtml(const QString& word, const QColor& color) {
  return QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2").arg(color.name(), word.toHtmlEscaped());
}

QColor SyncColor(domain::SyncState s) {
  switch (s) {
    case pb::SYNC_STATE_ACKNOWLEDGED: return OkColor();
    case pb::SYNC_STATE_CONFLICT: return ErrorColor();
    case pb::SYNC_STATE_DRAFT: return QColor(0x78, 0x78, 0x78);
    default: return WarningColor();
  }
}

QColor WorkflowColor(domain::WorkflowState s) {
  switch (s) {
    case pb::WORKFLOW_STATE_PERLU_PERBAIKAN:
    case pb::WORKFLOW_STATE_DITOLAK: return ErrorColor();
    case pb::WORKFLOW_STATE_TERCATAT:
    case pb::WORKFLOW_STATE_DISETUJUI_KECAMATAN:
    case pb::WORKFLOW_STATE_TERVERIFIKASI: return OkColor();
    default: return WarningColor();
  }
}

}  // namespace

ReportDetailPage::ReportDetailPage(const OfficeContext& office, QWidget* parent)
    : QWidget(parent),
      office_(office),
      title_(new QLabel(this)),
      states_(new QLabel(this)),
      notice_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      fields_(new ReportFieldsTable(tabs_)),
      history_(new QTableWidget(tabs_)),
      edit_(new QPushButton(this)),
      conflict_(new QPushButton(this)),
      print_(new QPushButton(this)),
      pdf_(new QPushButton(this)),
      back_(new QPushButton(this)) {
  setObjectName(QStringLiteral("reportDetail"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 6, 8, 6);
  StyleAsPageHeading(title_);
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  outer->addWidget(title_);
  states_->setTextFormat(Qt::RichText);
  states_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  outer->addWidget(states_);
  notice_->setWordWrap(true);
  notice_->setTextFormat(Qt::RichText);
  notice_->setObjectName(QStringLiteral("notice"));
  notice_->setStyleSheet(QStringLiteral("QLabel#notice { background: #fff4e0; border: 1px solid #e0a040; padding: 6px; }"));
  outer->addWidget(notice_);
  history_->setColumnCount(4);
  history_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  history_->setSelectionBehavior(QAbstractItemView::SelectRows);
  history_->verticalHeader()->setVisible(false);
  history_->setWordWrap(false);
  history_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  history_->verticalHeader()->setDefaultSectionSize(history_->fontMetrics().height() + 8);
  history_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  history_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  history_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  history_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
  tabs_->addTab(fields_, QString());
  tabs_->addTab(history_, QString());
  outer->addWidget(tabs_, 1);
  auto* buttons = new QHBoxLayout();
  buttons->addWidget(back_);
  buttons->addStretch(1);
  buttons->addWidget(print_);
  buttons->addWidget(pdf_);
  buttons->addWidget(conflict_);
  buttons->addWidget(edit_);
  outer->addLayout(buttons);
  QFont bold = edit_->font();
  bold.setBold(true);
  edit_->setFont(bold);
  conflict_->setFont(bold);

  connect(edit_, &QPushButton::clicked, this, [this] { emit editRequested(detail_); });
  connect(conflict_, &QPushButton::clicked, this, [this] { emit conflictRequested(detail_); });
  connect(back_, &QPushButton::clicked, this, &ReportDetailPage::backRequested);
  connect(pdf_, &QPushButton::clicked, this, &ReportDetailPage::SavePdf);
  connect(print_, &QPushButton::clicked, this, &ReportDetailPage::Print);
  Retranslate();
}

void ReportDetailPage::Show(const ReportDetail& detail) {
  detail_ = detail;
  Render();
}

void ReportDetailPage::Render() {
  const store::StoredReport& s = detail_.stored;
  const ReportSubject subject = SubjectOf(s.report);
  title_->setText(subject.name.empty() ? ReportTitle(s.summary.kind)
                                       : tr("%1 — %2").arg(ReportTitle(s.summary.kind), QString::fromStdString(subject.name)));
  QStringList parts;
  parts << tr("Status kirim: %1").arg(StateHtml(SyncStateLabel(s.summary.sync_state), SyncColor(s.summary.sync_state)));
  parts << tr("Status di Dukcapil: %1")
               .arg(s.summary.workflow_state ? StateHtml(WorkflowStateLabel(s.summary.workflow_state),
                                                         WorkflowColor(s.summary.workflow_state))
                                             : tr("belum ada"));
  if (s.server_state && !s.server_state->registration_number().empty()) {
    parts << tr("Nomor registrasi: <b>%1</b>").arg(QString::fromStdString(s.server_state->registration_number()).toHtmlEscaped());
  }
  parts << tr("Nomor laporan: <tt>%1</tt>").arg(QString::fromStdString(s.summary.id));
  states_->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

  // What needs staff, in plain words.
  QStringList notes;
  if (s.server_state && !s.server_state->rejection_reason().empty()) {
    notes << tr("<b>Alasan dari verifikator:</b> %1").arg(QString::fromStdString(s.server_state->rejection_reason()).toHtmlEscaped());
  }
  if (s.summary.workflow_state == pb::WORKFLOW_STATE_PERLU_PERBAIKAN) {
    notes << tr("Laporan ini dikembalikan untuk diperbaiki. Yang perlu diperbaiki ditandai merah di bawah; tekan "
                "<b>Perbaiki</b>, ubah isiannya, lalu simpan: laporan dikirim lagi.");
  } else if (s.summary.workflow_state == pb::WORKFLOW_STATE_DITOLAK) {
    notes << tr("Laporan ini ditolak Dukcapil kabupaten/kota dan tidak bisa diubah lagi. Buat laporan baru bila perlu.");
  }
  if (detail_.conflict) {
    notes << tr("Laporan ini diubah di komputer ini dan di tempat lain pada saat yang sama. Tekan <b>Selesaikan "
                "konflik</b> untuk membandingkan kedua versi dan memilih isian yang benar.");
  }
  if (s.server_state && s.server_state->duplicate_suspected()) {
    notes << tr("Server menduga laporan ini ganda (peristiwa yang sama sudah dilaporkan). Periksa sebelum melanjutkan.");
  }
  if (s.server_state && s.server_state->verification().persons_size() > 0) notes << DukcapilSummary(*s.server_state).toHtmlEscaped();
  notice_->setText(notes.join(QStringLiteral("<br>")));
  notice_->setVisible(!notes.isEmpty());

  std::map<std::string, ReportFieldsTable::Note> field_notes;
  if (s.server_state) {
    for (const auto& line : DescribeReport(s.report, *office_.regions)) {
      bool bad = false;
      const QString note = DukcapilNote(*s.server_state, line.path, &bad);
      if (!note.isEmpty()) field_notes[line.path] = {note, bad};
    }
    for (const auto& p : ServerProblemsOf(*s.server_state)) {
      auto& n = field_notes[p.field];
      const QString text = InUiLanguage(p.message, p.message_en);
      n.text = n.text.isEmpty() ? text : n.text + QStringLiteral("; ") + text;
      n.bad = n.bad || p.is_error();
    }
  }
  fields_->Show(s.report, *office_.regions, field_notes, field_notes.empty() ? QString() : tr("Hasil pemeriksaan"));

  history_->setRowCount(0);
  for (const store::AuditEntry& e : detail_.history) {
    const int row = history_->rowCount();
    history_->insertRow(row);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.at_ms, QTimeZone(office_.utc_offset_minutes * 60));
    history_->setItem(row, 0, new QTableWidgetItem(at.toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"))));
    history_->setItem(row, 1, new QTableWidgetItem(HistoryEventText(e.event)));
    history_->setItem(row, 2, new QTableWidgetItem(HistoryDetailText(e.event, e.detail)));
    history_->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(e.operator_id)));
  }

  edit_->setVisible(detail_.editable);
  edit_->setText(s.summary.workflow_state == pb::WORKFLOW_STATE_PERLU_PERBAIKAN ? tr("&Perbaiki") : tr("&Ubah"));
  edit_->setToolTip(detail_.editable ? QString() : detail_.not_editable_reason);
  conflict_->setVisible(detail_.conflict.has_value());
  tabs_->setCurrentIndex(0);
}

ReceiptData ReportDetailPage::Receipt() const {
  const domain::Region* kec = office_.regions->Find(office_.kecamatan_code);
  // The receipt is in Bahasa Indonesia whatever the UI language.
  return ReceiptData{detail_.stored,
                     kec ? QStringLiteral("Kecamatan %1, %2").arg(RegionName(*kec), RegionAncestry(*office_.regions, kec->code))
                         : QString(),
                     operator_name_, office_.clock->NowMillis(), office_.utc_offset_minutes,
                     EnumLabelIndonesian(domain::pb::TimeZone_descriptor(), OfficeTimeZone(office_.kecamatan_code))};
}

void ReportDetailPage::SavePdf() {
  if (!has_report()) return;
  const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .filePath(tr("tanda-terima-%1.pdf").arg(QString::fromStdString(detail_.stored.summary.id).left(13)));
  const QString path = choose_pdf_path_ ? choose_pdf_path_(suggested)
                                        : QFileDialog::getSaveFileName(this, tr("Simpan tanda terima"), suggested,
                                                                       tr("Dokumen PDF (*.pdf)"));
  if (path.isEmpty()) return;
  const Status s = WriteReceiptPdf(Receipt(), *office_.regions, path);
  if (s.ok()) {
    emit receiptSaved(path);
  } else {
    emit receiptFailed(StatusText(s));
  }
}

void ReportDetailPage::Print() {
  if (!has_report()) return;
  QPrinter printer(QPrinter::HighResolution);
  QPrintDialog dialog(&printer, this);
  dialog.setWindowTitle(tr("Cetak tanda terima"));
  if (dialog.exec() != QDialog::Accepted) return;
  PrintReceipt(Receipt(), *office_.regions, &printer);
}

void ReportDetailPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    Retranslate();
    if (has_report()) Render();
  }
  QWidget::changeEvent(event);
}

void ReportDetailPage::Retranslate() {
  tabs_->setTabText(0, tr("&Isi laporan"));
  tabs_->setTabText(1, tr("&Riwayat"));
  history_->setHorizontalHeaderLabels({tr("Waktu"), tr("Kejadian"), tr("Keterangan"), tr("Petugas")});
  conflict_->setText(tr("Selesaikan k&onflik…"));
  print_->setText(tr("&Cetak tanda terima…"));
  pdf_->setText(tr("Simpan tanda terima (P&DF)…"));
  back_->setText(tr("← Ke daftar (Ctrl+L)"));
}

}  // namespace lampid::edge::ui
