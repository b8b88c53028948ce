#include "edge-app/app/shell/review_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/report_text.h"
#include "edge-app/app/common/server_notes.h"
#include "edge-app/app/shell/report_fields_table.h"
#include "edge-app/app/common/page_heading.h"

namespace lampid::edge::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

ReviewPage::ReviewPage(const OfficeContext& office, QWidget* parent)
    : QWidget(parent),
      office_(office),
      heading_(new QLabel(this)),
      hint_(new QLabel(this)),
      list_(new QTableWidget(this)),
      summary_(new QLabel(this)),
      fields_(new ReportFieldsTable(this)),
      reason_label_(new QLabel(this)),
      reason_(new QPlainTextEdit(this)),
      message_(new QLabel(this)),
      approve_(new QPushButton(this)),
      return_(new QPushButton(this)) {
  setObjectName(QStringLiteral("reviewPage"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 6, 8, 6);
  StyleAsPageHeading(heading_);
  outer->addWidget(heading_);
  hint_->setWordWrap(true);
  outer->addWidget(hint_);
  auto* split = new QSplitter(Qt::Horizontal, this);
  list_->setColumnCount(kColumnCount);
  list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  list_->setSelectionBehavior(QAbstractItemView::SelectRows);
  list_->setSelectionMode(QAbstractItemView::SingleSelection);
  list_->verticalHeader()->setVisible(false);
  list_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  list_->horizontalHeader()->setSectionResizeMode(kName, QHeaderView::Stretch);
  split->addWidget(list_);
  auto* right = new QWidget(split);
  auto* rl = new QVBoxLayout(right);
  rl->setContentsMargins(0, 0, 0, 0);
  summary_->setWordWrap(true);
  summary_->setTextFormat(Qt::RichText);
  rl->addWidget(summary_);
  rl->addWidget(fields_, 1);
  reason_label_->setBuddy(reason_);
  rl->addWidget(reason_label_);
  reason_->setMaximumHeight(70);
  rl->addWidget(reason_);
  message_->setWordWrap(true);
  message_->setTextFormat(Qt::RichText);
  rl->addWidget(message_);
  auto* buttons = new QHBoxLayout();
  buttons->addStretch(1);
  buttons->addWidget(return_);
  buttons->addWidget(approve_);
  rl->addLayout(buttons);
  split->addWidget(right);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  outer->addWidget(split, 1);
  QFont bold = approve_->font();
  bold.setBold(true);
  approve_->setFont(bold);

  connect(list_, &QTableWidget::itemSelectionChanged, this, &ReviewPage::RenderSelected);
  connect(list_, &QTableWidget::cellActivated, this, [this](int row, int) {
    if (auto* item = list_->item(row, kKind)) emit openRequested(item->data(kIdRole).toString());
  });
  connect(reason_, &QPlainTextEdit::textChanged, this, &ReviewPage::UpdateButtons);
  connect(approve_, &QPushButton::clicked, this, [this] {
    const QString id = selected_id();
    if (id.isEmpty()) return;
    approve_->setEnabled(false);
    return_->setEnabled(false);
    emit decisionRequested(id, QStringLiteral("approve"), QString());
  });
  connect(return_, &QPushButton::clicked, this, [this] {
    const QString id = selected_id();
    const QString reason = reason_->toPlainText().trimmed();
    if (id.isEmpty() || reason.isEmpty()) return;
    approve_->setEnabled(false);
    return_->setEnabled(false);
    emit decisionRequested(id, QStringLiteral("return"), reason);
  });
  Retranslate();
}

void ReviewPage::SetReports(std::vector<store::StoredReport> reports) {
  const QString keep = selected_id();
  reports_ = std::move(reports);
  RenderList();
  if (!keep.isEmpty() && Select(keep)) return;
  if (list_->rowCount() > 0) list_->selectRow(0);
  RenderSelected();
}

void ReviewPage::SetPendingDecisions(const QStringList& report_ids) {
  pending_ = report_ids;
  const QString keep = selected_id();
  RenderList();
  if (!keep.isEmpty()) Select(keep);
  UpdateButtons();
}

bool ReviewPage::Select(const QString& report_id) {
  for (int r = 0; r < list_->rowCount(); ++r) {
    if (list_->item(r, kKind)->data(kIdRole).toString() == report_id) {
      list_->selectRow(r);
      RenderSelected();
      return true;
    }
  }
  return false;
}

QString ReviewPage::selected_id() const {
  const auto rows = list_->selectionModel() ? list_->selectionModel()->selectedRows() : QModelIndexList{};
  if (rows.isEmpty()) return {};
  return list_->item(rows.front().row(), kKind)->data(kIdRole).toString();
}

const store::StoredReport* ReviewPage::Selected() const {
  const std::string id = selected_id().toStdString();
  for (const auto& r : reports_) {
    if (r.summary.id == id) return &r;
  }
  return nullptr;
}

void ReviewPage::RenderList() {
  const QSignalBlocker block(list_);
  list_->setRowCount(0);
  for (const auto& r : reports_) {
    const int row = list_->rowCount();
    list_->insertRow(row);
    auto* kind = new QTableWidgetItem(KindIcon(r.summary.kind), KindLabel(r.summary.kind));
    kind->setData(kIdRole, QString::fromStdString(r.summary.id));
    list_->setItem(row, kKind, kind);
    list_->setItem(row, kName, new QTableWidgetItem(QString::fromStdString(SubjectOf(r.report).name)));
    const domain::Region* desa = office_.regions->Find(r.summary.desa_code);
    list_->setItem(row, kDesa, new QTableWidgetItem(desa ? RegionName(*desa) : QString::fromStdString(r.summary.desa_code)));
    const bool mismatch = r.server_state && !DukcapilFindingsOf(*r.server_state).empty();
    auto* dukcapil = new QTableWidgetItem(mismatch ? tr("Ada yang tidak sesuai") : tr("Sesuai"));
    dukcapil->setForeground(mismatch ? ErrorColor() : OkColor());
    list_->setItem(row, kDukcapil, dukcapil);
    const bool pending = pending_.contains(QString::fromStdString(r.summary.id));
    list_->setItem(row, kDecision, new QTableWidgetItem(pending ? tr("Keputusan menunggu dikirim") : tr("Menunggu keputusan")));
  }
}

void ReviewPage::RenderSelected() {
  const store::StoredReport* r = Selected();
  // A list refresh (a sync, another decision queued) must not throw away a reason being typed.
  const bool same = r && r->summary.id == shown_id_;
  shown_id_ = r ? r->summary.id : std::string();
  if (!same) message_->clear();
  if (!r) {
    summary_->setText(reports_.empty() ? tr("Tidak ada laporan yang menunggu persetujuan kecamatan.")
                                       : tr("Pilih laporan di sebelah kiri."));
    fields_->setRowCount(0);
    UpdateButtons();
    return;
  }
  std::map<std::string, ReportFieldsTable::Note> notes;
  if (r->server_state) {
    for (const auto& line : DescribeReport(r->report, *office_.regions)) {
      bool bad = false;
      const QString note = DukcapilNote(*r->server_state, line.path, &bad);
      if (!note.isEmpty()) notes[line.path] = {note, bad};
    }
  }
  summary_->setText(QStringLiteral("<b>%1</b> — %2<br>%3")
                        .arg(ReportTitle(r->summary.kind).toHtmlEscaped(),
                             QString::fromStdString(SubjectOf(r->report).name).toHtmlEscaped(),
                             r->server_state ? DukcapilSummary(*r->server_state).toHtmlEscaped() : QString()));
  fields_->Show(r->report, *office_.regions, notes, tr("Hasil Dukcapil"));
  if (!same) reason_->clear();
  UpdateButtons();
}

void ReviewPage::UpdateButtons() {
  const QString id = selected_id();
  const bool decidable = !id.isEmpty() && !pending_.contains(id);
  approve_->setEnabled(decidable);
  return_->setEnabled(decidable && !reason_->toPlainText().trimmed().isEmpty());
  reason_->setEnabled(decidable);
  if (!id.isEmpty() && pending_.contains(id)) {
    message_->setText(tr("Keputusan untuk laporan ini sudah disimpan dan akan dikirim pada sinkronisasi berikutnya."));
  }
}

void ReviewPage::DecisionFailed(const QString& message) {
  message_->setText(QStringLiteral("<span style=\"color:%1\">✖ %2</span>").arg(ErrorColor().name(), message.toHtmlEscaped()));
  UpdateButtons();
}

void ReviewPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    Retranslate();
    const QString keep = selected_id();
    RenderList();
    if (!keep.isEmpty()) Select(keep);
  }
  QWidget::changeEvent(event);
}

void ReviewPage::Retranslate() {
  heading_->setText(tr("Verifikasi kecamatan"));
  hint_->setText(tr("Laporan yang sudah diperiksa Dukcapil dan menunggu persetujuan kecamatan. Periksa hasil Dukcapil "
                    "di samping setiap kolom, lalu setujui, atau kembalikan dengan alasan agar petugas memperbaikinya. "
                    "Keputusan dikirim ke server pada sinkronisasi berikutnya."));
  list_->setHorizontalHeaderLabels({tr("Jenis"), tr("Nama"), tr("Desa/kelurahan"), tr("Dukcapil"), tr("Keputusan")});
  reason_label_->setText(tr("&Alasan bila dikembalikan (wajib):"));
  reason_->setPlaceholderText(tr("mis. Nama ibu tidak sesuai KK; periksa lagi dengan pelapor"));
  approve_->setText(tr("&Setujui"));
  return_->setText(tr("Kem&balikan untuk perbaikan"));
  if (!Selected()) RenderSelected();
}

}  // namespace lampid::edge::ui
