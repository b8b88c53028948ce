#include "edge-app/app/shell/conflict_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "domain/problem.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/report_text.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/common/page_heading.h"

namespace lampid::edge::ui {

ConflictPage::ConflictPage(const OfficeContext& office, QWidget* parent)
    : QWidget(parent),
      office_(office),
      heading_(new QLabel(this)),
      intro_(new QLabel(this)),
      table_(new QTableWidget(this)),
      message_(new QLabel(this)),
      take_local_(new QPushButton(this)),
      take_server_(new QPushButton(this)),
      save_(new QPushButton(this)),
      cancel_(new QPushButton(this)) {
  setObjectName(QStringLiteral("conflictPage"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 6, 8, 6);
  StyleAsPageHeading(heading_);
  outer->addWidget(heading_);
  intro_->setWordWrap(true);
  outer->addWidget(intro_);
  table_->setColumnCount(kColumnCount);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->verticalHeader()->setVisible(false);
  table_->setWordWrap(true);
  table_->horizontalHeader()->setSectionResizeMode(kField, QHeaderView::ResizeToContents);
  for (int c : {kLocal, kServer, kLosing}) table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(kChoice, QHeaderView::ResizeToContents);
  // A group (the witnesses, the members) takes several lines: rows follow the columns' final widths.
  connect(table_->horizontalHeader(), &QHeaderView::sectionResized, table_, &QTableWidget::resizeRowsToContents);
  outer->addWidget(table_, 1);
  message_->setWordWrap(true);
  message_->setVisible(false);
  outer->addWidget(message_);
  auto* buttons = new QHBoxLayout();
  buttons->addWidget(cancel_);
  buttons->addStretch(1);
  buttons->addWidget(take_local_);
  buttons->addWidget(take_server_);
  buttons->addWidget(save_);
  outer->addLayout(buttons);
  QFont bold = save_->font();
  bold.setBold(true);
  save_->setFont(bold);
  connect(take_local_, &QPushButton::clicked, this, [this] { SetAll(ConflictSide::kLocal); });
  connect(take_server_, &QPushButton::clicked, this, [this] { SetAll(ConflictSide::kServer); });
  connect(cancel_, &QPushButton::clicked, this, &ConflictPage::cancelled);
  connect(save_, &QPushButton::clicked, this, [this] {
    auto merged = Merged();
    if (!merged.ok()) {
      ResolveFailed(QString::fromStdString(merged.status().message()));
      return;
    }
    save_->setEnabled(false);
    message_->setVisible(false);
    emit resolveRequested(QString::fromStdString(report_id()), *merged);
  });
  Retranslate();
}

void ConflictPage::Show(const ReportDetail& detail) {
  detail_ = detail;
  paths_ = detail_.conflict ? ConflictPaths(detail_.conflict->differing_paths,
                                            detail_.losing ? detail_.losing->paths : std::vector<std::string>{})
                            : std::vector<std::string>{};
  message_->setVisible(false);
  save_->setEnabled(true);
  table_->setRowCount(0);
  Render();
}

QComboBox* ConflictPage::Combo(int row) const { return qobject_cast<QComboBox*>(table_->cellWidget(row, kChoice)); }

void ConflictPage::Render() {
  const ReportSubject subject = SubjectOf(detail_.stored.report);
  heading_->setText(tr("Konflik: %1 — %2").arg(ReportTitle(detail_.stored.summary.kind), QString::fromStdString(subject.name)));
  // A re-render (language switch) keeps the choices made so far.
  std::vector<ConflictSide> keep;
  for (int r = 0; r < static_cast<int>(paths_.size()) && r < table_->rowCount(); ++r) keep.push_back(choice(paths_[r]));
  table_->setRowCount(0);
  if (!detail_.conflict) return;
  const bool losing = detail_.losing.has_value();
  table_->setColumnHidden(kLosing, !losing);
  for (size_t i = 0; i < paths_.size(); ++i) {
    const std::string& path = paths_[i];
    const int row = table_->rowCount();
    table_->insertRow(row);
    table_->setItem(row, kField, new QTableWidgetItem(QString::fromStdString(domain::FieldLabel(path, UiIsEnglish()))));
    auto value = [&](const domain::Report& r) {
      const QString v = DescribeValue(r, path, *office_.regions);
      return new QTableWidgetItem(v.isEmpty() ? tr("(kosong)") : v);
    };
    table_->setItem(row, kLocal, value(detail_.conflict->local.report));
    table_->setItem(row, kServer, value(detail_.conflict->server_report));
    table_->setItem(row, kLosing, losing ? value(detail_.losing->report) : new QTableWidgetItem());
    auto* combo = new QComboBox(table_);
    combo->addItem(tr("Versi server"), static_cast<int>(ConflictSide::kServer));
    combo->addItem(tr("Versi komputer ini"), static_cast<int>(ConflictSide::kLocal));
    if (losing) combo->addItem(tr("Versi kantor lain"), static_cast<int>(ConflictSide::kLosing));
    table_->setCellWidget(row, kChoice, combo);
    if (i < keep.size()) combo->setCurrentIndex(combo->findData(static_cast<int>(keep[i])));
    // The choice colours the chosen value, so the row reads at a glance.
    auto paint = [this, row, combo] {
      const auto side = static_cast<ConflictSide>(combo->currentData().toInt());
      for (auto [c, s] : {std::pair{kLocal, ConflictSide::kLocal}, std::pair{kServer, ConflictSide::kServer},
                          std::pair{kLosing, ConflictSide::kLosing}}) {
        if (QTableWidgetItem* item = table_->item(row, c)) {
          QFont font = item->font();
          font.setBold(s == side);
          item->setFont(font);
          item->setForeground(s == side ? OkColor().darker(130) : palette().color(QPalette::Text));
        }
      }
    };
    connect(combo, &QComboBox::currentIndexChanged, this, paint);
    paint();
  }
  table_->resizeRowsToContents();
  // Once the page is laid out the columns have their real widths.
  QTimer::singleShot(0, table_, &QTableWidget::resizeRowsToContents);
}

void ConflictPage::SetAll(ConflictSide side) {
  for (int r = 0; r < table_->rowCount(); ++r) {
    if (QComboBox* c = Combo(r)) c->setCurrentIndex(std::max(0, c->findData(static_cast<int>(side))));
  }
}

void ConflictPage::Choose(const std::string& path, ConflictSide side) {
  for (size_t i = 0; i < paths_.size(); ++i) {
    if (paths_[i] == path) {
      if (QComboBox* c = Combo(static_cast<int>(i))) c->setCurrentIndex(c->findData(static_cast<int>(side)));
    }
  }
}

ConflictSide ConflictPage::choice(const std::string& path) const {
  for (size_t i = 0; i < paths_.size(); ++i) {
    if (paths_[i] == path) {
      if (QComboBox* c = Combo(static_cast<int>(i))) return static_cast<ConflictSide>(c->currentData().toInt());
    }
  }
  return ConflictSide::kServer;
}

Result<domain::Report> ConflictPage::Merged() const {
  if (!detail_.conflict) return Status::FailedPrecondition("no conflict");
  std::map<std::string, ConflictSide> choices;
  for (const auto& p : paths_) choices[p] = choice(p);
  return MergeConflict(detail_.conflict->server_report, detail_.conflict->local.report,
                       detail_.losing ? std::optional<domain::Report>(detail_.losing->report) : std::nullopt, choices);
}

void ConflictPage::ResolveFailed(const QString& message) {
  save_->setEnabled(true);
  message_->setText(QStringLiteral("<span style=\"color:%1\">✖ %2</span>").arg(ErrorColor().name(), message.toHtmlEscaped()));
  message_->setVisible(true);
}

void ConflictPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    Retranslate();
    Render();
  }
  QWidget::changeEvent(event);
}

void ConflictPage::Retranslate() {
  intro_->setText(tr("Laporan ini diubah di komputer ini dan di tempat lain pada saat yang sama. Untuk setiap kolom "
                     "di bawah, pilih isian yang benar. Pilihan Anda disimpan sebagai versi baru dan dikirim ke "
                     "server pada sinkronisasi berikutnya."));
  table_->setHorizontalHeaderLabels(
      {tr("Kolom"), tr("Versi komputer ini"), tr("Versi server"), tr("Versi kantor lain (disisihkan)"), tr("Pakai")});
  take_local_->setText(tr("Semua versi komputer &ini"));
  take_server_->setText(tr("Semua versi se&rver"));
  save_->setText(tr("&Simpan pilihan"));
  cancel_->setText(tr("&Batal"));
}

}  // namespace lampid::edge::ui
